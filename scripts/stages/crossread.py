"""Part of stage 5, relate: what links one passage to passages of other essays, and where each
change of the apparatus shows in the reading text. Data only; the essay page, the manifest and
the source page render it.

- "다른 글에서는": for each passage, the passages of other essays that answer the same claim
  (동의 / 반박 / 발전 — the editors' claim links), cite the same question (같은 물음), or speak
  to the same theme (같은 주제), ranked in that order and then by the number of themes they
  share, one per essay before a second from any, capped at ``CROSS_SHOWN``. Built from
  theme → passages and question → passages indexes once; each passage looks at no more than
  ``CANDIDATES`` passages per theme, so the work is linear in the passages however large the
  edition grows. Readers' comments are neither sources nor targets: they are not what an essay says.
- apparatus places: each entry's marker stands in the block whose seed lines it touched, or,
  for removed lines, at the start of the first block after them (at the end of the last block
  when nothing follows); entries on one place share one marker.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..records import Block, Edition, Essay, Passage

CROSS_SHOWN = 4  # links beside one passage: with five essays, one from each other essay
CANDIDATES = 64  # passages of other essays looked at per theme of a passage
CLAIM_RELATIONS = ("agrees", "disputes", "extends")
RANK = {"agrees": 0, "disputes": 0, "extends": 0, "question": 1, "theme": 2}
SHOWN_KINDS = ("paragraph", "item", "figure")  # blocks that carry marks (headings and comments do not)


@dataclass(frozen=True)
class CrossLink:
    """A passage of another essay that speaks to the same thing, and how."""

    passage: Passage
    relation: str  # agrees | disputes | extends | question | theme
    themes: tuple[str, ...] = ()  # the theme ids both passages speak to, in the edition's order
    question: str | None = None  # the question both passages are cited for


@dataclass(frozen=True)
class ApparatusPlace:
    """Where an apparatus entry's marker stands: a block, at its start or its end, and the
    marker's id (shared by every entry at the same place)."""

    block: str
    at: str  # start | end
    marker: str


@dataclass(frozen=True)
class Subjects:
    """What each passage speaks to: its themes, the questions it is cited for, its claim links."""

    themes: dict[Passage, frozenset[str]]
    questions: dict[Passage, frozenset[str]]
    claims: dict[Passage, tuple[tuple[Passage, str], ...]]

    def score(self, a: Passage, b: Passage) -> int:
        """How closely two passages speak to one thing: a claim link 4, a question 2, a theme 1 each."""
        score = len(self.themes.get(a, frozenset()) & self.themes.get(b, frozenset()))
        if self.questions.get(a, frozenset()) & self.questions.get(b, frozenset()):
            score += 2
        if any(other == b for other, _ in self.claims.get(a, ())):
            score += 4
        return score


def subjects(edition: Edition, blocks: dict[Passage, Block]) -> Subjects:
    themes_of: dict[Passage, set[str]] = {}
    for (kind, theme), passages in edition.annotations.index.items():
        if kind == "theme":
            for passage in passages:
                if blocks[passage].kind in SHOWN_KINDS:
                    themes_of.setdefault(passage, set()).add(theme)
    questions_of, _ = _questions(edition, blocks)
    claims = _claim_links(edition, blocks)
    return Subjects(
        {p: frozenset(t) for p, t in themes_of.items()},
        {p: frozenset(q) for p, q in questions_of.items()},
        {p: tuple(c) for p, c in claims.items()},
    )


def cross_links(edition: Edition, blocks: dict[Passage, Block]) -> dict[Passage, tuple[CrossLink, ...]]:
    """Passage → its links to other essays, best first (passages without any are left out)."""
    order = {p: i for i, p in enumerate(blocks)}
    theme_order = {t.id: i for i, t in enumerate(edition.annotations.data.themes)}
    by_theme: dict[str, list[Passage]] = {}
    for (kind, theme), passages in edition.annotations.index.items():
        if kind == "theme":
            by_theme[theme] = [p for p in passages if blocks[p].kind in SHOWN_KINDS]
    themes_of: dict[Passage, list[str]] = {}
    for theme, passages in by_theme.items():
        for passage in passages:
            themes_of.setdefault(passage, []).append(theme)
    questions_of, by_question = _questions(edition, blocks)
    claims_of = _claim_links(edition, blocks)
    out = {}
    for passage in blocks:
        if blocks[passage].kind not in SHOWN_KINDS:
            continue
        found: dict[Passage, dict] = {}
        for other, relation in claims_of.get(passage, ()):
            _note(found, other, relation)
        for question in questions_of.get(passage, ()):
            for other in by_question[question]:
                if other.essay != passage.essay:
                    entry = _note(found, other, "question")
                    entry["question"] = entry["question"] or question
        for theme in themes_of.get(passage, ()):
            for other in _others(by_theme[theme], passage.essay):
                _note(found, other, "theme")["themes"].append(theme)
        if found:
            out[passage] = _ranked(found, order, theme_order)
    return out


