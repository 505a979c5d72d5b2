"""The build as an editor meets it: `mkdocs build --strict` passes and writes the manifest; two
builds are byte-identical; bad input stops the build with one message and leaves the previous
site/ untouched; a new seed without YAML still builds, with a warning that --strict refuses."""

from __future__ import annotations

import filecmp
import json
from pathlib import Path

import pytest
from conftest import copy_project, mkdocs

pytestmark = pytest.mark.build

KINDS = {"heading", "paragraph", "item", "comment", "figure"}


def snapshot(site: Path) -> dict[str, bytes]:
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in sorted(site.rglob("*")) if p.is_file()}


def test_manifest_lists_every_essay_block_and_change(built_site):
    manifest = json.loads((built_site / "edition.json").read_text(encoding="utf-8"))
    assert len(manifest["essays"]) == 5
    for essay in manifest["essays"]:
        assert set(essay) >= {"id", "source", "url", "title", "meta", "blocks", "apparatus"}
        page = (built_site / essay["url"] / "index.html").read_text(encoding="utf-8")
        for block in essay["blocks"]:
            assert block["kind"] in KINDS
            assert f'id="{block["id"]}"' in page, (essay["id"], block["id"])
        for entry in essay["apparatus"]:
            assert set(entry) >= {"rule", "text", "reason"}


def test_two_builds_are_byte_identical(tmp_path):
    project = copy_project(tmp_path / "p")
    for name in ("a", "b"):
        done = mkdocs(project, "build", "--strict", "--site-dir", str(tmp_path / name))
        assert done.returncode == 0, done.stderr
    comparison = filecmp.dircmp(tmp_path / "a", tmp_path / "b")
    first, second = snapshot(tmp_path / "a"), snapshot(tmp_path / "b")
    assert first.keys() == second.keys()
    differing = [name for name in first if first[name] != second[name]]
    assert not differing, f"differ: {differing[:10]} ({comparison.diff_files})"


@pytest.fixture
def built_project(tmp_path) -> Path:
    """A project copy with a good site already built in its site/."""
    project = copy_project(tmp_path / "p")
    done = mkdocs(project, "build", "--site-dir", str(project / "site"))
    assert done.returncode == 0, done.stderr
    return project


def break_and_build(project: Path, change) -> tuple[int, str, dict, dict]:
    before = snapshot(project / "site")
    change(project / "seeds")
    done = mkdocs(project, "build", "--site-dir", str(project / "site"))
    return done.returncode, done.stderr + done.stdout, before, snapshot(project / "site")


def replace_in(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


BAD_INPUT = {
    "non-utf8-seed": (
        # cp949 "청바지": C3 BB happens to be valid UTF-8, B9 at offset 2 is not
        lambda seeds: (seeds / "002_f509822b59faf0ea.txt").write_bytes("청바지".encode("cp949") + b"\n"),
        "seeds/002_f509822b59faf0ea.txt:1:2: not valid utf-8 (byte 0xB9, file offset 2); "
        "declare its encoding in edition.yml (e.g. encoding: cp949)",
    ),
    "empty-seed": (
        lambda seeds: (seeds / "001_6fc0192a4b7395b9.txt").write_bytes(b"\n \n"),
        "seeds/001_6fc0192a4b7395b9.txt: the seed is empty (no text to publish); add its text or remove the file",
    ),
    "malformed-yaml": (
        lambda seeds: replace_in(
            seeds / "edition.yml", "    slug: pickaxe\n", "    slug: pickaxe\n  gist: [unclosed\n"
        ),
        "seeds/edition.yml:",
    ),
    "unknown-key": (
        lambda seeds: replace_in(seeds / "edition.yml", "    slug: pickaxe\n", "    slugg: pickaxe\n"),
        "unknown key 'slugg' in an essay; allowed keys: source, slug, title",
    ),
    "symlinked-seed": (
        lambda seeds: (seeds / "900_passwd.txt").symlink_to("/etc/passwd"),
        "seeds/900_passwd.txt: is a symbolic link; copy the text itself into seeds/",
    ),
    "billion-laughs": (
        lambda seeds: replace_in(
            seeds / "glossary.yml",
            "terms:\n",
            'terms:\n  - &a {id: a, term: "lol", aliases: [*a, *a], definition: x}\n',
        ),
        "seeds/glossary.yml:",
    ),
    "list-as-key": (
        lambda seeds: replace_in(seeds / "claims.yml", "claims:\n", "claims:\n  - ? [a, b]\n    : c\n"),
        "a key must be a plain word, not a list or a mapping",
    ),
    "duplicate-key": (
        lambda seeds: replace_in(
            seeds / "claims.yml", '    quote: "제조사보다는', '    links: 5\n    quote: "제조사보다는'
        ),
        "duplicate key 'links' (each key may appear once)",
    ),
    "listed-but-missing": (
        lambda seeds: (seeds / "003_a1ceafb664baf738.txt").unlink(),
        "essay '003_a1ceafb664baf738.txt' is listed but seeds/003_a1ceafb664baf738.txt does not exist; add the file or remove the entry",
    ),
}


@pytest.mark.parametrize("case", list(BAD_INPUT))
def test_bad_input_stops_with_one_message_and_keeps_the_previous_site_intact(built_project, case):
    change, message = BAD_INPUT[case]
    code, output, before, after = break_and_build(built_project, change)
    assert code != 0
    assert message in output, output[-2000:]
    assert output.count("ERROR") == 1, output[-2000:]
    assert "Traceback" not in output
    assert after == before


def test_malformed_yaml_error_names_the_line(built_project):
    code, output, _, _ = break_and_build(
        built_project,
        lambda seeds: replace_in(seeds / "edition.yml", "    slug: pickaxe\n", "    slug: pickaxe\n\tgist: tab\n"),
    )
    line = next(
        i
        for i, text in enumerate((built_project / "seeds" / "edition.yml").read_text(encoding="utf-8").splitlines(), 1)
        if text.startswith("\tgist")
    )
    assert f"seeds/edition.yml:{line}: malformed YAML: found character '\\t' that cannot start any token" in output


def test_new_seed_without_yaml_builds_with_a_warning_that_strict_refuses(tmp_path):
    project = copy_project(tmp_path / "p")
    (project / "seeds" / "950_new-essay.txt").write_text(
        "brunch\n\n새로 들어온 글의 제목\n\n엔비디아와 딥시크에 대한 새 글의 본문입니다.\n", encoding="utf-8"
    )
    done = mkdocs(project, "build", "--site-dir", str(project / "site"))
    assert done.returncode == 0, done.stderr
    warning = "seeds/950_new-essay.txt: no entry in seeds/edition.yml; title, author, date and URL taken from what the page states (else the first line, unknown)"
    assert warning in done.stderr
    page = (project / "site" / "essays" / "950-new-essay" / "index.html").read_text(encoding="utf-8")
    assert "새로 들어온 글의 제목" in page and "알 수 없음" in page
    # Not in the editors' debate data yet: named under the matrix, not a column, no comparison pages.
    matrix = (project / "site" / "debate" / "index.html").read_text(encoding="utf-8")
    assert "편집자가 아직 입장을 정리하지 않은 글 1편" in matrix and 'data-essay="950-new-essay"' not in matrix
    assert not list((project / "site" / "compare").glob("*950*"))
    strict = mkdocs(project, "build", "--strict", "--site-dir", str(project / "site2"))
    assert strict.returncode != 0 and warning in strict.stderr
