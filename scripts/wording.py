"""How the edition's facts read in Korean: dates ("2024년 2월 19일", "… 이후", "…쯤"), unknown
values ("알 수 없음"), a fact's status, reading time. Used by emitters and templates alike."""

from __future__ import annotations

from .records import Essay, Fact

UNKNOWN = "알 수 없음"
STATUS = {"stated": "원문에 명시", "inferred": "추정", "supplied": "편집자 제공", "unknown": UNKNOWN}
FACTS = (("author", "글쓴이"), ("platform", "게재처"), ("kind", "글의 종류"), ("date", "날짜"), ("url", "원문 주소"))
PRECISION = {"after": " 이후", "about": "쯤"}
CHARS_PER_MINUTE = 500  # Korean silent reading, characters without spaces


def korean_date(value: str, precision: str | None = None) -> str:
    """2024-02-19 → "2024년 2월 19일"; precision "after" adds "이후", "about" "쯤"."""
    parts = value.split("-")
    text = f"{int(parts[0])}년" + "".join(f" {int(p)}{unit}" for p, unit in zip(parts[1:], ("월", "일")))
    return text + PRECISION.get(precision or "", "")


def fact_text(name: str, fact: Fact) -> str:
    """A fact as the page shows it, with its role: "Scott Galloway (원글 필자)"."""
    if not fact.known:
        return UNKNOWN
    text = korean_date(fact.value, fact.precision) if name == "date" else fact.value
    return f"{text} ({fact.role})" if fact.role else text


def reading_minutes(essay: Essay) -> int:
    return max(1, round(essay.reading_chars / CHARS_PER_MINUTE))
