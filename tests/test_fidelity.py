"""Fidelity of the five real seeds: nothing lost, nothing doubled, the chrome really gone.

Every non-blank source line must be accounted for: it is a block of the reading text (title,
subtitle, headings, paragraphs, items without their bullet, figures), or it is quoted in the
apparatus, which is where lines rewritten by a rule (hashtags) or removed by one are kept.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from scripts.readers.seeds import read_seeds
from scripts.records import Essay
from scripts.stages.clean import clean
from scripts.stages.load import load_sources
from scripts.stages.structure import BULLET, structure

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
ESSAYS = {source.meta.slug: structure(clean(source)) for source in load_sources(read_seeds(SEEDS))[0]}
EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")


def reading_blocks(essay: Essay) -> list[str]:
    return [block.text for block in (essay.title_block, essay.subtitle, *essay.blocks()) if block]


def reading_text(essay: Essay) -> str:
    return "\n".join([essay.title, *reading_blocks(essay)])


def apparatus_lines(essay: Essay) -> set[str]:
    return {line.strip() for entry in essay.apparatus for line in entry.text.split("\n")}


@pytest.mark.parametrize("slug", ESSAYS)
def test_every_source_line_is_read_or_recorded(slug: str) -> None:
    essay = ESSAYS[slug]
    read, recorded = {essay.title, *reading_blocks(essay)}, apparatus_lines(essay)
    missing = [
        (number, line)
        for number, line in enumerate(essay.source.lines, 1)
        if line.strip() and BULLET.sub("", line.strip()) not in read and line.strip() not in recorded
    ]
    assert missing == []


@pytest.mark.parametrize("slug", ESSAYS)
def test_lines_rewritten_by_hashtags_are_quoted_in_the_apparatus(slug: str) -> None:
    essay = ESSAYS[slug]
    rewritten = [n for entry in essay.apparatus if entry.rule == "hashtags" for n in entry.lines]
    recorded = apparatus_lines(essay)
    assert [n for n in rewritten if essay.source.lines[n - 1].strip() not in recorded] == []


@pytest.mark.parametrize("slug", ESSAYS)
def test_no_block_is_read_twice(slug: str) -> None:
    blocks = reading_blocks(ESSAYS[slug])
    assert sorted({text for text in blocks if blocks.count(text) > 1}) == []


# ---------------------------------------------------------------- 001: lone "-" bullets


def test_bubble_infrastructure_has_no_empty_item() -> None:
    items = [block for block in ESSAYS["bubble-infrastructure"].blocks() if block.kind == "item"]
    assert [block.lines for block in items if block.text.strip() in ("", "-")] == []


def test_bubble_infrastructure_joins_each_lone_dash_with_its_item() -> None:
    joined = [block.lines for block in ESSAYS["bubble-infrastructure"].blocks() if len(block.lines) > 1]
    assert joined == [(1, 2), (24, 25), (33, 34), (35, 36), (70, 71)]


# ---------------------------------------------------------------- 002: Brunch page


@pytest.mark.parametrize("chrome", ["brunch", "You can make anything", "C.S.Lewis", "구독", "매거진의 이전글"])
def test_pickaxe_reading_text_has_no_platform_text(chrome: str) -> None:
    assert chrome not in reading_text(ESSAYS["pickaxe"])


def test_pickaxe_keeps_its_three_figures() -> None:
    figures = [block.lines for block in ESSAYS["pickaxe"].blocks() if block.kind == "figure"]
    assert figures == [(18,), (27,), (45,)]


# ---------------------------------------------------------------- 003: Naver blog


def test_ms_altman_reading_text_has_no_email_address() -> None:
    assert EMAIL.findall(reading_text(ESSAYS["ms-altman"])) == []


def test_ms_altman_reading_text_has_no_blog_address() -> None:
    assert "blog.naver.com" not in reading_text(ESSAYS["ms-altman"])


def test_ms_altman_hashtags_become_tags() -> None:
    assert ESSAYS["ms-altman"].tags[:3] == ("마이크로소프트", "코파일럿", "Bing")


# ---------------------------------------------------------------- 004: text pasted twice


def test_ai_moment_reads_each_paragraph_once() -> None:
    kinds = [block.kind for block in ESSAYS["ai-moment"].blocks()]
    assert (len(kinds), kinds.count("paragraph")) == (27, 23)


def test_ai_moment_records_lines_30_to_53_as_a_repeat_of_1_to_29() -> None:
    repeats = [entry for entry in ESSAYS["ai-moment"].apparatus if entry.rule == "repeated-lines"]
    assert [(entry.lines, entry.reason.endswith("(1–29행의 반복)")) for entry in repeats] == [
        (tuple(range(30, 54)), True)
    ]
