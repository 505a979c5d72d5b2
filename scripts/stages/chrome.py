"""What one line shows of platform chrome: the lexicon's kinds, and shapes the code knows.

``Lexicon`` compiles the chrome entries (``chrome.yml`` + ``seeds/chrome.yml``) once; ``mark``
gives a line's ``Mark``: its evidence kinds and the facts it states. A mark is evidence, never a
verdict — ``survey.py`` decides from marks, positions and neighbours. Shapes recognised here:
counts ("128", "1.2K"), date and time stamps ("입력2024.03.05. 오전 9:12", "Feb 3, 2025",
"3시간 ·"), separator rules ("━━━", "·"), emoji-only lines, hashtag-only lines, e-mail and
phone lines, chat messages ("[이름] [오전 9:12] …", "2025년 1월 27일 오후 9:41, 이름 : …").
"""

from __future__ import annotations

import datetime
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass

from ..editorial import ChromeEntry

# Korean labels of the evidence, shown in the apparatus and on the about page.
KIND_LABEL = {
    "menu": "메뉴",
    "path": "경로",
    "button": "버튼",
    "count": "개수",
    "stamp": "날짜·시각",
    "byline": "글쓴이 표시",
    "list": "다른 글 목록",
    "item": "목록 항목",
    "notice": "플랫폼 안내문",
    "credit": "사진 설명·출처",
    "footer": "저작권·약관",
    "link": "플랫폼 주소",
    "contact": "연락처",
    "property": "문서 속성",
    "chat": "대화 내보내기 표시",
    "page": "쪽 번호·머리글",
    "rule": "구분선",
    "icon": "아이콘",
    "contents": "차례",
    "tags": "태그",
    "name": "블로그·매체 이름",
    "card": "글쓴이 소개",
    "box": "플랫폼 상자 속 글",
    "comment": "다른 사람의 댓글",
    "each": "항목마다 되풀이되는 표시",
}
SURE_KINDS = frozenset({"notice", "credit"})  # chrome wherever they stand
SHORT_LINE = 80  # characters: chrome is short; a longer line can only be a photo's caption or a notice
LONG_KINDS = frozenset({"credit", "notice"})
MENU_WORDS = 12  # words at most in a menu copied as one line
MENU_ITEMS = 3  # items at least in it
MARKS_KEPT = 200_000  # lines whose marks a lexicon keeps (a 1,000-essay edition has about 100,000)
# Kinds strong enough for one line at the head or tail; the others need a second line beside them.
# A bare date is not: an essayist may date the essay under its title or sign it at the end.
STRONG = frozenset({"byline", "notice", "credit", "list", "link", "property", "footer", "chat", "page", "path"})

