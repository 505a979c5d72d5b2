"""Platform chrome rules: the ones written for the seeds' platforms (brunch's header, byline and
footer, a newsletter's closing promo, a Naver blog's signature), and the rules that remove what
the survey (``survey.py``) found, zone by zone.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import takewhile

from .lines import Change, Lines, text_lines, without
from .survey import Survey


def _edge(lines: Lines, head: int = 10, tail: int = 15) -> set[int]:
    """Indexes of the first ``head`` and last ``tail`` non-blank lines: where platform chrome sits.
    A short text keeps its middle third out of reach, so a lone "공감" mid-text stays."""
    idx = text_lines(lines)
    third = max(2, len(idx) // 3)
    return set(idx[: min(head, third)]) | set(idx[len(idx) - min(tail, third) :])


def _drop_matching(patterns: tuple[str, ...], where: Callable[[Lines], set[int]] = _edge):
    """A rule body that removes whole lines matching one of ``patterns`` in the region ``where``."""
    compiled = [re.compile(p) for p in patterns]

    def apply(lines: Lines, page: Survey | None = None) -> tuple[Lines, list[Change]]:
        def matches(i: int) -> bool:
            return any(p.fullmatch(lines[i].text.strip()) for p in compiled)

        idx = text_lines(lines)
        # The region, and (for edge rules) however long a run of chrome opens or closes the text.
        runs = list(takewhile(matches, idx)) + list(takewhile(matches, reversed(idx))) if where is _edge else []
        drop = sorted({i for i in where(lines) if matches(i)} | set(runs))
        return without(lines, drop)

    return apply


brunch_header = _drop_matching(
    ("brunch", "You can make anything", "by writing", "C\\.S\\.Lewis"), lambda ls: set(text_lines(ls)[:6])
)
MONTHS = "Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec"
brunch_byline = _drop_matching(
    (rf"by \S.{{0,40}} (?:{MONTHS})\s?\d{{1,2}}\.\s?\d{{4}}",), lambda ls: set(text_lines(ls)[:10])
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
    idx = text_lines(lines)
    start = next((i for i in idx[-15:] if PROMO_START.match(lines[i].text.strip())), None)
    if start is None:
        return lines, []
    ends = [i for i in idx if i >= start and PROMO_END.fullmatch(lines[i].text.strip())]
    end = ends[-1] if ends else start
    return without(lines, list(range(start, end + 1)))


NAVER_URL = re.compile(r"https?://(?:m\.)?blog\.naver\.com/\S+")
HASHTAG_ONLY = re.compile(r"(?:#[\w가-힣]+\s*)+(?:\S+@\S+\.\w+)?")
EMAIL = re.compile(r"\S+@\S+\.\w+")


def naver_signature(lines: Lines, page: Survey | None = None) -> tuple[Lines, list[Change]]:
    """A Naver blog's closing block: hashtag signature, e-mail, service promo, the post's address."""
    idx = text_lines(lines)
    if not idx or not NAVER_URL.fullmatch(lines[idx[-1]].text.strip()):
        return lines, []
    start = idx[-1]
    for i in reversed(idx[-9:-1]):
        text = lines[i].text.strip()
        if HASHTAG_ONLY.fullmatch(text) or EMAIL.search(text) or text.startswith("*"):
            start = i
        else:
            break
    return without(lines, [i for i in idx if i >= start])


def zone_rule(zone: str) -> Callable[[Lines, Survey], tuple[Lines, list[Change]]]:
    """A rule body that removes the lines the survey placed in ``zone``, naming their evidence."""

    def apply(lines: Lines, page: Survey) -> tuple[Lines, list[Change]]:
        if zone not in page.zones:
            return lines, []
        kept, changes = without(lines, [i for i, line in enumerate(lines) if page.zone(line.numbers[0]) == zone])
        return kept, [Change(change.numbers, page.labels(change.numbers)) for change in changes]

    return apply
