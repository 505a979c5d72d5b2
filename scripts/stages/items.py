"""Chrome a platform prints once for every item of a list: each comment's number, level, date,
like count and reply button; each review's field labels and helpful-vote count.

Found by what repeats, not by its words: a line shape (a number read as one digit, a rating as its
star, a masked ID, a "name · date" line or a name run into its date, a time said relative to now as
one, whoever wrote it) that starts two or more items a few lines apart, with another shape found
once in every item (or at the same place in each), and one of them filled in differently each time
("좋아요 11" / "좋아요 7", two dates) — a template the platform fills, not a line the author repeats (a
refrain is the same every time). Under a post, with a comment header or a reply button beside it,
the items are other readers' comments: they go whole, from the section's header to the last comment
— unless every item counts comments of its own ("댓글 5"): then they are posts (a feed). On a page
that is a list (reviews, highlights, a feed), the texts are the page's: only the printed lines go —
with the short labels above each item when they vary (a reviewer, a chapter, a writer's name over a
role) and the tags beside them — and only when the platform counts, rates or offers its buttons for
each item ("도움이 돼요 21", "공감 (9)" in a line of fields, "★★★★☆", "내용 평점 4점", "공유 / 편집 / 삭제"). A
writer's own template (a diary's dates and its refrain) counts nothing and stays.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from .chrome import compact, normal
from .page import LABELS, SENTENCE, Page

ITEM_LINE = 40  # characters at most in a line printed for every item
ITEM_SPAN = 20  # text lines at most from one item's start to the next
ITEMS = 2  # items at least
NAME_LINE = 20  # characters at most in a reviewer's name printed above each item
NAME_LINES = 2  # lines printed above each item: a writer's name and the role under it
LABELLED = 3  # printed buttons in every item ("공유" / "편집" / "삭제"): a platform's list, not a post's bar
DIGITS = re.compile(r"\d+(?:[.,]\d+)*|오전|오후|\b[ap]m\b")  # a number, or the half of a day a time names
LETTER = re.compile(r"[^\W\d_]")
STARS = re.compile(r"[★☆✩✭⭐]+")
# a reviewer's name and the date beside it
NAMED = re.compile(r"([^·•|]{1,20}?)\s[·•|]\s(.*\d.*)")
# a name printed right against its date ("한별2025년 3월 10일 오전 8:03", Blogger's comments)
GLUED = re.compile(r"([^\W\d_][\w.\-]{0,14}?)(\d{4}\s?[년.\-/].*)")
# a masked user ID, one shape whoever wrote ("gpuk****", "김*수")
MASKED = re.compile(r"[\w.-]{1,16}\*{2,}[\w.-]{0,4}|[가-힣]\*{1,2}[가-힣]{0,2}")
# a time said relative to now ("방금 전", "12분 전", "어제", "3h"): one shape, whenever it was posted
RELATIVE = re.compile(
    r"(?:방금|어제|그제|그저께|\d{1,3}\s?(?:초|분|시간|일|주|개월|달|년))(?:\s?전)?|\d{1,3}\s?[smhdw](?: ago)?"
)
# a label and its number ("도움이 돼요 #", "lv.#", "좋아요 #", "공감 (#)"), or people counted ("#명에게
# 도움이 됨", "#명이 이 리뷰가 유용하다고 평가함"); alone or as one field of a line ("name | date | 추천 #")
COUNTED = re.compile(r"[^#]{1,15}[(\[]?#[)\]]?|#\s?명[^#]{1,35}")
FIELDS = re.compile(r"\s[|·•]\s")
RATING = re.compile(r"(?:평점|별점|rating)\s?#", re.I)  # a rating in words ("내용 평점 #점")
NAMEISH = frozenset({"name", "byline"})  # what the lexicon may already have read a printed name as
HEADS = ("댓글", "덧글", "comment")  # a comment section's header ("댓글 [ 18 ]", "Comments")
COMMENTS = (*HEADS, "답글", "repl")  # and a comment's reply button
# a public page's comment header, counted, above the list only ("의견 327건"; a Q&A answer's "의견 2" is its button)
OPINIONS = re.compile(r"의견\s?[\[(]?\s?[\d,]+\s?건?\s?[\])]?")
ANSWERS = ("답변", "answer")  # a Q&A page's answers are what the page is for
REVIEWS = re.compile(r"^(?:한줄|구매|상품|도서|독자|실구매)?(?:리뷰|후기|평|review)", re.I)  # a review list's header
WEAK = frozenset({"path", "count", "stamp", "each"})  # what an author's line may also look like ("1차 116 / 2차 104")
LIST_END = frozenset({"button", "footer", "notice", "list"})  # what a page prints below its list
NEAR = 4  # text lines: a comment section's header stands this close to its first comment
PROSE_ABOVE = 2  # lines of prose at least above a comment section (the post)


@dataclass(frozen=True)
class Template:
    """Items of one list: the text lines each item spans, and the lines printed in every item."""

    items: tuple[tuple[int, ...], ...]
    printed: tuple[int, ...]
    counted: bool  # one printed line is a count ("도움이 돼요 21", "LV.31")
    shapes: int  # lines printed in each item
    rated: bool  # one printed line is a star rating
    labelled: bool  # three printed lines at least are the platform's buttons ("공유", "편집", "삭제")

    @property
    def lines(self) -> tuple[int, ...]:
        return tuple(i for item in self.items for i in item)


def item_lists(page: Page) -> list[int]:
    """Mark the lists' printed lines and comments; remove a review list's printed lines. Returns
    the comment sections' lines, removed once the rest of the page is read (their lines, marked,
    are not the author's prose there: the body ends above them)."""
    sections = []
    for template in _templates(page):
        if _readers_comments(page, template):
            first, last = _section_start(page, template), _section_end(page, template)
            section = [i for i in page.text if first <= i <= last]
            for i in section:
                page.kinds[i].add("each" if i in template.printed else "comment")
            sections += section
        elif (template.counted or template.labelled) and (template.shapes >= 3 or template.rated):
            first, own = _first(page, template)
            for i in (*template.printed, *own):
                page.kinds[i].add("each")
            page.remove([*template.printed, *own], "widget")
            last = max(template.printed)
            page.listed = (min(first, page.listed[0]), max(last, page.listed[1])) if page.listed else (first, last)
    return sections


