"""The one place seed text becomes markup. Seed text is data: never Markdown, HTML or Jinja.

``html_text`` is for text inside raw HTML blocks (Python-Markdown leaves those alone);
``md_text`` is for the few places that must stay Markdown (headings, for the TOC and search
sections): every ASCII punctuation character is backslash-escaped, which pymdownx.escapeall
turns into the literal character (or its entity), so ``# * 1. | {{ [^1] !!!`` stay text.
"""

from __future__ import annotations

import html
import string

import yaml

from .rawhtml import MARK

_PUNCT = set(string.punctuation)


def html_text(text: str) -> str:
    return html.escape(text, quote=True)


def md_text(text: str) -> str:
    return "".join("\\" + c if c in _PUNCT else c for c in " ".join(text.split()))


def attr(name: str, value: str) -> str:
    return f'{name}="{html.escape(value, quote=True)}"'


def front_matter(**fields: object) -> str:
    """YAML front matter, then the mark of a generated page (``rawhtml.py``). Material puts
    ``title`` into <title> and the nav unescaped, so it is stored HTML-escaped: the browser shows
    the literal text."""
    if "title" in fields:
        fields["title"] = html_text(str(fields["title"]))
    return "---\n" + yaml.safe_dump(fields, allow_unicode=True, sort_keys=True) + "---\n" + MARK + "\n\n"
