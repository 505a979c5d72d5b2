"""Stage 1, load: seed files + editors' specs → ``Source`` records.

Decodes bytes (UTF-8 with or without BOM; another encoding only when the YAML declares it),
normalises line ends, and resolves each metadata fact's evidence lines to their text.
"""

from __future__ import annotations

import codecs
import hashlib
import re
from pathlib import Path

from ..readers.edition import EssaySpec, FactSpec, load_specs
from ..records import EditionError, EssayMeta, Evidence, Fact, Source

# A seed is one essay: anything larger is almost surely a mistake (a dump, a whole blog export).
MAX_SEED_BYTES = 2_000_000
# Facts whose stated value must be found, word for word, in the evidence line.
QUOTED_FACTS = ("title", "author", "url")


def load_sources(seeds_dir: Path) -> tuple[list[Source], list[str]]:
    """Read every ``*.txt`` in ``seeds_dir`` in file-name order; return sources and warnings."""
    specs = load_specs(seeds_dir)
    files = sorted(p for p in seeds_dir.glob("*.txt") if p.is_file())
    names = {p.name for p in files}
    for spec in specs.values():
        if spec.source not in names:
            raise EditionError(
                spec.shown,
                f"essay '{spec.source}' is listed but {seeds_dir.name}/{spec.source} does not exist; "
                "add the file or remove the entry",
                spec.line,
            )
    sources, warnings, slugs = [], [], {s.slug for s in specs.values() if s.slug}
    for path in files:
        spec = specs.get(path.name)
        shown = f"{seeds_dir.name}/{path.name}"
        if spec is None:
            warnings.append(
                f"{shown}: no entry in {seeds_dir.name}/edition.yml; title taken from the first line, metadata unknown"
            )
        # Every slug taken counts, default ones too: a_b.txt and a-b.txt must not share a page.
        slug = spec.slug if spec and spec.slug else _default_slug(path.stem, slugs)
        slugs.add(slug)
        sources.append(read_source(path, shown, spec, slug))
    return sources, warnings


def read_source(path: Path, shown: str, spec: EssaySpec | None, slug: str) -> Source:
    raw = path.read_bytes()
    if len(raw) > MAX_SEED_BYTES:
        raise EditionError(
            shown, f"the seed is {len(raw):,} bytes; one essay is at most {MAX_SEED_BYTES:,} bytes (split the file)"
        )
    text, notes = decode(raw, shown, spec.encoding if spec else "utf-8")
    lines = tuple(text.split("\n"))
    if lines and lines[-1] == "":
        lines = lines[:-1]
    if not any(line.strip() for line in lines):
        raise EditionError(shown, "the seed is empty (no text to publish); add its text or remove the file")
    meta = _meta(path.name, slug, spec, lines)
    return Source(shown, path.name, lines, meta, hashlib.sha256(raw).hexdigest(), notes)


def decode(raw: bytes, shown: str, encoding: str) -> tuple[str, tuple[str, ...]]:
    """Bytes → text with ``\\n`` line ends; notes say what was normalised."""
    notes, skipped = [], 0
    nul = raw.find(b"\x00")
    if nul >= 0:
        raise EditionError(shown, f"contains a NUL byte at offset {nul}; this is not a text file")
    try:
        codecs.lookup(encoding)
    except LookupError:
        raise EditionError(shown, f"unknown encoding '{encoding}' declared in edition.yml") from None
    if encoding.lower().replace("-", "").replace("_", "") in ("utf8", "utf8sig"):
        if raw.startswith(codecs.BOM_UTF8):
            skipped = len(codecs.BOM_UTF8)  # offsets in messages are the file's, BOM included
            raw = raw[skipped:]
            notes.append("UTF-8 BOM removed")
        encoding = "utf-8"
    try:
        text = raw.decode(encoding)
    except UnicodeDecodeError as exc:
        hint = (
            "declare its encoding in edition.yml (e.g. encoding: cp949)"
            if encoding == "utf-8"
            else "check the declared encoding"
        )
        raise EditionError(shown, f"not valid {encoding} at byte offset {skipped + exc.start}; {hint}") from None
    if encoding != "utf-8":
        notes.append(f"decoded from {encoding}")
    if "\r" in text:
        notes.append("CRLF/CR line ends normalised")
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text, tuple(notes)


def _default_slug(stem: str, taken: set[str]) -> str:
    base = re.sub(r"[^a-z0-9]+", "-", stem.lower()).strip("-")
    if not base:
        base = "essay-" + hashlib.sha1(stem.encode()).hexdigest()[:8]
    slug, n = base, 2
    while slug in taken:
        slug, n = f"{base}-{n}", n + 1
    return slug


def _meta(name: str, slug: str, spec: EssaySpec | None, lines: tuple[str, ...]) -> EssayMeta:
    if spec is None:
        unknown = Fact(None)
        return EssayMeta(name, slug, unknown, unknown, unknown, unknown, unknown, unknown, from_yaml=False)
    facts = {key: _resolve(key, fact, spec, lines) for key, fact in spec.facts.items()}
    for key, numbers in (
        ("subtitle_line", [spec.subtitle_line] if spec.subtitle_line else []),
        ("headings", spec.headings),
        ("paragraphs", spec.paragraphs),
    ):
        for number in numbers:
            _check_line(number, lines, spec, spec.line, key)
    return EssayMeta(
        name,
        slug,
        gist=spec.gist,
        short=spec.short,
        subtitle_line=spec.subtitle_line,
        encoding=spec.encoding,
        headings=spec.headings,
        paragraphs=spec.paragraphs,
        **facts,
    )


def _resolve(key: str, fact: FactSpec, spec: EssaySpec, lines: tuple[str, ...]) -> Fact:
    evidence = None
    if fact.evidence:
        for number in fact.evidence:
            _check_line(number, lines, spec, fact.line, f"{key}.evidence")
        quote = "\n".join(lines[n - 1].strip() for n in fact.evidence)
        evidence = Evidence(fact.evidence, quote, fact.note)
        if key in QUOTED_FACTS and fact.status == "stated" and _norm(fact.value) not in _norm(quote):
            raise EditionError(
                spec.shown,
                f"{key} {fact.value!r} is 'stated' but line(s) {_fmt(fact.evidence)} of {spec.source} "
                "do not contain it; quote the text exactly or mark it 'inferred'",
                fact.line,
            )
    elif fact.note:
        evidence = Evidence((), "", fact.note)
    if fact.value is None:
        return Fact(None, "unknown", evidence)
    return Fact(fact.value, fact.status, evidence, fact.precision)


def _check_line(number: int, lines: tuple[str, ...], spec: EssaySpec, line: int, key: str) -> None:
    if not 1 <= number <= len(lines) or not lines[number - 1].strip():
        raise EditionError(
            spec.shown,
            f"{key}: line {number} of {spec.source} is {'blank' if number <= len(lines) else 'past the end'}"
            f" (the seed has {len(lines)} lines); name a line with text",
            line,
        )


def _norm(text: str) -> str:
    return " ".join(text.split()).casefold()


def _fmt(numbers: tuple[int, ...]) -> str:
    return ", ".join(map(str, numbers))
