"""Every emitter and the relate stage, without MkDocs: the pages they make from the real edition,
read as a reader would read them (text, links, ids), plus the routes and the page assembly."""

from __future__ import annotations

import re
from html import unescape
from itertools import combinations

import pytest
from conftest import SEEDS
from markupsafe import Markup

from scripts import urls
from scripts.emitters.compare import render_compare_pages
from scripts.emitters.debate import render_matrix, render_question
from scripts.emitters.essay import render_essay
from scripts.emitters.figures import render_figures, render_timeline
from scripts.emitters.home import about_appendix, render_home
from scripts.emitters.themes import render_cross_pages
from scripts.page import Page
from scripts.pipeline import build_edition, render_pages
from scripts.records import Passage
from scripts.stages.relate import _crosses


@pytest.fixture(scope="module")
def edition():
    return build_edition(SEEDS)


def html(page: Page) -> str:
    return "".join(str(part) for part in page.body if isinstance(part, Markup))


def text(fragment: str) -> str:
    # U+2060 (word joiner) keeps a particle on the line of its closing quote; readers never see it.
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", fragment)).replace("\u2060", "").split())


# ---------------------------------------------------------------- routes and pages


@pytest.mark.parametrize(
    ("here", "there", "link"),
    [
        ("essays/pickaxe/", "themes/nvidia/", "../../themes/nvidia/"),
        ("", "essays/pickaxe/#p-1a2b3c", "essays/pickaxe/#p-1a2b3c"),
        ("debate/", "debate/", "./"),
        ("debate/", "debate/#q-x", "#q-x"),
        ("compare/a--b/", "sources/a%23b.txt", "../../sources/a%23b.txt"),
    ],
)
def test_links_between_routes_are_relative(here, there, link):
    assert urls.href(here, there) == link


def test_routes_name_their_markdown_files():
    assert [urls.src(r) for r in (urls.HOME, urls.THEMES, urls.essay("x"), urls.FIGURES)] == [
        "index.md",
        "themes/index.md",
        "essays/x.md",
        "figures.md",
    ]


def test_a_page_puts_its_fragments_back_where_markdown_left_them():
    page = Page("x/", {"title": "<b>"}, ("# 제목", Markup('<p id="a">본문</p>'), "## 둘째"))
    placeholders = page.markdown(placeholders=True)
    assert "&lt;b&gt;" in placeholders and '<p id="a">' not in placeholders
    rendered = placeholders.split("---\n\n", 1)[1].replace("# 제목", "<h1>제목</h1>")
    assert '<p id="a">본문</p>' in page.inject(rendered)
    assert '<p id="a">본문</p>' in page.markdown()


# ---------------------------------------------------------------- essay


def test_an_essay_page_has_every_block_its_notes_and_its_claims(edition):
    essay = edition.essay("galloway-deepseek")
    page = render_essay(essay, edition, edition.relations)
    body = html(page)
    assert all(f'id="{b.id}"' in body for b in essay.blocks() if b.kind != "heading")
    notes = sum(len(ns) for p, ns in edition.annotations.notes.items() if p.essay == essay.meta.slug)
    assert body.count('class="edition-note-ref"') == body.count('class="edition-note"') == notes
    claims = [c for c in edition.debate.claims if c.citation.essay == essay.meta.slug]
    assert body.count('class="edition-claim"') == len(claims)
    assert 'href="../../themes/' in body and "Scott Galloway (원글 필자)" in text(body)
    assert page.meta["title"] == essay.title and page.src_uri == "essays/galloway-deepseek.md"


def test_the_apparatus_names_each_rule_in_korean(edition):
    body = html(render_essay(edition.essay("pickaxe"), edition, edition.relations))
    assert '<strong class="edition-apparatus__rule" data-rule="brunch-header">브런치 머리말</strong>' in body


# ---------------------------------------------------------------- cross-essay pages


def test_a_theme_page_quotes_each_passage_and_labels_reader_comments(edition):
    pages = {p.route: p for p in render_cross_pages(edition)}
    body = html(pages["themes/ai-bubble/"])
    passages = edition.annotations.index[("theme", "ai-bubble")]
    assert body.count('<blockquote class="edition-passage') == len(passages)
    assert "독자 댓글 — Richard McCue" in text(body)
    assert "edition-passage--tagged" in body  # the passages the editors tagged, told apart


def test_the_theme_grid_counts_passages_per_essay(edition):
    body = html(next(p for p in render_cross_pages(edition) if p.route == urls.THEMES))
    n = sum(1 for p in edition.annotations.index[("theme", "nvidia")] if p.essay == "pickaxe")
    assert f'aria-label="{edition.essay("pickaxe").title} — 엔비디아: 단락 {n}개">{n}</a>' in body


