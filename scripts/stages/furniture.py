"""Chrome that only a whole text shows: a PDF copy's page numbers and running heads, and a chat
export's header, date lines, system lines and placeholder messages.
"""

from __future__ import annotations

import re
from collections import defaultdict
from itertools import takewhile

from .chrome import DATE, SEGMENTS, TIME, normal
from .page import HEADING_MAX, Page

ORGANISATION = re.compile(r"\S.{0,28}(?:연구원|연구소|재단|협회|학회|위원회|센터|진흥원|공단|공사|은행|증권|부|청|처)")
PAGE_NUMBER = re.compile(r"\d+")
BARE_NUMBER = re.compile(r"\d{1,3}")
ROMAN = re.compile(r"(?:[-–—]\s?)?x?(?:ix|iv|v?i{1,3}|v)(?:\s?[-–—])?")  # a front-matter page number ("ii", "- i -")
# A running foot may close with its issue's date ("○○연구원 이슈브리프 (2025. 3.)"): no sentence.
DATED_FOOT = re.compile(r"\(?\d{4}\.\s?\d{1,2}\.?(?:\s?\d{1,2}\.?)?\)?$")
MARK_REACH = 2  # text lines: a running head stands this close to its page number
PROSE_BESIDE = 2  # page marks at least beside a running head that reads as a sentence
CLOSING = 3 / 4  # a report's closing notices start in the last quarter of its text
PAGE_LINES = 5  # text lines at least between two page numbers
BAR_PAGE_LINES = 2  # …between two running heads carrying theirs after a bar (a short page)


def _head_patterns(bar: str) -> tuple[re.Pattern, ...]:
    """A running head or foot that carries its page number ("○○증권 리서치센터 3", "4 | AI 인프라 전망")."""
    return (
        re.compile(rf"(?P<text>[^\d\s].{{2,50}}?)\s*{bar}\s+(?P<n>\d{{1,3}})"),
        re.compile(rf"(?P<n>\d{{1,3}})\s+{bar}\s*(?P<text>[^\d\s].{{2,50}}?)"),
    )


NUMBERED = _head_patterns("[|·]?")
# …and on a site's page, where a post's own headings may end in numbers ("Part 2"), only with a bar
BARRED = _head_patterns("[|·]")
# A platform's own controls: a page that shows two of them was copied from a site, not a PDF
# (a thread's "2/8" counters rise like page numbers).
SITE_KINDS = frozenset({"menu", "button", "footer", "byline", "notice"})
VIEWER = frozenset({"menu", "button"})  # a document viewer's toolbar around the copied document
DOCUMENT = frozenset({"securities report"})  # notices a printed report carries itself (a compliance notice)
# A chat app's window (Slack, Discord, Teams): the sender's name alone on a line, the time under it.
# The name may carry the member's team or title in brackets ("박서준 (전략기획팀)", "Kim [PM]").
SENDER = re.compile(
    r"(?:[^\W\d][\w.\-]{1,15}|[A-Za-z][\w.\-]*(?: [A-Za-z][\w.\-]*){1,2})(?: ?[(\[][^()\[\]]{1,20}[)\]])?"
)
CLOCK = re.compile(rf"(?:(?:오늘|어제|today|yesterday)\s)?{TIME}", re.I)
DAY = re.compile(
    r"(?:\d{4}년\s?)?\d{1,2}월\s?\d{1,2}일(?:\s?\(?[월화수목금토일](?:요일)?\)?)?|오늘|어제|today|yesterday", re.I
)
# Discord's and Teams' header on one line: the name, a dash or a dot, the day and the time
HEADER = re.compile(
    rf"(?:{SENDER.pattern})\s*[—–\-·|]?\s*(?:{DATE.pattern}|오늘|어제|today|yesterday)?\s*(?:at\s)?{TIME}", re.I
)
HEADER_LINE = 60  # characters at most in a one-line header
SENDER_START = re.compile(r"[^\s—–·|]+")
SENDERS = 3  # messages at least under a name and a time: a chat window
POST_ABOVE = 3  # lines of prose at least above the first header: a post, not a chat window
WINDOW_KINDS = frozenset(
    {"menu", "button", "count", "link", "stamp", "icon"}
)  # a chat app's own lines between messages
CONTROLS = frozenset({"menu", "button", "icon"})  # under a transcript's turns: a tab's label, not a note's date
MESSAGE_START = frozenset({"count", "icon"})
MESSAGE_END = frozenset({"name"})  # a message may be signed ("— 칩리더")
APP = frozenset({"chat apps"})  # the lexicon's platform of a chat app's own lines
WINDOW_LINE = 30  # characters at most in one of them
# A recording's transcript (CLOVA Note, Zoom, a video's script): each speaker's name with the offset
# into the recording ("윤재민 00:03"), the first within its first minute, rising. Who spoke is the
# text's own: the speaker lines stay, only the app's lines around the turns go.
OFFSET = re.compile(r"(?:\S.*?\s)?(?P<t>\d{1,2}:\d{2}(?::\d{2})?)")
# A caption file's cue timing (SubRip "00:00:02,100 --> 00:00:05,400", WebVTT "00:01.000 --> 00:04.200
# align:start"), its header ("WEBVTT", "Kind: captions" under it) and its comment or style blocks.
_CUE_TIME = r"(?:\d{1,2}:)?\d{1,2}:\d{2}[.,]\d{3}"
TIMING = re.compile(rf"{_CUE_TIME}\s*-->\s*{_CUE_TIME}(?:\s+\S.*)?")
CAPTION_BLOCK = re.compile(r"(?:WEBVTT|NOTE|STYLE|REGION)(?:\s.*)?")
TIMED_CUES = 3  # timed cues at least: a caption file


