"""Where a pasted text's platform chrome stands, and what it states: source lines → ``Survey``.

The lexicon marks what each line could be (``chrome.py``); here the marks are read together,
as a reader scans a page. First what only neighbours show: a byline (a name beside a date or a
follow button), the blog's or magazine's name recurring in its own chrome, the items under a
list header ("많이 본 뉴스"). Then the body (from the first to the last run of the author's
prose) and the title (the line the platform prints just before the byline and date). A line is
removed only when its evidence combines with where it stands:

- head / tail: before or after the body, a group of lines at least half chrome, without the
  author's prose, and more than one weak word ("로그인" alone at the top is kept);
- a run of three or more chrome blocks of three or more kinds inside the text (a blog's footer
  with the author's afterword below it);
- widget: the platform's own sentences and photo credits wherever they stand, and a button in
  the text that repeats the page's own chrome (Substack's "Share" before a P.S.);
- page: a PDF copy's page numbers and running heads; chat: a chat export's header, date lines,
  system lines and placeholder messages.

Every other line with chrome evidence stays and is listed as possible chrome, for the editors.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from itertools import takewhile

from .chrome import COUNT, DOT, KIND_LABEL, SEGMENTS, WHEN, Lexicon, compact, normal
from .furniture import ORGANISATION, captions, chat_export, chat_window, page_furniture
from .items import item_lists, reviewed
from .page import (
    CLOSED,
    FOLLOW,
    FULL_STOP,
    HEADING_MAX,
    LABELS,
    LONG,
    NUMBERING,
    PARAGRAPH,
    POST_NUMBER,
    SENTENCE,
    Page,
    closes_prose,
    consecutive,
    sandwiched,
)

ANCHORS = frozenset({"byline", "stamp", "property"})  # what a platform prints right under a title
MENU_KINDS = LABELS | {"name"}  # what a menu's lines may be (its site's name among its links)
SITE = frozenset({"menu", "button", "path", "count", "link", "list"})  # a site's controls (not a date or name)
QUIET = frozenset({"count", "rule", "icon", "item", "name", "tags"})  # not worth an editor's look alone
# A name on its own: one word (a Korean name, a nickname), a handle, or "Jae Park".
NAME = re.compile(r"[^\W\d][\w.\-]{1,11}|@?[A-Za-z0-9_.]{2,30}|[A-Z][a-z]+(?: [A-Z][a-z]+(?:-[a-z]+)?){1,2}")
LABEL = re.compile(r".{0,30}?(?:\d{4}[-.]\s?\d{1,2}\.?|#\d+|제?\s?\d+\s?호|vol\.?\s?\d+|no\.?\s?\d+)", re.I)
SERIES_NUMBER = re.compile(r"\S.{0,20}\s(?:\d{4}-\d{1,3}|제?\s?\d{1,4}\s?호|vol\.?\s?\d{1,4}|no\.?\s?\d{1,4})", re.I)
ISSUE_START = re.compile(r"(?:제\s?)?\d{1,4}(?:-\d{1,3})?\s?호|(?:vol|no)\.?\s?\d", re.I)
POSTER = re.compile(r"(?:u/)?[A-Za-z][A-Za-z0-9]*(?:[_.\-][A-Za-z0-9]+)+|u/[\w\-]{3,20}")  # "Quiet_Capex_Watcher"
REPORTER = re.compile(r"(?:^|\s)([가-힣]{2,4}) ?기자(?=\s|$)")  # the reporter's name in a date line
ID_DATE = re.compile(
    rf"(?P<id>[A-Za-z][A-Za-z0-9_.\-]{{2,29}})\s?[{DOT}|]\s?(?P<when>.+)"
)  # "hyunwoo.dev·2025년 5월 14일"
# A board's post header: the poster's nickname, wide space, the date with its time of day
# ("번역하는곰  25-02-04 22:16"); a book's or an outlet's name over a date carries no time, or says it is press.
POSTED = re.compile(r"(?P<id>[^\W\d][\w.\-]{1,14})(?:\s{2,}|\t)(?P<when>.*\d:\d{2}.*)")
PRESS = re.compile(r".*(?:뉴스|일보|신문|방송|TV|미디어|타임스|타임즈|투데이)", re.IGNORECASE)
BLOG_ID = re.compile(r"\(@?[A-Za-z0-9_.\-]{2,30}\)")  # a blog's id in brackets under its nickname
URL_HOST = re.compile(r"https?://(?:www\.)?([\w\-]+(?:\.[\w\-]+)+)")
PREVIEW = 2  # lines under a preview's host: the linked page's title and description
# A site's bare host, as a link card prints it under or over the linked page's title ("SEWOONBIZ.CO.KR")
CARD_TITLE = 15  # characters at least in a card's title: "출처: 한빛뉴스" over a host is the author's source
BARE_HOST = re.compile(r"(?:www\.)?(?:[a-z0-9\-]+\.)+(?:com|net|org|co\.kr|or\.kr|kr|io|ai|news|me|tv)", re.I)
SECTION = re.compile(r"\s*[|>›»]\s*|\s+/\s+")
FLAIR = 5  # characters at most in a community's flair above the title
TRAIL = 8  # lines at most in the path a shop or a board prints above a title
STEP = 14  # characters at most in a step of that path ("산업통상자원중소벤처기업", a committee)
DASHES = ("—", "–", "―", "-")  # opening a short title's subtitle
LETTERS = re.compile(r"[가-힣A-Za-z]")
SHORT = 10  # characters: a category or magazine name before the title, not the title
TITLE_MAX = 80  # a title under a byline may be a long headline
TAG_WORD = 15
# characters at most in a blog's or magazine's name: a longer line found inside a chrome line is
# the title itself ("2 Comments on <title>", "이전 글: <title>")
NAME_MAX = 20
DECK_LINES = 3  # a headline and up to two lines of its deck stand right above the byline
LEADERS = re.compile(r"\s*[·.…‥・･ㆍ]{4,}\s*(?:\d{1,4}|[ivx]{1,4})?\s*$")  # a contents line's dots and page
CONTENTS = 2  # lines at least in a table of contents
EPISODE = re.compile(r"(\d{1,3})(?:화|\.|\))?\s+(.{2,80})")  # "02 구독은 안 합니다", "3화 …", "1. …"
CONTENTS_HEADER = re.compile(r"목\s?차|차\s?례|(?:table of )?contents|on this page|in this (?:article|post)")
TAGLINE_PART = 20  # characters at most in one part of a profile's headline
AFFILIATION = 15  # characters at most in the company or group printed before a member's name
SUBJECT_MIN = 6  # characters at least of a title found inside a subject line
BRIDGE = 3  # characters at most in an unknown word inside a post's action bar ("웹", the app it came from)
GLOSS = re.compile(r"[\[(]\s*[A-Za-z][A-Za-z0-9 .,'&\-]{1,60}\s*[\])]")  # a headword's original word
CARD = 8  # lines: a block this small, mostly chrome, is a card around a bio
CARD_PROSE = 2  # prose lines at most in a longer block that is three fifths chrome (a footer with a bio)
LIST_PROSE = 1  # prose lines at most above a list of reviews for it to be the page (a notice on points)
COUNTERS = 3  # bare numbers in a row inside the text: a post's like/reply/share counters
COMMENT_REACH = 3  # lines: a comment's date and reply button stand this close to it
COPYRIGHT = re.compile(r"©|ⓒ|\(c\)|copyright|all rights reserved", re.I)
COPYRIGHT_WORDS = frozenset(
    "copyright all rights reserved corporation corp inc ltd llc co 무단 전재 재배포 금지".split()
)
OWNER_WORD = re.compile(r"[A-Za-z][A-Za-z0-9]{2,}|[가-힣]{2,}")
OWNER_TOP = 5  # text lines at the top where the site prints its name
OWNER_LINE = 60  # characters at most in a line of the owner's promotion
REPLY = ("답글", "답장", "답변", "reply", "replies")
REPLY_LINE = 40  # characters at most in a comment's line of counts or date closed by a reply button
CUE = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?")
CUES = 3  # transcript cue marks at least
# A skip link opens a site's page copied from its top ("본문 바로가기", "Skip to main content").
SKIP_LINK = re.compile(
    r"(?:본문|(?:주요?|전체|상단|하단)?\s?메뉴|(?:주요|메인)?\s?콘텐츠|검색|푸터)\s?(?:으로|로)?\s?(?:바로\s?가기|건너\s?뛰기)"
    r"|skip (?:to .{1,40}|links|navigation)",
    re.IGNORECASE,
)
CLOCK_TIME = re.compile(r"[01]\d:\d{2}")  # a time of day with its hour's zero ("06:20")
CHAPTER = re.compile(rf"{CUE.pattern}\s+(.+)")  # a video description's chapter: "01:12 딥시크가 한 일"
ACTION_BAR = 5  # lines at least of a post's date, counters and buttons together
HANDLE = re.compile(r"@[\w.\-]{2,30}(?:@[\w\-]+(?:\.[\w\-]+)+)?")  # "@kirin", "@wave@sigan.social"
HEADER_KINDS = frozenset({"byline", "stamp", "rule", "count", "name", "icon"})
DECK = 15  # characters at least in a line of an article's deck
BYLINE_GAP = 3  # chrome lines at most between a name and its date
# a post's counters and buttons between its title and date (with a menu's words: "프로필 사진", "1:1 채팅")
META = frozenset({"button", "count", "name", "menu"})
META_LINES = 6  # lines at most of them
LABEL_MAX = 6  # characters of a label between a title and its byline
MAGAZINES = frozenset({"brunch"})  # platforms that print the magazine's name above the title
BOX = 5  # lines at most in a platform's box under its notice
FOOTER = 5  # lines at least of chrome that a footer running on from the author's last line has
FOOTER_KNOWN = 3  # lines known to the lexicon in a page's closing footer (its links and copyright line)
CRUMB = frozenset({"/", ">", "›", "»", "＞"})  # a breadcrumb's separator on a line of its own
# A course's outline entry: its type, its name, its length ("동영상: 캐펙스란 무엇인가 • 9분", "Reading: GPUs · 10 min")
ENTRY = re.compile(
    rf"[^:：]{{1,12}}[:：]\s?(?P<name>.+?)\s?[{DOT}|]\s?\d{{1,3}}\s?(?:분|초|시간|min|mins|minutes|sec|h)\.?",
    re.IGNORECASE,
)
CRUMB_PART = 30  # characters at most in one part of a breadcrumb
CRUMB_HOME = frozenset({"홈", "home", "홈으로", "처음으로", "메인"})  # a breadcrumb's first step
CRUMB_STEPS = 3  # steps at most after it
MENU = 4  # short lines at least in a row at the top: a site's menu, its unknown words with the known
MENU_WORD = 10  # characters at most in one item of a menu
BOARD_NAME = re.compile(r"[^\s/]{1,8}(?:/[^\s/]{1,8}){1,4}")  # a board's topics joined ("결혼/시집/친정")
SITE_NAME = re.compile(r"\S+(?: \S+){0,2}")  # the site's name over its menu ("Hugging Face") may be longer
# A newsletter's or a blog's wordmark: Latin capitals, perhaps with an emoji ("🔌 MONTHLY SILICON").
WORDMARK = re.compile(r"[^\w가-힣]*[A-Z][A-Z0-9&'.\- ]{3,40}")


@dataclass(frozen=True)
class Survey:
    """What the page around a text is: the lines to remove by zone, with their evidence kinds;
    the lines kept although they look like chrome; the title and subtitle lines; the facts the
    chrome states, best first. Line numbers are 1-based source lines."""

    removed: dict[int, tuple[str, frozenset[str]]]  # line → (head|tail|widget|page|chat, kinds)
    possible: tuple[int, ...] = ()
    title: int | None = None
    subtitle: int | None = None
    facts: tuple[tuple[str, str, int], ...] = ()  # (author|date|url, value, line)
    kinds: dict[int, frozenset[str]] | None = None
    span: tuple[int, int] = (1, 1)  # the body: first and last line of the author's prose
    untitled: bool = False  # a chat window or a page that is a list: no line of it is a title

    @property
    def zones(self) -> set[str]:
        """The zones where the survey found chrome."""
        return {zone for zone, _ in self.removed.values()}

    @property
    def pdf(self) -> bool:
        """A copy of a PDF: page numbers and running heads were found."""
        return "page" in self.zones

    def zone(self, number: int) -> str | None:
        found = self.removed.get(number)
        return found[0] if found else None

    def labels(self, numbers: tuple[int, ...]) -> str:
        """The Korean labels of the evidence on these lines, for the apparatus."""
        kinds = [k for n in numbers for k in sorted(self.removed.get(n, ("", frozenset()))[1])]
        return ", ".join(dict.fromkeys(KIND_LABEL[k] for k in kinds if k in KIND_LABEL))


def survey(lines: tuple[str, ...], lexicon: Lexicon, keep: frozenset[int] = frozenset()) -> Survey:
    """Read the page once. ``keep`` are lines the editors name (a stated title or subtitle)."""
    page = Page(lines, lexicon, keep)
    page_furniture(page)
    captions(page)
    chat_export(page)
    _previews(page)
    chat_window(page)
    _menus(page)
    _skip_links(page)
    _mastheads(page)
    _boxes(page)
    _comments(page)
    _comment_threads(page)
    # Before the body is found: another post's title under a list header, a breadcrumb and
    # someone else's reply are not the author's prose.
    _crumbs(page)
    _list_items(page)
    _replies(page)
    comments = item_lists(page)
    start, end = _body(page)
    _contents(page, start)
    _site_contents(page, start)
    _out_of_place(page, start, end)
    _bylines(page, start)
    _names(page)
    # A chat window, or a page that is a list of what its users wrote (reviews under a product, a
    # lecture), has no title: the product's or lecture's name above it is the platform's.
    listing = _listing(page)
    untitled = page.untitled or listing is not None
    title, subtitle = (None, None) if untitled else _title(page, start)
    if listing is not None:  # the list is the page's text: its first item starts the body, its last ends it
        page.remove(listing, "head")
        start = min(start, page.listed[0])
    if listing is not None or reviewed(page):  # a review list under a book's or a product's text is the page's too
        end = max(end, page.listed[1])
        _list_header(page)
    page.keep |= {i for i in (title, subtitle) if i is not None}
    _episodes(page, title, end)
    if not page.pdf:  # a PDF copy has no platform around it: its cover and notes are the author's
        _cues(page)
        _head(page, start, title)
        _other_posts(page, end)
        _tail(page, end)
        _runs(page, start, end)
        _widgets(page)
    page.remove(comments, "tail")
    for i in list(page.removed):  # "2/3" right under a post line that stays is its author's numbering
        if NUMBERING.fullmatch(page.shown(i)) and i - 1 in page.position and i - 1 not in page.removed:
            del page.removed[i]
    kept = [i for i in page.text if i not in page.removed and i not in page.keep and not page.marks[i].chat]
    possible = tuple(i + 1 for i in kept if (page.kinds[i] or page.displaced.get(i, set())) - QUIET)
    return Survey(
        {i + 1: (zone, frozenset(page.kinds[i])) for i, zone in sorted(page.removed.items())},
        possible,
        None if title is None else title + 1,
        None if subtitle is None else subtitle + 1,
        _facts(page, start, end, title, frozenset(listing or ())),
        {i + 1: frozenset(page.kinds[i] or page.displaced.get(i, ())) for i in page.text},
        (start + 1, end + 1),
        untitled,
    )


# ---------------------------------------------------------------- what only neighbours show


def _previews(page: Page) -> None:
    """A link's preview under the link (a chat app's or a feed's unfurl): its site's host alone on
    the next line, then the linked page's title and description — the linked page's words; and a
    link's card standing alone in the text (``_link_card``)."""
    for i in page.text:
        found = URL_HOST.search(page.shown(i))
        host = i + 1
        if not found or host not in page.position or page.shown(host).casefold() != found.group(1).casefold():
            continue
        preview = [host] + list(takewhile(lambda j: not page.kinds[j], page.run_after(host)))[:PREVIEW]
        for j in preview:
            page.kinds[j].add("link")
        page.remove(preview, "widget")
    for block in page.blocks(page.text):
        if 2 <= len(block) <= PREVIEW + 1 and _link_card(page, block):
            for j in block:
                page.kinds[j].add("link")
            page.remove(block, "widget")


