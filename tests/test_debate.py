"""Questions, claims, figures and the timeline: every kind of citation error stops the build with
one message naming file, line and fix; the figures are normalised and disagreements flagged."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from conftest import SEEDS, copy_project

from scripts.amounts import disagreements, korean_amount
from scripts.editorial import Citation, Figure
from scripts.pipeline import build_edition
from scripts.records import EditionError


@pytest.fixture(scope="module")
def edition():
    return build_edition(SEEDS)


@pytest.fixture
def seeds(tmp_path: Path) -> Path:
    return copy_project(tmp_path / "p") / "seeds"


def error(seeds: Path, name: str, old: str, new: str) -> str:
    path = seeds / name
    text = path.read_text(encoding="utf-8")
    assert old in text, f"fixture text not found in {name}: {old!r}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(EditionError) as caught:
        build_edition(seeds)
    return str(caught.value)


def line_of(seeds: Path, name: str, needle: str) -> int:
    lines = (seeds / name).read_text(encoding="utf-8").splitlines()
    return next(i for i, line in enumerate(lines, 1) if needle in line)


def test_every_question_has_a_stance_or_silence_for_every_essay(edition):
    assert 5 <= len(edition.debate.questions) <= 8
    for q in edition.debate.questions:
        assert set(q.stances) <= {e.meta.slug for e in edition.essays}
        assert len(q.stances) >= 2, f"{q.id}: a question needs at least two essays that answer it"


def test_stance_without_citations(seeds):
    text = (seeds / "questions.yml").read_text(encoding="utf-8")
    start = text.index("        citations:\n          - {block: li-36c8d1")
    end = text.index("      ai-moment:\n        group: affirm")
    (seeds / "questions.yml").write_text(text[:start] + text[end:], encoding="utf-8")
    with pytest.raises(EditionError) as caught:
        build_edition(seeds)
    assert str(caught.value).endswith(
        "'citations' is missing from stance of 'bubble-infrastructure' in question 'is-it-a-bubble'; "
        "add citations: [{block: p-1a2b3c, quote: …}]"
    )


def test_claim_link_within_one_essay(seeds):
    message = error(
        seeds, "claims.yml", "{type: disputes, claim: pickaxe-nvidia}", "{type: disputes, claim: galloway-myth}"
    )
    assert message.endswith("claim 'galloway-consumers' links to 'galloway-myth' in the same essay; links join essays")


def test_claim_quote_not_in_its_block(seeds):
    message = error(seeds, "claims.yml", 'quote: "최첨단 모델의 선도 기간은', 'quote: "최신 모델의 선도 기간은')
    line = line_of(seeds, "claims.yml", "최신 모델의 선도 기간은")
    assert message.startswith(f"seeds/claims.yml:{line - 3}: quote '최신 모델의 선도 기간은")


def test_korean_amounts_read_naturally():
    assert korean_amount(1_400_000_000_000, "USD") == "1.4조 달러"
    assert korean_amount(500_000_000_000, "USD") == "5,000억 달러"
    assert korean_amount(130_000_000_000_000, "KRW") == "130조 원"
    assert korean_amount(17, "%") == "17%"


def test_a_vague_amount_is_never_converted_or_flagged(edition):
    # 003 says "수십, 수백 조" with no currency: its words are kept, nothing is compared with 002's 7조 달러.
    vague = next(f for f in edition.debate.figures if f.id == "altman-fundraising-ms")
    assert (vague.amount, vague.wording) == (None, "수십, 수백 조 (통화 없음)")
    assert disagreements(edition.debate) == {}


def test_figures_on_one_subject_that_disagree_are_flagged(edition):
    def figure(ident: str, essay: str, amount: float, unit: str):
        citation = Citation(essay, "p-000000", None)
        return Figure(ident, ident, "same", citation, unit, amount)

    debate = replace(
        edition.debate,
        figures=(
            figure("usd", "pickaxe", 7e12, "USD"),
            figure("krw", "ms-altman", 133e12, "KRW"),  # ≈ 1,023억 달러 at 1,300원
            figure("near", "ai-moment", 7.5e12, "USD"),  # within 10 % of 7조 달러
            replace(figure("vague", "bubble-infrastructure", 1, "조"), amount=None, wording="수십 조"),
        ),
    )
    flagged = {k: [f.id for f in v] for k, v in disagreements(debate).items()}
    assert flagged == {"usd": ["krw"], "krw": ["usd", "near"], "near": ["krw"]}
