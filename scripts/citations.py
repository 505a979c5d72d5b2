"""Anchors for the passages the editors cite (stances, claims, figures, dated events).

A cited quote is marked in its essay with an id of its own, so a link from the debate matrix,
a question page or the figures table lands on — and highlights — exactly the quoted words.
Two citations whose quotes cross cannot both be marked; the later one links to its block.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from .cite import quote_span
from .editorial import Citation, Debate
from .records import Edition, Passage


@dataclass(frozen=True)
class CitedSpan:
    passage: Passage
    start: int
    end: int

    @property
    def anchor(self) -> str:
        key = f"{self.passage.essay}#{self.passage.block}:{self.start}-{self.end}"
        return "q-" + hashlib.sha1(key.encode()).hexdigest()[:8]


def debate_citations(debate: Debate) -> list[Citation]:
    out = [c for q in debate.questions for s in q.stances.values() for c in s.citations]
    out += [c.citation for c in debate.claims]
    out += [f.citation for f in debate.figures] + [e.citation for e in debate.events]
    return out + ([debate.rate_citation] if debate.rate_citation else [])


class Anchors:
    """Which cited spans get marked (non-crossing, first come first served) and where links go."""

    def __init__(self, edition: Edition):
        self.blocks = edition.passages()
        self.urls = {e.meta.slug: e.url for e in edition.essays}
        self.spans: dict[Passage, list[CitedSpan]] = {}
        for citation in debate_citations(edition.debate) if edition.debate else []:
            passage = Passage(citation.essay, citation.block)
            found = quote_span(self.blocks[passage], citation)
            if found is None:
                continue
            span = CitedSpan(passage, *found)
            kept = self.spans.setdefault(passage, [])
            if span not in kept and not any(_crosses(span, k) for k in kept):
                kept.append(span)

    def url(self, citation: Citation) -> str:
        """Site-relative URL of a citation: the marked quote, or its block."""
        passage = Passage(citation.essay, citation.block)
        found = quote_span(self.blocks[passage], citation)
        if found and CitedSpan(passage, *found) in self.spans.get(passage, ()):
            return f"{self.urls[citation.essay]}#{CitedSpan(passage, *found).anchor}"
        return f"{self.urls[citation.essay]}#{citation.block}"


def _crosses(a: CitedSpan, b: CitedSpan) -> bool:
    if a.end <= b.start or b.end <= a.start:
        return False
    nested = (a.start <= b.start and b.end <= a.end) or (b.start <= a.start and a.end <= b.end)
    return not nested or (a.start, a.end) == (b.start, b.end)
