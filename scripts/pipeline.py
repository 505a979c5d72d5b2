"""The edition, from seed files to pages, in order. Read this first.

Stages (``stages/``), each taking records and giving records:

    read_seeds  seeds/ → the bytes of every seed and YAML file, read once  (readers/seeds.py)
    load        seed bytes + edition.yml → Source (decoded lines, metadata with evidence)
    clean       Source → CleanText (platform chrome removed, every change in the apparatus)
    structure   CleanText → Essay (title, sections, blocks with stable ids)
    annotate    Essays + themes/glossary/annotations.yml → Annotations (who and what is where)
    (debate)    questions/claims/figures.yml → Debate, every citation checked  (readers/debate.py)
    relate      Edition → Relations (cited quotes' anchors, related essays)

Emitters (``emitters/``), each giving pages or files from the finished edition: ``EMITTERS``
below, plus the search index (``emitters/search.py``) and the manifest (``emitters/manifest.py``),
which the plugin and the export write. Nothing here imports MkDocs.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from . import urls
from .analyse import analyser
from .emitters.compare import render_compare_pages
from .emitters.debate import render_matrix, render_question
from .emitters.essay import render_essay
from .emitters.figures import render_figures, render_timeline
from .emitters.home import render_home
from .emitters.source import render_source
from .emitters.themes import render_cross_pages
from .escape import engine_text
from .page import Page
from .readers.chrome import load_lexicon
from .readers.debate import load_debate
from .readers.seeds import read_seeds
from .readers.themes import load_editorial
from .records import Edition
from .stages.annotate import annotate, user_words
from .stages.chrome import Lexicon
from .stages.clean import clean
from .stages.load import load_sources
from .stages.relate import relate
from .stages.structure import structure
from .wording import NAV


def build_edition(seeds_dir: Path, cache_dir: Path | None = None) -> Edition:
    seeds = read_seeds(seeds_dir)
    sources, warnings = load_sources(seeds)
    entries = load_lexicon(seeds)  # the built-in chrome lexicon and seeds/chrome.yml
    lexicon = Lexicon(entries)
    essays = tuple(structure(clean(source, lexicon)) for source in sources)
    edition = Edition(essays, tuple(warnings), lexicon=entries)
    data = load_editorial(seeds)
    edition = replace(edition, annotations=annotate(edition, data, analyser(user_words(data)), cache_dir))
    edition = replace(edition, debate=load_debate(seeds, edition))
    return replace(edition, relations=relate(edition))


EMITTERS = (
    lambda edition: [render_home(edition)],
    lambda edition: [render_essay(essay, edition, edition.relations) for essay in edition.essays],
    lambda edition: [render_source(essay, edition.relations) for essay in edition.essays],
    render_cross_pages,  # themes, the theme grid, glossary, people
    lambda edition: [render_matrix(edition, edition.relations)],
    lambda edition: [render_question(edition, q, edition.relations) for q in edition.debate.questions],
    lambda edition: render_compare_pages(edition, edition.relations),
    lambda edition: [render_figures(edition, edition.relations), render_timeline(edition, edition.relations)],
)


def render_pages(edition: Edition) -> list[Page]:
    return [page for emit in EMITTERS for page in emit(edition)]


NAV_ESSAYS = 30  # more essays than this are listed in the sidebar in groups of this size


def nav(edition: Edition) -> list[dict]:
    """The site navigation: home, the essays in seed order, the themes, the edition's own pages.

    Every page carries the whole sidebar, so a long list of essays would make the site grow with
    the square of its size; beyond NAV_ESSAYS they are grouped (and the plugin prunes closed groups).
    Every title is escaped: Material prints nav titles as they are.
    """
    essays = [{engine_text(essay.title): urls.src(essay.url)} for essay in edition.essays]
    if len(essays) > NAV_ESSAYS:
        essays = [
            {f"{i + 1}–{i + len(group)}": group}
            for i in range(0, len(essays), NAV_ESSAYS)
            for group in [essays[i : i + NAV_ESSAYS]]
        ]
    themes = [{NAV["theme_index"]: urls.src(urls.THEMES)}] + [
        {engine_text(theme.label): urls.src(urls.theme(theme.id))} for theme in edition.annotations.data.themes
    ]
    questions = [
        {engine_text(question.text): urls.src(urls.question(question.id))} for question in edition.debate.questions
    ]

    def page(name: str, route: str) -> dict:
        return {NAV[name]: urls.src(route)}

    return [
        page("home", urls.HOME),
        {NAV["essays"]: essays},
        {NAV["themes"]: themes},
        {
            NAV["debate"]: [
                page("matrix", urls.DEBATE),
                *questions,
                page("compare", urls.COMPARE),
                page("figures", urls.FIGURES),
                page("timeline", urls.TIMELINE),
            ]
        },
        page("glossary", urls.GLOSSARY),
        page("people", urls.PEOPLE),
        page("about", urls.ABOUT),
    ]
