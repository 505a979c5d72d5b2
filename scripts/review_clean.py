"""What the editors should look at: for each seed, the lines the cleaning kept in the reading text
although they look like platform chrome ("possible chrome"), with the evidence for each.

A false keep is cheaper than a lost author sentence, so the cleaner keeps what it is not sure
of and lists it here. If a listed line is chrome, add its words to ``seeds/chrome.yml``; if it
is the author's, nothing is needed.

    python -m scripts.review_clean [SEEDS_DIR]
"""

from __future__ import annotations

import sys
from pathlib import Path

from .readers.chrome import load_lexicon
from .readers.seeds import read_seeds
from .records import EditionError
from .stages.chrome import Lexicon
from .stages.clean import PossibleChrome, possible_chrome
from .stages.load import load_sources

ROOT = Path(__file__).resolve().parents[1]


def review(seeds_dir: Path) -> list[tuple[str, tuple[PossibleChrome, ...]]]:
    """Each seed (its shown path) with its possible chrome, in reading order."""
    seeds = read_seeds(seeds_dir)
    lexicon = Lexicon(load_lexicon(seeds))
    sources, _ = load_sources(seeds)
    return [(source.path, possible_chrome(source, lexicon)) for source in sources]


def report(found: list[tuple[str, tuple[PossibleChrome, ...]]]) -> str:
    lines = []
    for path, possible in found:
        if possible:
            lines.append(f"{path}: {len(possible)} possible chrome line(s)")
            lines += [f"  {item.line}: {item.text}  [{item.evidence}]" for item in possible]
    total = sum(len(possible) for _, possible in found)
    lines.append(f"{total} possible chrome line(s) in {len(found)} seed(s); they stay in the reading text")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    seeds_dir = Path(args[0]) if args else ROOT / "seeds"
    try:
        print(report(review(seeds_dir)))
    except EditionError as error:
        print(error, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
