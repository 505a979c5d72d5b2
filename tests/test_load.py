"""The load stage: decoding seed files and checking the editors' evidence against them.

Every test builds its own ``seeds/`` folder under ``tmp_path``; messages name ``seeds/…``
because that is the folder's name, as in the real project.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from textwrap import dedent, indent

import pytest

from scripts.readers.seeds import read_seeds
from scripts.records import EditionError, Source
from scripts.stages.load import load_sources

TEXT = "청바지인 줄 알았는데, 곡괭이였네\n엔비디아는 곡괭이를 파는 회사입니다.\n"


def seeds(tmp_path: Path, files: dict[str, str | bytes], edition: str | None = None) -> Path:
    folder = tmp_path / "seeds"
    folder.mkdir()
    for name, content in files.items():
        path = folder / name
        path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    if edition is not None:
        (folder / "edition.yml").write_text(dedent(edition), encoding="utf-8")
    return folder


def only_source(folder: Path) -> Source:
    sources, _ = load_sources(read_seeds(folder))
    assert len(sources) == 1
    return sources[0]


def load_error(folder: Path) -> str:
    with pytest.raises(EditionError) as caught:
        load_sources(read_seeds(folder))
    return str(caught.value)


def entry(source: str, body: str = "") -> str:
    """edition.yml with one essay; ``body`` continues the essay's mapping (4-space indent)."""
    return f"essays:\n  - source: {source}\n" + indent(dedent(body), "    ")


# ---------------------------------------------------------------- decoding


def test_utf8_bom_is_removed_and_noted(tmp_path: Path) -> None:
    source = only_source(seeds(tmp_path, {"x.txt": b"\xef\xbb\xbf" + TEXT.encode()}))
    assert (source.lines[0], source.decode_notes) == ("청바지인 줄 알았는데, 곡괭이였네", ("UTF-8 BOM removed",))


def test_crlf_line_ends_are_normalised_and_noted(tmp_path: Path) -> None:
    source = only_source(seeds(tmp_path, {"x.txt": TEXT.replace("\n", "\r\n")}))
    assert (source.lines, source.decode_notes) == (
        ("청바지인 줄 알았는데, 곡괭이였네", "엔비디아는 곡괭이를 파는 회사입니다."),
        ("CRLF/CR line ends normalised",),
    )


def test_sha256_is_of_the_bytes_on_disk(tmp_path: Path) -> None:
    raw = b"\xef\xbb\xbf" + TEXT.replace("\n", "\r\n").encode()
    assert only_source(seeds(tmp_path, {"x.txt": raw})).sha256 == hashlib.sha256(raw).hexdigest()


def test_non_utf8_seed_names_the_byte_offset_and_the_fix(tmp_path: Path) -> None:
    folder = seeds(tmp_path, {"x.txt": "AI 곡괭이".encode("cp949")})
    assert load_error(folder) == (
        "seeds/x.txt:1:4: not valid utf-8 (byte 0xB0, file offset 3); "
        "declare its encoding in edition.yml (e.g. encoding: cp949)"
    )


def test_byte_offset_counts_the_bom(tmp_path: Path) -> None:
    folder = seeds(tmp_path, {"x.txt": b"\xef\xbb\xbf" + "AI 곡괭이".encode("cp949")})
    assert load_error(folder).startswith("seeds/x.txt:1:4: not valid utf-8 (byte 0xB0, file offset 6);")


def test_cp949_seed_decodes_when_declared(tmp_path: Path) -> None:
    folder = seeds(tmp_path, {"x.txt": TEXT.encode("cp949")}, entry("x.txt", "encoding: cp949"))
    source = only_source(folder)
    assert (source.lines[1], source.decode_notes) == ("엔비디아는 곡괭이를 파는 회사입니다.", ("decoded from cp949",))