def page_furniture(page: Page) -> None:
    """A PDF copy: page numbers that rise ("- 3 -", "Page 2 of 5", or bare numbers when running
    heads stand beside them), and the short lines repeated beside them (running heads)."""
    blocks = page.blocks(page.text)
    # a document viewer's toolbar and its strip of pages around the document
    viewer = [b for b in (blocks[:1] + blocks[-1:] if len(blocks) > 2 else []) if _viewer(page, b)]
    frame = {i for b in viewer for i in b}
    marked = [i for i in page.text if "page" in page.kinds[i] and i not in frame]
    for i in page.text:
        page.kinds[i].discard("page")
    site = [
        i
        for i in page.text
        if i not in frame
        and page.kinds[i] & SITE_KINDS
        and not (page.marks[i].platforms and page.marks[i].platforms <= DOCUMENT)
    ]
    if len(site) >= 2:
        _document_in_site(page)
        return
    numbers = marked if _rising(page, marked) else []
    numbers = numbers or _numbered_heads(page)
    cover = next((b for b in blocks if b not in viewer), [])  # the document's first block
    heads = _running_heads(page, numbers, 1, cover) if numbers else []
    if not numbers:  # bare numbers are page numbers only with a running head beside two of them
        numbers = _bare_page_numbers(page)
        heads = [i for i in _running_heads(page, numbers, 2, cover) if not _dated(page, i)] if numbers else []
        if not heads:
            return
    page.pdf = True
    front = [i for i in page.text if ROMAN.fullmatch(page.shown(i)) and _beside(page, i, heads)]
    numbers = sorted(numbers + front)
    for i in numbers + heads:
        page.kinds[i].add("page")
    for i in heads + numbers:
        numbered = _numbered(page, i)  # "○○증권 리서치센터 3"; a head: "○○증권 리서치센터 | 2025. 2. 10"
        name = numbered[0] if numbered else SEGMENTS.split(page.shown(i))[0].strip() if i in heads else ""
        if ORGANISATION.fullmatch(name):
            page.facts.append(("author", name, i))
    page.remove(sorted(numbers + heads), "page")
    for block in viewer:
        page.remove(block, "head" if block is blocks[0] else "tail")
    _disclaimer(page)


def _document_in_site(page: Page) -> None:
    """A document shown inside a site's page (a sharing site's viewer): the site's own lines stay
    for the other rules, but a running head with its page number after a bar on three pages or
    more ("AI 인프라 투자 사이클 점검 | 2") is the document's, and names its title."""
    heads = [i for i in _numbered_heads(page, BAR_PAGE_LINES) if any(p.fullmatch(page.shown(i)) for p in BARRED)]
    if not heads:
        return
    page.running = normal(_numbered(page, heads[0])[0].strip(" |·"))
    for i in heads:
        page.kinds[i].add("page")
    page.remove(heads, "page")