def reviewed(page: Page) -> bool:
    """The page's list is headed as reviews ("한줄리뷰 212", "구매후기", "Reviews"): what its users wrote
    about the book or the product above is the page's text, like the list of a page that is one."""
    if page.listed is None:
        return False
    n = page.position[page.listed[0]]
    return any(REVIEWS.search(compact(page.marks[i].key)) for i in page.text[max(0, n - NEAR) : n])


def _first(page: Page, template: Template) -> tuple[int, tuple[int, ...]]:
    """The first item's first line, and its printed lines above its start. Each item may hold
    lines after its last printed one (the next post's tag and title above its byline): above the
    first item's start, up to a line printed as every item prints it ("NASDAQ:NVDA"), the lines are
    that item's own; without one, as many lines as every item holds there, when the lexicon reads
    nothing in them — not the page's header."""
    printed = set(template.printed)
    shapes = {_shape(page, i) for i in printed} - {None}
    first = template.lines[0]
    above = first
    for _ in range(max(map(len, template.items))):
        above = page.before(above)
        if above is None or page.kinds[above] - WEAK:
            break
        if above not in printed and _shape(page, above) in shapes:
            return above, (above,)
    lead = min(len(item) - 1 - max(n for n, i in enumerate(item) if i in printed) for item in template.items[:-1])
    while lead and (above := page.before(first)) is not None and not page.kinds[above] and above not in printed:
        first, lead = above, lead - 1
    return first, ()


def _shape(page: Page, i: int) -> str | None:
    text = page.shown(i)
    if page.marks[i].chat or i in page.removed or len(text) > ITEM_LINE:
        return None
    if MASKED.fullmatch(text):
        return "@"
    if RELATIVE.fullmatch(normal(text)):
        return "⏱"
    author = next((value for key, value in page.marks[i].stated if key == "author"), None)
    if author and author in text:  # a byline ("by 판교퀀트"): one shape, whoever it names
        return DIGITS.sub("#", normal(text.replace(author, "@")))
    named = NAMED.fullmatch(text) or GLUED.fullmatch(text)
    if named and LETTER.search(named.group(1)):  # "김하람 · 2025년 4월 2일": whose and when, one shape
        return "@ · " + DIGITS.sub("#", normal(named.group(2)))
    # a rating keeps its star: "★5" is not the helpful-vote count "41" printed beside it
    shape = DIGITS.sub("#", normal(text))
    return "★" + shape if STARS.match(text) else shape or text  # an icon alone ("🔒") is its own shape


