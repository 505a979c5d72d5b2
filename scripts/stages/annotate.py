"""Stage 4, annotate: ``Edition`` + ``EditorialData`` → ``Annotations``.

Mentions of themes, people/companies and glossary terms are found through the Korean analyser,
not by substring: an alias and the text are both reduced to content tokens, and an alias matches
a run of whole tokens separated only by spaces. So 엔비디아가 → 엔비디아 (particle dropped),
빅 테크 = 빅테크 (spacing), MS never inside MSG, 메타 never inside 메타포, 주주 never inside 대주주. Editors' tags add
passages that speak to a theme without naming it; suppressions remove false matches. Every
cited block and quote is checked. The inverted index (target → passages) is built in one pass.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from ..analyse import Analyser, Token, analyse_cached
from ..cite import resolve
from ..editorial import EditorialData
from ..records import Annotations, Block, Edition, EditionError, Mention, Passage


def user_words(data: EditorialData) -> tuple[str, ...]:
    """Hangul pieces of every alias, for the analyser's user dictionary (keeps names whole)."""
    words = set()
    for aliases in (
        [t.aliases for t in data.themes] + [e.aliases for e in data.entities] + [t.aliases for t in data.terms]
    ):
        for alias in aliases:
            for piece in alias.split():
                if len(piece) >= 2 and all("가" <= c <= "힣" for c in piece):
                    words.add(piece)
    return tuple(sorted(words))


class Matcher:
    """Alias token sequences indexed by their first token form."""

    def __init__(self, data: EditorialData, analyser: Analyser, cache_dir: Path | None = None, kinds=None):
        """``kinds``: (kind, records with ``id`` and ``aliases``) pairs; by default the themes,
        people/companies and glossary terms (the search emitter passes the concepts)."""
        kinds = kinds or (("theme", data.themes), ("entity", data.entities), ("term", data.terms))
        targets = [
            (kind, ident, alias)
            for kind, items in kinds
            for item in items
            for ident, alias in ((item.id, a) for a in item.aliases)
        ]
        analysed = analyse_cached(analyser, [alias for _, _, alias in targets], cache_dir)
        self.by_first: dict[str, list[tuple[tuple[str, ...], str, str, str, bool, bool]]] = defaultdict(list)
        for (kind, ident, alias), tokens in zip(targets, analysed):
            forms = tuple(t.form for t in tokens)
            if forms:
                surface = _squashed(alias)
                # a prefix the analyser drops (비영리 → 영리, 반독점 → 독점, 대주주 → 주주) often turns the
                # meaning round: such an alias is found only where the text writes the prefix
                prefixed = not tokens[0].tag.startswith("V") and not surface.startswith(forms[0].lower())
                self.by_first[forms[0]].append((forms, kind, ident, surface, _shortened(surface, tokens), prefixed))

    def find(self, text: str, tokens: tuple[Token, ...]) -> list[Mention]:
        found: dict[tuple[str, str], list[Mention]] = defaultdict(list)
        for i, token in enumerate(tokens):
            for forms, kind, ident, surface, shortened, prefixed in self.by_first.get(token.form, ()):
                run = tokens[i : i + len(forms)]
                if tuple(t.form for t in run) != forms:
                    continue
                if _adjacent(text, run) and not _inside_word(text, run[0].start) and not prefixed:
                    start = run[0].start
                elif kind == "concept" or prefixed:  # the words as written, affixes and all
                    start = _written(text, run, surface)
                    if start is None:
                        continue
                else:
                    continue
                whole = shortened and _squashed(text[start : start + 3 * len(surface)]).startswith(surface)
                end = _through(text, start, surface) if whole else run[-1].end
                previous = found[(kind, ident)]
                if previous and previous[-1].end > start:  # overlapping spelling of the same target
                    if end - start <= previous[-1].end - previous[-1].start:
                        continue
                    previous.pop()
                previous.append(Mention(kind, ident, start, end, text[start:end]))
        return sorted((m for ms in found.values() for m in ms), key=lambda m: (m.start, m.kind, m.target))


def _inside_word(text: str, start: int) -> bool:
    """An alias must begin a word: after a Hangul syllable it is the tail of a compound
    (대주주 "major shareholder" is not 주주; the analyser drops the prefix 대 as it drops particles)."""
    return start > 0 and "가" <= text[start - 1] <= "힣"


def _shortened(surface: str, tokens) -> bool:
    """A noun the analyser reads without its suffix (채굴자 → 채굴, 생산성 → 생산): found by its stem, like
    a verb (망하다 → 망하), but where the text writes it whole the mention is the whole word, which the
    search index then holds as written (a passage writing 채굴자 before one writing 채굴)."""
    joined = "".join(t.form for t in tokens).lower()
    verbal = (
        surface.endswith("다") or tokens[-1].tag.startswith("V") or surface in {joined + e for e in NOMINAL_ENDINGS}
    )
    return joined != surface and not verbal


