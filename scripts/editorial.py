"""The editors' records, which are also the schema of their YAML files in ``seeds/``.

A record's fields are the keys its YAML mapping may have; types and ``spec(...)`` options say
what each value must be (``readers/schema.py`` reads every file through them). Derived fields
(file, line, the essay a stance belongs to) are filled in by the reader, never written in YAML.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from typing import ClassVar, Literal

from .readers.schema import identifier, iso_date, spec

BLOCK_ID = re.compile(r"^(?:h|p|li|c|fig)-[0-9a-f]{6}(?:-[0-9]+)?$")
SEED_NAME = re.compile(r"^[^/\\\x00]+\.txt$")


def block_id(value: str) -> str | None:
    return None if BLOCK_ID.match(value) else "must be a block id such as p-1a2b3c (its ¶ link shows it)"


def seed_name(value: str) -> str | None:
    if value.startswith(".") or not SEED_NAME.match(value):
        return "must be the name of a .txt file in seeds/, e.g. 002_f509822b59faf0ea.txt"
    return None


def text_encoding(value: str) -> str | None:
    try:
        info = codecs.lookup(value)
    except LookupError:
        return f"names '{value}', an encoding Python does not know; e.g. utf-8, cp949, euc-kr, utf-16"
    return None if getattr(info, "_is_text_encoding", True) else f"names '{value}', which is not a text encoding"


def line_number(value: int) -> str | None:
    return None if value >= 1 else "must be a seed line number (1 or more)"


STATED_GROUPS = ("author", "date", "url")


def line_pattern(value: str) -> str | None:
    """A regular expression for whole lines; named groups may only be the facts a line states."""
    try:
        compiled = re.compile(value)
    except re.error as exc:
        return f"is not a regular expression ({exc}); fix the pattern or list the words under 'lines'"
    unknown = [name for name in compiled.groupindex if name not in STATED_GROUPS]
    if unknown:
        return f"names a group '{unknown[0]}'; groups may only be (?P<author>…), (?P<date>…) or (?P<url>…)"
    return None


# ---------------------------------------------------------------- edition.yml


@dataclass(frozen=True)
class FactSpec:
    """One metadata value with its status and the seed lines it rests on."""

    yaml_name: ClassVar[str] = "fact"
    value: str | None = spec(None, max_chars=300, numbers_as_text=True)
    status: Literal["stated", "inferred", "supplied"] | None = spec(None)
    evidence: tuple[int, ...] = spec((), check=line_number, one_or_many=True, example="[8]")
    precision: Literal["day", "month", "year", "after"] | None = spec(None)
    note: str | None = spec(None, max_chars=600)
    role: str | None = spec(None, max_chars=20)  # shown beside the value: "Scott Galloway (원글 필자)"
    line: int = spec(0, derived=True)

    @classmethod
    def from_scalar(cls, value: str) -> FactSpec:
        """``title: 청바지`` is short for a value the editors supply themselves."""
        return cls(value=value, status="supplied")


@dataclass(frozen=True)
class EssaySpec:
    """What the editors state about one seed file."""

    yaml_name: ClassVar[str] = "essay"
    source: str = spec(check=seed_name, example="002_f509822b59faf0ea.txt")
    slug: str | None = spec(None, check=identifier)
    title: FactSpec | None = spec(None)
    author: FactSpec | None = spec(None)
    platform: FactSpec | None = spec(None)
    kind: FactSpec | None = spec(None)
    url: FactSpec | None = spec(None)
    date: FactSpec | None = spec(None)
    gist: str | None = spec(None, max_chars=400)
    short: str | None = spec(None, max_chars=20)
    subtitle_line: int | None = spec(None, check=line_number)
    encoding: str = spec("utf-8", check=text_encoding)
    headings: tuple[int, ...] = spec((), check=line_number, example="[12, 30]")
    paragraphs: tuple[int, ...] = spec((), check=line_number, example="[3]")
    file: str = spec("", derived=True)
    line: int = spec(0, derived=True)


FACTS = ("title", "author", "platform", "kind", "url", "date")


# ---------------------------------------------------------------- chrome.yml (and the built-in lexicon)

CHROME_KINDS = (
    "menu",  # site navigation, categories
    "path",  # a breadcrumb: "팀 위키 / 리서치 / 페이지"
    "button",  # like, share, subscribe, follow … (a count may stand beside it)
    "count",  # units of counters: Likes, Followers, 구독자 …
    "stamp",  # labels of dates and times: 입력, 수정, Created …
    "byline",  # who wrote it: "윤지호 기자", "Written by …"
    "list",  # headers of lists of other posts: 많이 본 뉴스, 관련글 …
    "notice",  # the platform's own sentences, chrome wherever they stand
    "credit",  # a news photo's caption with its credit, chrome wherever it stands
    "footer",  # copyright and terms lines
    "link",  # the platform's addresses
    "property",  # a document's properties (Notion): Created:, Tags: …
    "chat",  # chat exports: header, system lines, placeholder messages
    "page",  # page numbers of a PDF copy
)


@dataclass(frozen=True)
class ChromeEntry:
    """Platform chrome the cleaner recognises: whole lines, phrases or line patterns of one kind.

    ``lines`` are compared ignoring case, spacing, emoji and a count beside them ("공감 41");
    ``contains`` phrases (notices, credits, footers only) make any line that holds them chrome;
    ``patterns`` match whole lines, and a named group states a fact ("(?P<author>\\S+) 기자").
    ``body`` marks a button the platform also prints inside the text (Substack's "Share"); ``at``
    says where the platform prints the words when only there (brunch's motto heads the page)."""

    yaml_name: ClassVar[str] = "chrome entry"
    kind: Literal[CHROME_KINDS] = spec()
    lines: tuple[str, ...] = spec((), max_chars=80, example="[공감, 공유하기]")
    contains: tuple[str, ...] = spec((), max_chars=120, example="[Designed by TISTORY]")
    patterns: tuple[str, ...] = spec((), max_chars=300, check=line_pattern, example="['(?P<author>\\S+) 기자']")
    platform: str | None = spec(None, max_chars=40)
    states: Literal["author", "date", "url"] | None = spec(None)
    body: bool = spec(False)
    at: Literal["head", "tail"] | None = spec(None)  # where the platform prints it; elsewhere it is the author's
    note: str | None = spec(None, max_chars=300)
    file: str = spec("", derived=True)
    line: int = spec(0, derived=True)


@dataclass(frozen=True)
class Misspelling:
    """A word readers commonly misspell and its standard spelling (``scripts/emitters/misspellings.yml``:
    댓가 for 대가, 썪다 for 썩다): the search looks up the right one when the word as typed finds nothing."""

    yaml_name: ClassVar[str] = "misspelling"
    wrong: str = spec(max_chars=20, example="댓가")
    right: str = spec(max_chars=20, example="대가")

    @property
    def id(self) -> str:  # one entry per misspelling
        return self.wrong


# ---------------------------------------------------------------- themes.yml, glossary.yml, annotations.yml


@dataclass(frozen=True)
class Theme:
    yaml_name: ClassVar[str] = "theme"
    id: str = spec(check=identifier)
    label: str = spec(max_chars=40)
    label_en: str = spec(max_chars=60)
    description: str = spec(max_chars=400)
    aliases: tuple[str, ...] = spec(min_items=1, max_chars=60, example="[엔비디아, Nvidia]")
    related: tuple[str, ...] = spec((), check=identifier, example="[nvidia, capex]")
    synonyms: tuple[str, ...] = spec((), max_chars=60)  # spellings of one name: the search treats them as one word
    allow_short: tuple[str, ...] = spec((), max_chars=1)  # one-letter aliases the editors really mean (칩)
    # Search only: phrases in which an alias means something else (필터 버블 is no investment bubble);
    # typed, that alias finds its own spelling only, not the theme.
    other_senses: tuple[str, ...] = spec((), max_chars=40, example="[필터 버블, 버블티]")


@dataclass(frozen=True)
class Entity:
    """A person or a company; a company with a theme takes the theme's aliases."""

    yaml_name: ClassVar[str] = "entity"
    id: str = spec(check=identifier)
    type: Literal["person", "company"] = spec()
    label: str = spec(max_chars=40)
    label_en: str = spec(max_chars=60)
    aliases: tuple[str, ...] = spec((), max_chars=60, example="[젠슨 황, Jensen Huang]")
    theme: str | None = spec(None, check=identifier)
    related: tuple[str, ...] = spec((), check=identifier, example="[google]")  # entities it belongs with
    allow_short: tuple[str, ...] = spec((), max_chars=1)
    # Search only, never shown or matched in the text: what readers call them instead of their name
    # (their office with the company, 오픈AI CEO; a nickname in wide use, 테크노킹).
    epithets: tuple[str, ...] = spec((), max_chars=40, example="[오픈AI CEO, 오픈AI 대표]")


@dataclass(frozen=True)
class Term:
    yaml_name: ClassVar[str] = "glossary term"
    id: str = spec(check=identifier)
    term: str = spec(max_chars=60)
    aliases: tuple[str, ...] = spec(min_items=1, max_chars=60, example="[설비투자, capex]")
    definition: str = spec(max_chars=600)
    theme: str | None = spec(None, check=identifier)
    allow_short: tuple[str, ...] = spec((), max_chars=1)


@dataclass(frozen=True)
class Concept:
    """Words readers type for one finance or tech concept, English and Korean (concepts.yml): a
    query for any of them finds the passages that use any of them (valuation → 기업가치, 멀티플)."""

    yaml_name: ClassVar[str] = "concept"
    id: str = spec(check=identifier)
    words: tuple[str, ...] = spec(min_items=2, max_chars=60, example="[valuation, 밸류에이션, 기업가치]")
    allow_short: tuple[str, ...] = spec((), max_chars=1)

    @property
    def aliases(self) -> tuple[str, ...]:  # matched like every editors' alias (annotate.Matcher)
        return self.words


@dataclass(frozen=True)
class Equivalent:
    """English words and the Korean words an essay writes for the same thing, or the reverse
    (equivalents.yml: subprime mortgage = 서브프라임 모기지, 파이썬 = Python): search only, like a
    concept; the build fails when no essay writes any of them (the entry was checked against the
    text, and stays so)."""

    yaml_name: ClassVar[str] = "equivalent"
    en: tuple[str, ...] = spec(min_items=1, max_chars=60, example="[subprime mortgage]")
    ko: tuple[str, ...] = spec(min_items=1, max_chars=60, example="[서브프라임 모기지]")
    file: str = spec("", derived=True)  # where the editors wrote it, for messages
    line: int = spec(0, derived=True)

    @property
    def id(self) -> str:  # the search's concept id: en- and the first English word's letters
        return "en-" + "-".join(re.findall(r"[a-z0-9]+", self.en[0].lower()))

    @property
    def words(self) -> tuple[str, ...]:
        return (*self.en, *self.ko)

    @property
    def aliases(self) -> tuple[str, ...]:  # matched like every editors' alias (annotate.Matcher)
        return self.words

    @property
    def allow_short(self) -> tuple[str, ...]:
        return ()


@dataclass(frozen=True)
class Citation:
    """A passage named by the editors: an essay's block, optionally a quote inside it.
    ``occurrence`` picks one when the quote stands more than once in the block."""

    yaml_name: ClassVar[str] = "citation"
    essay: str = spec(check=identifier)
    block: str = spec(check=block_id)
    quote: str | None = spec(None, max_chars=500)
    occurrence: int | None = spec(None, check=line_number)
    file: str = spec("", derived=True)  # where the editors wrote it, for messages
    line: int = spec(0, derived=True)


@dataclass(frozen=True)
class ThemeTag:
    yaml_name: ClassVar[str] = "theme tag"
    theme: str = spec(check=identifier)
    citation: Citation = spec(inline=True)


@dataclass(frozen=True)
class ConceptTag:
    """A passage that discusses an editors' concept (concepts.yml) in words the concept does not
    list: the editors' reading, for the search only (never shown), ranked below passages that use
    the concept's words."""

    yaml_name: ClassVar[str] = "concept tag"
    concept: str = spec(check=identifier)
    citation: Citation = spec(inline=True)


@dataclass(frozen=True)
class Suppression:
    yaml_name: ClassVar[str] = "suppression"
    target: str = spec(check=identifier)  # theme, entity or term id whose match is false here
    citation: Citation = spec(inline=True)
    # theme: the passage names it but does not speak to it (it stays in the people index and in
    # search); all: the match itself is false (메타 inside 메타포)
    only: Literal["theme", "all"] = spec("all")


@dataclass(frozen=True)
class EditorNote:
    """A fact a reader needs, with its source. Plain text: never Markdown or HTML."""

    yaml_name: ClassVar[str] = "note"
    text: str = spec(max_chars=1000)
    source: str = spec(max_chars=300)
    citation: Citation = spec(inline=True)


@dataclass(frozen=True)
class Identification:
    """The editors' identification of a person or company a passage names only by a description
    (앤트로픽 CEO → Dario Amodei): the people page shows it as their inference, beside the quoted
    words and their line, with the reason and its source; the search finds the passage by the
    name. Plain text: never Markdown or HTML."""

    yaml_name: ClassVar[str] = "identification"
    entity: str = spec(check=identifier)
    reason: str = spec(max_chars=500)
    source: str = spec(max_chars=300)
    citation: Citation = spec(inline=True)


@dataclass(frozen=True)
class EditorialData:
    themes: tuple[Theme, ...]
    entities: tuple[Entity, ...]
    terms: tuple[Term, ...]
    tags: tuple[ThemeTag, ...] = ()
    suppressions: tuple[Suppression, ...] = ()
    notes: tuple[EditorNote, ...] = ()
    concepts: tuple[Concept, ...] = ()  # search vocabulary only: never shown, never a mention
    identifications: tuple[Identification, ...] = ()  # the editors' inference, marked as such
    concept_tags: tuple[ConceptTag, ...] = ()  # search only: a concept discussed in other words
    equivalents: tuple[Equivalent, ...] = ()  # search only: English and Korean for one thing

    @property
    def vocabulary(self) -> tuple[Concept | Equivalent, ...]:
        """What the search finds by one another's words: the concepts and the equivalents."""
        return (*self.concepts, *self.equivalents)


# ---------------------------------------------------------------- questions.yml, claims.yml, figures.yml


@dataclass(frozen=True)
class Stance:
    yaml_name: ClassVar[str] = "stance"
    key_field: ClassVar[str] = "essay"  # stances are written under their essay's slug
    group: str = spec(check=identifier)
    label: str = spec(max_chars=60)
    summary: str = spec(max_chars=600)
    citations: tuple[Citation, ...] = spec(min_items=1, example="[{block: p-1a2b3c, quote: …}]")
    checked: str | None = spec(None, max_chars=300)  # why the label holds when its words are not quoted
    essay: str = spec("", derived=True)


@dataclass(frozen=True)
class Question:
    yaml_name: ClassVar[str] = "question"
    id: str = spec(check=identifier)
    text: str = spec(max_chars=120)
    groups: dict[str, str] = spec(max_chars=30, example="{affirm: 그렇다, deny: 아니다}")  # id → label, in order
    stances: dict[str, Stance] = spec()  # essay slug → stance; a missing essay is silent

    def group_index(self, group: str) -> int:
        return list(self.groups).index(group)


@dataclass(frozen=True)
class ClaimRef:
    yaml_name: ClassVar[str] = "claim link"
    type: Literal["agrees", "disputes", "extends"] = spec()
    claim: str = spec(check=identifier)


@dataclass(frozen=True)
class Claim:
    yaml_name: ClassVar[str] = "claim"
    id: str = spec(check=identifier)
    text: str = spec(max_chars=300)
    citation: Citation = spec(inline=True)
    links: tuple[ClaimRef, ...] = spec(())


@dataclass(frozen=True)
class ClaimLink:
    """A claim link as both claims show it (written once, on the claim that makes it)."""

    type: str  # agrees | disputes | extends
    source: str  # claim id that makes the link
    target: str


@dataclass(frozen=True)
class Figure:
    """A number an essay cites. ``amount`` × ``unit`` normalised (only USD and KRW are converted
    and compared); a vague amount ("수십, 수백 조") keeps the text's ``wording`` and no number."""

    yaml_name: ClassVar[str] = "figure"
    id: str = spec(check=identifier)
    label: str = spec(max_chars=80)
    subject: str = spec(check=identifier)  # figures with one subject in different essays are compared
    citation: Citation = spec(inline=True)
    unit: str = spec(max_chars=12)  # USD | KRW | % | 배 | GW … or the text's own (조)
    amount: float | None = spec(None, example="1400000000000")
    amount_max: float | None = spec(None)
    wording: str | None = spec(None, max_chars=40)  # the text's words, shown instead of a number
    qualifier: str | None = spec(None, max_chars=20)
    date: str | None = spec(None, check=iso_date)
    date_end: str | None = spec(None, check=iso_date)
    date_note: str | None = spec(None, check=iso_date)  # a date only an editors' note gives
    date_precision: Literal["after", "about"] | None = spec(None)  # "2020년 4분기 이후", "2027년쯤"


@dataclass(frozen=True)
class Event:
    yaml_name: ClassVar[str] = "dated event"
    label: str = spec(max_chars=120)
    citation: Citation = spec(inline=True)
    date: str | None = spec(None, check=iso_date)
    date_end: str | None = spec(None, check=iso_date)
    date_note: str | None = spec(None, check=iso_date)
    date_precision: Literal["after", "about"] | None = spec(None)


@dataclass(frozen=True)
class Rate:
    yaml_name: ClassVar[str] = "exchange rate"
    krw_per_usd: float = spec()
    citation: Citation = spec(inline=True)


@dataclass(frozen=True)
class Debate:
    questions: tuple[Question, ...]
    claims: tuple[Claim, ...]
    links: tuple[ClaimLink, ...]
    figures: tuple[Figure, ...]
    events: tuple[Event, ...]
    krw_per_usd: float | None = None
    rate_citation: Citation | None = None
