"""Accessibility of every page template (axe-core, no serious or critical violation) and the
keyboard paths a reader needs: search, theme links, the apparatus."""

from __future__ import annotations

import json

import pytest
from axe_playwright_python.sync_playwright import Axe

TEMPLATES = [
    "/",
    "/essays/galloway-deepseek/",
    "/essays/pickaxe/",
    "/about/",
    "/themes/",
    "/themes/nvidia/",
    "/glossary/",
    "/people/",
    "/debate/",
    "/debate/who-captures-value/",
    "/compare/",
    "/compare/pickaxe--ms-altman/",
    "/figures/",
    "/timeline/",
    "/404.html",
]


@pytest.mark.parametrize("path", TEMPLATES)
def test_page_has_no_serious_or_critical_violation(page, site_url, path):
    page.goto(site_url + path)
    violations = Axe().run(page).response["violations"]
    serious = [v for v in violations if v["impact"] in ("serious", "critical")]
    assert not serious, json.dumps(
        [{"id": v["id"], "nodes": [n["target"] for n in v["nodes"]][:4]} for v in serious], ensure_ascii=False
    )


def test_search_by_keyboard_alone(page, site_url):
    page.goto(site_url + "/")
    page.keyboard.press("/")
    assert page.evaluate("() => document.activeElement.matches('input.md-search__input')")
    page.keyboard.type("capex")
    page.wait_for_selector("li.md-search-result__item")
    visited = []
    for _ in range(8):  # the direct hits (theme, glossary) come first, then the passages
        page.keyboard.press("ArrowDown")
        visited.append(page.evaluate("() => document.activeElement.getAttribute('href') || ''"))
        if "essays/" in visited[-1]:
            break
    assert "themes/capex/" in visited[0], visited
    assert "essays/" in visited[-1], visited
    page.keyboard.press("Enter")
    page.wait_for_url("**/essays/**")


def test_theme_link_is_reached_by_tab_and_opens_its_theme(page, site_url):
    page.goto(site_url + "/essays/pickaxe/")
    for _ in range(200):
        page.keyboard.press("Tab")
        if page.evaluate("() => document.activeElement.classList.contains('edition-theme')"):
            break
    else:
        pytest.fail("no theme link reached by Tab")
    page.keyboard.press("Enter")
    page.wait_for_url("**/themes/**")


def test_apparatus_opens_from_the_keyboard(page, site_url):
    page.goto(site_url + "/essays/pickaxe/")
    page.focus("details.edition-apparatus > summary")
    page.keyboard.press("Enter")
    assert page.evaluate("() => document.querySelector('details.edition-apparatus').open")
