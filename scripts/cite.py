"""Where an editors' citation points: the cited block, and the span of its quote in it.

One rule for every citation (tags, suppressions, notes, stances, claims, figures, events): the
essay and the block must exist and the quote must stand in the block exactly once — or, when
it stands there more than once, the citation says which with ``occurrence`` — so a note or a
highlight is never silently attached to the wrong words.
"""

from __future__ import annotations

import re

from .editorial import Citation
from .records import Block, EditionError, Passage


def quote_spans(text: str, quote: str) -> list[tuple[int, int]]:
    """Every place ``quote`` stands in ``text``; spaces match any whitespace, because seeds carry
    no-break spaces (U+00A0) that an editor typing the quote cannot see."""
    pattern = re.compile(r"\s+".join(map(re.escape, quote.split())))
    return [m.span() for m in pattern.finditer(text)]


def quote_span(block: Block, citation: Citation) -> tuple[int, int] | None:
    """The span of a (checked) citation's quote, or None when it cites the whole block."""
    if citation.quote is None:
        return None
    spans = quote_spans(block.text, citation.quote)
    return spans[(citation.occurrence or 1) - 1] if spans else None


def resolve(citation: Citation, blocks: dict[Passage, Block], slugs: list[str]) -> tuple[Passage, tuple[int, int]]:
    """The cited passage and the span of its quote (the whole block when no quote is given)."""
    if citation.essay not in slugs:
        raise EditionError(
            citation.file, f"essay '{citation.essay}' does not exist; known essays: {', '.join(slugs)}", citation.line
        )
    passage = Passage(citation.essay, citation.block)
    block = blocks.get(passage)
    if block is None:
        raise EditionError(
            citation.file,
            f"block '{citation.block}' does not exist in essay '{citation.essay}'; "
            "take the id from the passage's ¶ link or from site/edition.json",
            citation.line,
        )
    if citation.quote is None:
        return passage, (0, len(block.text))
    spans = quote_spans(block.text, citation.quote)
    if not spans:
        raise EditionError(
            citation.file,
            f"quote '{citation.quote}' is not in block '{citation.block}' of essay '{citation.essay}'; "
            "quote the text exactly as the block shows it",
            citation.line,
        )
    if citation.occurrence is None and len(spans) > 1:
        raise EditionError(
            citation.file,
            f"quote '{citation.quote}' stands {len(spans)} times in block '{citation.block}'; "
            f"quote more words, or say which with occurrence: 1 to {len(spans)}",
            citation.line,
        )
    if (citation.occurrence or 1) > len(spans):
        raise EditionError(
            citation.file,
            f"occurrence {citation.occurrence} of quote '{citation.quote}' does not exist; "
            f"it stands {len(spans)} time(s) in block '{citation.block}'",
            citation.line,
        )
    return passage, spans[(citation.occurrence or 1) - 1]
