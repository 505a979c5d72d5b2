"""Rules that repair the text itself: invisible and control characters, trailing spaces, a PDF's
broken lines, lone bullets, a block pasted twice, image captions, hashtags.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace

from .. import korean
from ..records import Line, Span
from .joins import join_broken_lines
from .lines import Change, Lines, without
from .survey import Survey

# U+200E/U+200F (LRM/RLM) and U+061C (ALM) are bidi marks as much as U+202A–U+202E are.
INVISIBLE = re.compile("[\u200b-\u200f\u061c\u2060\ufeff\u202a-\u202e\u2066-\u2069\u00ad]")


def invisible_characters(lines: Lines, page: Survey | None = None) -> tuple[Lines, list[Change]]:
    """Zero-width and bidi control characters: they hide text or reverse its display order."""
    out, changes = [], []
    for line in lines:
        cleaned = INVISIBLE.sub("", line.text)
        if cleaned != line.text:
            found = sorted({f"U+{ord(c):04X}" for c in INVISIBLE.findall(line.text)})
            changes.append(Change(line.numbers, ", ".join(found)))
        out.append(replace(line, text=cleaned))
    return tuple(out), changes


# C0 controls but tab (BEL, ESC, form feed …), DEL and C1 controls: terminals' and printers'
# signals, shown by browsers as boxes or nothing. U+2028/U+2029 separate lines only in some programs.
CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029]")
CONTROL_NAMES = {0x07: "BEL", 0x08: "BS", 0x0C: "FF", 0x1B: "ESC", 0x7F: "DEL", 0x85: "NEL", 0x2028: "LS", 0x2029: "PS"}


def control_characters(lines: Lines, page: Survey | None = None) -> tuple[Lines, list[Change]]:
    """Control characters are removed (line and paragraph separators become a space)."""
    out, changes = [], []
    for line in lines:
        found = CONTROL.findall(line.text)
        if not found:
            out.append(line)
            continue
        text = CONTROL.sub(lambda m: " " if m.group() in "\u2028\u2029" else "", line.text)
        names = sorted({f"U+{ord(c):04X} {CONTROL_NAMES.get(ord(c), 'C0' if ord(c) < 0x80 else 'C1')}" for c in found})
        changes.append(Change(line.numbers, ", ".join(names)))
        out.append(replace(line, text=text))
    return tuple(out), changes


# No-break spaces (U+00A0, narrow U+202F, figure U+2007) come with text copied from web pages; they
# forbid a line break between words, so narrow columns break inside the next word instead.
NO_BREAK = re.compile("[\u00a0\u202f\u2007]")


def no_break_spaces(lines: Lines, page: Survey | None = None) -> tuple[Lines, list[Change]]:
    out, changes = [], []
    for line in lines:
        found = NO_BREAK.findall(line.text)
        if found:
            names = ", ".join(f"U+{ord(c):04X} {found.count(c)}개" for c in sorted(set(found)))
            changes.append(Change(line.numbers, names))
            line = replace(line, text=NO_BREAK.sub(" ", line.text))
        out.append(line)
    return tuple(out), changes


def trailing_space(lines: Lines, page: Survey | None = None) -> tuple[Lines, list[Change]]:
    changed = [n for line in lines if line.text != line.text.rstrip() and line.text.strip() for n in line.numbers]
    out = tuple(replace(line, text=line.text.rstrip()) for line in lines)
    return out, [Change(tuple(changed), f"{len(changed)}줄")] if changed else []


def pdf_lines(lines: Lines, page: Survey) -> tuple[Lines, list[Change]]:
    """In a PDF copy, a sentence broken at the page's width becomes one line again (joins.py)."""
    if not page.pdf:
        return lines, []
    joined, joins = join_broken_lines(lines, frozenset({page.title, page.subtitle} - {None}))
    return joined, [Change(join.numbers, join.how) for join in joins]


def lone_dash(lines: Lines, page: Survey | None = None) -> tuple[Lines, list[Change]]:
    """A bullet whose "-" stands alone on its line: join it with the item text on the next line."""
    out: list[Line] = []
    changes: list[Change] = []
    pending: Line | None = None
    for line in lines:
        text = line.text.strip()
        if pending is not None and text:
            if text == "-" or text.startswith("- "):
                changes.append(Change(pending.numbers, "빈 항목 삭제"))
            else:
                joined = Line(pending.numbers + line.numbers, "- " + text)
                changes.append(Change(joined.numbers, "다음 줄과 합침"))
                out.append(joined)
                pending = None
                continue
            pending = None
        if text == "-":
            pending = line
        else:
            out.append(line)
    if pending is not None:
        changes.append(Change(pending.numbers, "빈 항목 삭제"))
    return tuple(out), changes


def _key(text: str) -> str:
    return " ".join(text.split())


REFRAIN_MAX = 40  # characters: a single line this short, said again later, is the author's refrain
REFRAIN_NEXT = 25  # characters: the same line twice in a row longer than this is pasted twice


def repeated_lines(lines: Lines, page: Survey | None = None) -> tuple[Lines, list[Change]]:
    """A run of lines that repeats lines already read, as in a copy pasted twice, is kept once.
    A single short line said again ("그래도 버블은 버블이다.") is a refrain and stays."""
    seen: dict[str, list[int]] = {}  # a line's text → where it stands, in order
    origin: dict[int, list[int]] = {}  # a repeated line → where it stood before
    for i, line in enumerate(lines):
        key = _key(line.text)
        if not key:
            continue
        if key in seen:
            origin[i] = list(seen[key])
        seen.setdefault(key, []).append(i)
    repeated = list(origin)
    said = [i for i, line in enumerate(lines) if line.text.strip()]  # the lines with text, in order
    drop = [i for i in repeated if not _refrain(lines, i, origin, said)]
    kept, changes = without(lines, drop)
    detailed = []
    for change in changes:
        repeats = sorted(
            n for line in lines if line.numbers[0] in change.numbers for n in lines[seen[_key(line.text)][0]].numbers
        )
        detailed.append(Change(change.numbers, f"{_span(repeats)}행의 반복"))
    return kept, detailed


