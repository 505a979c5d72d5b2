"""Editors' YAML → typed records, validated against the records themselves.

The schema is the records: a record's dataclass fields are the keys its YAML mapping may have,
and each field's type says what the value must be (``str`` text, ``int``, ``float``,
``Literal`` choices, ``X | None`` optional, ``tuple[X, ...]`` a list, ``dict[str, X]`` a mapping,
another record a nested mapping). ``spec(...)`` in a field's metadata adds what a type cannot
say: another key name, a pattern or a date, a length limit, a record whose keys sit inline in
its parent (a citation's essay/block/quote), or a value the reader fills in (file, line). A field
with a default may be left out. Every error reads alike and names file, line and fix:

    seeds/themes.yml:14: 'aliases' in theme 'nvidia' must be a list of text, not a number; write aliases: [엔비디아, Nvidia]
"""

from __future__ import annotations

import dataclasses
import datetime
import difflib
import re
import types
import typing
from collections.abc import Callable
from functools import cache
from typing import Any, Literal

from ..records import EditionError
from .yamlfile import Located, LocatedList

ID = re.compile(r"^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$")
DATE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")
TEXT_LIMIT = 2000  # characters in one text value unless a field says otherwise


@dataclasses.dataclass(frozen=True)
class Spec:
    key: str | None = None  # the YAML key, when it is not the field's name
    check: Callable[[Any], str | None] | None = None  # the problem with a value, or None
    max_chars: int = TEXT_LIMIT
    min_items: int = 0
    inline: bool = False  # a record whose keys stand in the parent mapping
    derived: bool = False  # filled in from the reading context (file, line, essay), never from YAML
    numbers_as_text: bool = False  # date: 2024 is the text "2024"
    one_or_many: bool = False  # evidence: 8 is evidence: [8]
    example: str = ""  # shown in the fix of a wrong-type error


def spec(default: Any = dataclasses.MISSING, **options: Any) -> Any:
    """A dataclass field with YAML options: ``label: str = spec(max_chars=80)``."""
    return dataclasses.field(default=default, metadata={"yaml": Spec(**options)})


def identifier(value: str) -> str | None:
    if ID.match(value):
        return None
    return "must be lower-case letters, digits and '-' (at most 64, starting and ending with a letter or digit)"


def iso_date(value: str) -> str | None:
    """YYYY, YYYY-MM or YYYY-MM-DD, and a real date (no 2024-02-30)."""
    if not DATE.match(value):
        return f"is {value!r}; write a date as YYYY, YYYY-MM or YYYY-MM-DD"
    parts = [int(p) for p in value.split("-")] + [1, 1]
    try:
        datetime.date(*parts[:3])
    except ValueError:
        return f"is {value!r}, which is not a real date"
    return None


