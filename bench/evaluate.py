"""Search evaluation: a query set, a search engine driven in Chromium, figures per query class.

A query set is a YAML list of ``{q, class, expect, forbid, note}`` (``avoid`` is read as
``forbid``, ``class`` defaults to ``-``): ``expect`` and ``forbid`` name seed files by a prefix of
their name (``"002_"``), which ``site/edition.json`` turns into essay pages. A query is scored on
the *essay* pages of its result list, best first (theme, debate and comparison pages that another
engine lists are skipped, so no engine is penalised for them):

- recall: the share of the expected essays listed anywhere; RR: 1 / rank of the first expected
  essay; hit@10: whether one is among the first ten;
- zero-result: a query that expects essays and lists none;
- false friend: a query that lists an essay it forbids (or anything, when it expects nothing);
- latency: from the last keystroke to the last change of the result list (Material, Zensical),
  or the time ``pagefind.search()`` and its first ten results' data take (Pagefind).

``MaterialSearch`` types a query into Material's search box as a reader does (Latin letters as
keys; Hangul through the IME's ``insertText``, followed by the keyup the IME sends), waits until
the list has been still for ``SETTLE_MS`` and reads every result link (scrolling, since Material
renders ten groups and more on scroll). Other engines' drivers live in ``bench/peers.py``.
"""

from __future__ import annotations

import json
import statistics
import time
import urllib.parse
from dataclasses import dataclass
from pathlib import Path

import yaml

SETTLE_MS = 300
TIMEOUT_S = 15
K = 10


@dataclass(frozen=True)
class Query:
    q: str
    cls: str
    expect: tuple[str, ...]
    forbid: tuple[str, ...] = ()
    note: str = ""


@dataclass(frozen=True)
class Answer:
    pages: tuple[str, ...]  # result pages, best first, site-relative ("essays/pickaxe/")
    latency_ms: float | None


@dataclass(frozen=True)
class Scored:
    query: Query
    answer: Answer
    essays: tuple[str, ...]  # the essay pages among the results, in order
    recall: float | None
    rr: float | None
    hit: int | None
    zero: bool
    forbidden: tuple[str, ...]


def load_queries(path: Path) -> list[Query]:
    rows = yaml.safe_load(path.read_text(encoding="utf-8"))
    rows = rows["queries"] if isinstance(rows, dict) else rows

    def names(row: dict, *keys: str) -> tuple[str, ...]:
        values = tuple(next((row[k] for k in keys if row.get(k)), ()))
        if not all(isinstance(v, str) for v in values):  # YAML reads an unquoted 000_ as the number 0
            raise ValueError(f"{path}: {row['q']!r}: quote the seed-file prefixes in {keys[0]}")
        return values

    return [
        Query(row["q"], row.get("class", "-"), names(row, "expect"), names(row, "forbid", "avoid"), row.get("note", ""))
        for row in rows
    ]


def essay_pages(site: Path) -> dict[str, str]:
    """Seed file name → essay page path, from the edition's manifest."""
    essays = json.loads((site / "edition.json").read_text(encoding="utf-8"))["essays"]
    return {e["source"]: e["url"].strip("/") + "/" for e in essays}


def resolve(prefixes: tuple[str, ...], essays: dict[str, str]) -> set[str]:
    out = set()
    for prefix in prefixes:
        found = [url for source, url in essays.items() if source.startswith(prefix)]
        if len(found) != 1:
            raise ValueError(f"{prefix!r} names {len(found)} seed files")
        out.add(found[0])
    return out


def page_path(href: str, base: str) -> str:
    """A result link → its page, relative to the site root, without index.html, query or anchor."""
    path = urllib.parse.unquote(urllib.parse.urlsplit(urllib.parse.urljoin(base + "/", href)).path)
    path = path.lstrip("/").removesuffix("index.html")
    return path if not path or path.endswith("/") else path.removesuffix(".html") + "/"


def score(query: Query, answer: Answer, essays: dict[str, str], k: int = K) -> Scored:
    listed = tuple(dict.fromkeys(p for p in answer.pages if p in set(essays.values())))
    expect, forbid = resolve(query.expect, essays), resolve(query.forbid, essays)
    rank = next((i for i, p in enumerate(listed, 1) if p in expect), None)
    forbidden = tuple(p for p in listed if p in forbid or not expect)
    if not expect:
        return Scored(query, answer, listed, None, None, None, False, forbidden)
    recall = len(expect & set(listed)) / len(expect)
    return Scored(
        query, answer, listed, recall, 1 / rank if rank else 0.0, int(bool(rank and rank <= k)), not listed, forbidden
    )


