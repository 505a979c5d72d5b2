"""Search benchmark: the edition's Korean search against stock Material search on the same pages.

Builds the site twice in one run — with the edition's search and with ``EDITION_SEARCH=stock``
(Material's own lunr search over the same pages) — runs ``../shared/tools/search_eval.py`` on
both for the shared visible query set and the edition's own set, and prints the figures side by
side, plus every query where the edition does worse than stock.

    python bench/search.py [--shared ../shared] [--out DIR]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

ROWS = (
    ("mean recall", lambda r: r["aggregate"]["mean_recall"], "{:.3f}"),
    ("MRR", lambda r: r["aggregate"]["mrr"], "{:.3f}"),
    ("hit@10", lambda r: r["aggregate"]["hit@10"], "{:.3f}"),
    ("zero-result queries", lambda r: r["aggregate"]["zero_result_queries"], "{}"),
    ("median latency (ms)", lambda r: r["aggregate"]["median_latency_ms"], "{}"),
    ("max latency (ms)", lambda r: r["aggregate"]["max_latency_ms"], "{}"),
    ("index bytes (raw)", lambda r: r["transfer"]["search_index_bytes"], "{:,}"),
    ("index bytes (gzip)", lambda r: r["transfer"]["search_index_gzip_estimate"], "{:,}"),
    ("page weight (bytes)", lambda r: r["transfer"]["load_body_bytes"], "{:,}"),
    ("search ready (ms)", lambda r: r["ready_ms_from_navigation"], "{}"),
)


def build(site: Path, stock: bool) -> None:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "EDITION_SEARCH": "stock" if stock else "edition"}
    subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet", "--site-dir", str(site)],
        cwd=ROOT,
        env=env,
        check=True,
    )


def evaluate(shared: Path, site: Path, queries: Path, out: Path) -> dict:
    subprocess.run(
        [sys.executable, str(shared / "tools" / "search_eval.py"), str(site), str(queries), "--out", str(out)],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return json.loads(out.read_text(encoding="utf-8"))


def regressions(stock: dict, edition: dict) -> list[str]:
    out = []
    for s, e in zip(stock["results"], edition["results"]):
        if s["expect"] and ((e["recall"] or 0) < (s["recall"] or 0) or (e["rr"] or 0) < (s["rr"] or 0)):
            out.append(f"{e['q']}: recall {s['recall']:.2f} → {e['recall']:.2f}, RR {s['rr']:.2f} → {e['rr']:.2f}")
    return out


def table(name: str, stock: dict, edition: dict) -> str:
    lines = [
        f"### {name} ({edition['aggregate']['queries']} queries)",
        "",
        "| | stock Material | edition | ratio |",
        "|---|---:|---:|---:|",
    ]
    for label, get, fmt in ROWS:
        a, b = get(stock), get(edition)
        ratio = f"{b / a:.2f}×" if isinstance(a, (int, float)) and isinstance(b, (int, float)) and a else ""
        shown = ["–" if v is None else fmt.format(v) for v in (a, b)]
        lines.append(f"| {label} | {shown[0]} | {shown[1]} | {ratio} |")
    worse = regressions(stock, edition)
    lines += ["", "Queries where the edition does worse than stock: " + ("; ".join(worse) if worse else "none")]
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--out", type=Path, help="keep the reports here")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-search-") as tmp:
        work = args.out or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        sites = {"stock": work / "site-stock", "edition": work / "site-edition"}
        for kind, site in sites.items():
            build(site, stock=kind == "stock")
        sets = {
            "visible set (../shared/search/queries.yaml)": args.shared / "search" / "queries.yaml",
            "edition's own set (tests/search/queries.yaml)": ROOT / "tests" / "search" / "queries.yaml",
        }
        for i, (name, queries) in enumerate(sets.items()):
            reports = {
                kind: evaluate(args.shared, site, queries, work / f"{kind}-{i}.json") for kind, site in sites.items()
            }
            print(table(name, reports["stock"], reports["edition"]))
            print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
