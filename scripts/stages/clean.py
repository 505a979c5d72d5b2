"""Stage 2, clean: ``Source`` → ``CleanText``.

Each rule is a small named function over the text's lines. A rule never edits silently: every
line it removes, joins or rewrites is recorded as an ``ApparatusEntry`` with the original source
lines and the rule's reason, so the essay's apparatus shows exactly what the edition changed.
The order of ``RULES`` is the order of application.

Platform chrome is found once per text by ``survey.py`` (the lexicon's evidence combined with
position and neighbours); the rules ``page-furniture`` … ``platform-widget`` remove what it
found, zone by zone. What the removed chrome states (title line, author, date, URL) becomes the
essay's metadata when the editors have no entry for it; lines that look like chrome but stay
are listed for review (``possible_chrome``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import cache
from itertools import takewhile

from ..readers.chrome import built_in
from ..records import ApparatusEntry, CleanText, EssayMeta, Evidence, Fact, Line, Source, Span
from .chrome import KIND_LABEL, Lexicon
from .joins import join_broken_lines
from .survey import Survey, survey

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
    apply: Callable[[Lines, Survey], tuple[Lines, list[Change]]]
    chrome: bool = False  # removes platform chrome: what the removed lines state is metadata


@dataclass(frozen=True)
class PossibleChrome:
    """A line kept in the reading text although it looks like chrome: for the editors to judge."""

    line: int
    text: str
    evidence: str  # Korean labels of the evidence


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

    def apply(lines: Lines, page: Survey | None = None) -> tuple[Lines, list[Change]]:
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


def trailing_space(lines: Lines, page: Survey | None = None) -> tuple[Lines, list[Change]]:
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


def newsletter_promo(lines: Lines, page: Survey | None = None) -> tuple[Lines, list[Change]]:
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


def naver_signature(lines: Lines, page: Survey | None = None) -> tuple[Lines, list[Change]]:
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


def _zone(zone: str) -> Callable[[Lines, Survey], tuple[Lines, list[Change]]]:
    """A rule body that removes the lines the survey placed in ``zone``, naming their evidence."""

    def apply(lines: Lines, page: Survey) -> tuple[Lines, list[Change]]:
        kept, changes = _without(lines, [i for i, line in enumerate(lines) if page.zone(line.numbers[0]) == zone])
        return kept, [Change(change.numbers, page.labels(change.numbers)) for change in changes]

    return apply


# ---------------------------------------------------------------- structure repairs


def pdf_lines(lines: Lines, page: Survey) -> tuple[Lines, list[Change]]:
    """In a PDF copy, a sentence broken at the page's width becomes one line again (joins.py)."""
    if not page.pdf:
        return lines, []
    joined, joins = join_broken_lines(lines, page.span)
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


REFRAIN_MAX = 25  # characters: a single line this short, said again, is the author's refrain


def repeated_lines(lines: Lines, page: Survey | None = None) -> tuple[Lines, list[Change]]:
    """A run of lines that repeats lines already read, as in a copy pasted twice, is kept once.
    A single short line said again ("그래도 버블은 버블이다.") is a refrain and stays."""
    first: dict[str, Line] = {}
    repeated: list[int] = []
    for i, line in enumerate(lines):
        key = _key(line.text)
        if not key:
            continue
        if key in first:
            repeated.append(i)
        else:
            first[key] = line
    drop = [i for i in repeated if not _refrain(lines, i, set(repeated))]
    kept, changes = _without(lines, drop)
    detailed = []
    for change in changes:
        repeats = sorted(
            n for line in lines if line.numbers[0] in change.numbers for n in first[_key(line.text)].numbers
        )
        detailed.append(Change(change.numbers, f"{_span(repeats)}행의 반복"))
    return kept, detailed


def _refrain(lines: Lines, i: int, repeated: set[int]) -> bool:
    """A short repeated line that stands alone as its own paragraph (blank lines around it)."""
    if len(_key(lines[i].text)) > REFRAIN_MAX:
        return False
    return all(not (0 <= j < len(lines)) or not lines[j].text.strip() for j in (i - 1, i + 1))


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


