"""Stage 5, render: the cross-essay pages — one page per theme, the theme index with its
essays × themes coverage grid, the glossary, and the index of people and companies.

Everything here reads the inverted index built by ``annotate`` (target → passages), so a page
costs time in proportion to the passages it lists, never to the number of essay pairs.
"""

from __future__ import annotations

import posixpath
from collections import Counter

from ..editorial import Entity, Theme
from ..escape import front_matter, html_text
from ..records import Annotations, Block, Edition, Essay, Mention, Page, Passage

THEMES_DIR = "themes"
# Beyond this many essays a cross-essay page quotes the essays with the most passages and lists
# the rest, so a page stays readable (and the site linear in size) as the edition grows.
SHOWN_ESSAYS = 30


def href(from_url: str, to_url: str) -> str:
    """Relative link between two page URLs (both relative to the site root), keeping #anchors."""
    path, _, anchor = to_url.partition("#")
    rel = posixpath.relpath(path or ".", from_url or ".") if path != from_url else ""
    if rel in (".", ""):
        rel = "./" if not anchor else ""
    elif path.endswith("/") and not rel.endswith("/"):
        rel += "/"
    return rel + (f"#{anchor}" if anchor else "")


def theme_url(theme_id: str) -> str:
    return f"{THEMES_DIR}/{theme_id}/"


class Lookup:
    """Blocks and essays by passage, shared by the cross-essay renderers."""

    def __init__(self, edition: Edition):
        self.essays = {e.meta.slug: e for e in edition.essays}
        self.order = {e.meta.slug: i for i, e in enumerate(edition.essays)}
        self.blocks: dict[Passage, Block] = {}
        self.sections: dict[Passage, str] = {}
        self.commenters: dict[Passage, str] = {}  # a reader comment's passage → the commenter
        for essay in edition.essays:
            for block in [b for b in (essay.title_block, essay.subtitle) if b]:
                self.blocks[Passage(essay.meta.slug, block.id)] = block
            for section in essay.sections:
                for block in ([section.heading] if section.heading else []) + list(section.blocks):
                    passage = Passage(essay.meta.slug, block.id)
                    self.blocks[passage] = block
                    self.sections[passage] = section.heading.text if section.heading else ""
                    if section.is_comments and block.kind == "comment":
                        names = [sp.value for sp in section.heading.spans if sp.kind == "commenter"]
                        self.commenters[passage] = names[0] if names else "이름 없음"

    def url(self, passage: Passage) -> str:
        return f"{self.essays[passage.essay].url}#{passage.block}"

    def where(self, passage: Passage) -> str:
        """How a passage's place is named: its section, or whose reader comment it is."""
        if passage in self.commenters:
            return f"독자 댓글 — {self.commenters[passage]}"
        return self.sections.get(passage) or "첫머리"


def marked(text: str, mentions: list[Mention]) -> str:
    """Escaped ``text`` with the given mentions wrapped in <mark> (tag-only mentions cover whole quotes)."""
    out, pos = [], 0
    for m in sorted(mentions, key=lambda m: m.start):
        if m.start < pos:
            continue
        out += [html_text(text[pos : m.start]), f"<mark>{html_text(text[m.start : m.end])}</mark>"]
        pos = m.end
    return "".join(out) + html_text(text[pos:])


def marked_span(text: str, span: tuple[int, int] | None) -> str:
    """Escaped ``text`` with one span (a cited quote) in <mark>."""
    if span is None:
        return html_text(text)
    start, end = span
    return html_text(text[:start]) + f"<mark>{html_text(text[start:end])}</mark>" + html_text(text[end:])


def _passage_quote(lookup: Lookup, passage: Passage, mentions: list[Mention], page_url: str) -> str:
    block = lookup.blocks[passage]
    where = f'<span class="edition-passage__section">{html_text(lookup.where(passage))}</span>'
    tagged = " edition-passage--tagged" if all(m.tagged for m in mentions) else ""
    return (
        f'<blockquote class="edition-passage{tagged}">'
        f"<p>{marked(block.text, mentions)}</p>"
        f'<footer>{where}<a class="edition-passage__link" href="{href(page_url, lookup.url(passage))}">'
        "본문에서 읽기 ¶</a></footer></blockquote>"
    )


