"""Reading across essays, without a browser: the relate stage's passage links ("다른 글에서는")
— counts, caps, ranking — and apparatus places; the essay page's lists, marks and ways in; the
source view's links back; the manifest's ``related``."""

from __future__ import annotations

import json
import re
from dataclasses import replace

import pytest
from conftest import SEEDS
from markupsafe import Markup

from scripts import urls
from scripts.emitters.compare import render_compare_pages
from scripts.emitters.essay import render_essay
from scripts.emitters.manifest import manifest
from scripts.emitters.source import render_source
from scripts.page import Page
from scripts.pipeline import build_edition
from scripts.records import Passage
from scripts.stages import crossread
from scripts.stages.crossread import CROSS_SHOWN, RANK, cross_links


@pytest.fixture(scope="module")
def edition():
    return build_edition(SEEDS)


def html(page: Page) -> str:
    return "".join(str(part) for part in page.body if isinstance(part, Markup))


def ids(body: str) -> set[str]:
    return set(re.findall(r'\bid="([^"]+)"', body))


# ---------------------------------------------------------------- the relate stage


def test_every_list_is_capped_and_links_only_other_essays(edition):
    cross = edition.relations.cross
    assert cross, "no passage has a link to another essay"
    for passage, links in cross.items():
        assert 1 <= len(links) <= CROSS_SHOWN, passage
        assert all(link.passage.essay != passage.essay for link in links), passage
        assert len(set(links)) == len(links), passage


def test_readers_comments_neither_list_nor_are_listed(edition):
    blocks = edition.relations.blocks
    for passage, links in edition.relations.cross.items():
        assert blocks[passage].kind != "comment"
        assert all(blocks[link.passage].kind != "comment" for link in links)


def test_claim_links_rank_above_questions_above_themes(edition):
    for passage, links in edition.relations.cross.items():
        ranks = [RANK[link.relation] for link in links]
        assert ranks == sorted(ranks), passage
        for a, b in zip(links, links[1:]):
            if a.relation == b.relation == "theme":
                assert len(a.themes) >= len(b.themes), passage


def test_a_disputed_claim_lists_the_claim_that_disputes_it_first(edition):
    # claims.yml: galloway-consumers (li-66a679) disputes pickaxe-nvidia (p-961587).
    pickaxe = edition.relations.cross[Passage("pickaxe", "p-961587")]
    assert (pickaxe[0].passage, pickaxe[0].relation) == (Passage("galloway-deepseek", "li-66a679"), "disputes")
    galloway = edition.relations.cross[Passage("galloway-deepseek", "li-66a679")]
    assert (galloway[0].passage, galloway[0].relation) == (Passage("pickaxe", "p-961587"), "disputes")


def test_a_list_takes_one_passage_per_essay_before_a_second(edition):
    for passage, links in edition.relations.cross.items():
        essays = [link.passage.essay for link in links]
        if len(set(essays)) < len(essays):  # a second from one essay only when no other essay is left
            candidates = {
                p.essay
                for (kind, _), ps in edition.annotations.index.items()
                if kind == "theme" and passage in ps
                for p in ps
                if p.essay != passage.essay and edition.relations.blocks[p].kind != "comment"
            }
            assert set(essays) >= candidates, passage


def test_theme_links_name_the_themes_both_passages_share(edition):
    index = {k[1]: set(v) for k, v in edition.annotations.index.items() if k[0] == "theme"}
    for passage, links in edition.relations.cross.items():
        for link in links:
            assert all(passage in index[t] and link.passage in index[t] for t in link.themes)
            if link.relation == "theme":
                assert link.themes


def test_each_theme_looks_at_no_more_than_its_candidates(edition, monkeypatch):
    monkeypatch.setattr(crossread, "CANDIDATES", 1)
    narrow = cross_links(edition, edition.relations.blocks)
    assert sum(map(len, narrow.values())) < sum(map(len, edition.relations.cross.values()))
    for links in narrow.values():
        assert len(links) <= CROSS_SHOWN


def test_an_edition_without_debate_links_by_themes_alone(edition):
    bare = replace(edition, debate=None)
    links = cross_links(bare, edition.relations.blocks)
    assert links and all(link.relation == "theme" for ls in links.values() for link in ls)


def test_every_apparatus_entry_has_a_place_in_a_shown_block(edition):
    for essay in edition.essays:
        places = edition.relations.apparatus[essay.meta.slug]
        assert len(places) == len(essay.apparatus)
        shown = {b.id for s in essay.sections for b in s.blocks}
        assert all(place and place.block in shown for place in places), essay.meta.slug