# "#마이크로소프트 의" → "마이크로소프트의": a Naver habit of spacing the particle off a hashtag.
HASHTAG = re.compile(
    r"(?<![\w#&/])#([0-9A-Za-z가-힣_]+)"
    r"(?: (의|에서|에게|에|를|을|가|이|는|은|도|으로|로|와|과|이라는|라는|이라고|라고|란|만|까지|부터|처럼|보다))?"
    r"(?=[\s.,!?)」』’”'\"]|$)"
)


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
            text += word + particle
            pos = match.end()
        text += line.text[pos:]
        out.append(replace(line, text=text, spans=tuple(spans)))
        changes.append(Change(line.numbers, ", ".join("#" + m.group(1) for m in HASHTAG.finditer(line.text))))
    return tuple(out), changes


PAGE_FURNITURE, CHAT_EXPORT, PLATFORM_HEAD, PLATFORM_TAIL, PLATFORM_WIDGET = (
    _zone(zone) for zone in ("page", "chat", "head", "tail", "widget")
)
SURVEYED = (PAGE_FURNITURE, CHAT_EXPORT, PLATFORM_HEAD, PLATFORM_TAIL, PLATFORM_WIDGET)

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
        "brunch-header",
        "브런치 머리말",
        "브런치 플랫폼의 머리말(서비스 표어)로, 글의 일부가 아닙니다",
        brunch_header,
        chrome=True,
    ),
    Rule(
        "brunch-byline",
        "브런치 바이라인",
        "글쓴이와 날짜를 적은 플랫폼 표시로, 메타데이터로 옮겼습니다",
        brunch_byline,
        chrome=True,
    ),
    Rule(
        "brunch-footer",
        "브런치 꼬리말",
        "브런치의 이전 글 링크·브라우저 안내로, 글의 일부가 아닙니다",
        brunch_footer,
        chrome=True,
    ),
    Rule(
        "newsletter-promo",
        "뉴스레터 홍보",
        "글 끝의 뉴스레터 소개·구독 권유로, 본문이 아닙니다",
        newsletter_promo,
        chrome=True,
    ),
    Rule(
        "naver-signature",
        "네이버 블로그 서명",
        "블로그 서명(해시태그·이메일)과 서비스 홍보, 글 주소로, 주소는 메타데이터로 옮겼습니다",
        naver_signature,
        chrome=True,
    ),
    Rule(
        "page-furniture",
        "쪽 번호·머리글",
        "PDF에서 옮기며 따라온 쪽 번호와 쪽마다 되풀이되는 머리글로, 글의 일부가 아닙니다",
        PAGE_FURNITURE,
        chrome=True,
    ),
    Rule(
        "chat-export",
        "대화 내보내기 표시",
        "대화 내보내기의 머리말·날짜 줄·입장 알림과 내용이 전해지지 않는 메시지 자리(사진, 이모티콘, 삭제된 메시지)로, "
        "대화의 말이 아닙니다",
        CHAT_EXPORT,
        chrome=True,
    ),
    Rule(
        "platform-head",
        "플랫폼 머리말",
        "글 앞에 플랫폼이 붙인 메뉴·글쓴이 표시·날짜·버튼으로, 글의 일부가 아닙니다 "
        "(글쓴이·날짜·주소는 편집자 항목이 없을 때 메타데이터로 옮깁니다)",
        PLATFORM_HEAD,
        chrome=True,
    ),
    Rule(
        "platform-tail",
        "플랫폼 꼬리말",
        "글 뒤에 플랫폼이 붙인 버튼·개수·다른 글 목록·글쓴이 소개·저작권 줄로, 글의 일부가 아닙니다",
        PLATFORM_TAIL,
        chrome=True,
    ),
    Rule(
        "platform-widget",
        "본문 속 플랫폼 요소",
        "본문 사이에 플랫폼이 끼워 넣은 안내문·구독 상자·공유 버튼·기사 사진 설명으로, 글의 일부가 아닙니다",
        PLATFORM_WIDGET,
        chrome=True,
    ),
    Rule(
        "pdf-lines",
        "끊긴 줄 잇기",
        "PDF에서 옮기며 쪽 너비에서 끊긴 문장을 한 줄로 이었습니다. 낱말 가운데서 끊긴 곳인지는 추정입니다",
        pdf_lines,
    ),
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


