"""Link integrity over the built site: every internal href and src resolves to a file, every
#anchor exists on its page, and every page is reachable from the home page."""

from __future__ import annotations

import posixpath
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest


class _Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.ids: set[str] = set()
        self.links: list[str] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        for key in ("id", "name"):
            if attrs.get(key):
                self.ids.add(attrs[key])
        for key in ("href", "src"):
            if attrs.get(key) and not (tag == "link" and attrs.get("rel") in ("canonical", "alternate")):
                self.links.append(attrs[key])


def parse(path: Path) -> _Page:
    page = _Page()
    page.feed(path.read_text(encoding="utf-8"))
    return page


def resolve(site: Path, page: Path, link: str) -> tuple[Path, str] | None:
    """The file and anchor an internal link points to; None for off-site or non-file links."""
    parts = urlsplit(link)
    if parts.scheme or parts.netloc or link.startswith(("mailto:", "javascript:", "data:")):
        return None
    if not parts.path:
        return page, unquote(parts.fragment)
    # 404.html links from the site root (it is served at any depth); everything else is relative.
    base = "" if parts.path.startswith("/") else page.parent.relative_to(site).as_posix()
    target = posixpath.normpath(posixpath.join(base, unquote(parts.path).lstrip("/")))
    path = site / target
    if path.is_dir() or parts.path.endswith("/"):
        path = path / "index.html"
    return path, unquote(parts.fragment)


@pytest.fixture(scope="module")
def pages(built_site: Path) -> dict[Path, _Page]:
    return {p: parse(p) for p in built_site.rglob("*.html")}


def test_every_internal_link_and_anchor_resolves(built_site, pages):
    broken = []
    for page, parsed in pages.items():
        for link in parsed.links:
            target = resolve(built_site, page, link)
            if target is None:
                continue
            path, anchor = target
            if not path.exists():
                broken.append(f"{page.relative_to(built_site)}: {link} (no file)")
            elif anchor and path.suffix == ".html" and anchor not in pages[path].ids:
                broken.append(f"{page.relative_to(built_site)}: {link} (no #{anchor})")
    assert not broken, "\n".join(broken[:30])
    assert sum(len(p.links) for p in pages.values()) > 1000  # the checker really looked


# Links a reader may follow off the site (nothing is loaded from them): a source's own address
# and Material's credit in the footer.
ALLOWED_OFFSITE = ("https://blog.naver.com/kirak/223404403955", "https://squidfunk.github.io/mkdocs-material/")


def test_no_link_leaves_the_site_but_the_allowed_ones(built_site, pages):
    offsite = {link for parsed in pages.values() for link in parsed.links if urlsplit(link).scheme in ("http", "https")}
    assert offsite <= set(ALLOWED_OFFSITE), offsite - set(ALLOWED_OFFSITE)


def test_every_page_is_reachable_from_the_home_page(built_site, pages):
    seen, queue = set(), [built_site / "index.html"]
    while queue:
        page = queue.pop()
        if page in seen or page not in pages:
            continue
        seen.add(page)
        for link in pages[page].links:
            target = resolve(built_site, page, link)
            if target and target[0].suffix == ".html":
                queue.append(target[0])
    unreachable = sorted(str(p.relative_to(built_site)) for p in set(pages) - seen if p.name != "404.html")
    assert not unreachable, unreachable
