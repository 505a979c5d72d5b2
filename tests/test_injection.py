"""Stored injection (issue 12, class 1): hostile strings in every field a seed or an editor fills
(``hostile_fields.FIELDS``) are refused with one clean message or shown as text, on every page
where they appear — home, the sidebar of every other page, essays, themes, the debate, compare
pages, figures, people, glossary and the search results — and nothing runs, navigates or is made.

Three builds spread the payloads of ``tests/hostile/payloads/`` over every instance of every
field (each build a different spread); the held-out payloads run beside the development ones.
"""

from __future__ import annotations

from collections import Counter
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from conftest import SEEDS, copy_project, hermetic, mkdocs, serve
from hostile_fields import CLEAN_ERROR, MARKER, Outcome, payloads, place
from test_search_browser import search

from scripts.pipeline import build_edition

pytestmark = pytest.mark.build

BUILDS = 2
SETS = ("dev", "heldout")
ALLOWED_SCRIPT_TYPES = ("application/json",)


@pytest.fixture(scope="module")
def base_edition():
    return build_edition(SEEDS)


@pytest.fixture(scope="module", params=[(s, b) for s in SETS for b in range(BUILDS)], ids=lambda p: f"{p[0]}-{p[1]}")
def hostile_build(request, tmp_path_factory, base_edition) -> tuple[Path, list[Outcome]]:
    name, build = request.param
    project = copy_project(tmp_path_factory.mktemp(f"hostile-{name}-{build}"))
    outcomes = place(project, build, payloads(name), base_edition)
    done = mkdocs(project, "build", "--site-dir", str(project / "site"))
    assert done.returncode == 0, done.stderr[-3000:]
    assert "Traceback" not in done.stderr
    return project / "site", outcomes


def test_every_refusal_is_one_clean_line(hostile_build):
    _, outcomes = hostile_build
    refused = [o for o in outcomes if o.refused and not o.refused.startswith("file system:")]
    bad = [(o.field, o.payload, o.refused) for o in refused if not CLEAN_ERROR.match(o.refused)]
    assert not bad, bad[:5]
    placed = Counter(o.field for o in outcomes if o.refused is None)
    assert sum(placed.values()) > 150, placed  # most placements reach the pages: the test reads them


class _Markup(HTMLParser):
    """Elements and attributes that only markup can make."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag in ("iframe", "object", "embed", "base", "frame", "frameset", "applet"):
            self.found.append(f"<{tag}>")
        if tag == "meta" and "http-equiv" in values and values["http-equiv"] != "Content-Security-Policy":
            self.found.append(f"<meta http-equiv={values['http-equiv']}>")
        if tag == "script" and "src" not in values and values.get("type") not in ALLOWED_SCRIPT_TYPES:
            self.found.append("inline <script>")
        for name, value in attrs:
            if name.startswith("on") or name == "data-pwn" or (name == "id" and (value or "").startswith("pwn")):
                self.found.append(f"<{tag} {name}>")
            if name == "class" and "pwn" in (value or "").split():
                self.found.append(f"<{tag} class=pwn>")
            if (
                name in ("href", "src", "action", "formaction")
                and urlsplit((value or "").strip()).hostname == "evil.invalid"
            ):
                self.found.append(f"<{tag} {name}={value[:60]}>")
            if name in ("href", "src", "action") and (value or "").strip().lower().startswith(
                ("javascript:", "vbscript:")
            ):
                self.found.append(f"<{tag} {name}=javascript:>")


def test_no_page_file_holds_markup_made_from_a_payload(hostile_build):
    site, _ = hostile_build
    problems = {}
    for path in sorted(site.rglob("*.html")):
        parser = _Markup()
        parser.feed(path.read_text(encoding="utf-8"))
        if parser.found:
            problems[path.relative_to(site).as_posix()] = parser.found[:3]
    assert not problems, dict(list(problems.items())[:5])


CHECK_PAGE = """() => {
  const made = document.querySelectorAll('[id^=pwn], [data-pwn], .pwn, iframe, object, embed, base, frame');
  const scripts = [...document.scripts].filter(s => !s.src && s.type !== 'application/json');
  const handlers = [...document.querySelectorAll('*')].filter(el => [...el.attributes].some(a => a.name.startsWith('on')));
  return {pwned: window.__pwned ?? null, made: made.length, scripts: scripts.length, handlers: handlers.length,
          csp: window.__csp || []};
}"""
WATCH = """() => {
  window.__csp = [];
  document.addEventListener('securitypolicyviolation', e => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI));
}"""


def test_no_payload_runs_navigates_or_makes_anything_in_chromium(hostile_build, chromium):
    site, _ = hostile_build
    server, url = serve(site)
    context = chromium.new_context(viewport={"width": 1280, "height": 900}, locale="ko-KR")
    offsite = hermetic(context, url)
    context.add_init_script(WATCH.removeprefix("() => {").removesuffix("}"))
    page = context.new_page()
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    try:
        failures = {}
        paths = sorted("/" + p.relative_to(site).as_posix().removesuffix("index.html") for p in site.rglob("*.html"))
        for path in paths:
            page.goto(url + path, wait_until="load")
            page.wait_for_timeout(30)
            state = page.evaluate(CHECK_PAGE)
            if not page.url.startswith(url) or state["pwned"] or state["made"] or state["scripts"] or state["handlers"]:
                failures[path] = (page.url, state)
            elif any("script-src" in v for v in state["csp"]):
                failures[path] = ("inline script blocked: markup was made", state)
        page.goto(url + "/")
        found = search(page, MARKER)  # the results list the hostile seeds' titles and text
        assert len(found["links"]) >= 3, found
        state = page.evaluate(CHECK_PAGE)
        if state["pwned"] or state["made"] or state["scripts"] or state["handlers"]:
            failures["search results"] = state
        assert not failures, dict(list(failures.items())[:5])
        assert not dialogs, dialogs[:5]
        assert not [u for u in offsite if "evil.invalid" in u], offsite[:5]
    finally:
        context.close()
        server.shutdown()
