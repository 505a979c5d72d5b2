"""The cleaning rules, case by case.

Each ``tests/cases/clean/<rule>--<case>.yml`` holds raw seed lines (``source``) and what
``clean`` must make of them: the reading lines (``lines``, ``text``; ``role`` when not
``text``; ``spans`` when any), the apparatus entries (``rule``, source ``lines``; ``detail``,
the parenthesised end of the reason, when any) and the essay's ``tags``. Cases that expect
an empty apparatus are the rules' negative cases: text that must not be taken for chrome.
Optional: ``stated`` (the title, subtitle line, author, date and URL the page states, each
``{value, line}``) and ``possible`` (lines kept although they look like chrome).
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from scripts.records import CleanText, EssayMeta, Fact, Source
from scripts.stages.clean import RULES, clean

CASES = sorted((Path(__file__).parent / "cases" / "clean").glob("*.yml"))
REASONS = {rule.name: rule.reason for rule in RULES}


def case_source(lines: list[str]) -> Source:
    """A seed with no editorial data, as ``load`` makes one for a file missing from edition.yml."""
    unknown = Fact(None)
    meta = EssayMeta("case.txt", "case", unknown, unknown, unknown, unknown, unknown, unknown, from_yaml=False)
    return Source("seeds/case.txt", "case.txt", tuple(lines), meta, sha256="")


def detail(rule: str, reason: str) -> str:
    """What the change adds to its rule's reason: ``"reason (detail)"`` → ``"detail"``."""
    return reason[len(REASONS[rule]) + 2 : -1] if reason != REASONS[rule] else ""


def observed(result: CleanText) -> dict:
    return {
        "reading": [
            {
                "lines": list(line.numbers),
                "text": line.text,
                "role": line.role,
                "spans": [vars(span) for span in line.spans],
            }
            for line in result.lines
        ],
        "apparatus": [
            {"rule": entry.rule, "lines": list(entry.lines), "detail": detail(entry.rule, entry.reason)}
            for entry in result.apparatus
        ],
        "tags": list(result.tags),
    }


def expected(case: dict) -> dict:
    return {
        "reading": [{"role": "text", "spans": [], **line} for line in case["reading"]],
        "apparatus": [{"detail": "", **entry} for entry in case["apparatus"]],
        "tags": case.get("tags", []),
    }


def read_case(path: Path) -> dict:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def stated(result: CleanText) -> dict:
    """What the page states, as the case writes it."""
    meta = result.source.meta
    found = {
        key: {"value": fact.value, "line": fact.evidence.lines[0]}
        for key in ("title", "author", "date", "url")
        if (fact := getattr(meta, key)).status == "stated"
    }
    if meta.subtitle_line:
        found["subtitle"] = {"line": meta.subtitle_line}
    return found


@pytest.mark.parametrize("path", CASES, ids=lambda path: path.stem)
def test_cleaning_case(path: Path) -> None:
    case = read_case(path)
    result = clean(case_source(case["source"]))
    assert observed(result) == expected(case)
    if "stated" in case:
        assert stated(result) == case["stated"]
    if "possible" in case:
        assert [found.line for found in result.possible] == case["possible"]


def test_every_case_file_is_named_for_a_rule() -> None:
    assert [path.name for path in CASES if path.stem.split("--")[0] not in REASONS] == []


def test_every_rule_has_a_case_where_it_applies() -> None:
    applied = {entry["rule"] for path in CASES for entry in read_case(path)["apparatus"]}
    assert [name for name in REASONS if name not in applied] == []


def test_apparatus_quotes_the_source_lines_unchanged() -> None:
    result = clean(case_source(["-", "", "미국 인구 대부분을 온라인으로 전환  "]))
    assert [entry.text for entry in result.apparatus] == [
        "미국 인구 대부분을 온라인으로 전환  ",
        "-\n미국 인구 대부분을 온라인으로 전환  ",
    ]


def test_the_editors_metadata_wins_over_what_the_page_states() -> None:
    page = ["블로그", "카테고리 이동", "", "전력망이라는 병목", "느린투자자", "2025. 4. 2. 21:15", "이웃추가", ""]
    page += ["데이터센터는 2년이면 짓지만 송전망은 10년이 걸린다. 이 시차가 지금 AI 투자의 병목이다."]
    editors = Fact("편집자가 붙인 제목", "supplied")
    unknown = Fact(None)
    meta = EssayMeta("case.txt", "case", editors, unknown, unknown, unknown, unknown, unknown)
    result = clean(Source("seeds/case.txt", "case.txt", tuple(page), meta, sha256=""))
    assert result.source.meta == meta
    assert [entry.rule for entry in result.apparatus] == ["platform-head", "platform-head"]


def test_a_new_seed_takes_what_the_page_states() -> None:
    page = ["블로그", "카테고리 이동", "", "전력망이라는 병목", "느린투자자", "2025. 4. 2. 21:15", "이웃추가", ""]
    page += ["데이터센터는 2년이면 짓지만 송전망은 10년이 걸린다. 이 시차가 지금 AI 투자의 병목이다."]
    meta = clean(case_source(page)).source.meta
    assert [
        (key, getattr(meta, key).value, getattr(meta, key).evidence.quote) for key in ("title", "author", "date")
    ] == [
        ("title", "전력망이라는 병목", "전력망이라는 병목"),
        ("author", "느린투자자", "느린투자자"),
        ("date", "2025-04-02", "2025. 4. 2. 21:15"),
    ]