def _link_card(page: Page, block: list[int]) -> bool:
    """A link's card with no link above it (a blog editor's, a feed's): the linked page's title and
    its description set apart, the site's bare host first or last; the title is a headline's length
    and closes no sentence."""
    ends = [k for k in (0, -1) if BARE_HOST.fullmatch(page.shown(block[k]))]
    if len(ends) != 1:
        return False
    rest = block[1:] if ends[0] == 0 else block[:-1]
    title = page.shown(rest[0])
    return len(title) >= CARD_TITLE and not FULL_STOP.search(title) and not any(page.kinds[j] for j in rest)


def _listing(page: Page) -> list[int] | None:
    """The lines above a list the platform prints for each item, when they hold no paragraph of
    anyone's prose (a shop's or a course's header, one notice sentence at most): the page is the
    list. None when there is no such list, or a post stands above it."""
    if page.listed is None:
        return None
    above = [i for i in page.text if i < page.listed[0] and i not in page.removed]
    # a product's long name says nothing; a post in the board's style says it with a noun's ending ("…정리해봄")
    said = [i for i in above if page.prose(i) and (SENTENCE.search(page.shown(i)) or CLOSED.search(page.shown(i)))]
    return above if len(said) <= LIST_PROSE else None


def _list_header(page: Page) -> None:
    """Right above a list that is the page's, its header and sort buttons ("한줄리뷰 212", "최신순",
    "좋아요순"): lines the lexicon knows, no prose among them."""
    header, i = [], page.before(page.listed[0])
    while i is not None and page.kinds[i] and not page.prose(i) and i not in page.keep:
        header.append(i)
        i = page.before(i)
    page.remove(header, "head")


def _body(page: Page) -> tuple[int, int]:
    """The first and last line of the author's prose: a sentence closed by punctuation, a long
    line, or a paragraph of prose lines — not inside a block that is mostly chrome (a writer's
    bio in the author card). A title and its subtitle rarely end in a full stop. Chrome sits
    before and after; a text without prose has no head or tail."""
    prose = [i for i in page.text if page.prose(i) and i not in page.removed]
    strong = []
    for block in page.blocks(page.text):
        numbered = any(NUMBERING.fullmatch(page.shown(i)) for i in block)  # a thread's post, not a card
        if _card(page, block) and not numbered:
            continue
        if strong and _opens_with_bar(page, block):
            continue  # under the post, its tags, counts and buttons, then the blog's card: no prose
        found = [i for i in block if i in prose and not sandwiched(page, i) and not _headline(page, i)]
        for run in consecutive(found):
            longest = max(len(page.shown(i)) for i in run)
            closed = any(CLOSED.search(page.shown(i)) for i in run)
            paragraph = len(run) >= 2 and (longest >= PARAGRAPH or closed)
            numbered_post = [i for i in run if POST_NUMBER.match(page.shown(i))]  # "3/ 끝. …": a post
            strong += [i for i in run if paragraph or closes_prose(page.shown(i))] + numbered_post
    found = sorted(strong) or prose
    if not found:
        return 0, len(page.lines) - 1
    return found[0], found[-1]