def test_text_the_declared_encoding_cannot_read_is_an_error(tmp_path: Path) -> None:
    folder = seeds(tmp_path, {"x.txt": TEXT}, entry("x.txt", "encoding: ascii"))
    assert load_error(folder) == (
        "seeds/x.txt:1:1: not valid ascii (byte 0xEC, file offset 0); check the declared encoding"
    )


def test_unknown_declared_encoding_is_an_error(tmp_path: Path) -> None:
    folder = seeds(tmp_path, {"x.txt": TEXT}, entry("x.txt", "encoding: euc-kor"))
    assert load_error(folder) == (
        "seeds/edition.yml:3: 'encoding' in an essay names 'euc-kor', an encoding Python does not know; "
        "e.g. utf-8, cp949, euc-kr, utf-16"
    )


@pytest.mark.parametrize("content", ["", "\n\n", "  \t\n \r\n"], ids=["empty", "blank-lines", "whitespace"])
def test_seed_without_text_is_an_error(tmp_path: Path, content: str) -> None:
    assert load_error(seeds(tmp_path, {"x.txt": content})) == (
        "seeds/x.txt: the seed is empty (no text to publish); add its text or remove the file"
    )


def test_nul_byte_is_an_error(tmp_path: Path) -> None:
    folder = seeds(tmp_path, {"x.txt": b"AI \x00 bubble\n"})
    assert load_error(folder) == (
        "seeds/x.txt:1:4: contains a NUL byte (file offset 3); this is not a text file (a UTF-16 text needs its BOM)"
    )


# ---------------------------------------------------------------- the editors' entries


def test_listed_seed_missing_on_disk_is_an_error(tmp_path: Path) -> None:
    edition = "essays:\n  - source: x.txt\n  - source: gone.txt\n    slug: gone\n"
    folder = seeds(tmp_path, {"x.txt": TEXT}, edition)
    assert load_error(folder) == (
        "seeds/edition.yml:3: essay 'gone.txt' is listed but seeds/gone.txt does not exist; "
        "add the file or remove the entry"
    )


@pytest.mark.parametrize("fact", ["title", "author", "url"])
def test_stated_value_missing_from_its_evidence_line_is_an_error(tmp_path: Path, fact: str) -> None:
    body = f"{fact}:\n  value: 다른 글\n  status: stated\n  evidence: [2]\n"
    folder = seeds(tmp_path, {"x.txt": TEXT}, entry("x.txt", body))
    assert load_error(folder) == (
        f"seeds/edition.yml:3: {fact} '다른 글' is 'stated' but line(s) 2 of x.txt do not contain it; "
        "quote the text exactly or mark it 'inferred'"
    )


def test_stated_value_matches_its_evidence_line_across_spacing_and_case(tmp_path: Path) -> None:
    body = "author:\n  value: 이재훈\n  status: stated\n  evidence: [1]\n"
    folder = seeds(tmp_path, {"x.txt": "BY   이재훈 Feb 19. 2024\n본문입니다.\n"}, entry("x.txt", body))
    evidence = only_source(folder).meta.author.evidence
    assert (evidence.lines, evidence.quote) == ((1,), "BY   이재훈 Feb 19. 2024")


def test_inferred_value_need_not_appear_in_its_evidence_line(tmp_path: Path) -> None:
    body = "kind:\n  value: 블로그 글\n  status: inferred\n  evidence: [2]\n  note: 말투로 판단\n"
    folder = seeds(tmp_path, {"x.txt": TEXT}, entry("x.txt", body))
    kind = only_source(folder).meta.kind
    assert (kind.value, kind.status, kind.evidence.quote, kind.evidence.note) == (
        "블로그 글",
        "inferred",
        "엔비디아는 곡괭이를 파는 회사입니다.",
        "말투로 판단",
    )


