"""Shared fixtures: the project root, a throw-away copy of the project, and one built site."""

from __future__ import annotations

import functools
import http.server
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from bench.corpus import copy_project, plugin_options  # noqa: F401 (used by test modules)

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"


BROWSER_FIXTURES = {"chromium", "page", "desktop", "phone", "browser_page", "site_url"}
BUILD_FIXTURES = {"built_site", "built_project", "hostile_site", "hostile_build"}


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Tests that drive Chromium or need a built site are marked by the fixtures they use, so
    ``make test-fast`` (``-m "not browser and not build and not slow"``) runs the rest."""
    for item in items:
        used = set(getattr(item, "fixturenames", ()))
        if used & BROWSER_FIXTURES:
            item.add_marker(pytest.mark.browser)
        if used & BUILD_FIXTURES:
            item.add_marker(pytest.mark.build)


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-goldens", action="store_true", help="rewrite tests/golden/* from the current output")


@pytest.fixture
def update_goldens(request: pytest.FixtureRequest) -> bool:
    return request.config.getoption("--update-goldens")


def mkdocs(project: Path, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    """Run ``mkdocs`` in ``project``; returns the finished process (output captured as text)."""
    env = {**os.environ, "SOURCE_DATE_EPOCH": "1700000000", "NO_MKDOCS_2_WARNING": "1", **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", *args], cwd=project, env=env, capture_output=True, text=True, timeout=300
    )


@pytest.fixture
def project(tmp_path: Path) -> Path:
    return copy_project(tmp_path / "project")


@pytest.fixture(scope="session")
def _edition_server(tmp_path_factory: pytest.TempPathFactory):
    """A localhost server for the real edition's site folder, bound before the site is built:
    Material's instant navigation follows only links its sitemap lists, so the build is told the
    address it will be read at (SITE_URL), as a deployment is."""
    root = copy_project(tmp_path_factory.mktemp("edition"))
    server, url = serve(root / "site")
    yield root, server, url
    server.shutdown()


@pytest.fixture(scope="session")
def built_site(_edition_server) -> Path:
    """The real edition built once per test session with ``mkdocs build --strict``."""
    root, _, url = _edition_server
    done = mkdocs(root, "build", "--strict", "--site-dir", str(root / "site"), env={"SITE_URL": url + "/"})
    assert done.returncode == 0, done.stderr
    return root / "site"


CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:  # keep test output clean
        pass


def serve(site: Path):
    """Serve ``site`` on a free localhost port in a thread; returns (server, base URL)."""
    handler = functools.partial(_QuietHandler, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}"


def hermetic(context, base: str) -> list[str]:
    """Let ``context`` reach the served site only; returns the list the other requests are noted in."""
    off_site: list[str] = []

    def gate(route) -> None:
        if route.request.url.startswith(base + "/"):
            route.continue_()
        else:
            off_site.append(route.request.url)
            route.abort()

    context.route("**/*", gate)
    return off_site


@pytest.fixture(scope="session")
def site_url(_edition_server, built_site: Path) -> str:
    """The real edition, served on localhost for the whole session."""
    return _edition_server[2]


@pytest.fixture(scope="session")
def chromium():
    """Debian's Chromium driven by Playwright (never a downloaded browser)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture(scope="module")
def page(chromium):
    """A desktop-sized page (1280 × 900, Korean locale) shared by a test module."""
    context = chromium.new_context(viewport={"width": 1280, "height": 900}, locale="ko-KR")
    page = context.new_page()
    yield page
    context.close()
