"""What an essay page shows of the annotations: inline marks per block (first theme mention
linked, first glossary term explained, noted quotes), the editors' notes, the essay's themes
as tags, and the related essays that share themes, with the count of shared passages.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from . import inline
from .citations import Anchors
from .cite import quote_span
from .editorial import EditorNote, Theme
from .emitters.debate import render_claim
from .emitters.themes import href, theme_url
from .records import Annotations, Edition, Essay, Passage


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


def essay_refs(
    essay: Essay, edition: Edition, anchors: Anchors | None = None, related: RelatedIndex | None = None
) -> EssayRefs:
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
            start, end = quote_span(block, note.citation) or (0, 0)
            block_marks.extend(inline.noted(start, end, note_id, number))
        marks[block.id] = block_marks
    ordered = tuple(themes[t] for t, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
    claims: dict[str, list[str]] = {}
    if edition.debate and anchors:
        by_slug = {e.meta.slug: e for e in edition.essays}
        for claim in edition.debate.claims:
            if claim.citation.essay == slug:
                aside = render_claim(edition.debate, claim, here, anchors, by_slug)
                claims.setdefault(claim.citation.block, []).append(aside)
    related = related or RelatedIndex(edition)
    return EssayRefs(ordered, related.related(essay, set(counts)), marks, notes, claims)


RELATED_SHOWN = 8  # an essay page lists its closest essays, not every essay that shares a theme


class RelatedIndex:
    """Theme → essay → passages, built once per edition so each essay's related list costs the
    number of essays sharing its themes, not the number of passages in the whole edition."""

    def __init__(self, edition: Edition):
        annotations: Annotations = edition.annotations
        self.by_slug = {e.meta.slug: e for e in edition.essays}
        self.themes = {t.id: t for t in annotations.data.themes}
        self.by_theme: dict[str, dict[str, set[Passage]]] = {}
        for (kind, theme_id), passages in annotations.index.items():
            if kind == "theme":
                per_essay = self.by_theme.setdefault(theme_id, {})
                for passage in passages:
                    per_essay.setdefault(passage.essay, set()).add(passage)

    def related(self, essay: Essay, theme_ids: set[str]) -> tuple[Related, ...]:
        """Other essays by shared themes, then by their passages on those themes."""
        slug = essay.meta.slug
        shared: dict[str, list[str]] = {}
        passages: dict[str, set[Passage]] = {}
        for theme_id in sorted(theme_ids):
            for other, found in self.by_theme.get(theme_id, {}).items():
                if other != slug:
                    shared.setdefault(other, []).append(theme_id)
                    passages.setdefault(other, set()).update(found)
        ranked = sorted(shared, key=lambda s: (-len(shared[s]), -len(passages[s]), s))[:RELATED_SHOWN]
        return tuple(
            Related(self.by_slug[s], tuple(self.themes[t] for t in shared[s]), len(passages[s])) for s in ranked
        )
