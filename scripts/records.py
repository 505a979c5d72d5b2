"""Typed records passed between the pipeline stages.

load → ``Source``; clean → ``CleanText`` (``Line`` + ``ApparatusEntry``);
structure → ``Essay`` (``Section`` + ``Block``); render → ``Page``.
Every record is frozen: a stage returns new records, it never mutates its input.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING

from . import urls

if TYPE_CHECKING:
    from .editorial import ChromeEntry, Debate, EditorialData, EditorNote
    from .stages.relate import Relations

UNKNOWN = "알 수 없음"


class EditionError(Exception):
    """Bad input: one message naming the file (and line) and, where possible, the fix."""

    def __init__(self, path: str, message: str, line: int | None = None, column: int | None = None):
        self.path, self.line, self.column, self.message = path, line, column, message
        where = path + (f":{line}" if line else "") + (f":{column}" if line and column else "")
        super().__init__(f"{where}: {message}")


@dataclass(frozen=True)
class Evidence:
    """Where in the seed a metadata value comes from (1-based line numbers)."""

    lines: tuple[int, ...]
    quote: str  # the seed lines themselves, read from the seed, never typed by an editor
    note: str | None = None


@dataclass(frozen=True)
class Fact:
    """One metadata value an editor can state about a text, with its status."""

    value: str | None
    status: str = "unknown"  # stated | inferred | supplied | unknown
    evidence: Evidence | None = None
    precision: str | None = None  # dates only: day | month | year | after
    role: str | None = None  # what the value is to this text, e.g. an author's "원글 필자"

    @property
    def known(self) -> bool:
        return self.value is not None


@dataclass(frozen=True)
class EssayMeta:
    """What the editors state about one seed (seeds/edition.yml), or defaults for a new seed."""

    source: str
    slug: str
    title: Fact
    author: Fact
    platform: Fact
    kind: Fact
    url: Fact
    date: Fact
    gist: str | None = None
    short: str | None = None  # a short name for table headers (editors'), e.g. "곡괭이"
    subtitle_line: int | None = None
    encoding: str = "utf-8"
    headings: tuple[int, ...] = ()  # source lines the editors mark as headings
    paragraphs: tuple[int, ...] = ()  # source lines the editors mark as plain text
    from_yaml: bool = True


@dataclass(frozen=True)
class Source:
    """A seed as read from disk: its decoded text split into lines."""

    path: str  # relative path shown in messages, e.g. seeds/002_….txt
    name: str  # file name, e.g. 002_f509822b59faf0ea.txt
    lines: tuple[str, ...]
    meta: EssayMeta
    sha256: str
    decode_notes: tuple[str, ...] = ()  # e.g. "BOM removed", "CRLF line ends"
    raw: bytes = b""  # the file's bytes as read once: the sources/ copy and the hash come from these


@dataclass(frozen=True)
class Span:
    """A marked range of a line's or block's text (half-open character offsets)."""

    start: int
    end: int
    kind: str  # hashtag | …
    value: str


@dataclass(frozen=True)
class Line:
    """A reading-text line after cleaning; ``numbers`` are the source lines it stands for."""

    numbers: tuple[int, ...]
    text: str
    role: str = "text"  # text | figure
    spans: tuple[Span, ...] = ()


@dataclass(frozen=True)
class ApparatusEntry:
    """One change the pipeline made to a text, with the original lines and the reason."""

    rule: str
    lines: tuple[int, ...]
    text: str
    reason: str


@dataclass(frozen=True)
class CleanText:
    source: Source  # its meta completed by what the page's chrome states, when the editors have no entry
    lines: tuple[Line, ...]
    apparatus: tuple[ApparatusEntry, ...]
    tags: tuple[str, ...] = ()
    possible: tuple = ()  # clean.PossibleChrome: lines kept although they look like chrome
    untitled: bool = False  # the page has no title of its own (a chat window, a page that is a list)


@dataclass(frozen=True)
class Block:
    id: str
    kind: str  # heading | paragraph | item | comment | figure
    text: str
    lines: tuple[int, ...]
    spans: tuple[Span, ...] = ()
    level: int = 0  # headings: 2 = section, 3 = comment heading


@dataclass(frozen=True)
class Section:
    heading: Block | None
    blocks: tuple[Block, ...]
    is_comments: bool = False


@dataclass(frozen=True)
class Essay:
    source: Source
    title: str
    subtitle: Block | None
    sections: tuple[Section, ...]
    apparatus: tuple[ApparatusEntry, ...]
    tags: tuple[str, ...] = ()
    title_block: Block | None = None

    @property
    def meta(self) -> EssayMeta:
        return self.source.meta

    @property
    def url(self) -> str:
        return urls.essay(self.meta.slug)

    @property
    def short(self) -> str:
        return self.meta.short or (self.title if len(self.title) <= 14 else self.title[:13] + "…")

    def shown_blocks(self) -> list[Block]:
        """Every block on the page: the title and subtitle lines (when the seed has them) first."""
        return [b for b in (self.title_block, self.subtitle) if b] + self.blocks()

    def blocks(self) -> list[Block]:
        """Every block in reading order, headings included."""
        out: list[Block] = []
        for section in self.sections:
            if section.heading:
                out.append(section.heading)
            out.extend(section.blocks)
        return out

    @property
    def reading_chars(self) -> int:
        return sum(len(b.text.replace(" ", "")) for b in self.blocks())


@dataclass(frozen=True)
class Edition:
    essays: tuple[Essay, ...]
    warnings: tuple[str, ...] = field(default=())
    annotations: Annotations | None = None
    debate: Debate | None = None
    relations: Relations | None = None
    lexicon: tuple[ChromeEntry, ...] = ()  # the chrome lexicon the cleaning used (built-in + seeds/chrome.yml)

    @cached_property
    def by_slug(self) -> dict[str, Essay]:
        return {e.meta.slug: e for e in self.essays}

    def essay(self, slug: str) -> Essay:
        return self.by_slug[slug]

    def passages(self) -> dict[Passage, Block]:
        """Every block of every essay by its (essay slug, block id)."""
        return {Passage(e.meta.slug, b.id): b for e in self.essays for b in e.shown_blocks()}

    def debated(self) -> tuple[Essay, ...]:
        """The essays the editors have placed in the debate (a stance on at least one question).
        The matrix and the pairwise comparisons are built over these only: an essay added
        without stances is not a column of "이 글은 다루지 않음", and pairs stay few."""
        slugs = {slug for q in self.debate.questions for slug in q.stances} if self.debate else set()
        return tuple(e for e in self.essays if e.meta.slug in slugs)


# ---------------------------------------------------------------- annotation results


@dataclass(frozen=True)
class Mention:
    """Where a theme, entity or glossary term occurs in a block (character offsets)."""

    kind: str  # theme | entity | term (| concept: the search index only)
    target: str
    start: int
    end: int
    text: str
    tagged: bool = False  # an editors' tag (the passage speaks to the theme without naming it)
    inferred: bool = False  # the editors' identification of who a description names (not a spelling)


@dataclass(frozen=True)
class Passage:
    """A block in an essay, as theme pages and indexes list it."""

    essay: str  # slug
    block: str  # block id


@dataclass(frozen=True)
class Annotations:
    """The annotate stage's result: what occurs where, and the inverted indexes over it."""

    data: EditorialData
    mentions: dict[Passage, tuple[Mention, ...]]
    notes: dict[Passage, tuple[EditorNote, ...]]
    index: dict[tuple[str, str], tuple[Passage, ...]]  # (kind, target id) → passages in reading order
    concepts: dict[Passage, tuple[str, ...]] = field(default_factory=dict)  # the editors' concept tags
