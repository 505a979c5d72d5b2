"""The one place text becomes markup. Seed text and editors' YAML are data: never Markdown,
HTML or Jinja, whatever they contain.

``html_text`` escapes text for HTML, attributes included, and writes line breaks as character
references, so no text can end a raw HTML block or start a Markdown line. ``engine_text`` is
the same escape for values handed to MkDocs and Material (nav titles, page titles,
descriptions, tags), which their templates write into pages unescaped: every such value goes
through ``front_matter`` or, for the nav, ``engine_text`` itself. ``md_text`` is for the few places that must stay
Markdown (headings, for the TOC): every ASCII punctuation character is backslash-escaped, which
pymdownx.escapeall turns into the literal character, so ``# * 1. | {{ [^1] !!!`` stay text.
"""

from __future__ import annotations

import html
import re
import string

import yaml

_PUNCT = set(string.punctuation)
_BREAKS = str.maketrans({"\n": "&#10;", "\r": "&#13;"})
# A particle after a closing quote or bracket belongs to the word before it ("‘모멘트’와",
# "(LLM)은"): browsers may break the line there even with keep-all, so a word joiner (U+2060,
# invisible) holds them together.
_PARTICLE = re.compile("(?<=[\"'”’」』)\\]])(?=[가-힣])")
WORD_JOINER = "\u2060"


def glue_particles(text: str) -> str:
    return _PARTICLE.sub(WORD_JOINER, text)


def html_text(text: str) -> str:
    return html.escape(glue_particles(text), quote=True).translate(_BREAKS)


def engine_text(text: str) -> str:
    """A value for MkDocs/Material's templates, which write it unescaped: one line, escaped."""
    return html.escape(" ".join(text.split()), quote=True)


def md_text(text: str) -> str:
    return "".join("\\" + c if c in _PUNCT else c for c in " ".join(glue_particles(text).split()))


def attr(name: str, value: str) -> str:
    return f'{name}="{html_text(value)}"'


def front_matter(**fields: object) -> str:
    """YAML front matter. Every text value reaches Material's templates unescaped (``<title>``,
    the nav, ``<meta name="description">``, the tags), so each is escaped here, once."""
    escaped = {
        key: [engine_text(v) for v in value] if isinstance(value, list) else engine_text(str(value))
        for key, value in fields.items()
    }
    return "---\n" + yaml.safe_dump(escaped, allow_unicode=True, sort_keys=True) + "---\n\n"
