"""Search benchmark: the edition's Korean search against stock Material, Zensical and Pagefind.

Builds each engine's site of the same pages in one run — the edition (its own worker), stock
Material (the plugin's ``search: stock``: Material's lunr search over the same pages), Zensical
0.0.73 (the same generated Markdown built by Zensical, its own search) and Pagefind 1.5.2 (the
stock site indexed by Pagefind's binary, queried through ``pagefind.search()``) — then asks every
engine every query of each query set in headless Chromium (``bench/evaluate.py``) and prints,
per set, a table per query class (recall / MRR / hit@10 / zero-result / false hits), the overall
figures with median latency and index size, and the edition's misses.

Zensical and Pagefind are installed on first use into their own virtual environment
(``.cache/bench-peers``, pinned in ``bench/peers.txt``); ``--engines edition,stock`` skips them.

    python bench/search.py [--queries FILE ...] [--engines edition,stock,zensical,pagefind] [--out DIR]
"""

from __future__ import annotations

import argparse
import gzip
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from conftest import CHROMIUM, CHROMIUM_ARGS, hermetic, serve  # noqa: E402

from bench import peers  # noqa: E402
from bench.corpus import copy_project, plugin_options  # noqa: E402
from bench.evaluate import MaterialSearch, by_class, class_table, essay_pages, load_queries, misses, run  # noqa: E402

SHARED = ROOT.parent / "shared"
ENGINES = ("edition", "stock", "zensical", "pagefind")


def default_sets() -> list[Path]:
    sets = [SHARED / "search" / "queries.yaml"] if (SHARED / "search" / "queries.yaml").exists() else []
    return sets + [ROOT / "tests" / "search" / "queries.yaml", ROOT / "tests" / "search" / "dev.yaml"]


def shown(path: Path) -> str:
    """A query file's name as the tables print it: relative to the project (``../shared/…`` beside it)."""
    path = path.resolve()
    if path.is_relative_to(ROOT):
        return str(path.relative_to(ROOT))
    return "../" + str(path.relative_to(ROOT.parent)) if path.is_relative_to(ROOT.parent) else str(path)


def build_mkdocs(dest: Path, **options: object) -> Path:
    project = plugin_options(copy_project(dest), **options) if options else copy_project(dest)
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "SOURCE_DATE_EPOCH": "1700000000"}
    subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet", "--site-dir", str(project / "site")],
        cwd=project,
        env=env,
        check=True,
    )
    return project / "site"


def build(engine: str, work: Path, sites: dict[str, Path]) -> Path:
    if engine == "edition":
        return build_mkdocs(work / "edition")
    if engine == "stock":
        return sites.get("stock") or build_mkdocs(work / "stock", search="stock")
    if engine == "zensical":
        return peers.zensical_site(work / "zensical")
    stock = sites.get("stock") or build_mkdocs(work / "stock", search="stock")
    return peers.pagefind_site(work / "pagefind", stock)


def index_gzip(engine: str, site: Path) -> int:
    """Bytes (gzip, level 6) of the files the engine searches: its index, not its code or the pages."""
    files = {
        "edition": [site / "search" / "search_index.json", *sorted((site / "search").glob("[tp]/*.json"))],
        "stock": [site / "search" / "search_index.json"],
        "zensical": [site / "search.json"],
        "pagefind": [p for p in sorted((site / "pagefind").rglob("*")) if p.suffix in ("", ".pf_meta", ".pf_index")],
    }[engine]
    return sum(len(gzip.compress(p.read_bytes(), 6)) for p in files if p.is_file())


def driver(engine: str, page, base: str):
    if engine in ("edition", "stock"):
        return MaterialSearch(page, base)
    return peers.ZensicalSearch(page, base) if engine == "zensical" else peers.PagefindSearch(page, base)


def ask_all(engine: str, site: Path, sets: dict[str, list], essays: dict[str, str], browser) -> dict[str, list]:
    server, base = serve(site)
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="ko-KR")
    off_site = hermetic(context, base)
    try:
        engine_driver = driver(engine, context.new_page(), base)
        results = {name: run(engine_driver, queries, essays) for name, queries in sets.items()}
    finally:
        context.close()
        server.shutdown()
    if off_site:
        print(f"{engine}: blocked {len(off_site)} off-site request(s), e.g. {off_site[0]}", file=sys.stderr)
    return results


def overall_table(results: dict[str, list], sizes: dict[str, int]) -> str:
    lines = [
        "| | " + " | ".join(results) + " |",
        "|---|" + "---:|" * len(results),
    ]
    every = {engine: by_class(rows)["all"] for engine, rows in results.items()}

    def row(label, get, fmt):
        values = [get(f) for f in every.values()]
        lines.append(f"| {label} | " + " | ".join("–" if v is None else fmt.format(v) for v in values) + " |")

    row("mean recall", lambda f: f.recall, "{:.3f}")
    row("MRR", lambda f: f.mrr, "{:.3f}")
    row("hit@10", lambda f: f.hit, "{:.3f}")
    row("zero-result queries", lambda f: f.zero, "{}")
    row("false hits", lambda f: f.false_friends, "{}")
    row("median latency (ms)", lambda f: f.latency_ms, "{:.1f}")
    lines.append("| index (gzip bytes) | " + " | ".join(f"{sizes[e]:,}" for e in results) + " |")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--queries", type=Path, action="append", help="a query set (repeatable; default: all)")
    parser.add_argument("--engines", default=",".join(ENGINES), help="comma-separated, from " + ", ".join(ENGINES))
    parser.add_argument("--out", type=Path, help="build the sites here (kept) instead of a temporary folder")
    args = parser.parse_args()
    engines = [e for e in args.engines.split(",") if e]
    unknown = set(engines) - set(ENGINES)
    if unknown:
        parser.error(f"unknown engine(s): {', '.join(sorted(unknown))}")
    sets = {shown(p): load_queries(p) for p in args.queries or default_sets()}
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory(prefix="bench-search-") as tmp:
        work = args.out or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        sites: dict[str, Path] = {}
        for engine in engines:
            sites[engine] = build(engine, work, sites)
        essays = essay_pages(sites[engines[0]])
        results: dict[str, dict[str, list]] = {}
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            for engine in engines:
                results[engine] = ask_all(engine, sites[engine], sets, essays, browser)
            browser.close()
        sizes = {engine: index_gzip(engine, site) for engine, site in sites.items()}
    for name, queries in sets.items():
        per_engine = {engine: results[engine][name] for engine in engines}
        print(f"### {name} ({len(queries)} queries)\n")
        print("Per class: recall / MRR / hit@10 / zero-result / false hits\n")
        print(class_table(per_engine) + "\n")
        print(overall_table(per_engine, sizes) + "\n")
        if "edition" in per_engine:
            missed = misses(per_engine["edition"])
            print("Edition misses: " + ("none" if not missed else "\n- " + "\n- ".join(missed)) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