def _opens_with_bar(page: Page, block: list[int]) -> bool:
    """A block that opens with a post's action bar (``ACTION_BAR`` lines or more of chrome, buttons
    among them, no blank line): what runs on below it is the platform's (a writer's card, comments)."""
    bar = next((n for n, i in enumerate(block) if not page.kinds[i]), len(block))
    return bar >= ACTION_BAR and any("button" in page.kinds[i] for i in block[:bar])


def _card(page: Page, block: list[int]) -> bool:
    """A small block mostly of chrome (an author card with its bio), or a page's footer pasted
    without a blank line: three fifths chrome, two lines of prose at most (buttons, an episode
    list, the card's bio)."""
    if _profile(page, block) or _owned(page, block):
        return True
    chrome = sum(bool(page.kinds[i]) for i in block)
    bare = sum(page.kinds[i] == {"count"} and bool(COUNT.fullmatch(page.shown(i))) for i in block)
    if bare >= COUNTERS:
        return False  # a post with its counters under it, not a card
    if len(block) <= CARD:
        return 2 * chrome >= len(block)
    return 5 * chrome >= 3 * len(block) and sum(map(page.prose, block)) <= CARD_PROSE


def _owned(page: Page, block: list[int]) -> bool:
    """A closing block signed by its copyright line, whose other lines either are chrome or name
    the owner that line names, printed at the top of the page too ("Evernote에서 작성한 노트입니다"
    and "Evernote 다운로드" over "© 2025 Evernote Corporation"): the owner's own promotions. Short
    lines only: an author's last paragraph naming a company stays."""
    signs = [i for i in block if "footer" in page.kinds[i] and COPYRIGHT.search(page.shown(i))]
    if not signs or len(block) < 3:
        return False
    top = " ".join(page.shown(i) for i in page.text[:OWNER_TOP]).casefold()
    owners = {
        w.casefold() for i in signs for w in OWNER_WORD.findall(page.shown(i)) if w.casefold() not in COPYRIGHT_WORDS
    } & {w for w in OWNER_WORD.findall(top)}

    def named(i: int) -> bool:
        return len(page.shown(i)) <= OWNER_LINE and any(o in page.shown(i).casefold() for o in owners)

    return bool(owners) and all(page.kinds[i] or named(i) for i in block)


def _profile(page: Page, block: list[int]) -> bool:
    """A writer's card: a name, one line of bio, a follow button ("hyunwoo" / "백엔드 개발자. …" / "팔로우")."""
    if len(block) != 3:
        return False
    name, _, button = block
    shown = page.shown(name)
    return (
        bool(NAME.fullmatch(shown))
        and not page.prose(name)
        and "button" in page.kinds[button]
        and page.marks[button].key in FOLLOW
    )


def _headline(page: Page, i: int) -> bool:
    """A long line above a byline or a printed date (its deck and the writer's name may stand
    between, no blank line), not closed by a full stop, the first of its block: a headline, not
    the author's first sentence."""
    if (i - 1 in page.position and page.prose(i - 1)) or FULL_STOP.search(page.shown(i)):
        return False
    for j in range(i + 1, i + 1 + DECK_LINES):
        if j not in page.position:
            return False
        if "byline" in page.kinds[j] or page.marks[j].printed:
            return True
        if "stamp" in page.kinds[j] and j - 1 > i and NAME.fullmatch(page.shown(j - 1)):
            return True  # the writer's name above a bare date
        if FULL_STOP.search(page.shown(j)) or len(page.shown(j)) > TITLE_MAX:
            return False
    return False


def _menus(page: Page) -> None:
    """Above the first line of prose, ``MENU`` or more short lines in a row, one of them a menu word
    the lexicon knows ("갤러리" / "마이너갤" / … / "로그인"): a site's menu, its unknown words too."""
    first = next((i for i in page.text if page.prose(i)), len(page.lines))
    for block in page.blocks([i for i in page.text if i < first]):
        # menu items only: no date, count or byline among them (a post's header is not a menu)
        short = all(
            (_menu_item(page, i) or (n == 0 and SITE_NAME.fullmatch(page.shown(i))))
            and not any(ch.isdigit() for ch in page.shown(i))
            and page.kinds[i] <= MENU_KINDS
            for n, i in enumerate(block)
        )
        known = sum(bool(page.kinds[i] & LABELS) for i in block)
        if len(block) >= MENU and short and any("menu" in page.kinds[i] for i in block) and known >= 2:
            for i in block:
                page.kinds[i].add("menu")


def _skip_links(page: Page) -> None:
    """A skip link on the first line ("본문 바로가기"): the page was copied from a site's top, and the
    block it opens, no sentence in it, is the site's name, its links and its menu."""
    top = next(iter(page.blocks(page.text)), [])
    # (a post's own header run into the menu, its byline or date among them, is no site's block)
    site = all(
        len(page.shown(i)) <= LONG and not SENTENCE.search(page.shown(i)) and not page.kinds[i] & ANCHORS for i in top
    )
    if top and SKIP_LINK.fullmatch(page.shown(top[0])) and site:
        for i in top:
            page.kinds[i].add("menu")


def _mastheads(page: Page) -> None:
    """Above the first line of prose, a wordmark in Latin capitals with no evidence, and the short
    line right under it (its motto): a newsletter's or a blog's masthead, not the title."""
    first = next((i for i in page.text if page.prose(i) and FULL_STOP.search(page.shown(i))), len(page.lines))
    for i in page.text:
        if i >= first or page.kinds[i] or not WORDMARK.fullmatch(page.shown(i)):
            continue
        page.kinds[i].add("name")
        under = range(i + 2, i + 2 + DECK_LINES)  # a byline or a date under it: a title under its section
        titled = any(j in page.position and page.kinds[j] & ANCHORS for j in under)
        if i + 1 in page.position and not page.kinds[i + 1] and len(page.shown(i + 1)) <= TITLE_MAX // 2 and not titled:
            page.kinds[i + 1].add("name")


def _boxes(page: Page) -> None:
    """A platform's box: a few lines (``BOX`` at most) right under its own notice, closed by another
    chrome line with no blank line between — a news page's automatic summary ("자동요약" … its
    sentences … "음성으로 듣기"). The sentences are the platform's selection, not the text."""
    for i in page.text:
        if not page.marks[i].sure or "notice" not in page.kinds[i]:
            continue
        run = []
        j = i + 1
        while j in page.position and not page.kinds[j] and len(run) <= BOX:
            run.append(j)
            j += 1
        if run and len(run) <= BOX and j in page.position and page.kinds[j] and not page.marks[j].chat:
            for k in run:
                page.kinds[k].add("box")


def _comments(page: Page) -> None:
    """Other readers' comments under a post: a line of prose with a date or time just above or
    below it (``COMMENT_REACH`` lines, chrome between) and a reply button just below it ("답글쓰기",
    "답글", "Reply", "답장"), the reply button the evidence that the line is a comment, the date that it
    is someone's. The author's own post has no reply button under each paragraph."""
    for i in page.text:
        if page.kinds[i] or page.marks[i].chat or not page.prose(i):
            continue
        below = _near(page, i, 1)
        if any(_reply(page, j) for j in below) and any("stamp" in page.kinds[j] for j in below + _near(page, i, -1)):
            page.kinds[i].add("comment")
            for j in below:  # its counts and reply button, whatever words they use
                if _reply(page, j) and not page.kinds[j]:
                    page.kinds[j].add("button")


def _comment_threads(page: Page) -> None:
    """Under a comment section's header or its input box ("댓글 52", "댓글을 입력하세요"), a line of
    prose right under a date that stands right under a short name: a reader's comment, with or
    without a reply button under it."""
    header = next((i for i in page.text if _comment_header(page, i)), None)
    if header is None:
        return
    # the author's own name, above the header (a thread's posts carry it): not a reader's
    author = {page.marks[j].key for j in page.text if j < header and "byline" in page.kinds[j]}
    for i in page.text:
        if i <= header + 1 or page.kinds[i] or not page.prose(i):
            continue
        date, name = i - 1, i - 2
        if {date, name} <= page.position.keys() and "stamp" in page.kinds[date] and not page.prose(name):
            cue = CUE.fullmatch(page.shown(date))  # a transcript's "0:04" above what is said
            named = len(page.shown(name)) <= NAME_MAX and page.kinds[name] <= {"byline", "name"}
            if named and not cue and page.marks[name].key not in author:
                page.kinds[i].add("comment")
                page.kinds[name].add("byline")


def _comment_header(page: Page, i: int) -> bool:
    """ "댓글 52" or a comment box's prompt, after the first line of prose."""
    key = page.marks[i].key
    return (
        "button" in page.kinds[i]
        and key.startswith(("댓글", "comment"))
        and any(page.prose(j) for j in page.text if j < i)
        and (any(c.isdigit() for c in page.shown(i)) or len(key) > 6)
    )


def _near(page: Page, i: int, side: int) -> list[int]:
    """Up to ``COMMENT_REACH`` chrome lines on one side of line ``i``, with no blank line between."""
    out, j = [], i + side
    while j in page.position and page.kinds[j] and len(out) < COMMENT_REACH:
        out.append(j)
        j += side
    return out


def _reply(page: Page, i: int) -> bool:
    """A reply button, alone or closing a comment's line of counts or its date ("공감 21 비공감 3
    답글", "2025.02.11. 23:05 답글쓰기")."""
    key = page.marks[i].key
    if page.kinds[i] & {"button", "menu"} and key.replace(" ", "").startswith(REPLY):
        return True
    words = key.split()
    return len(key) <= REPLY_LINE and len(words) >= 2 and words[-1].startswith(REPLY)


