"""Emitters: the cross-essay pages — one page per theme, the theme index with its essays ×
themes grid, the glossary, and the index of people and companies (``theme.html``,
``theme-index.html``, ``entries.html``).

Everything here reads the inverted index built by ``annotate`` (target → passages), so a page
costs time in proportion to the passages it lists, never to the number of essay pairs. Beyond
``SHOWN_ESSAYS`` essays a page quotes the essays with the most passages and lists the rest.
"""

from __future__ import annotations

from collections import Counter

from markupsafe import Markup

from .. import inline, urls
from ..editorial import Entity, Term, Theme
from ..escape import md_text
from ..page import Page
from ..records import Block, Edition, Essay, Passage
from ..render import fragment
from ..wording import page_meta, place
from .passages import passage_view

SHOWN_ESSAYS = 30


class Lookup:
    """Blocks, essays and sections by passage, shared by the cross-essay emitters."""

    def __init__(self, edition: Edition):
        self.essays = edition.by_slug
        self.order = {e.meta.slug: i for i, e in enumerate(edition.essays)}
        self.blocks: dict[Passage, Block] = edition.passages()
        self.sections: dict[Passage, str] = {}
        self.commenters: dict[Passage, str] = {}  # a reader comment's passage → the commenter
        for essay in edition.essays:
            for section in essay.sections:
                for block in ([section.heading] if section.heading else []) + list(section.blocks):
                    passage = Passage(essay.meta.slug, block.id)
                    self.sections[passage] = section.heading.text if section.heading else ""
                    if section.is_comments and block.kind == "comment":
                        names = [sp.value for sp in section.heading.spans if sp.kind == "commenter"]
                        self.commenters[passage] = names[0] if names else ""

    def url(self, passage: Passage) -> str:
        return f"{urls.essay(passage.essay)}#{passage.block}"

    def where(self, passage: Passage) -> str:
        """How a passage's place is named: its section, or whose reader comment it is."""
        return place(self.sections.get(passage), self.commenters.get(passage))

    def by_essay(self, passages: tuple[Passage, ...]) -> list[tuple[Essay, list[Passage]]]:
        groups: dict[str, list[Passage]] = {}
        for passage in passages:
            groups.setdefault(passage.essay, []).append(passage)
        return [(self.essays[slug], groups[slug]) for slug in sorted(groups, key=self.order.get)]


def most(items: list, weight, limit: int = SHOWN_ESSAYS) -> tuple[list, list]:
    """``items`` split into the ``limit`` of greatest ``weight`` (ties: the earlier) and the rest,
    both in their given order."""
    if len(items) <= limit:
        return items, []
    keep = set(sorted(range(len(items)), key=lambda i: (-weight(items[i]), i))[:limit])
    return [x for i, x in enumerate(items) if i in keep], [x for i, x in enumerate(items) if i not in keep]


def render_cross_pages(edition: Edition) -> list[Page]:
    lookup = Lookup(edition)
    return [
        render_theme_index(edition),
        *(render_theme(edition, t, lookup) for t in edition.annotations.data.themes),
        render_glossary(edition, lookup),
        render_entities(edition, lookup),
    ]


def render_theme(edition: Edition, theme: Theme, lookup: Lookup) -> Page:
    """The theme's description, then each essay's passages on it under the essay's heading, so the
    table of contents lists the essays; a large edition quotes the essays with the most passages."""
    here = urls.theme(theme.id)
    annotations = edition.annotations
    labels = {t.id: t.label for t in annotations.data.themes}
    passages = annotations.index.get(("theme", theme.id), ())
    groups = lookup.by_essay(passages)
    shown, rest = most(groups, lambda group: len(group[1]))
    intro = {
        "theme": theme,
        "passages": len(passages),
        "essays_count": len(groups),
        "shown": len(shown),
        "rest": rest,
        "related": [{"url": urls.href(here, urls.theme(r)), "label": labels[r]} for r in theme.related],
    }
    body: list[str] = [fragment("theme.html", **intro)]
    for essay, essay_passages in shown:
        views = []
        for p in essay_passages:
            found = [m for m in annotations.mentions[p] if m.kind == "theme" and m.target == theme.id]
            text = lookup.blocks[p].text
            spans = [(m.start, m.end) for m in found if not (m.tagged and (m.start, m.end) == (0, len(text)))]
            views.append(
                passage_view(
                    lookup.blocks[p], spans, here, lookup.url(p), lookup.where(p), all(m.tagged for m in found)
                )
            )
        body.append(f"## {md_text(essay.title)} {{#essay-{essay.meta.slug}}}")
        body.append(fragment("theme-essay.html", url=urls.href(here, essay.url), passages=views))
    if rest:
        body.append(f"## 그 밖의 글 {len(rest)}편 {{#more-essays}}")
        more = [
            {"slug": e.meta.slug, "url": urls.href(here, lookup.url(ps[0])), "title": e.title, "count": len(ps)}
            for e, ps in rest
        ]
        body.append(fragment("theme-more.html", rest=more))
    return Page(here, {"title": theme.label, "description": theme.description}, tuple(body))


