"""The build pipeline, in order: load → clean → structure → annotate (themes, then the
editors' questions, claims and figures) → render.

``build_edition`` reads ``seeds/`` and returns the typed ``Edition``; ``render_pages`` turns it
into Markdown pages. Neither touches MkDocs: the hook (``hook.py``) hands their results over.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from .analyse import analyser
from .citations import Anchors
from .crossrefs import RelatedIndex, essay_refs
from .emitters.compare import render_compare_pages
from .emitters.debate import render_matrix, render_question
from .emitters.essay import render_essay
from .emitters.figures import render_figures, render_timeline
from .emitters.home import render_home
from .emitters.themes import render_cross_pages
from .escape import engine_text
from .readers.chrome import load_lexicon
from .readers.debate import load_debate
from .readers.seeds import read_seeds
from .readers.themes import load_editorial
from .records import Edition, Page
from .stages.annotate import annotate, user_words
from .stages.chrome import Lexicon
from .stages.clean import clean
from .stages.load import load_sources
from .stages.structure import structure


def build_edition(seeds_dir: Path, cache_dir: Path | None = None) -> Edition:
    seeds = read_seeds(seeds_dir)  # every file's bytes, read once
    sources, warnings = load_sources(seeds)
    entries = load_lexicon(seeds)  # the built-in chrome lexicon and seeds/chrome.yml
    lexicon = Lexicon(entries)
    essays = tuple(structure(clean(source, lexicon)) for source in sources)
    edition = Edition(essays, tuple(warnings), lexicon=entries)
    data = load_editorial(seeds)
    edition = replace(edition, annotations=annotate(edition, data, analyser(user_words(data)), cache_dir))
    return replace(edition, debate=load_debate(seeds, edition))


def render_pages(edition: Edition) -> list[Page]:
    anchors = Anchors(edition)
    related = RelatedIndex(edition)
    return [
        render_home(edition),
        *(render_essay(essay, essay_refs(essay, edition, anchors, related)) for essay in edition.essays),
        *render_cross_pages(edition, edition.annotations),
        render_matrix(edition, anchors),
        *(render_question(edition, q, anchors) for q in edition.debate.questions),
        *render_compare_pages(edition, anchors),
        render_figures(edition, anchors),
        render_timeline(edition, anchors),
    ]


NAV_ESSAYS = 30  # more essays than this are listed in the sidebar in groups of this size


def nav(edition: Edition) -> list[dict]:
    """The site navigation: home, the essays in seed order, the themes, the edition's own pages.

    Every page carries the whole sidebar, so a long list of essays would make the site grow with
    the square of its size; beyond NAV_ESSAYS they are grouped (and the hook prunes closed groups).
    """
    essays = [{engine_text(essay.title): f"{essay.url.rstrip('/')}.md"} for essay in edition.essays]
    if len(essays) > NAV_ESSAYS:
        essays = [
            {f"{i + 1}–{i + len(group)}": group}
            for i in range(0, len(essays), NAV_ESSAYS)
            for group in [essays[i : i + NAV_ESSAYS]]
        ]
    themes = [{"주제 색인": "themes/index.md"}] + [
        {engine_text(theme.label): f"themes/{theme.id}.md"} for theme in edition.annotations.data.themes
    ]
    debate = [{"논쟁 지도": "debate/index.md"}] + [
        {engine_text(question.text): f"debate/{question.id}.md"} for question in edition.debate.questions
    ]
    return [
        {"처음": "index.md"},
        {"글": essays},
        {"주제": themes},
        {"논쟁": [*debate, {"두 글 비교": "compare/index.md"}, {"수치": "figures.md"}, {"연표": "timeline.md"}]},
        {"용어 풀이": "glossary.md"},
        {"인물·기업": "people.md"},
        {"이 판에 대하여": "about.md"},
    ]
