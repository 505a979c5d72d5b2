"""``make review-clean``: the lines kept although they look like chrome, per seed, for the editors."""

from __future__ import annotations

from pathlib import Path

from scripts.review_clean import main, report, review

WIREFRAME = [
    "버튼 여섯 개를 지운 이야기",
    "",
    "처음 만든 화면 위쪽에는 버튼이 여섯 개 있었다. 다른 서비스에서 흔히 보던 것들을 그대로 옮겼다.",
    "",
    "로그인",
    "구독",
    "",
    "사용자 다섯 명에게 물어보니 쓰는 버튼은 하나도 없었다. 그래서 전부 지웠다.",
]


def seeds_with(tmp_path: Path, lines: list[str]) -> Path:
    folder = tmp_path / "seeds"
    folder.mkdir()
    (folder / "new.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


def test_possible_chrome_is_listed_with_its_evidence(tmp_path: Path) -> None:
    found = review(seeds_with(tmp_path, WIREFRAME))
    assert [(path, [(p.line, p.text, p.evidence) for p in possible]) for path, possible in found] == [
        ("seeds/new.txt", [(5, "로그인", "메뉴"), (6, "구독", "버튼")])
    ]


def test_the_report_says_the_lines_stay(tmp_path: Path) -> None:
    assert report(review(seeds_with(tmp_path, WIREFRAME))).splitlines() == [
        "seeds/new.txt: 2 possible chrome line(s)",
        "  5: 로그인  [메뉴]",
        "  6: 구독  [버튼]",
        "2 possible chrome line(s) in 1 seed(s); they stay in the reading text",
    ]


def test_the_five_seeds_have_no_possible_chrome(capsys) -> None:
    assert main([]) == 0
    assert capsys.readouterr().out == "0 possible chrome line(s) in 5 seed(s); they stay in the reading text\n"
