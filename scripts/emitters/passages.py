"""A quoted passage as theme, question and compare pages show it: the block's text with the
words it is quoted for highlighted, where it stands, and a link to it in its essay."""

from __future__ import annotations

from markupsafe import Markup

from .. import inline, urls
from ..records import Block


def passage_view(
    block: Block, spans: list[tuple[int, int]], here: str, target: str, where: str | None = None, tagged: bool = False
) -> dict:
    """``target`` is the route the link goes to; ``spans`` the words to highlight."""
    html = inline.render_inline(block.text, [inline.highlight(start, end) for start, end in spans])
    return {"html": Markup(html), "where": where, "url": urls.href(here, target), "tagged": tagged}