def _templates(page: Page) -> list[Template]:
    """The lists on the page, the fullest first, none overlapping."""
    where: dict[str, list[int]] = defaultdict(list)
    shapes = {}
    for i in page.text:
        if shape := _shape(page, i):
            shapes[i] = shape
            where[shape].append(page.position[i])
    found = []
    for shape, places in where.items():
        for chain in _chains(places):
            # the whole run of starts, or without its first or last (the post's own bar above
            # the comments, a count under the list)
            for starts in (chain, chain[1:], chain[:-1]):
                if len(starts) >= ITEMS and (template := _template(page, shapes, shape, starts)):
                    found.append(template)
    found.sort(key=lambda t: (-len(t.printed), t.lines[0]))
    taken: set[int] = set()
    out = []
    for template in found:
        if not taken & set(template.lines):
            taken |= set(template.lines)
            out.append(template)
    return out


def _chains(places: list[int]) -> list[list[int]]:
    """Positions cut where two are more than an item's span apart."""
    chains: list[list[int]] = []
    for p in places:
        if chains and p - chains[-1][-1] <= ITEM_SPAN:
            chains[-1].append(p)
        else:
            chains.append([p])
    return [chain for chain in chains if len(chain) >= ITEMS]


def _template(page: Page, shapes: dict[int, str], start: str, starts: list[int]) -> Template | None:
    """Items starting at these positions (the last as long as the longest other): the shapes found
    exactly once in each (the last may run into a pager below: its first); one of them, or the
    start, filled in differently each time."""
    longest = max(b - a for a, b in zip(starts, starts[1:], strict=False))
    ends = [*starts[1:], min(starts[-1] + longest, len(page.text))]
    items = [tuple(page.text[p] for p in range(a, b)) for a, b in zip(starts, ends, strict=True)]
    counts = [defaultdict(list) for _ in items]
    for n, item in enumerate(items):
        for i in item:
            if i in shapes:
                counts[n][shapes[i]].append(i)

    def having(s: str) -> list[tuple[tuple[int, ...], list[int]]]:
        return [(item, c[s]) for item, c in zip(items, counts, strict=True) if s in c]

    def fixed(s: str) -> bool:  # first found at the same place in every item (a date above a reply's date)
        return len({item.index(found[0]) for item, found in having(s)}) == 1

    def repeated(s: str) -> bool:  # more than once, at the same places in every item ("19" under "48")
        return len({tuple(map(item.index, found)) for item, found in having(s)}) == 1 and len(counts[0][s]) > 1

    # The last item may be cut where the list ends (a "see more" button, the site's footer: a line the
    # lexicon reads that no other item holds): a shape every other item prints further down is not missing.
    others = {s for c in counts[:-1] for s in c}
    last = items[-1]
    stop = next((n for n, i in enumerate(last) if n and page.kinds[i] & LIST_END and shapes.get(i) not in others), None)

    def cut(s: str) -> bool:
        return stop is not None and len(items) > ITEMS and fixed(s) and items[0].index(counts[0][s][0]) >= stop

    common = [
        s
        for s in counts[0]
        if s != start
        and all(s in c for c in counts[:-1])
        and (s in counts[-1] or cut(s))
        and (all(len(c[s]) == 1 for c in counts[:-1]) or fixed(s))
    ]
    if not common:
        return None
    columns = [[i for _, found in having(s) for i in (found if repeated(s) else found[:1])] for s in [start, *common]]
    printed = [i for column in columns for i in column]
    if any(_head(page, i) and i not in printed for item in items for i in item[1:]):
        return None  # a comment section's header inside: the post's own bar is not an item
    filled = {s: {page.shown(found[0]) for _, found in having(s)} for s in [start, *common]}
    if not any(len(values) > 1 for values in filled.values()):
        return None  # the same lines every time: a refrain, a block pasted twice
    # a count: a label and its number on one line, or a number printed under a printed label
    below = [found[0] for _, found in having("#")] if "#" in common else []
    counted = any(COUNTED.fullmatch(f) for s in [start, *common] for f in FIELDS.split(s)) or (
        bool(below) and all(page.text[page.position[i] - 1] in printed for i in below)
    )
    rated = any(s.startswith("★") or RATING.search(s) for s in [start, *common])
    labelled = sum(all(page.kinds[found[0]] & LABELS for _, found in having(s)) for s in [start, *common]) >= LABELLED
    if counted or rated or labelled:
        printed += _names(page, starts, printed)
        whole = [[found[0] for _, found in having(s)] for s in [start, *common] if len(having(s)) == len(items)]
        printed += _chips(page, items, whole, printed)
    return Template(tuple(items), tuple(sorted(printed)), counted, 1 + len(common), rated, labelled)