class YamlData:
    """One YAML file being read: its shown path, its top-level mapping, and the readers."""

    def __init__(self, shown: str, data: Any, top_keys: tuple[str, ...]):
        self.shown = shown
        if data is None:
            data = Located()
            data.key_lines = {}
        if not isinstance(data, Located):
            raise EditionError(shown, f"the file must be a mapping with the keys {', '.join(top_keys)}", 1)
        for key in data:
            if key not in top_keys:
                self.fail(
                    data.line_of(key), f"unknown key '{key}' at the top level; allowed keys: {', '.join(top_keys)}"
                )
        self.data = data

    def fail(self, line: int | None, message: str) -> typing.NoReturn:
        raise EditionError(self.shown, message, line)

    def records(self, key: str, cls: type, context: dict[str, Any] | None = None) -> list[tuple[Any, Located]]:
        """The top-level list ``key`` read as records of ``cls``, each with its mapping (for lines)."""
        items = self.data.get(key)
        if items is None:
            return []
        line = self.data.line_of(key)
        if not isinstance(items, LocatedList):
            self.fail(line, f"'{key}' must be a list of {cls.yaml_name}s, not {describe(items)}; start each with '- '")
        out = []
        for item, item_line in zip(items, items.item_lines):
            if not isinstance(item, Located):
                self.fail(item_line, f"each entry of '{key}' must be a mapping ({keys_of(cls)}), not {describe(item)}")
            out.append((self.record(cls, item, context or {}), item))
        return out

    def single(self, key: str, cls: type) -> Any:
        """The top-level mapping ``key`` read as one ``cls`` (None when absent)."""
        value = self.data.get(key)
        if value is None:
            return None
        return self.value(cls, value, self.data.line_of(key), key, "the top level", Spec())

    def unique(self, found: list[tuple[Any, Located]]) -> list[tuple[Any, Located]]:
        """``found`` (records with an ``id``), or an error at the first id given twice."""
        seen: set[str] = set()
        for record, entry in found:
            if record.id in seen:
                self.fail(entry.line_of("id"), f"duplicate {record.yaml_name} id '{record.id}'; ids must be unique")
            seen.add(record.id)
        return found

    def known(self, entry: Located, key: str, ref: str | None, known: dict | set) -> None:
        """An error when ``ref`` (the value of ``key``) names nothing in ``known``."""
        if ref is not None and ref not in known:
            names = sorted(known)
            if len(names) <= 12:
                hint = f"known: {', '.join(names)}"
            elif close := difflib.get_close_matches(ref, names, n=3, cutoff=0.6):  # a long list hides the one meant
                hint = f"did you mean {' or '.join(close)}? ({len(names)} are known)"
            else:
                hint = f"none of the {len(names)} known is close: check the spelling"
            self.fail(entry.line_of(key), f"unknown {key} '{ref}'; {hint}")

    def record(
        self,
        cls: type,
        mapping: Located,
        context: dict[str, Any],
        fixed: frozenset = frozenset(),
        what: str | None = None,
        inline: bool = False,
    ) -> Any:
        """A ``cls`` from ``mapping``; unknown keys, missing keys and wrong types are errors.
        Fields named in ``fixed`` come from ``context`` (a stance's citations take its essay);
        an ``inline`` record shares its parent's mapping, and the parent checks the keys."""
        what = what or _what(cls, mapping)
        allowed = tuple(k for k in _yaml_keys(cls) if k not in fixed)
        for key in () if inline else mapping:
            if key not in allowed:
                self.fail(mapping.line_of(key), f"unknown key '{key}' in {what}; allowed keys: {', '.join(allowed)}")
        context = {**context, "file": self.shown, "line": mapping.line}
        values = {}
        for field, hint in _fields(cls):
            options: Spec = field.metadata.get("yaml", Spec())
            if options.derived or field.name in fixed:
                values[field.name] = context.get(field.name, field.default)
            elif options.inline:
                present = _inline_present(hint, mapping)
                values[field.name] = (
                    self.record(_strip_optional(hint), mapping, context, fixed, what, True) if present else None
                )
                if values[field.name] is None and not _optional(hint):
                    self.fail(mapping.line, f"{what} needs {keys_of(_strip_optional(hint))}")
            else:
                key = options.key or field.name
                if key not in mapping or (mapping[key] is None and _optional(hint)):
                    if field.default is dataclasses.MISSING and not _optional(hint):
                        example = f": {options.example}" if options.example else ""
                        self.fail(mapping.line, f"'{key}' is missing from {what}; add {key}{example}")
                    default = None if field.default is dataclasses.MISSING else field.default
                    values[field.name] = default
                    continue
                value = mapping[key]
                values[field.name] = self.value(hint, value, mapping.line_of(key), key, what, options, context, fixed)
        return cls(**values)

    def value(
        self,
        hint: Any,
        value: Any,
        line: int,
        key: str,
        what: str,
        options: Spec,
        context: dict[str, Any] | None = None,
        fixed: frozenset = frozenset(),
    ) -> Any:
        """``value`` checked against the type ``hint`` (and the field's options)."""
        hint = _strip_optional(hint)
        origin, args = typing.get_origin(hint), typing.get_args(hint)
        expected = expect(hint)
        if options.numbers_as_text and isinstance(value, int) and not isinstance(value, bool):
            value = str(value)
        if options.one_or_many and origin is tuple and not isinstance(value, list):
            listed = LocatedList([value])
            listed.line, listed.item_lines = line, [line]
            value = listed
        if dataclasses.is_dataclass(hint) and hasattr(hint, "from_scalar") and isinstance(value, (str, int)):
            if not isinstance(value, bool):
                return hint.from_scalar(self.value(str, str(value), line, key, what, Spec(max_chars=300)))

        def wrong() -> typing.NoReturn:
            fix = f"; write {key}: {options.example}" if options.example else ""
            self.fail(line, f"'{key}' in {what} must be {expected}, not {describe(value)}{fix}")

        if hint is str:
            if not isinstance(value, str):
                wrong()
            text = value.strip()
            if not text:
                self.fail(line, f"'{key}' in {what} is empty; write the text or remove the key")
            if len(text) > options.max_chars:
                self.fail(line, f"'{key}' in {what} is {len(text):,} characters; at most {options.max_chars:,}")
        elif hint is int:
            if not isinstance(value, int) or isinstance(value, bool):
                wrong()
            text = value
        elif hint is float:
            if not isinstance(value, (int, float)) or isinstance(value, bool):
                wrong()
            text = float(value)
        elif hint is bool:
            if not isinstance(value, bool):
                wrong()
            text = value
        elif origin is Literal:
            if value not in args:
                shown = repr(value) if isinstance(value, str) else describe(value)
                self.fail(line, f"'{key}' in {what} must be one of {', '.join(map(str, args))}, not {shown}")
            text = value
        elif origin is tuple:
            if not isinstance(value, LocatedList):
                wrong()
            if len(value) < options.min_items:
                example = f", e.g. {key}: {options.example}" if options.example else ""
                self.fail(line, f"'{key}' in {what} is empty; give at least one{example}")
            item_options = dataclasses.replace(options, example="", min_items=0)
            return tuple(
                self.value(args[0], item, item_line, key, what, item_options, context, fixed)
                for item, item_line in zip(value, value.item_lines)
            )
        elif origin is dict:
            if not isinstance(value, Located) or not value:
                wrong()
            out = {}
            for name, item in value.items():
                problem = identifier(name)
                if problem:
                    self.fail(value.line_of(name), f"'{name}' under '{key}' in {what} {problem}")
                if dataclasses.is_dataclass(args[1]):
                    out[name] = self._keyed(args[1], item, value.line_of(name), name, key, what)
                else:
                    out[name] = self.value(args[1], item, value.line_of(name), f"{key}.{name}", what, options)
            return out
        elif dataclasses.is_dataclass(hint):
            if not isinstance(value, Located):
                wrong()
            return self.record(hint, value, context or {}, fixed, f"'{key}' of {what}")
        else:  # pragma: no cover - a record declared a type this reader does not know
            raise TypeError(f"schema: unsupported type {hint!r}")
        problem = options.check(text) if options.check else None
        if problem:
            self.fail(line, f"'{key}' in {what} {problem}")
        return text

    def _keyed(self, cls: type, item: Any, line: int, name: str, key: str, what: str) -> Any:
        """An entry of a mapping whose keys name records (stances by essay): the key is its ``key_field``."""
        if not isinstance(item, Located):
            self.fail(line, f"'{key}.{name}' in {what} must be a mapping ({keys_of(cls)}), not {describe(item)}")
        own = f"{cls.yaml_name} of '{name}' in {what}"
        return self.record(cls, item, {cls.key_field: name}, frozenset({cls.key_field}), own)


