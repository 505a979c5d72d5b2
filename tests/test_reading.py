"""Reading an essay in a real browser: the home page's cards, ¶ permalinks that land on their
paragraph, the apparatus, and pages that fit a phone."""

from __future__ import annotations

import json

import pytest
from conftest import SEEDS
from playwright.sync_api import TimeoutError as PlaywrightTimeout


@pytest.fixture(scope="module")
def manifest(built_site):
    return json.loads((built_site / "edition.json").read_text(encoding="utf-8"))


def in_viewport(page, element_id: str, timeout: float = 2000) -> bool:
    """The element's top is in the viewport within ``timeout`` ms (the page may still be scrolling)."""
    try:
        page.wait_for_function(
            "id => { const r = document.getElementById(id).getBoundingClientRect();"
            " return r.top >= 0 && r.top < window.innerHeight; }",
            arg=element_id,
            timeout=timeout,
        )
    except PlaywrightTimeout:
        return False
    return True


def test_home_shows_the_five_essays_as_cards(page, site_url, manifest):
    page.goto(site_url + "/")
    cards = page.eval_on_selector_all(
        # U+2060 (word joiner) keeps a particle with its closing quote; it is not part of the title
        "article.edition-card h3 a",
        "els => els.map(a => [a.textContent.replace(/\u2060/g, '').trim(), a.getAttribute('href')])",
    )
    assert [title for title, _ in cards] == [e["title"] for e in manifest["essays"]]
    # Material's instant navigation makes every internal link absolute
    assert [href.removeprefix(site_url + "/") for _, href in cards] == [e["url"] for e in manifest["essays"]]


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


# ---------------------------------------------------------------- issue 17: the reading surface


@pytest.fixture
def phone(chromium):
    context = chromium.new_context(viewport={"width": 375, "height": 800}, locale="ko-KR")
    yield context.new_page()
    context.close()


def test_reading_mode_hides_the_marks_and_is_remembered_across_pages(page, site_url):
    page.goto(site_url + "/essays/galloway-deepseek/")
    page.evaluate("() => localStorage.clear()")
    page.reload()
    notes = page.locator("aside.edition-note").first
    assert notes.is_visible() and page.locator("[data-edition-reading-bar]").is_visible()
    page.get_by_role("button", name="본문만").click()
    assert not notes.is_visible()
    assert page.get_by_role("button", name="본문만").get_attribute("aria-pressed") == "true"
    page.goto(site_url + "/essays/pickaxe/")
    assert page.evaluate("() => document.documentElement.dataset.reading") == "plain"
    assert not page.locator("a.edition-cited-ref").first.is_visible()
    page.get_by_role("button", name="주석과 함께").click()
    assert page.locator("a.edition-cited-ref").first.is_visible()


def test_on_a_phone_the_text_starts_on_the_first_screen(phone, site_url, manifest):
    for essay in manifest["essays"]:
        phone.goto(f"{site_url}/{essay['url']}")
        first = phone.locator(".edition-block:not(.edition-subtitle)").first
        assert first.bounding_box()["y"] < 800, essay["url"]
        assert not phone.locator("details.edition-meta-box").evaluate("d => d.open")


def test_a_cited_quote_links_to_the_question_that_cites_it(page, site_url):
    page.goto(site_url + "/essays/galloway-deepseek/")
    ref = page.locator("a.edition-cited-ref", has_text="물음").first
    ref.click()
    page.wait_for_url("**/debate/**")
    page.wait_for_function("() => document.querySelector(':target')", timeout=5000)  # after the swap


def test_every_chip_is_a_link(page, site_url):
    page.goto(site_url + "/essays/ms-altman/")
    chips = page.eval_on_selector_all(".edition-chip", "els => els.map(e => [e.tagName, e.getAttribute('href')])")
    assert chips and all(tag == "A" and href for tag, href in chips)
    page.locator(".edition-chip--tag", has_text="#Azure").click()
    page.wait_for_timeout(500)
    assert page.locator("input.md-search__input").input_value() == "Azure"


def test_the_source_page_numbers_the_lines_the_apparatus_cites(page, site_url, manifest):
    essay = next(e for e in manifest["essays"] if e["id"] == "pickaxe")
    lines = (SEEDS / essay["source"]).read_text(encoding="utf-8").splitlines()
    page.goto(site_url + "/sources/pickaxe/")
    assert page.locator("ol.edition-source > li").count() == len(lines)
    removed = page.locator("li.edition-source__removed")
    assert removed.count() > 0 and removed.first.locator("del").count() == 1
    assert "브런치 머리말" in page.locator("#L1").inner_text()
    raw = page.locator("a[download]").get_attribute("href")
    assert raw.endswith("002_f509822b59faf0ea.txt")


def test_compare_on_a_phone_says_whose_each_cell_is(phone, site_url):
    phone.goto(site_url + "/compare/pickaxe--ms-altman/")
    labels = phone.locator(".edition-compare__who:visible").all_inner_texts()
    assert labels[:2] == ["A · 곡괭이", "B · MS와 올트먼"]
    phone.goto(site_url + "/compare/")
    phone.select_option("select[name=a]", "ms-altman")
    phone.select_option("select[name=b]", "pickaxe")
    phone.click("button[type=submit]")
    phone.wait_for_load_state()
    assert phone.url.endswith("/compare/ms-altman--pickaxe/")


def test_instant_navigation_keeps_the_page_scripts_working(page, site_url):
    page.goto(site_url + "/")
    page.evaluate("() => { window.__samePage = true }")  # gone after a full reload
    page.locator("article.md-content__inner a", has_text="두 글 비교").first.click()
    page.wait_for_url("**/compare/")
    assert page.evaluate("() => window.__samePage === true"), "a full reload, not instant navigation"
    page.select_option("form[data-edition-compare] select[name=a]", "pickaxe")
    page.select_option("form[data-edition-compare] select[name=b]", "ms-altman")
    page.click("form[data-edition-compare] button")
    page.wait_for_url("**/compare/pickaxe--ms-altman/")