def _viewer(page: Page, block: list[int]) -> bool:
    """The first or last block of a document copied from a web viewer, no sentence in it: the
    viewer's toolbar, mostly its controls ("축소" / "확대" / "인쇄"), or its strip of page
    thumbnails ("1" / "2" / "3")."""
    if any(page.prose(i) for i in block):
        return False
    controls = sum(bool(page.kinds[i] & VIEWER) for i in block)
    strip = [int(page.shown(i)) for i in block if BARE_NUMBER.fullmatch(page.shown(i))]
    return 2 * controls >= len(block) or (len(strip) == len(block) >= 2 and strip == list(range(1, len(block) + 1)))


def _disclaimer(page: Page) -> None:
    """A printed report's closing notices (Compliance Notice, rating definitions, the legal
    disclaimer): from its first notice in the last quarter of the text to the end, the lines
    between the notices being the same notice broken across lines."""
    tail = page.text[int(len(page.text) * CLOSING) :]
    notices = [i for i in tail if "notice" in page.kinds[i] and page.marks[i].platforms & DOCUMENT]
    if notices:
        page.remove([i for i in tail if i >= notices[0]], "page")


def _numbered(page: Page, i: int) -> tuple[str, int] | None:
    """The words of a running head that carries a page number, and the number."""
    for pattern in NUMBERED:
        m = pattern.fullmatch(page.shown(i))
        if m:
            return m.group("text").strip(), int(m.group("n"))
    return None


def _numbered_heads(page: Page, apart_lines: int = PAGE_LINES) -> list[int]:
    """Three lines or more alike but for a number that rises by one from page to page: a running
    head or foot with its page number on the same line."""
    alike: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for i in page.text:
        found = _numbered(page, i)
        if found:
            alike[found[0]].append((i, found[1]))
    for rows in alike.values():
        lines, values = [i for i, _ in rows], [n for _, n in rows]
        apart = all(page.position[b] - page.position[a] >= apart_lines for a, b in zip(lines, lines[1:]))
        if len(rows) >= 3 and apart and values == list(range(values[0], values[0] + len(values))):
            return lines
    return []


def _rising(page: Page, numbers: list[int]) -> bool:
    values = [int(PAGE_NUMBER.search(page.shown(i)).group()) for i in numbers]
    return len(set(values)) >= 2 and values == sorted(values)


def _bare_page_numbers(page: Page) -> list[int]:
    """The longest chain of bare numbers n, n+1, n+2 … each a page apart (a table's cells are not;
    two counts in a row under posts are not enough)."""
    bare = [i for i in page.text if BARE_NUMBER.fullmatch(page.shown(i))]
    position = page.position
    best: list[int] = []
    for start in bare:
        chain = [start]
        for i in bare:
            if int(page.shown(i)) == int(page.shown(chain[-1])) + 1 and position[i] - position[chain[-1]] >= PAGE_LINES:
                chain.append(i)
        best = max(best, chain, key=len)
    return best if len(best) >= 3 else []


def _dated(page: Page, i: int) -> bool:
    """A line right above a date or time: a post's byline repeated down a thread, not a running head."""
    j = page.after(i)
    return j is not None and "stamp" in page.kinds[j]