def _cues(page: Page) -> None:
    """A video's transcript: bare times ("0:04", "1:16") that rise, each right above a line of what
    is said — the player's cue marks, not the text."""
    cues = [i for i in page.text if CUE.fullmatch(page.shown(i)) and i + 1 in page.position and not page.kinds[i + 1]]
    seconds = [_seconds(page.shown(i)) for i in cues]
    # a clock's time of day ("06:20", "07:35": the hour with its zero, not a video's first minute)
    # is an author's log, not a player's cue
    clock = (
        bool(cues)
        and all(CLOCK_TIME.fullmatch(page.shown(i)) for i in cues)
        and page.shown(cues[0]).startswith("0")
        and seconds[0] >= 60
    )
    if len(cues) >= CUES and seconds == sorted(seconds) and not clock:
        page.remove(cues, "widget")
        # the panel's chapter headings among the cues, as the description's chapter list names them
        chapters = {m.group(1) for i in page.text if (m := CHAPTER.fullmatch(page.shown(i)))}
        first = page.before(min(i for i in page.text if CUE.fullmatch(page.shown(i))))  # the first chapter's heading
        page.remove([i for i in page.text if (first or 0) <= i < cues[-1] and page.shown(i) in chapters], "widget")


def _seconds(text: str) -> int:
    total = 0
    for part in text.split(":"):
        total = 60 * total + int(part)
    return total


def _contents(page: Page, start: int) -> None:
    """A page's table of contents: ``CONTENTS`` lines or more in a row before the author's prose,
    each repeated further down as a line of its own in the same order (the headings); its header
    ("목차") goes with it. A document's own contents page (a PDF's, with dot leaders and page
    numbers) is the document's, not a platform's: it stays, listed for the editors."""
    places = defaultdict(list)  # where each text stands as a line of its own, with no chrome evidence
    for j in page.text:
        if not page.kinds[j]:
            places[page.shown(j)].append(j)
    for block in page.blocks(page.text):
        run: list[int] = []
        for i in [*block, None]:
            entry = None if i is None else LEADERS.sub("", page.shown(i)).strip()
            found = [j for j in places.get(entry, ()) if j > i] if entry else []
            # the headings stand apart, prose between them (a block pasted twice stands together)
            if entry and found and len(entry) <= HEADING_MAX and (not run or found[0] > run[-1][1] + 1):
                run.append((i, found[0]))
                continue
            # the headings open the author's prose (a blog's list of posts at the tail repeats the title
            # and its category with no prose between them)
            headed = any(
                any(page.prose(k) and FULL_STOP.search(page.shown(k)) for k in page.text if a < k < b)
                for (_, a), (_, b) in zip(run, run[1:])
            )
            if len(run) >= CONTENTS and headed:
                lines = [line for line, _ in run]
                dotted = sum(bool(LEADERS.search(page.shown(line))) for line in lines) >= CONTENTS
                header = lines[0] - 1
                if header in page.position and CONTENTS_HEADER.fullmatch(page.marks[header].key):
                    lines.insert(0, header)
                # a platform's contents stand under its menus; a plain text's "목차" is the author's
                platform = sum(bool(page.kinds[j] & SITE) for j in page.text if j < lines[0]) >= CONTENTS
                if lines[-1] < start and platform and not dotted:
                    for line in lines:
                        if not page.kinds[line] & {"item", "list"}:  # not already a list's ("On this page")
                            page.kinds[line].add("contents")
                    page.remove(lines, "head")
                elif dotted:
                    for line in lines:  # kept, and listed for the editors
                        page.displaced.setdefault(line, set()).add("contents")
            run = []


def _site_contents(page: Page, start: int) -> None:
    """A site's contents in its sidebar (a docs site, a digital garden): a block of short lines
    above the text, under the site's controls, one of them the page's own title printed again
    below the block (its entry, the page the reader is on; longer than a menu's word, which a
    board prints again as its name)."""
    if page.pdf:
        return
    for block in page.blocks([i for i in page.text if i < start]):
        later = {page.shown(j) for j in page.text if block[-1] < j < start and len(page.shown(j)) > MENU_WORD}
        controls = any(page.kinds[j] & (SITE | {"footer"}) for j in page.text if j <= block[-1])
        short = all(len(page.shown(i)) <= HEADING_MAX and not page.prose(i) for i in block)
        # a card's name over its buttons is no contents; a course's item with its type and length
        # ("읽기 자료: 감가상각으로 읽는 AI 버블 • 15분") is an entry
        names = {i: _entry(page.shown(i)) for i in block}
        entries = sum(not page.kinds[i] or names[i] != page.shown(i) for i in block)
        if entries >= MENU and short and controls and any(names[i] in later for i in block):
            for i in block:
                if not page.kinds[i]:
                    page.kinds[i].add("contents")


def _entry(text: str) -> str:
    """A contents entry's name without its type and its length ("동영상: 캐펙스란 무엇인가 • 9분")."""
    found = ENTRY.fullmatch(text)
    return found["name"] if found else text


def _out_of_place(page: Page, start: int, end: int) -> None:
    """Words a platform prints only at the head (or tail), found elsewhere, are the author's:
    brunch's motto quoted at the end of an essay."""
    for i in page.text:
        at = page.marks[i].at
        if (at == "head" and i > start) or (at == "tail" and i < end):
            page.displaced[i] = set(page.kinds[i])  # still listed for the editors' review
            page.kinds[i].clear()


def _bylines(page: Page, start: int) -> None:
    """In the head, a name directly above a date or a follow button is the byline ("주린이민준").
    Anywhere, a handle ("@doyoon_watts") and the display name right above it are a post's byline."""
    for i in page.text:
        if HANDLE.fullmatch(page.shown(i)) and not page.kinds[i]:
            page.kinds[i].add("byline")
            above = i - 1
            if (
                above in page.position
                and not page.kinds[above]
                and not page.prose(above)
                and len(page.shown(above)) <= 30
            ):
                page.kinds[above].add("byline")
    for i in page.text:  # "hyunwoo.dev·2025년 5월 14일": the writer's id before the date, one line
        # (a Korean name there may be a publisher's or a blog's: "새벽강 · 2025년 10월 15일" on a book)
        if i >= start or "stamp" not in page.kinds[i] or page.marks[i].stated_author:
            continue
        parts = ID_DATE.fullmatch(page.shown(i))
        if parts and WHEN.fullmatch(parts["when"]) and not BARE_HOST.fullmatch(parts["id"]):
            page.facts.append(("author", parts["id"], i))
        elif reporter := REPORTER.search(page.shown(i)):  # "한빛TV 박서윤 기자 2025.01.31 21:17"
            page.facts.append(("author", reporter.group(1), i))
        elif (
            (post := POSTED.fullmatch(page.shown(i)))
            and WHEN.fullmatch(post["when"])
            and not PRESS.fullmatch(post["id"])
        ):
            page.kinds[i].add("byline")
            page.facts.append(("author", post["id"], i))
    for i in page.text:  # "발간일" / "2025-04-17": a date's label on its line, the date under it
        dated = i + 1 in page.position and "stamp" in page.kinds[i + 1]
        if i < start and dated and page.lexicon.stamp_label(page.shown(i)) is not None:
            page.kinds[i].add("stamp")
    for i in page.text:  # "Created by" / "정하윤": the label on its line, the name under it
        below = i + 1
        if (
            page.lexicon.author_label(page.shown(i))
            and below in page.position
            and not page.kinds[below]
            and NAME.fullmatch(page.shown(below))
        ):
            page.kinds[below].add("byline")
            page.facts.append(("author", page.shown(below), below))
    for i in page.text:  # a blog's nickname over its id ("솔솔이" / "(sol_ledger)"), a date under them
        above, below = i - 1, page.after(i)
        if (
            i < start
            and BLOG_ID.fullmatch(page.shown(i))
            and above in page.position
            and not page.kinds[above]
            and NAME.fullmatch(page.shown(above))
            and below is not None
            and below - i <= 2
            and "stamp" in page.kinds[below]
        ):
            page.kinds[i].add("byline")
            page.kinds[above].add("byline")
            page.facts.append(("author", page.shown(above), above))
    for i in page.text:  # a community's poster under the post's time ("4 days ago" / "Quiet_Capex_Watcher")
        above = page.before(i)
        if (
            i < start
            and not page.kinds[i]
            and POSTER.fullmatch(page.shown(i))
            and above == i - 1
            and "stamp" in page.kinds[above]
        ):
            page.kinds[i].add("byline")
            page.facts.append(("author", page.shown(i).removeprefix("u/"), i))
    for i in page.text:  # a profile's headline under the writer's name, above the date
        if i < start and not page.kinds[i] and _tagline(page.shown(i)) and i + 1 in page.position:
            if "stamp" in page.kinds[i + 1] and i - 1 in page.position and page.kinds[i - 1]:
                page.kinds[i].add("byline")
    for i in page.text:
        if i >= start or page.kinds[i] or page.marks[i].chat or not (name := _member(page.shown(i))):
            continue
        if page.lexicon.stamp_label(page.shown(i)) is not None or page.marks[i].sources:
            continue  # "Created" above its date is the date's label, "소개" a site's menu word, not a name
        # Between the name and its date a platform may print the member's grade and a chat button
        # ("봄비오는날" / "우수회원" / "1:1 채팅" / "2025.01.31. 21:36"): chrome lines, no blank line.
        j, between = page.after(i), 0
        while (
            j is not None
            and page.kinds[j]
            and "stamp" not in page.kinds[j]
            and page.marks[j].key not in FOLLOW
            and between < BYLINE_GAP
        ):
            if page.kinds[j] != {"rule"} and j - 1 not in page.position:
                break
            j, between = page.after(j), between + 1
        # or right above a board's IP line, which names nobody ("IP 211.♡.87.43")
        ip = (
            i + 1 in page.position
            and "byline" in page.kinds[i + 1]
            and not page.marks[i + 1].stated
            and not page.lexicon.author_label(page.shown(i + 1))  # "저자" labels the name under it
        )
        if ip or (j is not None and ("stamp" in page.kinds[j] or page.marks[j].key in FOLLOW)):
            page.kinds[i].add("byline")
            page.facts.append(("author", name, i))