MONTH = {m: i for i, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split(), 1)}
_MON = r"(?P<mon>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
DATE = re.compile(
    r"(?P<y>\d{4})\s?[.\-/]\s?(?P<m>\d{1,2})\s?[.\-/]\s?(?P<d>\d{1,2})\.?(?:\s?\([월화수목금토일]\)|\s[월화수목금토일](?=\s|$))?"
    r"|(?P<y2>\d{4})년\s?(?P<m2>\d{1,2})월\s?(?P<d2>\d{1,2})일(?:\s?(?:[월화수목금토일]요일|\([월화수목금토일]\)))?"
    rf"|{_MON}\s?(?P<d3>\d{{1,2}})(?:st|nd|rd|th)?[.,]?\s?(?P<y3>\d{{4}})"
    # A day without its year ("2월 27일", "Feb 27"): a social post's date; it states no ISO date.
    rf"|(?P<m4>\d{{1,2}})월\s?(?P<d4>\d{{1,2}})일|{_MON.replace('mon', 'mon5')}\s(?P<d5>\d{{1,2}})",
    re.IGNORECASE,
)
TIME = r"(?:(?:오전|오후|새벽|am|pm)\s?)?\d{1,2}:\d{2}(?::\d{2})?(?:\s?(?:am|pm))?"
RELATIVE = (
    r"\d{1,2}\s?(?:초|분|시간|일|주|개월|달|년)(?:\s?전)?|방금(?:\s?전)?|어제|그제|\d{1,2}[smhdw]"
    r"|yesterday|just now|\d{1,2} (?:mins?|minutes?|hours?|days?|weeks?) ago"
)
# A board's comment is dated by month and day with its time ("04.18 08:01:33"); alone, "4.18" is a number.
MONTH_DAY = rf"\d{{1,2}}[./]\d{{1,2}}\.?\s{TIME}"
# A board's post under a two-digit year ("25.02.14 23:41"): a stamp with its time; it states no
# ISO date (the century is the reader's guess).
SHORT_YEAR = rf"\d{{2}}(?P<sep>[.\-/])\d{{1,2}}(?P=sep)\d{{1,2}}\.?\s{TIME}"
WHEN = re.compile(
    rf"(?P<label>[^\d]{{0,20}}?)\s?[:：]?\s?(?P<when>(?:{DATE.pattern})(?:[.,]?\s?{TIME})?|{SHORT_YEAR}|{MONTH_DAY}|{TIME}|{RELATIVE})\.?"
    # a label after the date ("2025년 6월 3일 발행"), an edit mark
    r"(?:\s(?:발행|게재|작성|등록|송고)(?:됨|일)?)?(?:\s?\(?(?:수정됨|edited)\)?)?",
    re.IGNORECASE,
)
# An issue number, alone or after the newsletter's name ("AI 머니 브리핑 #58", "제42호").
ISSUE = re.compile(r"[^\d]{0,20}(?:#\d{1,4}|제?\s?\d{1,4}\s?호|vol\.?\s?\d{1,4}|no\.?\s?\d{1,4})", re.IGNORECASE)
# The middle dots platforms print between a name and a date: Latin, Japanese (・ ･) and old
# Hangul's arae-a (ㆍ), which Korean sites use for one.
DOT = "·∙•・･ㆍ"
SEGMENTS = re.compile(rf"\s+[{DOT}|]\s*|\s*[{DOT}|]\s+|\s*[{DOT}]\s*$|\s{{2,}}|\t")
COUNT_DOT = re.compile(rf"(?<=[^\W\d])[{DOT}](?=\d)")  # counts set close: "24 Likes∙2 Restacks"
DASHES = re.compile(rf"^[-=─━_~*{DOT}|\s]+|[-=─━_~*{DOT}|\s]+$")
COUNT = re.compile(r"\(?\d[\d,.]*[kKmM만천]?\)?")
COUNT_AFFIX = re.compile(r"^\(?\d[\d,.]*[kKmM만천]?\)?\s*|\s*\(?\d[\d,.]*[kKmM만천]?\s?(?:개|회|명|건|번)?\)?$")
RULE = re.compile(rf"[-=─━═_~*]{{2,}}|[{DOT}|]")  # a lone "-" is a bullet (lone-dash), not a separator
HASHTAGS = re.compile(r"(?:#[^\s#]+\s*){1,}")
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
PHONE = re.compile(r"(?:tel\.?\s?)?\d{2,4}-\d{3,4}-\d{4}", re.IGNORECASE)
# "[박지훈] [오전 9:12] …" (PC export) or "2025년 1월 27일 오후 9:41, 박지훈 : …" / "2025. 1. 27. 오후 9:41, …" (phone);
# a meeting's saved chat: "21:00:42\t From  박지안 : …", "21:00:42 From 박지안 to Everyone: …" (Zoom);
# a tab-separated export: "오후 9:41\t박정훈\t…", "21:41\t박정훈\t…" (LINE and others; a system line has one tab).
CHAT = re.compile(
    r"\[[^\]]{1,30}\] \[(?:오전|오후) \d{1,2}:\d{2}\] (?P<body>.*)"
    r"|\d{4}(?:년 |\. )\d{1,2}(?:월 |\. )\d{1,2}(?:일|\.) (?:오전|오후) \d{1,2}:\d{2}, (?:[^:]{1,30} : )?(?P<body2>.*)"
    r"|\d{2}:\d{2}:\d{2}\s+From\s+[^:]{1,60}?\s?:\s?(?P<body3>.*)"
    r"|(?:(?:오전|오후|AM|PM) ?)?\d{1,2}:\d{2}(?: ?(?:AM|PM))?\t[^\t]{1,30}\t(?P<body4>.*)"
)
INVISIBLE = re.compile("[\u00a0\u200b-\u200f\u2060\ufeff\u00ad]")
DECORATION = "‣▶►▷▸→←↑↓※✓✔☞◆◇■□●○◎★☆-–—>|•·∙*"


