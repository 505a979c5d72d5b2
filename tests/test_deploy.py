"""Deployment: the built site works under a sub-path (/edition/), as a project site on a static
host would serve it — every page loads every asset, and the search still answers."""

from __future__ import annotations

import shutil

import pytest
from conftest import serve


@pytest.fixture(scope="module")
def subpath_url(built_site, tmp_path_factory):
    root = tmp_path_factory.mktemp("host")
    shutil.copytree(built_site, root / "edition")
    server, url = serve(root)
    yield url + "/edition"
    server.shutdown()


def test_pages_under_a_sub_path_load_all_their_assets(chromium, subpath_url):
    context = chromium.new_context()
    page = context.new_page()
    failed: list[str] = []
    page.on("response", lambda r: failed.append(r.url) if r.status >= 400 else None)
    page.on("requestfailed", lambda r: failed.append(r.url))
    for path in ("/", "/essays/pickaxe/", "/themes/nvidia/", "/debate/", "/compare/pickaxe--ai-moment/"):
        page.goto(subpath_url + path, wait_until="networkidle")
        assert page.locator("article.md-content__inner").count() == 1, path
    assert failed == []
    context.close()


def test_search_works_under_a_sub_path(chromium, subpath_url):
    context = chromium.new_context()
    page = context.new_page()
    page.goto(subpath_url + "/")
    page.locator("input.md-search__input").click()
    page.keyboard.type("capex")
    page.wait_for_selector("li.md-search-result__item")
    href = page.locator("li.md-search-result__item a.md-search-result__link").first.get_attribute("href")
    assert "/edition/essays/bubble-infrastructure/" in href
    context.close()
