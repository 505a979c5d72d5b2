"""The editors' ``seeds/edition.yml``: shape validation, each error naming file, line and fix.

Each test writes its own edition.yml (line numbers in the expected messages count from the
first line of the YAML as written in the test).
"""

from __future__ import annotations

from pathlib import Path
from textwrap import dedent

import pytest

from scripts.readers.edition import EssaySpec, load_specs
from scripts.readers.seeds import read_seeds
from scripts.records import EditionError

ESSAY_KEYS = (
    "source, slug, title, author, platform, kind, url, date, gist, short, subtitle_line, encoding, headings, paragraphs"
)


def specs(tmp_path: Path, yaml_text: str) -> dict[str, EssaySpec]:
    folder = tmp_path / "seeds"
    folder.mkdir()
    (folder / "edition.yml").write_text(dedent(yaml_text).lstrip("\n"), encoding="utf-8")
    return load_specs(read_seeds(folder))


def error(tmp_path: Path, yaml_text: str) -> str:
    with pytest.raises(EditionError) as caught:
        specs(tmp_path, yaml_text)
    return str(caught.value)


# ---------------------------------------------------------------- malformed YAML


def test_tab_indentation_is_malformed_yaml_at_its_line(tmp_path: Path) -> None:
    yaml_text = "essays:\n  - source: a.txt\n\tslug: pickaxe\n"
    assert error(tmp_path, yaml_text) == (
        "seeds/edition.yml:3: malformed YAML: found character '\\t' that cannot start any token"
    )


def test_colon_in_plain_text_is_malformed_yaml_at_its_line(tmp_path: Path) -> None:
    yaml_text = """
        essays:
          - source: a.txt
            slug: pickaxe
            gist: 요약: 곡괭이를 파는 회사
        """
    assert error(tmp_path, yaml_text) == "seeds/edition.yml:4: malformed YAML: mapping values are not allowed here"


# ---------------------------------------------------------------- keys


def test_unknown_top_level_key(tmp_path: Path) -> None:
    yaml_text = """
        essays: []
        themes: []
        """
    assert error(tmp_path, yaml_text) == (
        "seeds/edition.yml:2: unknown key 'themes' at the top level; allowed keys: essays"
    )


def test_unknown_essay_key(tmp_path: Path) -> None:
    yaml_text = """
        essays:
          - source: a.txt
            titel: 청바지인 줄 알았는데, 곡괭이였네
        """
    assert error(tmp_path, yaml_text) == (
        f"seeds/edition.yml:3: unknown key 'titel' in an essay; allowed keys: {ESSAY_KEYS}"
    )


def test_unknown_fact_key(tmp_path: Path) -> None:
    yaml_text = """
        essays:
          - source: a.txt
            author:
              value: 이재훈
              status: stated
              evidance: [8]
        """
    assert error(tmp_path, yaml_text) == (
        "seeds/edition.yml:6: unknown key 'evidance' in 'author' of an essay; allowed keys: value, status, evidence, precision, note, role"
    )


def test_duplicate_key(tmp_path: Path) -> None:
    yaml_text = """
        essays:
          - source: a.txt
            slug: pickaxe
            gist: 곡괭이 이야기
            slug: jeans
        """
    assert error(tmp_path, yaml_text) == "seeds/edition.yml:5: duplicate key 'slug' (each key may appear once)"


# ---------------------------------------------------------------- essays


def test_duplicate_essay(tmp_path: Path) -> None:
    yaml_text = """
        essays:
          - source: a.txt
            slug: pickaxe
          - source: a.txt
            slug: jeans
        """
    assert error(tmp_path, yaml_text) == "seeds/edition.yml:4: essay 'a.txt' is listed twice; keep one entry"


def test_duplicate_slug(tmp_path: Path) -> None:
    yaml_text = """
        essays:
          - source: a.txt
            slug: pickaxe
          - source: b.txt
            slug: pickaxe
        """
    assert error(tmp_path, yaml_text) == (
        "seeds/edition.yml:4: slug 'pickaxe' is used by 'a.txt' and 'b.txt'; slugs must differ"
    )


def test_slug_must_be_lower_case(tmp_path: Path) -> None:
    yaml_text = """
        essays:
          - source: a.txt
            slug: Pickaxe
        """
    assert error(tmp_path, yaml_text) == (
        "seeds/edition.yml:3: 'slug' in an essay must be lower-case letters, digits and '-' "
        "(at most 64, starting and ending with a letter or digit)"
    )


def test_essay_without_source(tmp_path: Path) -> None:
    yaml_text = """
        essays:
          - slug: pickaxe
        """
    assert error(tmp_path, yaml_text) == (
        "seeds/edition.yml:2: 'source' is missing from an essay; add source: 002_f509822b59faf0ea.txt"
    )


def test_essays_must_be_a_list(tmp_path: Path) -> None:
    yaml_text = """
        essays:
          source: a.txt
        """
    assert error(tmp_path, yaml_text) == (
        "seeds/edition.yml:1: 'essays' must be a list of essays, not a mapping; start each with '- '"
    )


