"""Stage 2, clean: ``Source`` → ``CleanText``.

Each rule is a small named function over the text's lines. A rule never edits silently: every
line it removes, joins or rewrites is recorded as an ``ApparatusEntry`` with the original source
lines and the rule's reason, so the essay's apparatus shows exactly what the edition changed.
The order of ``RULES`` is the order of application.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from itertools import takewhile

from ..records import ApparatusEntry, CleanText, Line, Source, Span

Lines = tuple[Line, ...]


@dataclass(frozen=True)
class Change:
    """What a rule did to some source lines; ``detail`` completes the rule's reason."""

    numbers: tuple[int, ...]
    detail: str = ""


@dataclass(frozen=True)
class Rule:
    name: str
    label: str  # Korean name shown on the "about" page
    reason: str  # Korean reason shown in the apparatus
    apply: Callable[[Lines], tuple[Lines, list[Change]]]


# ---------------------------------------------------------------- helpers


def _text_lines(lines: Lines) -> list[int]:
    """Indexes of non-blank lines."""
    return [i for i, line in enumerate(lines) if line.text.strip()]


def _edge(lines: Lines, head: int = 10, tail: int = 15) -> set[int]:
    """Indexes of the first ``head`` and last ``tail`` non-blank lines: where platform chrome sits.
    A short text keeps its middle third out of reach, so a lone "공감" mid-text stays."""
    idx = _text_lines(lines)
    third = max(2, len(idx) // 3)
    return set(idx[: min(head, third)]) | set(idx[len(idx) - min(tail, third) :])


def _drop_matching(patterns: tuple[str, ...], where: Callable[[Lines], set[int]] = _edge):
    """A rule body that removes whole lines matching one of ``patterns`` in the region ``where``."""
    compiled = [re.compile(p) for p in patterns]

    def apply(lines: Lines) -> tuple[Lines, list[Change]]:
        def matches(i: int) -> bool:
            return any(p.fullmatch(lines[i].text.strip()) for p in compiled)

        idx = _text_lines(lines)
        # The region, and (for edge rules) however long a run of chrome opens or closes the text.
        runs = list(takewhile(matches, idx)) + list(takewhile(matches, reversed(idx))) if where is _edge else []
        drop = sorted({i for i in where(lines) if matches(i)} | set(runs))
        return _without(lines, drop)

    return apply


def _without(lines: Lines, drop: list[int]) -> tuple[Lines, list[Change]]:
    """Remove the lines at ``drop``; consecutive ones (blank lines between allowed) form one change."""
    if not drop:
        return lines, []
    dropped = set(drop)
    changes: list[Change] = []
    run: list[int] = []
    for i, line in enumerate(lines):
        if i in dropped:
            run.extend(line.numbers)
        elif line.text.strip() and run:
            changes.append(Change(tuple(run)))
            run = []
    if run:
        changes.append(Change(tuple(run)))
    return tuple(line for i, line in enumerate(lines) if i not in dropped), changes


# ---------------------------------------------------------------- characters

# U+200E/U+200F (LRM/RLM) and U+061C (ALM) are bidi marks as much as U+202A–U+202E are.
INVISIBLE = re.compile("[\u200b-\u200f\u061c\u2060\ufeff\u202a-\u202e\u2066-\u2069\u00ad]")


def invisible_characters(lines: Lines) -> tuple[Lines, list[Change]]:
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


def control_characters(lines: Lines) -> tuple[Lines, list[Change]]:
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


def trailing_space(lines: Lines) -> tuple[Lines, list[Change]]:
    changed = [n for line in lines if line.text != line.text.rstrip() and line.text.strip() for n in line.numbers]
    out = tuple(replace(line, text=line.text.rstrip()) for line in lines)
    return out, [Change(tuple(changed), f"{len(changed)}줄")] if changed else []


# ---------------------------------------------------------------- platform chrome

brunch_header = _drop_matching(
    ("brunch", "You can make anything", "by writing", "C\\.S\\.Lewis"), lambda ls: set(_text_lines(ls)[:6])
)
MONTHS = "Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec"
brunch_byline = _drop_matching(
    (rf"by \S.{{0,40}} (?:{MONTHS})\s?\d{{1,2}}\.\s?\d{{4}}",), lambda ls: set(_text_lines(ls)[:10])
)
# "매거진의 이전글 <제목>" is the link; "매거진의 이전글에서 다룬 것처럼 …" is the author's sentence.
brunch_footer = _drop_matching(
    (
        r"매거진의 (?:이전|다음)글(?: .*)?",
        r"브런치는 최신 브라우저에 최적화 ?되어있습니다\..*",
        r"(?:이전|다음)글 .{1,80}",
    )
)

PROMO_START = re.compile(
    r"^\*?\s*(?:위|이) 글은 .{1,40}(?:뉴스레터|매거진|블로그)에 (?:실린|게재된|발행된) 글입니다\.?$"
)
PROMO_END = re.compile(r".*(?:구독하러 가기|구독하기|구독 부탁).*")


def newsletter_promo(lines: Lines) -> tuple[Lines, list[Change]]:
    """From "위 글은 '…' 뉴스레터에 실린 글입니다" to the last "구독…" line: the author's advertising."""
    idx = _text_lines(lines)
    start = next((i for i in idx[-15:] if PROMO_START.match(lines[i].text.strip())), None)
    if start is None:
        return lines, []
    ends = [i for i in idx if i >= start and PROMO_END.fullmatch(lines[i].text.strip())]
    end = ends[-1] if ends else start
    return _without(lines, list(range(start, end + 1)))


NAVER_URL = re.compile(r"https?://(?:m\.)?blog\.naver\.com/\S+")
HASHTAG_ONLY = re.compile(r"(?:#[\w가-힣]+\s*)+(?:\S+@\S+\.\w+)?")
EMAIL = re.compile(r"\S+@\S+\.\w+")


def naver_signature(lines: Lines) -> tuple[Lines, list[Change]]:
    """A Naver blog's closing block: hashtag signature, e-mail, service promo, the post's address."""
    idx = _text_lines(lines)
    if not idx or not NAVER_URL.fullmatch(lines[idx[-1]].text.strip()):
        return lines, []
    start = idx[-1]
    for i in reversed(idx[-9:-1]):
        text = lines[i].text.strip()
        if HASHTAG_ONLY.fullmatch(text) or EMAIL.search(text) or text.startswith("*"):
            start = i
        else:
            break
    return _without(lines, [i for i in idx if i >= start])


tistory_footer = _drop_matching(
    (
        r"공감",
        r"공유하기",
        r"구독하기",
        r"저작자표시.*",
        r"'.+' 카테고리의 다른 글",
        r"태그",
        r"댓글\s*\d*",
        r"관련글",
        r"Designed by TISTORY.*",
        r"TISTORY",
        r"티스토리툴바",
    ),
)
velog_chrome = _drop_matching(
    (r"velog", r"로그인", r"목록 보기", r"(?:이전|다음) 포스트", r"\d+개의 댓글", r"댓글 작성", r"팔로우", r"시리즈"),
)


# ---------------------------------------------------------------- structure repairs


def lone_dash(lines: Lines) -> tuple[Lines, list[Change]]:
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


def repeated_lines(lines: Lines) -> tuple[Lines, list[Change]]:
    """A line (or run of lines) that repeats one already read, as in a copy pasted twice, is kept once."""
    first: dict[str, Line] = {}
    drop: list[int] = []
    for i, line in enumerate(lines):
        key = _key(line.text)
        if not key:
            continue
        if key in first:
            drop.append(i)
        else:
            first[key] = line
    kept, changes = _without(lines, drop)
    detailed = []
    for change in changes:
        repeats = sorted(
            n for line in lines if line.numbers[0] in change.numbers for n in first[_key(line.text)].numbers
        )
        detailed.append(Change(change.numbers, f"{_span(repeats)}행의 반복"))
    return kept, detailed


def _span(numbers: list[int]) -> str:
    return f"{numbers[0]}–{numbers[-1]}" if len(numbers) > 1 else str(numbers[0])


CAPTION = re.compile(
    r".{0,80}\(\s*출처\s*[:：].{1,40}\)"  # 캘리포니아 골드러시를 전하는 신문 (출처 : 위키백과)
    r"|.{0,80}[.\s]출처\s*[:：]\s*\S.{0,30}"  # …최대 항속. 출처:IPCC
    r"|(?:DALL[-·]?E\s*\d*|Midjourney|미드저니|Stable Diffusion)\s*(?:로\s*)?(?:생성|제작)"  # DALL-E3 생성
    r"|(?:사진|이미지)\s*(?:출처|=).{1,40}"
)


def caption_figure(lines: Lines) -> tuple[Lines, list[Change]]:
    """An image caption whose image is not in the seed becomes a figure placeholder with that caption."""
    out, changes = [], []
    for line in lines:
        if line.role == "text" and CAPTION.fullmatch(line.text.strip()):
            out.append(replace(line, role="figure", text=line.text.strip()))
            changes.append(Change(line.numbers))
        else:
            out.append(line)
    return tuple(out), changes


# "#마이크로소프트 의" → "마이크로소프트의": a Naver habit of spacing the particle off a hashtag.
HASHTAG = re.compile(
    r"(?<![\w#&/])#([0-9A-Za-z가-힣_]+)"
    r"(?: (의|에서|에게|에|를|을|가|이|는|은|도|으로|로|와|과|이라는|라는|이라고|라고|란|만|까지|부터|처럼|보다))?"
    r"(?=[\s.,!?)」』’”'\"]|$)"
)


def hashtags(lines: Lines) -> tuple[Lines, list[Change]]:
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
            text += word + particle
            pos = match.end()
        text += line.text[pos:]
        out.append(replace(line, text=text, spans=tuple(spans)))
        changes.append(Change(line.numbers, ", ".join("#" + m.group(1) for m in HASHTAG.finditer(line.text))))
    return tuple(out), changes


RULES: tuple[Rule, ...] = (
    Rule(
        "invisible-characters",
        "보이지 않는 문자 제거",
        "폭 없는 문자·양방향 제어 문자는 글자를 숨기거나 표시 순서를 뒤집으므로 지웠습니다",
        invisible_characters,
    ),
    Rule(
        "control-characters",
        "제어 문자 제거",
        "벨·이스케이프 같은 제어 문자는 글자가 아니어서 화면에 네모나 빈칸으로만 보이므로 지웠습니다",
        control_characters,
    ),
    Rule("trailing-space", "줄 끝 공백 정리", "줄 끝의 공백은 읽기에 영향이 없어 지웠습니다", trailing_space),
    Rule(
        "brunch-header", "브런치 머리말", "브런치 플랫폼의 머리말(서비스 표어)로, 글의 일부가 아닙니다", brunch_header
    ),
    Rule(
        "brunch-byline", "브런치 바이라인", "글쓴이와 날짜를 적은 플랫폼 표시로, 메타데이터로 옮겼습니다", brunch_byline
    ),
    Rule(
        "brunch-footer", "브런치 꼬리말", "브런치의 이전 글 링크·브라우저 안내로, 글의 일부가 아닙니다", brunch_footer
    ),
    Rule("newsletter-promo", "뉴스레터 홍보", "글 끝의 뉴스레터 소개·구독 권유로, 본문이 아닙니다", newsletter_promo),
    Rule(
        "naver-signature",
        "네이버 블로그 서명",
        "블로그 서명(해시태그·이메일)과 서비스 홍보, 글 주소로, 주소는 메타데이터로 옮겼습니다",
        naver_signature,
    ),
    Rule(
        "tistory-footer",
        "티스토리 꼬리말",
        "티스토리의 공감·구독·카테고리 버튼 글자로, 글의 일부가 아닙니다",
        tistory_footer,
    ),
    Rule("velog-chrome", "velog 화면 요소", "velog의 메뉴·댓글 버튼 글자로, 글의 일부가 아닙니다", velog_chrome),
    Rule(
        "lone-dash",
        "홀로 선 글머리표",
        "줄에 홀로 있는 “-”는 다음 줄 항목의 글머리표이므로 합쳤고, 뒤따르는 항목이 없으면 지웠습니다",
        lone_dash,
    ),
    Rule(
        "repeated-lines",
        "반복된 단락",
        "앞에 이미 나온 단락이 (제목 없이) 다시 붙여 넣어진 것이어서 한 번만 남겼습니다",
        repeated_lines,
    ),
    Rule(
        "caption-figure",
        "그림 설명 → 그림 자리",
        "원문의 이미지는 전해지지 않아, 설명문을 그림 자리 표시와 함께 두었습니다",
        caption_figure,
    ),
    Rule(
        "hashtags",
        "해시태그",
        "해시태그의 “#”과 조사 앞 띄어쓰기를 없애 문장으로 읽히게 하고, 낱말은 태그로 모았습니다",
        hashtags,
    ),
)


def clean(source: Source) -> CleanText:
    """Apply every rule in order; collect the apparatus and the hashtags."""
    lines: Lines = tuple(Line((n,), text) for n, text in enumerate(source.lines, 1))
    apparatus: list[ApparatusEntry] = []
    for rule in RULES:
        lines, changes = rule.apply(lines)
        for change in changes:
            original = "\n".join(source.lines[n - 1] for n in change.numbers)
            reason = f"{rule.reason} ({change.detail})" if change.detail else rule.reason
            apparatus.append(ApparatusEntry(rule.name, change.numbers, original, reason))
    tags = tuple(dict.fromkeys(span.value for line in lines for span in line.spans if span.kind == "hashtag"))
    reading = tuple(line for line in lines if line.text.strip())
    return CleanText(source, reading, tuple(apparatus), tags)
