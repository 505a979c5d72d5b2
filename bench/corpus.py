"""A synthetic corpus for the scale benchmark: N Korean essays assembled from the real seeds'
sentences and headings, with the platform chrome the cleaning rules remove (Brunch header and
byline, Naver signature, newsletter promo, lone "-" bullets, a pasted-twice block, image
captions). Deterministic for a seed number. Written to a folder outside docs/, never published.

    python bench/corpus.py N DEST_SEEDS_DIR [--seed 0]
"""

from __future__ import annotations

import argparse
import random
import re
import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PROJECT_PARTS = ("mkdocs.yml", "docs", "overrides", "scripts", "seeds")  # what a build reads
SENTENCE = re.compile(r"(?<=[.!?다요음함임])\s+")


def material(seeds: Path) -> tuple[list[str], list[str]]:
    """Sentences and short heading-like lines of the real seeds."""
    sentences, headings = [], []
    for path in sorted(seeds.glob("*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            text = line.strip().lstrip("- ").strip()
            if not text:
                continue
            if len(text) <= 30 and not text.endswith((".", "!")):
                headings.append(text)
            else:
                sentences.extend(s for s in SENTENCE.split(text) if len(s) > 15)
    return sentences, headings


def essay(rng: random.Random, number: int, sentences: list[str], headings: list[str]) -> str:
    lines: list[str] = []
    platform = rng.choice(("brunch", "naver", "newsletter", "plain"))
    if platform == "brunch":
        lines += [
            "brunch",
            "",
            "You can make anything",
            "by writing",
            "",
            "C.S.Lewis",
            "",
            f"by 편집{number} Mar 3. 2024",
            "",
        ]
    lines.append(f"합성 글 {number}: " + rng.choice(headings))
    for _ in range(rng.randint(3, 6)):
        lines += ["", rng.choice(headings), ""]
        for _ in range(rng.randint(3, 8)):
            paragraph = " ".join(rng.sample(sentences, rng.randint(1, 3)))
            if rng.random() < 0.3:
                lines += ["-", paragraph]  # a lone bullet joined with its item
            else:
                lines.append(("- " if rng.random() < 0.4 else "") + paragraph)
        if rng.random() < 0.2:
            lines.append(f"그림 {number}-{len(lines)} (출처 : 위키백과)")
    if rng.random() < 0.15:  # a block pasted twice, as in seed 004
        lines += lines[-4:]
    if platform == "naver":
        lines += [
            "#AI #버블",
            f"#편집{number} editor{number}@example.org",
            f"https://blog.naver.com/edition/{223000000 + number}",
        ]
    elif platform == "newsletter":
        lines += ["", "*위 글은 '합성레터' 뉴스레터에 실린 글입니다.", "", "합성레터 구독하러 가기"]
    elif platform == "brunch":
        lines += ["매거진의 이전글 합성 글", "브런치는 최신 브라우저에 최적화 되어있습니다. IE chrome safari"]
    return "\n".join(lines) + "\n"


def copy_project(dest: Path) -> Path:
    """A copy of the project's build inputs under ``dest``, to add essays to (or break) freely."""
    dest.mkdir(parents=True, exist_ok=True)
    for part in PROJECT_PARTS:
        src = ROOT / part
        if src.is_dir():
            shutil.copytree(src, dest / part, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(src, dest / part)
    return dest


def plugin_options(project: Path, **options: object) -> Path:
    """Set options of the edition plugin in ``project``'s mkdocs.yml (e.g. search="stock")."""
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    anchor = "  - edition:"
    at = text.index("\n", text.index(anchor)) + 1
    lines = "".join(f"      {key}: {value}\n" for key, value in options.items())
    config.write_text(text[:at] + lines + text[at:], encoding="utf-8")
    return project


def generate(n: int, dest: Path, seed: int = 0, seeds: Path = ROOT / "seeds") -> list[Path]:
    """Write ``n`` synthetic essays into ``dest``; returns their paths."""
    rng = random.Random(seed)
    sentences, headings = material(seeds)
    dest.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        path = dest / f"9{i:04d}_synthetic.txt"
        path.write_text(essay(rng, i, sentences, headings), encoding="utf-8")
        paths.append(path)
    return paths


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int)
    parser.add_argument("dest", type=Path)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    print(len(generate(args.n, args.dest, args.seed)), "essays written to", args.dest)


if __name__ == "__main__":
    main()
