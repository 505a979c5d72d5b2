"""Theme matching against the gold set (``make bench-themes``): per theme, the precision and
recall of the analyser's matches alone and of the final membership with the editors' tags and
suppressions. Prints a table; the targets are 1.00/1.00 with tags and precision ≥ 0.90 alone."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from scripts.pipeline import build_edition  # noqa: E402
from scripts.themegold import automatic, read_gold, score  # noqa: E402

GOLD = ROOT / "tests" / "gold" / "themes.yml"


def micro(scores) -> tuple[float, float]:
    found = sum(len(s.found) for s in scores)
    gold = sum(len(s.gold) for s in scores)
    hit = sum(len(s.found & s.gold) for s in scores)
    return hit / found if found else 1.0, hit / gold if gold else 1.0


def main() -> None:
    cache = ROOT / ".cache" / "analysis"
    edition = build_edition(ROOT / "seeds", cache)
    gold = read_gold(GOLD, edition)
    auto, final = score(automatic(edition, cache), gold), score(edition.annotations, gold)
    print("| theme | gold | automatic P | automatic R | with tags P | with tags R |")
    print("|---|---:|---:|---:|---:|---:|")
    for a, f in zip(auto, final):
        print(
            f"| {a.theme} | {len(a.gold)} | {a.precision:.2f} | {a.recall:.2f} | {f.precision:.2f} | {f.recall:.2f} |"
        )
    (ap, ar), (fp, fr) = micro(auto), micro(final)
    print(f"| **all (micro)** | {sum(len(s.gold) for s in auto)} | {ap:.2f} | {ar:.2f} | {fp:.2f} | {fr:.2f} |")


if __name__ == "__main__":
    main()
