"""Stage 5, relate: ``Edition`` (annotated, with the debate) → ``Relations``: what links passages
across essays, as data. No markup here; the emitters turn it into pages.

- cited spans: a quote the editors cite (stances, claims, figures, events) is marked in its
  essay with an id of its own, so a link from the matrix, a question page or the figures table
  lands on — and highlights — exactly the quoted words; two citations whose quotes cross cannot
  both be marked, the later one links to its block;
- related essays: other essays by shared themes, then by their passages on them, built from a
  theme → essay → passages index once, so an essay's list costs the essays sharing its themes;
- related passages ("다른 글에서는") and where each apparatus entry shows in the text
  (``crossread.py``).
"""

from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass, field

from .. import urls
from ..cite import quote_span
from ..editorial import Citation, Debate
from ..records import Block, Edition, Passage
from .crossread import ApparatusPlace, CrossLink, Subjects, apparatus_places, cross_links, subjects

RELATED_SHOWN = 8  # an essay page lists its closest essays, not every essay that shares a theme


@dataclass(frozen=True)
class CitedSpan:
    passage: Passage
    start: int
    end: int

    @property
    def anchor(self) -> str:
        key = f"{self.passage.essay}#{self.passage.block}:{self.start}-{self.end}"
        return "q-" + hashlib.sha1(key.encode()).hexdigest()[:8]


@dataclass(frozen=True)
class Citer:
    """What cites a quote: a question's stance, a figure, a dated event; where it is, what it is."""

    kind: str  # question | figure | event | claim
    route: str
    label: str


@dataclass(frozen=True)
class Related:
    essay: str  # slug
    themes: tuple[str, ...]  # the theme ids both essays speak to
    passages: int  # passages of the related essay on those themes


@dataclass(frozen=True)
class Relations:
    spans: dict[Passage, tuple[CitedSpan, ...]]  # the marked cited quotes of each block
    citers: dict[CitedSpan, tuple[Citer, ...]]  # who cites each marked quote
    themes: dict[str, tuple[str, ...]]  # essay slug → its theme ids, most passages first
    related: dict[str, tuple[Related, ...]]  # essay slug → the essays to read with it
    blocks: dict[Passage, Block]
    cross: dict[Passage, tuple[CrossLink, ...]] = field(default_factory=dict)  # passage → other essays' passages
    apparatus: dict[str, tuple[ApparatusPlace | None, ...]] = field(default_factory=dict)  # slug → entry places
    subjects: Subjects | None = None  # what each passage speaks to (parallel texts align by it)

    def quote_span(self, passage: Passage, citation: Citation) -> tuple[int, int] | None:
        return quote_span(self.blocks[passage], citation)

    def cited_url(self, citation: Citation) -> str:
        """Site-relative URL of a citation: its marked quote, or its block."""
        passage = Passage(citation.essay, citation.block)
        found = quote_span(self.blocks[passage], citation) if citation.quote else None
        if found and CitedSpan(passage, *found) in self.spans.get(passage, ()):
            return f"{urls.essay(citation.essay)}#{CitedSpan(passage, *found).anchor}"
        return f"{urls.essay(citation.essay)}#{citation.block}"


def relate(edition: Edition) -> Relations:
    themes = _essay_themes(edition)
    blocks = edition.passages()
    spans, citers = _cited_spans(edition, blocks)
    places = {essay.meta.slug: apparatus_places(essay) for essay in edition.essays}
    about = subjects(edition, blocks)
    return Relations(
        spans, citers, themes, _related(edition, themes), blocks, cross_links(edition, blocks), places, about
    )


def debate_citations(debate: Debate) -> list[tuple[Citation, Citer]]:
    """Every citation of the debate data, with what makes it."""
    out = [
        (c, Citer("question", f"{urls.question(q.id)}#essay-{s.essay}", q.text))
        for q in debate.questions
        for s in q.stances.values()
        for c in s.citations
    ]
    out += [(c.citation, Citer("claim", urls.essay(c.citation.essay), c.text)) for c in debate.claims]
    out += [(f.citation, Citer("figure", f"{urls.FIGURES}#fig-{f.id}", f.label)) for f in debate.figures]
    out += [(e.citation, Citer("event", urls.TIMELINE, e.label)) for e in debate.events]
    if debate.rate_citation:
        out.append((debate.rate_citation, Citer("figure", urls.FIGURES, "환율")))
    return out


def _cited_spans(
    edition: Edition, blocks: dict[Passage, Block]
) -> tuple[dict[Passage, tuple[CitedSpan, ...]], dict[CitedSpan, tuple[Citer, ...]]]:
    spans: dict[Passage, list[CitedSpan]] = {}
    citers: dict[CitedSpan, list[Citer]] = {}
    for citation, citer in debate_citations(edition.debate) if edition.debate else []:
        passage = Passage(citation.essay, citation.block)
        found = quote_span(blocks[passage], citation)
        if found is None:
            continue
        span = CitedSpan(passage, *found)
        kept = spans.setdefault(passage, [])
        if span not in kept and not any(_crosses(span, k) for k in kept):
            kept.append(span)
        if span in kept:
            citers.setdefault(span, []).append(citer)
    return {p: tuple(s) for p, s in spans.items()}, {s: tuple(c) for s, c in citers.items()}


def _crosses(a: CitedSpan, b: CitedSpan) -> bool:
    if a.end <= b.start or b.end <= a.start:
        return False
    nested = (a.start <= b.start and b.end <= a.end) or (b.start <= a.start and a.end <= b.end)
    return not nested or (a.start, a.end) == (b.start, b.end)


def _essay_themes(edition: Edition) -> dict[str, tuple[str, ...]]:
    """Each essay's themes by the number of its passages on them (ties by id)."""
    counts: dict[str, Counter[str]] = {e.meta.slug: Counter() for e in edition.essays}
    for (kind, theme), passages in edition.annotations.index.items():
        if kind == "theme":
            for passage in passages:
                counts[passage.essay][theme] += 1
    return {slug: tuple(t for t, _ in sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))) for slug, c in counts.items()}


def _related(edition: Edition, themes: dict[str, tuple[str, ...]]) -> dict[str, tuple[Related, ...]]:
    by_theme: dict[str, dict[str, set[Passage]]] = {}
    for (kind, theme), passages in edition.annotations.index.items():
        if kind == "theme":
            for passage in passages:
                by_theme.setdefault(theme, {}).setdefault(passage.essay, set()).add(passage)
    out = {}
    for essay in edition.essays:
        slug = essay.meta.slug
        shared: dict[str, list[str]] = {}
        found: dict[str, set[Passage]] = {}
        for theme in sorted(themes[slug]):
            for other, passages in by_theme.get(theme, {}).items():
                if other != slug:
                    shared.setdefault(other, []).append(theme)
                    found.setdefault(other, set()).update(passages)
        ranked = sorted(shared, key=lambda s: (-len(shared[s]), -len(found[s]), s))[:RELATED_SHOWN]
        out[slug] = tuple(Related(s, tuple(shared[s]), len(found[s])) for s in ranked)
    return out
