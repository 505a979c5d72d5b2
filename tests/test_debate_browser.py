"""The side-by-side pages as a reader meets them: the matrix, quotes landing highlighted, every
comparison, phone and desktop layouts measured by element positions, and axe-core."""

from __future__ import annotations

import json
from itertools import combinations

import pytest
from axe_playwright_python.sync_playwright import Axe


@pytest.fixture(scope="module")
def manifest(built_site):
    return json.loads((built_site / "edition.json").read_text(encoding="utf-8"))


def new_page(chromium, width: int):
    context = chromium.new_context(viewport={"width": width, "height": 900}, locale="ko-KR")
    return context, context.new_page()


@pytest.fixture(scope="module")
def desktop(chromium):
    context, page = new_page(chromium, 1280)
    yield page
    context.close()


@pytest.fixture(scope="module")
def phone(chromium):
    context, page = new_page(chromium, 375)
    yield page
    context.close()


def test_matrix_has_a_cell_for_every_question_and_essay(desktop, site_url, manifest):
    desktop.goto(site_url + "/debate/")
    cells = desktop.evaluate(
        "() => [...document.querySelectorAll('td.edition-stance')].map(td => [td.dataset.question, td.dataset.essay])"
    )
    expected = [[q["id"], e["id"]] for q in manifest["questions"] for e in manifest["essays"]]
    assert sorted(cells) == sorted(expected)
    silent = desktop.locator("td.edition-stance--silent").count()
    stated = sum(1 for q in manifest["questions"] for s in q["stances"] if not s.get("silent"))
    assert silent + stated == len(expected)
    assert desktop.locator("td.edition-stance--silent", has_text="이 글은 다루지 않음").count() == silent


def test_every_cited_quote_lands_highlighted_at_its_target(desktop, site_url, manifest):
    desktop.goto(site_url + "/debate/")
    links = desktop.evaluate(
        "() => [...document.querySelectorAll('a.edition-stance__link')].map(a => ["
        "a.closest('td').dataset.question, a.closest('td').dataset.essay, a.href])"
    )
    quotes = {
        (q["id"], s["essay"]): s["citations"][0]["quote"]
        for q in manifest["questions"]
        for s in q["stances"]
        if not s.get("silent")
    }
    assert len(links) == len(quotes)
    for question, essay, href in links:
        desktop.goto(href)
        target = desktop.evaluate(
            "() => { const t = document.querySelector(':target'); if (!t) return null;"
            " const copy = t.cloneNode(true);"
            " copy.querySelectorAll('.edition-note-ref, .edition-cited-ref').forEach(s => s.remove());"
            " return [t.tagName, t.className, copy.textContent.replace(/\\u2060/g, ''),"
            " getComputedStyle(t).backgroundColor]; }"
        )
        assert target, f"{question}/{essay}: {href} lands on nothing"
        tag, cls, text, background = target
        assert tag == "MARK" and "edition-cited" in cls, (question, essay, target)
        assert " ".join(text.split()) == " ".join(quotes[(question, essay)].split())
        assert background not in ("rgba(0, 0, 0, 0)", "transparent"), f"{href}: the quote is not highlighted"


def test_every_pair_of_essays_has_a_comparison_page(desktop, site_url, manifest):
    slugs = [e["id"] for e in manifest["essays"]]
    pairs = list(combinations(slugs, 2))
    assert len(pairs) == 10
    for a, b in pairs:
        response = desktop.goto(f"{site_url}/compare/{a}--{b}/")
        assert response.status == 200, (a, b)
        assert desktop.locator(f'.edition-compare[data-a="{a}"][data-b="{b}"]').count() == 1
        assert desktop.locator(".edition-compare__row").count() >= 2


def test_compare_picker_goes_to_the_chosen_pair(desktop, site_url):
    desktop.goto(site_url + "/compare/")
    desktop.select_option("form[data-edition-compare] select[name=a]", "ai-moment")
    desktop.select_option("form[data-edition-compare] select[name=b]", "pickaxe")
    desktop.click("form[data-edition-compare] button")
    desktop.wait_for_url("**/compare/ai-moment--pickaxe/")  # A stays A


def boxes(page, selector: str) -> list[dict]:
    return page.evaluate(
        f"() => [...document.querySelectorAll({selector!r})].map(e => {{ const r = e.getBoundingClientRect();"
        " return {x: r.x, y: r.y, w: r.width, h: r.height}; })"
    )


def test_matrix_is_a_table_on_desktop_and_cards_on_a_phone(desktop, phone, site_url):
    desktop.goto(site_url + "/debate/")
    row = boxes(desktop, "tr:first-child td.edition-stance")
    assert len({round(c["y"]) for c in row}) == 1 and row[0]["x"] < row[1]["x"], "cells of a row side by side"
    phone.goto(site_url + "/debate/")
    row = boxes(phone, "tr:first-child td.edition-stance")
    assert all(b["y"] >= a["y"] + a["h"] - 1 for a, b in zip(row, row[1:])), "cells stacked one under another"
    assert phone.evaluate("() => document.scrollingElement.scrollWidth") <= 375


def test_compare_columns_side_by_side_on_desktop_stacked_on_a_phone(desktop, phone, site_url):
    url = site_url + "/compare/bubble-infrastructure--ai-moment/"
    desktop.goto(url)
    left, right = boxes(desktop, ".edition-compare__row")[0:1] and boxes(
        desktop, ".edition-compare__row:first-of-type .edition-compare__cell"
    )
    assert abs(left["y"] - right["y"]) < 2 and left["x"] + left["w"] <= right["x"] + 1
    phone.goto(url)
    left, right = boxes(phone, ".edition-compare__row:first-of-type .edition-compare__cell")
    assert right["y"] >= left["y"] + left["h"] - 1
    assert phone.evaluate("() => document.scrollingElement.scrollWidth") <= 375


@pytest.mark.parametrize("path", ["/debate/", "/debate/is-it-a-bubble/", "/compare/galloway-deepseek--pickaxe/"])
def test_no_serious_or_critical_accessibility_violations(desktop, site_url, path):
    desktop.goto(site_url + path)
    results = Axe().run(desktop)
    serious = [v for v in results.response["violations"] if v["impact"] in ("serious", "critical")]
    assert not serious, json.dumps(
        [{"id": v["id"], "nodes": [n["target"] for n in v["nodes"]][:5]} for v in serious], ensure_ascii=False
    )
