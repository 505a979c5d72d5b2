"""Stage 5, render: ``Essay`` → the Markdown page of one essay.

Headings are Markdown (escaped) so the table of contents and search sections see them;
every other block is a raw HTML block with escaped text, its id and a ¶ permalink.
The apparatus closes the page in a collapsible ``<details class="edition-apparatus">``.
"""

from __future__ import annotations

from urllib.parse import quote

from ..crossrefs import EssayRefs
from ..emitters.themes import href, theme_url
from ..escape import attr, front_matter, html_text, md_text
from ..inline import hashtag, render_inline
from ..records import UNKNOWN, ApparatusEntry, Block, Essay, Fact, Page, Section
from ..stages.clean import RULES

RULE_LABELS = {rule.name: rule.label for rule in RULES}  # the apparatus names rules in Korean
CHARS_PER_MINUTE = 500  # Korean silent reading, characters without spaces
STATUS_LABEL = {"stated": "원문에 명시", "inferred": "추정", "supplied": "편집자 제공", "unknown": UNKNOWN}
FACT_LABEL = (
    ("author", "글쓴이"),
    ("platform", "게재처"),
    ("kind", "글의 종류"),
    ("date", "날짜"),
    ("url", "원문 주소"),
)


def reading_minutes(essay: Essay) -> int:
    return max(1, round(essay.reading_chars / CHARS_PER_MINUTE))


def format_date(fact: Fact) -> str:
    if not fact.known:
        return UNKNOWN
    parts = fact.value.split("-")
    text = f"{int(parts[0])}년"
    if len(parts) > 1:
        text += f" {int(parts[1])}월"
    if len(parts) > 2:
        text += f" {int(parts[2])}일"
    return text + (" 이후" if fact.precision == "after" else "")


def fact_text(name: str, fact: Fact) -> str:
    if not fact.known:
        return UNKNOWN
    text = format_date(fact) if name == "date" else fact.value
    return f"{text} ({fact.role})" if fact.role else text


def render_essay(essay: Essay, refs: EssayRefs | None = None) -> Page:
    meta = essay.meta
    refs = refs or EssayRefs((), ())
    tags = list(dict.fromkeys([t.label for t in refs.themes] + list(essay.tags)))
    parts = [
        front_matter(title=essay.title, tags=tags, description=meta.gist or essay.title),
        f"# {md_text(essay.title)} {{#{essay.title_block.id if essay.title_block else 'essay-title'}}}\n",
    ]
    if essay.subtitle:
        parts.append(f'<p class="edition-subtitle" id="{essay.subtitle.id}">{html_text(essay.subtitle.text)}</p>\n')
    parts.append(_meta_block(essay))
    for section in essay.sections:
        parts.append(_section(section, refs))
    parts.append(_related(essay, refs))
    parts.append(_apparatus(essay.apparatus))
    return Page(f"{essay.url.rstrip('/')}.md", "\n".join(parts))


def _meta_block(essay: Essay) -> str:
    meta = essay.meta
    rows = [_fact_row("제목", "title", meta.title)] if meta.title.status != "stated" else []
    rows += [_fact_row(label, name, getattr(meta, name)) for name, label in FACT_LABEL]
    rows.append(
        f'<div><dt>원본 파일</dt><dd><a href="../../sources/{html_text(quote(meta.source))}" '
        f'type="text/plain">{html_text(meta.source)}</a> · 읽는 시간 약 {reading_minutes(essay)}분</dd></div>'
    )
    return '<dl class="edition-meta">\n' + "\n".join(rows) + "\n</dl>\n"


def _fact_row(label: str, name: str, fact: Fact) -> str:
    value = html_text(fact_text(name, fact))
    if name == "url" and fact.known and fact.value.startswith(("https://", "http://")):
        value = f'<a {attr("href", fact.value)} rel="noopener noreferrer">{value}</a>'
    status = (
        f'<span class="edition-status edition-status--{fact.status}">{STATUS_LABEL[fact.status]}</span>'
        if fact.known
        else ""
    )
    evidence = ""
    if fact.evidence:
        where = f"{', '.join(map(str, fact.evidence.lines))}행" if fact.evidence.lines else ""
        quote = f"“{html_text(fact.evidence.quote)}”" if fact.evidence.quote else ""
        note = html_text(fact.evidence.note or "")
        evidence = f'<span class="edition-evidence">근거: {" ".join(p for p in (where, quote, note) if p)}</span>'
    return f"<div><dt>{label}</dt><dd>{value} {status}{evidence}</dd></div>"


def _section(section: Section, refs: EssayRefs) -> str:
    out = []
    if section.heading:
        head = section.heading
        cls = (
            " .edition-comment-heading"
            if head.level == 3
            else (" .edition-comments-heading" if section.is_comments else "")
        )
        out.append(f"{'#' * head.level} {md_text(head.text)} {{#{head.id}{cls}}}\n")
    run: list[Block] = []
    for block in section.blocks:
        if block.kind in ("item", "comment"):
            run.append(block)
            continue
        if run:
            out.append(_list(run, refs))
            run = []
        out.append(_figure(block, refs) if block.kind == "figure" else _paragraph(block, refs))
    if run:
        out.append(_list(run, refs))
    return "\n".join(out)