@dataclass(frozen=True)
class Mark:
    """One line's chrome evidence: kinds (lexicon kinds and shapes), the facts it states, and
    its key (the text normalised, counts and emoji dropped) for lines repeated elsewhere."""

    kinds: frozenset[str] = frozenset()
    stated: tuple[tuple[str, str], ...] = ()  # (author|date|url, value)
    key: str = ""
    body: frozenset[str] = frozenset()  # platforms that also print this button inside the text
    chat: bool = False  # a chat message line (author text, whatever it says)
    at: str | None = None  # head | tail: the only place the platform prints these words
    printed: bool = False  # a date with a label or a time ("입력2024.03.05. 오전 9:12"): the platform's
    platforms: frozenset[str] = frozenset()  # the platforms whose sentences (notices) the line is
    sources: frozenset[str] = frozenset()  # the platforms of every entry the line matched

    @property
    def stated_author(self) -> bool:
        return any(key == "author" for key, _ in self.stated)

    def strong(self, kinds: set[str]) -> bool:
        """Evidence enough on its own at the head or tail of a text."""
        return bool(kinds & STRONG) or self.printed

    @property
    def sure(self) -> bool:
        return bool(self.kinds & SURE_KINDS)


NO_MARK = Mark()


REACH = {
    "stamp": "꼬리표(입력, Created)나 시각이 붙으면 글 앞뒤에서 한 줄로도, 날짜뿐이면 다른 근거와 함께일 때만",
    "chat": "대화 내보내기(메시지 줄이 셋 이상)에서만",
    "page": "PDF 사본에서 쪽 번호가 차례로 이어질 때만, 쪽 번호 곁에 되풀이되는 머리글과 함께",
}


def reach(kind: str) -> str:
    """How far one line of this kind counts, in Korean (for the about page)."""
    if kind in REACH:
        return REACH[kind]
    if kind in SURE_KINDS:
        return "어디에 있든 플랫폼 요소"
    if kind in STRONG:
        return "글 앞뒤에서는 한 줄로도 플랫폼 요소"
    return "글 앞뒤에서 다른 근거와 함께일 때만"


def visible(text: str) -> str:
    """The line without invisible characters and no-break spaces, stripped."""
    return INVISIBLE.sub(" ", text).strip()


def normal(text: str) -> str:
    """The text as the lexicon's ``lines`` are compared: case, spacing, emoji and bullets dropped."""
    text = _trimmed(visible(text).replace("...", "…"), _decoration)
    return " ".join(text.casefold().split()).rstrip(":：").strip()


def _bare(key: str) -> str:
    """A normalised line without the count beside it, nor the colon before the count ("조회 : 18,442")."""
    return COUNT_AFFIX.sub("", key).strip().rstrip(":：").strip()


def compact(key: str) -> str:
    """A normalised line without its spaces: Korean spacing varies ("무단 전재" / "무단전재", "뉴스 홈")."""
    return key.replace(" ", "")


def _unmarked(text: str) -> str:
    """The line without the pictographs at its ends ("🖍 이 문장에 …")."""
    return _trimmed(text, lambda char: char.isspace() or unicodedata.category(char) == "So")


def _trimmed(text: str, cut) -> str:
    """``text`` without the characters ``cut`` accepts at either end."""
    start, end = 0, len(text)
    while start < end and cut(text[start]):
        start += 1
    while end > start and cut(text[end - 1]):
        end -= 1
    return text[start:end]


def _decoration(char: str) -> bool:
    return char.isspace() or char in DECORATION or unicodedata.category(char) in ("So", "Sk", "Mn", "Cf", "Co")


