"""Wrong-type and malicious YAML values (issue 12, class 4), from ``tests/hostile/yaml-values.yml``:
each value pasted in place of a text, a number, a list, a mapping, an id and a date in the
editors' files is either accepted or refused with one line ``file:line: message`` — never a
traceback, a hang or a memory blow-up (anchors, aliases and deep nesting are refused outright).
"""

from __future__ import annotations

import re
import shutil
import time
from pathlib import Path

import pytest
import yaml
from conftest import SEEDS
from hostile_fields import CLEAN_ERROR

from scripts.pipeline import build_edition
from scripts.readers.debate import load_debate
from scripts.readers.seeds import read_seeds
from scripts.readers.themes import load_editorial
from scripts.records import EditionError
from scripts.stages.load import load_sources

VALUES = Path(__file__).parent / "hostile" / "yaml-values.yml"
pytestmark = pytest.mark.slow
SETS = ("values", "heldout")  # the development and the held-out set
SECONDS = 5  # no value may take longer than this to accept or refuse

# (file, the line as it stands, the key whose value is replaced): one place per kind of value.
SLOTS = (
    ("edition.yml", "    short: 갤러웨이 요약\n", "text"),
    ("edition.yml", "    subtitle_line: 12\n", "line number"),
    ("edition.yml", "    slug: pickaxe\n", "id"),
    ("edition.yml", "      evidence: [8]\n", "list of line numbers"),
    ("themes.yml", "    label: 엔비디아\n", "theme text"),
    ("themes.yml", "    aliases: [엔비디아, Nvidia, NVIDIA]\n", "list of text"),
    ("questions.yml", "    groups: {affirm: 그렇다, mixed: 유보·조건부, deny: 아니다}\n", "mapping"),
    ("figures.yml", "  amount: 17\n", "number"),
    ("figures.yml", "  date_note: '2025-01-27'\n", "date"),
    ("annotations.yml", "    source: Reuters·Bloomberg, 2025년 1월 27일 보도\n", "note text"),
)


def values() -> list[dict]:
    data = yaml.safe_load(VALUES.read_text(encoding="utf-8"))
    return [value for name in SETS for value in data[name]]


def source_of(value: dict, indent: str) -> str:
    """The YAML source a value stands for (see the file's header)."""
    if "nest" in value:
        text = value["open"] * value["nest"] + value["inner"] + value["close"] * value["nest"]
    else:
        text = value["yaml"] * value.get("repeat", 1)
    text = value.get("prefix", "") + text + value.get("suffix", "")
    return text.replace("\n", "\n" + indent)


@pytest.fixture(scope="module")
def edition():
    return build_edition(SEEDS)


@pytest.fixture(scope="module")
def trial(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("yaml-values") / "seeds"
    shutil.copytree(SEEDS, folder)
    return folder


def read(file: str, folder: Path, edition) -> None:
    seeds = read_seeds(folder)
    if file == "edition.yml":
        load_sources(seeds)
    elif file in ("themes.yml", "glossary.yml", "annotations.yml"):
        load_editorial(seeds)
    else:
        load_debate(seeds, edition)


@pytest.mark.parametrize("slot", SLOTS, ids=lambda slot: slot[2])
def test_every_value_is_accepted_or_refused_with_one_clean_line(slot, trial, edition):
    file, line, _ = slot
    original = (trial / file).read_text(encoding="utf-8")
    assert line in original, line
    key, _, _ = line.partition(":")
    indent = re.match(r"\s*", key).group(0)
    bad = []
    for value in values():
        (trial / file).write_text(original.replace(line, f"{key}: {source_of(value, indent)}\n", 1), encoding="utf-8")
        start = time.perf_counter()
        try:
            read(file, trial, edition)
        except EditionError as exc:
            if not CLEAN_ERROR.match(str(exc)):
                bad.append((value["id"], str(exc)[:200]))
        except Exception as exc:  # noqa: BLE001 - any other exception is the failure this test looks for
            bad.append((value["id"], f"{type(exc).__name__}: {str(exc)[:200]}"))
        if time.perf_counter() - start > SECONDS:
            bad.append((value["id"], f"took {time.perf_counter() - start:.1f} s"))
    (trial / file).write_text(original, encoding="utf-8")
    assert not bad, bad[:8]


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("&a [x, *a]", "YAML anchors (&name) are not allowed; write the value out in full"),
        ("!!python/object/apply:os.system [ls]", "YAML tags (tag:yaml.org,2002:python/object/apply:os.system) are not"),
        ("[" * 40 + "x" + "]" * 40, "nested more than 32 levels deep; the edition's data is flat"),
        ("{? [a, b] : c}", "a key must be a plain word, not a list or a mapping"),
        ('"a\\x07b"', "the text contains U+0007 (BEL); remove it"),
    ],
    ids=["anchor", "python-tag", "deep", "list-key", "control-escape"],
)
def test_what_editors_never_need_is_refused_by_name(trial, edition, value, message):
    file, line = "themes.yml", "    label: 엔비디아\n"
    original = (trial / file).read_text(encoding="utf-8")
    (trial / file).write_text(original.replace(line, f"    label: {value}\n", 1), encoding="utf-8")
    try:
        with pytest.raises(EditionError) as caught:
            read(file, trial, edition)
    finally:
        (trial / file).write_text(original, encoding="utf-8")
    number = original[: original.index(line)].count("\n") + 1
    assert str(caught.value).startswith(f"seeds/themes.yml:{number}: ")
    assert message in str(caught.value)
