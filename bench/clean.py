"""Cleaning benchmark: the clean and structure stages on the evaluation corpus (tests/corpus/).

Every corpus text is read as a new seed without an edition.yml entry, cleaned and structured,
and compared with its gold file line by line: chrome lines left in the reading text, author
lines removed (refrains dropped and lookalikes removed counted apart), accidental repeats kept,
wrong titles, and the author, date and URL the chrome states (found, missed, wrong). PDF line
joins are counted too. The development and held-out halves are printed separately, per text and
in total; then the five real seeds against their golden pages.

    python bench/clean.py [--split dev|heldout|all] [--lines]

``--lines`` lists, per text, which lines were left or removed wrongly (use it on dev only while
the rules are being written: the held-out half measures nothing once it has been looked at).
"""

from __future__ import annotations

import argparse
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from scripts.readers.seeds import SeedFile  # noqa: E402
from scripts.records import Essay  # noqa: E402
from scripts.stages.clean import clean  # noqa: E402
from scripts.stages.load import read_source  # noqa: E402
from scripts.stages.structure import structure  # noqa: E402

CORPUS = ROOT / "tests" / "corpus"
# dev, heldout, heldout2, heldout3 …: every folder of the corpus, in the order the sets were written
SPLITS = tuple(
    sorted(
        (d.name for d in CORPUS.iterdir() if d.is_dir()),
        key=lambda name: (name != "dev", int(re.sub(r"\D", "", name) or 1)),
    )
)
STATED = ("author", "date", "url")


@dataclass(frozen=True)
class Gold:
    """A text's gold annotation (tests/corpus/README.md), line numbers resolved to non-blank lines."""

    platform: str
    title: str | None
    title_line: int | None
    chrome: frozenset[int]
    repeat: frozenset[int]
    refrain: frozenset[int]
    lookalike: frozenset[int]
    joins: tuple[tuple[int, int], ...]
    stated: dict[str, tuple[str, int]]


@dataclass
class Score:
    text: str
    lines: tuple[str, ...] = ()
    chrome_left: list[int] = field(default_factory=list)
    author_removed: list[int] = field(default_factory=list)
    refrain_dropped: list[int] = field(default_factory=list)
    lookalike_removed: list[int] = field(default_factory=list)
    repeat_kept: list[int] = field(default_factory=list)
    title_wrong: int = 0
    title_seen: str = ""
    stated_found: list[str] = field(default_factory=list)
    stated_missed: list[str] = field(default_factory=list)
    stated_wrong: list[str] = field(default_factory=list)
    joins_made: int = 0
    joins_missed: list[tuple[int, int]] = field(default_factory=list)


COLUMNS = (
    ("chrome left", lambda s: len(s.chrome_left)),
    ("author removed", lambda s: len(s.author_removed)),
    ("refrain dropped", lambda s: len(s.refrain_dropped)),
    ("lookalike removed", lambda s: len(s.lookalike_removed)),
    ("repeat kept", lambda s: len(s.repeat_kept)),
    ("wrong title", lambda s: s.title_wrong),
    ("stated found", lambda s: len(s.stated_found)),
    ("stated missed", lambda s: len(s.stated_missed)),
    ("stated wrong", lambda s: len(s.stated_wrong)),
    ("pdf joins", lambda s: s.joins_made),
    ("joins missed", lambda s: len(s.joins_missed)),
)


def expand(spec: list, text_lines: tuple[str, ...]) -> frozenset[int]:
    """``[3, "5-9"]`` → the non-blank lines among them (blank lines are ignored everywhere)."""
    numbers: set[int] = set()
    for item in spec or ():
        if isinstance(item, int):
            numbers.add(item)
        else:
            start, end = (int(part) for part in str(item).split("-"))
            numbers.update(range(start, end + 1))
    return frozenset(n for n in numbers if 1 <= n <= len(text_lines) and text_lines[n - 1].strip())


def read_gold(path: Path, text_lines: tuple[str, ...]) -> Gold:
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    stated = {key: (str(value["value"]), int(value["line"])) for key, value in (raw.get("stated") or {}).items()}
    return Gold(
        raw["platform"],
        raw.get("title"),
        raw.get("title_line"),
        expand(raw.get("chrome"), text_lines),
        expand(raw.get("repeat"), text_lines),
        expand(raw.get("refrain"), text_lines),
        expand(raw.get("lookalike"), text_lines),
        tuple(tuple(pair) for pair in raw.get("joins") or ()),
        stated,
    )


def run(text: Path) -> Essay:
    """The text as a new seed (no edition.yml entry) through load, clean and structure."""
    seed = SeedFile(text.name, f"corpus/{text.parent.name}/{text.name}", text.read_bytes())
    return structure(clean(read_source(seed, None, text.stem.replace("_", "-"))))


def reading_lines(essay: Essay) -> dict[int, str]:
    """Source line → the id of the reading block that shows it (title, subtitle, every block)."""
    shown = [b for b in (essay.title_block, essay.subtitle, *essay.blocks()) if b]
    return {n: block.id for block in shown for n in block.lines}


