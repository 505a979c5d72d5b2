"""Common misspellings (``scripts/emitters/misspellings.yml``, built in) → ``Misspelling`` records,
read through the same schema as every editors' file."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from ..editorial import Misspelling
from .schema import YamlData
from .yamlfile import read_yaml

BUILT_IN = Path(__file__).resolve().parents[1] / "emitters" / "misspellings.yml"


@cache
def misspellings() -> tuple[Misspelling, ...]:
    shown = "scripts/emitters/misspellings.yml"
    data = YamlData(shown, read_yaml(shown, BUILT_IN.read_bytes()), ("misspellings",))
    found = data.unique(data.records("misspellings", Misspelling))
    for entry, mapping in found:
        if entry.wrong == entry.right or entry.wrong.endswith("다") != entry.right.endswith("다"):
            data.fail(
                mapping.line,
                f"'{entry.wrong}' and '{entry.right}': write a verb's two spellings with 다, a noun's without, and make them differ",
            )
    return tuple(entry for entry, _ in found)
