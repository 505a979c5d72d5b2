"""The edition's manifest, ``site/edition.json``: essays, their blocks and apparatus, for other tools."""

from __future__ import annotations

import json
from dataclasses import asdict

from .records import Edition, Essay, Fact


def manifest(edition: Edition) -> str:
    return json.dumps({"essays": [_essay(e) for e in edition.essays]}, ensure_ascii=False, indent=1) + "\n"


def _essay(essay: Essay) -> dict:
    meta = essay.meta
    return {
        "id": meta.slug,
        "source": meta.source,
        "url": essay.url,
        "title": essay.title,
        "meta": {
            **{name: _fact(getattr(meta, name)) for name in ("title", "author", "platform", "kind", "url", "date")},
            "gist": meta.gist,
            "sha256": essay.source.sha256,
            "tags": list(essay.tags),
        },
        "blocks": [{"id": b.id, "kind": b.kind, "text": b.text, "lines": list(b.lines)} for b in _shown_blocks(essay)],
        "apparatus": [
            {"rule": a.rule, "lines": list(a.lines), "text": a.text, "reason": a.reason} for a in essay.apparatus
        ],
    }


def _shown_blocks(essay: Essay) -> list:
    lead = [b for b in (essay.title_block, essay.subtitle) if b]
    return lead + essay.blocks()


def _fact(fact: Fact) -> dict:
    out = {"value": fact.value, "status": fact.status}
    if fact.precision:
        out["precision"] = fact.precision
    if fact.evidence:
        out["evidence"] = asdict(fact.evidence)
    return out