def _refrain(lines: Lines, i: int, origin: dict[int, list[int]], said: list[int]) -> bool:
    """A short repeated line that stands alone as its own paragraph (blank lines around it), or
    whose neighbouring lines do not repeat its own first neighbours in the same order (it opens
    or closes a new paragraph; a heading from the contents beside a refrain): the author saying
    it again, not part of a block pasted twice."""
    at = bisect_left(said, i)
    again = at > 0 and said[at - 1] in origin[i]  # right under itself
    if len(_key(lines[i].text)) > (REFRAIN_NEXT if again else REFRAIN_MAX):
        return False
    if all(not (0 <= j < len(lines)) or not lines[j].text.strip() for j in (i - 1, i + 1)):
        return True
    for step in (-1, 1):
        k = at + step
        before = {_at(said, bisect_left(said, j) + step) for j in origin[i]}
        if 0 <= k < len(said) and said[k] in origin and before & set(origin[said[k]]):
            return False
    return True


def _at(said: list[int], k: int) -> int | None:
    return said[k] if 0 <= k < len(said) else None


def _span(numbers: list[int]) -> str:
    return f"{numbers[0]}–{numbers[-1]}" if len(numbers) > 1 else str(numbers[0])


CAPTION = re.compile(
    r".{0,80}\(\s*출처\s*[:：].{1,40}\)"  # 캘리포니아 골드러시를 전하는 신문 (출처 : 위키백과)
    r"|.{0,80}[.\s]출처\s*[:：]\s*\S.{0,30}"  # …최대 항속. 출처:IPCC
    r"|(?:DALL[-·]?E\s*\d*|Midjourney|미드저니|Stable Diffusion)\s*(?:로\s*)?(?:생성|제작)"  # DALL-E3 생성
    r"|(?:사진|이미지)\s*(?:출처|=).{1,40}"
)


def caption_figure(lines: Lines, page: Survey | None = None) -> tuple[Lines, list[Change]]:
    """An image caption whose image is not in the seed becomes a figure placeholder with that caption."""
    out, changes = [], []
    for line in lines:
        if line.role == "text" and CAPTION.fullmatch(line.text.strip()):
            out.append(replace(line, role="figure", text=line.text.strip()))
            changes.append(Change(line.numbers))
        else:
            out.append(line)
    return tuple(out), changes


# "#마이크로소프트 의" → "마이크로소프트의", "#마이크로소프트 입니다" → "마이크로소프트입니다": a Naver
# habit of spacing the particle or the copula off a hashtag.
_PARTICLE = "의|에서|에게|에|를|을|가|이|는|은|도|으로|로|와|과|만|까지|부터"
HASHTAG = re.compile(
    # "#37", "#36에서", "#1 자리": an issue's or a rank's number, not a tag ("#2차전지" is one)
    rf"(?<![\w#&/])#(?!\d+(?:{_PARTICLE}|번|호|위)?(?![0-9A-Za-z가-힣_]))"
    r"([0-9A-Za-z가-힣_]+)"
    rf"(?: ({_PARTICLE}|이라는|라는|이라고|라고|란|처럼|보다"
    r"|입니다|입니까|이다|이죠|이지요|이에요|예요|이었다|였다|이었습니다|였습니다|이며|이고|인|이라|이나|나))?"
    r"(?=[\s.,!?)」』’”'\"]|$)"
)
# Particles whose form depends on the word's last sound (after a consonant | after a vowel). A form that
# does not fit the word is not its particle: in "#MS 이 회사는" the 이 is "this", and the space stays.
PAIRS = (("이", "가"), ("은", "는"), ("을", "를"), ("과", "와"), ("이나", "나"), ("이에요", "예요"))
AFTER_CONSONANT = {consonant: True for consonant, _ in PAIRS} | {vowel: False for _, vowel in PAIRS}


def _joins(word: str, particle: str) -> bool:
    if particle in ("으로", "로"):
        return korean.particle(word, "으로/로") == particle
    if particle not in AFTER_CONSONANT:
        return True
    return AFTER_CONSONANT[particle] == (korean.particle(word, "이/가") == "이")


def hashtags(lines: Lines, page: Survey | None = None) -> tuple[Lines, list[Change]]:
    """Hashtags lose their "#" and a particle spaced off them joins the word again; the words become tags."""
    out, changes = [], []
    for line in lines:
        if line.role != "text" or not HASHTAG.search(line.text):
            out.append(line)
            continue
        text, spans, pos = "", list(line.spans), 0
        for match in HASHTAG.finditer(line.text):
            text += line.text[pos : match.start()]
            word, particle = match.group(1), match.group(2) or ""
            spans.append(Span(len(text), len(text) + len(word), "hashtag", word))
            if particle and _joins(word, particle):
                text += word + particle
                pos = match.end()
            else:
                text += word
                pos = match.end(1)
        text += line.text[pos:]
        out.append(replace(line, text=text, spans=tuple(spans)))
        changes.append(Change(line.numbers, ", ".join("#" + m.group(1) for m in HASHTAG.finditer(line.text))))
    return tuple(out), changes
