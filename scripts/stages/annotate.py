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
        self.by_first: dict[str, list[tuple[tuple[str, ...], str, str, str]]] = defaultdict(list)
        for (kind, ident, alias), tokens in zip(targets, analysed):
            forms = tuple(t.form for t in tokens)
            if forms:
                self.by_first[forms[0]].append((forms, kind, ident, _squashed(alias)))

    def find(self, text: str, tokens: tuple[Token, ...]) -> list[Mention]:
        found: dict[tuple[str, str], list[Mention]] = defaultdict(list)
        for i, token in enumerate(tokens):
            for forms, kind, ident, surface in self.by_first.get(token.form, ()):
                run = tokens[i : i + len(forms)]
                if tuple(t.form for t in run) != forms:
                    continue
                if _adjacent(text, run) and not _inside_word(text, run[0].start):
                    start = run[0].start
                elif kind == "concept":  # search vocabulary: the words as written, affixes and all
                    start = _written(text, run, surface)
                    if start is None:
                        continue
                else:
                    continue
                end = run[-1].end
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


def _squashed(text: str) -> str:
    return "".join(c for c in text.lower() if c not in " -&")


def _written(text: str, run: tuple[Token, ...], surface: str) -> int | None:
    """Where a word of the search vocabulary stands when the text writes it as the editors did
    but the analyser left out an affix, in it or before it (개인용 컴퓨터 → 개인 + 컴퓨터, 비영리 →
    영리): the start of the word as written, or None."""
    span = _squashed(text[run[0].start : run[-1].end])
    prefix = surface[: len(surface) - len(span)] if surface.endswith(span) else None
    if prefix is None:
        return None
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