def _running_heads(page: Page, numbers: list[int], beside: int, first_block: list[int]) -> list[int]:
    """Short lines repeated on two pages or more, ``beside`` times within three lines of a page
    number. The cover stays: its first block, and above the first page number a line that stands
    neither beside a page mark nor among the same neighbours as its later copies — a report's
    title and its institution are often its running heads."""
    position = page.position
    marks = [i for i in page.text if i in numbers or ROMAN.fullmatch(page.shown(i))]
    near = {page.text[k] for i in marks for k in range(position[i] - 3, position[i] + 4) if 0 <= k < len(page.text)}
    repeats: dict[str, list[int]] = defaultdict(list)
    worded = set()  # heads that read as prose ("… 사이클 점검"): beside two page marks at least
    for i in page.text:
        # A report's running head may carry its date ("○○증권 리서치센터 | 2025. 2. 10").
        # The cover's first block stays, unless the line carries the head's date (page 1's own head).
        if (i not in first_block or page.kinds[i]) and page.kinds[i] <= {"stamp"} and len(page.shown(i)) <= HEADING_MAX:
            repeats[page.shown(i)].append(i)
            if page.prose(i) and not DATED_FOOT.search(page.shown(i)):
                worded.add(page.shown(i))
    first = min(numbers)

    def cover(i: int, copies: list[int]) -> bool:
        if i >= first or page.kinds[i] or _beside(page, i, marks):
            return False
        around = {page.shown(j) for j in (page.before(i), page.after(i)) if j is not None}
        return not any(
            page.shown(j) in around
            for c in copies
            if c > first
            for j in (page.before(c), page.after(c))
            if j is not None
        )

    heads = []
    for text, found in repeats.items():
        if len(found) >= 2 and len(near & set(found)) >= (max(beside, PROSE_BESIDE) if text in worded else beside):
            heads += [i for i in found if not cover(i, found)]
    return sorted(heads)


def _beside(page: Page, i: int, marks: list[int]) -> bool:
    """Line ``i`` stands within ``MARK_REACH`` text lines of one of ``marks``."""
    return any(abs(page.position[i] - page.position[m]) <= MARK_REACH for m in marks)


def captions(page: Page) -> None:
    """A caption file (SubRip, WebVTT): every cue's timing line and the id right above it (a bare
    number, a name), the file's header and its NOTE or STYLE blocks are the player's; what is said
    stays, a line that is only a number ("40.") too. A caption file has no title."""
    timings = [i for i in page.text if TIMING.fullmatch(page.shown(i))]
    if len(timings) < TIMED_CUES:
        return
    # the id stands right above its timing, a blank line (or the file's start) above it
    ids = [i - 1 for i in timings if i - 1 in page.position and i - 2 not in page.position]
    blocks = [b for b in page.blocks(page.text) if CAPTION_BLOCK.fullmatch(page.shown(b[0])) and b[0] not in ids]
    page.remove(sorted({*timings, *ids, *(i for b in blocks for i in b)}), "widget")
    page.untitled = True


def chat_export(page: Page) -> None:
    """A chat export (three messages or more): its header, date lines, system lines, placeholders."""
    if sum(mark.chat for mark in page.marks) < 3:
        for i in page.text:  # "사진" on its own line in an essay is the author's word; in a chat window, the app's
            if "chat" in page.kinds[i]:
                page.kinds[i].discard("chat")
                page.placeholders.add(i)
        return
    chrome = [i for i in page.text if page.kinds[i] & {"chat", "stamp", "notice"} and not page.marks[i].chat]
    page.remove(chrome, "chat")


