"""Emitters: compare any two essays — one static page per pair of debated essays, aligned row by
row (each question's stances, each shared theme's passages, the themes only one speaks to),
and an index page that picks the pair (``compare-index.html``, ``compare-pair.html``)."""

from __future__ import annotations

from itertools import combinations

from .. import urls
from ..korean import josa
from ..page import Page
from ..records import Edition, Essay, Passage
from ..render import fragment
from ..stages.relate import Relations
from ..wording import page_meta
from .debate import stance_view
from .parallel import parallel_view
from .passages import passage_view

PASSAGES_SHOWN = 2


def render_compare_pages(edition: Edition, relations: Relations) -> list[Page]:
    """The picker, and a page for each ordered pair of debated essays (n(n-1) pages): the reader's
    A stays on the left (or first, on a phone) whichever of the two comes first in the edition."""
    pairs = list(combinations(edition.debated(), 2))
    ordered = [pair for a, b in pairs for pair in ((a, b), (b, a))]
    return [_index(edition, pairs)] + [_pair(edition, a, b, relations) for a, b in ordered]


def _index(edition: Edition, pairs) -> Page:
    here = urls.COMPARE
    essays = [{"slug": e.meta.slug, "short": e.short, "title": e.title} for e in edition.debated()]
    links = [
        {"url": urls.href(here, urls.pair(a.meta.slug, b.meta.slug)), "a": a.short, "b": b.short} for a, b in pairs
    ]
    meta = page_meta("compare")
    return Page(here, meta, (fragment("compare-index.html", essays=essays, pairs=links),))


def _themes_of(edition: Edition, essay: Essay) -> dict[str, list[Passage]]:
    """Theme id → the essay's passages on it, in reading order."""
    order = {b.id: i for i, b in enumerate(essay.blocks())}
    out = {}
    for (kind, theme), passages in edition.annotations.index.items():
        mine = [p for p in passages if kind == "theme" and p.essay == essay.meta.slug]
        if mine:
            out[theme] = sorted(mine, key=lambda p: order.get(p.block, -1))
    return out


def _cell(edition: Edition, relations: Relations, here: str, essay: Essay, theme: str, passages: list[Passage]) -> dict:
    views = []
    for passage in passages[:PASSAGES_SHOWN]:
        mentions = [m for m in edition.annotations.mentions[passage] if m.kind == "theme" and m.target == theme]
        views.append(
            passage_view(
                relations.blocks[passage], [(m.start, m.end) for m in mentions], here, f"{essay.url}#{passage.block}"
            )
        )
    more = len(passages) - PASSAGES_SHOWN
    return {
        "count": len(passages),
        "passages": views,
        "more": max(0, more),
        "more_url": urls.href(here, f"{urls.theme(theme)}#essay-{essay.meta.slug}"),
    }


def _pair(edition: Edition, a: Essay, b: Essay, relations: Relations) -> Page:
    here = urls.pair(a.meta.slug, b.meta.slug)
    themes = {t.id: t for t in edition.annotations.data.themes}
    ta, tb = _themes_of(edition, a), _themes_of(edition, b)
    questions = []
    for q in edition.debate.questions:
        sa, sb = q.stances.get(a.meta.slug), q.stances.get(b.meta.slug)
        if sa or sb:
            questions.append(
                {
                    "id": q.id,
                    "url": urls.href(here, urls.question(q.id)),
                    "text": q.text,
                    "a": stance_view(q, sa, here, relations) if sa else None,
                    "b": stance_view(q, sb, here, relations) if sb else None,
                }
            )
    shared = [
        {
            "id": t,
            "url": urls.href(here, urls.theme(t)),
            "label": themes[t].label,
            "a": _cell(edition, relations, here, a, t, ta[t]),
            "b": _cell(edition, relations, here, b, t, tb[t]),
        }
        for t in themes
        if t in ta and t in tb
    ]

    def only(mine: dict, other: dict) -> list[dict]:
        return [
            {"url": urls.href(here, urls.theme(t)), "label": themes[t].label, "count": len(mine[t])}
            for t in themes
            if t in mine and t not in other
        ]

    view = {
        "a": {"slug": a.meta.slug, "url": urls.href(here, a.url), "title": a.title, "short": a.short},
        "b": {"slug": b.meta.slug, "url": urls.href(here, b.url), "title": b.title, "short": b.short},
        "swap_url": urls.href(here, urls.pair(b.meta.slug, a.meta.slug)),
        "questions": questions,
        "shared": shared,
        "only_a": only(ta, tb),
        "only_b": only(tb, ta),
        "parallel": parallel_view(a, b, relations.subjects, here),
    }
    meta = {
        "hide": ["toc"],
        **page_meta("pair", a=a.short, b=b.short, a_title=josa(a.title, "와/과"), b_title=josa(b.title, "을/를")),
    }
    return Page(here, meta, (fragment("compare-pair.html", **view),))