def test_removed_chrome_before_the_text_marks_the_first_paragraph_at_its_start(edition):
    essay = edition.essay("pickaxe")
    header = next(i for i, e in enumerate(essay.apparatus) if e.rule == "brunch-header")
    place = edition.relations.apparatus["pickaxe"][header]
    first = next(b for s in essay.sections for b in s.blocks if b.kind == "paragraph")
    assert (place.block, place.at) == (first.id, "start")


# ---------------------------------------------------------------- pages and manifest


def test_an_essay_page_lists_other_essays_beside_its_passages(edition):
    essay = edition.essay("pickaxe")
    body = html(render_essay(essay, edition, edition.relations))
    lists = sum(1 for p in edition.relations.cross if p.essay == "pickaxe")
    assert body.count('<details class="edition-cross">') == lists
    assert '<li data-rel="disputes"><b>반박</b>' in body
    assert "같은 주제 · " in body


def test_every_passage_link_lands_on_an_id_of_its_essay(edition):
    targets = {e.meta.slug: ids(html(render_essay(e, edition, edition.relations))) for e in edition.essays}
    for essay in edition.essays:
        body = html(render_essay(essay, edition, edition.relations))
        for details in re.findall(r'<details class="edition-cross">.*?</details>', body):
            for slug, block in re.findall(r'href="\.\./([^/]+)/#([^"]+)"', details):
                assert block in targets[slug], (essay.meta.slug, slug, block)


def test_apparatus_marks_and_entries_link_both_ways(edition):
    for essay in edition.essays:
        body = html(render_essay(essay, edition, edition.relations))
        marks = dict(re.findall(r'<sup class="edition-app-ref"><a id="(appm-\d+)" href="#(app-\d+)"', body))
        backs = re.findall(r'<li id="(app-\d+)">.*?href="#(appm-\d+)" aria-label', body)
        assert len(backs) == len(essay.apparatus), essay.meta.slug
        for entry, marker in backs:
            assert marker in marks, (essay.meta.slug, entry)
        for marker, entry in marks.items():
            assert (entry, marker) in backs, (essay.meta.slug, marker)


def test_the_source_view_links_struck_lines_to_their_marks_and_lines_to_paragraphs(edition):
    essay = edition.essay("pickaxe")
    headings = {b.id for b in essay.shown_blocks() if b.kind == "heading"}  # Markdown headings keep their ids
    essay_ids = ids(html(render_essay(essay, edition, edition.relations))) | headings
    body = html(render_source(essay, edition.relations))
    anchors = re.findall(r'href="\.\./\.\./essays/pickaxe/#([^"]+)"', body)
    assert {a for a in anchors if a.startswith("appm-")} and all(a in essay_ids for a in anchors)
    starts = {b.id for b in essay.shown_blocks() if b.lines}
    assert starts <= set(anchors)
    essay_body = html(render_essay(essay, edition, edition.relations))
    sources = re.findall(r'<a class="edition-srcref" href="([^"]+)">', essay_body)
    assert sources and all(re.fullmatch(r"\.\./\.\./sources/pickaxe/#L\d+", s) for s in sources)


def test_an_essay_page_leads_to_its_questions_comparisons_and_themes(edition):
    essay = edition.essay("ms-altman")
    body = html(render_essay(essay, edition, edition.relations))
    section = body[body.index('id="ways-in"') :]
    for q in edition.debate.questions:
        assert (f'href="../../{urls.question(q.id)}"' in section) == (essay.meta.slug in q.stances)
    for other in edition.debated():
        if other is not essay:
            assert f'href="../../{urls.pair("ms-altman", other.meta.slug)}"' in section
    count = sum(1 for p in edition.annotations.index[("theme", "openai")] if p.essay == "ms-altman")
    assert f'href="../../themes/openai/#essay-ms-altman">오픈AI</a> <span class="edition-ways__note">단락 {count}' in (
        section
    )


def test_the_manifest_gives_each_block_its_related_passages(edition):
    data = json.loads(manifest(edition))
    block = next(b for e in data["essays"] if e["id"] == "pickaxe" for b in e["blocks"] if b["id"] == "p-961587")
    assert block["related"][0] == {"essay": "galloway-deepseek", "block": "li-66a679", "relation": "disputes"}
    total = sum(len(b["related"]) for e in data["essays"] for b in e["blocks"])
    assert total == sum(map(len, edition.relations.cross.values()))


def test_compare_pages_still_render(edition):
    assert len(render_compare_pages(edition, edition.relations)) == 1 + 20
