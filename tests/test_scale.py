"""A larger edition (the five essays and 40 synthetic ones, bench/corpus.py) as a reader meets it:
the sidebar grouped and pruned, cross-essay pages quoting the essays that say the most and
listing the rest, every link and anchor resolving. Sizes and times are in `make bench`."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from conftest import copy_project, mkdocs
from test_links import parse, resolve

from bench.corpus import generate

pytestmark = pytest.mark.build


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    root = copy_project(tmp_path_factory.mktemp("large"))
    generate(40, root / "seeds")
    done = mkdocs(root, "build", "--site-dir", str(root / "site"))
    assert done.returncode == 0, done.stderr
    return root / "site"


def nav_essay_links(site: Path, html: str) -> list[str]:
    """The essays the page's sidebar links to."""
    slugs = {e["url"].strip("/").split("/")[-1] for e in json.loads((site / "edition.json").read_text())["essays"]}
    nav = html[html.index('<nav class="md-nav md-nav--primary"') :]
    return [s for s in re.findall(r'<a href="[^"]*?([^/"]+)/" class="md-nav__link', nav) if s in slugs]


def test_sidebar_lists_essays_in_groups_and_renders_only_the_open_one(site):
    html = (site / "essays" / "galloway-deepseek" / "index.html").read_text(encoding="utf-8")
    assert "1–30" in html and "31–45" in html
    shown = nav_essay_links(site, html)
    assert 20 < len(shown) <= 31, shown  # its own group (plus a link standing for the other group)
    assert len(nav_essay_links(site, (site / "index.html").read_text(encoding="utf-8"))) <= 2


def test_theme_page_quotes_thirty_essays_and_lists_the_rest(site):
    html = (site / "themes" / "ai-bubble" / "index.html").read_text(encoding="utf-8")
    quoted = re.findall(r'<div class="edition-theme-essay">', html)
    listed = re.findall(r'<li id="essay-[^"]+"><a href="[^"]+#', html)
    assert len(quoted) == 30
    assert listed and "그 밖의 글" in html
    grid = (site / "themes" / "index.html").read_text(encoding="utf-8")
    assert "30편만 싣고" in grid


def test_every_link_and_anchor_of_the_larger_edition_resolves(site):
    pages = {p: parse(p) for p in site.rglob("*.html")}
    broken = []
    for page, parsed in pages.items():
        for link in parsed.links:
            target = resolve(site, page, link)
            if target and not target[0].exists():
                broken.append(f"{page.relative_to(site)}: {link}")
            elif target and target[1] and target[0].suffix == ".html" and target[1] not in pages[target[0]].ids:
                broken.append(f"{page.relative_to(site)}: {link} (no #{target[1]})")
    assert not broken, broken[:20]
