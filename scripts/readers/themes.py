"""Editors' annotation data: ``seeds/themes.yml``, ``glossary.yml``, ``annotations.yml``, ``concepts.yml`` →
``EditorialData``. Shape comes from the records (``editorial.py``); here the checks across
entries: ids unique, references known, every alias at least two characters unless the editors
list it in ``allow_short`` (a one-letter alias such as 이 would match everywhere). Whether a
cited block and quote exist is checked in ``annotate`` once the essays are built.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..analyse import normalise
from ..editorial import (
    Concept,
    ConceptTag,
    EditorialData,
    EditorNote,
    Entity,
    Equivalent,
    Identification,
    Suppression,
    Term,
    Theme,
    ThemeTag,
)
from .schema import YamlData
from .seeds import SeedsFolder
from .yamlfile import Located

MIN_ALIAS = 2  # characters (a Hangul syllable is one)


def load_editorial(seeds: SeedsFolder) -> EditorialData:
    themes_file = seeds.data("themes.yml", ("themes", "entities"))
    themes = themes_file.unique(themes_file.records("themes", Theme))
    for theme, entry in themes:
        _check_aliases(themes_file, theme, entry)
        for phrase in theme.other_senses:
            if not any(normalise(a) in normalise(phrase) for a in theme.aliases):
                themes_file.fail(
                    entry.line_of("other_senses"),
                    f"'{phrase}' of theme '{theme.id}' holds none of its aliases; list a phrase an alias is part of",
                )
        for ref in theme.related:
            if ref not in {t.id for t, _ in themes}:
                themes_file.fail(entry.line_of("related"), f"theme '{theme.id}' relates to unknown theme '{ref}'")
    by_id = {t.id: t for t, _ in themes}
    entities, called = [], {}
    for entity, entry in themes_file.unique(themes_file.records("entities", Entity)):
        themes_file.known(entry, "theme", entity.theme, by_id)
        for epithet in entity.epithets:  # an office or nickname is one entity's: two would be a guess
            key = normalise(epithet)
            if called.setdefault(key, entity.id) != entity.id:
                themes_file.fail(
                    entry.line_of("epithets"),
                    f"epithet '{epithet}' of '{entity.id}' is also one of '{called[key]}'; a reader who types it "
                    "means one of them: keep it on that one only",
                )
        if not entity.aliases and entity.theme is None:
            themes_file.fail(entry.line, f"entity '{entity.id}' needs aliases (or a theme whose aliases it takes)")
        _check_aliases(themes_file, entity, entry)
        for ref in entity.related:
            themes_file.known(entry, "related", ref, {e.id for e, _ in themes_file.records("entities", Entity)})
        entities.append(replace(entity, aliases=entity.aliases or by_id[entity.theme].aliases))
    glossary = seeds.data("glossary.yml", ("terms",))
    terms = []
    for term, entry in glossary.unique(glossary.records("terms", Term)):
        glossary.known(entry, "theme", term.theme, by_id)
        _check_aliases(glossary, term, entry)
        terms.append(term)
    annotations = seeds.data("annotations.yml", ("tags", "suppress", "notes", "identify", "concepts"))
    tags = []
    for tag, entry in annotations.records("tags", ThemeTag):
        annotations.known(entry, "theme", tag.theme, by_id)
        tags.append(tag)
    targets = {*by_id, *(e.id for e in entities), *(t.id for t in terms)}
    suppressions = []
    for suppression, entry in annotations.records("suppress", Suppression):
        annotations.known(entry, "target", suppression.target, targets)
        suppressions.append(suppression)
    notes = [note for note, _ in annotations.records("notes", EditorNote)]
    identifications, entity_ids = [], {e.id for e in entities}
    for identification, entry in annotations.records("identify", Identification):
        annotations.known(entry, "entity", identification.entity, entity_ids)
        if identification.citation.quote is None:
            annotations.fail(
                entry.line,
                f"the identification of '{identification.entity}' needs a quote: the words of the passage that name "
                "them without their name (quote: 앤트로픽 CEO)",
            )
        identifications.append(identification)
    concepts = _load_concepts(seeds)
    concept_tags = []
    for concept_tag, entry in annotations.records("concepts", ConceptTag):
        annotations.known(entry, "concept", concept_tag.concept, {c.id for c in concepts})
        concept_tags.append(concept_tag)
    return EditorialData(
        tuple(by_id.values()),
        tuple(entities),
        tuple(terms),
        tuple(tags),
        tuple(suppressions),
        tuple(notes),
        concepts,
        tuple(identifications),
        tuple(concept_tags),
        _load_equivalents(seeds, {c.id for c in concepts}),
    )


def _load_concepts(seeds: SeedsFolder) -> tuple[Concept, ...]:
    """``concepts.yml`` (optional): ids unique, words of two characters or more, none twice in one concept."""
    concepts_file = seeds.data("concepts.yml", ("concepts",))
    concepts = []
    for concept, entry in concepts_file.unique(concepts_file.records("concepts", Concept)):
        _check_aliases(concepts_file, concept, entry)
        seen: set[str] = set()
        for word in concept.words:
            key = "".join(word.split()).lower()
            if key in seen:
                concepts_file.fail(entry.line_of("words"), f"word '{word}' is listed twice in concept '{concept.id}'")
            seen.add(key)
        concepts.append(concept)
    return tuple(concepts)


def _load_equivalents(seeds: SeedsFolder, concept_ids: set[str]) -> tuple[Equivalent, ...]:
    """``equivalents.yml`` (optional): English words in Latin letters, Korean words in Hangul, each
    word of two characters or more and in one entry only. Whether an essay writes one of them is
    checked by the search emitter, which reads the essays."""
    found = seeds.data("equivalents.yml", ("equivalents",))
    equivalents, owner, ids = [], {}, set(concept_ids)
    for equivalent, entry in found.records("equivalents", Equivalent):
        for key, words, script in (("en", equivalent.en, "[A-Za-z]"), ("ko", equivalent.ko, "[가-힣]")):
            for word in words:
                if not re.search(script, word) or len(word.replace(" ", "")) < MIN_ALIAS:
                    language = "English (Latin letters)" if key == "en" else "Korean (Hangul)"
                    found.fail(
                        entry.line_of(key), f"'{word}' under {key} is not a word in {language} of two letters or more"
                    )
                spelled = "".join(word.split()).lower()
                if spelled in owner:
                    found.fail(
                        entry.line_of(key),
                        f"'{word}' is listed twice (also at line {owner[spelled]}); keep it in one entry",
                    )
                owner[spelled] = entry.line
        if equivalent.id in ids:
            found.fail(
                entry.line_of("en"), f"the first English word of two entries is '{equivalent.en[0]}'; merge them"
            )
        ids.add(equivalent.id)
        equivalents.append(equivalent)
    return tuple(equivalents)


def _check_aliases(f: YamlData, item: Theme | Entity | Term | Concept, entry: Located) -> None:
    for alias in item.aliases:
        if len(alias.replace(" ", "")) < MIN_ALIAS and alias not in item.allow_short:
            f.fail(
                entry.line_of("aliases"),
                f"alias '{alias}' of {item.yaml_name} '{item.id}' is shorter than {MIN_ALIAS} characters and would match "
                f"almost everywhere; remove it, or list it under allow_short: [{alias}] if it is really meant",
            )
    for short in item.allow_short:
        if short not in item.aliases:
            f.fail(entry.line_of("allow_short"), f"allow_short '{short}' of '{item.id}' is not one of its aliases")
