"""A quoted passage as theme, question, compare and index pages show it: the sentence (or two)
that holds the words it is quoted for, highlighted, with the whole paragraph a click away, where
it stands, and a link to it in its essay. Short paragraphs and list items are shown whole."""

from __future__ import annotations

import re

from markupsafe import Markup

from .. import inline, urls
from ..records import Block

EXCERPT = 160  # characters: a paragraph longer than this is shown by the sentence that matters
# A sentence ends at . ! ? … (after closing quotes or brackets) followed by a space.
SENTENCE_END = re.compile(r"[.!?…][\"'”’」』)\]]*\s+")


def excerpt_bounds(text: str, spans: list[tuple[int, int]]) -> tuple[int, int]:
    """The sentences around the first span (at least ``EXCERPT // 2`` characters), or the whole text."""
    if len(text) <= EXCERPT:
        return 0, len(text)
    cuts = [0, *(m.end() for m in SENTENCE_END.finditer(text)), len(text)]
    anchor, last = spans[0] if spans else (0, 0)
    start = max(c for c in cuts if c <= anchor)
    end = min(c for c in cuts if c >= max(last, start + 1))
    while end - start < EXCERPT // 2 and end < len(text):
        end = min(c for c in cuts if c > end)
    return start, end


def _marked(text: str, spans: list[tuple[int, int]], offset: int = 0) -> str:
    marks = [inline.highlight(s - offset, e - offset) for s, e in spans if offset <= s and e - offset <= len(text)]
    return inline.render_inline(text, marks)


def passage_view(
    block: Block, spans: list[tuple[int, int]], here: str, target: str, where: str | None = None, tagged: bool = False
) -> dict:
    """``target`` is the route the link goes to; ``spans`` the words to highlight."""
    text = block.text
    start, end = excerpt_bounds(text, sorted(spans))
    excerpt = _marked(text[start:end].strip(), [(s, e) for s, e in spans if start <= s and e <= end], start)
    cut = start > 0 or end < len(text)
    shown = ("… " if start > 0 else "") + excerpt + (" …" if end < len(text) else "")
    return {
        "html": Markup(shown),
        "full": Markup(_marked(text, spans)) if cut else None,
        "where": where,
        "url": urls.href(here, target),
        "tagged": tagged,
    }