def chat_window(page: Page) -> None:
    """A chat app's window copied (Slack, Discord, Teams): three messages or more open with a
    header, the sender's name on its own line and the time right under it, or both on one line
    ("도윤 — 2025-01-27 오후 10:48"). The headers, the day lines between messages and the app's
    lines above the first and below the last message are the app's; the lines under each header
    are the member's message, author text however much they look like comments ("답글로 달아
    주세요") or counters (a message that is only "12"). Under a post's paragraphs such headers are
    its readers' comments ("익명2025년 3월 9일 오후 2:15"), not a chat."""
    headers: dict[int, int] = {}  # a header's first line → its last
    for i in page.text:
        if page.marks[i].chat or headers.get(i - 1) == i:
            continue  # the time under a two-line header
        if ":" in page.shown(i) and len(page.shown(i)) <= HEADER_LINE and HEADER.fullmatch(page.shown(i)):
            headers[i] = i
        elif i + 1 in page.position and SENDER.fullmatch(page.shown(i)) and CLOCK.fullmatch(page.shown(i + 1)):
            headers[i] = i + 1
    if len(headers) < SENDERS:
        headers = _channel_posts(page)
    if len(headers) < SENDERS:
        return
    if sum(page.prose(i) for i in page.text if i < min(headers)) >= POST_ABOVE:
        return  # a post's paragraphs above the first header: its readers' comments, not a chat
    transcript = _offsets(page, headers)
    page.untitled = not transcript  # a transcript keeps its title: a meeting's, a talk's
    lines = [] if transcript else [j for i, last in headers.items() for j in range(i, last + 1)]
    if transcript:
        page.keep.update(headers)
    first = min(headers)
    days = [i for i in page.text if DAY.fullmatch(page.shown(i)) and (i > first or page.after(i) in headers)]
    first = min([first, *days])
    top = [i for i in page.text if i < first and not page.prose(i)]  # the channel's name, topic, members
    dated = next((i for i in top if DATE.search(page.shown(i)) and page.before(i) in top), None)
    if transcript and dated is not None:
        top.remove(page.before(dated))  # the recording's title stands over its date
    senders = {SENDER_START.match(page.shown(i)).group() for i in headers}
    said: set[str] = set()
    messages: list[int] = []
    for last in headers.values():
        run = takewhile(lambda j: j not in headers and j not in days, page.run_after(last))
        for n, j in enumerate(run):
            if n == 0 and page.kinds[j] - MESSAGE_START and APP & page.marks[j].sources:
                break  # the app's line before a message ("Forwarded from …"); a message may be only "12"
            if j in page.placeholders:
                break  # a system line ("…님이 파일을 공유했습니다"), or a photo's place as the whole message
            if n and page.kinds[j] - MESSAGE_END and not _schedule(page, j):
                break  # the app's lines under the message
            text = page.shown(j)
            quoted = text.startswith("@") and text[1:].startswith(tuple(senders))
            if n == 0 and quoted and any(text.endswith(" " + line) for line in said):
                lines.append(j)  # a reply's preview: the message it answers, under the replier's name
                continue
            page.keep.add(j)
            messages.append(j)
            said.add(text)
    last_message = max(messages, default=max(headers))
    below = [i for i in page.text if i > last_message and not page.prose(i)]  # the member list, the input box
    if sum(1 for i in below if page.kinds[i]) * 2 < len(below):
        below = []
    elif transcript and below:  # notes under a recording are its owner's; the player's controls close the page
        below = list(takewhile(lambda i: page.kinds[i], reversed(page.blocks(below)[-1])))
    for i in lines + days + top:
        page.kinds[i].add("chat")
    page.remove(sorted(set(lines + days + top + below)), "chat")
    # between the messages, the app's short lines: reactions (":eyes:" / "3"), a file's card, thread summaries
    page.remove([i for i in page.placeholders if i > first], "chat")
    app = [
        i
        for i in page.text
        if i > first
        and page.kinds[i]
        and page.kinds[i] <= (WINDOW_KINDS if i < last_message or not transcript else CONTROLS)
        and len(page.shown(i)) <= WINDOW_LINE
    ]
    page.remove(app, "chat")


def _schedule(page: Page, i: int) -> bool:
    """A bare time among others right above or below it: a schedule the member typed. An app prints
    a lone time over a member's next message, never two in a row."""
    return bool(CLOCK.fullmatch(page.shown(i))) and any(
        j in page.position and CLOCK.fullmatch(page.shown(j)) for j in (i - 1, i + 1)
    )


def _offsets(page: Page, headers: dict[int, int]) -> bool:
    """Whether the headers' times are offsets into a recording: bare, rising, the first under a minute."""
    times = []
    for last in headers.values():
        found = OFFSET.fullmatch(page.shown(last))
        if not found:
            return False
        times.append(tuple(int(part) for part in found["t"].split(":")))
    return times[0][:-1] in ((0,), (0, 0)) and times == sorted(times)


def _channel_posts(page: Page) -> dict[int, int]:
    """A channel's feed (Telegram): the channel's name opening three posts or more, each post a
    block closed by its time ("2.2K" / "22:05"). The name is the header; the time closes the post."""
    opening: dict[str, list[int]] = defaultdict(list)
    for block in page.blocks(page.text):
        closed = any(CLOCK.search(page.shown(j)) and page.kinds[j] & {"stamp"} for j in block[-2:])
        if len(block) > 2 and closed and not page.prose(block[0]) and len(page.shown(block[0])) <= WINDOW_LINE:
            opening[page.marks[block[0]].key].append(block[0])
    found = max(opening.values(), key=len, default=[])
    return {i: i for i in found} if len(found) >= SENDERS else {}