def _names(page: Page, starts: list[int], printed: list[int]) -> list[int]:
    """The line right above every item's start when it is a short label filled in differently
    ("박정우" / "eunji kang", "1장 GPU 골드러시" / "2장 …"): the reviewer or the chapter the
    platform prints, not a sentence, a count or a button; and the line above that when both open
    each item's block (a writer's name over a role: "문하린" / "데이터센터 설비 엔지니어")."""
    found: list[int] = []
    for depth in range(1, NAME_LINES + 1):
        if any(p < depth for p in starts):
            break
        names = [page.text[p - depth] for p in starts]
        if set(names) & set(printed):
            break  # the last line of the item above (its count), not a name
        if depth > 1 and not all(i - 1 not in page.position for i in names):
            break  # a line above the name's and the role's block: the item above's
        if len({page.shown(i) for i in names}) < 2 or not all(i in page.removed or _name(page, i) for i in names):
            break
        found += [i for i in names if i not in page.removed]
    return found


def _chips(page: Page, items: list[tuple[int, ...]], columns: list[list[int]], printed: list[int]) -> list[int]:
    """The line right above or below a printed line in every item that the lexicon reads as tags
    ("#AI #GPU"): the topics each writer picked, shown as the platform's chips."""
    found = []
    for column in columns:
        for step in (-1, 1):
            near = [page.position[i] + step for i in column]
            lines = [page.text[p] for p in near if 0 <= p < len(page.text)]
            if (
                len(lines) == len(items)
                and not set(lines) & set(printed)
                and all(i in item and "tags" in page.kinds[i] for i, item in zip(lines, items, strict=True))
            ):
                found += lines
    return sorted(set(found))


def _name(page: Page, i: int) -> bool:
    text = page.shown(i)
    known = not page.kinds[i] or page.kinds[i] <= NAMEISH
    return len(text) <= NAME_LINE and known and not DIGITS.fullmatch(text) and not SENTENCE.search(text)


def _readers_comments(page: Page, template: Template) -> bool:
    """Other readers' comments: a comment header or a reply button just above, in or just below
    the items (not a Q&A page's answers), under a post of the author's prose."""
    first, last = page.position[template.lines[0]], page.position[template.lines[-1]]
    above = page.text[max(0, first - NEAR) : first]
    near = above + list(template.lines) + page.text[last + 1 : last + 1 + NEAR]
    if any(_head(page, i, ANSWERS) for i in above):
        return False
    if any(_head(page, i) for i in template.printed):
        return False  # every item's own comment count or button ("댓글 5", "댓글 작성"): posts, each with comments
    # a name printed in every item that stands above the list too is the post's own byline: a
    # thread's posts (a count or a button may be the post's own bar, repeated under it)
    names = {
        page.shown(i)
        for i in template.printed
        if not page.kinds[i] & LABELS and not DIGITS.search(page.shown(i)) and any(c.isalpha() for c in page.shown(i))
    }
    if any(page.shown(i) in names for i in page.text[:first]):
        return False
    said = sum(page.prose(i) for i in page.text[:first] if i not in page.removed)
    headed = any(_head(page, i, COMMENTS) for i in near) or any(OPINIONS.fullmatch(page.shown(i)) for i in above)
    return said >= PROSE_ABOVE and headed


def _section_start(page: Page, template: Template) -> int:
    """The comment section's first line: its header above the first item (no further than an
    item's length), and the post's buttons right above that (no blank line between)."""
    first = template.lines[0]
    n = page.position[first]
    for p in range(n - 1, max(-1, n - 1 - max(map(len, template.items))), -1):
        if _head(page, page.text[p]):
            first = page.text[p]
            break
    while first - 1 in page.position and page.kinds[first - 1] and not page.prose(first - 1):
        first -= 1
    return first


def _head(page: Page, i: int, words: tuple[str, ...] = HEADS) -> bool:
    """A comment section's header (or, with ``COMMENTS``, a reply button): chrome, not the
    author's sentence that starts with the word ("댓글에 … 쓰실 분들")."""
    return bool(page.kinds[i]) and compact(page.marks[i].key).startswith(words)


def _section_end(page: Page, template: Template) -> int:
    """The last comment's last line: after its last printed line, as many lines as followed the
    printed lines of the item before it, up to a blank line or the label of what comes next (a
    video's "스크립트")."""
    *_, before, last = template.items
    trailing = len(before) - 1 - before.index(max(i for i in template.printed if i in before))
    end = max(i for i in template.printed if i in last)
    while trailing and end + 1 in page.position and not page.kinds[end + 1] & LABELS:
        end, trailing = end + 1, trailing - 1
    return end