def test_evidence_line_past_the_end_is_an_error(tmp_path: Path) -> None:
    body = "title:\n  value: 청바지인 줄 알았는데, 곡괭이였네\n  status: stated\n  evidence: [9]\n"
    folder = seeds(tmp_path, {"x.txt": TEXT}, entry("x.txt", body))
    assert load_error(folder) == (
        "seeds/edition.yml:3: title.evidence: line 9 of x.txt is past the end (the seed has 2 lines); "
        "name a line with text"
    )


def test_blank_evidence_line_is_an_error(tmp_path: Path) -> None:
    body = "date:\n  value: '2024'\n  status: inferred\n  evidence: [2]\n"
    folder = seeds(tmp_path, {"x.txt": "첫 줄입니다.\n   \n셋째 줄입니다.\n"}, entry("x.txt", body))
    assert load_error(folder) == (
        "seeds/edition.yml:3: date.evidence: line 2 of x.txt is blank (the seed has 3 lines); name a line with text"
    )


def test_blank_subtitle_line_is_an_error(tmp_path: Path) -> None:
    folder = seeds(tmp_path, {"x.txt": "제목\n\n본문입니다.\n"}, entry("x.txt", "subtitle_line: 2\n"))
    assert load_error(folder) == (
        "seeds/edition.yml:2: subtitle_line: line 2 of x.txt is blank (the seed has 3 lines); name a line with text"
    )


def test_heading_line_past_the_end_is_an_error(tmp_path: Path) -> None:
    folder = seeds(tmp_path, {"x.txt": TEXT}, entry("x.txt", "headings: [1, 5]\n"))
    assert load_error(folder) == (
        "seeds/edition.yml:2: headings: line 5 of x.txt is past the end (the seed has 2 lines); name a line with text"
    )


# ---------------------------------------------------------------- seeds without an entry


def test_seed_without_entry_gives_a_warning(tmp_path: Path) -> None:
    folder = seeds(tmp_path, {"x.txt": TEXT, "new_essay.txt": TEXT}, entry("x.txt"))
    assert load_sources(read_seeds(folder))[1] == [
        "seeds/new_essay.txt: no entry in seeds/edition.yml; title, author, date and URL taken from what the page states (else the first line, unknown)"
    ]


def test_seed_without_entry_has_unknown_metadata(tmp_path: Path) -> None:
    meta = only_source(seeds(tmp_path, {"New Essay.txt": TEXT})).meta
    facts = [meta.title, meta.author, meta.platform, meta.kind, meta.url, meta.date]
    assert (meta.slug, meta.from_yaml, [(f.value, f.status) for f in facts]) == (
        "new-essay",
        False,
        [(None, "unknown")] * 6,
    )


def test_default_slugs_never_collide(tmp_path: Path) -> None:
    edition = "essays:\n  - source: a_b.txt\n  - source: a-b.txt\n"
    folder = seeds(tmp_path, {"a_b.txt": TEXT, "a-b.txt": TEXT, "A b.txt": TEXT}, edition)
    assert sorted(source.meta.slug for source in load_sources(read_seeds(folder))[0]) == ["a-b", "a-b-2", "a-b-3"]


def test_default_slug_avoids_an_editors_slug(tmp_path: Path) -> None:
    edition = "essays:\n  - source: z.txt\n    slug: new-essay\n"
    folder = seeds(tmp_path, {"new_essay.txt": TEXT, "z.txt": TEXT}, edition)
    assert [source.meta.slug for source in load_sources(read_seeds(folder))[0]] == ["new-essay-2", "new-essay"]


def test_seeds_load_in_file_name_order(tmp_path: Path) -> None:
    folder = seeds(tmp_path, {"002_b.txt": TEXT, "000_c.txt": TEXT, "001_a.txt": TEXT})
    assert [source.name for source in load_sources(read_seeds(folder))[0]] == ["000_c.txt", "001_a.txt", "002_b.txt"]


def test_the_five_seeds_load_without_warnings() -> None:
    sources, warnings = load_sources(read_seeds(Path(__file__).resolve().parents[1] / "seeds"))
    assert (len(sources), warnings) == (5, [])