def _member(text: str) -> str | None:
    """A name on its own, or after the member's company or group ("SK하이닉스 · 하닉개미")."""
    if NAME.fullmatch(text):
        return text
    parts = [part.strip() for part in SEGMENTS.split(text)] if len(text) <= 2 * AFFILIATION else []
    if len(parts) == 2 and len(parts[0]) <= AFFILIATION and NAME.fullmatch(parts[1]):
        return parts[1]
    return None


def _tagline(text: str) -> bool:
    """Three short parts or more joined by "|" ("반도체 리서치 | 전 애널리스트 | 숫자로 생각하기")."""
    parts = [part for part in text.split("|") if part.strip()]
    return len(parts) >= 3 and all(len(part.strip()) <= TAGLINE_PART for part in parts)


def _names(page: Page) -> None:
    """A short line whose words recur inside a chrome line is the blog's or magazine's name
    ("자본의 온도" in "Discover more from 자본의 온도"), or the writer's ("이도윤" in its byline).
    Breadcrumbs, running heads and lists of posts (a series, "최근 글") do not count: they repeat
    the title itself."""
    # Nor do a list's printed lines (a commenter's name is a reader's), nor a mail's subject line
    # (it repeats the title under which the letter opens).
    evidence = [
        j
        for j in page.text
        if page.kinds[j] - {"menu", "path", "rule", "icon", "page", "item", "each"}
        and "mail" not in page.marks[j].platforms
    ]
    for i in page.text:
        key = page.marks[i].key
        if page.kinds[i] or page.marks[i].chat or not 2 <= len(key) <= NAME_MAX or page.prose(i):
            continue
        for j in evidence:
            # a heading's entry in contents
            again = "contents" in page.kinds[j] and key in (page.marks[j].key, normal(_entry(page.shown(j))))
            if j != i and key in page.marks[j].key and not again and (len(key) >= 4 or "byline" in page.kinds[j]):
                page.kinds[i].add("name")
                break


def _crumbs(page: Page) -> None:
    """A breadcrumb copied one part per line: short lines with a lone "/", ">" or "›" between them
    ("리서치 위키" / "/" / "AI 인프라" / "/" / "전력·데이터센터")."""
    for i in page.text:
        if page.shown(i) not in CRUMB or not {i - 1, i + 1} <= page.position.keys():
            continue
        if _crumb_part(page, i - 1) and _crumb_part(page, i + 1):
            for j in (i - 1, i, i + 1):
                page.kinds[j].add("path")
    # or without them, from its home: "홈" / "보고서" / "이슈와 논점" (a page's first line is a menu's)
    for i in page.text:
        if normal(page.shown(i)) not in CRUMB_HOME or i + 1 not in page.position or i == page.text[0]:
            continue
        steps = list(takewhile(lambda j: _crumb_part(page, j), page.run_after(i)))[:CRUMB_STEPS]
        # the section's name over the breadcrumb that ends in it
        above = [i - 1] if steps and i - 1 in page.position and page.shown(i - 1) == page.shown(steps[-1]) else []
        if steps and [*above, i, *steps] == page.block(i):  # a block of its own: no menu's first item
            for j in [*above, i, *steps]:
                page.kinds[j].add("path")


def _crumb_part(page: Page, i: int) -> bool:
    """Line ``i`` is short enough for a breadcrumb's step, with no sentence in it."""
    return len(page.shown(i)) <= CRUMB_PART and not page.prose(i) and not SENTENCE.search(page.shown(i))


def _replies(page: Page) -> None:
    """Another account's reply under a thread: a handle other than the first one in the text, a date
    within a few lines under it, and the prose of its block — someone else's words."""
    handles = [i for i in page.text if HANDLE.fullmatch(page.shown(i))]
    if not handles:
        return
    author = page.shown(handles[0]).casefold()
    for h in handles:
        if page.shown(h).casefold() == author:
            continue
        block = list(takewhile(lambda j: not HANDLE.fullmatch(page.shown(j)), page.run_after(h)))
        said = [j for j in block if not page.kinds[j] and page.prose(j)]
        if any("stamp" in page.kinds[j] for j in block[:COMMENT_REACH]) and len(said) <= CARD_PROSE:
            for j in said:  # a reply is a line or two; a long block under a handle is a post, a transcript
                page.kinds[j].add("comment")


def _episodes(page: Page, title: int | None, end: int) -> None:
    """After the prose, lines numbered in order ("01 …" / "02 …" / "03 …"), one of them this post's
    own title: a series' list of its episodes, the platform's."""
    if title is None:
        return
    own = compact(normal(page.shown(title)))
    for block in page.blocks([i for i in page.text if i > end]):
        for run in consecutive([i for i in block if EPISODE.fullmatch(page.shown(i))]):
            found = [EPISODE.fullmatch(page.shown(i)) for i in run]
            rising = all(int(b.group(1)) == int(a.group(1)) + 1 for a, b in zip(found, found[1:]))
            if len(run) >= 2 and rising and any(compact(normal(m.group(2))) == own for m in found):
                for i in run:
                    page.kinds[i].add("item")


def _list_items(page: Page) -> None:
    """Under a list header, the lines of its block up to the first full stop are its items (titles
    of other posts end without one) — or the whole block when a date stands alone in it (a list
    of cards: date, title, excerpt)."""
    for i in page.text:
        if "list" not in page.kinds[i]:
            continue
        if "menu" in page.kinds[i] and i - 1 in page.text and "menu" in page.kinds[i - 1]:
            continue  # a menu's word ("홈" / "태그" / "방명록"), not the header of a list under it
        block = page.run_after(i)
        # a card's date or reading time alone on its line ("4 min read"): the whole block is cards
        if not any(_card_mark(page, j) for j in block):
            stop = next((n for n, j in enumerate(block) if FULL_STOP.search(page.shown(j))), len(block))
            block = block[:stop]
        for j in block:
            page.kinds[j].add("item")


def _card_mark(page: Page, j: int) -> bool:
    kinds, text = page.kinds[j], page.shown(j)
    return not page.prose(j) and ("stamp" in kinds or ("count" in kinds and any(c.isalpha() for c in text)))


def _title(page: Page, start: int) -> tuple[int | None, int | None]:
    """The title: the one or two lines just above the first byline or date of the head (a title and
    its subtitle; a short first one is a category, "주식 공부"; lines above them belong to the
    page: a magazine, a book's name, an episode number); failing that, the first line of the
    head that reads as a heading and does not stand between chrome lines. A title comes before
    the author's first sentence."""
    carded = {i for block in page.blocks(page.text) if _card(page, block) for i in block}  # a sidebar's bio
    sentence = next(
        (
            i
            for i in page.text
            if page.prose(i) and FULL_STOP.search(page.shown(i)) and not sandwiched(page, i) and i not in carded
        ),
        start,
    )
    head = [i for i in page.text if i < min(start, sentence) and i not in page.removed]

    def candidate(i: int, limit: int) -> bool:
        text = page.shown(i)
        return not page.kinds[i] and not page.marks[i].chat and 2 <= len(text) <= limit and not LABEL.fullmatch(text)

    magazine = _magazine_page(page, head)
    # a byline first: a clock over a title's category ("남은 시간 14:22:07") dates nothing
    for anchor in sorted(head, key=lambda i: "byline" not in page.kinds[i]):
        if not page.kinds[anchor] & ANCHORS:
            continue
        run: list[int] = []
        j, labels = page.before(anchor), 0
        # a theme's label above its byline ("Post author"); a board's post line: its writer, votes and
        # views between the title and the date ("캐펙스충" / "추천 45" / "조회수 5,821" / "작성일 …")
        named = False  # the writer's name over the counters, which the lexicon cannot know
        while j is not None and j == anchor - 1 - labels and labels < META_LINES:
            if not (page.kinds[j] and page.kinds[j] <= META):
                if named or not labels or page.kinds[j] or not _nickname(page.shown(j)):
                    break
                named = True
            j, labels = page.before(j), labels + 1
        if labels and not any(page.kinds[i] - {"menu"} for i in range(anchor - labels, anchor)):
            j, labels = page.before(anchor), 0  # a menu's words alone (a name among them): not a post's line
        if labels and (j is None or j != anchor - 1 - labels):
            j = None
        elif not labels and j == anchor - 1 and _label(page, j):
            page.kinds[j].add("button")  # a label the lexicon does not know ("작가 정보"), a title above it
            j = page.before(j)
        while (
            j is not None
            and j in head
            and candidate(j, TITLE_MAX)
            and (not _in_menu(page, j) or _running_title(page, j) or (not run and _unknown_in_menu(page, j)))
            and len(run) < DECK_LINES
        ):
            run.insert(0, j)
            j = j - 1 if j - 1 in page.text else None  # the title stands right above, no blank line
        # under the magazine's or book's own line ("02화"), a title and its subtitle, no category
        episode = magazine and bool(run) and j == run[0] - 1 and bool(page.kinds[j])
        while len(run) > 1 and not episode and _category(page, run[0], run[1]):
            category = run.pop(0)
            if not page.kinds[category]:
                page.kinds[category].add("path")  # the board or category the post is filed under
        if len(run) == DECK_LINES and (not all(_deck_line(page.shown(i)) for i in run[1:]) or magazine):
            run.pop(0)  # a category or a magazine above a title and its subtitle
        while len(run) > 1 and _printed_above(page, head, run[0], run[-1]):
            run.pop()  # the newsletter's name printed above again under its title: no subtitle
        page.keep |= set(run[2:])  # a news headline's second deck line
        if run:
            return _repeated(page, head, run[0]), run[1] if len(run) > 1 else None
        below = page.after(anchor)  # a date header alone over the title, the body right under it (Blogger)
        if (
            "stamp" in page.kinds[anchor]
            and below in head
            and candidate(below, TITLE_MAX)
            and page.after(below) == start
        ):
            return below, None
    trail_end = None
    for i in head:
        if not candidate(i, TITLE_MAX):
            continue
        if candidate(i + 1, TITLE_MAX) and GLOSS.fullmatch(page.shown(i + 1)) and len(page.shown(i)) <= HEADING_MAX:
            return i, i + 1  # a headword over its original in brackets ("AI 버블" / "[ AI bubble ]")
        if (_in_menu(page, i) or _menu_again(page, i)) and not _running_title(page, i):
            continue
        if _flair(page, i, candidate):
            continue  # a community's flair right above the title ("토론")
        if _section(page, i, candidate):
            return i + 1, None  # the heading under its section, even when it reads as a sentence
        if _labelled(page, i, candidate):
            continue  # the category right above the title ("투자 공부"), a label between it and the byline
        if (end := _trail(page, i, candidate)) is not None:
            trail_end = end  # a step of the path to the title, which the path sets apart
            continue
        # a long headline reads as prose by its length: first of its block, no full stop, it is a title
        # (or set apart by the chrome right above it: a video's hashtags over its title, or a path)
        above, led = page.before(i), i == trail_end
        set_apart = (above != i - 1 or bool(page.kinds[above]) or led) and not FULL_STOP.search(page.shown(i))
        heading = len(page.shown(i)) <= HEADING_MAX and not page.prose(i)
        if _imprint(page, i):
            continue
        if (heading or set_apart) and (led or not _between_chrome(page, i)) and not _series(page, i):
            # a subtitle right under it, chrome right under that (a byline): kept with the title
            below = i + 1
            subtitle = (
                below in page.position
                and candidate(below, TITLE_MAX)
                and _deck_line(page.shown(below))
                and not FULL_STOP.search(page.shown(below))
                and below + 1 in page.position
                and bool(page.kinds[below + 1])
                and not _printed_above(page, head, i, below)
            )
            title = _repeated(page, head, i)
            return title, below if subtitle and title == i else None
    return None, None


