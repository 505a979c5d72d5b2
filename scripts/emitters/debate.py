"""Stage 5, render: the debate matrix (questions × essays) and one page per question, with the
essays' stances side by side, their passages in full, and the claims that answer each other."""

from __future__ import annotations

from ..citations import Anchors
from ..cite import quote_span
from ..editorial import Claim, Debate, Question, Stance
from ..emitters.themes import href, marked_span
from ..escape import front_matter, html_text
from ..records import Edition, Essay, Page, Passage

SYMBOLS = ("●", "◆", "▲", "■")  # stance families, so the matrix reads without colour
LINK_LABEL = {"agrees": "같은 주장", "disputes": "반대 주장", "extends": "발전시킨 주장"}
SILENT = "이 글은 다루지 않음"


def question_url(question: Question) -> str:
    return f"debate/{question.id}/"


def _mark(question: Question, stance: Stance) -> str:
    i = question.group_index(stance.group)
    label = question.groups[stance.group]
    return (
        f'<span class="edition-stance__group"><span class="edition-stance__symbol" aria-hidden="true">'
        f"{SYMBOLS[i % len(SYMBOLS)]}</span> {html_text(label)}</span>"
    )


def _legend(question: Question) -> str:
    items = "".join(
        f'<li class="edition-stance--{i}"><span class="edition-stance__symbol" aria-hidden="true">'
        f"{SYMBOLS[i % len(SYMBOLS)]}</span> {html_text(label)}</li>"
        for i, label in enumerate(question.groups.values())
    )
    return f'<ul class="edition-legend" aria-label="입장 구분">{items}</ul>'


def render_matrix(edition: Edition, anchors: Anchors) -> Page:
    debate: Debate = edition.debate
    here = "debate/"
    head = "".join(
        f'<th scope="col"><a href="{href(here, e.url)}" title="{html_text(e.title)}">{html_text(e.short)}</a></th>'
        for e in edition.debated()
    )
    rows = []
    for q in debate.questions:
        cells = []
        for essay in edition.debated():
            stance = q.stances.get(essay.meta.slug)
            data = f'data-essay="{essay.meta.slug}" data-question="{q.id}" data-title="{html_text(essay.short)}"'
            if stance is None:
                cells.append(f'<td class="edition-stance edition-stance--silent" {data}><span>{SILENT}</span></td>')
                continue
            first = stance.citations[0]
            cells.append(
                f'<td class="edition-stance edition-stance--{q.group_index(stance.group)}" {data}>'
                f'{_mark(q, stance)}<strong class="edition-stance__label">{html_text(stance.label)}</strong>'
                f"<q>{html_text(first.quote)}</q> "
                f'<a class="edition-stance__link" href="{href(here, anchors.url(first))}">본문 ¶</a></td>'
            )
        rows.append(
            f'<tr id="q-{q.id}"><th scope="row"><a href="{href(here, question_url(q))}">{html_text(q.text)}</a>'
            f"{_legend(q)}</th>{''.join(cells)}</tr>"
        )
    markdown = (
        front_matter(
            hide=["toc"], title="논쟁 지도", description="다섯 편의 글이 같은 물음에 어떻게 답하는지 한 표로 본 지도"
        )
        + '<p class="edition-lead">줄은 물음, 칸은 글입니다. 칸마다 그 글의 입장과 근거가 되는 원문 한 구절을 보였고, '
        "‘본문 ¶’은 그 구절로 바로 갑니다. 같은 기호·색은 같은 입장 갈래입니다. 물음을 누르면 글마다의 입장을 "
        "나란히 자세히 읽을 수 있습니다.</p>\n\n"
        + '<div class="edition-matrix-wrap"><table class="edition-matrix"><caption>물음 × 글: 각 글의 입장</caption>'
        + f'<thead><tr><th scope="col">물음</th>{head}</tr></thead><tbody>\n'
        + "\n".join(rows)
        + "\n</tbody></table></div>\n"
        + _not_yet(edition, here)
    )
    return Page("debate/index.md", markdown)


def _not_yet(edition: Edition, here: str) -> str:
    """Essays not (yet) in the debate data are named, so their absence from the matrix is explained."""
    debated = set(edition.debated())
    missing = [e for e in edition.essays if e not in debated]
    if not missing:
        return ""
    links = ", ".join(f'<a href="{href(here, e.url)}">{html_text(e.title)}</a>' for e in missing)
    return f'<p class="edition-more">편집자가 아직 입장을 정리하지 않은 글 {len(missing)}편: {links}</p>\n'


