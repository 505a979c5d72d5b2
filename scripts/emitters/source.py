"""Emitter: each seed as received, one numbered line per line (``source.html``) — the lines the
apparatus cites, the ones cleaning removed struck through and named by their rule — beside the
raw file, which stays downloadable byte for byte. Served as HTML, so no host's charset can
garble it."""

from __future__ import annotations

from .. import urls
from ..page import Page
from ..records import Essay
from ..render import fragment
from ..stages.clean import RULES
from ..stages.relate import Relations

RULE_LABELS = {rule.name: rule.label for rule in RULES}


def render_source(essay: Essay, relations: Relations) -> Page:
    """``relations`` places each apparatus entry's mark in the text: a struck line links to it,
    and the first line of each block to the block, so the reading view is one click away."""
    here = urls.source_page(essay.meta.slug)
    starts = {block.lines[0]: block.id for block in essay.shown_blocks() if block.lines}
    marks: dict[int, str] = {}
    for entry, place in zip(essay.apparatus, relations.apparatus[essay.meta.slug]):
        for n in entry.lines if place else ():
            marks.setdefault(n, place.marker)
    changed: dict[int, list[str]] = {}
    removed: set[int] = set()
    kept = {n for block in essay.shown_blocks() for n in block.lines}
    for entry in essay.apparatus:
        for n in entry.lines:
            changed.setdefault(n, []).append(RULE_LABELS.get(entry.rule, entry.rule))
            if n not in kept:
                removed.add(n)
    lines = [
        {
            "number": n,
            "text": text,
            "removed": n in removed and bool(text.strip()),
            "rules": changed.get(n, []),
            "block": urls.href(here, f"{essay.url}#{starts[n]}") if n in starts else None,
            "mark": urls.href(here, f"{essay.url}#{marks[n]}") if n in marks else None,
        }
        for n, text in enumerate(essay.source.lines, 1)
    ]
    view = {
        "lines": lines,
        "essay_url": urls.href(here, essay.url),
        "raw_url": urls.href(here, urls.source(essay.meta.source)),
        "file": essay.meta.source,
        "removed": len([line for line in lines if line["removed"]]),
    }
    meta = {"title": f"원문 — {essay.title}", "description": f"{essay.meta.source}: 받은 그대로의 원문, 행 번호와 함께"}
    return Page(here, meta, (fragment("source.html", **view),))
