"""Reading an essay in a real browser: the home page's cards, ¶ permalinks that land on their
paragraph, the apparatus, and pages that fit a phone."""

from __future__ import annotations

import json

import pytest


@pytest.fixture(scope="module")
def manifest(built_site):
    return json.loads((built_site / "edition.json").read_text(encoding="utf-8"))


def in_viewport(page, element_id: str) -> bool:
    return page.evaluate(
        "id => { const r = document.getElementById(id).getBoundingClientRect();"
        " return r.top >= 0 && r.top < window.innerHeight; }",
        element_id,
    )


def test_home_shows_the_five_essays_as_cards(page, site_url, manifest):
    page.goto(site_url + "/")
    cards = page.eval_on_selector_all(
        "article.edition-card h3 a", "els => els.map(a => [a.textContent.trim(), a.getAttribute('href')])"
    )
    assert [title for title, _ in cards] == [e["title"] for e in manifest["essays"]]
    assert [href for _, href in cards] == [e["url"] for e in manifest["essays"]]


def test_pilcrow_link_lands_on_its_paragraph(page, site_url):
    page.goto(site_url + "/essays/pickaxe/")
    link = page.locator("#p-84499d a.edition-pilcrow")
    link.scroll_into_view_if_needed()
    link.click()
    assert page.evaluate("() => location.hash") == "#p-84499d"
    assert in_viewport(page, "p-84499d")


def test_opening_a_paragraph_address_shows_that_paragraph(page, site_url):
    page.goto(site_url + "/essays/ai-moment/#p-bae873")
    assert in_viewport(page, "p-bae873")
    assert page.evaluate("() => document.querySelector(':target').id") == "p-bae873"


def test_apparatus_is_closed_and_opens_to_show_the_removed_chrome(page, site_url):
    page.goto(site_url + "/essays/pickaxe/")
    apparatus = page.locator("details.edition-apparatus")
    assert not apparatus.evaluate("d => d.open")
    assert not page.get_by_text("You can make anything").first.is_visible()
    apparatus.locator("summary").click()
    assert apparatus.evaluate("d => d.open")
    assert apparatus.get_by_text("You can make anything").is_visible()
    reading = page.evaluate("() => [...document.querySelectorAll('.edition-block')].map(b => b.textContent).join(' ')")
    assert "You can make anything" not in reading and "C.S.Lewis" not in reading


@pytest.mark.parametrize("width", [375, 1280])
def test_every_essay_fits_the_screen(chromium, site_url, manifest, width):
    context = chromium.new_context(viewport={"width": width, "height": 800})
    page = context.new_page()
    for essay in manifest["essays"]:
        page.goto(f"{site_url}/{essay['url']}")
        assert page.evaluate("() => document.scrollingElement.scrollWidth") <= width, essay["url"]
    context.close()
