"""The chrome lexicon: the built-in ``scripts/stages/chrome.yml`` and the editors' ``seeds/chrome.yml``.

The editors' file extends the built-in entries in the same form, read through the records' schema
(``editorial.ChromeEntry``); each error names file, line and fix. Line numbers in the expected
messages count from the first line of the YAML as written in the test.
"""

from __future__ import annotations

from pathlib import Path
from textwrap import dedent

import pytest

from scripts.readers.chrome import built_in, load_lexicon
from scripts.readers.seeds import read_seeds
from scripts.records import EditionError, EssayMeta, Fact, Source
from scripts.stages.chrome import Lexicon
from scripts.stages.clean import clean

CHROME_KEYS = "kind, lines, contains, patterns, platform, states, body, at, note"


def lexicon_from(tmp_path: Path, yaml_text: str) -> Lexicon:
    folder = tmp_path / "seeds"
    folder.mkdir()
    (folder / "chrome.yml").write_text(dedent(yaml_text).lstrip("\n"), encoding="utf-8")
    return Lexicon(load_lexicon(read_seeds(folder)))


def error(tmp_path: Path, yaml_text: str) -> str:
    with pytest.raises(EditionError) as caught:
        lexicon_from(tmp_path, yaml_text)
    return str(caught.value)


def new_seed(lines: list[str]) -> Source:
    unknown = Fact(None)
    meta = EssayMeta("new.txt", "new", *(unknown,) * 6, from_yaml=False)
    return Source("seeds/new.txt", "new.txt", tuple(lines), meta, sha256="")


# ---------------------------------------------------------------- the built-in lexicon


def test_the_built_in_lexicon_reads_without_error() -> None:
    assert len(built_in()) > 10


def test_every_built_in_entry_says_what_it_is() -> None:
    assert [entry.line for entry in built_in() if not entry.note] == []


# ---------------------------------------------------------------- editors' entries


def test_an_editors_entry_extends_the_lexicon(tmp_path: Path) -> None:
    lexicon = lexicon_from(
        tmp_path,
        """
        chrome:
          - kind: button
            note: 우리 동네 블로그 서비스의 단추
            lines: [응원하기, 책갈피]
        """,
    )
    source = new_seed(["AI 버블은 인프라를 남깁니다. 오늘은 그 이야기를 정리했습니다.", "", "응원하기", "책갈피"])
    assert [line.numbers for line in clean(source, lexicon).lines] == [(1,)]
    assert [line.numbers for line in clean(source).lines] == [(1,), (3,), (4,)]


def test_an_unknown_kind_is_refused(tmp_path: Path) -> None:
    message = error(tmp_path, "chrome:\n  - kind: widget\n    lines: [응원하기]\n")
    assert message.startswith("seeds/chrome.yml:2: 'kind' in a chrome entry must be one of menu, path, button")


def test_an_unknown_key_is_refused(tmp_path: Path) -> None:
    assert error(tmp_path, "chrome:\n  - kind: button\n    words: [응원하기]\n") == (
        f"seeds/chrome.yml:3: unknown key 'words' in a chrome entry; allowed keys: {CHROME_KEYS}"
    )


def test_an_entry_without_words_is_refused(tmp_path: Path) -> None:
    assert error(tmp_path, "chrome:\n  - kind: button\n    note: 빈 항목\n") == (
        "seeds/chrome.yml:2: a chrome entry of kind 'button' needs lines, contains or patterns; add one"
    )


def test_a_phrase_of_a_weak_kind_is_refused(tmp_path: Path) -> None:
    assert error(tmp_path, "chrome:\n  - kind: button\n    contains: [공감]\n") == (
        "seeds/chrome.yml:3: 'contains' is only for kinds notice, credit: a 'button' word inside a sentence "
        "is the author's; list the whole line under 'lines' instead"
    )


def test_a_pattern_that_is_not_a_regular_expression_is_refused(tmp_path: Path) -> None:
    message = error(tmp_path, "chrome:\n  - kind: byline\n    patterns: ['(?P<author>\\S+ 기자']\n")
    assert message.startswith("seeds/chrome.yml:3: 'patterns' in a chrome entry is not a regular expression (")
    assert message.endswith("); fix the pattern or list the words under 'lines'")


def test_a_pattern_group_must_name_a_fact(tmp_path: Path) -> None:
    assert error(tmp_path, "chrome:\n  - kind: byline\n    patterns: ['(?P<name>\\S+) 기자']\n") == (
        "seeds/chrome.yml:3: 'patterns' in a chrome entry names a group 'name'; "
        "groups may only be (?P<author>…), (?P<date>…) or (?P<url>…)"
    )


def test_a_stated_fact_needs_its_group(tmp_path: Path) -> None:
    assert error(tmp_path, "chrome:\n  - kind: byline\n    states: author\n    patterns: ['\\S+ 기자']\n") == (
        "seeds/chrome.yml:3: states: author, but no pattern captures (?P<author>…); add the group to a pattern"
    )


def test_an_editors_byline_states_the_author(tmp_path: Path) -> None:
    lexicon = lexicon_from(
        tmp_path,
        """
        chrome:
          - kind: byline
            states: author
            note: 사내 소식지의 글쓴이 줄
            patterns: ['글·사진 (?P<author>[가-힣]{2,4})']
        """,
    )
    source = new_seed(
        [
            "전력망이라는 병목",
            "글·사진 한서윤",
            "",
            "데이터센터는 2년이면 짓지만 송전망은 10년이 걸린다. 이 시차가 지금 AI 투자의 병목이다.",
            "그래서 전력 회사의 설비 계획을 먼저 읽어야 한다.",
        ]
    )
    meta = clean(source, lexicon).source.meta
    assert (meta.author.value, meta.author.status, meta.author.evidence.lines) == ("한서윤", "stated", (2,))
