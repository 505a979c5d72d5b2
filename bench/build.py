"""Build benchmark: the edition at 5, 100 and 1,000 essays (the five real seeds plus synthetic
ones from bench/corpus.py), per pipeline stage and for the whole `mkdocs build`, against a plain
MkDocs + Material build of the same generated Markdown without our hooks; a rebuild in
`mkdocs serve` after editing one seed; and the search of each built site in headless Chromium
(../shared/tools/search_eval.py with the shared visible queries). Prints a table.

    python bench/build.py [--sizes 5 100 1000]
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from corpus import copy_project, generate  # noqa: E402

SHARED = ROOT.parent / "shared"
ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "SOURCE_DATE_EPOCH": "1700000000"}
# Runs mkdocs in a child and reports its peak memory (ru_maxrss, kB) on the last line.
MKDOCS = (
    "import resource, sys\n"
    "from mkdocs.__main__ import cli\n"
    "try:\n    cli(sys.argv[1:])\n"
    "except SystemExit as exit:\n    code = exit.code\n"
    "print('MAXRSS', resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)\nsys.exit(code or 0)\n"
)


def project(dest: Path, essays: int) -> Path:
    copy_project(dest)
    generate(max(0, essays - 5), dest / "seeds")
    return dest


def mkdocs(cwd: Path, *args: str) -> tuple[float, int]:
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", MKDOCS, *args], cwd=cwd, env=ENV, capture_output=True, text=True, check=False
    )
    wall = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"mkdocs {' '.join(args)} failed in {cwd}:\n{done.stderr[-3000:]}")
    return wall, int(done.stdout.strip().splitlines()[-1].split()[1])


def stages(seeds: Path, cache: Path) -> dict[str, float]:
    """Each pipeline stage timed on its own, in this process, with a cold analysis cache."""
    from dataclasses import replace

    from scripts.analyse import analyser
    from scripts.emitters.search import build_search_index
    from scripts.pipeline import render_pages
    from scripts.readers.chrome import load_lexicon
    from scripts.readers.debate import load_debate
    from scripts.readers.seeds import read_seeds
    from scripts.readers.themes import load_editorial
    from scripts.records import Edition
    from scripts.stages.annotate import annotate, user_words
    from scripts.stages.chrome import Lexicon
    from scripts.stages.clean import clean
    from scripts.stages.load import load_sources
    from scripts.stages.relate import relate
    from scripts.stages.structure import structure

    times: dict[str, float] = {}

    def timed(name, fn, *args):
        start = time.perf_counter()
        result = fn(*args)
        times[name] = time.perf_counter() - start
        return result

    seeds = timed("load", read_seeds, seeds)
    sources, warnings = timed("load", load_sources, seeds)
    entries = load_lexicon(seeds)
    lexicon = Lexicon(entries)
    cleaned = timed("clean", lambda: [clean(s, lexicon) for s in sources])
    essays = timed("structure", lambda: tuple(structure(c) for c in cleaned))
    edition = Edition(essays, tuple(warnings), lexicon=entries)
    data = load_editorial(seeds)
    an = timed("analyser load", lambda: analyser(user_words(data)))
    timed("analyser load", lambda: an.kiwi)  # the model loads on first use
    annotations = timed("annotate (incl. analysis)", annotate, edition, data, an, cache)
    edition = replace(edition, annotations=annotations)
    debate = timed("debate data", load_debate, seeds, edition)
    edition = replace(edition, debate=debate)
    edition = replace(edition, relations=timed("relate", relate, edition))
    pages = timed("render pages", render_pages, edition)
    timed("search index", build_search_index, edition, an, cache)
    times["pages"] = len(pages)
    return times, pages


def write_pages(pages, dest: Path) -> None:
    for page in pages:
        path = dest / "docs" / page.src_uri
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(page.markdown(), encoding="utf-8")


def staged(proj: Path, cache: Path, plain_dir: Path) -> dict[str, float]:
    """Stage timings in a child process (the analyser's memory must not count against the parent,
    whose peak the mkdocs children would inherit); the child also writes the plain reference's docs."""
    out = plain_dir / "stages.json"
    code = (
        "import json, sys; from pathlib import Path; sys.path.insert(0, sys.argv[4]);"
        "import build; times, pages = build.stages(Path(sys.argv[1]), Path(sys.argv[2]));"
        "build.write_pages(pages, Path(sys.argv[3])); Path(sys.argv[3], 'stages.json').write_text(json.dumps(times))"
    )
    plain_dir.mkdir(parents=True)
    subprocess.run(
        [sys.executable, "-c", code, str(proj / "seeds"), str(cache), str(plain_dir), str(ROOT / "bench")], check=True
    )
    return json.loads(out.read_text(encoding="utf-8"))