@dataclass(frozen=True)
class Figures:
    queries: int
    recall: float | None
    mrr: float | None
    hit: float | None
    zero: int
    false_friends: int
    latency_ms: float | None


def figures(rows: list[Scored]) -> Figures:
    scored = [r for r in rows if r.recall is not None]
    times = [r.answer.latency_ms for r in rows if r.answer.latency_ms is not None]

    def mean(values):
        return statistics.mean(values) if values else None

    return Figures(
        queries=len(rows),
        recall=mean([r.recall for r in scored]),
        mrr=mean([r.rr for r in scored]),
        hit=mean([r.hit for r in scored]),
        zero=sum(r.zero for r in rows),
        false_friends=sum(bool(r.forbidden) for r in rows),
        latency_ms=statistics.median(times) if times else None,
    )


def by_class(rows: list[Scored]) -> dict[str, Figures]:
    """Figures per query class (in the set's order), then ``all``."""
    classes = list(dict.fromkeys(r.query.cls for r in rows))
    out = {c: figures([r for r in rows if r.query.cls == c]) for c in classes}
    out["all"] = figures(rows)
    return out


def cell(f: Figures) -> str:
    """recall / MRR / hit@10 / zero-result / false-friend hits, as one table cell."""

    def num(v):
        return "–" if v is None else f"{v:.2f}"

    return f"{num(f.recall)} / {num(f.mrr)} / {num(f.hit)} / {f.zero} / {f.false_friends}"


def class_table(results: dict[str, list[Scored]]) -> str:
    """Rows: query classes; columns: engines; each cell recall / MRR / hit@10 / zero / false friends."""
    engines = list(results)
    tables = {name: by_class(rows) for name, rows in results.items()}
    classes = list(tables[engines[0]])
    lines = [
        "| class (queries) | " + " | ".join(engines) + " |",
        "|---|" + "---:|" * len(engines),
    ]
    for c in classes:
        n = tables[engines[0]][c].queries
        lines.append(f"| {c} ({n}) | " + " | ".join(cell(tables[e][c]) for e in engines) + " |")
    latency = [tables[e]["all"].latency_ms for e in engines]
    lines.append("| median latency (ms) | " + " | ".join("–" if v is None else f"{v:.1f}" for v in latency) + " |")
    return "\n".join(lines)


def misses(rows: list[Scored]) -> list[str]:
    """One line per query that misses an expected essay, ranks it below first, or lists a forbidden one."""
    out = []
    for r in rows:
        if (r.recall is not None and (r.recall < 1 or r.rr < 1)) or r.forbidden:
            shown = ", ".join(p.split("/")[-2] for p in r.essays[:5]) or "nothing"
            extra = f"; forbidden: {', '.join(p.split('/')[-2] for p in r.forbidden)}" if r.forbidden else ""
            recall = "–" if r.recall is None else f"{r.recall:.2f}"
            out.append(f"[{r.query.cls}] {r.query.q}: recall {recall}, RR {r.rr or 0:.2f} → {shown}{extra}")
    return out


# ---------------------------------------------------------------- Material's search UI

OBSERVE = """
(() => {
  window.__bench = {lastKey: 0, lastMut: 0};
  addEventListener('keyup', () => { window.__bench.lastKey = performance.now() }, true);
  const hook = () => {
    const el = document.querySelector('.md-search-result');
    if (el) new MutationObserver(() => { window.__bench.lastMut = performance.now() })
      .observe(el, {childList: true, subtree: true, characterData: true});
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', hook); else hook();
})();
"""
INPUT = "input.md-search__input"
KEYUP = (
    "() => document.querySelector('input.md-search__input')"
    ".dispatchEvent(new KeyboardEvent('keyup', {key: 'Process', keyCode: 229, bubbles: true}))"
)
LINKS = "() => [...document.querySelectorAll('li.md-search-result__item a.md-search-result__link')].map(a => a.href)"


