"""Every gold file of the cleaning corpus agrees with its text (tests/corpus/validate.py): the
benchmark's figures are only as true as the golds they count against."""

import importlib.util
from pathlib import Path

import pytest

CORPUS = Path(__file__).parent / "corpus"
spec = importlib.util.spec_from_file_location("corpus_validate", CORPUS / "validate.py")
validate = importlib.util.module_from_spec(spec)
spec.loader.exec_module(validate)

GOLDS = sorted(CORPUS.glob("*/*.gold.yml"))


@pytest.mark.parametrize("gold", GOLDS, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_gold_agrees_with_its_text(gold):
    errors, _ = validate.check(str(gold).removesuffix(".gold.yml") + ".txt", str(gold))
    assert errors == []


def test_a_wrong_gold_is_caught(tmp_path):
    text = tmp_path / "t.txt"
    text.write_text("제목\n본문 한 줄.\n김기자 기자\n", encoding="utf-8")
    gold = tmp_path / "t.gold.yml"
    gold.write_text(
        "platform: plain\ntitle: 제목\ntitle_line: 1\nchrome: [3]\nrepeat: []\nrepeat_of: []\n"
        "refrain: []\nlookalike: []\njoins: []\nstated:\n  author: {value: 박기자, line: 3}\nnote: x\n",
        encoding="utf-8",
    )
    errors, _ = validate.check(str(text), str(gold))
    assert errors == ["stated.author '박기자' not in line 3 '김기자 기자'"]
