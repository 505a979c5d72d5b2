"""The theme gold set (``tests/gold/themes.yml``) against the edition's theme passages.

The gold names, for every theme, the blocks that speak to it — judged by reading every block,
before looking at the matcher — by essay and first seed line (stable across rebuilds). ``score``
compares it with the passages found automatically (the analyser's matches alone, ``automatic``)
and with the final membership (after the editors' tags and suppressions). Used by ``make bench-themes``, the test
that keeps the final membership equal to the gold, and ``make review``.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

import yaml

from .analyse import analyser
from .records import Annotations, Edition, Passage
from .stages.annotate import annotate, user_words


@dataclass(frozen=True)
class Score:
    theme: str
    gold: frozenset[Passage]
    found: frozenset[Passage]

    @property
    def precision(self) -> float:
        return len(self.found & self.gold) / len(self.found) if self.found else 1.0

    @property
    def recall(self) -> float:
        return len(self.found & self.gold) / len(self.gold) if self.gold else 1.0

    @property
    def missing(self) -> frozenset[Passage]:
        return self.gold - self.found

    @property
    def wrong(self) -> frozenset[Passage]:
        return self.found - self.gold


def read_gold(path: Path, edition: Edition) -> dict[str, frozenset[Passage]]:
    """Theme id → the gold passages, resolved to block ids by essay and first seed line."""
    by_line = {(e.meta.slug, b.lines[0]): Passage(e.meta.slug, b.id) for e in edition.essays for b in e.shown_blocks()}
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return {
        theme: frozenset(by_line[(entry["essay"], entry["line"])] for entry in entries or [])
        for theme, entries in data["themes"].items()
    }


def theme_passages(annotations: Annotations) -> dict[str, frozenset[Passage]]:
    """Theme id → its passages."""
    return {t.id: frozenset(annotations.index.get(("theme", t.id), ())) for t in annotations.data.themes}


def automatic(edition: Edition, cache_dir: Path | None = None) -> Annotations:
    """The analyser's matches alone: the edition annotated without the editors' tags and suppressions."""
    data = replace(edition.annotations.data, tags=(), suppressions=())
    return annotate(edition, data, analyser(user_words(data)), cache_dir)


def score(annotations: Annotations, gold: dict[str, frozenset[Passage]]) -> list[Score]:
    found = theme_passages(annotations)
    return [Score(theme, gold.get(theme, frozenset()), found[theme]) for theme in found]
