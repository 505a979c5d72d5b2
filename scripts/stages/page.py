"""One pasted text as the survey reads it: its lines, their chrome marks (growing as the
survey reads more), and what a line's shape says — prose, a closed sentence, a bio between
chrome lines. Shared by ``survey.py`` and ``furniture.py``.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from .chrome import Lexicon, Mark, visible

# Syllables ending in ㅁ: the nominal endings of report style ("…나타남", "…있음", "…전망임").
NOMINAL = "".join(chr(0xAC00 + 28 * n + 16) for n in range(399))
SENTENCE = re.compile(r"(?:[.!?。…~]|[다요죠까니]|ㅋ|ㅎ)(?:\d{1,2}\))?[\"'”’」』)\]]*[^\w]*$")
# A dot after a digit ends a date ("(2025. 3. 14.)"), not a sentence.
FULL_STOP = re.compile(r"(?:(?<!\d)\.|[!…。])(?:\d{1,2}\))?[\"'”’」』)\]]*[^\w]*$")
# A long line closed by a full stop or a report's nominal ending (a short one may be a title: "…시사점").
CLOSED = re.compile(rf"(?:[.!?…。]|[{NOMINAL}])(?:\d{{1,2}}\))?[\"'”’」』)\]]*[^\w]*$")
HEADING_MAX = 40  # characters: a longer line is not a heading (as structure.py has it)
PARAGRAPH = 40  # characters: a paragraph of prose has a line this long
BIO_LINES = 2  # lines at most of a bio between a card's name and its buttons
LONG = 60  # characters: a line this long is the author's prose on its own
CLOSED_MIN = 30  # characters: a sentence this long closed by a full stop is the author's prose
NUMBERING = re.compile(r"\(?\d{1,2}\s?/\s?\d{1,2}\)?")  # a thread's "2/8" closing a post
POST_NUMBER = re.compile(r"\(?\d{1,2}\s?/\s?\d{0,2}\)?\s")  # a thread's post opening with "3/ " or "(2/6) "
LABELS = frozenset({"button", "menu"})  # a site's controls: a menu's known words, a lone button
FOLLOW = frozenset(
    {"팔로우", "follow", "이웃추가", "이웃 추가", "구독", "subscribe", "구독하기", "+ 팔로우"}
) | frozenset(
    {"구독자", "팔로워", "subscribers", "followers"}  # the follow button's count ("구독자 812")
)


class Page:
    """The working state of one survey: lines, marks, evidence kinds (growing), decisions."""

    def __init__(self, lines: tuple[str, ...], lexicon: Lexicon, keep: frozenset[int]):
        self.lines = lines
        self.lexicon = lexicon
        self.marks: list[Mark] = [lexicon.mark(text) for text in lines]
        self.kinds: list[set[str]] = [set(mark.kinds) for mark in self.marks]
        self.texts = [visible(line) for line in lines]
        self.text = [i for i, shown in enumerate(self.texts) if shown]
        self.position = {i: n for n, i in enumerate(self.text)}
        self.removed: dict[int, str] = {}
        self.keep = {n - 1 for n in keep}
        self.facts: list[tuple[str, str, int]] = []
        self.displaced: dict[int, set[str]] = {}  # kinds of words found where the platform never prints them
        self.pdf = False  # page numbers and running heads were found
        self.untitled = False  # a chat app's window or a caption file: no line of it is a title
        self.placeholders: set[int] = set()  # a chat app's system lines ("사진") in a text that is no export
        self.listed: tuple[int, int] | None = None  # first and last line of the lists printed item by item
        self.running = ""  # the words of a document's running head: the title it prints on every page

    def shown(self, i: int) -> str:
        """The line without invisible characters, stripped."""
        return self.texts[i]

    def prose(self, i: int) -> bool:
        if self.marks[i].chat:
            return True
        text = self.shown(i)
        if self.kinds[i]:
            return False
        return len(text) >= PARAGRAPH or (len(text) >= 12 and bool(SENTENCE.search(text))) or closes_prose(text)

    def after(self, i: int) -> int | None:
        """The next line with text."""
        n = self.position.get(i, bisect_right(self.text, i) - 1) + 1
        return self.text[n] if n < len(self.text) else None

    def before(self, i: int) -> int | None:
        """The previous line with text."""
        n = self.position[i] - 1 if i in self.position else bisect_right(self.text, i) - 1
        return self.text[n] if n >= 0 else None

    def run_after(self, i: int) -> list[int]:
        """The lines right after line ``i`` up to the next blank line (the rest of its block)."""
        out, j = [], i + 1
        while j < len(self.lines) and self.texts[j]:
            out.append(j)
            j += 1
        return out

    def block(self, i: int) -> list[int]:
        """Line ``i`` with the lines touching it above and below (its block, up to blank lines)."""
        j = i
        while j - 1 in self.position:
            j -= 1
        return [j, *self.run_after(j)]

    def blocks(self, indexes: list[int]) -> list[list[int]]:
        """``indexes`` (text lines, in order) cut wherever a blank or a protected line falls between."""
        out: list[list[int]] = []
        for i in indexes:
            if out and i - out[-1][-1] == 1 and i not in self.keep:
                out[-1].append(i)
            elif i not in self.keep:
                out.append([i])
        return out

    def remove(self, indexes: list[int], zone: str) -> None:
        for i in indexes:
            if i not in self.keep and i not in self.removed:
                self.removed[i] = zone


def consecutive(indexes: list[int]) -> list[list[int]]:
    """``indexes`` in runs of consecutive numbers."""
    runs: list[list[int]] = []
    for i in indexes:
        if runs and runs[-1][-1] == i - 1:
            runs[-1].append(i)
        else:
            runs.append([i])
    return runs


def sandwiched(page: Page, i: int) -> bool:
    """A line between two chrome lines, with no blank line, alone or with one more such line (a
    card's two lines of bio): a bio in a card, a publication's description — short, or right above
    a follow button. A longer one is a post (a thread's posts stand between their bylines and their
    buttons)."""
    run = [j for j in (i - 1, i, i + 1) if j == i or (j in page.position and not page.kinds[j])]
    first, last = min(run), max(run)
    if len(run) > BIO_LINES or not all(j in page.position and page.kinds[j] for j in (first - 1, last + 1)):
        return False
    if NUMBERING.fullmatch(page.shown(last + 1)) or any(POST_NUMBER.match(page.shown(j)) for j in run):
        return False  # "2/3" under it, or "3/ " opening it: a post of a thread, numbered by its author
    follow = page.marks[last + 1].key in FOLLOW
    if len(run) > 1 and not (follow or page.kinds[last + 1] <= LABELS):
        return False  # two lines above a date or counts: a post, not a bio above the card's buttons
    return all(len(page.shown(j)) < PARAGRAPH for j in run) or follow


def closes_prose(text: str) -> bool:
    """A very long line, or a long one that closes its sentence: the author's prose on its own."""
    return len(text) >= LONG or (len(text) >= CLOSED_MIN and bool(CLOSED.search(text)))
