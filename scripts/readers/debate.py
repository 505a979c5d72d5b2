"""Editors' side-by-side data: ``seeds/questions.yml``, ``claims.yml``, ``figures.yml`` → ``Debate``.

Every stance, claim, figure and dated event cites a block and the exact words in it; each
citation is checked against the built essays with the same rule as the annotations (the block
must exist, the quote must be in it), and every error names file and line.
"""

from __future__ import annotations

from pathlib import Path

from ..readers.themes import CITATION_KEYS, YamlFile, check_keys
from ..readers.yamlfile import Located
from ..records import (
    Citation,
    Claim,
    ClaimLink,
    Debate,
    Edition,
    EditionError,
    Event,
    Figure,
    Question,
    Stance,
)
from ..stages.annotate import resolve

LINK_TYPES = ("agrees", "disputes", "extends")
QUESTION_KEYS = ("id", "text", "groups", "stances")
STANCE_KEYS = ("group", "label", "summary", "citations")
CLAIM_KEYS = (*CITATION_KEYS, "id", "text", "links")
FIGURE_KEYS = (
    *CITATION_KEYS,
    *("id", "label", "subject", "amount", "amount_max", "unit", "qualifier"),
    *("date", "date_end", "date_precision", "date_note"),
)
EVENT_KEYS = (*CITATION_KEYS, "label", "date", "date_end", "date_note")


def load_debate(seeds_dir: Path, edition: Edition) -> Debate:
    blocks = edition.passages()
    slugs = [e.meta.slug for e in edition.essays]

    def check(citation: Citation) -> Citation:
        resolve(citation, blocks, slugs)
        return citation

    questions = _questions(YamlFile(seeds_dir, "questions.yml", ("questions",)), check)
    claims, links = _claims(YamlFile(seeds_dir, "claims.yml", ("claims",)), check)
    figures_file = YamlFile(seeds_dir, "figures.yml", ("rate", "figures", "timeline"))
    figures = tuple(_figure(figures_file, entry, line, check) for entry, line in figures_file.entries("figures"))
    events = tuple(_event(figures_file, entry, line, check) for entry, line in figures_file.entries("timeline"))
    rate, rate_citation = _rate(figures_file, check)
    return Debate(questions, claims, links, figures, events, rate, rate_citation)


def _questions(f: YamlFile, check) -> tuple[Question, ...]:
    seen: set[str] = set()
    questions = []
    for entry, _ in f.entries("questions"):
        check_keys(entry, QUESTION_KEYS, f.shown, "a question")
        ident = f.ident(entry, seen, "question")
        groups = entry.get("groups")
        if not isinstance(groups, Located) or not groups or not all(isinstance(v, str) for v in groups.values()):
            raise EditionError(
                f.shown, f"question '{ident}' needs groups: a mapping of stance family ids to labels", entry.line
            )
        stances_raw = entry.get("stances") or Located()
        if not isinstance(stances_raw, Located):
            raise EditionError(f.shown, f"question '{ident}' stances must map essay ids to stances", entry.line)
        stances = {}
        for essay, stance in stances_raw.items():
            line = stances_raw.line_of(essay)
            if not isinstance(stance, Located):
                raise EditionError(
                    f.shown, f"stance of '{essay}' must be a mapping (group, label, summary, citations)", line
                )
            check_keys(stance, STANCE_KEYS, f.shown, "a stance")
            group = stance.get("group")
            if group not in groups:
                raise EditionError(
                    f.shown,
                    f"stance group '{group}' is not one of this question's groups: {', '.join(groups)}",
                    stance.line_of("group"),
                )
            cites = stance.get("citations") or []
            if not isinstance(cites, list) or not cites:
                raise EditionError(f.shown, f"stance of '{essay}' needs at least one citation", stance.line)
            citations = []
            for cite, cite_line in zip(cites, cites.item_lines):
                if not isinstance(cite, Located):
                    raise EditionError(f.shown, "a citation must be a mapping with block and quote", cite_line)
                check_keys(cite, ("block", "quote"), f.shown, "a citation")
                citations.append(
                    check(Citation(essay, f.text(cite, "block"), f.text(cite, "quote"), f.shown, cite_line))
                )
            stances[essay] = Stance(essay, group, f.text(stance, "label"), f.text(stance, "summary"), tuple(citations))
        questions.append(Question(ident, f.text(entry, "text"), tuple(groups.items()), stances))
    return tuple(questions)


