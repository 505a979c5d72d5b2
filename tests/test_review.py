"""``make review`` finds what a human must check, and finds nothing in the edition as it stands.
Each check is also shown to catch the error it looks for."""

from __future__ import annotations

from dataclasses import replace

import pytest
from conftest import SEEDS

from scripts import review
from scripts.pipeline import build_edition


@pytest.fixture(scope="module")
def edition():
    return build_edition(SEEDS)


def test_the_edition_as_it_stands_needs_no_review(edition):
    assert review.stance_labels(edition) == []
    assert review.backwards_links(edition) == []
    assert review.currencies(edition.debate) == []
    assert review.unmarked_notes(edition) == []
    assert review.themes(edition, review.ROOT / "tests" / "gold" / "themes.yml") == []


def test_a_label_its_quote_does_not_carry_is_listed(edition):
    question = edition.debate.questions[0]
    essay, stance = next(iter(question.stances.items()))
    bad = replace(question, stances={**question.stances, essay: replace(stance, label="엔비디아의 독주는 영원하다")})
    debate = replace(edition.debate, questions=(bad, *edition.debate.questions[1:]))
    found = review.stance_labels(replace(edition, debate=debate))
    assert len(found) == 1 and "엔비디아, 독주, 영원" in found[0]


def test_a_link_that_runs_backwards_in_time_is_listed(edition):
    claims = {c.id: c for c in edition.debate.claims}
    old, new = next(
        (a, b)
        for a in claims.values()
        for b in claims.values()
        if a.citation.essay == "pickaxe" and b.citation.essay == "ms-altman"
    )
    link = type(edition.debate.links[0])("extends", old.id, new.id)  # 2024-02 "extends" 2024-03 or later
    found = review.backwards_links(replace(edition, debate=replace(edition.debate, links=(link,))))
    assert len(found) == 1 and "which is later" in found[0]


def test_a_figure_in_won_whose_quote_names_no_currency_is_listed(edition):
    figure = next(f for f in edition.debate.figures if f.unit == "KRW")
    vague = replace(figure, citation=replace(figure.citation, quote="133조"))
    found = review.currencies(replace(edition.debate, figures=(vague,)))
    assert len(found) == 1 and "names no currency" in found[0]
