"""The built-in misspellings table (scripts/emitters/misspellings.yml): read through the editors'
schema, each entry a misspelling of one word, verbs by their 다-form on both sides."""

from __future__ import annotations

import pytest

from scripts.readers import misspellings as reader
from scripts.records import EditionError


def read(tmp_path, monkeypatch, text: str):
    table = tmp_path / "misspellings.yml"
    table.write_text(text, encoding="utf-8")
    monkeypatch.setattr(reader, "BUILT_IN", table)
    reader.misspellings.cache_clear()
    try:
        return reader.misspellings()
    finally:
        reader.misspellings.cache_clear()


def test_the_built_in_table_reads_and_every_entry_differs():
    entries = reader.misspellings()
    assert len(entries) >= 50 and all(m.wrong != m.right for m in entries)
    assert ("댓가", "대가") in {(m.wrong, m.right) for m in entries}


@pytest.mark.parametrize(
    ("line", "message"),
    [
        (
            "  - {wrong: 썪은, right: 썩다}",
            "scripts/emitters/misspellings.yml:2: '썪은' and '썩다': write a verb's two spellings with 다, "
            "a noun's without, and make them differ",
        ),
        (
            "  - {wrong: 대가, right: 대가}",
            "scripts/emitters/misspellings.yml:2: '대가' and '대가': write a verb's two spellings with 다, "
            "a noun's without, and make them differ",
        ),
        (
            "  - {wrong: 댓가}",
            None,  # a missing key is the schema's own message; only its form is checked here
        ),
    ],
)
def test_a_broken_entry_is_one_line_at_its_place(tmp_path, monkeypatch, line, message):
    with pytest.raises(EditionError) as caught:
        read(tmp_path, monkeypatch, f"misspellings:\n{line}\n")
    shown = str(caught.value)
    assert "\n" not in shown and shown.startswith("scripts/emitters/misspellings.yml:2: ")
    if message is not None:
        assert shown == message
