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

from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import cache

from ..readers.chrome import built_in
from ..records import ApparatusEntry, CleanText, EssayMeta, Evidence, Fact, Line, Source
from .chrome import KIND_LABEL, Lexicon
from .lines import Change, Lines
from .platforms import brunch_byline, brunch_footer, brunch_header, naver_signature, newsletter_promo, zone_rule
from .repairs import (
    HASHTAG,
    caption_figure,
    control_characters,
    hashtags,
    invisible_characters,
    lone_dash,
    no_break_spaces,
    pdf_lines,
    repeated_lines,
    trailing_space,
)
from .survey import Survey, survey


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


PAGE_FURNITURE, CHAT_EXPORT, PLATFORM_HEAD, PLATFORM_TAIL, PLATFORM_WIDGET = (
    zone_rule(zone) for zone in ("page", "chat", "head", "tail", "widget")
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
    Rule(
        "no-break-spaces",
        "줄 바꿈 없는 공백 정리",
        "웹 페이지에서 딸려 온 줄 바꿈 없는 공백은 좁은 화면에서 낱말 한가운데를 끊게 하므로 보통 공백으로 바꾸었습니다",
        no_break_spaces,
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
    return CleanText(replace(source, meta=meta), reading, tuple(apparatus), tags, possible, page.untitled)


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