class Lexicon:
    """The chrome entries, compiled once: whole lines by key, phrases and patterns by kind."""

    def __init__(self, entries: tuple[ChromeEntry, ...]):
        self.entries = entries
        self._marks: dict[str, Mark] = {}
        self.lines: dict[str, list[ChromeEntry]] = defaultdict(list)
        self.patterns: list[tuple[ChromeEntry, re.Pattern]] = []
        for entry in entries:
            for line in entry.lines:
                self.lines[compact(normal(line))].append(entry)
            self.patterns += [(entry, re.compile(p, re.IGNORECASE)) for p in entry.patterns]
        phrased = [entry for entry in entries if entry.contains]
        # Phrases match whatever the spacing: "무단전재 및 재배포 금지" as "무단 전재 및 재배포 금지".
        self.phrases = [(e, re.compile("|".join(_spaced(p) for p in e.contains))) for e in phrased]
        # One alternation tells quickly whether any phrase stands in a line; then each entry is tried.
        self.any_phrase = re.compile("|".join(p.pattern for _, p in self.phrases) or "(?!)")
        # One alternation tells quickly whether any pattern can match; then each is tried. A line
        # longer than SHORT_LINE (the author's prose, mostly) is tried only for a photo credit.
        self.any_pattern = _alternation(p for _, p in self.patterns)
        self.any_long = _alternation(p for e, p in self.patterns if e.kind in LONG_KINDS)
        # Patterns grouped by kind, each group behind its own alternation: a line tries the few
        # patterns of the kinds it can be, not all of them.
        groups: dict[str, list[tuple[ChromeEntry, re.Pattern]]] = defaultdict(list)
        for entry, pattern in self.patterns:
            groups[entry.kind].append((entry, pattern))
        self.groups = [(_alternation(p for _, p in group), group) for group in groups.values()]
        self.count_pattern = _alternation(p for e, p in self.patterns if e.kind == "count")

    def mark(self, text: str) -> Mark:
        """The line's mark; the same line (a platform's "공감", a date) is marked once per build."""
        found = self._marks.get(text)
        if found is None:
            found = self._mark(text)
            if len(self._marks) < MARKS_KEPT:
                self._marks[text] = found
        return found

    def _mark(self, text: str) -> Mark:
        shown = visible(text)
        if not shown:
            return NO_MARK
        key = normal(shown)
        chat = CHAT.fullmatch(shown)
        if chat:
            return self._chat_mark(chat, key)
        kinds: set[str] = set()
        stated: list[tuple[str, str]] = []
        bare = _bare(key) if len(key) < 60 else key
        matched = list(self.lines.get(compact(key), ()))
        if not matched and bare != key:
            matched = list(self.lines.get(compact(bare), ()))
            if matched:  # "공감 41": the button and its count
                key = bare
                kinds.add("count")
        listed = bool(matched)  # a listed whole line ("by writing") states nothing through a pattern
        folded = shown.casefold()
        phrased = [e for e, p in self.phrases if p.search(folded)] if self.any_phrase.search(folded) else []
        kinds |= {entry.kind for entry in phrased}
        quick = self.any_pattern if len(shown) <= SHORT_LINE else self.any_long
        # a pictograph the page prints before a line is no part of its words
        worded = next(
            (t for t in dict.fromkeys((shown, _unmarked(shown))) if len(t) <= 200 and quick.fullmatch(t)), None
        )
        if worded is not None:
            for either, group in self.groups:
                if not either.fullmatch(worded):
                    continue
                for entry, pattern in group:
                    match = pattern.fullmatch(worded)
                    if match:
                        matched.append(entry)
                        value = match.groupdict().get(entry.states or "")
                        if value and not listed:
                            stated.append((entry.states, value.strip()))
        # A date's label alone ("등록") is a button, not a date.
        kinds |= {entry.kind for entry in matched if not (entry.kind == "stamp" and entry.lines)}
        when = stamp(shown, self)
        if when is not None:
            kinds.add("stamp")
            if when.date:
                stated.append(("date", when.date))
        kinds |= _shapes(shown, key)
        if not kinds and len(shown) <= SHORT_LINE:
            kinds |= self._segments(shown)
        places = {entry.at for entry in matched}
        return Mark(
            frozenset(kinds),
            tuple(dict.fromkeys(stated)),
            key,
            body=frozenset(entry.platform or "" for entry in matched if entry.body),
            at=places.pop() if len(places) == 1 else None,
            printed=when is not None and when.printed,
            platforms=frozenset(e.platform for e in matched + phrased if e.kind == "notice" and e.platform),
            sources=frozenset(e.platform for e in matched + phrased if e.platform),
        )

    def _items(self, words: list[str]) -> set[str]:
        """A menu when ``words`` spell out its items end to end (``MENU_ITEMS`` at least, each a whole
        menu line of the lexicon, no word left over); a line of other known words may be the author's
        ("이전 글 요약")."""
        if not MENU_ITEMS <= len(words) <= MENU_WORDS:
            return set()
        spelt: dict[int, list[list[ChromeEntry]]] = {0: []}  # words read → the items read so far
        for start in range(len(words)):
            if start not in spelt:
                continue
            for end in range(start + 1, len(words) + 1):
                entries = self.lines.get("".join(words[start:end]))
                if entries and end not in spelt:
                    spelt[end] = [*spelt[start], entries]
        items = spelt.get(len(words), [])
        menu = len(items) >= MENU_ITEMS and all(any(e.kind == "menu" for e in entries) for entries in items)
        return {"menu"} if menu else set()

    def _chat_mark(self, chat: re.Match, key: str) -> Mark:
        """A chat message is said by someone, unless it only stands for what the file lacks ("사진")."""
        message = next(body for body in chat.group("body", "body2", "body3", "body4") if body is not None).strip()
        placeholder = any(e.kind == "chat" for e in self.lines.get(compact(normal(message)), ()))
        if placeholder or self._pattern_kinds(message, "chat"):
            return Mark(frozenset({"chat"}), (), key)
        return Mark(frozenset(), (), key, chat=True)

    def _segments(self, shown: str) -> set[str]:
        """A line of parts joined by "|" or "·", every part the platform's ("수신거부 | 구독 정보 변경"),
        or a site's menu copied as one line, its items apart by a space ("브런치스토리 홈 브런치스토리 나우")."""
        parts = [part for part in SEGMENTS.split(COUNT_DOT.sub(" · ", shown)) if part.strip()]
        if len(parts) < 2:
            return self._items(normal(shown).split())
        marks = [self.mark(part) for part in parts]
        if not all(mark.kinds - {"rule", "icon"} for mark in marks):
            return set()
        return {kind for mark in marks for kind in mark.kinds}

    def _pattern_kinds(self, text: str, kind: str) -> bool:
        return any(entry.kind == kind and pattern.fullmatch(text) for entry, pattern in self.patterns)

    def counts(self, text: str) -> bool:
        """A count with its unit, as the lexicon knows them ("최대 7 분 소요", "8 min read")."""
        key = compact(_bare(normal(text)))
        return any(e.kind == "count" for e in self.lines.get(key, ())) or bool(
            self.count_pattern.fullmatch(visible(text))
        )

    def counted_button(self, text: str) -> bool:
        """A button the lexicon knows with its count beside it ("추천 21", "공감 41")."""
        key = normal(text)
        bare = _bare(key)
        return bare != key and bool(self.lines.get(compact(bare)))

    def author_label(self, text: str) -> bool:
        """A line that is only the label of the author's name ("Created by"): the name is below it."""
        return any(e.kind == "byline" and e.states == "author" for e in self.lines.get(compact(normal(text)), ()))

    def stamp_label(self, label: str) -> str | None:
        """'date' for a label that dates the post (입력, Created), '' for one that does not (수정), None if unknown."""
        for entry in self.lines.get(compact(normal(label)), ()):
            if entry.kind == "stamp":
                return entry.states or ""
        return None


