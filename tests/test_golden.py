"""Golden files: the generated pages of the home page and the five essays, as the files any engine
builds (Markdown headings, the HTML fragments inline), compared exactly.

``make golden`` (``pytest tests/test_golden.py --update-goldens``) rewrites ``tests/golden/``
from the current output; review the diff before committing it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from scripts.pipeline import build_edition, render_pages

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
GOLDEN = Path(__file__).parent / "golden"
ESSAYS = ("galloway-deepseek", "bubble-infrastructure", "pickaxe", "ms-altman", "ai-moment")
PAGES = {"index": "index.md", **{slug: f"essays/{slug}.md" for slug in ESSAYS}}


@pytest.fixture(scope="module")
def markdown() -> dict[str, str]:
    """Generated pages by ``src_uri``."""
    return {page.src_uri: page.markdown() for page in render_pages(build_edition(SEEDS))}


@pytest.mark.parametrize("name", PAGES)
def test_page_matches_its_golden_file(name: str, markdown: dict[str, str], update_goldens: bool) -> None:
    golden = GOLDEN / f"{name}.md"
    generated = markdown[PAGES[name]]
    if update_goldens:
        golden.write_text(generated, encoding="utf-8")
        return
    assert golden.exists(), f"{golden} is missing; run 'make golden' and review the diff"
    assert generated == golden.read_text(encoding="utf-8")


def test_every_essay_page_has_a_golden_file(markdown: dict[str, str]) -> None:
    generated = sorted(uri.removeprefix("essays/").removesuffix(".md") for uri in markdown if uri.startswith("essays/"))
    assert generated == sorted(ESSAYS)
