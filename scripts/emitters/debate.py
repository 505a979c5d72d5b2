"""Emitters: the debate matrix (questions × essays) and one page per question, with the essays'
stances side by side, their passages in full, and the claims that answer each other
(``matrix.html``, ``question.html``). ``claim_view`` and ``stance_view`` serve the essay and
compare pages too.
"""

from __future__ import annotations

from .. import urls
from ..editorial import Claim, Question, Stance
from ..page import Page
from ..records import Edition, Passage
from ..render import fragment
from ..stages.relate import Relations
from ..wording import LINKS, page_meta
from .passages import passage_view

SYMBOLS = ("●", "◆", "▲", "■")  # stance families, so the matrix reads without colour


def groups_view(question: Question) -> list[dict]:
    return [
        {"index": i, "symbol": SYMBOLS[i % len(SYMBOLS)], "label": label}
        for i, label in enumerate(question.groups.values())
    ]


def stance_view(question: Question, stance: Stance, here: str, relations: Relations) -> dict:
    i = question.group_index(stance.group)
    first = stance.citations[0]
    return {
        "group_index": i,
        "mark": {"symbol": SYMBOLS[i % len(SYMBOLS)], "label": question.groups[stance.group]},
        "label": stance.label,
        "summary": stance.summary,
        "quote": first.quote,
        "url": urls.href(here, relations.cited_url(first)),
    }


def claim_links(edition: Edition, claim: Claim) -> list[tuple[str, Claim]]:
    """(label, other claim) for every link that touches ``claim``, whichever side wrote it."""
    by_id = {c.id: c for c in edition.debate.claims}
    out = []
    for link in edition.debate.links:
        if link.source == claim.id:
            out.append((LINKS[link.type], by_id[link.target]))
        elif link.target == claim.id:
            out.append((LINKS["extended_by" if link.type == "extends" else link.type], by_id[link.source]))
    return out


def claim_view(edition: Edition, claim: Claim, here: str, relations: Relations) -> dict:
    return {
        "text": claim.text,
        "url": urls.href(here, relations.cited_url(claim.citation)),
        "short": edition.essay(claim.citation.essay).short,
        "links": [
            {
                "label": label,
                "url": urls.href(here, relations.cited_url(other.citation)),
                "short": edition.essay(other.citation.essay).short,
                "text": other.text,
            }
            for label, other in claim_links(edition, claim)
        ],
    }


def render_matrix(edition: Edition, relations: Relations) -> Page:
    here = urls.DEBATE
    debated = edition.debated()
    essays = [{"url": urls.href(here, e.url), "title": e.title, "short": e.short} for e in debated]
    rows = []
    for q in edition.debate.questions:
        cells = []
        for essay in debated:
            stance = q.stances.get(essay.meta.slug)
            view = stance_view(q, stance, here, relations) if stance else None
            cells.append({"essay": essay.meta.slug, "short": essay.short, "stance": view})
        rows.append(
            {
                "id": q.id,
                "url": urls.href(here, urls.question(q.id)),
                "text": q.text,
                "groups": groups_view(q),
                "cells": cells,
            }
        )
    missing = [{"url": urls.href(here, e.url), "title": e.title} for e in edition.essays if e not in debated]
    meta = {"hide": ["toc"], **page_meta("debate", n=len(debated))}
    return Page(here, meta, (fragment("matrix.html", essays=essays, rows=rows, missing=missing),))


def render_question(edition: Edition, question: Question, relations: Relations) -> Page:
    here = urls.question(question.id)
    columns, cited = [], set()
    for essay in edition.debated():
        stance = question.stances.get(essay.meta.slug)
        column = {"essay": essay.meta.slug, "url": urls.href(here, essay.url), "title": essay.title, "stance": None}
        if stance:
            column["stance"] = stance_view(question, stance, here, relations)
            column["passages"] = []
            for citation in stance.citations:
                passage = Passage(citation.essay, citation.block)
                cited.add(passage)
                span = relations.quote_span(passage, citation)
                column["passages"].append(
                    passage_view(relations.blocks[passage], [span] if span else [], here, relations.cited_url(citation))
                )
        columns.append(column)
    claims = [
        claim_view(edition, c, here, relations)
        for c in edition.debate.claims
        if Passage(c.citation.essay, c.citation.block) in cited
    ]
    others = [
        {"url": urls.href(here, urls.question(q.id)), "text": q.text}
        for q in edition.debate.questions
        if q is not question
    ]
    meta = {"hide": ["toc"], **page_meta("question", text=question.text)}
    html = fragment(
        "question.html",
        groups=groups_view(question),
        columns=columns,
        claims=claims,
        others=others,
        matrix_url=urls.href(here, urls.DEBATE),
    )
    return Page(here, meta, (html,))
