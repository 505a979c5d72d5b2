"""Emitter: one essay's page. ``Essay`` + annotations + relations → ``Page``.

Headings stay Markdown (escaped) so the table of contents and anchors see them; everything else
is fragments rendered from ``essay-head.html``, ``essay-section.html`` and ``essay-end.html``.
The view of each block is its text with its inline marks (first theme mention linked, first
glossary term explained, cited quotes anchored, noted words with their 주N), its editors' notes
and the key claims it makes.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from markupsafe import Markup

from .. import inline, urls
from ..editorial import Claim
from ..escape import md_text
from ..page import Page
from ..records import Edition, Essay, Passage, Section
from ..render import fragment
from ..stages.relate import Relations
from ..wording import FACT_LABELS, FACTS, STATUS, fact_text, reading_minutes
from .crossread import apparatus_marks, apparatus_view, passage_links, source_link, ways_in
from .debate import claim_view


@dataclass(frozen=True)
class BlockView:
    id: str
    kind: str
    lines: tuple[int, ...]
    html: Markup
    notes: list[dict] = field(default_factory=list)
    claims: list[dict] = field(default_factory=list)
    cross: list[dict] = field(default_factory=list)  # "다른 글에서는": passages of other essays
    source: str | None = None  # the block's first line in the source view


def render_essay(essay: Essay, edition: Edition, relations: Relations) -> Page:
    here = urls.essay(essay.meta.slug)
    views = block_views(essay, edition, relations)
    themes = {t.id: t for t in edition.annotations.data.themes}
    own = relations.themes[essay.meta.slug]
    theme_links = [{"label": themes[t].label, "url": urls.href(here, urls.theme(t))} for t in own]
    body: list[str] = [
        f"# {md_text(essay.title)} {{#{essay.title_block.id if essay.title_block else 'essay-title'}}}",
        fragment("essay-head.html", **_head(essay, here), themes=theme_links, hashtags=list(essay.tags)),
    ]
    for section in essay.sections:
        if section.heading:
            body.append(_heading(section))
        if section.blocks:
            body.append(fragment("essay-section.html", groups=_groups(section, views)))
    related = [
        {
            "url": urls.href(here, urls.essay(r.essay)),
            "title": edition.essay(r.essay).title,
            "shared": len(r.themes),
            "passages": r.passages,
            "themes": [themes[t].label for t in r.themes],
        }
        for r in relations.related[essay.meta.slug]
    ]
    body.append(
        fragment(
            "essay-end.html",
            related=related,
            apparatus=apparatus_view(essay, relations, here),
            **ways_in(essay, edition, relations, here),
        )
    )
    meta = {"title": essay.title, "description": essay.meta.gist or essay.title}
    return Page(here, meta, tuple(body))


def _heading(section: Section) -> str:
    head = section.heading
    cls = (
        " .edition-comment-heading"
        if head.level == 3
        else (" .edition-comments-heading" if section.is_comments else "")
    )
    return f"{'#' * head.level} {md_text(head.text)} {{#{head.id}{cls}}}"


def _head(essay: Essay, here: str) -> dict:
    meta = essay.meta
    names = (["title"] if meta.title.status != "stated" else []) + [name for name, _ in FACTS]
    facts = []
    for name in names:
        fact = getattr(meta, name)
        link = fact.value if name == "url" and fact.known and fact.value.startswith(("https://", "http://")) else None
        evidence = None
        if fact.evidence:
            where = f"{', '.join(map(str, fact.evidence.lines))}행" if fact.evidence.lines else ""
            quote = f"“{fact.evidence.quote}”" if fact.evidence.quote else ""
            evidence = " ".join(p for p in (where, quote, fact.evidence.note or "") if p)
        facts.append(
            {
                "label": FACT_LABELS[name],
                "value": fact_text(name, fact),
                "link": link,
                "status": fact.status,
                "status_label": STATUS[fact.status] if fact.known else None,
                "evidence": evidence,
            }
        )
    known = [fact_text(name, getattr(meta, name)) for name in ("author", "date") if getattr(meta, name).known]
    return {
        "subtitle": essay.subtitle,
        "facts": facts,
        "summary": " · ".join(["글 정보", *known, f"약 {reading_minutes(essay)}분"]),
        "source_view": urls.href(here, urls.source_page(meta.slug)),
        "source_url": urls.href(here, urls.source(meta.source)),
        "source_name": meta.source,
        "minutes": reading_minutes(essay),
    }


def _groups(section: Section, views: dict[str, BlockView]) -> list[dict]:
    """The section's blocks with runs of items (or comments) gathered into one list each."""
    groups: list[dict] = []
    for block in section.blocks:
        view = views[block.id]
        if block.kind in ("item", "comment"):
            css = "edition-comment-list" if block.kind == "comment" else "edition-list"
            if groups and groups[-1].get("list") == css:
                groups[-1]["blocks"].append(view)
                continue
            groups.append({"list": css, "blocks": [view]})
        else:
            groups.append({"list": None, "block": view})
    return groups


