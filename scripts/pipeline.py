"""The build pipeline, in order: load → clean → structure → annotate → render.

``build_edition`` reads ``seeds/`` and returns the typed ``Edition``; ``render_pages`` turns it
into Markdown pages. Neither touches MkDocs: the hook (``hook.py``) hands their results over.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from .analyse import analyser
from .annotate import annotate, user_words
from .clean import clean
from .crossrefs import essay_refs
from .load import load_sources
from .records import Edition, Page
from .render_essay import render_essay
from .render_index import render_home
from .render_themes import render_cross_pages
from .structure import structure
from .themedata import load_editorial


def build_edition(seeds_dir: Path, cache_dir: Path | None = None) -> Edition:
    sources, warnings = load_sources(seeds_dir)
    essays = tuple(structure(clean(source)) for source in sources)
    edition = Edition(essays, tuple(warnings))
    data = load_editorial(seeds_dir)
    return replace(edition, annotations=annotate(edition, data, analyser(user_words(data)), cache_dir))


def render_pages(edition: Edition) -> list[Page]:
    return [
        render_home(edition),
        *(render_essay(essay, essay_refs(essay, edition)) for essay in edition.essays),
        *render_cross_pages(edition, edition.annotations),
    ]


def nav(edition: Edition) -> list[dict]:
    """The site navigation: home, the essays in seed order, the themes, the edition's own pages."""
    essays = [{essay.title: f"{essay.url.rstrip('/')}.md"} for essay in edition.essays]
    themes = [{"주제 색인": "themes/index.md"}] + [
        {theme.label: f"themes/{theme.id}.md"} for theme in edition.annotations.data.themes
    ]
    return [
        {"처음": "index.md"},
        {"글": essays},
        {"주제": themes},
        {"용어 풀이": "glossary.md"},
        {"인물·기업": "people.md"},
        {"이 판에 대하여": "about.md"},
    ]