def _printed_above(page: Page, head: list[int], title: int, i: int) -> bool:
    """Line ``i`` repeats a line of the head above the title (a name the platform prints twice)."""
    return any(page.shown(j) == page.shown(i) for j in head if j < title)


def _flair(page: Page, i: int, candidate) -> bool:
    """A word or two right above a line four times its length, under the post's byline: the flair
    a community files the post under ("토론", "질문"), not a short title over its subtitle."""
    below, above = i + 1, page.before(i)
    return (
        len(page.shown(i)) <= FLAIR
        and below in page.position
        and candidate(below, TITLE_MAX)
        and len(page.shown(below)) >= 4 * len(page.shown(i))
        and above is not None
        and "byline" in page.kinds[above]
    )


def _trail(page: Page, i: int, candidate) -> int | None:
    """A short line in a run of two or more short ones that ends at a line twice the longest of
    them: a step of the path a shop or a board prints above the title ("재테크" / "주식", "톡톡" / "결혼/시집/친정",
    "도서/음반/DVD" / "경제 경영"), not the title. The line the path leads to, or None; a line
    opening with a dash is a short title's subtitle ("변압기가 모자란다" / "— AI 데이터센터가 …")."""
    longest, j, k = len(page.shown(i)), page.after(i), page.before(i)
    steps = 2 if k is not None and len(page.shown(k)) <= STEP else 1  # a step before this one
    for _ in range(TRAIL):
        if longest > STEP or j is None:
            return None
        text = page.shown(j)
        if len(text) > STEP:
            if steps < 2:
                return None  # one short line over a long one: a title over its first sentence
            words = len(LETTERS.findall(text)) >= len(text.replace(" ", "")) / 2  # no date, no issue number
            title = candidate(j, TITLE_MAX) and len(text) >= 2 * longest and not FULL_STOP.search(text)
            return j if title and words and not text.startswith(DASHES) else None
        if not page.kinds[j]:
            longest = max(longest, len(text))
        j, steps = page.after(j), steps + 1
    return None


def _repeated(page: Page, head: list[int], i: int) -> int:
    """A line that ends with a later line of the head ("[AI 거품 체크] No.37 <title>", a mail's
    subject): the later line is the title, this one the subject."""
    key = page.marks[i].key
    for j in head:
        inner = page.marks[j].key
        if j > i and not page.kinds[j] and len(inner) >= SUBJECT_MIN and inner != key and key.endswith(inner):
            page.kinds[i].add("path")
            return j
    return i


def _in_menu(page: Page, i: int) -> bool:
    """Line ``i`` stands among ``MENU`` or more short lines in a row with no sentence among them: a
    site's menu, whatever its words ("증권" / "부동산" / "경제·금융" / "산업" / …)."""
    return _menu_item(page, i) and len(_menu_run(page, i)) >= MENU


def _menu_run(page: Page, i: int) -> list[int]:
    """Line ``i`` and the short lines with no sentence right above and below it."""
    run = [i]
    for step in (-1, 1):
        j = i + step
        while j in page.position and _menu_item(page, j):
            run.append(j)
            j += step
    return run


def _unknown_in_menu(page: Page, i: int) -> bool:
    """Line ``i`` is the one line of its run of short lines the lexicon does not know: right above a
    byline, a book's title among the store's buttons ("전력의 시대" / "박서연 지음" / "바로 읽기")."""
    others = _menu_run(page, i)[1:]
    return " " in page.shown(i) and all(page.kinds[j] for j in others)  # a site's name is one word


def _menu_item(page: Page, i: int) -> bool:
    """A line short enough for a menu item, with no sentence in it."""
    text = page.shown(i)
    return len(text) <= MENU_WORD and not SENTENCE.search(text) and not page.marks[i].chat


def _nickname(text: str) -> bool:
    """A short word with no sentence in it: a writer's name where a platform prints one."""
    return len(text) <= NAME_MAX and " " not in text.strip() and not SENTENCE.search(text)


def _imprint(page: Page, i: int) -> bool:
    """On a PDF's cover, its publisher or its series and number ("한국디지털경제연구원", "이슈브리프
    2025-04") above the title: the document's imprint, not its title."""
    text = page.shown(i)
    return page.pdf and (bool(ORGANISATION.fullmatch(text)) or bool(SERIES_NUMBER.fullmatch(text)))


def _series(page: Page, i: int) -> bool:
    """A name right above an issue number ("KIFS 정책브리프" / "제2025-04호 (2025. 3. 14.)"): the
    series of a report or a newsletter, not the title."""
    below = page.after(i)
    return below == i + 1 and bool(ISSUE_START.match(page.shown(below)))


def _section(page: Page, i: int, candidate) -> bool:
    """Short parts joined by "|", "/" or ">" right above a longer heading ("산업분석 | 반도체"): the
    section a report or a blog files the text under."""
    below = i + 1
    return below in page.position and candidate(below, TITLE_MAX) and _path(page, i, below)


def _category(page: Page, first: int, second: int) -> bool:
    """A short line right under a chrome line ("매거진" / "버블의 해부학"), above a line twice its
    length, is a category or a magazine, not the title."""
    if _running_title(page, first):
        return False
    before = page.before(first)  # a menu above it, a blank line between or not
    above = before is not None and bool(page.kinds[before])
    short = len(page.shown(first)) <= SHORT and 2 * len(page.shown(first)) <= len(page.shown(second))
    board = bool(BOARD_NAME.fullmatch(page.shown(first)))
    return (above and short) or board or _menu_again(page, first) or _path(page, first, second)


def _running_title(page: Page, i: int) -> bool:
    """The document's title, which its running head prints on every page (furniture.py)."""
    return bool(page.running) and page.marks[i].key == page.running


def _magazine_page(page: Page, head: list[int]) -> bool:
    """A platform that prints a post's magazine above its title and subtitle (브런치스토리): three
    lines above the byline there are the magazine, the title and the subtitle, never a deck."""
    return any(MAGAZINES & page.marks[i].sources for i in head)


def _label(page: Page, i: int) -> bool:
    """A word or two touching the byline under it, a blank line above it and a line at least twice
    its length above that: a label between a title and its byline ("작가 정보", "프로필")."""
    text, above = page.shown(i), page.before(i)
    return (
        not page.kinds[i]
        and len(text) <= LABEL_MAX
        and len(text.split()) <= 2
        and not re.search(r"[\d.,!?:]", text)
        and above is not None
        and above != i - 1
        and not page.kinds[above]
        and len(page.shown(above)) >= 2 * len(text)
    )


def _labelled(page: Page, i: int, candidate) -> bool:
    """A short line under chrome, right above a line twice its length that chrome follows (a
    label such as "프로필", then the byline): the category over the title, not the title; a title
    with its subtitle under it has prose after them."""
    below = i + 1
    after = page.after(below) if below in page.position else None
    return after is not None and candidate(below, TITLE_MAX) and bool(page.kinds[after]) and _category(page, i, below)


