"""View records for reading across essays from inside one essay page: the "다른 글에서는" list
beside a passage, the apparatus markers in the text and their entries, and the ways from the
essay to its question, comparison and theme pages. Data comes from the relate stage
(``Relations.cross``, ``Relations.apparatus``); the markup from ``essay-section.html``,
``essay-end.html`` and ``inline.py``."""

from __future__ import annotations

import re

from .. import inline, urls
from ..records import ApparatusEntry, Block, Edition, Essay, Passage
from ..stages.clean import RULES
from ..stages.crossread import ApparatusPlace, CrossLink
from ..stages.relate import Relations
from ..wording import RELATIONS, apparatus_mark, line_label

RULE_LABELS = {rule.name: rule.label for rule in RULES}  # the apparatus names rules in Korean
EXCERPT = 40  # characters of a linked passage shown on its one line
SENTENCE_START = re.compile(r"[.!?…][\"'”’」』)\]]*\s+")


def one_line(text: str, at: int = 0) -> str:
    """The sentence holding character ``at`` (the passage's start when it fits), cut to one line."""
    start = 0
    if at > EXCERPT // 2:
        start = max([0, *(m.end() for m in SENTENCE_START.finditer(text, 0, at + 1))])
    shown = text[start:].strip()
    if len(shown) > EXCERPT:
        cut = shown.rfind(" ", EXCERPT // 2, EXCERPT)
        shown = shown[: cut if cut > 0 else EXCERPT].rstrip() + "…"
    return ("…" if start else "") + shown


def cross_view(edition: Edition, relations: Relations, link: CrossLink, here: str) -> dict:
    """One passage of another essay as the list beside a passage shows it."""
    themes = {t.id: t for t in edition.annotations.data.themes}
    block = relations.blocks[link.passage]
    at = 0
    if link.relation == "theme":
        spans = [m.start for m in edition.annotations.mentions.get(link.passage, ()) if m.target in link.themes]
        at = min(spans, default=0)
    label = RELATIONS[link.relation]
    if link.relation == "theme":
        label += " · " + themes[link.themes[0]].label
    essay = edition.essay(link.passage.essay)
    return {
        "url": urls.href(here, f"{essay.url}#{link.passage.block}"),
        "short": essay.short,
        "excerpt": one_line(block.text, at),
        "relation": link.relation,
        "label": label,
    }


def apparatus_marks(essay: Essay, block: Block, relations: Relations) -> list[inline.Mark]:
    """The markers of the changes made at ``block``: one per place, naming its entries."""
    groups: dict[str, list[tuple[int, ApparatusEntry, ApparatusPlace]]] = {}
    for number, (entry, place) in enumerate(zip(essay.apparatus, relations.apparatus[essay.meta.slug]), 1):
        if place and place.block == block.id:
            groups.setdefault(place.marker, []).append((number, entry, place))
    marks = []
    for marker, entries in groups.items():
        number, entry, place = entries[0]
        labels = list(dict.fromkeys(RULE_LABELS.get(e.rule, e.rule) for _, e, _ in entries))
        label, title = apparatus_mark([n for n, _, _ in entries], labels)
        at = 0 if place.at == "start" else len(block.text)
        marks.append(inline.apparatus_ref(at, marker, f"app-{number}", label, title))
    return marks


def apparatus_view(essay: Essay, relations: Relations, here: str) -> list[dict]:
    """Each apparatus entry with the marker it belongs to and its lines in the source view."""
    places = relations.apparatus[essay.meta.slug]
    source = urls.source_page(essay.meta.slug)
    return [
        {
            "rule": entry.rule,
            "label": RULE_LABELS.get(entry.rule, entry.rule),
            "lines": line_label(entry.lines),
            "text": entry.text,
            "reason": entry.reason,
            "marker": place.marker if place else None,
            "source_url": urls.href(here, f"{source}#L{entry.lines[0]}") if entry.lines else None,
        }
        for entry, place in zip(essay.apparatus, places)
    ]


def ways_in(essay: Essay, edition: Edition, relations: Relations, here: str) -> dict:
    """The question pages the essay answers, the comparisons it is in, its themes with counts."""
    slug = essay.meta.slug
    questions = []
    for q in edition.debate.questions if edition.debate else ():
        stance = q.stances.get(slug)
        if stance:
            questions.append({"url": urls.href(here, urls.question(q.id)), "text": q.text, "stance": stance.label})
    debated = edition.debated()
    compare = [
        {"url": urls.href(here, urls.pair(slug, other.meta.slug)), "short": other.short, "title": other.title}
        for other in debated
        if other.meta.slug != slug and essay in debated
    ]
    labels = {t.id: t.label for t in edition.annotations.data.themes}
    themes = [
        {
            "url": urls.href(here, f"{urls.theme(t)}#essay-{slug}"),
            "label": labels[t],
            "count": sum(1 for p in edition.annotations.index[("theme", t)] if p.essay == slug),
        }
        for t in relations.themes[slug]
    ]
    return {"questions": questions, "compare": compare, "themes": themes}


def passage_links(essay: Essay, edition: Edition, relations: Relations, here: str) -> dict[str, list[dict]]:
    """Block id → its "다른 글에서는" list."""
    slug = essay.meta.slug
    return {
        block.id: [
            cross_view(edition, relations, link, here) for link in relations.cross.get(Passage(slug, block.id), ())
        ]
        for block in essay.shown_blocks()
    }


def source_link(essay: Essay, block: Block, here: str) -> str | None:
    """The block's place in the source view (its first seed line), one click from the text."""
    if not block.lines:
        return None
    return urls.href(here, f"{urls.source_page(essay.meta.slug)}#L{block.lines[0]}")
