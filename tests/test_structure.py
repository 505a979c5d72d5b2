"""The structure stage: titles, headings, items, comments and block ids.

Each ``tests/cases/structure/<what>--<case>.yml`` holds clean reading lines (``source``: a
string, or ``{text, role}`` for a figure line) and the essay ``structure`` must make of them.
``meta`` gives what the editors state (``title``, ``subtitle_line``, ``headings``,
``paragraphs``, and ``untitled`` when cleaning found a page with no title of its own); without
it the editors have supplied the title "편집자가 붙인 제목", and ``title: null`` is a seed without
an edition.yml entry. Blocks list ``kind``, ``lines`` and
``text``, plus ``level`` for headings and ``spans`` when any.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
import yaml

from scripts.readers.seeds import read_seeds
from scripts.records import Block, CleanText, EditionError, Essay, EssayMeta, Evidence, Fact, Line, Source
from scripts.stages.clean import clean
from scripts.stages.load import load_sources
from scripts.stages.structure import structure

CASES = sorted((Path(__file__).parent / "cases" / "structure").glob("*.yml"))
SEEDS = Path(__file__).resolve().parents[1] / "seeds"
SUPPLIED_TITLE = {"value": "편집자가 붙인 제목", "status": "supplied"}


def case_fact(fact: dict | None) -> Fact:
    if fact is None:
        return Fact(None)
    evidence = Evidence(tuple(fact["evidence"]), "") if fact.get("evidence") else None
    return Fact(fact["value"], fact["status"], evidence)


def case_essay(source: list, meta: dict | None = None) -> Essay:
    """Structure clean lines directly, so a case tests this stage alone."""
    meta = meta or {}
    unknown = Fact(None)
    essay_meta = EssayMeta(
        "case.txt",
        "case",
        case_fact(meta.get("title", SUPPLIED_TITLE)),
        *(unknown,) * 5,
        subtitle_line=meta.get("subtitle_line"),
        headings=tuple(meta.get("headings", ())),
        paragraphs=tuple(meta.get("paragraphs", ())),
    )
    lines = tuple(
        Line((n,), entry) if isinstance(entry, str) else Line((n,), entry["text"], entry["role"])
        for n, entry in enumerate(source, 1)
        if (entry if isinstance(entry, str) else entry["text"]).strip()
    )
    texts = tuple(entry if isinstance(entry, str) else entry["text"] for entry in source)
    source = Source("seeds/case.txt", "case.txt", texts, essay_meta, sha256="")
    return structure(CleanText(source, lines, (), untitled=meta.get("untitled", False)))


def block_fields(block: Block | None) -> dict | None:
    if block is None:
        return None
    spans = [vars(span) for span in block.spans]
    return {"kind": block.kind, "level": block.level, "lines": list(block.lines), "text": block.text, "spans": spans}


def observed(essay: Essay) -> dict:
    return {
        "title": essay.title,
        "title_block": block_fields(essay.title_block),
        "subtitle": block_fields(essay.subtitle),
        "sections": [
            {
                "heading": block_fields(section.heading),
                "comments": section.is_comments,
                "blocks": [block_fields(block) for block in section.blocks],
            }
            for section in essay.sections
        ],
    }


def expected(case: dict) -> dict:
    def full(block: dict | None) -> dict | None:
        return None if block is None else {"level": 0, "spans": [], **block}

    return {
        "title": case["title"],
        "title_block": full(case.get("title_block")),
        "subtitle": full(case.get("subtitle")),
        "sections": [
            {
                "heading": full(section["heading"]),
                "comments": section.get("comments", False),
                "blocks": [full(block) for block in section["blocks"]],
            }
            for section in case["sections"]
        ],
    }


@pytest.mark.parametrize("path", CASES, ids=lambda path: path.stem)
def test_structure_case(path: Path) -> None:
    case = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert observed(case_essay(case["source"], case.get("meta"))) == expected(case)


# ---------------------------------------------------------------- block ids


def ids_by_text(essay: Essay) -> dict[str, str]:
    return {block.text: block.id for block in essay.blocks()}


def real_sources() -> list[Source]:
    return load_sources(read_seeds(SEEDS))[0]


def test_same_text_gets_the_same_id_wherever_it_stands() -> None:
    sentence = "엔비디아는 곡괭이를 파는 회사입니다."
    alone = case_essay([sentence])
    later = case_essay(["AI 반도체의 지위", "청바지가 아니라 곡괭이라는 비유가 더 알맞습니다.", sentence])
    assert ids_by_text(alone)[sentence] == ids_by_text(later)[sentence]


def test_id_prefix_names_the_block_kind() -> None:
    essay = case_essay(["자전거 & 백신", "- 정부 지원 또는 대학 개발", "사회 전체에 혜택이 돌아갔습니다."])
    assert [block.id.split("-")[0] for block in essay.blocks()] == ["h", "li", "p"]


def test_a_repeated_text_gets_a_numbered_id() -> None:
    sentence = "투자와 수익의 측면에서 바라본 거품이죠."
    first, second = (block.id for block in case_essay([sentence, sentence]).blocks())
    assert second == f"{first}-2"


def test_an_inserted_line_leaves_the_other_ids_alone() -> None:
    source = next(s for s in real_sources() if s.meta.slug == "pickaxe")
    inserted = "편집자가 끼워 넣은 새 단락입니다."
    lines = source.lines[:60] + (inserted,) + source.lines[60:]
    before = {block.id for block in structure(clean(source)).blocks()}
    after = {block.id for block in structure(clean(replace(source, lines=lines))).blocks()}
    assert after - before == {ids_by_text(case_essay([inserted]))[inserted]}
    assert before <= after


def test_ids_do_not_depend_on_the_order_of_the_seeds() -> None:
    sources = real_sources()
    in_order = {s.meta.slug: [b.id for b in structure(clean(s)).blocks()] for s in sources}
    reversed_order = {s.meta.slug: [b.id for b in structure(clean(s)).blocks()] for s in reversed(sources)}
    assert in_order == reversed_order


@pytest.mark.parametrize("source", real_sources(), ids=lambda source: source.meta.slug)
def test_block_ids_are_unique_in_each_seed(source: Source) -> None:
    essay = structure(clean(source))
    ids = [block.id for block in (essay.title_block, essay.subtitle, *essay.blocks()) if block]
    assert len(ids) == len(set(ids))


# ---------------------------------------------------------------- errors


def test_a_seed_with_nothing_left_after_cleaning_is_an_error() -> None:
    unknown = Fact(None)
    meta = EssayMeta("chrome.txt", "chrome", *(unknown,) * 6, from_yaml=False)
    source = Source("seeds/chrome.txt", "chrome.txt", ("brunch", "", "-"), meta, sha256="")
    with pytest.raises(EditionError) as caught:
        structure(clean(source))
    assert str(caught.value) == (
        "seeds/chrome.txt: nothing is left to read after cleaning (every line was removed); check the seed"
    )
