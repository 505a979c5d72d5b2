"""Editors' annotation data: ``seeds/themes.yml``, ``glossary.yml``, ``annotations.yml`` →
``EditorialData``. Shape is validated here with file:line messages; whether a cited block and
quote exist is checked in ``annotate`` once the essays are built. Missing files mean no data.
"""

from __future__ import annotations

import re
from pathlib import Path

from ..readers.yamlfile import Located, check_keys, read_yaml
from ..records import (
    Citation,
    EditionError,
    EditorialData,
    EditorNote,
    Entity,
    Suppression,
    Term,
    Theme,
    ThemeTag,
)

ID_RE = re.compile(r"^[a-z0-9][a-z0-9-]*$")
THEME_KEYS = ("id", "label", "label_en", "description", "aliases", "related", "synonyms")
ENTITY_KEYS = ("id", "type", "label", "label_en", "aliases", "theme")
TERM_KEYS = ("id", "term", "aliases", "definition", "theme")
CITATION_KEYS = ("essay", "block", "quote")


class YamlFile:
    """One YAML file being read: its shown path and helpers that raise file:line errors."""

    def __init__(self, seeds_dir: Path, name: str, top_keys: tuple[str, ...]):
        self.shown = f"{seeds_dir.name}/{name}"
        path = seeds_dir / name
        data = read_yaml(path, self.shown) if path.exists() else None
        if data is not None and not isinstance(data, Located):
            raise EditionError(self.shown, f"expected a mapping with the keys {', '.join(top_keys)}", 1)
        self.data = data or Located()
        if data is not None:
            check_keys(self.data, top_keys, self.shown, "the top level")

    def entries(self, key: str) -> list[tuple[Located, int]]:
        items = self.data.get(key) or []
        if not isinstance(items, list):
            raise EditionError(self.shown, f"'{key}' must be a list", self.data.line_of(key))
        out = []
        for item, line in zip(items, getattr(items, "item_lines", [])):
            if not isinstance(item, Located):
                raise EditionError(self.shown, f"each entry of '{key}' must be a mapping", line)
            out.append((item, line))
        return out

    def text(self, entry: Located, key: str, required: bool = True) -> str | None:
        value = entry.get(key)
        if value is None and not required:
            return None
        if not isinstance(value, str) or not value.strip():
            raise EditionError(self.shown, f"'{key}' is required and must be text", entry.line_of(key))
        return value.strip()

    def ident(self, entry: Located, seen: set[str], what: str) -> str:
        ident = self.text(entry, "id")
        if not ID_RE.match(ident):
            raise EditionError(
                self.shown, f"{what} id '{ident}' must be lower-case letters, digits and '-'", entry.line
            )
        if ident in seen:
            raise EditionError(self.shown, f"duplicate {what} id '{ident}'; ids must be unique", entry.line_of("id"))
        seen.add(ident)
        return ident

    def aliases(self, entry: Located, what: str, ident: str, required: bool = True) -> tuple[str, ...]:
        value = entry.get("aliases")
        if value is None and not required:
            return ()
        if not isinstance(value, list) or not all(isinstance(a, str) and a.strip() for a in value):
            raise EditionError(self.shown, f"{what} '{ident}' aliases must be a list of spellings", entry.line)
        if not value:
            raise EditionError(
                self.shown,
                f"{what} '{ident}' alias list is empty; give at least one spelling",
                entry.line_of("aliases"),
            )
        return tuple(a.strip() for a in value)

    def citation(self, entry: Located, line: int) -> Citation:
        return Citation(
            essay=self.text(entry, "essay"),
            block=self.text(entry, "block"),
            quote=self.text(entry, "quote", required=False),
            file=self.shown,
            line=line,
        )

    def check_ref(self, entry: Located, key: str, known: set[str], what: str) -> None:
        ref = entry.get(key)
        if ref is not None and ref not in known:
            raise EditionError(
                self.shown, f"unknown {what} '{ref}'; known: {', '.join(sorted(known))}", entry.line_of(key)
            )


