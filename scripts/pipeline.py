"""The build pipeline, in order: load → clean → structure → render.

``build_edition`` reads ``seeds/`` and returns the typed ``Edition``; ``render_pages`` turns it
into Markdown pages. Neither touches MkDocs: the hook (``hook.py``) hands their results over.
"""

from __future__ import annotations

from pathlib import Path

from .clean import clean
from .load import load_sources
from .records import Edition, Page
from .render_essay import render_essay
from .render_index import render_home
from .structure import structure


def build_edition(seeds_dir: Path) -> Edition:
    sources, warnings = load_sources(seeds_dir)
    essays = tuple(structure(clean(source)) for source in sources)
    return Edition(essays, tuple(warnings))


def render_pages(edition: Edition) -> list[Page]:
    return [render_home(edition), *(render_essay(essay) for essay in edition.essays)]


def nav(edition: Edition) -> list[dict]:
    """The site navigation: home, the essays in seed order, the edition's own pages."""
    essays = [{essay.title: page.src_uri} for essay, page in zip(edition.essays, render_pages(edition)[1:])]
    return [{"처음": "index.md"}, {"글": essays}, {"이 판에 대하여": "about.md"}]
