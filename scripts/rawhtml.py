"""A Markdown extension: hand the renderers' HTML blocks to the page as they are.

The generated pages are mostly raw HTML whose text the renderers escaped already
(``escape.py``); Python-Markdown would parse every tag of it again with ``html.parser`` only to
pass it through, and that was the largest part of a rebuild. A generated page starts with
``MARK`` (``escape.front_matter`` writes it); on such a page a block (lines between blank
lines) that starts with ``<`` is stashed whole, exactly what Markdown does with a raw HTML
block, and every other block (the Markdown headings) is left to Markdown. A ``<pre>`` keeps
the blank lines of the source text it shows, so a block runs on until its ``<pre>`` closes.
"""

from __future__ import annotations

from markdown import Extension
from markdown.preprocessors import Preprocessor

MARK = "<!-- edition: generated page -->"


class _StashHtmlBlocks(Preprocessor):
    def run(self, lines: list[str]) -> list[str]:
        if not lines or lines[0] != MARK:
            return lines
        out: list[str] = []
        block: list[str] = []
        open_pre = 0  # <pre> elements opened and not yet closed in an HTML block
        for line in lines[1:]:
            if line.strip() or open_pre > 0:
                block.append(line)
                if block[0].startswith("<"):
                    open_pre += line.count("<pre") - line.count("</pre>")
            else:
                out += [*self._flush(block), ""]
                block = []
        return out + self._flush(block)

    def _flush(self, block: list[str]) -> list[str]:
        if block and block[0].startswith("<"):
            return [self.md.htmlStash.store("\n".join(block))]
        return block


class RawHtmlExtension(Extension):
    def extendMarkdown(self, md) -> None:  # noqa: N802 (Markdown's name)
        # After whitespace normalisation (30), before the HTML block parser (20).
        md.preprocessors.register(_StashHtmlBlocks(md), "edition_raw_html", 25)
