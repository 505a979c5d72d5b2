"""Stage 5, render: compare any two essays — one static page per pair, two synchronised
columns aligned row by row: each question's stances, then each shared theme's passages, then
the themes only one of the two speaks to. An index page picks the pair (works without a server).
"""

from __future__ import annotations

from itertools import combinations

from ..citations import Anchors
from ..emitters.debate import SILENT, _mark, question_url
from ..emitters.themes import href, marked, theme_url
from ..escape import front_matter, html_text
from ..korean import josa
from ..records import Edition, Essay, Page, Passage

PASSAGES_SHOWN = 2


def pair_url(a: Essay, b: Essay) -> str:
    return f"compare/{a.meta.slug}--{b.meta.slug}/"


def render_compare_pages(edition: Edition, anchors: Anchors) -> list[Page]:
    pairs = list(combinations(edition.debated(), 2))  # pairs of debated essays: n(n-1)/2 pages
    return [_index(edition, pairs)] + [_pair(edition, a, b, anchors) for a, b in pairs]


def _index(edition: Edition, pairs) -> Page:
    here = "compare/"
    options = "".join(
        f'<option value="{e.meta.slug}">{html_text(e.short)} — {html_text(e.title)}</option>' for e in edition.debated()
    )
    links = "\n".join(
        f'<li><a href="{href(here, pair_url(a, b))}">{html_text(a.short)} ↔ {html_text(b.short)}</a></li>'
        for a, b in pairs
    )
    markdown = (
        front_matter(title="두 글 비교", description="아무 두 글을 골라 물음과 주제별로 나란히 읽기")
        + '<p class="edition-lead">두 글을 골라 같은 물음에 대한 입장과 함께 다루는 주제를 나란히 읽습니다.</p>\n\n'
        + '<form class="edition-compare-picker" data-edition-compare hidden>'
        + f'<label>글 A <select name="a">{options}</select></label> '
        + f'<label>글 B <select name="b">{options}</select></label> '
        + '<button type="submit" class="md-button md-button--primary">비교하기</button></form>\n\n'
        + f'<ul class="edition-pairs">\n{links}\n</ul>\n'
    )
    return Page("compare/index.md", markdown)


def _themes_of(edition: Edition, essay: Essay) -> dict[str, list[Passage]]:
    out: dict[str, list[Passage]] = {}
    for passage, mentions in edition.annotations.mentions.items():
        if passage.essay == essay.meta.slug:
            for m in mentions:
                if m.kind == "theme" and passage not in out.setdefault(m.target, []):
                    out[m.target].append(passage)
    order = {b.id: i for i, b in enumerate(essay.blocks())}
    return {t: sorted(ps, key=lambda p: order.get(p.block, -1)) for t, ps in out.items()}


def _passages(edition: Edition, anchors: Anchors, here: str, essay: Essay, theme: str, passages: list[Passage]) -> str:
    items = []
    for passage in passages[:PASSAGES_SHOWN]:
        block = anchors.blocks[passage]
        mentions = [m for m in edition.annotations.mentions[passage] if m.kind == "theme" and m.target == theme]
        url = f"{essay.url}#{passage.block}"
        items.append(
            f'<blockquote class="edition-passage"><p>{marked(block.text, mentions)}</p>'
            f'<footer><a class="edition-passage__link" href="{href(here, url)}">본문에서 읽기 ¶</a></footer></blockquote>'
        )
    more = len(passages) - PASSAGES_SHOWN
    if more > 0:
        items.append(
            f'<p class="edition-more"><a href="{href(here, theme_url(theme) + "#essay-" + essay.meta.slug)}">단락 {more}개 더</a></p>'
        )
    return "".join(items)


def _stance_cell(question, stance, here: str, anchors: Anchors) -> str:
    if stance is None:
        return f'<p class="edition-stance--silent">{SILENT}</p>'
    first = stance.citations[0]
    return (
        f'<div class="edition-stance--{question.group_index(stance.group)}">{_mark(question, stance)} '
        f"<strong>{html_text(stance.label)}</strong><p>{html_text(stance.summary)}</p>"
        f'<q>{html_text(first.quote)}</q> <a href="{href(here, anchors.url(first))}">본문 ¶</a></div>'
    )


def _row(title: str, left: str, right: str, ident: str) -> str:
    return (
        f'<section class="edition-compare__row" id="{ident}"><h3>{title}</h3>'
        f'<div class="edition-compare__cell">{left}</div><div class="edition-compare__cell">{right}</div></section>'
    )


def _pair(edition: Edition, a: Essay, b: Essay, anchors: Anchors) -> Page:
    here = pair_url(a, b)
    themes = {t.id: t for t in edition.annotations.data.themes}
    ta, tb = _themes_of(edition, a), _themes_of(edition, b)
    rows = []
    for q in edition.debate.questions:
        sa, sb = q.stances.get(a.meta.slug), q.stances.get(b.meta.slug)
        if not (sa or sb):
            continue
        title = f'<a href="{href(here, question_url(q))}">{html_text(q.text)}</a>'
        rows.append(_row(title, _stance_cell(q, sa, here, anchors), _stance_cell(q, sb, here, anchors), f"q-{q.id}"))
    shared = [t for t in themes if t in ta and t in tb]
    theme_rows = [
        _row(
            f'<a href="{href(here, theme_url(t))}">{html_text(themes[t].label)}</a> '
            f'<span class="edition-compare__counts">{len(ta[t])} : {len(tb[t])}</span>',
            _passages(edition, anchors, here, a, t, ta[t]),
            _passages(edition, anchors, here, b, t, tb[t]),
            f"t-{t}",
        )
        for t in shared
    ]

    def only(mine: dict, other: dict) -> str:
        names = [
            f'<a href="{href(here, theme_url(t))}">{html_text(themes[t].label)}</a> ({len(mine[t])})'
            for t in themes
            if t in mine and t not in other
        ]
        return " · ".join(names) or "없음"

    head = (
        '<div class="edition-compare__head" aria-hidden="true">'
        f'<div><a href="{href(here, a.url)}">{html_text(a.title)}</a></div>'
        f'<div><a href="{href(here, b.url)}">{html_text(b.title)}</a></div></div>'
    )
    markdown = (
        front_matter(
            hide=["toc"],
            title=f"{a.short} ↔ {b.short}",
            description=f"{josa(a.title, '와/과')} {josa(b.title, '을/를')} 나란히 읽기",
        )
        + f'<p class="edition-lead">왼쪽은 <a href="{href(here, a.url)}">{html_text(a.title)}</a>, 오른쪽은 '
        f'<a href="{href(here, b.url)}">{html_text(b.title)}</a>입니다. 같은 줄에 같은 물음과 같은 주제를 두었습니다.</p>\n\n'
        + f'<div class="edition-compare" data-a="{a.meta.slug}" data-b="{b.meta.slug}">\n{head}\n'
        + '<h2 id="questions">물음별 입장</h2>\n'
        + ("\n".join(rows) or "<p>두 글 모두 다룬 물음이 없습니다.</p>")
        + f'\n<h2 id="shared">함께 다루는 주제 ({len(shared)})</h2>\n'
        + ("\n".join(theme_rows) or "<p>함께 다루는 주제가 없습니다.</p>")
        + '\n<h2 id="only">한쪽만 다루는 주제</h2>\n'
        + _row("이 글에만 있는 주제", only(ta, tb), only(tb, ta), "only-themes")
        + "\n</div>\n"
    )
    return Page(f"compare/{a.meta.slug}--{b.meta.slug}.md", markdown)