def same_value(key: str, gold: str, found: str) -> bool:
    """Dates are compared to the day: the edition records no time of day."""
    if key == "date":
        return gold.split("T")[0] == found
    return " ".join(gold.split()) == " ".join(found.split())


def score(text: Path) -> Score:
    essay = run(text)
    lines = essay.source.lines
    gold = read_gold(text.with_suffix("").with_suffix(".gold.yml"), lines)
    shown = reading_lines(essay)
    nonblank = {n for n, line in enumerate(lines, 1) if line.strip()}
    author = nonblank - gold.chrome - gold.repeat
    result = Score(text.stem, lines)
    result.chrome_left = sorted(gold.chrome & shown.keys())
    result.author_removed = sorted(author - shown.keys())
    result.refrain_dropped = sorted(gold.refrain - shown.keys())
    result.lookalike_removed = sorted(gold.lookalike - shown.keys())
    result.repeat_kept = sorted(gold.repeat & shown.keys())
    block = essay.title_block
    if gold.title is None:
        result.title_wrong = int(block is not None)
    else:
        result.title_wrong = int(essay.title != gold.title or block is None or gold.title_line not in block.lines)
    result.title_seen = essay.title
    for key in STATED:
        fact = getattr(essay.meta, key)
        found = fact.status == "stated" and fact.known
        evidence = fact.evidence.lines if found and fact.evidence else ()
        if key in gold.stated:
            value, line = gold.stated[key]
            if found and same_value(key, value, fact.value) and line in evidence:
                result.stated_found.append(key)
            else:
                result.stated_missed.append(key)
        if found and key not in result.stated_found:
            result.stated_wrong.append(f"{key}={fact.value!r}@{','.join(map(str, evidence))}")
    if gold.platform == "pdf":
        for a, b in gold.joins:
            if a in shown and shown.get(a) == shown.get(b):
                result.joins_made += 1
            else:
                result.joins_missed.append((a, b))
    return result


def table(split: str, scores: list[Score]) -> str:
    head = "| text | " + " | ".join(name for name, _ in COLUMNS) + " |"
    rule = "|---|" + "---:|" * len(COLUMNS)
    rows = [f"| {s.text} | " + " | ".join(str(get(s)) for _, get in COLUMNS) + " |" for s in scores]
    total = "| **total** | " + " | ".join(f"**{sum(get(s) for s in scores)}**" for _, get in COLUMNS) + " |"
    return "\n".join([f"### {split} ({len(scores)} texts)", "", head, rule, *rows, total])


def details(scores: list[Score]) -> str:
    out = []
    for s in scores:
        lines = s.lines
        wrong = [("chrome left", s.chrome_left), ("author removed", s.author_removed), ("repeat kept", s.repeat_kept)]
        notes = [f"  {what} {n}: {lines[n - 1].strip()[:70]}" for what, numbers in wrong for n in numbers]
        if s.title_wrong:
            notes.append(f"  wrong title: {s.title_seen!r}")
        notes += [f"  stated missed: {key}" for key in s.stated_missed]
        notes += [f"  stated wrong: {item}" for item in s.stated_wrong]
        if s.joins_missed:
            notes.append(f"  joins missed: {s.joins_missed}")
        if notes:
            out.append(f"{s.text}\n" + "\n".join(notes))
    return "\n".join(out)


def corpus_scores(split: str) -> list[Score]:
    return [score(text) for text in sorted((CORPUS / split).glob("*.txt"))]


def totals(scores: list[Score]) -> dict[str, int]:
    """The split's totals by column name (what tests/test_bench_clean.py holds the dev half to)."""
    return {name: sum(get(s) for s in scores) for name, get in COLUMNS}


def seeds_hold() -> list[str]:
    """Golden pages (tests/golden/) that the five real seeds no longer produce exactly."""
    from scripts.pipeline import build_edition, render_pages

    golden = ROOT / "tests" / "golden"
    pages = {page.src_uri: page.markdown() for page in render_pages(build_edition(ROOT / "seeds"))}
    differ = []
    for path in sorted(golden.glob("*.md")):
        uri = "index.md" if path.stem == "index" else f"essays/{path.stem}.md"
        if pages.get(uri) != path.read_text(encoding="utf-8"):
            differ.append(path.name)
    return differ


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=(*SPLITS, "all"), default="all")
    parser.add_argument("--lines", action="store_true", help="list the lines each text got wrong")
    parser.add_argument("--no-seeds", action="store_true", help="skip the golden pages of the five seeds")
    args = parser.parse_args()
    for split in SPLITS if args.split == "all" else (args.split,):
        scores = corpus_scores(split)
        print(table(split, scores))
        if args.lines:
            print("\n" + details(scores))
        print()
    if not args.no_seeds:
        differ = seeds_hold()
        print("### five seeds: " + ("goldens hold (6 pages)" if not differ else "DIFFER: " + ", ".join(differ)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