def _spaced(phrase: str) -> str:
    """A phrase as a regular expression that allows any spacing between its characters."""
    chars = [re.escape(ch) for ch in phrase.casefold() if not ch.isspace()]
    return r"\s*".join(chars)


def _alternation(patterns) -> re.Pattern:
    """One regular expression for many, their named groups made plain."""
    joined = "|".join(f"(?:{re.sub(r'[(][?]P<[a-z]+>', '(?:', p.pattern)})" for p in patterns)
    return re.compile(joined or "(?!)", re.IGNORECASE)


def _shapes(shown: str, key: str) -> set[str]:
    """Kinds a line has by its shape alone."""
    kinds = set()
    if len(shown) > SHORT_LINE:
        return {"tags"} if HASHTAGS.fullmatch(shown) else kinds
    if COUNT.fullmatch(shown):
        kinds.add("count")
    if RULE.fullmatch(shown.replace(" ", "")):
        kinds.add("rule")
    elif not key and any(unicodedata.category(ch) == "So" for ch in shown):
        kinds.add("icon")
    if HASHTAGS.fullmatch(shown):
        kinds.add("tags")
    if EMAIL.fullmatch(shown) or PHONE.fullmatch(shown):
        kinds.add("contact")  # weak: an essayist may close with an address to write to
    return kinds


@dataclass(frozen=True)
class Stamp:
    date: str  # the post's date (ISO) when the line states it, else ""
    printed: bool  # a label, a time of day or a relative time: the platform's, not an essayist's dateline


