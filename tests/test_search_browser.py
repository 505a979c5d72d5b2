"""The search as a reader meets it: the real site, the real worker, headless Chromium."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from conftest import CHROMIUM, ROOT

SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="module")
def page(chromium, site_url):
    context = chromium.new_context(viewport={"width": 1280, "height": 900}, locale="ko-KR")
    page = context.new_page()
    page.goto(site_url + "/")
    page.wait_for_function("() => document.querySelector('.md-search-result__meta')")
    yield page
    context.close()


def search(page, query: str) -> dict:
    """Type ``query`` as a reader would (Hangul arrives through the IME, with keyup events)."""
    page.locator("input.md-search__input").click()
    page.evaluate(
        "() => { const i = document.querySelector('input.md-search__input'); i.value = '';"
        " i.dispatchEvent(new KeyboardEvent('keyup', {bubbles: true})); }"
    )
    for ch in query:
        if ch.isascii() and ch.isprintable():
            page.keyboard.type(ch)
        else:
            page.keyboard.insert_text(ch)
            page.evaluate(
                "() => document.querySelector('input.md-search__input').dispatchEvent("
                "new KeyboardEvent('keyup', {key: 'Process', keyCode: 229, bubbles: true}))"
            )
    page.wait_for_timeout(400)
    return page.evaluate("""() => ({
        meta: document.querySelector('.md-search-result__meta').textContent.trim(),
        links: [...document.querySelectorAll('li.md-search-result__item a.md-search-result__link')]
            .map(a => a.getAttribute('href')),
        marks: document.querySelectorAll('.md-search-result__list mark').length,
        direct: [...document.querySelectorAll('.edition-search-direct a')].map(a => a.getAttribute('href')),
    })""")


def pages(result: dict) -> set[str]:
    return {href.split("#")[0].split("?")[0].rstrip("/").split("/")[-1] for href in result["links"]}


def test_visible_query_set_meets_the_targets(built_site, tmp_path):
    """../shared/tools/search_eval.py on the visible set: recall ≥ 0.95, MRR ≥ 0.9, no empty result."""
    assert (SHARED / "tools" / "search_eval.py").exists(), f"shared tools missing at {SHARED}"
    out = tmp_path / "report.json"
    done = subprocess.run(
        [
            sys.executable,
            str(SHARED / "tools" / "search_eval.py"),
            str(built_site),
            str(SHARED / "search" / "queries.yaml"),
            "--out",
            str(out),
            "--chromium",
            CHROMIUM,
        ],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr + done.stdout
    aggregate = json.loads(out.read_text(encoding="utf-8"))["aggregate"]
    assert aggregate["mean_recall"] >= 0.95, done.stdout
    assert aggregate["mrr"] >= 0.9, done.stdout
    assert aggregate["zero_result_queries"] == 0, done.stdout


def test_particle_typed_by_the_reader_is_stripped(page):
    assert {"galloway-deepseek", "pickaxe", "ai-moment"} <= pages(search(page, "엔비디아를"))


def test_partly_typed_word_already_finds_its_pages(page):
    assert {"galloway-deepseek", "pickaxe", "ai-moment"} <= pages(search(page, "엔비디"))


def test_latin_spelling_finds_hangul_only_essays(page):
    assert "pickaxe" in pages(search(page, "Nvidia"))


def test_hangul_spelling_finds_latin_only_essay(page):
    assert pages(search(page, "딥시크")) == {"galloway-deepseek"}


def test_spaced_and_unspaced_spellings_meet(page):
    assert "ai-moment" in pages(search(page, "빅테크"))  # 004 writes 빅 테크
    assert pages(search(page, "오픈 AI")) == pages(search(page, "오픈AI"))


def test_meta_does_not_match_inside_metaphor(page):
    assert "galloway-deepseek" not in pages(search(page, "메타"))


def test_results_point_at_paragraphs_with_the_match_highlighted(page):
    result = search(page, "곡괭이")
    assert any("#p-" in href for href in result["links"]), result["links"]
    assert result["marks"] > 0


def test_query_with_no_match_shows_the_empty_state(page):
    expected = page.evaluate(
        "() => JSON.parse(document.getElementById('__config').textContent)['translations']['search.result.none']"
    )
    result = search(page, "양자컴퓨터")
    assert result["links"] == []
    assert result["meta"] == expected


def test_theme_page_is_offered_above_the_results_when_named(page):
    result = search(page, "엔비디아")
    assert any(href.endswith("themes/nvidia/") for href in result["direct"]), result["direct"]
    assert any("glossary/#capex" in href for href in search(page, "설비투자")["direct"])


def test_result_lands_on_its_paragraph_highlighted(page, site_url):
    search(page, "곡괭이")
    link = page.locator("li.md-search-result__item a.md-search-result__link[href*='#p-']:visible").first
    anchor = link.get_attribute("href").split("#")[1]
    link.click()
    page.wait_for_url("**/essays/pickaxe/**")
    assert page.evaluate("() => document.querySelector(':target') && document.querySelector(':target').id") == anchor
    page.goto(site_url + "/")