def _inline(block: Block, refs: EssayRefs) -> str:
    """Escaped block text with its marks: hashtags, theme links, glossary terms, noted quotes."""
    return render_inline(
        block.text, refs.marks.get(block.id) or [hashtag(s.start, s.end) for s in block.spans if s.kind == "hashtag"]
    )


def _notes(block: Block, refs: EssayRefs) -> str:
    """Editors' notes and key-claim asides that belong under this block."""
    return "".join(refs.claims.get(block.id, ())) + "".join(
        f'<aside class="edition-note" id="{note_id}" role="note" aria-label="편집자 주 {n}">'
        f'<p><span class="edition-note__label">편집자 주 {n}</span> {html_text(note.text)}</p>'
        f'<p class="edition-note__source">출처: {html_text(note.source)}</p></aside>'
        for note_id, n, note in refs.notes.get(block.id, ())
    )


def _pilcrow(block: Block) -> str:
    return f'<a class="edition-pilcrow" href="#{block.id}" title="이 단락의 고정 링크" aria-label="이 단락의 고정 링크">¶</a>'


def _block_attrs(block: Block, kind_class: str) -> str:
    lines = ",".join(map(str, block.lines))
    return f'id="{block.id}" class="edition-block {kind_class}" data-lines="{lines}"'


def _paragraph(block: Block, refs: EssayRefs) -> str:
    text = f"<p {_block_attrs(block, 'edition-paragraph')}>{_inline(block, refs)} {_pilcrow(block)}</p>"
    return text + _notes(block, refs) + "\n"


def _list(blocks: list[Block], refs: EssayRefs) -> str:
    cls = "edition-comment-list" if blocks[0].kind == "comment" else "edition-list"
    items = "\n".join(
        f"<li {_block_attrs(b, 'edition-' + b.kind)}>{_inline(b, refs)} {_pilcrow(b)}{_notes(b, refs)}</li>"
        for b in blocks
    )
    return f'<ul class="{cls}">\n{items}\n</ul>\n'


def _figure(block: Block, refs: EssayRefs) -> str:
    return (
        f"<figure {_block_attrs(block, 'edition-figure')}>\n"
        '<div class="edition-figure__placeholder" role="img" aria-label="원문의 그림 (이 판에는 전해지지 않음)">'
        "그림 — 원문 이미지는 전해지지 않음</div>\n"
        f"<figcaption>{_inline(block, refs)} {_pilcrow(block)}</figcaption>\n</figure>\n"
    )


def _related(essay: Essay, refs: EssayRefs) -> str:
    """The essay's themes and the other essays that share them, with shared passage counts."""
    if not refs.themes:
        return ""
    here = essay.url
    themes = " ".join(
        f'<a class="edition-chip" href="{href(here, theme_url(t.id))}">{html_text(t.label)}</a>' for t in refs.themes
    )
    items = "\n".join(
        f'<li><a href="{href(here, r.essay.url)}">{html_text(r.essay.title)}</a> '
        f'<span class="edition-related__count">공유 주제 {len(r.themes)}개 · 관련 단락 {r.passages}개</span> '
        f'<span class="edition-related__themes">{html_text(", ".join(t.label for t in r.themes))}</span></li>'
        for r in refs.related
    )
    return (
        '<section class="edition-related" aria-labelledby="related-title">\n'
        '<h2 id="related-title">이 글의 주제와 함께 읽을 글</h2>\n'
        f'<p class="edition-related__themes-list">{themes}</p>\n'
        f'<ol class="edition-related__list">\n{items}\n</ol>\n</section>\n'
    )


def _apparatus(entries: tuple[ApparatusEntry, ...]) -> str:
    items = "\n".join(
        f'<li id="app-{i}"><p><strong class="edition-apparatus__rule" data-rule="{html_text(e.rule)}">'
        f"{html_text(RULE_LABELS.get(e.rule, e.rule))}</strong> "
        f'<span class="edition-apparatus__lines">원문 {_line_label(e.lines)}</span></p>'
        f'<pre class="edition-apparatus__original">{html_text(e.text)}</pre>'
        f'<p class="edition-apparatus__reason">{html_text(e.reason)}</p></li>'
        for i, e in enumerate(entries, 1)
    )
    body = f'<ol class="edition-apparatus__list">\n{items}\n</ol>' if entries else "<p>이 글에는 변경이 없습니다.</p>"
    return (
        '<details class="edition-apparatus" id="apparatus">\n'
        f"<summary>교정 기록 — 이 판이 원문에 가한 변경 {len(entries)}건</summary>\n"
        '<p class="edition-apparatus__intro">원문 파일은 고치지 않았습니다. 아래는 빌드 과정의 규칙이 '
        "읽기 본문에서 빼거나 합치거나 바꾼 줄과 그 이유입니다.</p>\n"
        f"{body}\n</details>\n"
    )


def _line_label(lines: tuple[int, ...]) -> str:
    if len(lines) > 1 and lines == tuple(range(lines[0], lines[-1] + 1)):
        return f"{lines[0]}–{lines[-1]}행"
    return ", ".join(map(str, lines)) + "행"
