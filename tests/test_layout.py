"""The reading surface at 375 px and 1280 px (issue 17), measured on every page: no word broken
across lines, no sideways scrolling on a phone, no table column squeezed to a syllable a line."""

from __future__ import annotations

import pytest
from layout import MID_WORD, NARROW_CELLS, OVERFLOW

WIDTHS = {"phone": 375, "desk": 1280}


def pages(site) -> list[str]:
    return sorted("/" + p.relative_to(site).as_posix().removesuffix("index.html") for p in site.rglob("index.html"))


@pytest.fixture(scope="module", params=list(WIDTHS))
def width_page(request, chromium):
    context = chromium.new_context(viewport={"width": WIDTHS[request.param], "height": 900}, locale="ko-KR")
    page = context.new_page()
    yield request.param, page
    context.close()


def measure(page, site, site_url, script) -> dict[str, object]:
    found = {}
    for path in pages(site):
        page.goto(site_url + path, wait_until="load")
        result = page.evaluate(script)
        if result:
            found[path] = result
    return found


def test_no_word_is_broken_across_lines(width_page, built_site, site_url):
    _, page = width_page
    broken = measure(page, built_site, site_url, MID_WORD)
    total = sum(len(v) for v in broken.values())
    assert total == 0, {k: v[:3] for k, v in list(broken.items())[:8]}


def test_no_page_scrolls_sideways_on_a_phone(width_page, built_site, site_url):
    name, page = width_page
    if name != "phone":
        pytest.skip("sideways scrolling is measured at 375 px")
    wide = measure(page, built_site, site_url, OVERFLOW)
    assert wide == {}


def test_no_table_column_is_squeezed(width_page, built_site, site_url):
    _, page = width_page
    narrow = measure(page, built_site, site_url, NARROW_CELLS)
    assert narrow == {}, {k: v[:3] for k, v in list(narrow.items())[:8]}
