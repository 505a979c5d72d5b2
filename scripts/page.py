"""A generated page: its route, the front matter MkDocs and Material read, and its body in
reading order — Markdown (the escaped headings the table of contents and anchors need) and
HTML fragments from the templates.

``markdown()`` is the page as a file any Material-compatible engine builds (fragments inline:
each is one raw HTML block with no blank line). ``markdown(placeholders=True)`` leaves a comment
where each fragment goes, and ``inject`` puts the fragments into the HTML Markdown made, so
Markdown never parses the fragments (as Material's tags plugin injects its listings).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from markupsafe import Markup

from . import urls
from .escape import front_matter

PLACEHOLDER = "<!-- edition-fragment {n} -->"
FOUND = re.compile(r"<!-- edition-fragment (\d+) -->")


@dataclass(frozen=True)
class Page:
    route: str
    meta: dict = field(default_factory=dict)  # title, description, tags, hide: escaped by front_matter
    body: tuple[str, ...] = ()  # Markdown, or Markup fragments

    @property
    def src_uri(self) -> str:
        return urls.src(self.route)

    def markdown(self, placeholders: bool = False) -> str:
        parts = [
            PLACEHOLDER.format(n=i) if placeholders and isinstance(part, Markup) else str(part)
            for i, part in enumerate(self.body)
        ]
        return (front_matter(**self.meta) if self.meta else "") + "\n\n".join(parts) + "\n"

    def inject(self, html: str) -> str:
        """The page's HTML (from ``markdown(placeholders=True)``) with its fragments in place."""
        return FOUND.sub(lambda m: str(self.body[int(m.group(1))]), html)
