"""Editors' mistakes, case by case: each ``tests/cases/editorial/*.yml`` changes one of the real
seeds' YAML files (``replace`` → ``with``) and gives the one error line the build must print.
``make golden`` rewrites the expected lines after an intended change; review the diff."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml
from conftest import SEEDS

from scripts.pipeline import build_edition
from scripts.records import EditionError

CASES = sorted((Path(__file__).parent / "cases" / "editorial").glob("*.yml"))


@pytest.mark.parametrize("path", CASES, ids=lambda path: path.stem)
def test_editorial_case(path: Path, tmp_path: Path, update_goldens: bool) -> None:
    text = path.read_text(encoding="utf-8")
    case = yaml.safe_load(text)
    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    original = (seeds / case["file"]).read_text(encoding="utf-8")
    assert case["replace"] in original, f"{path.name}: the text to replace is no longer in seeds/{case['file']}"
    (seeds / case["file"]).write_text(original.replace(case["replace"], case["with"], 1), encoding="utf-8")
    with pytest.raises(EditionError) as caught:
        build_edition(seeds)
    if update_goldens:
        comment = "".join(line + "\n" for line in text.splitlines() if line.startswith("#"))
        case["error"] = str(caught.value)
        path.write_text(
            comment + yaml.safe_dump(case, allow_unicode=True, sort_keys=False, width=200), encoding="utf-8"
        )
        return
    assert str(caught.value) == case["error"]
