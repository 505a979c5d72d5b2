"""Stage 3, structure: ``CleanText`` → ``Essay`` (title, subtitle, sections, blocks).

A line is a heading when it is short and does not end like a sentence ("자전거 & 백신",
"AI 버블 설이 강력하게 주장되다"); editors can override either way by source line number.
A heading opens the readers' comments only on more evidence than the word 댓글: it must say
the comments were collected ("이 글에 달린 댓글들 정리", "독자 댓글 모음"), and either
"제목 - 이름" headings follow it (each heads one comment) or it stands in the last part of the
text. Block ids come from the block's kind and text, never from run order.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import replace

from ..records import Block, CleanText, EditionError, Essay, Fact, Line, Section, Span
from .chrome import CHAT

HEADING_MAX = 40
# A sentence may close inside quotes or brackets: “…순간이다.” ends like a sentence too.
SENTENCE_END = re.compile(r"[.!。…][\"'”’」』)\]]*$")
BULLET = re.compile(r"^[-•·]\s+")
# "달린 댓글", "독자 댓글", "댓글(들) 정리/모음", "Comments": comments collected from readers.
COMMENTS_HEADING = re.compile(
    r"(?:달린|독자|읽은\s?분들의?|받은)\s?댓글|댓글들?\s?(?:정리|모음|요약)|^(?:readers'?\s)?comments?$", re.IGNORECASE
)
COMMENTS_TAIL = 0.5  # without commenter headings, a collected-comments heading must stand in the second half
COMMENT_HEADING = re.compile(r"^(?P<topic>.+)\s+-\s+(?P<name>\S.{0,39})$")
ID_PREFIX = {"heading": "h", "paragraph": "p", "item": "li", "comment": "c", "figure": "fig"}


def is_heading(line: Line, headings: tuple[int, ...], paragraphs: tuple[int, ...]) -> bool:
    if any(n in headings for n in line.numbers):
        return True
    if any(n in paragraphs for n in line.numbers) or line.role != "text":
        return False
    text = line.text.strip()
    # A chat message ("[이서연] [오전 9:03] 재료 소멸인가요") is said, not a heading, however short.
    return (
        len(text) <= HEADING_MAX and not BULLET.match(text) and not SENTENCE_END.search(text) and not CHAT.match(text)
    )


def structure(clean: CleanText) -> Essay:
    meta = clean.source.meta
    if not clean.lines:  # e.g. a seed of platform chrome only: say so instead of failing on lines[0]
        raise EditionError(
            clean.source.path, "nothing is left to read after cleaning (every line was removed); check the seed"
        )
    lines = list(clean.lines)
    title, title_block = _title(meta.title, lines, clean.untitled)
    subtitle = None
    if meta.subtitle_line:
        for i, line in enumerate(lines):
            if meta.subtitle_line in line.numbers:
                subtitle = _block("heading", lines.pop(i), level=0)
                break
    ids = _IdMaker()
    sections: list[Section] = []
    heading: Block | None = None
    body: list[Block] = []
    in_comments = False
    for i, line in enumerate(lines):
        if is_heading(line, meta.headings, meta.paragraphs):
            if heading or body:
                sections.append(Section(heading, tuple(body), in_comments))
            level = 2
            if not in_comments and _opens_comments(lines, i, meta):
                in_comments = True
            elif in_comments and COMMENT_HEADING.match(line.text.strip()):
                level = 3
            heading, body = ids.assign(_block("heading", line, level=level)), []
            continue
        kind = "figure" if line.role == "figure" else "paragraph"
        if kind == "paragraph" and BULLET.match(line.text.strip()):
            kind = "comment" if in_comments else "item"
        body.append(ids.assign(_block(kind, line)))
    if heading or body:
        sections.append(Section(heading, tuple(body), in_comments))
    if subtitle:
        subtitle = ids.assign(subtitle)
    if title_block:
        title_block = ids.assign(title_block)
    return Essay(clean.source, title, subtitle, tuple(sections), clean.apparatus, clean.tags, title_block)


def _opens_comments(lines: list[Line], i: int, meta) -> bool:
    """The heading at ``i`` says comments were collected, and the text bears it out."""
    if not COMMENTS_HEADING.search(lines[i].text.strip()):
        return False
    after = [line for line in lines[i + 1 :] if is_heading(line, meta.headings, meta.paragraphs)]
    if any(COMMENT_HEADING.match(line.text.strip()) for line in after):
        return True
    return not after and i >= COMMENTS_TAIL * len(lines)


def _title(fact: Fact, lines: list[Line], untitled: bool = False) -> tuple[str, Block | None]:
    """The title is the editors'; a stated title consumes its line; a new seed takes its first line
    (as its heading unless the page has no title: a list's first line is its first item's)."""
    if fact.known:
        evidence = fact.evidence.lines if fact.evidence else ()
        for i, line in enumerate(lines):
            if fact.status == "stated" and set(line.numbers) & set(evidence):
                return fact.value, _block("heading", lines.pop(i), level=1)
        return fact.value, None
    first = lines[0]
    text = BULLET.sub("", first.text.strip())
    if is_heading(first, (), ()) and not untitled:
        return text, _block("heading", lines.pop(0), level=1)
    return (text[:HEADING_MAX].rstrip() + "…" if len(text) > HEADING_MAX else text), None


def _block(kind: str, line: Line, level: int = 0) -> Block:
    text = line.text.strip()
    lead = len(line.text) - len(line.text.lstrip())
    bullet = BULLET.match(text)
    if bullet and kind in ("item", "comment"):
        lead += bullet.end()
        text = text[bullet.end() :]
    spans = tuple(replace(s, start=s.start - lead, end=s.end - lead) for s in line.spans if s.start >= lead)
    if kind == "heading" and level == 3:
        match = COMMENT_HEADING.match(text)
        if match:
            spans += (Span(match.start("name"), match.end("name"), "commenter", match.group("name")),)
    return Block("", kind, text, line.numbers, spans, level)


class _IdMaker:
    """Ids from kind + text hash; a repeat of the same text gets -2, -3 in reading order."""

    def __init__(self) -> None:
        self.seen: set[str] = set()

    def assign(self, block: Block) -> Block:
        digest = hashlib.sha1(" ".join(block.text.split()).encode("utf-8")).hexdigest()[:6]
        base = f"{ID_PREFIX[block.kind]}-{digest}"
        ident, n = base, 2
        while ident in self.seen:
            ident, n = f"{base}-{n}", n + 1
        self.seen.add(ident)
        return replace(block, id=ident)