# What makes a noun of a verb the analyser reads as its stem (오만함 → 오만, 자랑하기 → 자랑)
NOMINAL_ENDINGS = ("함", "됨", "음", "기", "하기", "되기")


def _through(text: str, start: int, surface: str) -> int:
    """Where ``surface`` ends in ``text`` from ``start``, spaces and hyphens written between its letters."""
    end, left = start, len(surface)
    while left and end < len(text):
        left -= text[end] not in " -&"
        end += 1
    return end


def _squashed(text: str) -> str:
    return "".join(c for c in text.lower() if c not in " -&")


def _written(text: str, run: tuple[Token, ...], surface: str) -> int | None:
    """Where a word of the search vocabulary stands when the text writes it as the editors did
    but the analyser left out an affix, in it, before it or after it (개인용 컴퓨터 → 개인 + 컴퓨터, 비영리 →
    영리, 불완전함 → 완전): the start of the word as written, or None."""
    span = _squashed(text[run[0].start : run[-1].end])
    if (at := surface.find(span)) < 0:
        return None
    prefix = surface[:at]
    start = run[0].start - len(prefix)
    if start < 0 or text[start : run[0].start].lower() != prefix or _inside_word(text, start):
        return None
    return start


def _adjacent(text: str, run: tuple[Token, ...]) -> bool:
    """Tokens of a multi-word alias may be separated by spaces, a hyphen or an ampersand only
    (오픈 AI, High-Flyer, Barnes & Noble)."""
    return all(not text[a.end : b.start].strip(" -&") for a, b in zip(run, run[1:]))


# Blocks a theme page can quote: headings and image captions name a subject, they do not speak to it.
PASSAGE_KINDS = ("paragraph", "item", "comment")


def annotate(edition: Edition, data: EditorialData, analyser: Analyser, cache_dir: Path | None) -> Annotations:
    matcher = Matcher(data, analyser, cache_dir)
    blocks: dict[Passage, Block] = {}
    mentions: dict[Passage, list[Mention]] = {}
    for essay in edition.essays:
        shown = essay.shown_blocks()
        for block, tokens in zip(shown, analyse_cached(analyser, [b.text for b in shown], cache_dir)):
            passage = Passage(essay.meta.slug, block.id)
            blocks[passage] = block
            mentions[passage] = matcher.find(block.text, tokens)
    slugs = [e.meta.slug for e in edition.essays]
    for suppression in data.suppressions:
        passage, span = resolve(suppression.citation, blocks, slugs)
        mentions[passage] = [
            m
            for m in mentions[passage]
            if not (
                m.target == suppression.target
                and _overlaps(m, span)
                and (suppression.only == "all" or m.kind == "theme")
            )
        ]
    for tag in data.tags:
        passage, (start, end) = resolve(tag.citation, blocks, slugs)
        if blocks[passage].kind not in PASSAGE_KINDS:
            raise EditionError(
                tag.citation.file,
                f"block '{tag.citation.block}' is a {blocks[passage].kind}; headings and figure captions are never "
                "theme passages, tag the paragraph that speaks to the theme",
                tag.citation.line,
            )
        text = blocks[passage].text[start:end]
        mentions[passage].append(Mention("theme", tag.theme, start, end, text, tagged=True))
    for identification in data.identifications:  # the editors' inference: never a spelling of the name
        passage, (start, end) = resolve(identification.citation, blocks, slugs)
        text = blocks[passage].text[start:end]
        mentions[passage].append(Mention("entity", identification.entity, start, end, text, inferred=True))
    concepts = defaultdict(list)  # search only: never a mention, never shown
    for concept_tag in data.concept_tags:
        passage, _ = resolve(concept_tag.citation, blocks, slugs)
        concepts[passage].append(concept_tag.concept)
    notes = defaultdict(list)
    for note in data.notes:
        passage, _ = resolve(note.citation, blocks, slugs)
        notes[passage].append(note)
    index: dict[tuple[str, str], list[Passage]] = defaultdict(list)
    for passage, found in mentions.items():
        for key in dict.fromkeys((m.kind, m.target) for m in found):
            if key[0] != "theme" or blocks[passage].kind in PASSAGE_KINDS:
                index[key].append(passage)
    return Annotations(
        data,
        {p: tuple(sorted(ms, key=lambda m: (m.start, m.kind, m.target))) for p, ms in mentions.items()},
        {p: tuple(ns) for p, ns in notes.items()},
        {key: tuple(ps) for key, ps in index.items()},
        {p: tuple(cs) for p, cs in concepts.items()},
    )


def _overlaps(mention: Mention, span: tuple[int, int]) -> bool:
    return mention.start < span[1] and span[0] < mention.end