CLOCK = re.compile(TIME, re.IGNORECASE)
LABEL_WORDS = re.compile(r"[가-힣]{2,}\s[가-힣]{2,}\s[가-힣]{2,}")  # three Korean words: a phrase, no label
LIST_ITEM = re.compile(r"[-•*]\s+\D")
RELATIVE_LABEL = 8  # characters at most before a relative time ("수정 3시간 전")
# A view count printed beside the date ("2025.01.31. 21:36 조회 3,118", "조회수 38만회 • 1개월 전", glued
# to the time when the copy lost the cell's edge: "23:05조회 2,418") and
# the hashtags a video page prints after it: the platform's line, read as a date line without them.
VIEWS = re.compile(r"(?:^|\s|(?<=\d))(?:조회수?|읽음|views?)\s?[\d,.]+[만천kKmM]?\s?회?(?=\s|$)", re.IGNORECASE)
TRAILING_TAGS = re.compile(r"(?:\s+#[^\s#]+)+$")


def stamp(text: str, lexicon: Lexicon) -> Stamp | None:
    """A line that is only dates and times (with labels, separators, an issue number), or None."""
    if len(text) > 80 or (not any(ch.isdigit() for ch in text) and "어제" not in text and "방금" not in text):
        return None
    if LIST_ITEM.match(text) or lexicon.counts(text):
        return None  # "- 다음 회의 3월 6일": the author's list; "남은 시간 14:22:07": a countdown, no date
    bare = TRAILING_TAGS.sub("", VIEWS.sub(" ", text)).strip()
    stated, printed, found = "", bare != text, False
    text = bare
    segments = [segment.strip() for segment in SEGMENTS.split(DASHES.sub("", text)) if segment.strip()]
    for segment in [part for whole in segments for part in _stamps(whole)]:
        if ISSUE.fullmatch(segment):
            continue
        match = WHEN.fullmatch(segment)
        if match is None:
            if lexicon.counts(segment) or lexicon.counted_button(segment):
                printed = True  # a reading time or a count beside the date ("최대 7 분 소요", "추천 21")
                continue
            if len(segment) > 20 or any(ch.isdigit() for ch in segment):
                return None
            continue  # a name beside the date ("반도체 한 스푼 · 2024.03.07")
        label = match.group("label").strip()
        when = match.group("when")
        known = lexicon.stamp_label(label) is not None  # "Last published 3 days ago"
        if len(label) > RELATIVE_LABEL and not known and (LABEL_WORDS.search(label) or not DATE.search(when)):
            # "대기만 평균 5년": a phrase ending in a span of time; "… 다시 읽는 1월 27일": a subtitle
            if not CLOCK.search(when):
                return None
        found = True
        printed = printed or bool(label) or len(segments) > 1 or bool(CLOCK.search(when)) or not DATE.search(when)
        # 수정, 저장한 날짜, Last edited: a date, but not the post's; an unknown label may be a byline.
        if not stated and (not label or lexicon.stamp_label(label) != ""):
            stated = _iso(match) or ""
    return Stamp(stated, printed) if found else None


def _stamps(segment: str) -> list[str]:
    """A segment of two labelled dates with no separator ("Posted Feb 3, 2025 23:10 Updated Feb 5,
    2025"), or glued where the page set them side by side ("입력 2025. 3. 18. 06:02수정 2025. 3. 18."),
    as its two; any other segment as it is."""
    if WHEN.fullmatch(segment):
        return [segment]
    for cut in re.finditer(r"\s(?=[^\W\d])|(?<=\d)(?=[^\W\d_])", segment):
        left, right = segment[: cut.start()], segment[cut.end() :]
        if any(ch.isdigit() for ch in left) and WHEN.fullmatch(left) and WHEN.fullmatch(right):
            return [left, right]
    return [segment]


def _iso(match: re.Match) -> str | None:
    parts = match.groupdict()
    if parts.get("y"):
        y, m, d = parts["y"], parts["m"], parts["d"]
    elif parts.get("y2"):
        y, m, d = parts["y2"], parts["m2"], parts["d2"]
    elif parts.get("y3"):
        y, m, d = parts["y3"], MONTH[parts["mon"][:3].casefold()], parts["d3"]
    else:
        return None
    try:
        return datetime.date(int(y), int(m), int(d)).isoformat()
    except ValueError:
        return None