def settle(page, since: float, settle_ms: int = SETTLE_MS) -> float | None:
    """Wait until the result list changed after ``since`` and then stayed still; when it changed."""
    deadline = time.monotonic() + TIMEOUT_S
    while time.monotonic() < deadline:
        last, now = page.evaluate("() => [window.__bench.lastMut, performance.now()]")
        if last > since and now - last >= settle_ms:
            return last
        page.wait_for_timeout(30)
    return None


class MaterialSearch:
    """Material's search box on a served site (the edition's worker or Material's own)."""

    def __init__(self, page, base: str, typed: bool = True) -> None:
        self.page, self.base, self.typed = page, base, typed
        page.add_init_script(OBSERVE)
        page.goto(base + "/")
        page.wait_for_function(
            "() => { const m = document.querySelector('.md-search-result__meta');"
            " return m && !/초기화|Initializing/.test(m.textContent) }",
            timeout=TIMEOUT_S * 1000,
        )

    def clear(self) -> None:
        page = self.page
        page.locator(INPUT).click()
        if page.locator(INPUT).input_value() or page.evaluate(LINKS):
            since = page.evaluate("() => performance.now()")
            page.evaluate("() => { document.querySelector('input.md-search__input').value = '' }")
            page.evaluate(KEYUP)
            settle(page, since, 100)

    def ask(self, q: str) -> Answer:
        page = self.page
        self.clear()
        if self.typed:
            for ch in q:
                if ch.isascii() and ch.isprintable():
                    page.keyboard.type(ch)
                else:
                    page.keyboard.insert_text(ch)
                    page.evaluate(KEYUP)
                page.wait_for_timeout(20)
        else:
            page.keyboard.insert_text(q)
            page.evaluate(KEYUP)
        key = page.evaluate("() => window.__bench.lastKey")
        changed = settle(page, key)
        self.load_all()
        pages = tuple(dict.fromkeys(page_path(href, self.base) for href in page.evaluate(LINKS)))
        return Answer(pages, None if changed is None else round(changed - key, 1))

    def load_all(self) -> None:
        """Material renders ten result groups, then four more whenever the list's end scrolls into view."""
        page = self.page
        count = "() => document.querySelectorAll('li.md-search-result__item').length"
        n, stable = page.evaluate(count), 0
        while n >= 10 and stable < 3:
            page.evaluate("() => { const s = document.querySelector('.md-search__scrollwrap'); s.scrollTop = 0 }")
            page.wait_for_timeout(40)
            page.evaluate(
                "() => { const s = document.querySelector('.md-search__scrollwrap'); s.scrollTop = s.scrollHeight }"
            )
            page.wait_for_timeout(100)
            n, before = page.evaluate(count), n
            stable = stable + 1 if n == before else 0


WORKER = """async ([url, queries]) => {
  const worker = new Worker(url)
  const index = await (await fetch('search/search_index.json')).json()
  const ask = message => new Promise(done => {
    worker.onmessage = ev => { if (ev.data.type !== 0 && ev.data.type !== 2) done(ev.data) }
    worker.postMessage(message)
  })
  await ask({type: 0, data: index})
  const out = []
  for (const q of queries) {
    const t0 = performance.now()
    const result = await ask({type: 2, data: q})
    out.push({ms: performance.now() - t0, links: result.data.items.map(group => group[0].location)})
  }
  worker.terminate()
  return out
}"""


class WorkerSearch:
    """The edition's worker itself, in a page of the served site, asked through Material's message
    protocol: the same results as the search box (Material lists the worker's groups in order),
    without typing, for the tests that run on every change."""

    def __init__(self, page, base: str) -> None:
        self.page, self.base = page, base
        page.goto(base + "/")

    def ask_all(self, queries: list[str]) -> list[Answer]:
        found = self.page.evaluate(WORKER, ["assets/search/worker.js", queries])
        return [
            Answer(tuple(dict.fromkeys(page_path(link, self.base) for link in row["links"])), round(row["ms"], 1))
            for row in found
        ]


def run(engine, queries: list[Query], essays: dict[str, str]) -> list[Scored]:
    if isinstance(engine, WorkerSearch):
        return [score(q, a, essays) for q, a in zip(queries, engine.ask_all([q.q for q in queries]))]
    return [score(q, engine.ask(q.q), essays) for q in queries]