def _path(page: Page, first: int, second: int) -> bool:
    """Short parts joined by "|", "/" or ">" above a longer line ("반도체 노트 / 메모리"): the section
    a blog files the post under, not its title."""
    parts = [part for part in SECTION.split(page.shown(first)) if part.strip()]
    return (
        len(parts) >= 2
        and all(len(part) <= SHORT + 2 for part in parts)
        and len(page.shown(second)) > len(page.shown(first))
    )


def _menu_again(page: Page, i: int) -> bool:
    """A line that repeats one of the page's menu above it: the board or section the post is in
    ("AI·반도체 토론방" in the cafe's board list, then above the title)."""
    key = page.marks[i].key
    # a menu word's whole block ("톡톡" under "판톡"), a longer line's neighbours
    beside = page.block if len(key) <= MENU_WORD else lambda j: [k for k in (j - 1, j + 1) if k in page.position]
    return bool(key) and any(
        page.marks[j].key == key and any("menu" in page.kinds[k] for k in beside(j)) for j in page.text if j < i - 1
    )


def _between_chrome(page: Page, i: int) -> bool:
    """Chrome right above and below, no blank line on either side: an item of a menu (a blog's
    name among its links); a heading with a blank line under it is set apart, a title."""
    before, after = page.before(i), page.after(i)
    touching = after == i + 1 and before in (None, i - 1)
    return touching and (before is None or bool(page.kinds[before])) and bool(page.kinds[after])


# ---------------------------------------------------------------- decisions


def _chrome(page: Page, group: list[int], strict: bool = True, share: float = 0.5) -> bool:
    """At least half chrome (``share``), no prose but a bio between chrome lines, and (strict)
    more than one weak word or one strong line."""
    evidence = [i for i in group if page.kinds[i]]
    if not evidence or len(evidence) < share * len(group):
        return False
    for n, i in enumerate(group):
        bio = n > 0 and share and sandwiched(page, i)  # under the card's name, above its buttons
        if page.prose(i) and not bio and (share or len(page.shown(i)) >= PARAGRAPH):
            return False
    return not strict or len(evidence) >= 2 or any(page.marks[i].strong(page.kinds[i]) for i in evidence)


def _head(page: Page, start: int, title: int | None) -> None:
    """Before the title, everything when it is chrome as a whole; after it, block by block."""
    head = [i for i in page.text if i < start and i not in page.removed]
    if title is not None:
        above = [i for i in head if i < title]
        if above and _chrome(page, above):
            page.remove(above, "head")
        else:  # a sidebar's author card with its bio among the menus: block by block
            for block in page.blocks(above):
                # a menu of words the lexicon does not know, one of them known ("홈" / "국내증시" / …)
                menu = len(block) >= MENU and all(_in_menu(page, i) for i in block)
                if (
                    _chrome(page, block)
                    or (_card(page, block) and len(block) > 1)
                    or (menu and _chrome(page, block, strict=False, share=0))
                ):
                    page.remove(block, "head")
        head = [i for i in head if i > title]
    _echoes(page, title)
    # Below a sentence of the author's (not the title or subtitle) the head has ended: the lines
    # after it are in the author's text, however much they look like buttons.
    said = [i for i in head if page.prose(i) and i not in page.keep]
    head = [i for i in head if not said or i < said[0]]
    for block in _outside(page, head, start, -1):
        _tags_between(page, block)
        if _chrome(page, block):
            deck = title is not None and block[0] > title
            page.remove(block[: len(block) - _deck(page, block)] if deck else block, "head")
    for i in head:  # one button or menu word alone between two removed blocks ("뒤로")
        before, after = page.before(i), page.after(i)
        alone = before != i - 1 and after != i + 1 and page.kinds[i] and page.kinds[i] <= LABELS
        if alone and before in page.removed and after in page.removed:
            page.remove([i], "head")


def _echoes(page: Page, title: int | None) -> None:
    """A line that repeats one the page printed above the title (a newsletter's name over its
    issue, again under the title and over its footer) is that name again, wherever it stands."""
    printed = {
        page.shown(i)
        for i in page.removed
        if title is not None and i < title and not page.prose(i) and " " in page.shown(i)  # a name, not a menu word
    }
    for i in page.text:
        if page.shown(i) in printed and i not in page.removed and i not in page.keep and not page.kinds[i]:
            page.kinds[i].add("name")


def _tags_between(page: Page, block: list[int]) -> None:
    """Under the title, bare words between the byline's chrome and more chrome ("LLM / GPU / 회고"
    between a like count and a series' "3/5") are the post's tags and series name."""
    if not page.kinds[block[0]] & {"byline", "stamp"}:
        return  # a block that opens with the byline, not a table's header row ("제목 / 적정가격 / 투자의견")
    n = 1
    while n < len(block) - 1:
        run = []
        while n + len(run) < len(block) - 1 and _bare_tag(page, block[n + len(run)]):
            run.append(block[n + len(run)])
        if len(run) >= 2 and page.kinds[block[n - 1]] and page.kinds[block[n + len(run)]]:
            for i in run:
                page.kinds[i].add("tags")
        n += len(run) + 1


def _deck(page: Page, block: list[int]) -> int:
    """How many lines end the block as an article's deck (부제): lines of several words with no
    evidence, under the byline and the toolbar; they stay."""
    n = 0
    while n < len(block) and not page.kinds[block[-1 - n]] and _deck_line(page.shown(block[-1 - n])):
        n += 1
    return n if n < len(block) else 0


def _deck_line(text: str) -> bool:
    return len(text) >= DECK and len(text.split()) >= 3


def _outside(page: Page, lines: list[int], edge: int, side: int) -> list[list[int]]:
    """The blocks of ``lines``; the part of a block that runs on into the body (no blank line
    between) counts only when it is two lines or more and the line touching the prose is chrome:
    an e-mail line under the author's last sentence is the author's."""
    out = []
    for block in page.blocks(lines):
        runs_on = page.after(block[-1]) if side < 0 else page.before(block[0])
        joined = runs_on is not None and abs(runs_on - (block[-1] if side < 0 else block[0])) == 1
        if joined and (runs_on >= edge if side < 0 else runs_on <= edge):
            # The part next to the prose must itself be chrome: the author's lines that run on
            # into it ("8/8 끝.") stay, and what follows them counts from its first chrome line
            # when it is a page's footer (``FOOTER`` lines or more), not a few words.
            whole = len(block)
            while block and not page.kinds[block[0] if side > 0 else block[-1]]:
                block = block[1:] if side > 0 else block[:-1]
            printed = side < 0 and len(block) == whole == 1 and page.marks[block[0]].printed
            if not printed and (len(block) < 2 or (len(block) < whole and len(block) < FOOTER)):
                continue  # (a date printed with its views right above the text is the platform's)
        out.append(block)
    return out


def _tail(page: Page, end: int) -> None:
    """After the body, block by block; a block of bare words ("AI / 주식 / 에세이") is a tag list
    when other chrome follows it."""
    blocks = _outside(page, [i for i in page.text if i > end and i not in page.removed], end, 1)
    chrome = [any(test(page, block) for test in (_chrome, _framed, _profile, _owned)) for block in blocks]
    answers = any("comment" in page.kinds[i] and i <= end and i not in page.removed for i in page.text)
    for n, block in enumerate(blocks):
        # the last of the answers the body holds (a Q&A page's) is an answer too, not a lone button
        answer = answers and any("comment" in page.kinds[i] for i in block)
        later = any(chrome[n + 1 :]) and not answer
        if chrome[n]:
            page.remove(block, "tail")
        elif later and _tag_words(page, block):
            for i in block:  # the post's tags as bare words, above its buttons
                page.kinds[i].add("tags")
            page.remove(block, "tail")
        elif later and _chrome(page, block, strict=False):
            page.remove(block, "tail")  # a lone button or hashtag line, more chrome below it
        elif later and any(chrome[:n]) and _chrome(page, block, strict=False, share=0):
            page.remove(block, "tail")  # between chrome blocks: a prompt the lexicon does not know
        elif n == len(blocks) - 1 and _dock(page, blocks[:n], block):
            page.remove(block, "tail")  # after the tail's chrome, a floating button ("메시지"), a prompt
        else:  # the reporter's line and the copyright right under the last paragraph, no blank line
            said = [k for k, i in enumerate(block) if page.prose(i)]
            rest = block[said[-1] + 1 :] if said else []
            if len(rest) >= 2 and _chrome(page, rest):
                page.remove(rest, "tail")
            elif n == len(blocks) - 1:
                page.remove(_footer(page, block), "tail")


def _footer(page: Page, block: list[int]) -> list[int]:
    """The site's footer closing the page: its copyright line and, above it, the short lines that
    are no sentence (its links: "이용약관", "고객센터", "회사 안내"), ``FOOTER_KNOWN`` of them or more
    (the copyright line counted) known to the lexicon."""
    if "footer" not in page.kinds[block[-1]]:
        return block if _menu_block(page, block) else []
    n = len(block) - 1
    while n > 0 and not page.prose(block[n - 1]) and not SENTENCE.search(page.shown(block[n - 1])):
        n -= 1
    links = block[n:]
    return links if sum(bool(page.kinds[i]) for i in links) >= FOOTER_KNOWN else []


def _menu_block(page: Page, block: list[int]) -> bool:
    """A block of ``MENU`` short link lines or more, no sentence among them, two of them or more
    known to the lexicon as a site's ("Privacy", "About"): the site's menu closing the page."""
    links = all(
        len(page.shown(i)) <= HEADING_MAX and not SENTENCE.search(page.shown(i)) and not page.prose(i) for i in block
    )
    return len(block) >= MENU and links and sum(bool(page.kinds[i] & (LABELS | {"footer"})) for i in block) >= 2


