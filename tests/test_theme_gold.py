"""The themes' passages against the theme gold set (``tests/gold/themes.yml``, judged by reading
every block before looking at the matcher): the final membership is the gold exactly, the
analyser alone is precise enough to trust for new texts, and the gold names only passages."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import SEEDS

from scripts.pipeline import build_edition
from scripts.themegold import automatic, read_gold, score

GOLD = Path(__file__).parent / "gold" / "themes.yml"


@pytest.fixture(scope="module")
def edition():
    return build_edition(SEEDS)


@pytest.fixture(scope="module")
def gold(edition):
    return read_gold(GOLD, edition)


def test_every_theme_has_exactly_its_gold_passages(edition, gold):
    departures = {
        s.theme: {"missing": sorted(p.block for p in s.missing), "wrong": sorted(p.block for p in s.wrong)}
        for s in score(edition.annotations, gold)
        if s.missing or s.wrong
    }
    assert departures == {}


def test_the_analyser_alone_is_at_least_90_percent_precise(edition, gold):
    scores = score(automatic(edition), gold)
    found = sum(len(s.found) for s in scores)
    assert sum(len(s.found & s.gold) for s in scores) / found >= 0.90


def test_the_gold_names_no_heading_or_figure(edition, gold):
    kinds = {(e.meta.slug, b.id): b.kind for e in edition.essays for b in e.shown_blocks()}
    assert {kinds[(p.essay, p.block)] for ps in gold.values() for p in ps} <= {"paragraph", "item", "comment"}


def test_the_gold_covers_every_theme(edition, gold):
    assert set(gold) == {t.id for t in edition.annotations.data.themes}
