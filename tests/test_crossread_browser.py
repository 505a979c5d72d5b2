"""Reading across essays in a real browser (issue 18): "다른 글에서는" lands on its passages,
previews open on hover and focus and close on Escape, the two texts of every compare pair stay
aligned, every apparatus mark and entry round-trip, the source view is one click away and back,
axe finds nothing serious, and without JavaScript every piece is a plain link."""

from __future__ import annotations

import json
from itertools import permutations

import pytest
from axe_playwright_python.sync_playwright import Axe


@pytest.fixture(scope="module")
def manifest(built_site):
    return json.loads((built_site / "edition.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def phone_page(chromium):
    context = chromium.new_context(viewport={"width": 375, "height": 800}, locale="ko-KR", has_touch=True)
    yield context.new_page()
    context.close()


def essay_urls(manifest) -> list[str]:
    return [e["url"] for e in manifest["essays"]]


def test_every_other_essay_link_lands_on_an_existing_passage(page, site_url, manifest):
    ids = {e["url"]: {b["id"] for b in e["blocks"]} for e in manifest["essays"]}
    checked = 0
    for url in essay_urls(manifest):
        page.goto(f"{site_url}/{url}")
        hrefs = page.eval_on_selector_all(
            "details.edition-cross a", "links => links.map(a => new URL(a.href).pathname + new URL(a.href).hash)"
        )
        for href in hrefs:
            path, block = href.lstrip("/").split("#")
            assert block in ids[path], href
            checked += 1
    assert checked > 100


def test_an_other_essay_link_opens_its_passage_in_view(page, site_url):
    page.goto(f"{site_url}/essays/pickaxe/")
    cross = page.locator("#p-961587 ~ details.edition-cross").first
    cross.locator("summary").click()
    link = cross.locator("a").first
    href = link.get_attribute("href")
    link.click()
    page.wait_for_url("**/essays/galloway-deepseek/**")
    block = href.split("#")[1]
    # Instant loading changes the address before it swaps the page in and scrolls: wait for both.
    page.wait_for_function(
        "id => { const e = document.getElementById(id); if (!e) return false;"
        " const r = e.getBoundingClientRect(); return r.top >= 0 && r.top < innerHeight }",
        arg=block,
        timeout=5000,
    )
    assert page.evaluate("() => document.querySelector(':target')?.id") == block


@pytest.mark.parametrize("width", [375, 1280])
def test_the_other_essays_mark_stays_on_screen(chromium, site_url, width):
    context = chromium.new_context(viewport={"width": width, "height": 800}, locale="ko-KR")
    page = context.new_page()
    page.goto(f"{site_url}/essays/galloway-deepseek/")
    right = page.evaluate(
        "() => Math.max(...[...document.querySelectorAll('details.edition-cross > summary')].map(s => s.getBoundingClientRect().right))"
    )
    assert right <= width
    assert page.evaluate("() => document.scrollingElement.scrollWidth") <= width
    context.close()


def preview_text(page) -> str:
    page.wait_for_selector("#edition-preview:not([hidden])", timeout=3000)
    return page.inner_text("#edition-preview")


def test_a_preview_opens_on_hover_and_closes_on_escape(page, site_url):
    page.goto(f"{site_url}/essays/pickaxe/")
    link = page.locator("a.edition-theme").first
    link.scroll_into_view_if_needed()
    link.hover()
    assert "주제 ·" in preview_text(page)
    assert link.get_attribute("aria-describedby") == "edition-preview"
    page.keyboard.press("Escape")
    assert page.is_hidden("#edition-preview")
    assert link.get_attribute("aria-describedby") is None


def test_a_passage_preview_opens_on_focus_with_the_target_text(page, site_url, manifest):
    page.goto(f"{site_url}/essays/pickaxe/")
    page.locator("#p-961587 ~ details.edition-cross summary").first.click()
    link = page.locator("#p-961587 ~ details.edition-cross a").first
    link.focus()
    text = preview_text(page)
    galloway = next(e for e in manifest["essays"] if e["id"] == "galloway-deepseek")
    target = next(b for b in galloway["blocks"] if b["id"] == "li-66a679")
    assert galloway["title"][:10] in text and target["text"][:20] in text
    page.keyboard.press("Escape")
    assert page.is_hidden("#edition-preview")


def test_a_glossary_term_previews_its_definition_on_focus(page, site_url):
    page.goto(f"{site_url}/essays/ai-moment/")
    term = page.locator("abbr.edition-term").first
    term.focus()
    assert len(preview_text(page)) > 10
    page.keyboard.press("Escape")
    assert page.is_hidden("#edition-preview")


def test_on_a_touch_screen_the_first_tap_previews_and_the_second_follows(phone_page, site_url):
    page = phone_page
    page.goto(f"{site_url}/essays/pickaxe/")
    link = page.locator("a.edition-theme").first
    link.scroll_into_view_if_needed()
    link.tap()
    preview_text(page)
    assert "/essays/pickaxe/" in page.url
    link.tap()
    page.wait_for_url("**/themes/**")


PAIRS = list(permutations(["galloway-deepseek", "bubble-infrastructure", "pickaxe", "ms-altman", "ai-moment"], 2))


@pytest.mark.parametrize(("a", "b"), PAIRS)
def test_parallel_texts_keep_aligned_passages_level(page, site_url, a, b):
    page.goto(f"{site_url}/compare/{a}--{b}/")
    pairs = page.eval_on_selector_all(
        "[data-side=a] .edition-parallel__block:not(.edition-parallel__block--alone)",
        "blocks => blocks.map(x => [x.id, x.querySelector('.edition-parallel__links a').hash.slice(1)])",
    )
    assert pairs, "no aligned passage"
    for left, right in pairs:
        page.evaluate("id => document.getElementById(id).scrollIntoView()", left)
        tops = page.evaluate(
            "ids => ids.map(id => document.getElementById(id).getBoundingClientRect().top)", [left, right]
        )
        assert abs(tops[0] - tops[1]) <= 40, (left, right, tops)


def test_on_a_phone_the_switch_shows_the_counterpart_of_the_passage_on_top(phone_page, site_url):
    page = phone_page
    page.goto(f"{site_url}/compare/pickaxe--galloway-deepseek/")
    left, right = page.eval_on_selector(
        "[data-side=a] .edition-parallel__block:not(.edition-parallel__block--alone)",
        "x => [x.id, x.querySelector('.edition-parallel__links a').hash.slice(1)]",
    )
    assert page.is_hidden(f"#{right}")
    page.evaluate(
        "id => { const bar = document.querySelector('[data-edition-parallel-switch]');"
        " const top = document.querySelector('.md-header').getBoundingClientRect().bottom + bar.offsetHeight;"
        " scrollTo(0, document.getElementById(id).getBoundingClientRect().top + scrollY - top - 4) }",
        left,
    )
    before = page.evaluate("id => document.getElementById(id).getBoundingClientRect().top", left)
    page.click("[data-edition-parallel-switch] button[data-side=b]")
    assert page.is_visible(f"#{right}") and page.is_hidden(f"#{left}")
    after = page.evaluate("id => document.getElementById(id).getBoundingClientRect().top", right)
    assert abs(after - before) <= 40, (before, after)


def test_every_apparatus_mark_and_entry_round_trip(page, site_url, manifest):
    trips = 0
    for url in essay_urls(manifest):
        page.goto(f"{site_url}/{url}")
        marks = page.eval_on_selector_all("sup.edition-app-ref a", "links => links.map(a => [a.id, a.hash])")
        entries = page.eval_on_selector_all(
            ".edition-apparatus__list > li",
            "items => items.map(li => [li.id, li.querySelector('a.edition-apparatus__back').hash])",
        )
        essay = next(e for e in manifest["essays"] if e["url"] == url)
        assert len(entries) == len(essay["apparatus"])
        for marker, entry in marks:
            page.click(f"#{marker}")
            assert page.evaluate("() => location.hash") == entry
            page.wait_for_function(
                "id => document.getElementById(id).closest('details').open", arg=entry[1:], timeout=2000
            )
            back = page.eval_on_selector(f"{entry} a.edition-apparatus__back", "a => a.hash")
            assert back == f"#{marker}"
            page.click(f"{entry} a.edition-apparatus__back")
            assert page.evaluate("() => location.hash") == f"#{marker}"
            trips += 1
        assert {e for _, e in marks} <= {f"#{i}" for i, _ in entries}
        assert {b for _, b in entries} <= {f"#{m}" for m, _ in marks}
        assert all(back for _, back in entries)  # entries that share a place share its mark
    assert trips > 0


def test_the_source_view_is_one_click_away_and_back_at_the_same_place(page, site_url):
    page.goto(f"{site_url}/essays/pickaxe/")
    block = page.locator("#p-84499d")
    block.hover()
    page.click("#p-84499d a.edition-srcref")
    page.wait_for_url("**/sources/pickaxe/#L60")
    target = "id => document.querySelector(':target')?.id === id"  # set once the page is swapped in
    page.wait_for_function(target, arg="L60", timeout=5000)
    page.click("#L60 a.edition-source__back")
    page.wait_for_url("**/essays/pickaxe/#p-84499d")
    page.wait_for_function(target, arg="p-84499d", timeout=5000)


def test_a_struck_line_links_to_its_mark_in_the_text(page, site_url):
    page.goto(f"{site_url}/sources/pickaxe/")
    rule = page.locator("li.edition-source__removed a.edition-source__rule").first
    hash_ = rule.evaluate("a => a.hash")
    rule.click()
    page.wait_for_url("**/essays/pickaxe/**")
    assert page.evaluate("() => location.hash") == hash_
    page.wait_for_function("() => document.querySelector(':target')", timeout=5000)  # after the swap
    assert page.evaluate("() => document.querySelector(':target').closest('sup').className") == "edition-app-ref"


def test_an_essay_leads_to_its_questions_comparisons_and_themes(page, site_url):
    page.goto(f"{site_url}/essays/ms-altman/")
    ways = page.locator("#ways-in")
    assert ways.locator("a[href*='debate/']").count() == 3
    assert ways.locator("a[href*='compare/ms-altman--']").count() == 4
    assert "단락" in ways.inner_text()


@pytest.mark.parametrize("path", ["/essays/pickaxe/", "/compare/pickaxe--galloway-deepseek/", "/sources/pickaxe/"])
@pytest.mark.parametrize("width", [375, 1280])
def test_axe_finds_nothing_serious_with_the_new_features(chromium, site_url, path, width):
    context = chromium.new_context(viewport={"width": width, "height": 900}, locale="ko-KR")
    page = context.new_page()
    page.goto(site_url + path)
    for details in page.query_selector_all("details.edition-cross")[:3]:
        details.evaluate("d => d.open = true")
    violations = Axe().run(page).response["violations"]
    serious = [v for v in violations if v["impact"] in ("serious", "critical")]
    context.close()
    assert not serious, json.dumps([{"id": v["id"], "nodes": [n["target"] for n in v["nodes"]][:4]} for v in serious])


def test_without_javascript_every_piece_is_a_plain_link(chromium, site_url):
    context = chromium.new_context(java_script_enabled=False, viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(f"{site_url}/essays/ai-moment/")
    assert page.locator("details.edition-cross a[href*='../']").count() > 10
    assert page.locator("sup.edition-app-ref a[href^='#app-']").count() > 0
    assert page.locator("#ways-in a[href*='compare/']").count() == 4
    assert page.locator("abbr.edition-term[title]").count() > 0
    page.goto(f"{site_url}/compare/pickaxe--ai-moment/")
    assert page.locator("[data-edition-parallel-switch]").is_hidden()
    a_top = page.evaluate("() => document.querySelector('[data-side=a]').getBoundingClientRect().bottom")
    b_top = page.evaluate("() => document.querySelector('[data-side=b]').getBoundingClientRect().top")
    assert b_top >= a_top  # one text after the other
    assert page.locator(".edition-parallel__links a[href^='#pb-']").count() > 0
    context.close()
