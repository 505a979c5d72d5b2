"""The offline copy (make offline) read from file:// in Chromium: links open pages, search answers."""

from __future__ import annotations

import re

import pytest
from test_search_browser import search

from scripts.offline import file_url, make_offline


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("../pickaxe/", "../pickaxe/index.html"),
        ("../pickaxe/#p-84499d", "../pickaxe/index.html#p-84499d"),
        ("essays/pickaxe/?h=곡괭이", "essays/pickaxe/index.html?h=곡괭이"),
        ("..", "../index.html"),
        (".", "./index.html"),
        ("../../sources/000_30828d187df8e01c.txt", "../../sources/000_30828d187df8e01c.txt"),
        ("#p-84499d", "#p-84499d"),
        ("?q=MS", "?q=MS"),
        ("https://example.org/a/", "https://example.org/a/"),
        ("//example.org/a/", "//example.org/a/"),
        ("mailto:a@b.c", "mailto:a@b.c"),
        ("", ""),
    ],
)
def test_a_folder_link_names_its_index_file(url, expected):
    assert file_url(url) == expected


@pytest.fixture(scope="module")
def offline(built_site, tmp_path_factory):
    out = tmp_path_factory.mktemp("copy") / "offline"
    make_offline(built_site, out)
    return out


@pytest.fixture
def page(chromium, offline):
    context = chromium.new_context(viewport={"width": 1280, "height": 900}, locale="ko-KR")
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.goto((offline / "index.html").as_uri())
    yield page
    context.close()
    assert errors == []


def test_links_open_pages_from_the_file_system(page, offline):
    page.locator("article.edition-card a").first.click()
    page.wait_for_load_state()
    assert page.url.endswith("/essays/galloway-deepseek/index.html")
    assert page.locator("h1").first.is_visible()
    page.locator("nav.edition-chips a").first.click()
    page.wait_for_load_state()
    assert page.url.startswith((offline / "themes").as_uri()) and page.url.endswith("/index.html")


def test_search_answers_from_the_file_system(page, offline):
    page.wait_for_function("() => document.querySelector('.md-search-result__meta')")
    result = search(page, "엔비디아를")
    assert result["links"] and all(".html" in link for link in result["links"]), result
    assert any(re.search(r"/essays/pickaxe/index\.html\?h=[^#]*#p-", link) for link in result["links"]), result
    assert result["direct"] and result["direct"][0].endswith("themes/nvidia/index.html")
    page.locator("li.md-search-result__item a.md-search-result__link[href*='#']:visible").first.click()
    page.wait_for_load_state()
    assert page.url.startswith(offline.as_uri()) and re.search(r"index\.html(\?[^#]*)?#p-", page.url)
    assert (
        page.locator(":target mark, :target.edition-cited").count() or page.locator("mark[data-md-highlight]").count()
    )
