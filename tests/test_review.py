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
    assert review.possible_chrome_lines(edition) == []


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


def test_possible_chrome_is_listed_with_its_seed_line(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    lines = [
        "버튼 여섯 개를 지운 이야기",
        "",
        "처음 만든 화면 위쪽에는 버튼이 여섯 개 있었다. 다른 서비스에서 흔히 보던 것들을 그대로 옮겼다.",
        "",
        "로그인",
        "",
        "사용자 다섯 명에게 물어보니 쓰는 버튼은 하나도 없었다. 그래서 전부 지웠다.",
    ]
    (seeds / "new.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert review.possible_chrome_lines(build_edition(seeds)) == [
        "seeds/new.txt:5: possible chrome '로그인' (메뉴) kept in the reading text; "
        "if it is not the author's, add its words to seeds/chrome.yml"
    ]
