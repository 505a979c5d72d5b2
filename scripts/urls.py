"""Every route of the edition, in one place: the nav, every emitter, the search index, the
manifest and the 404 page ask here for paths instead of spelling them.

A route is a site-relative URL of a directory page ("essays/pickaxe/"); ``src`` gives the
Markdown file a page is generated as ("essays/pickaxe.md"), ``href`` the relative link from one
page to another (so the site works under any sub-path and from ``file://``).
"""

from __future__ import annotations

import posixpath
from urllib.parse import quote

HOME = ""
ABOUT = "about/"
THEMES = "themes/"
DEBATE = "debate/"
COMPARE = "compare/"
FIGURES = "figures/"
TIMELINE = "timeline/"
GLOSSARY = "glossary/"
PEOPLE = "people/"
SEARCH = "search/"  # the search index files


def essay(slug: str) -> str:
    return f"essays/{slug}/"


def theme(theme_id: str) -> str:
    return f"{THEMES}{theme_id}/"


def question(question_id: str) -> str:
    return f"{DEBATE}{question_id}/"


def pair(a: str, b: str) -> str:
    return f"{COMPARE}{a}--{b}/"


def source(file_name: str) -> str:
    """The seed as received (its name percent-encoded: a # or ? must not end the path)."""
    return f"sources/{quote(file_name)}"


def source_page(slug: str) -> str:
    """The seed as received, line by line, as a page (readable on any host, whatever its charset)."""
    return f"sources/{slug}/"


def source_file(file_name: str) -> str:
    """Where the seed's copy is written in the site."""
    return f"sources/{file_name}"


def glossary_entry(term_id: str) -> str:
    return f"{GLOSSARY}#{term_id}"


def person(entity_id: str) -> str:
    return f"{PEOPLE}#{entity_id}"


SECTIONS = (HOME, THEMES, DEBATE, COMPARE)  # routes that are a folder's index page


def src(route: str) -> str:
    """The Markdown file a page is generated as: "essays/pickaxe/" → "essays/pickaxe.md",
    "themes/" → "themes/index.md"."""
    return route + "index.md" if route in SECTIONS else route.rstrip("/") + ".md"


def href(from_url: str, to_url: str) -> str:
    """Relative link between two routes (both relative to the site root), keeping #anchors."""
    path, _, anchor = to_url.partition("#")
    rel = posixpath.relpath(path or ".", from_url or ".") if path != from_url else ""
    if rel in (".", ""):
        rel = "./" if not anchor else ""
    elif path.endswith("/") and not rel.endswith("/"):
        rel += "/"
    return rel + (f"#{anchor}" if anchor else "")