def _by_essay(lookup: Lookup, passages: tuple[Passage, ...]) -> list[tuple[Essay, list[Passage]]]:
    groups: dict[str, list[Passage]] = {}
    for passage in passages:
        groups.setdefault(passage.essay, []).append(passage)
    return [(lookup.essays[slug], groups[slug]) for slug in sorted(groups, key=lookup.order.get)]


def most(items: list, weight, limit: int = SHOWN_ESSAYS) -> tuple[list, list]:
    """``items`` split into the ``limit`` of greatest ``weight`` (ties: the earlier) and the rest,
    both in their given order."""
    if len(items) <= limit:
        return items, []
    keep = set(sorted(range(len(items)), key=lambda i: (-weight(items[i]), i))[:limit])
    return [x for i, x in enumerate(items) if i in keep], [x for i, x in enumerate(items) if i not in keep]


def most_passages(groups: list[tuple[Essay, list[Passage]]]) -> tuple[list, list]:
    """(essay, passages) groups: the essays with the most passages, and the rest."""
    return most(groups, lambda group: len(group[1]))


def render_theme(theme: Theme, annotations: Annotations, lookup: Lookup, titles: dict[str, str]) -> Page:
    page_url = theme_url(theme.id)
    passages = annotations.index.get(("theme", theme.id), ())
    groups = _by_essay(lookup, passages)
    shown, rest = most_passages(groups)
    related = " · ".join(f'<a href="{href(page_url, theme_url(r))}">{html_text(titles[r])}</a>' for r in theme.related)
    columns = []
    for essay, essay_passages in shown:
        quotes = "\n".join(
            _passage_quote(
                lookup, p, [m for m in annotations.mentions[p] if m.kind == "theme" and m.target == theme.id], page_url
            )
            for p in essay_passages
        )
        columns.append(
            f'<section class="edition-theme-essay" id="essay-{essay.meta.slug}">'
            f'<h2 id="h-essay-{essay.meta.slug}"><a href="{href(page_url, essay.url)}">{html_text(essay.title)}</a></h2>'
            f'<p class="edition-theme-essay__count">단락 {len(essay_passages)}개</p>\n{quotes}</section>'
        )
    summary = (
        f"글 {len(groups)}편의 단락 {len(passages)}개가 이 주제를 다룹니다."
        if passages
        else "이 주제를 다루는 단락이 없습니다."
    )
    if rest:
        summary += f" 단락이 가장 많은 {len(shown)}편을 인용하고, 나머지 {len(rest)}편은 아래 목록에 모았습니다."
    markdown = (
        front_matter(title=theme.label, description=theme.description)
        + f'<p class="edition-theme-en" lang="en">{html_text(theme.label_en)}</p>\n\n'
        + f'<p class="edition-lead">{html_text(theme.description)}</p>\n\n'
        + f'<p class="edition-theme-meta">{summary}'
        + (f" 관련 주제: {related}" if related else "")
        + "</p>\n\n"
        + f'<div class="edition-columns edition-columns--{min(len(groups), 3)}">\n'
        + "\n".join(columns)
        + "\n</div>\n"
        + _more_essays(rest, lookup, page_url)
    )
    return Page(f"{THEMES_DIR}/{theme.id}.md", markdown)


def _more_essays(rest: list[tuple[Essay, list[Passage]]], lookup: Lookup, page_url: str) -> str:
    """The essays a theme page does not quote: a link to each one's first passage."""
    if not rest:
        return ""
    items = "".join(
        f'<li id="essay-{essay.meta.slug}"><a href="{href(page_url, lookup.url(ps[0]))}">{html_text(essay.title)}</a>'
        f" <span>단락 {len(ps)}개</span></li>"
        for essay, ps in rest
    )
    return f'\n<h2 id="more-essays">그 밖의 글 {len(rest)}편</h2>\n<ul class="edition-theme-more">{items}</ul>\n'


