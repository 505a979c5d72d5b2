"""Emitters: the numbers the essays cite (normalised, with cross-essay disagreements flagged)
and the timeline of the dated events they mention (``figures.html``, ``timeline.html``)."""

from __future__ import annotations

from .. import urls
from ..amounts import amount_text, disagreements, time_order, usd_text, when
from ..page import Page
from ..records import Edition
from ..render import fragment
from ..stages.relate import Relations
from ..wording import page_meta


def render_figures(edition: Edition, relations: Relations) -> Page:
    here = urls.FIGURES
    debate = edition.debate
    flagged = disagreements(debate)
    figures = [
        {
            "id": f.id,
            "short": edition.essay(f.citation.essay).short,
            "label": f.label,
            "url": urls.href(here, relations.cited_url(f.citation)),
            "quote": f.citation.quote,
            "amount": amount_text(f),
            "qualifier": f.qualifier,
            "usd": usd_text(f, debate.krw_per_usd),
            "when": when(f),
            "flagged": [
                {"id": g.id, "short": edition.essay(g.citation.essay).short, "label": g.label}
                for g in flagged.get(f.id, [])
            ],
        }
        for f in debate.figures
    ]
    rate = None
    if debate.krw_per_usd and debate.rate_citation:
        rate = {
            "url": urls.href(here, relations.cited_url(debate.rate_citation)),
            "short": edition.essay(debate.rate_citation.essay).short,
            "krw": f"{debate.krw_per_usd:,.0f}",
        }
    meta = {"hide": ["toc"], **page_meta("figures")}
    return Page(here, meta, (fragment("figures.html", figures=figures, rate=rate),))


def render_timeline(edition: Edition, relations: Relations) -> Page:
    here = urls.TIMELINE
    events = [
        {
            "when": when(e),
            "label": e.label,
            "url": urls.href(here, relations.cited_url(e.citation)),
            "short": edition.essay(e.citation.essay).short,
            "quote": e.citation.quote,
        }
        for e in sorted(edition.debate.events, key=time_order)
    ]
    meta = page_meta("timeline")
    return Page(here, meta, (fragment("timeline.html", events=events),))
