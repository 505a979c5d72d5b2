"""Bad input of every class in issue 12, new cases of our own: symlinked and odd seed files,
encodings, editors' text that tries to become markup, inputs that used to be silently accepted,
and small ones (control characters, odd file names, a heading that mentions 댓글). Each error is
one line ``file:line[:col]: message``; no traceback ever reaches the editor."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from conftest import copy_project, mkdocs

from scripts.pipeline import build_edition
from scripts.records import EditionError

TEXT = "청바지인 줄 알았는데, 곡괭이였네\n\n엔비디아는 곡괭이를 파는 회사입니다.\n"


@pytest.fixture
def seeds(tmp_path: Path) -> Path:
    return copy_project(tmp_path / "p") / "seeds"


def error(seeds: Path) -> str:
    with pytest.raises(EditionError) as caught:
        build_edition(seeds)
    return str(caught.value)


def replace_in(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def line_of(path: Path, text: str) -> int:
    return next(i for i, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if text in line)


# ---------------------------------------------------------------- class 2: only regular files in seeds/


@pytest.mark.parametrize("target", ["/etc/passwd", "../mkdocs.yml", "000_30828d187df8e01c.txt"])
def test_a_symlinked_seed_stops_the_build(seeds, target):
    (seeds / "900_link.txt").symlink_to(target)
    assert error(seeds) == (
        "seeds/900_link.txt: is a symbolic link; copy the text itself into seeds/ (a link could publish any file)"
    )


def test_a_symlinked_yaml_file_stops_the_build(seeds):
    (seeds / "glossary.yml").unlink()
    (seeds / "glossary.yml").symlink_to("/etc/hostname")
    assert error(seeds).startswith("seeds/glossary.yml: is a symbolic link;")


def test_a_folder_or_fifo_named_like_a_seed_stops_the_build(seeds):
    (seeds / "901_folder.txt").mkdir()
    assert error(seeds) == "seeds/901_folder.txt: is not a regular file; seeds/ holds text files only"
    (seeds / "901_folder.txt").rmdir()
    os.mkfifo(seeds / "902_pipe.txt")
    assert error(seeds) == "seeds/902_pipe.txt: is not a regular file; seeds/ holds text files only"


def test_a_symlinked_seeds_folder_stops_the_build(tmp_path, seeds):
    (tmp_path / "elsewhere").symlink_to(seeds)
    assert error(tmp_path / "elsewhere") == "elsewhere/: the seeds folder must be a real folder, not a link or a file"


@pytest.mark.parametrize(
    ("name", "warning"),
    [
        ("theme.yml", "seeds/theme.yml: not a file the edition reads; did you mean themes.yml? (rename or remove it)"),
        ("questions.yaml", "seeds/questions.yaml: not a file the edition reads; did you mean questions.yml?"),
        ("notes.md", "seeds/notes.md: not a file the edition reads; the edition reads *.txt and edition.yml,"),
    ],
)
def test_a_file_the_edition_does_not_read_is_named_in_a_warning(seeds, name, warning):
    (seeds / name).write_text("themes: []\n", encoding="utf-8")
    assert any(w.startswith(warning) for w in build_edition(seeds).warnings)


@pytest.mark.build
def test_an_unknown_yaml_file_fails_a_strict_build(tmp_path):
    project = copy_project(tmp_path / "p")
    (project / "seeds" / "theme.yml").write_text("themes: []\n", encoding="utf-8")
    done = mkdocs(project, "build", "--strict", "--site-dir", str(project / "site"))
    assert done.returncode != 0
    assert "seeds/theme.yml: not a file the edition reads; did you mean themes.yml?" in done.stderr


# ---------------------------------------------------------------- class 5: encodings, with positions


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-32", "utf-8-sig"])
def test_a_seed_with_a_byte_order_mark_is_decoded(seeds, encoding):
    raw = TEXT.encode(encoding)
    if encoding == "utf-16-be":
        raw = b"\xfe\xff" + raw
    (seeds / "903_bom.txt").write_bytes(raw)
    essay = next(e for e in build_edition(seeds).essays if e.meta.source == "903_bom.txt")
    assert essay.title == "청바지인 줄 알았는데, 곡괭이였네"
    assert essay.source.raw == raw  # the published source copy is the file as received


def test_a_declared_utf16_seed_is_decoded(seeds):
    (seeds / "904_declared.txt").write_bytes(TEXT.encode("utf-16"))
    with (seeds / "edition.yml").open("a", encoding="utf-8") as f:
        f.write("  - source: 904_declared.txt\n    encoding: utf-16\n")
    assert any(e.meta.source == "904_declared.txt" for e in build_edition(seeds).essays)


def test_utf16_without_its_mark_is_named_with_line_and_column(seeds):
    (seeds / "905_nobom.txt").write_bytes(TEXT.encode("utf-16-le"))
    assert error(seeds) == (
        "seeds/905_nobom.txt:1:10: contains a NUL byte (file offset 9); this is not a text file (a UTF-16 text needs its BOM)"
    )


def test_an_undecodable_byte_is_named_by_line_and_column(seeds):
    (seeds / "906_bad.txt").write_bytes("첫 줄\n둘째 줄 ".encode() + b"\xff" + "셋째".encode())
    assert error(seeds).startswith("seeds/906_bad.txt:2:6: not valid utf-8 (byte 0xFF, file offset 19);")


def test_a_codec_that_is_not_a_text_encoding_is_refused(seeds):
    path = seeds / "edition.yml"
    replace_in(path, "    slug: pickaxe\n", "    slug: pickaxe\n    encoding: rot13\n")
    assert (
        error(seeds)
        == f"seeds/edition.yml:{line_of(path, 'rot13')}: 'encoding' in an essay names 'rot13', which is not a text encoding"
    )


def test_yaml_that_is_not_utf8_is_named_by_line_and_column(seeds):
    path = seeds / "themes.yml"
    line = line_of(path, "label: 엔비디아")
    path.write_bytes(path.read_bytes().replace("label: 엔비디아".encode(), "label: 엔비디아".encode("cp949"), 1))
    assert error(seeds) == f"seeds/themes.yml:{line}:12: not valid UTF-8 (byte 0xBF); save the file as UTF-8"


def test_a_nul_in_yaml_is_named_by_line_and_column(seeds):
    path = seeds / "glossary.yml"
    path.write_bytes(path.read_bytes().replace(b"term: ", b"term: \x00", 1))
    assert re.fullmatch(r"seeds/glossary\.yml:\d+:11: contains U\+0000 \(NUL\); remove it", error(seeds))


# ---------------------------------------------------------------- class 6: editors' text is text


@pytest.mark.build
def test_a_note_with_blank_lines_and_markdown_stays_text(tmp_path):
    project = copy_project(tmp_path / "p")
    hostile = "첫 문단.\n\n[누르기](javascript:window.__pwned=1) ![x](http://evil.invalid/x.png)\n\n<b id=pwn>굵게</b>"
    notes = project / "seeds" / "annotations.yml"
    text = notes.read_text(encoding="utf-8")
    at = text.index("    text: 엔비디아 주가는")
    end = text.index("\n", at)
    notes.write_text(text[:at] + "    text: " + repr(hostile).replace("'", '"') + text[end:], encoding="utf-8")
    done = mkdocs(project, "build", "--site-dir", str(project / "site"))
    assert done.returncode == 0, done.stderr
    page = (project / "site" / "essays" / "galloway-deepseek" / "index.html").read_text(encoding="utf-8")
    assert "javascript:" not in page.replace("[누르기](javascript:window.__pwned=1)", "")
    assert "evil.invalid/x.png" in page and '<img alt="x"' not in page and 'id="pwn"' not in page
    assert "[누르기](javascript:window.__pwned=1)" in page and "&lt;b id=pwn&gt;" in page


# ---------------------------------------------------------------- class 7: no silent acceptance


def test_a_quote_that_stands_twice_in_its_block_needs_an_occurrence(seeds):
    path = seeds / "annotations.yml"
    replace_in(path, "quote: SoftBank가 OpenAI에 400억 달러 규모 투자를 추진", "quote: OpenAI")
    assert error(seeds).endswith(
        "quote 'OpenAI' stands 2 times in block 'li-56f168'; quote more words, or say which with occurrence: 1 to 2"
    )
    replace_in(path, "quote: OpenAI", "quote: OpenAI\n    occurrence: 2")
    notes = build_edition(seeds).annotations.notes
    assert any(n.citation.occurrence == 2 for ns in notes.values() for n in ns)


def test_control_characters_are_removed_and_recorded(seeds):
    (seeds / "907_controls.txt").write_text(
        "종소리\x07가 울린다\n\n주가\x1b[31m가 떨어졌다\x7f\x85.\n", encoding="utf-8"
    )
    essay = next(e for e in build_edition(seeds).essays if e.meta.source == "907_controls.txt")
    assert [b.text for b in essay.shown_blocks()] == ["종소리가 울린다", "주가[31m가 떨어졌다."]
    assert [(a.rule, a.lines) for a in essay.apparatus] == [("control-characters", (1,)), ("control-characters", (3,))]


@pytest.mark.build
@pytest.mark.parametrize("name", ["908_a#b.txt", "909_what?.txt", "910_100% 확실.txt"])
def test_a_seed_file_name_with_url_characters_keeps_its_source_link(tmp_path, name):
    project = copy_project(tmp_path / "p")
    (project / "seeds" / name).write_text(TEXT, encoding="utf-8")
    done = mkdocs(project, "build", "--site-dir", str(project / "site"))
    assert done.returncode == 0, done.stderr
    slug = re.sub(r"[^a-z0-9]+", "-", name.removesuffix(".txt").lower()).strip("-")
    page = (project / "site" / "essays" / slug / "index.html").read_text(encoding="utf-8")
    href = re.search(r'<a href="(\.\./\.\./sources/[^"/]+)" download>', page).group(1)  # the file, not its page
    from urllib.parse import unquote

    assert (project / "site" / "essays" / slug / unquote(href)).resolve().read_text(encoding="utf-8") == TEXT


def test_a_concept_word_listed_twice_names_the_line(seeds):
    path = seeds / "concepts.yml"
    replace_in(path, "words: [export, exports, 수출]", "words: [export, exports, 수출, 수 출]")
    assert (
        error(seeds) == f"seeds/concepts.yml:{line_of(path, '수 출')}: word '수 출' is listed twice in concept 'export'"
    )


def test_a_concept_without_words_asks_for_them(seeds):
    path = seeds / "concepts.yml"
    replace_in(path, "words: [export, exports, 수출]", "words: []")
    assert "concepts.yml" in error(seeds) and "give at least one" in error(seeds)