def test_essays_key_without_entries_means_no_editorial_data(tmp_path: Path) -> None:
    assert specs(tmp_path, "essays:\n") == {}


def test_missing_file_means_no_editorial_data(tmp_path: Path) -> None:
    assert load_specs(read_seeds(tmp_path)) == {}


# ---------------------------------------------------------------- facts


def test_bad_status(tmp_path: Path) -> None:
    yaml_text = """
        essays:
          - source: a.txt
            author:
              value: 이재훈
              status: probable
              evidence: [8]
        """
    assert error(tmp_path, yaml_text) == (
        "seeds/edition.yml:5: 'status' in 'author' of an essay must be one of stated, inferred, supplied, not 'probable'"
    )


@pytest.mark.parametrize("date", ["2024/02", "24-02-19", "2024-2", "Feb 19. 2024"])
def test_bad_date_format(tmp_path: Path, date: str) -> None:
    yaml_text = f"""
        essays:
          - source: a.txt
            date:
              value: "{date}"
              status: stated
              evidence: [8]
        """
    assert error(tmp_path, yaml_text) == (
        f"seeds/edition.yml:3: 'date' is '{date}'; write a date as YYYY, YYYY-MM or YYYY-MM-DD"
    )


def test_bad_date_precision(tmp_path: Path) -> None:
    yaml_text = """
        essays:
          - source: a.txt
            date:
              value: "2024-08"
              precision: week
              status: inferred
              evidence: [1]
        """
    assert error(tmp_path, yaml_text) == (
        "seeds/edition.yml:5: 'precision' in 'date' of an essay must be one of day, month, year, after, not 'week'"
    )


def test_precision_only_for_dates(tmp_path: Path) -> None:
    yaml_text = """
        essays:
          - source: a.txt
            title:
              value: 곡괭이
              status: supplied
              precision: day
        """
    assert error(tmp_path, yaml_text) == "seeds/edition.yml:3: 'precision' is only for dates, not 'title'"


@pytest.mark.parametrize("status", ["stated", "inferred"])
def test_status_without_evidence(tmp_path: Path, status: str) -> None:
    yaml_text = f"""
        essays:
          - source: a.txt
            author:
              value: 이재훈
              status: {status}
        """
    assert error(tmp_path, yaml_text) == (
        f"seeds/edition.yml:3: 'author' is {status} but has no evidence; give the seed line(s) it rests on, e.g. [8]"
    )


def test_evidence_must_be_line_numbers(tmp_path: Path) -> None:
    yaml_text = """
        essays:
          - source: a.txt
            author:
              value: 이재훈
              status: stated
              evidence: [0]
        """
    assert error(tmp_path, yaml_text) == (
        "seeds/edition.yml:6: 'evidence' in 'author' of an essay must be a seed line number (1 or more)"
    )


def test_text_fact_is_supplied_by_the_editors(tmp_path: Path) -> None:
    yaml_text = """
        essays:
          - source: a.txt
            title: 버블은 무엇을 남기는가
        """
    title = specs(tmp_path, yaml_text)["a.txt"].title
    assert (title.value, title.status, title.line) == ("버블은 무엇을 남기는가", "supplied", 3)


@pytest.mark.parametrize(("date", "precision"), [("2024", "year"), ("2024-08", "month"), ("2024-02-19", "day")])
def test_date_precision_follows_the_value(tmp_path: Path, date: str, precision: str) -> None:
    yaml_text = f"""
        essays:
          - source: a.txt
            date: {date}
        """
    assert specs(tmp_path, yaml_text)["a.txt"].date.precision == precision


def test_null_fact_is_unknown(tmp_path: Path) -> None:
    yaml_text = """
        essays:
          - source: a.txt
            url: null
        """
    assert specs(tmp_path, yaml_text)["a.txt"].url is None


# ---------------------------------------------------------------- found by review


def test_unclosed_quote_is_reported_where_the_quote_opens(tmp_path: Path) -> None:
    yaml_text = 'essays:\n  - source: a.txt\n    gist: "곡괭이를 파는 회사\n    slug: pickaxe\n'
    assert error(tmp_path, yaml_text).startswith("seeds/edition.yml:3: malformed YAML:")


def test_impossible_month_is_not_a_date(tmp_path: Path) -> None:
    yaml_text = """
        essays:
          - source: a.txt
            date: {value: "2024-13", status: supplied}
        """
    assert error(tmp_path, yaml_text) == "seeds/edition.yml:3: 'date' is '2024-13', which is not a real date"


def test_true_is_not_a_line_number(tmp_path: Path) -> None:
    yaml_text = """
        essays:
          - source: a.txt
            author: {value: 이재훈, status: stated, evidence: [true]}
        """
    assert error(tmp_path, yaml_text) == (
        "seeds/edition.yml:3: 'evidence' in 'author' of an essay must be a whole number, not true/false (true)"
    )