def render_theme_index(edition: Edition, annotations: Annotations) -> Page:
    page_url = f"{THEMES_DIR}/"
    themes = annotations.data.themes
    counts = {t.id: Counter(p.essay for p in annotations.index.get(("theme", t.id), ())) for t in themes}
    top = max((n for c in counts.values() for n in c.values()), default=1)
    essays, _ = most(list(edition.essays), lambda e: sum(c[e.meta.slug] for c in counts.values()))
    head = "".join(
        f'<th scope="col"><a href="{href(page_url, e.url)}" title="{html_text(e.title)}">{i}</a></th>'
        for i, e in enumerate(essays, 1)
    )
    rows = []
    for theme in themes:
        cells = []
        for essay in essays:
            n = counts[theme.id][essay.meta.slug]
            level = 0 if not n else 1 + min(3, (n * 4 - 1) // top)
            label = f"{essay.title} — {theme.label}: 단락 {n}개"
            cell = (
                f'<a href="{href(page_url, theme_url(theme.id) + "#essay-" + essay.meta.slug)}" '
                f'aria-label="{html_text(label)}">{n}</a>'
                if n
                else '<span aria-label="없음">·</span>'
            )
            cells.append(f'<td class="edition-heat edition-heat--{level}">{cell}</td>')
        total = sum(counts[theme.id].values())
        rows.append(
            f'<tr><th scope="row"><a href="{href(page_url, theme_url(theme.id))}">{html_text(theme.label)}</a>'
            f' <span class="edition-grid__en" lang="en">{html_text(theme.label_en)}</span></th>'
            + "".join(cells)
            + f'<td class="edition-grid__total">{total}</td></tr>'
        )
    legend = "".join(
        f'<li><a href="{href(page_url, e.url)}">{i}. {html_text(e.title)}</a></li>' for i, e in enumerate(essays, 1)
    )
    scope = (
        f" 글이 {len(edition.essays)}편이라 표에는 주제를 다룬 단락이 가장 많은 {len(essays)}편만 싣고, "
        "나머지 글은 각 주제 쪽에 모았습니다."
        if len(essays) < len(edition.essays)
        else ""
    )
    markdown = (
        front_matter(
            hide=["toc"], title="주제", description="다섯 편의 글을 가로지르는 주제와 각 글에서 그 주제를 다룬 단락 수"
        )
        + '<p class="edition-lead">한 주제를 골라 다섯 편의 글이 그 주제를 어디서 어떻게 다루는지 따라가 보세요. '
        "표의 숫자는 그 글에서 주제를 다룬 단락 수이며, 누르면 해당 단락으로 갑니다."
        + scope
        + "</p>\n\n"
        + '<div class="edition-grid-wrap"><table class="edition-grid"><caption>글 × 주제: 주제를 다룬 단락 수</caption>'
        + f'<thead><tr><th scope="col">주제</th>{head}<th scope="col">합계</th></tr></thead><tbody>\n'
        + "\n".join(rows)
        + f'\n</tbody></table></div>\n\n<ol class="edition-grid-legend">{legend}</ol>\n'
    )
    return Page(f"{THEMES_DIR}/index.md", markdown)


def _occurrences(
    lookup: Lookup, annotations: Annotations, kind: str, ident: str, page_url: str
) -> tuple[str, list[str]]:
    """Links to every passage naming the target, grouped by essay; and the spellings used."""
    passages = annotations.index.get((kind, ident), ())
    spellings = Counter(
        m.text
        for p in passages
        for m in annotations.mentions[p]
        if m.kind == kind and m.target == ident and not m.tagged
    )
    items = []
    shown, rest = most_passages(_by_essay(lookup, passages))
    for essay, essay_passages in shown:
        links = ", ".join(
            f'<a href="{href(page_url, lookup.url(p))}">{html_text(lookup.where(p))}</a>' for p in essay_passages
        )
        items.append(f"<li><cite>{html_text(essay.title)}</cite> ({len(essay_passages)}) — {links}</li>")
    if rest:
        items.append(
            f"<li>그 밖의 글 {len(rest)}편 (단락 {sum(len(ps) for _, ps in rest)}개): 검색으로 모두 찾을 수 있습니다</li>"
        )
    return "<ul>" + "".join(items) + "</ul>" if items else "<p>본문에 나오지 않음</p>", [
        s for s, _ in spellings.most_common()
    ]


def render_glossary(annotations: Annotations, lookup: Lookup, titles: dict[str, str]) -> Page:
    page_url = "glossary/"
    entries = []
    for term in sorted(annotations.data.terms, key=lambda t: t.term):
        where, spellings = _occurrences(lookup, annotations, "term", term.id, page_url)
        theme = (
            f' · 주제: <a href="{href(page_url, theme_url(term.theme))}">{html_text(titles[term.theme])}</a>'
            if term.theme
            else ""
        )
        entries.append(_entry(term.id, term.term, term.definition, spellings, theme, where))
    markdown = (
        front_matter(title="용어 풀이", description="글에 나오는 용어를 편집자가 풀어 쓴 뜻")
        + '<p class="edition-lead">풀이는 편집자가 썼습니다. 본문에서 점선 밑줄이 그어진 낱말에 마우스를 올리거나 '
        "초점을 두면 같은 풀이가 보입니다.</p>\n\n"
        + '<dl class="edition-glossary">\n'
        + "\n".join(entries)
        + "\n</dl>\n"
    )
    return Page("glossary.md", markdown)


def render_entities(annotations: Annotations, lookup: Lookup, titles: dict[str, str]) -> Page:
    page_url = "people/"
    labels = {e.id: e.label for e in annotations.data.entities}
    sections = []
    for kind, heading in (("person", "인물"), ("company", "기업")):
        entries = []
        entities: list[Entity] = [e for e in annotations.data.entities if e.type == kind]
        for entity in sorted(entities, key=lambda e: e.label):
            where, spellings = _occurrences(lookup, annotations, "entity", entity.id, page_url)
            extra = (
                f' · 주제: <a href="{href(page_url, theme_url(entity.theme))}">{html_text(titles[entity.theme])}</a>'
                if entity.theme
                else ""
            )
            extra += "".join(f' · 함께 보기: <a href="#{ref}">{html_text(labels[ref])}</a>' for ref in entity.related)
            entries.append(_entry(entity.id, entity.label, entity.label_en, spellings, extra, where))
        sections.append(
            f'<h2 id="{kind}">{heading}</h2>\n<dl class="edition-glossary">\n' + "\n".join(entries) + "\n</dl>"
        )
    markdown = (
        front_matter(title="인물·기업", description="글에 나오는 사람과 회사, 표기가 달라도 하나로 모아 본 색인")
        + '<p class="edition-lead">같은 사람이나 회사를 글마다 다르게 적은 표기(한글·로마자, 띄어쓰기, 오타)를 하나로 '
        "모았습니다. 표기 옆의 링크는 그 이름이 나오는 모든 단락입니다.</p>\n\n" + "\n\n".join(sections) + "\n"
    )
    return Page("people.md", markdown)


def _entry(ident: str, name: str, gloss: str, spellings: list[str], extra: str, where: str) -> str:
    seen = " · ".join(f"<q>{html_text(s)}</q>" for s in spellings)
    return (
        f'<dt id="{ident}">{html_text(name)}</dt>'
        f"<dd><p>{html_text(gloss)}</p>"
        f'<p class="edition-glossary__meta">본문의 표기: {seen or "없음"}{extra}</p>{where}</dd>'
    )


def render_cross_pages(edition: Edition, annotations: Annotations) -> list[Page]:
    lookup = Lookup(edition)
    titles = {t.id: t.label for t in annotations.data.themes}
    return [
        render_theme_index(edition, annotations),
        *(render_theme(t, annotations, lookup, titles) for t in annotations.data.themes),
        render_glossary(annotations, lookup, titles),
        render_entities(annotations, lookup, titles),
    ]