def claim_links(debate: Debate, claim: Claim) -> list[tuple[str, Claim]]:
    """(label, other claim) for every link that touches ``claim``, whichever side wrote it."""
    by_id = {c.id: c for c in debate.claims}
    out = []
    for link in debate.links:
        if link.source == claim.id:
            out.append((LINK_LABEL[link.type], by_id[link.target]))
        elif link.target == claim.id:
            label = "이 주장을 발전시킨 주장" if link.type == "extends" else LINK_LABEL[link.type]
            out.append((label, by_id[link.source]))
    return out


def render_claim(debate: Debate, claim: Claim, here: str, anchors: Anchors, essays: dict[str, Essay]) -> str:
    items = "".join(
        f'<li><span class="edition-claim__type">{html_text(label)}</span> '
        f'<a href="{href(here, anchors.url(other.citation))}">{html_text(essays[other.citation.essay].short)}: '
        f"{html_text(other.text)}</a></li>"
        for label, other in claim_links(debate, claim)
    )
    return (
        f'<aside class="edition-claim" aria-label="핵심 주장"><p><span class="edition-claim__label">핵심 주장</span> '
        f"{html_text(claim.text)}</p>" + (f"<ul>{items}</ul>" if items else "") + "</aside>"
    )


def render_question(edition: Edition, question: Question, anchors: Anchors) -> Page:
    debate: Debate = edition.debate
    here = question_url(question)
    essays = {e.meta.slug: e for e in edition.essays}
    columns = []
    cited: set[Passage] = set()
    for essay in edition.debated():
        stance = question.stances.get(essay.meta.slug)
        title = f'<h2 id="essay-{essay.meta.slug}"><a href="{href(here, essay.url)}">{html_text(essay.title)}</a></h2>'
        if stance is None:
            columns.append(f'<section class="edition-position edition-stance--silent">{title}<p>{SILENT}</p></section>')
            continue
        passages = []
        for citation in stance.citations:
            passage = Passage(citation.essay, citation.block)
            cited.add(passage)
            block = anchors.blocks[passage]
            passages.append(
                f'<blockquote class="edition-passage"><p>{marked_span(block.text, quote_span(block, citation))}</p>'
                f'<footer><a class="edition-passage__link" href="{href(here, anchors.url(citation))}">'
                "본문에서 읽기 ¶</a></footer></blockquote>"
            )
        columns.append(
            f'<section class="edition-position edition-stance--{question.group_index(stance.group)}">{title}'
            f"<p>{_mark(question, stance)} <strong>{html_text(stance.label)}</strong></p>"
            f'<p class="edition-position__summary">{html_text(stance.summary)} '
            f'<span class="edition-position__by">(편집자 요약)</span></p>{"".join(passages)}</section>'
        )
    claims = [c for c in debate.claims if Passage(c.citation.essay, c.citation.block) in cited]
    claims_html = "\n".join(
        f'<li><a href="{href(here, anchors.url(c.citation))}">{html_text(essays[c.citation.essay].short)}</a> — '
        f"{render_claim(debate, c, here, anchors, essays)}</li>"
        for c in claims
    )
    others = " · ".join(
        f'<a href="{href(here, question_url(q))}">{html_text(q.text)}</a>'
        for q in debate.questions
        if q is not question
    )
    markdown = (
        front_matter(hide=["toc"], title=question.text, description=f"다섯 편의 글이 “{question.text}”에 답한 입장")
        + f'<p class="edition-lead">다섯 편의 글이 이 물음에 어떻게 답하는지 나란히 읽습니다. {_legend(question)}</p>\n\n'
        + f'<div class="edition-columns edition-columns--3">\n{"".join(columns)}\n</div>\n\n'
        + (
            '<h2 id="claims">글 사이의 주장</h2>\n<ul class="edition-claims">\n' + claims_html + "\n</ul>\n\n"
            if claims
            else ""
        )
        + f'<p class="edition-more">다른 물음: {others} · <a href="{href(here, "debate/")}">논쟁 지도</a></p>\n'
    )
    return Page(f"debate/{question.id}.md", markdown)