def _note(found: dict[Passage, dict], other: Passage, relation: str) -> dict:
    """What links a passage to ``other`` so far: its best relation, shared themes, question."""
    entry = found.setdefault(other, {"relation": relation, "themes": [], "question": None})
    if RANK[relation] < RANK[entry["relation"]]:
        entry["relation"] = relation
    return entry


def _others(passages: list[Passage], essay: str) -> list[Passage]:
    """The first ``CANDIDATES`` passages of other essays in a theme's list."""
    picked = []
    for passage in passages:
        if passage.essay != essay:
            picked.append(passage)
            if len(picked) == CANDIDATES:
                break
    return picked


def _ranked(
    found: dict[Passage, dict], order: dict[Passage, int], theme_order: dict[str, int]
) -> tuple[CrossLink, ...]:
    def key(other: Passage) -> tuple:
        entry = found[other]
        return (RANK[entry["relation"]], -len(entry["themes"]), order[other])

    ranked = sorted(found, key=key)
    first, rest, essays = [], [], set()
    for other in ranked:  # one passage per essay first, then a second from any
        (rest if other.essay in essays else first).append(other)
        essays.add(other.essay)
    chosen = sorted((first + rest)[:CROSS_SHOWN], key=key)
    return tuple(
        CrossLink(
            other,
            found[other]["relation"],
            tuple(sorted(set(found[other]["themes"]), key=theme_order.__getitem__)),
            found[other]["question"],
        )
        for other in chosen
    )


def _questions(edition: Edition, blocks: dict[Passage, Block]):
    questions_of: dict[Passage, list[str]] = {}
    by_question: dict[str, list[Passage]] = {}
    for question in edition.debate.questions if edition.debate else ():
        for stance in question.stances.values():
            for citation in stance.citations:
                passage = Passage(citation.essay, citation.block)
                if blocks[passage].kind not in SHOWN_KINDS:
                    continue
                if question.id not in questions_of.setdefault(passage, []):
                    questions_of[passage].append(question.id)
                    by_question.setdefault(question.id, []).append(passage)
    return questions_of, by_question


def _claim_links(edition: Edition, blocks: dict[Passage, Block]) -> dict[Passage, list[tuple[Passage, str]]]:
    """Both ends of every claim link, each seeing the other (the link's type either way)."""
    if not edition.debate:
        return {}
    where = {c.id: Passage(c.citation.essay, c.citation.block) for c in edition.debate.claims}
    out: dict[Passage, list[tuple[Passage, str]]] = {}
    for link in edition.debate.links:
        a, b = where[link.source], where[link.target]
        if a.essay != b.essay and link.type in CLAIM_RELATIONS:
            out.setdefault(a, []).append((b, link.type))
            out.setdefault(b, []).append((a, link.type))
    return out


def apparatus_places(essay: Essay) -> tuple[ApparatusPlace | None, ...]:
    """One place per apparatus entry, in the apparatus' order (None for an essay with no shown block)."""
    shown = [b for s in essay.sections for b in s.blocks if b.kind != "heading"]
    places: list[ApparatusPlace | None] = []
    markers: dict[tuple[str, str], str] = {}
    for number, entry in enumerate(essay.apparatus, 1):
        lines = set(entry.lines)
        block = next((b for b in shown if lines & set(b.lines)), None)
        at = "end"
        if block is None:
            last = max(entry.lines, default=0)
            block = next((b for b in shown if b.lines and min(b.lines) > last), None)
            at = "start"
            if block is None and shown:
                block, at = shown[-1], "end"
        if block is None:
            places.append(None)
            continue
        marker = markers.setdefault((block.id, at), f"appm-{number}")
        places.append(ApparatusPlace(block.id, at, marker))
    return tuple(places)