@cache
def default_lexicon() -> Lexicon:
    """The built-in lexicon alone (a build passes the one extended by ``seeds/chrome.yml``)."""
    return Lexicon(built_in())


def clean(source: Source, lexicon: Lexicon | None = None) -> CleanText:
    """Survey the page, apply every rule in order; collect the apparatus, the hashtags, and what
    the removed chrome states."""
    page = survey(source.lines, lexicon or default_lexicon(), _editors_lines(source.meta))
    lines: Lines = tuple(Line((n,), text) for n, text in enumerate(source.lines, 1))
    apparatus: list[ApparatusEntry] = []
    chrome: set[int] = set()
    surveyed: set[int] = set()  # removed by the survey's rules (not by a platform's own rule)
    for rule in RULES:
        lines, changes = rule.apply(lines, page)
        for change in changes:
            original = "\n".join(source.lines[n - 1] for n in change.numbers)
            reason = f"{rule.reason} ({change.detail})" if change.detail else rule.reason
            apparatus.append(ApparatusEntry(rule.name, change.numbers, original, reason))
            if rule.chrome:
                chrome.update(change.numbers)
            if rule.apply in SURVEYED:
                surveyed.update(change.numbers)
    tags = tuple(
        dict.fromkeys(
            [span.value for line in lines for span in line.spans if span.kind == "hashtag"]
            + _removed_tags(source, page, surveyed)
        )
    )
    reading = tuple(line for line in lines if line.text.strip())
    shown = {n for line in reading for n in line.numbers}
    meta = stated_meta(source, page, chrome, shown)
    possible = tuple(
        PossibleChrome(n, source.lines[n - 1].strip(), _evidence(page, n)) for n in page.possible if n in shown
    )
    return CleanText(replace(source, meta=meta), reading, tuple(apparatus), tags, possible)


def possible_chrome(source: Source, lexicon: Lexicon | None = None) -> tuple[PossibleChrome, ...]:
    """Lines kept in the reading text although they look like chrome, for ``make review``."""
    return clean(source, lexicon).possible


def stated_meta(source: Source, page: Survey, chrome: set[int], shown: set[int]) -> EssayMeta:
    """The editors' metadata when they have an entry; otherwise what the page states: the title
    line the survey found (and its subtitle), author, date and URL from removed chrome lines."""
    meta = source.meta
    if meta.from_yaml:
        return meta
    facts: dict[str, Fact] = {}
    if page.title in shown:
        facts["title"] = _stated(source, "title", source.lines[page.title - 1].strip(), page.title)
    for key, value, number in page.facts:
        if key not in facts and number in chrome:
            facts[key] = _stated(source, key, value, number)
    subtitle = page.subtitle if page.subtitle in shown and "title" in facts else meta.subtitle_line
    return replace(meta, subtitle_line=subtitle, **facts)


def _stated(source: Source, key: str, value: str, number: int) -> Fact:
    evidence = Evidence((number,), source.lines[number - 1].strip())
    return Fact(value, "stated", evidence, "day" if key == "date" else None)


def _removed_tags(source: Source, page: Survey, removed: set[int]) -> list[str]:
    """The post's hashtags, kept as the essay's tags although their line was platform chrome."""
    kinds = page.kinds or {}
    return [
        match.group(1)
        for n in sorted(removed)
        if "tags" in kinds.get(n, ())
        for match in HASHTAG.finditer(source.lines[n - 1])
    ]


def _editors_lines(meta: EssayMeta) -> frozenset[int]:
    """Lines the editors name as the title or subtitle: never taken for chrome."""
    title = meta.title.evidence.lines if meta.title.status == "stated" and meta.title.evidence else ()
    return frozenset((*title, *((meta.subtitle_line,) if meta.subtitle_line else ())))


def _evidence(page: Survey, number: int) -> str:
    kinds = (page.kinds or {}).get(number, frozenset())
    return ", ".join(KIND_LABEL[k] for k in sorted(kinds) if k in KIND_LABEL)