def render_theme_index(edition: Edition) -> Page:
    here = urls.THEMES
    themes = edition.annotations.data.themes
    index = edition.annotations.index
    counts = {t.id: Counter(p.essay for p in index.get(("theme", t.id), ())) for t in themes}
    top = max((n for c in counts.values() for n in c.values()), default=1)
    essays, _ = most(list(edition.essays), lambda e: sum(c[e.meta.slug] for c in counts.values()))
    rows = []
    for theme in themes:
        cells = []
        for essay in essays:
            n = counts[theme.id][essay.meta.slug]
            target = f"{urls.theme(theme.id)}#essay-{essay.meta.slug}"
            level = 0 if not n else 1 + min(3, (n * 4 - 1) // top)
            cells.append({"count": n, "level": level, "url": urls.href(here, target), "title": essay.title})
        rows.append(
            {
                "url": urls.href(here, urls.theme(theme.id)),
                "label": theme.label,
                "cells": cells,
                "total": sum(counts[theme.id].values()),
            }
        )
    view = {
        "essays": [{"url": urls.href(here, e.url), "title": e.title} for e in essays],
        "rows": rows,
        "shown": len(essays),
        "total": len(edition.essays),
    }
    meta = {"hide": ["toc"], **page_meta("themes")}
    return Page(here, meta, (fragment("theme-index.html", **view),))


PLACES_SHOWN = 4  # occurrences quoted per essay in an index entry; the rest are counted


def _entry(edition: Edition, lookup: Lookup, kind: str, item: Term | Entity, here: str) -> dict:
    """A glossary term or a person/company: its spellings in the texts and, essay by essay, the
    words around each place that names it (a snippet, not a section heading)."""
    annotations = edition.annotations
    passages = annotations.index.get((kind, item.id), ())
    mentions = {
        p: [m for m in annotations.mentions[p] if m.kind == kind and m.target == item.id and not m.tagged]
        for p in passages
    }
    spellings = Counter(m.text for ms in mentions.values() for m in ms if not m.inferred)
    shown, rest = most(lookup.by_essay(passages), lambda group: len(group[1]))
    essays = []
    for essay, ps in shown:
        places = [
            {
                "url": urls.href(here, lookup.url(p)),
                "where": lookup.where(p),
                "snippet": snippet(lookup.blocks[p].text, mentions[p]),
                "inferred": _inference(annotations.data.identifications, item.id, p, lookup, mentions[p], here),
            }
            for p in ps[:PLACES_SHOWN]
        ]
        essays.append(
            {"title": essay.title, "url": urls.href(here, essay.url), "places": places, "more": len(ps) - len(places)}
        )
    return {
        "id": item.id,
        "spellings": [s for s, _ in spellings.most_common()],
        "essays": essays,
        "rest": {"essays": len(rest), "passages": sum(len(ps) for _, ps in rest)} if rest else None,
    }


def _inference(
    identifications, target: str, passage: Passage, lookup: Lookup, mentions: list, here: str
) -> dict | None:
    """The editors' identification behind a place that does not write the name: the words it
    writes instead, their line in the source (linked to the source view), the reason and its
    source (None for a place that writes a spelling of the name)."""
    if any(not m.inferred for m in mentions):
        return None
    found = next(
        i
        for i in identifications
        if i.entity == target and (i.citation.essay, i.citation.block) == (passage.essay, passage.block)
    )
    lines = lookup.blocks[passage].lines
    return {
        "quote": found.citation.quote,
        "lines": ", ".join(map(str, lines)),
        "line_url": urls.href(here, f"{urls.source_page(passage.essay)}#L{lines[0]}"),
        "reason": found.reason,
        "source": found.source,
    }


def snippet(text: str, mentions: list, around: int = 24) -> Markup:
    """The words around the first mention, cut at spaces, the name highlighted."""
    if not mentions:
        return Markup(inline.render_inline(text[: 2 * around].rsplit(" ", 1)[0] + " …", []))
    m = mentions[0]
    start = text.rfind(" ", 0, max(0, m.start - around)) + 1 if m.start > around else 0
    end = text.find(" ", m.end + around)
    end = len(text) if end < 0 else end
    html = inline.render_inline(text[start:end], [inline.highlight(m.start - start, m.end - start)])
    return Markup(("… " if start else "") + html + (" …" if end < len(text) else ""))


def render_glossary(edition: Edition, lookup: Lookup) -> Page:
    here = urls.GLOSSARY
    labels = {t.id: t.label for t in edition.annotations.data.themes}
    entries = []
    for term in sorted(edition.annotations.data.terms, key=lambda t: t.term):
        entry = _entry(edition, lookup, "term", term, here)
        links = (
            [{"what": "theme", "url": urls.href(here, urls.theme(term.theme)), "label": labels[term.theme]}]
            if term.theme
            else []
        )
        entries.append({**entry, "name": term.term, "gloss": term.definition, "links": links})
    sections = [{"kind": None, "entries": entries}]
    return Page(here, page_meta("glossary"), (fragment("entries.html", page="glossary", sections=sections),))


def render_entities(edition: Edition, lookup: Lookup) -> Page:
    here = urls.PEOPLE
    data = edition.annotations.data
    themes = {t.id: t.label for t in data.themes}
    labels = {e.id: e.label for e in data.entities}
    sections = []
    for kind in ("person", "company"):
        entries = []
        for entity in sorted((e for e in data.entities if e.type == kind), key=lambda e: e.label):
            links = []
            if entity.theme:
                links.append(
                    {"what": "theme", "url": urls.href(here, urls.theme(entity.theme)), "label": themes[entity.theme]}
                )
            links += [{"what": "related", "url": f"#{ref}", "label": labels[ref]} for ref in entity.related]
            entry = _entry(edition, lookup, "entity", entity, here)
            entries.append({**entry, "name": entity.label, "gloss": entity.label_en, "links": links})
        sections.append({"kind": kind, "entries": entries})
    return Page(here, page_meta("people"), (fragment("entries.html", page="people", sections=sections),))