def describe(value: Any) -> str:
    """How a wrong value reads in a message."""
    if value is None:
        return "empty"
    if isinstance(value, bool):
        return f"true/false ({str(value).lower()})"
    if isinstance(value, (int, float)):
        return f"a number ({value})"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    return type(value).__name__


def expect(hint: Any) -> str:
    hint = _strip_optional(hint)
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if hint is str:
        return "text"
    if hint is int:
        return "a whole number"
    if hint is float:
        return "a number"
    if hint is bool:
        return "true or false"
    if origin is Literal:
        return "one of " + ", ".join(map(str, args))
    if origin is tuple:
        inner = expect(args[0])
        return "a list of " + (inner[2:] + "s" if inner.startswith("a ") else inner)
    if origin is dict or dataclasses.is_dataclass(hint):
        return "a mapping"
    return str(hint)


def keys_of(cls: type) -> str:
    return ", ".join(_yaml_keys(cls))


@cache
def _fields(cls: type) -> tuple[tuple[dataclasses.Field, Any], ...]:
    hints = typing.get_type_hints(cls)
    return tuple((f, hints[f.name]) for f in dataclasses.fields(cls))


@cache
def _yaml_keys(cls: type) -> tuple[str, ...]:
    keys: list[str] = []
    for field, hint in _fields(cls):
        options: Spec = field.metadata.get("yaml", Spec())
        if options.inline:
            keys += _yaml_keys(_strip_optional(hint))
        elif not options.derived:
            keys.append(options.key or field.name)
    return tuple(keys)


def _inline_present(hint: Any, mapping: Located) -> bool:
    return any(key in mapping for key in _yaml_keys(_strip_optional(hint)))


def _optional(hint: Any) -> bool:
    return typing.get_origin(hint) in (typing.Union, types.UnionType) and type(None) in typing.get_args(hint)


def _strip_optional(hint: Any) -> Any:
    if _optional(hint):
        (inner,) = [a for a in typing.get_args(hint) if a is not type(None)]
        return inner
    return hint


def _what(cls: type, mapping: Located) -> str:
    ident = mapping.get("id")
    name = getattr(cls, "yaml_name", cls.__name__.lower())
    if isinstance(ident, str) and ID.match(ident):
        return f"{name} '{ident}'"
    return f"{'an' if name[0] in 'aeiou' else 'a'} {name}"