def block_views(essay: Essay, edition: Edition, relations: Relations) -> dict[str, BlockView]:
    """Every shown block's view: marked text, notes (numbered in reading order) and claims."""
    annotations = edition.annotations
    themes = {t.id: t for t in annotations.data.themes}
    terms = {t.id: t for t in annotations.data.terms}
    here = urls.essay(essay.meta.slug)
    claims: dict[str, list[Claim]] = {}
    for claim in edition.debate.claims if edition.debate else ():
        if claim.citation.essay == essay.meta.slug:
            claims.setdefault(claim.citation.block, []).append(claim)
    views, number = {}, 0
    cross = passage_links(essay, edition, relations, here)
    for block in essay.shown_blocks():
        passage = Passage(essay.meta.slug, block.id)
        marks = [inline.hashtag(s.start, s.end) for s in block.spans if s.kind == "hashtag"]
        marks += _mention_marks(annotations.mentions.get(passage, ()), themes, terms, here)
        for span in relations.spans.get(passage, ()):
            marks.append(inline.cited(span.start, span.end, span.anchor))
            marks += _cited_ref(span, relations, here)
        marks += apparatus_marks(essay, block, relations)
        notes = []
        for note in annotations.notes.get(passage, ()):
            number += 1
            start, end = relations.quote_span(passage, note.citation) or (0, 0)
            marks += inline.noted(start, end, f"note-{number}", number)
            notes.append({"id": f"note-{number}", "number": number, "text": note.text, "source": note.source})
        views[block.id] = BlockView(
            block.id,
            block.kind,
            block.lines,
            Markup(inline.render_inline(block.text, marks)),
            notes,
            [claim_view(edition, claim, here, relations) for claim in claims.get(block.id, ())],
            cross[block.id],
            source_link(essay, block, here),
        )
    return views


CITER_LABELS = {"question": "물음", "figure": "수치", "event": "연표"}  # claims show beside the block itself


def _cited_ref(span, relations: Relations, here: str) -> list[inline.Mark]:
    """The link after a cited quote to the first page that cites it."""
    for citer in relations.citers.get(span, ()):
        if citer.kind in CITER_LABELS:
            title = f"‘{citer.label}’에서 인용한 구절"
            return [inline.cited_ref(span.end, urls.href(here, citer.route), CITER_LABELS[citer.kind], title)]
    return []


def _mention_marks(mentions, themes, terms, here: str) -> list[inline.Mark]:
    """The first mention of each theme (linked) and glossary term (explained) in a block."""
    marks, seen = [], set()
    for m in mentions:
        if m.tagged or m.kind == "entity" or (m.kind, m.target) in seen:
            seen.add((m.kind, m.target))
            continue
        seen.add((m.kind, m.target))
        if m.kind == "theme":
            t = themes[m.target]
            marks.append(inline.theme_link(m.start, m.end, urls.href(here, urls.theme(t.id)), t.label, t.description))
        else:
            marks.append(inline.term(m.start, m.end, terms[m.target].definition))
    return marks
