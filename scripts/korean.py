"""Korean particles chosen by the word they follow, for every phrase the edition generates.

A particle pair (이/가, 은/는, 을/를, 와/과, 으로/로) depends on whether the word's last
syllable, *as read aloud*, ends in a consonant (받침): "AI 모멘트가", "곡괭이가", "MS와", "젠슨
황과"; 으로/로 also treats a final ㄹ as none: "서울로", "GPU로", "구글로". Latin letters and
digits are read as Koreans read them: acronyms letter by letter (MS → 엠에스 → 가, SK → 에스케이
→ 가, IBM → 아이비엠 → 이), words by their ending (Google → 구글 → 로, Microsoft →
마이크로소프트 → 가), digits by their Sino-Korean
names (2024 → 이천이십사 → 가; 130 → 백삼십 → 이; 1 → 일 → 이).
"""

from __future__ import annotations

import re

PAIRS = {
    "이/가": ("이", "가"),
    "은/는": ("은", "는"),
    "을/를": ("을", "를"),
    "과/와": ("과", "와"),
    "으로/로": ("으로", "로"),
}
PAIRS["와/과"] = PAIRS["과/와"]
PAIRS["(으)로"] = PAIRS["으로/로"]
RIEUL = 8  # the final-consonant index of ㄹ
MIEUM = 16  # …of ㅁ
# Final consonant of each letter's Korean name: A 에이 (none), L 엘 (ㄹ), M 엠 (ㅁ), N 엔 (ㄴ), R 알 (ㄹ).
LETTER_FINAL = {"l": RIEUL, "m": MIEUM, "n": 4, "r": RIEUL}
# Digits read as 영 일 이 삼 사 오 육 칠 팔 구: final ㅇ, ㄹ, -, ㅁ, -, -, ㄱ, ㄹ, ㄹ, -.
DIGIT_FINAL = {"0": 21, "1": RIEUL, "3": 16, "6": 1, "7": RIEUL, "8": RIEUL}
# 십 백 천 만: a number ending in zeros is read with its last named power.
POWER_FINAL = {1: 17, 2: 1, 3: 4, 4: 4}  # 십 ㅂ, 백 ㄱ, 천 ㄴ, 만 ㄴ
TRAILING = re.compile(r"[\s\"'“”‘’()\[\]「」『』<>.,!?…·:;-]+$")


def final_consonant(word: str) -> int | None:
    """The final consonant index (0 for none) of ``word`` as read aloud; None when unknown."""
    word = TRAILING.sub("", word)
    if not word:
        return None
    last = word[-1]
    if "가" <= last <= "힣":
        return (ord(last) - 0xAC00) % 28
    if last.isdigit():
        digits = re.search(r"\d+$", word).group(0)
        zeros = len(digits) - len(digits.rstrip("0"))
        if digits.strip("0") and zeros in POWER_FINAL:
            return POWER_FINAL[zeros]
        return DIGIT_FINAL.get(last, 0)
    if last.isascii() and last.isalpha():
        return _latin(re.search(r"[A-Za-z]+$", word).group(0))
    return None


def _latin(word: str) -> int:
    """Acronyms (all capitals, or no vowel) are read letter by letter; other words by their ending."""
    lower = word.lower()
    if word.isupper() and len(word) <= 5 or not re.search(r"[aeiouy]", lower):
        return LETTER_FINAL.get(lower[-1], 0)
    if lower.endswith(("le", "l")):  # Google 구글, Intel 인텔
        return RIEUL
    if lower.endswith(("m", "n", "ng")):  # Adam 애덤, Huang 황, Samsung 삼성
        return 4
    return 0  # Nvidia 엔비디아, Microsoft 마이크로소프트, OpenAI 오픈에이아이


def particle(word: str, pair: str) -> str:
    """The particle of ``pair`` ("이/가", "은/는", "을/를", "와/과", "으로/로") that follows ``word``."""
    with_final, without = PAIRS[pair]
    final = final_consonant(word)
    if final is None:
        return f"{with_final}({without})" if pair != "으로/로" else "(으)로"
    if with_final == "으로":
        return without if final in (0, RIEUL) else with_final
    return with_final if final else without


def josa(word: str, pair: str) -> str:
    """``word`` followed by its particle: josa("AI 모멘트", "이/가") → "AI 모멘트가"."""
    return word + particle(word, pair)
