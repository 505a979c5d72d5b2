"""Editors' side-by-side data: ``seeds/questions.yml``, ``claims.yml``, ``figures.yml`` → ``Debate``.

Shape comes from the records (``editorial.py``). Every stance, claim, figure and dated event
cites a block and the exact words in it; each citation is checked against the built essays
with the same rule as the annotations (``cite.resolve``), and every error names file and line.
"""

from __future__ import annotations

from ..cite import resolve
from ..editorial import Citation, Claim, ClaimLink, Debate, Event, Figure, Question, Rate
from ..records import Edition
from .schema import YamlData
from .seeds import SeedsFolder


def load_debate(seeds: SeedsFolder, edition: Edition) -> Debate:
    blocks = edition.passages()
    slugs = [e.meta.slug for e in edition.essays]

    def check(citation: Citation | None) -> None:
        if citation is not None:
            resolve(citation, blocks, slugs)

    questions = _questions(seeds.data("questions.yml", ("questions",)), slugs, check)
    claims, links = _claims(seeds.data("claims.yml", ("claims",)), check)
    figures_file = seeds.data("figures.yml", ("rate", "figures", "timeline"))
    figures = tuple(f for f, _ in figures_file.unique(figures_file.records("figures", Figure)))
    for figure, entry in figures_file.records("figures", Figure):
        if figure.amount is None and figure.wording is None:
            figures_file.fail(
                entry.line,
                f"figure '{figure.id}' needs amount (a number) or wording (the text's words for a vague amount)",
            )
    events = []
    for event, entry in figures_file.records("timeline", Event):
        if not (event.date or event.date_note):
            figures_file.fail(
                entry.line, "a dated event needs date (from the text) or date_note (from an editors' note)"
            )
        events.append(event)
    rate = figures_file.single("rate", Rate)
    for citation in [f.citation for f in figures] + [e.citation for e in events] + [rate.citation if rate else None]:
        check(citation)
    return Debate(
        questions,
        claims,
        links,
        figures,
        tuple(events),
        rate.krw_per_usd if rate else None,
        rate.citation if rate else None,
    )


def _questions(f: YamlData, slugs: list[str], check) -> tuple[Question, ...]:
    out = []
    for question, entry in f.unique(f.records("questions", Question)):
        for essay, stance in question.stances.items():
            written = entry["stances"]
            if essay not in slugs:
                f.fail(written.line_of(essay), f"stance for unknown essay '{essay}'; known essays: {', '.join(slugs)}")
            if stance.group not in question.groups:
                f.fail(
                    written[essay].line_of("group"),
                    f"stance group '{stance.group}' of '{essay}' is not one of this question's groups: "
                    f"{', '.join(question.groups)}",
                )
            for citation in stance.citations:
                check(citation)
        out.append(question)
    return tuple(out)


def _claims(f: YamlData, check) -> tuple[tuple[Claim, ...], tuple[ClaimLink, ...]]:
    claims = f.unique(f.records("claims", Claim))
    essays = {claim.id: claim.citation.essay for claim, _ in claims}
    links = []
    for claim, entry in claims:
        check(claim.citation)
        for ref, line in zip(claim.links, entry["links"].item_lines if claim.links else []):
            if ref.claim not in essays:
                f.fail(line, f"link to unknown claim '{ref.claim}'; known: {', '.join(sorted(essays))}")
            if essays[ref.claim] == essays[claim.id]:
                f.fail(line, f"claim '{claim.id}' links to '{ref.claim}' in the same essay; links join essays")
            links.append(ClaimLink(ref.type, claim.id, ref.claim))
    return tuple(c for c, _ in claims), tuple(links)
