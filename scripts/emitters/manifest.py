"""The edition's manifest, ``site/edition.json``: essays, their blocks (with the passages of other
essays each relates to, as "다른 글에서는" lists them) and apparatus, for other tools."""

from __future__ import annotations

import json
from dataclasses import asdict

from .. import urls
from ..amounts import disagreements, usd_range
from ..editorial import Figure, Question
from ..records import Edition, Essay, Fact, Passage
from ..stages.crossread import CrossLink


def manifest(edition: Edition) -> str:
    themes = _block_themes(edition)
    cross = edition.relations.cross if edition.relations else {}
    data = {"essays": [_essay(e, themes, cross) for e in edition.essays], "themes": _themes(edition)}
    if edition.debate:
        slugs = [e.meta.slug for e in edition.debated()]
        data["questions"] = [_question(q, slugs) for q in edition.debate.questions]
        data["figures"] = [_figure(f, edition) for f in edition.debate.figures]
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


def _themes(edition: Edition) -> list[dict]:
    index = edition.annotations.index
    return [
        {
            "id": t.id,
            "label": t.label,
            "aliases": list(t.aliases),
            "url": urls.theme(t.id),
            "passages": [{"essay": p.essay, "block": p.block} for p in index.get(("theme", t.id), ())],
        }
        for t in edition.annotations.data.themes
    ]


def _block_themes(edition: Edition) -> dict[Passage, list[str]]:
    out: dict[Passage, list[str]] = {}
    for (kind, target), passages in edition.annotations.index.items():
        if kind == "theme":
            for passage in passages:
                out.setdefault(passage, []).append(target)
    return out


def _question(question: Question, slugs: list[str]) -> dict:
    """Every debated essay has an entry: a stance, or ``"silent": true`` (the essay does not answer)."""
    stances = []
    for slug in slugs:
        s = question.stances.get(slug)
        if s is None:
            stances.append({"essay": slug, "silent": True})
            continue
        stances.append(
            {
                "essay": s.essay,
                "group": s.group,
                "label": s.label,
                "summary": s.summary,
                "citations": [{"block": c.block, "quote": c.quote} for c in s.citations],
            }
        )
    return {"id": question.id, "text": question.text, "url": urls.question(question.id), "stances": stances}


def _figure(figure: Figure, edition: Edition) -> dict:
    usd = usd_range(figure, edition.debate.krw_per_usd)
    return {
        "id": figure.id,
        "essay": figure.citation.essay,
        "block": figure.citation.block,
        "quote": figure.citation.quote,
        "label": figure.label,
        "subject": figure.subject,
        "amount": figure.amount,
        "amount_max": figure.amount_max,
        "wording": figure.wording,
        "unit": figure.unit,
        "usd": list(usd) if usd else None,
        "date": figure.date,
        "date_end": figure.date_end,
        "date_note": figure.date_note,
        "date_precision": figure.date_precision,
        "disagrees_with": [g.id for g in disagreements(edition.debate).get(figure.id, [])],
    }


def _related(links: tuple[CrossLink, ...]) -> list[dict]:
    return [{"essay": link.passage.essay, "block": link.passage.block, "relation": link.relation} for link in links]


def _essay(essay: Essay, themes: dict[Passage, list[str]], cross: dict[Passage, tuple[CrossLink, ...]]) -> dict:
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
        "blocks": [
            {
                "id": b.id,
                "kind": b.kind,
                "text": b.text,
                "lines": list(b.lines),
                "themes": themes.get(Passage(essay.meta.slug, b.id), []),
                "related": _related(cross.get(Passage(essay.meta.slug, b.id), ())),
            }
            for b in essay.shown_blocks()
        ],
        "apparatus": [
            {"rule": a.rule, "lines": list(a.lines), "text": a.text, "reason": a.reason} for a in essay.apparatus
        ],
    }


def _fact(fact: Fact) -> dict:
    out = {"value": fact.value, "status": fact.status}
    if fact.role:
        out["role"] = fact.role
    if fact.precision:
        out["precision"] = fact.precision
    if fact.evidence:
        out["evidence"] = asdict(fact.evidence)
    return out