def load_editorial(seeds_dir: Path) -> EditorialData:
    themes_file = YamlFile(seeds_dir, "themes.yml", ("themes", "entities"))
    themes = _themes(themes_file)
    theme_ids = {t.id for t in themes}
    entities = _entities(themes_file, {t.id: t for t in themes})
    terms = _terms(YamlFile(seeds_dir, "glossary.yml", ("terms",)), theme_ids)
    tags, suppressions, notes = _annotations(
        YamlFile(seeds_dir, "annotations.yml", ("tags", "suppress", "notes")),
        theme_ids,
        theme_ids | {e.id for e in entities} | {t.id for t in terms},
    )
    return EditorialData(themes, entities, terms, tags, suppressions, notes)


def _themes(f: YamlFile) -> tuple[Theme, ...]:
    seen: set[str] = set()
    themes = []
    for entry, _ in f.entries("themes"):
        check_keys(entry, THEME_KEYS, f.shown, "a theme")
        ident = f.ident(entry, seen, "theme")
        related = entry.get("related") or []
        if not isinstance(related, list):
            raise EditionError(
                f.shown, f"theme '{ident}' related must be a list of theme ids", entry.line_of("related")
            )
        themes.append(
            Theme(
                ident,
                f.text(entry, "label"),
                f.text(entry, "label_en"),
                f.text(entry, "description"),
                f.aliases(entry, "theme", ident),
                tuple(related),
                _string_list(f, entry, "synonyms", ident),
            )
        )
    ids = {t.id for t in themes}
    for theme, (entry, _) in zip(themes, f.entries("themes")):
        for ref in theme.related:
            if ref not in ids:
                raise EditionError(
                    f.shown, f"theme '{theme.id}' relates to unknown theme '{ref}'", entry.line_of("related")
                )
    return tuple(themes)


def _string_list(f: YamlFile, entry: Located, key: str, ident: str) -> tuple[str, ...]:
    value = entry.get(key) or []
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise EditionError(f.shown, f"theme '{ident}' {key} must be a list of spellings", entry.line_of(key))
    return tuple(v.strip() for v in value)


def _entities(f: YamlFile, themes: dict[str, Theme]) -> tuple[Entity, ...]:
    seen: set[str] = set()
    entities = []
    for entry, _ in f.entries("entities"):
        check_keys(entry, ENTITY_KEYS, f.shown, "an entity")
        ident = f.ident(entry, seen, "entity")
        kind = entry.get("type")
        if kind not in ("person", "company"):
            raise EditionError(f.shown, f"entity '{ident}' type must be person or company", entry.line_of("type"))
        f.check_ref(entry, "theme", set(themes), "theme")
        theme = entry.get("theme")
        aliases = f.aliases(entry, "entity", ident, required=theme is None) or themes[theme].aliases
        entities.append(Entity(ident, kind, f.text(entry, "label"), f.text(entry, "label_en"), aliases, theme))
    return tuple(entities)


def _terms(f: YamlFile, theme_ids: set[str]) -> tuple[Term, ...]:
    seen: set[str] = set()
    terms = []
    for entry, _ in f.entries("terms"):
        check_keys(entry, TERM_KEYS, f.shown, "a glossary term")
        ident = f.ident(entry, seen, "term")
        f.check_ref(entry, "theme", theme_ids, "theme")
        terms.append(
            Term(
                ident,
                f.text(entry, "term"),
                f.aliases(entry, "term", ident),
                f.text(entry, "definition"),
                entry.get("theme"),
            )
        )
    return tuple(terms)


def _annotations(f: YamlFile, theme_ids: set[str], target_ids: set[str]):
    tags, suppressions, notes = [], [], []
    for entry, line in f.entries("tags"):
        check_keys(entry, (*CITATION_KEYS, "theme"), f.shown, "a theme tag")
        f.text(entry, "theme")
        f.check_ref(entry, "theme", theme_ids, "theme")
        tags.append(ThemeTag(entry["theme"], f.citation(entry, line)))
    for entry, line in f.entries("suppress"):
        check_keys(entry, (*CITATION_KEYS, "target"), f.shown, "a suppression")
        f.text(entry, "target")
        f.check_ref(entry, "target", target_ids, "theme, entity or term")
        suppressions.append(Suppression(entry["target"], f.citation(entry, line)))
    for entry, line in f.entries("notes"):
        check_keys(entry, (*CITATION_KEYS, "text", "source"), f.shown, "a note")
        notes.append(EditorNote(f.citation(entry, line), f.text(entry, "text"), f.text(entry, "source")))
    return tuple(tags), tuple(suppressions), tuple(notes)
