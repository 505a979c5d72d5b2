"""Korean particles for generated phrases (``scripts/korean.py``), case by case from
``tests/cases/particles/particles.yml``."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from scripts.korean import josa, particle

CASES = yaml.safe_load((Path(__file__).parent / "cases" / "particles" / "particles.yml").read_text(encoding="utf-8"))


@pytest.mark.parametrize(("word", "pair", "expected"), CASES, ids=[f"{w}+{p}" for w, p, _ in CASES])
def test_particle_follows_the_word_as_read_aloud(word, pair, expected):
    assert josa(str(word), pair) == str(expected)


def test_a_word_with_no_reading_gets_both_forms():
    assert particle("★", "이/가") == "이(가)" and particle("…", "으로/로") == "(으)로"
