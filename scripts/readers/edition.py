"""Editors' data about the seeds: ``seeds/edition.yml`` → ``EssaySpec`` per seed file.

Validation here is about shape (keys, types, allowed values). Whether an evidence line
exists and says what the editor claims is checked in ``load``, once the seed is read.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass
from pathlib import Path

from ..readers.yamlfile import Located, check_keys, read_yaml
from ..records import EditionError

EDITION_FILE = "edition.yml"
FACTS = ("title", "author", "platform", "kind", "url", "date")
ESSAY_KEYS = ("source", "slug", *FACTS, "gist", "short", "subtitle_line", "encoding", "headings", "paragraphs")
FACT_KEYS = ("value", "status", "evidence", "precision", "note")
STATUSES = ("stated", "inferred", "supplied")
PRECISIONS = ("day", "month", "year", "after")
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
SLUG_RE = re.compile(r"^[a-z0-9][a-z0-9-]*$")


@dataclass(frozen=True)
class FactSpec:
    value: str | None
    status: str
    evidence: tuple[int, ...]
    precision: str | None
    note: str | None
    line: int  # where the fact stands in edition.yml


@dataclass(frozen=True)
class EssaySpec:
    source: str
    slug: str | None
    facts: dict[str, FactSpec]
    gist: str | None
    short: str | None
    subtitle_line: int | None
    encoding: str
    headings: tuple[int, ...]
    paragraphs: tuple[int, ...]
    shown: str  # file the spec came from
    line: int


def load_specs(seeds_dir: Path) -> dict[str, EssaySpec]:
    """Read ``seeds/edition.yml`` (absent file = no editorial data)."""
    path = seeds_dir / EDITION_FILE
    shown = f"{seeds_dir.name}/{EDITION_FILE}"
    if not path.exists():
        return {}
    data = read_yaml(path, shown)
    if data is None:
        return {}
    if not isinstance(data, Located):
        raise EditionError(shown, "expected a mapping with the key 'essays'", 1)
    check_keys(data, ("essays",), shown, "the top level")
    essays = data.get("essays")
    if essays is None:  # "essays:" with nothing under it yet
        return {}
    if not isinstance(essays, list):
        raise EditionError(shown, "'essays' must be a list of essays", data.line_of("essays"))
    specs: dict[str, EssaySpec] = {}
    for entry, line in zip(essays, essays.item_lines):
        spec = _essay_spec(entry, shown, line)
        if spec.source in specs:
            raise EditionError(shown, f"essay '{spec.source}' is listed twice; keep one entry", line)
        specs[spec.source] = spec
    slugs: dict[str, str] = {}
    for spec in specs.values():
        if spec.slug and spec.slug in slugs:
            raise EditionError(
                shown,
                f"slug '{spec.slug}' is used by '{slugs[spec.slug]}' and '{spec.source}'; slugs must differ",
                spec.line,
            )
        slugs[spec.slug or ""] = spec.source
    return specs


def _essay_spec(entry: object, shown: str, line: int) -> EssaySpec:
    if not isinstance(entry, Located):
        raise EditionError(shown, "each essay must be a mapping with at least 'source'", line)
    check_keys(entry, ESSAY_KEYS, shown, "an essay")
    source = entry.get("source")
    if not isinstance(source, str) or not source.endswith(".txt"):
        raise EditionError(shown, "essay needs 'source': the seed file name, e.g. 002_….txt", entry.line)
    slug = entry.get("slug")
    if slug is not None and (not isinstance(slug, str) or not SLUG_RE.match(slug)):
        raise EditionError(shown, f"slug {slug!r} must be lower-case letters, digits and '-'", entry.line_of("slug"))
    return EssaySpec(
        source=source,
        slug=slug,
        facts={name: _fact(entry, name, shown) for name in FACTS},
        gist=_optional_str(entry, "gist", shown),
        short=_optional_str(entry, "short", shown),
        subtitle_line=_optional_int(entry, "subtitle_line", shown),
        encoding=_optional_str(entry, "encoding", shown) or "utf-8",
        headings=_line_list(entry, "headings", shown),
        paragraphs=_line_list(entry, "paragraphs", shown),
        shown=shown,
        line=entry.line,
    )


def _fact(entry: Located, name: str, shown: str) -> FactSpec:
    line = entry.line_of(name)
    raw = entry.get(name)
    if raw is None:
        return FactSpec(None, "unknown", (), None, None, line)
    if isinstance(raw, (str, int)):  # shorthand for a value the editors supply themselves ("date: 2024" too)
        raw = Located({"value": raw, "status": "supplied"})
        raw.line, raw.key_lines = line, {}
    if not isinstance(raw, Located):
        raise EditionError(shown, f"'{name}' must be a mapping with value, status and evidence", line)
    check_keys(raw, FACT_KEYS, shown, f"'{name}'")
    value, status = raw.get("value"), raw.get("status")
    if value is not None and not isinstance(value, (str, int)):
        raise EditionError(shown, f"'{name}.value' must be text", raw.line_of("value"))
    value = None if value is None else str(value)
    if value is None:
        status = "unknown"
    elif status not in STATUSES:
        raise EditionError(shown, f"'{name}.status' must be one of {', '.join(STATUSES)}", raw.line_of("status"))
    evidence = raw.get("evidence") or []
    if isinstance(evidence, int):
        evidence = [evidence]
    if not isinstance(evidence, list) or not all(_is_line(n) for n in evidence):
        raise EditionError(shown, f"'{name}.evidence' must be seed line numbers, e.g. [8]", raw.line_of("evidence"))
    if status in ("stated", "inferred") and not evidence:
        raise EditionError(
            shown, f"'{name}' is {status} but has no evidence; give the seed line(s) it rests on", raw.line
        )
    precision = raw.get("precision")
    if name == "date" and value is not None:
        if not DATE_RE.match(value) or not _real_date(value):
            raise EditionError(shown, f"date {value!r} must be YYYY, YYYY-MM or YYYY-MM-DD", raw.line_of("value"))
        if precision is None:
            precision = ("year", "month", "day")[value.count("-")]
        if precision not in PRECISIONS:
            raise EditionError(
                shown, f"'date.precision' must be one of {', '.join(PRECISIONS)}", raw.line_of("precision")
            )
    elif precision is not None:
        raise EditionError(shown, f"'precision' is only for dates, not '{name}'", raw.line_of("precision"))
    return FactSpec(value, status, tuple(evidence), precision, _optional_str(raw, "note", shown), raw.line)


def _optional_str(mapping: Located, key: str, shown: str) -> str | None:
    value = mapping.get(key)
    if value is not None and not isinstance(value, str):
        raise EditionError(shown, f"'{key}' must be text", mapping.line_of(key))
    return value


def _optional_int(mapping: Located, key: str, shown: str) -> int | None:
    value = mapping.get(key)
    if value is not None and (not isinstance(value, int) or value < 1):
        raise EditionError(shown, f"'{key}' must be a seed line number", mapping.line_of(key))
    return value


def _line_list(mapping: Located, key: str, shown: str) -> tuple[int, ...]:
    value = mapping.get(key) or []
    if not isinstance(value, list) or not all(_is_line(n) for n in value):
        raise EditionError(shown, f"'{key}' must be a list of seed line numbers", mapping.line_of(key))
    return tuple(value)


def _is_line(value: object) -> bool:
    """A 1-based line number (YAML's true/false are ints in Python, and are not line numbers)."""
    return isinstance(value, int) and not isinstance(value, bool) and value > 0


def _real_date(value: str) -> bool:
    parts = [int(p) for p in value.split("-")]
    try:
        datetime.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except ValueError:
        return False
    return True