def test_the_people_page_links_related_entities_and_themes(edition):
    body = html(next(p for p in render_cross_pages(edition) if p.route == urls.PEOPLE))
    assert 'id="alphabet"' in body and '함께 보기: <a href="#google">' in body
    assert '주제: <a href="../themes/nvidia/">엔비디아</a>' in body


def test_the_people_page_marks_an_identification_as_the_editors_inference_with_its_line(edition):
    """004 writes only 앤트로픽 CEO; the editors identify Dario Amodei (annotations.yml identify).
    His entry says no essay writes his name, and the place says 편집자 추정, the words the essay
    writes instead, their line linked to the source view, the reason and its source."""
    body = html(next(p for p in render_cross_pages(edition) if p.route == urls.PEOPLE))
    entry = body[body.index('<dt id="dario-amodei"') :]
    entry = entry[: entry.index("</dd>")]
    assert "본문의 표기: 없음" in text(entry)  # the description is no spelling of the name
    assert "편집자 추정 · 글이 이름 대신 쓴 말: 앤트로픽 CEO (근거: 27행 )" in text(entry)
    assert 'href="../sources/ai-moment/#L27"' in entry
    assert "출처: Anthropic" in text(entry)


def test_the_matrix_has_a_cell_for_every_question_and_debated_essay(edition):
    body = html(render_matrix(edition, edition.relations))
    cells = len(edition.debate.questions) * len(edition.debated())
    assert body.count('<td class="edition-stance') == cells
    silent = cells - sum(len(q.stances) for q in edition.debate.questions)
    assert body.count("이 글은 다루지 않음") == silent


def test_a_question_page_highlights_each_cited_quote(edition):
    question = edition.debate.questions[0]
    body = html(render_question(edition, question, edition.relations))
    quotes = [c.quote for s in question.stances.values() for c in s.citations]
    # Each quote is marked in its excerpt and again in the folded full paragraph.
    marks = list(dict.fromkeys(text(m) for m in re.findall(r"<mark>(.*?)</mark>", body)))
    assert [" ".join(q.split()) for q in quotes] == marks


def test_compare_pages_cover_every_pair_of_debated_essays_in_either_order(edition):
    pages = render_compare_pages(edition, edition.relations)
    pairs = list(combinations(edition.debated(), 2))
    expected = {urls.pair(x.meta.slug, y.meta.slug) for a, b in pairs for x, y in ((a, b), (b, a))}
    assert {p.route for p in pages[1:]} == expected and len(pages) == 1 + 2 * len(pairs)
    assert html(pages[0]).count("<option") == 2 * len(edition.debated())


def test_the_figures_page_keeps_a_vague_amount_in_the_texts_words(edition):
    body = html(render_figures(edition, edition.relations))
    row = re.search(r'<tr id="fig-altman-fundraising-ms".*?</tr>', body).group(0)
    assert "수십, 수백 조 (통화 없음)" in row and "≈" not in row
    assert "2020년 10월 이후" in text(body) and "2027년쯤" in text(body)
    assert "글 「AI 모멘트」</a>&#8288;가 스스로 쓴 환율" in body


def test_the_timeline_is_in_time_order(edition):
    body = html(render_timeline(edition, edition.relations))
    years = [int(y) for y in re.findall(r"<time>(\d{4})년", body)]
    assert years == sorted(years) and len(years) == len(edition.debate.events)


def test_home_and_about_count_what_the_edition_holds(edition):
    home = render_home(edition)
    assert home.meta["title"] == f"AI 붐을 읽는 글 {len(edition.essays)}편"
    assert html(home).count('<article class="edition-card">') == len(edition.essays)
    about = html(about_appendix(edition))
    assert len(re.findall(r"<tr><td[^>]*>\d+\. <a href", about)) == len(edition.essays)


def test_every_page_has_a_route_of_its_own(edition):
    routes = [p.route for p in render_pages(edition)]
    assert len(routes) == len(set(routes))


# ---------------------------------------------------------------- relate


def test_marked_cited_spans_never_cross(edition):
    for spans in edition.relations.spans.values():
        for a, b in combinations(spans, 2):
            assert not _crosses(a, b)


def test_a_citation_links_to_its_marked_quote_or_its_block(edition):
    claim = edition.debate.claims[0]
    url = edition.relations.cited_url(claim.citation)
    passage = Passage(claim.citation.essay, claim.citation.block)
    marked = {s.anchor for s in edition.relations.spans[passage]}
    assert url.startswith(urls.essay(claim.citation.essay) + "#") and url.split("#")[1] in marked | {passage.block}


def test_related_essays_share_themes_most_first(edition):
    for slug, related in edition.relations.related.items():
        shared = [len(r.themes) for r in related]
        assert shared == sorted(shared, reverse=True) and slug not in {r.essay for r in related}
        mine = set(edition.relations.themes[slug])
        assert all(set(r.themes) <= mine for r in related)