def plain(dest: Path) -> tuple[float, int]:
    """The same Markdown built by MkDocs + Material alone (no hook, no pipeline)."""
    shutil.copytree(ROOT / "docs" / "assets", dest / "docs" / "assets")
    (dest / "mkdocs.yml").write_text(
        "site_name: plain reference\ntheme: {name: material, language: ko, font: false}\n"
        "plugins: [search, tags]\nmarkdown_extensions: [attr_list, md_in_html, toc, pymdownx.escapeall]\n",
        encoding="utf-8",
    )
    return mkdocs(dest, "build", "--quiet", "--site-dir", str(dest / "site"))


def edit_one_seed(proj: Path, n: int) -> None:
    seed = sorted((proj / "seeds").glob("*.txt"))[-1]
    seed.write_text(seed.read_text(encoding="utf-8") + f"\n편집 {n}: 한 줄을 더한 뒤의 재빌드.\n", encoding="utf-8")


def serve_rebuilds(proj: Path, edits: int = 3) -> list[float]:
    """Seconds from saving an edited seed to `mkdocs serve` reporting the rebuilt site, per edit."""
    with socket.socket() as free:
        free.bind(("127.0.0.1", 0))
        port = free.getsockname()[1]
    server = subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "serve", "--dev-addr", f"127.0.0.1:{port}"],
        cwd=proj,
        env=ENV,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    events: list[tuple[float, str]] = []
    reader = threading.Thread(target=lambda: [events.append((time.perf_counter(), line)) for line in server.stderr])
    reader.start()

    def wait_for(pattern: str, after: int) -> tuple[float, int]:
        deadline = time.perf_counter() + 900
        while time.perf_counter() < deadline:
            for i, (at, line) in enumerate(events[after:], after):
                if re.search(pattern, line):
                    return at, i + 1
            if server.poll() is not None:
                raise SystemExit("mkdocs serve stopped:\n" + "".join(line for _, line in events[-20:]))
            time.sleep(0.02)
        raise SystemExit(f"mkdocs serve: no {pattern!r} within 900 s")

    try:
        _, seen = wait_for(r"Serving on", 0)
        times = []
        for n in range(edits):
            time.sleep(1.0)
            edit_one_seed(proj, n)
            saved = time.perf_counter()
            done, seen = wait_for(r"Reloading browsers", seen)
            times.append(done - saved)
        return times
    finally:
        server.terminate()
        server.wait()
        reader.join()


def search_in_browser(site: Path, out: Path) -> dict | None:
    """The shared search evaluation on a built site: readiness, latency, bytes (None without ../shared)."""
    tool, queries = SHARED / "tools" / "search_eval.py", SHARED / "search" / "queries.yaml"
    if not tool.exists():
        return None
    chromium = os.environ.get("CHROMIUM", "/usr/bin/chromium")
    subprocess.run(
        [sys.executable, str(tool), str(site), str(queries), "--out", str(out), "--chromium", chromium],
        check=True,
        capture_output=True,
    )
    report = json.loads(out.read_text(encoding="utf-8"))
    transfer = report["transfer"]
    shards = [r["body"] for r in transfer["responses"] if not r["during_load"]]
    return {
        "ready_ms": report["ready_ms_from_navigation"],
        "median_ms": report["aggregate"]["median_latency_ms"],
        "max_ms": report["aggregate"]["max_latency_ms"],
        "recall": report["aggregate"]["mean_recall"],
        "index_bytes": transfer["search_index_bytes"],
        "index_gzip": transfer["search_index_gzip_estimate"],
        "after_bytes": sum(shards),
        "queries": len(report["results"]),
    }


