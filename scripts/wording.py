"""How the edition's facts read in Korean: dates ("2024년 2월 19일", "… 이후", "…쯤"), unknown
values ("알 수 없음"), a fact's status, reading time. Used by emitters and templates alike."""

from __future__ import annotations

from .records import Essay, Fact

UNKNOWN = "알 수 없음"
STATUS = {"stated": "원문에 명시", "inferred": "추정", "supplied": "편집자 제공", "unknown": UNKNOWN}
FACTS = (("author", "글쓴이"), ("platform", "게재처"), ("kind", "글의 종류"), ("date", "날짜"), ("url", "원문 주소"))
FACT_LABELS = {"title": "제목", **dict(FACTS)}
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


def line_label(lines: tuple[int, ...]) -> str:
    """Seed lines as the apparatus names them: "12–14행", "3, 7행"."""
    if len(lines) > 1 and lines == tuple(range(lines[0], lines[-1] + 1)):
        return f"{lines[0]}–{lines[-1]}행"
    return ", ".join(map(str, lines)) + "행"


def place(section: str | None, commenter: str | None = None) -> str:
    """Where a passage stands, as indexes label it: its section, or whose reader comment it is."""
    if commenter is not None:
        return f"독자 댓글 — {commenter or '이름 없음'}"
    return section or "첫머리"


# Titles and descriptions of the edition's own pages (front matter: <title>, the search engines).
PAGES = {
    "themes": ("주제", "글들을 가로지르는 주제와 각 글에서 그 주제를 다룬 단락 수"),
    "glossary": ("용어 풀이", "글에 나오는 용어를 편집자가 풀어 쓴 뜻"),
    "people": ("인물·기업", "글에 나오는 사람과 회사, 표기가 달라도 하나로 모아 본 색인"),
    "debate": ("논쟁 지도", "글 {n}편이 같은 물음에 어떻게 답하는지 한 표로 본 지도"),
    "question": ("{text}", "글마다 “{text}”에 답한 입장"),
    "compare": ("두 글 비교", "아무 두 글을 골라 물음과 주제별로 나란히 읽기"),
    "pair": ("{a} ↔ {b}", "{a_title} {b_title} 나란히 읽기"),
    "figures": ("글에 나오는 수치", "글들이 인용한 숫자를 단위와 통화로 맞추어 모은 표"),
    "timeline": ("연표", "글들이 언급한 날짜 있는 사건을 시간순으로"),
    "home": ("AI 붐을 읽는 글 {n}편", None),
}


def page_meta(name: str, **values: object) -> dict:
    """Front matter for one of the edition's pages: its title and description, filled in."""
    title, description = PAGES[name]
    meta = {"title": title.format(**values)}
    if description:
        meta["description"] = description.format(**values)
    return meta


# The sidebar's own entries (essays, themes and questions are listed by their titles).
NAV = {
    "home": "처음",
    "essays": "글",
    "themes": "주제",
    "theme_index": "주제 색인",
    "debate": "논쟁",
    "matrix": "논쟁 지도",
    "compare": "두 글 비교",
    "figures": "수치",
    "timeline": "연표",
    "glossary": "용어 풀이",
    "people": "인물·기업",
    "about": "이 판에 대하여",
}
LINKS = {
    "agrees": "같은 주장",
    "disputes": "반대 주장",
    "extends": "발전시킨 주장",
    "extended_by": "이 주장을 발전시킨 주장",
}

# How a passage of another essay relates to the one beside which it is listed ("다른 글에서는").
RELATIONS = {"agrees": "동의", "disputes": "반박", "extends": "발전", "question": "같은 물음", "theme": "같은 주제"}


def apparatus_mark(numbers: list[int], rules: list[str]) -> tuple[str, str]:
    """A change marker's text and its name: "교3", "교정 기록 3–5: 줄 바꿈 없는 공백 정리"."""
    run = len(numbers) > 2 and numbers == list(range(numbers[0], numbers[-1] + 1))
    named = f"{numbers[0]}–{numbers[-1]}" if run else ", ".join(map(str, numbers))
    return f"교{numbers[0]}", f"교정 기록 {named}: {', '.join(rules)}"