def _claims(f: YamlFile, check) -> tuple[tuple[Claim, ...], tuple[ClaimLink, ...]]:
    seen: set[str] = set()
    claims, links, pending = [], [], []
    for entry, line in f.entries("claims"):
        check_keys(entry, CLAIM_KEYS, f.shown, "a claim")
        ident = f.ident(entry, seen, "claim")
        claims.append(Claim(ident, f.text(entry, "text"), check(f.citation(entry, line))))
        for link in entry.get("links") or []:
            if not isinstance(link, Located) or link.get("type") not in LINK_TYPES:
                raise EditionError(
                    f.shown, f"claim '{ident}' link type must be one of {', '.join(LINK_TYPES)}", entry.line_of("links")
                )
            pending.append((ClaimLink(link["type"], ident, f.text(link, "claim")), link.line))
    essays = {c.id: c.citation.essay for c in claims}
    for link, line in pending:
        if link.target not in essays:
            raise EditionError(
                f.shown, f"link to unknown claim '{link.target}'; known: {', '.join(sorted(essays))}", line
            )
        if essays[link.target] == essays[link.source]:
            raise EditionError(
                f.shown, f"claim '{link.source}' links to '{link.target}' in the same essay; links join essays", line
            )
        links.append(link)
    return tuple(claims), tuple(links)


def _number(f: YamlFile, entry: Located, key: str, required: bool = True) -> float | None:
    value = entry.get(key)
    if value is None and not required:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise EditionError(f.shown, f"'{key}' must be a number (e.g. 1400000000000 for 1.4조)", entry.line_of(key))
    return float(value)


def _date(f: YamlFile, entry: Located, key: str) -> str | None:
    from ..readers.edition import DATE_RE

    value = entry.get(key)
    if value is None:
        return None
    value = str(value)
    if not DATE_RE.match(value):
        raise EditionError(f.shown, f"'{key}' {value!r} must be YYYY, YYYY-MM or YYYY-MM-DD", entry.line_of(key))
    return value


def _figure(f: YamlFile, entry: Located, line: int, check) -> Figure:
    check_keys(entry, FIGURE_KEYS, f.shown, "a figure")
    return Figure(
        id=f.text(entry, "id"),
        label=f.text(entry, "label"),
        subject=f.text(entry, "subject"),
        citation=check(f.citation(entry, line)),
        amount=_number(f, entry, "amount"),
        unit=f.text(entry, "unit"),
        amount_max=_number(f, entry, "amount_max", required=False),
        qualifier=f.text(entry, "qualifier", required=False),
        date=_date(f, entry, "date"),
        date_end=_date(f, entry, "date_end"),
        date_note=_date(f, entry, "date_note"),
    )


def _event(f: YamlFile, entry: Located, line: int, check) -> Event:
    check_keys(entry, EVENT_KEYS, f.shown, "a dated event")
    event = Event(
        f.text(entry, "label"),
        check(f.citation(entry, line)),
        _date(f, entry, "date"),
        _date(f, entry, "date_end"),
        _date(f, entry, "date_note"),
    )
    if not (event.date or event.date_note):
        raise EditionError(
            f.shown, "a dated event needs date (from the text) or date_note (from an editors' note)", line
        )
    return event


def _rate(f: YamlFile, check) -> tuple[float | None, Citation | None]:
    rate = f.data.get("rate")
    if rate is None:
        return None, None
    if not isinstance(rate, Located):
        raise EditionError(
            f.shown, "'rate' must be a mapping with krw_per_usd and its citation", f.data.line_of("rate")
        )
    check_keys(rate, (*CITATION_KEYS, "krw_per_usd"), f.shown, "the exchange rate")
    return _number(f, rate, "krw_per_usd"), check(f.citation(rate, rate.line))
