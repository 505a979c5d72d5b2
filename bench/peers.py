"""The search benchmark's peers: Zensical and Pagefind, built over the edition's pages and driven
in Chromium the way their own search UIs use them.

Both are installed on first use into ``.cache/bench-peers`` (a virtual environment of their own,
pinned in ``bench/peers.txt``), so neither touches the site's pinned packages.

- **Zensical** builds the pipeline's generated Markdown (``render_pages``, written to a docs
  folder as ``bench/build.py`` does) plus the hand-written pages, with the same Markdown
  extensions; its search dialog (in a shadow root) is typed into like Material's.
- **Pagefind** indexes the stock build's ``site/`` (the essay text inside ``.md-content``, as its
  documentation advises marking the content), and ``pagefind.search()`` is called in a page of
  the same site; its latency is the search plus the data of its first ten results (what its UI
  shows first).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
from pathlib import Path

import yaml

from bench.evaluate import TIMEOUT_S, Answer, page_path, settle

ROOT = Path(__file__).resolve().parents[1]
VENV = ROOT / ".cache" / "bench-peers"
BIN = VENV / "bin"
REQUIREMENTS = ROOT / "bench" / "peers.txt"


def install() -> Path:
    """The peers' virtual environment, created (or updated) from bench/peers.txt when needed."""
    stamp = VENV / ".installed"
    if not stamp.exists() or stamp.read_text() != REQUIREMENTS.read_text():
        subprocess.run([sys.executable, "-m", "venv", str(VENV)], check=True)
        subprocess.run(
            [str(BIN / "pip"), "install", "--quiet", "--disable-pip-version-check", "-r", str(REQUIREMENTS)],
            check=True,
            capture_output=True,
        )
        stamp.write_text(REQUIREMENTS.read_text())
    return BIN


def zensical_site(dest: Path) -> Path:
    """The edition's pages as ``make export`` writes them, built by Zensical with its own search."""
    from scripts.export import write_export

    bin_dir = install()
    write_export(ROOT, dest)
    config = yaml.safe_load((dest / "mkdocs.yml").read_text(encoding="utf-8"))
    config["extra"]["edition_search"] = False  # the peer's own search and templates, not ours
    config["theme"].pop("custom_dir", None)
    config["extra_javascript"] = [s for s in config.get("extra_javascript", []) if "search/" not in s]
    (dest / "mkdocs.yml").write_text(yaml.safe_dump(config, allow_unicode=True, sort_keys=False), encoding="utf-8")
    subprocess.run([str(bin_dir / "zensical"), "build"], cwd=dest, check=True, capture_output=True)
    return dest / "site"


BLANK = "<!doctype html><html lang=ko><meta charset=utf-8><title>pagefind</title><body></body></html>\n"


def pagefind_site(dest: Path, stock: Path) -> Path:
    """A copy of the stock site with a Pagefind index of its content, and a blank page to query it from."""
    bin_dir = install()
    shutil.copytree(stock, dest)
    subprocess.run(
        [str(bin_dir / "python"), "-m", "pagefind", "--site", str(dest), "--root-selector", ".md-content", "--quiet"],
        check=True,
        capture_output=True,
    )
    (dest / "pagefind-bench.html").write_text(BLANK, encoding="utf-8")  # the site's CSP forbids wasm
    return dest


class PagefindSearch:
    def __init__(self, page, base: str) -> None:
        self.page, self.base = page, base
        page.goto(base + "/pagefind-bench.html")
        page.evaluate(
            "async () => { window.pf = await import('/pagefind/pagefind.js'); await window.pf.init();"
            " await window.pf.search('엔비디아') }"  # the first query loads the wasm and the index meta
        )

    def ask(self, q: str) -> Answer:
        found = self.page.evaluate(
            """async q => {
                const t0 = performance.now()
                const search = await window.pf.search(q)
                const first = await Promise.all(search.results.slice(0, 10).map(r => r.data()))
                const ms = performance.now() - t0
                const rest = await Promise.all(search.results.slice(10).map(r => r.data()))
                return { urls: [...first, ...rest].map(d => d.url), ms }
            }""",
            q,
        )
        pages = tuple(dict.fromkeys(page_path(url, self.base) for url in found["urls"]))
        return Answer(pages, round(found["ms"], 1))


HOST = "[...document.querySelectorAll('*')].find(e => e.shadowRoot && e.shadowRoot.querySelector('input'))"
WATCH = f"""() => {{
  window.__bench = window.__bench || {{lastKey: 0, lastMut: 0}};
  addEventListener('input', () => {{ window.__bench.lastKey = performance.now() }}, true);
  const root = ({HOST}).shadowRoot;
  new MutationObserver(() => {{ window.__bench.lastMut = performance.now() }})
    .observe(root, {{childList: true, subtree: true, characterData: true}});
}}"""
LINKS = f"() => [...({HOST}).shadowRoot.querySelectorAll('ol[role=listbox] a[role=option]')].map(a => a.href)"
STATUS = f"() => ({HOST}).shadowRoot.querySelector('[role=status]').textContent"


class ZensicalSearch:
    """Zensical's search dialog: the button opens it, the input lives in a shadow root."""

    def __init__(self, page, base: str) -> None:
        self.page, self.base = page, base
        page.goto(base + "/")
        page.locator(".md-search__button").click()
        page.wait_for_function(f"() => {HOST}", timeout=TIMEOUT_S * 1000)
        page.evaluate(WATCH)
        self.ask("엔비디아")  # the first query waits for the worker's index

    def ask(self, q: str) -> Answer:
        page = self.page
        field = page.locator("input[role=combobox]")  # Playwright's locators pierce open shadow roots
        if field.input_value():
            since = page.evaluate("() => performance.now()")
            field.fill("")
            settle(page, since, 100)
        field.focus()
        for ch in q:
            if ch.isascii() and ch.isprintable():
                page.keyboard.type(ch)
            else:
                page.keyboard.insert_text(ch)
            page.wait_for_timeout(20)
        key = page.evaluate("() => window.__bench.lastKey")
        changed = settle(page, key)
        pages = tuple(dict.fromkeys(page_path(href, self.base) for href in self.all_links()))
        return Answer(pages, None if changed is None else round(changed - key, 1))

    def all_links(self) -> list[str]:
        """Every result: the list may render in pages as it scrolls, so scroll until the count holds."""
        page = self.page
        links, deadline = page.evaluate(LINKS), time.monotonic() + TIMEOUT_S
        while time.monotonic() < deadline:
            page.evaluate(
                f"() => {{ const l = ({HOST}).shadowRoot.querySelector('ol[role=listbox]');"
                " const s = l.closest('[tabindex]') || l.parentElement; s.scrollTop = s.scrollHeight }"
            )
            page.wait_for_timeout(100)
            more = page.evaluate(LINKS)
            if len(more) == len(links):
                return more
            links = more
        return links