def size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def measure(essays: int, tmp: Path) -> dict:
    proj = project(tmp / f"p{essays}", essays)
    cold, rss = mkdocs(proj, "build", "--quiet", "--site-dir", str(proj / "site"))
    cached, _ = mkdocs(proj, "build", "--quiet", "--site-dir", str(proj / "site"))
    edit_one_seed(proj, -1)
    warm, _ = mkdocs(proj, "build", "--quiet", "--site-dir", str(proj / "site"))
    search = search_in_browser(proj / "site", tmp / f"search{essays}.json")
    rebuilds = serve_rebuilds(proj)
    times = staged(proj, tmp / f"cache{essays}", tmp / f"plain{essays}")
    reference, reference_rss = plain(tmp / f"plain{essays}")
    index = b"".join(
        p.read_bytes() for p in sorted((proj / "site" / "search").rglob("*.json")) if p.name != "direct.json"
    )
    return {
        "essays": essays,
        "stages": times,
        "build": cold,
        "cached": cached,
        "rebuild": warm,
        "serve": sorted(rebuilds)[len(rebuilds) // 2],
        "search": search,
        "rss_mb": rss / 1024,
        "plain": reference,
        "plain_rss_mb": reference_rss / 1024,
        "site_mb": size(proj / "site") / 1e6,
        "index_raw": len(index),
        "index_gzip": len(gzip.compress(index, 6)),
        "pages": int(times["pages"]),
    }


def table(rows: list[dict]) -> str:
    names = [k for k in rows[0]["stages"] if k != "pages"]
    head = "| | " + " | ".join(f"{r['essays']} essays" for r in rows) + " |"
    out = [head, "|---|" + "---:|" * len(rows)]
    for name in names:
        out.append(f"| {name} (s) | " + " | ".join(f"{r['stages'][name]:.2f}" for r in rows) + " |")
    lines = (
        ("`mkdocs build`, cold cache (s)", lambda r: f"{r['build']:.1f}"),
        ("`mkdocs build`, warm cache, nothing changed (s)", lambda r: f"{r['cached']:.1f}"),
        ("`mkdocs build` after editing one seed (s)", lambda r: f"{r['rebuild']:.1f}"),
        ("`mkdocs serve`: edit one seed → rebuilt, median of 3 (s)", lambda r: f"{r['serve']:.1f}"),
        ("plain MkDocs + Material, same Markdown (s)", lambda r: f"{r['plain']:.1f}"),
        ("ratio edition / plain, cold cache", lambda r: f"{r['build'] / r['plain']:.2f}×"),
        ("ratio edition / plain, warm cache", lambda r: f"{r['cached'] / r['plain']:.2f}×"),
        ("peak memory, edition build (MB)", lambda r: f"{r['rss_mb']:.0f}"),
        ("peak memory, plain build (MB)", lambda r: f"{r['plain_rss_mb']:.0f}"),
        ("pages", lambda r: f"{r['pages']:,}"),
        ("site size (MB)", lambda r: f"{r['site_mb']:.1f}"),
        (
            "search index, all files raw / gzip (kB)",
            lambda r: f"{r['index_raw'] / 1e3:,.0f} / {r['index_gzip'] / 1e3:,.0f}",
        ),
    )
    if all(r["search"] for r in rows):
        lines += (
            (
                "search: search_index.json raw / gzip (kB)",
                lambda r: f"{r['search']['index_bytes'] / 1e3:,.0f} / {r['search']['index_gzip'] / 1e3:,.0f}",
            ),
            ("search: shards fetched by the queries (kB, raw)", lambda r: f"{r['search']['after_bytes'] / 1e3:,.0f}"),
            ("search ready after navigation start (ms)", lambda r: f"{r['search']['ready_ms']:,}"),
            ("search latency, median / max (ms)", lambda r: f"{r['search']['median_ms']} / {r['search']['max_ms']}"),
            ("search recall of the shared queries", lambda r: f"{r['search']['recall']:.3f}"),
        )
    out += [f"| {label} | " + " | ".join(fn(r) for r in rows) + " |" for label, fn in lines]
    if len(rows) >= 3:
        out.append(
            f"\nGrowth {rows[-2]['essays']} → {rows[-1]['essays']} essays: {rows[-1]['build'] / rows[-2]['build']:.1f}× build time."
        )
    return "\n".join(out)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[5, 100, 1000])
    parser.add_argument("--json", type=Path, help="also write the raw figures here")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-build-") as tmp:
        rows = [measure(n, Path(tmp)) for n in args.sizes]
    print(table(rows))
    if args.json:
        args.json.write_text(json.dumps(rows, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
