"""Hostile seeds: text that tries to become Markdown, HTML, Jinja or script renders literally and
runs nothing; files that cannot be an essay stop the build with one clear error."""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from conftest import ROOT, copy_project, mkdocs, serve

pytestmark = pytest.mark.build

HOSTILE = ROOT / "tests" / "hostile" / "hostile-lines.txt"
INVISIBLE = re.compile("[\u200b-\u200f\u202a-\u202e\u2066-\u2069]")


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory) -> Path:
    project = copy_project(tmp_path_factory.mktemp("hostile"))
    (project / "seeds" / "900_hostile.txt").write_bytes(HOSTILE.read_bytes())
    (project / "seeds" / "한글 이름 seed.txt").write_text(
        "파일 이름에 빈칸과 한글이 있는 글\n본문 한 줄.\n", encoding="utf-8"
    )
    (project / "seeds" / "910_long.txt").write_text("긴 줄 " + "가나다라마바사 " * 20000 + "\n", encoding="utf-8")
    done = mkdocs(project, "build", "--site-dir", str(project / "site"))
    assert done.returncode == 0, done.stderr
    return project / "site"


def article(site: Path, slug: str) -> str:
    text = (site / "essays" / slug / "index.html").read_text(encoding="utf-8")
    return text[text.index('<article class="md-content__inner') : text.index("</article>")]


def test_every_hostile_line_is_shown_literally(hostile_site):
    body = article(hostile_site, "900-hostile")
    shown = html.unescape(re.sub(r"<[^>]+>", "", body))
    for line in HOSTILE.read_text(encoding="utf-8").splitlines():
        expected = " ".join(INVISIBLE.sub("", line).split())
        # hashtags lose their "#" (the hashtags rule); everything else is the seed's own text
        expected = expected.replace("#정상태그 의", "정상태그의").replace('#a"b', 'a"b')
        assert expected in " ".join(shown.split()), line


class _Elements(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def test_no_markup_is_made_from_seed_text(hostile_site):
    body = article(hostile_site, "900-hostile")
    parser = _Elements()
    # The essay's own text: all but the template's folded metadata and the apparatus at the end.
    head, text = body.index('<details class="edition-meta-box"'), body.index("data-edition-reading-bar")
    parser.feed(body[:head] + body[text : body.index('<details class="edition-apparatus"')])
    tags = {tag for tag, _ in parser.tags}
    assert not tags & {"script", "img", "table", "blockquote", "hr", "details", "mark", "ins", "del", "abbr", "iframe"}
    assert not [a for _, attrs in parser.tags for a in attrs if a.startswith("on")]
    assert not [v for _, attrs in parser.tags for v in attrs.values() if (v or "").startswith("javascript:")]
    assert not [attrs for _, attrs in parser.tags if "admonition" in (attrs.get("class") or "")]
    assert "{{ config }}" in body and "{% include" in html.unescape(body)


def test_invisible_characters_are_recorded_in_the_apparatus(hostile_site):
    body = article(hostile_site, "900-hostile")
    apparatus = body[body.index('<details class="edition-apparatus"') :]
    assert "invisible-characters" in apparatus and "U+200B" in apparatus and "U+202E" in apparatus


def test_file_name_with_spaces_and_hangul_builds(hostile_site):
    pages = [p.parent.name for p in (hostile_site / "essays").glob("*/index.html")]
    assert any("seed" in name for name in pages), pages


def test_no_hostile_script_runs_in_the_browser(hostile_site, chromium):
    server, url = serve(hostile_site)
    try:
        context = chromium.new_context(viewport={"width": 375, "height": 800})
        page = context.new_page()
        page.goto(url + "/essays/900-hostile/")
        links = page.eval_on_selector_all("article a[href]", "els => els.map(a => a.getAttribute('href'))")
        for href in links:
            if href.startswith(("http:", "https:")):
                continue
            page.goto(url + "/essays/900-hostile/")
            page.click(f'article a[href="{href}"] >> nth=0')
            page.wait_for_load_state("load")
            assert page.evaluate("() => window.__pwned") is None, href
        page.goto(url + "/essays/910-long/")
        assert page.evaluate("() => document.scrollingElement.scrollWidth") <= 375
        context.close()
    finally:
        server.shutdown()


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        (
            "binary.txt",
            b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
            "seeds/binary.txt:3:1: contains a NUL byte (file offset 8); this is not a text file (a UTF-16 text needs its BOM)",
        ),
        ("empty.txt", b"", "seeds/empty.txt: the seed is empty (no text to publish); add its text or remove the file"),
        (
            "huge.txt",
            "가".encode() * 700_000,
            "seeds/huge.txt: the seed is 2,100,000 bytes; one essay is at most 2,000,000 bytes (split the file)",
        ),
    ],
    ids=["binary", "empty", "5mb-class"],
)
def test_file_that_cannot_be_an_essay_stops_the_build(tmp_path, name, content, message):
    project = copy_project(tmp_path / "p")
    (project / "seeds" / name).write_bytes(content)
    done = mkdocs(project, "build", "--site-dir", str(project / "site"))
    assert done.returncode != 0
    assert message in done.stderr + done.stdout
