"""What an essay page shows of the annotations: inline marks per block (first theme mention
linked, first glossary term explained, noted quotes), the editors' notes, the essay's themes
as tags, and the related essays that share themes, with the count of shared passages.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from . import inline
from .citations import Anchors, quote_span
from .records import Annotations, Edition, EditorNote, Essay, Passage, Theme
from .render_debate import render_claim
from .render_themes import href, theme_url


@dataclass(frozen=True)
class Related:
    essay: Essay
    themes: tuple[Theme, ...]  # the themes both essays speak to
    passages: int  # passages of the related essay on those themes


@dataclass(frozen=True)
class EssayRefs:
    themes: tuple[Theme, ...]  # most passages first
    related: tuple[Related, ...]
    marks: dict[str, list[inline.Mark]] = field(default_factory=dict)  # block id → marks
    notes: dict[str, list[tuple[str, int, EditorNote]]] = field(default_factory=dict)  # block id → (id, n, note)
    claims: dict[str, list[str]] = field(default_factory=dict)  # block id → rendered claim asides


def essay_refs(essay: Essay, edition: Edition, anchors: Anchors | None = None) -> EssayRefs:
    annotations = edition.annotations
    themes = {t.id: t for t in annotations.data.themes}
    terms = {t.id: t for t in annotations.data.terms}
    slug = essay.meta.slug
    here = essay.url
    counts: Counter[str] = Counter()
    marks: dict[str, list[inline.Mark]] = {}
    notes: dict[str, list[tuple[str, int, EditorNote]]] = {}
    number = 0
    for block in essay.shown_blocks():
        passage = Passage(slug, block.id)
        found = annotations.mentions.get(passage, ())
        block_marks = [inline.hashtag(s.start, s.end) for s in block.spans if s.kind == "hashtag"]
        seen: set[tuple[str, str]] = set()
        for m in found:
            if m.kind == "theme":
                counts[m.target] += (m.kind, m.target) not in seen
            if m.tagged or (m.kind, m.target) in seen or m.kind == "entity":
                seen.add((m.kind, m.target))
                continue
            seen.add((m.kind, m.target))
            if m.kind == "theme":
                t = themes[m.target]
                url = href(here, theme_url(t.id))
                block_marks.append(inline.theme_link(m.start, m.end, url, t.label, t.description))
            elif m.kind == "term":
                block_marks.append(inline.term(m.start, m.end, terms[m.target].definition))
        for span in anchors.spans.get(passage, ()) if anchors else ():
            block_marks.append(inline.cited(span.start, span.end, span.anchor))
        for note in annotations.notes.get(passage, ()):
            number += 1
            note_id = f"note-{number}"
            notes.setdefault(block.id, []).append((note_id, number, note))
            start, end = quote_span(block, note.citation.quote) or (0, 0)
            block_marks.append(inline.noted(start, end, note_id, number))
        marks[block.id] = block_marks
    ordered = tuple(themes[t] for t, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
    claims: dict[str, list[str]] = {}
    if edition.debate and anchors:
        by_slug = {e.meta.slug: e for e in edition.essays}
        for claim in edition.debate.claims:
            if claim.citation.essay == slug:
                aside = render_claim(edition.debate, claim, here, anchors, by_slug)
                claims.setdefault(claim.citation.block, []).append(aside)
    return EssayRefs(ordered, _related(essay, edition, set(counts)), marks, notes, claims)


def _related(essay: Essay, edition: Edition, theme_ids: set[str]) -> tuple[Related, ...]:
    """Other essays by the number of their passages on themes this essay shares (one pass per theme)."""
    annotations: Annotations = edition.annotations
    slug = essay.meta.slug
    passages: dict[str, set[Passage]] = {}
    shared: dict[str, list[str]] = {}
    for theme_id in sorted(theme_ids):
        for passage in annotations.index.get(("theme", theme_id), ()):
            if passage.essay == slug:
                continue
            if theme_id not in shared.setdefault(passage.essay, []):
                shared[passage.essay].append(theme_id)
            passages.setdefault(passage.essay, set()).add(passage)
    by_slug = {e.meta.slug: e for e in edition.essays}
    themes = {t.id: t for t in annotations.data.themes}
    ranked = sorted(shared, key=lambda s: (-len(shared[s]), -len(passages[s]), s))
    return tuple(Related(by_slug[s], tuple(themes[t] for t in shared[s]), len(passages[s])) for s in ranked)