def _other_posts(page: Page, end: int) -> None:
    """Under the post, a line between two of a list's printed lines is the list's: another post's
    title between its date and its writer (on a page of reviews the list is the body); inside the
    list, such a line the lexicon reads as a button is too ("이전 댓글 2개 더보기")."""

    def printed(j: int | None) -> bool:
        return j is not None and j in page.removed and "each" in page.kinds[j]

    listed = [
        i
        for i in page.text
        if (i > end or page.kinds[i] & LABELS)
        and i not in page.removed
        and printed(page.before(i))
        and printed(page.after(i))
    ]
    page.remove(listed, "tail")


def _dock(page: Page, before: list[list[int]], block: list[int]) -> bool:
    """The last line alone, a button or a menu word (a pager's numbers with it), after the tail's
    chrome (a footer, comments)."""
    removed = any(i in page.removed for b in before for i in b) or page.before(block[0]) in page.removed
    kinds = page.kinds[block[0]]
    return removed and len(block) == 1 and bool(kinds) and (kinds <= LABELS or kinds == {"menu", "count"})


def _framed(page: Page, block: list[int]) -> bool:
    """A box between two separator rules ("───" … "───") after the body: a blog's signature —
    without a paragraph of prose, or signed (``_signed``)."""
    if not _boxed(page, block):
        return False
    return _signed(page, block) or not any(page.prose(i) and len(page.shown(i)) >= PARAGRAPH for i in block)


def _boxed(page: Page, block: list[int]) -> bool:
    return len(block) >= 3 and page.kinds[block[0]] == {"rule"} == page.kinds[block[-1]]


def _signed(page: Page, block: list[int]) -> bool:
    """A box between two separator rules with the blog's name from the head in it (its disclaimer):
    the blog's wherever it stands; an unsigned box inside the text may frame the author's quote."""
    if not _boxed(page, block):
        return False
    site = {page.marks[j].key for j, zone in page.removed.items() if zone == "head" and len(page.marks[j].key) >= 4}
    return any(name in page.marks[i].key for i in block for name in site)


def _tag_words(page: Page, block: list[int]) -> bool:
    return len(block) >= 2 and all(_tag_word(page, i) for i in block)


def _tag_word(page: Page, i: int, words: int = 2) -> bool:
    text = page.shown(i)
    # a tag can be a word the page repeats ("엔비디아")
    return (
        page.kinds[i] <= {"name"} and len(text) <= TAG_WORD and len(text.split()) <= words and not SENTENCE.search(text)
    )


def _bare_tag(page: Page, i: int) -> bool:
    """A tag or a series' name under a title: a few words the lexicon does not know, no name."""
    return not page.kinds[i] and _tag_word(page, i, words=3)


def _runs(page: Page, start: int, end: int) -> None:
    """Inside the text, three or more chrome blocks in a row, of three or more kinds together; and
    the blog's signature box, signed with its name, above the author's postscript."""
    blocks = page.blocks([i for i in page.text if start <= i <= end and i not in page.removed])
    for block in blocks:
        if _signed(page, block) or _tag_list(page, block):
            page.remove(block, "tail")
    run: list[list[int]] = []
    for block in [*blocks, []]:
        if block and _chrome(page, block, strict=False):
            run.append(block)
            continue
        kinds = {k for b in run for i in b for k in page.kinds[i]}
        if len(run) >= 3 and len(kinds) >= 3:
            for b in run:  # a footer the author wrote on below (an afterword, a correction)
                page.remove(b, "tail")
        run = []


def _tag_list(page: Page, block: list[int]) -> bool:
    """Two lines or more of hashtags only ("#HBM" / "#D램"): the platform's tag list, wherever it
    stands (a "#1" is a number)."""
    tags = [tag for i in block for tag in page.shown(i).split()]
    return len(block) >= 2 and all("tags" in page.kinds[i] for i in block) and all(not t[1:].isdigit() for t in tags)


def _widgets(page: Page) -> None:
    """The platform's own sentences (and the chrome lines stuck to them), photo credits, buttons
    in the text that repeat the page's own chrome, a platform's in-text button standing alone
    ("Leave a comment") on a page where that platform's own sentences are, and three or more
    bare counts in a row (a post's counters; a PDF's table is never read for platform chrome)."""
    chrome_keys = {page.marks[i].key for i in page.removed if page.marks[i].key}
    chrome_lines = {page.shown(i) for i in page.removed}
    platforms = {platform for mark in page.marks for platform in mark.platforms}
    for block in page.blocks([i for i in page.text if i not in page.removed]):
        sure = [i for i in block if page.marks[i].sure]
        for i in sure:
            j = i
            while j - 1 in block and page.kinds[j - 1] and not page.prose(j - 1):
                j -= 1
            k = i
            while k + 1 in block and page.kinds[k + 1] and not page.prose(k + 1):
                k += 1
            page.remove(list(range(j, k + 1)), "widget")
        if len(block) == 1 and page.marks[block[0]].body & platforms:
            page.remove(block, "widget")
        for run in _evidence_runs(page, [i for i in block if i not in page.removed]):
            words = [i for i in run if page.kinds[i] != {"count"}]
            # a bar repeated prints the same counts; other counts under the same words are quoted ("라이킷 1")
            repeats = words and all(
                page.marks[i].key in chrome_keys and ("count" not in page.kinds[i] or page.shown(i) in chrome_lines)
                for i in words
            )
            # "2/8" closing a post is the thread's numbering, the author's: never part of the chrome
            bar = [i for i in run if not NUMBERING.fullmatch(page.shown(i))]
            if len(bar) >= ACTION_BAR and {"stamp", "button", "count"} <= {k for i in bar for k in page.kinds[i]}:
                page.remove(bar, "widget")  # a post's date, counters and buttons in one run (a thread's post)
            elif _post_header(page, run):
                page.remove(bar, "widget")  # a thread's byline and date, repeated above each post
            elif repeats and (len(run) >= 2 or all(page.marks[i].body for i in run)):
                page.remove(run, "widget")
            elif not words and len(bar) >= COUNTERS and _under_a_post(page, bar[0]) and not _listed(page, bar):
                page.remove(bar, "widget")  # a post's counters, their icons lost in the copy


def _post_header(page: Page, run: list[int]) -> bool:
    """A byline repeated in the text (the same name above each post of a thread), with nothing
    but its date, separators and counts beside it."""
    bylines = [i for i in run if "byline" in page.kinds[i]]
    return (
        bool(bylines)
        and all(page.kinds[i] <= HEADER_KINDS for i in run)
        and any(sum(page.marks[j].key == page.marks[i].key for j in page.text) >= 2 for i in bylines)
    )


def _under_a_post(page: Page, i: int) -> bool:
    """Counters follow a post's text; bare numbers after a short label with no chrome evidence
    ("메타 / 28 / 39 / 62") are a table's row."""
    before = page.before(i)
    if before is not None and (page.prose(before) or bool(page.kinds[before]) or len(page.shown(before)) > 20):
        return True
    # A post may end in short list lines ("학습 → 추론"): a line of prose above them, with no count
    # between, still makes the numbers its counters; a table's rows have counts all the way up.
    j = before
    while j is not None and j - 1 in page.position and not page.kinds[j] and not page.prose(j):
        j -= 1
    return j is not None and j != before and page.prose(j)


def _listed(page: Page, run: list[int]) -> bool:
    """Bare numbers between two of the author's sentences, no blank line on either side ("정해 둔
    가격은 이렇습니다." / "180,000" / "165,000" / "세 번에 나눠서 …"): a list in the text, not counters,
    which close a post."""
    before, after = run[0] - 1, run[-1] + 1
    return all(j in page.position and page.prose(j) and not page.kinds[j] for j in (before, after))


def _evidence_runs(page: Page, block: list[int]) -> list[list[int]]:
    """Runs of consecutive lines with chrome evidence in a block (the reactions under a post); a
    word of ``BRIDGE`` characters at most between two of them belongs to the run ("· / 웹 / ·")."""

    def bridged(i: int) -> bool:
        short = len(page.shown(i)) <= BRIDGE and not page.prose(i)
        return short and all(j in page.position and page.kinds[j] for j in (i - 1, i + 1))

    return consecutive([i for i in block if page.kinds[i] or bridged(i)])


def _facts(
    page: Page, start: int, end: int, title: int | None, header: frozenset[int]
) -> tuple[tuple[str, str, int], ...]:
    """Author, date and URL as the chrome states them, those of the head first. A date after the
    body is another post's (a list of posts) or an edit's, one printed for each item of a list is
    the item's; a chat's first date line is its date; the header above a page that is a list names
    the thing listed (a book's author and its date), not the page's. A name stated inside the prose
    is a quoted letter's sender, not the text's author.
    An author or a date above the title (a paper's name and today's date in its masthead) is
    second to one under the title (the reporter's line, the article's 입력 time)."""
    found = list(page.facts) + [
        (key, value, i)
        for i in page.text
        for key, value in page.marks[i].stated
        if (key != "date" or i < start or page.removed.get(i) == "chat")
        and not (key == "author" and start < i < end)
        and "each" not in page.kinds[i]  # one item's date or name, printed for every item of a list
        and not (key != "url" and i in header)
    ]

    def rank(fact: tuple[str, str, int]) -> tuple[bool, bool, bool, int]:
        key, _, i = fact
        # a reporter's line the lexicon reads ("강민재 기자") before a name read from where it stands
        # (the paper's name over the 입력 time)
        guessed = key == "author" and not page.marks[i].stated_author
        return i >= start, key != "url" and title is not None and i < title, guessed, i

    found.sort(key=rank)
    return tuple((key, value, i + 1) for key, value, i in dict.fromkeys(found))
