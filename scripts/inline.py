"""Inline markup inside one block: hashtags, theme links, glossary tooltips, noted quotes.

Marks may nest (a theme link inside a noted quote) but never cross; when two marks cross or
cover the same words, the more important one wins (note > theme > term > hashtag). Only the
first mention of a theme or a term in a block is marked, so the text stays readable.
All text goes through ``html_text``.
"""

from __future__ import annotations

from dataclasses import dataclass

from .escape import WORD_JOINER, attr, html_text


@dataclass(frozen=True)
class Mark:
    start: int
    end: int
    rank: int  # higher wins a conflict
    open: str
    close: str

    def crosses(self, other: Mark) -> bool:
        if self.end <= other.start or other.end <= self.start:
            return False
        same = (self.start, self.end) == (other.start, other.end)
        nested = (self.start <= other.start and other.end <= self.end) or (
            other.start <= self.start and self.end <= other.end
        )
        return same or not nested


def hashtag(start: int, end: int) -> Mark:
    return Mark(start, end, 1, '<span class="edition-hashtag">', "</span>")


def term(start: int, end: int, definition: str) -> Mark:
    """A glossary term: its definition is the title (without JavaScript) and the preview
    (preview.js); ``data-preview`` keeps Material's own tooltip off it, so it is shown once."""
    return Mark(
        start, end, 2, f'<abbr class="edition-term" {attr("title", definition)} data-preview tabindex="0">', "</abbr>"
    )


def theme_link(start: int, end: int, url: str, label: str, description: str) -> Mark:
    """A theme's first mention, linked; its description is the preview (preview.js), not a title
    (Material would show a title as a second tooltip beside it)."""
    tip = f"주제 · {label} — {description}"
    return Mark(start, end, 3, f'<a class="edition-theme" {attr("href", url)} {attr("data-edition-tip", tip)}>', "</a>")


def noted(start: int, end: int, note_id: str, number: int) -> list[Mark]:
    """The noted words, and the note's reference after them as a mark of its own: the words may
    lose to a crossing cited quote, the reference never does (a reader always sees 주N)."""
    ref = f'{WORD_JOINER}<sup class="edition-note-ref"><a href="#{note_id}" aria-label="편집자 주 {number}">주{number}</a></sup>'
    return [Mark(start, end, 4, '<span class="edition-noted">', "</span>"), Mark(end, end, 6, ref, "")]


def render_inline(text: str, marks: list[Mark]) -> str:
    """Escaped ``text`` with the non-crossing subset of ``marks`` applied."""
    kept: list[Mark] = []
    for mark in sorted(marks, key=lambda m: (-m.rank, m.start)):
        if not any(mark.crosses(k) for k in kept):
            kept.append(mark)
    # At one place a mark of no width (a note's 주N, a change's 교N) goes first, outside the
    # marks that open there: a cited quote's text is the quote alone.
    opens = sorted(kept, key=lambda m: (m.start, m.end > m.start, -m.end))
    out, pos, stack = [], 0, []
    for mark in opens:
        while stack and stack[-1].end <= mark.start:
            closing = stack.pop()
            out += [html_text(text[pos : closing.end]), closing.close]
            pos = closing.end
        out += [html_text(text[pos : mark.start]), mark.open]
        pos = mark.start
        stack.append(mark)
    while stack:
        closing = stack.pop()
        out += [html_text(text[pos : closing.end]), closing.close]
        pos = closing.end
    out.append(html_text(text[pos:]))
    return "".join(out)


def cited(start: int, end: int, anchor: str) -> Mark:
    """A quote the editors cite (debate, claims, figures): its own anchor, highlighted when targeted."""
    return Mark(start, end, 5, f'<mark class="edition-cited" id="{anchor}">', "</mark>")


def highlight(start: int, end: int) -> Mark:
    """Words a quoted passage is quoted for (a theme's mention, a stance's quote)."""
    return Mark(start, end, 1, "<mark>", "</mark>")


def cited_ref(end: int, url: str, label: str, title: str) -> Mark:
    """After a cited quote, the way to what cites it (a question, the figures, the timeline)."""
    return Mark(
        end,
        end,
        6,
        f'{WORD_JOINER}<a class="edition-cited-ref" {attr("href", url)} {attr("title", title)}>{html_text(label)}</a>',
        "",
    )


def apparatus_ref(at: int, marker_id: str, entry_id: str, label: str, title: str) -> Mark:
    """Where the edition changed the text: a small mark linking to its apparatus entry (which links back)."""
    return Mark(
        at,
        at,
        6,
        f'<sup class="edition-app-ref"><a {attr("id", marker_id)} {attr("href", "#" + entry_id)} '
        f"{attr('title', title)} {attr('aria-label', title)}>{html_text(label)}</a></sup>",
        "",
    )
