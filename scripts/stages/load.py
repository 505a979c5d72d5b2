"""Stage 1, load: the seeds folder (bytes read once) + editors' specs → ``Source`` records.

Decodes each seed's bytes — UTF-8 with or without BOM; UTF-16 and UTF-32 recognised by their
BOM; another encoding only when ``edition.yml`` declares it — normalises line ends, and
resolves each metadata fact's evidence lines to their text. Errors give file:line:column.
"""

from __future__ import annotations

import codecs
import hashlib
import re

from ..editorial import FACTS, EssaySpec, FactSpec
from ..readers.edition import load_specs
from ..readers.seeds import SeedFile, SeedsFolder
from ..readers.yamlfile import position
from ..records import EditionError, EssayMeta, Evidence, Fact, Source

# Facts whose stated value must be found, word for word, in the evidence line.
QUOTED_FACTS = ("title", "author", "url")
# Byte-order marks, longest first (UTF-32 LE starts with UTF-16 LE's mark).
BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le", "UTF-32 LE"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "UTF-32 BE"),
    (codecs.BOM_UTF8, "utf-8", "UTF-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16 LE"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16 BE"),
)
UNMARKED = ("utf-8-sig", "utf-16", "utf-32")  # declarations that a BOM completes


def load_sources(seeds: SeedsFolder) -> tuple[list[Source], list[str]]:
    """Every seed in file-name order; returns sources and warnings."""
    specs = load_specs(seeds)
    names = {seed.name for seed in seeds.texts}
    for spec in specs.values():
        if spec.source not in names:
            raise EditionError(
                spec.file,
                f"essay '{spec.source}' is listed but {seeds.name}/{spec.source} does not exist; "
                "add the file or remove the entry",
                spec.line,
            )
    sources, warnings, slugs = [], [], {s.slug for s in specs.values() if s.slug}
    for seed in seeds.texts:
        spec = specs.get(seed.name)
        if spec is None:
            warnings.append(
                f"{seed.shown}: no entry in {seeds.name}/edition.yml; title, author, date and URL taken from what the page states (else the first line, unknown)"
            )
        # Every slug taken counts, default ones too: a_b.txt and a-b.txt must not share a page.
        slug = spec.slug if spec and spec.slug else _default_slug(seed.name.removesuffix(".txt"), slugs)
        slugs.add(slug)
        sources.append(read_source(seed, spec, slug))
    return sources, [*seeds.warnings, *warnings]


def read_source(seed: SeedFile, spec: EssaySpec | None, slug: str) -> Source:
    text, notes = decode(seed.raw, seed.shown, spec.encoding if spec else None)
    lines = tuple(text.split("\n"))
    if lines and lines[-1] == "":
        lines = lines[:-1]
    if not any(line.strip() for line in lines):
        raise EditionError(seed.shown, "the seed is empty (no text to publish); add its text or remove the file")
    meta = _meta(seed.name, slug, spec, lines)
    return Source(seed.shown, seed.name, lines, meta, hashlib.sha256(seed.raw).hexdigest(), notes, seed.raw)


def decode(raw: bytes, shown: str, declared: str | None) -> tuple[str, tuple[str, ...]]:
    """Bytes → text with ``\\n`` line ends; notes say what was normalised. A BOM decides the
    encoding; otherwise the declared one, else UTF-8."""
    encoding, skipped, notes = _encoding(raw, shown, declared)
    wide = encoding.startswith(("utf-16", "utf-32"))
    nul = -1 if wide else raw.find(b"\x00")
    if nul >= 0:  # a binary file (or UTF-16 without its BOM)
        raise EditionError(
            shown,
            f"contains a NUL byte (file offset {nul}); this is not a text file (a UTF-16 text needs its BOM)",
            *_position(raw, skipped, nul, encoding),
        )
    try:
        text = raw[skipped:].decode(encoding)
    except UnicodeDecodeError as exc:
        at = skipped + exc.start
        hint = (
            "declare its encoding in edition.yml (e.g. encoding: cp949)"
            if encoding == "utf-8"
            else "check the declared encoding"
        )
        raise EditionError(
            shown,
            f"not valid {encoding} (byte 0x{raw[at]:02X}, file offset {at}); {hint}",
            *_position(raw, skipped, at, encoding),
        ) from None
    if "\x00" in text:
        raise EditionError(
            shown, "contains a NUL character; this is not a text file", *position(text, text.index("\x00"))
        )
    if "\r" in text:
        notes.append("CRLF/CR line ends normalised")
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text, tuple(notes)


def _encoding(raw: bytes, shown: str, declared: str | None) -> tuple[str, int, list[str]]:
    """The encoding, the length of the BOM to skip, and what the notes say about it."""
    for bom, name, label in BOMS:
        if raw.startswith(bom):
            if declared and codecs.lookup(declared).name not in (codecs.lookup(name).name, *UNMARKED):
                raise EditionError(
                    shown, f"starts with a {label} byte-order mark but edition.yml declares '{declared}'; remove it"
                )
            return name, len(bom), [f"{label} BOM removed" if name == "utf-8" else f"decoded from {label} (BOM)"]
    if declared and codecs.lookup(declared).name in UNMARKED[1:]:
        raise EditionError(shown, f"declares '{declared}' but has no byte-order mark; declare utf-16-le or utf-16-be")
    encoding = declared or "utf-8"
    return encoding, 0, [] if codecs.lookup(encoding).name == "utf-8" else [f"decoded from {encoding}"]


def _position(raw: bytes, skipped: int, at: int, encoding: str) -> tuple[int, int]:
    """Line and column of the byte at ``at``, counted in the characters before it."""
    before = raw[skipped:at].decode(encoding, errors="replace")
    return position(before + "?", len(before))


def _default_slug(stem: str, taken: set[str]) -> str:
    base = re.sub(r"[^a-z0-9]+", "-", stem.lower()).strip("-")[:60].strip("-")
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
    facts = {key: _resolve(key, getattr(spec, key), spec, lines) for key in FACTS}
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


def _resolve(key: str, fact: FactSpec | None, spec: EssaySpec, lines: tuple[str, ...]) -> Fact:
    if fact is None:
        return Fact(None)
    evidence = None
    if fact.evidence:
        for number in fact.evidence:
            _check_line(number, lines, spec, fact.line, f"{key}.evidence")
        quote = "\n".join(lines[n - 1].strip() for n in fact.evidence)
        evidence = Evidence(fact.evidence, quote, fact.note)
        if key in QUOTED_FACTS and fact.status == "stated" and _norm(fact.value) not in _norm(quote):
            raise EditionError(
                spec.file,
                f"{key} {fact.value!r} is 'stated' but line(s) {_fmt(fact.evidence)} of {spec.source} "
                "do not contain it; quote the text exactly or mark it 'inferred'",
                fact.line,
            )
    elif fact.note:
        evidence = Evidence((), "", fact.note)
    if fact.value is None:
        return Fact(None, "unknown", evidence)
    return Fact(fact.value, fact.status, evidence, fact.precision, fact.role)


def _check_line(number: int, lines: tuple[str, ...], spec: EssaySpec, line: int, key: str) -> None:
    if not 1 <= number <= len(lines) or not lines[number - 1].strip():
        raise EditionError(
            spec.file,
            f"{key}: line {number} of {spec.source} is {'blank' if number <= len(lines) else 'past the end'}"
            f" (the seed has {len(lines)} lines); name a line with text",
            line,
        )


def _norm(text: str) -> str:
    return " ".join(text.split()).casefold()


def _fmt(numbers: tuple[int, ...]) -> str:
    return ", ".join(map(str, numbers))
