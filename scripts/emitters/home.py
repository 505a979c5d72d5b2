"""Stage 5, render: the edition's own pages — home (essay cards) and the generated part of
"이 판에 대하여" (sources and cleaning rules)."""

from __future__ import annotations

from ..editorial import CHROME_KINDS
from ..emitters.essay import STATUS_LABEL, fact_text, reading_minutes
from ..escape import front_matter, html_text
from ..records import UNKNOWN, Edition, Essay, Page
from ..stages.chrome import KIND_LABEL, reach
from ..stages.clean import RULES

HOME_INTRO = """\
AI 붐을 다룬 한국어 글 다섯 편을 깨끗한 본문과 교정 기록, 주석과 함께 읽는 디지털 판입니다.
버블 논쟁, 엔비디아, 딥시크, 빅테크의 설비투자, 오픈AI와 마이크로소프트 — 같은 물음에 글마다
어떻게 답하는지 나란히 읽을 수 있도록 원문을 고치지 않고 정리했습니다.
"""


def render_home(edition: Edition) -> Page:
    cards = "\n".join(_card(essay) for essay in edition.essays)
    markdown = (
        front_matter(title="AI 붐을 읽는 다섯 편의 글", hide=["navigation", "toc"])
        + "# AI 붐을 읽는 다섯 편의 글 {#home}\n\n"
        + f'<p class="edition-lead">{html_text(" ".join(HOME_INTRO.split()))}</p>\n\n'
        + "## 글 {#essays}\n\n"
        + f'<div class="edition-cards">\n{cards}\n</div>\n\n'
        + "## 주제로 들어가기 {#themes}\n\n"
        + _themes(edition)
        + "\n\n## 물음으로 들어가기 {#questions}\n\n"
        + _questions(edition)
        + "\n\n[이 판에 대하여](about.md) — 원문, 편집 방침, 정제 규칙\n"
    )
    return Page("index.md", markdown)


def _card(essay: Essay) -> str:
    meta = essay.meta
    # An unknown fact names what is unknown: "글쓴이 알 수 없음", not a bare "알 수 없음".
    author, platform, date = (
        fact_text(name, getattr(meta, name)) if getattr(meta, name).known else f"{label} {UNKNOWN}"
        for name, label in (("author", "글쓴이"), ("platform", "게재처"), ("date", "날짜"))
    )
    gist = f'<p class="edition-card__gist">{html_text(meta.gist)}</p>' if meta.gist else ""
    return (
        '<article class="edition-card">'
        f'<h3 class="edition-card__title"><a href="{essay.url}">{html_text(essay.title)}</a></h3>'
        f"{gist}"
        '<p class="edition-card__meta">'
        f"<span>{html_text(author)}</span> · <span>{html_text(platform)}</span> · "
        f"<span>{html_text(date)}</span> · <span>약 {reading_minutes(essay)}분</span></p>"
        "</article>"
    )


def _themes(edition: Edition) -> str:
    """Every theme with the number of essays that speak to it, most shared first."""
    index = edition.annotations.index
    reach = {t.id: len({p.essay for p in index.get(("theme", t.id), ())}) for t in edition.annotations.data.themes}
    themes = sorted(edition.annotations.data.themes, key=lambda t: -reach[t.id])
    items = "".join(
        f'<li><a href="themes/{t.id}/">{html_text(t.label)}</a> <span class="edition-count">글 {reach[t.id]}편</span></li>'
        for t in themes
        if reach[t.id]
    )
    return f'<ul class="edition-theme-list">{items}</ul>\n<p><a href="themes/">주제 색인과 글 × 주제 표</a></p>\n'


def _questions(edition: Edition) -> str:
    items = "".join(
        f'<li><a href="debate/{q.id}/">{html_text(q.text)}</a> <span class="edition-count">답한 글 {len(q.stances)}편</span></li>'
        for q in edition.debate.questions
    )
    return (
        f'<ul class="edition-question-list">{items}</ul>\n'
        '<p><a href="debate/">논쟁 지도</a> — 물음 × 글의 입장을 한 표로 · <a href="compare/">두 글 비교</a> · '
        '<a href="figures/">수치</a> · <a href="timeline/">연표</a></p>\n'
    )


def about_appendix(edition: Edition) -> str:
    """Markdown appended to docs/about.md: the seeds table and the cleaning rules with counts."""
    rows = []
    for essay in edition.essays:
        meta = essay.meta
        rows.append(
            "<tr>"
            f'<td><a href="../{essay.url}">{html_text(essay.title)}</a></td>'
            f"<td><code>{html_text(meta.source)}</code></td>"
            f"<td>{html_text(fact_text('author', meta.author))}</td>"
            f"<td>{html_text(fact_text('date', meta.date))} ({STATUS_LABEL[meta.date.status]})</td>"
            f"<td>{len(essay.source.lines)}</td><td>{len(essay.apparatus)}</td>"
            "</tr>"
        )
    sources = (
        "## 원문 {#sources}\n\n"
        '<table class="edition-sources"><thead><tr><th>글</th><th>원본 파일</th><th>글쓴이</th><th>날짜</th>'
        "<th>원문 행 수</th><th>변경</th></tr></thead><tbody>\n" + "\n".join(rows) + "\n</tbody></table>\n"
    )
    counts = {
        rule.name: [sum(1 for e in essay.apparatus if e.rule == rule.name) for essay in edition.essays]
        for rule in RULES
    }
    heads = "".join(f"<th>{html_text(essay.meta.slug)}</th>" for essay in edition.essays)
    rule_rows = "\n".join(
        f"<tr><td><code>{rule.name}</code></td><td>{html_text(rule.label)}</td><td>{html_text(rule.reason)}</td>"
        + "".join(f"<td>{n or ''}</td>" for n in counts[rule.name])
        + "</tr>"
        for rule in RULES
    )
    rules = (
        "## 정제 규칙 {#rules}\n\n"
        "규칙은 아래 순서로 적용됩니다. 숫자는 글마다 그 규칙이 남긴 교정 기록의 건수입니다.\n\n"
        '<table class="edition-rules"><thead><tr><th>규칙</th><th>이름</th><th>이유</th>'
        f"{heads}</tr></thead><tbody>\n{rule_rows}\n</tbody></table>\n"
    )
    return f"\n\n{sources}\n{rules}\n{_lexicon(edition)}"


def _lexicon(edition: Edition) -> str:
    """The chrome lexicon by kind: what each kind is, how far one line of it counts, examples."""
    rows = []
    for kind in CHROME_KINDS:
        entries = [e for e in edition.lexicon if e.kind == kind]
        if not entries:
            continue
        examples = list(dict.fromkeys(w for e in entries for w in (*e.lines, *e.contains)))[:8]
        notes = "; ".join(dict.fromkeys(e.note for e in entries if e.note))
        size = sum(len(e.lines) + len(e.contains) + len(e.patterns) for e in entries)
        rows.append(
            f"<tr><td>{html_text(KIND_LABEL[kind])}</td><td>{html_text(reach(kind))}</td>"
            f"<td>{html_text(notes)}</td><td>{html_text(' · '.join(examples))}</td><td>{size}</td></tr>"
        )
    return (
        "## 플랫폼 화면 요소 사전 {#chrome}\n\n"
        "플랫폼 머리말·꼬리말·본문 속 요소 규칙이 쓰는 낱말과 문형입니다(`scripts/stages/chrome.yml`, "
        "편집자가 `seeds/chrome.yml`에 더할 수 있음). 낱말 하나만으로 줄을 지우지 않고, 글 앞뒤라는 자리와 "
        "이웃한 줄의 근거를 함께 봅니다. 확실하지 않은 줄은 본문에 남깁니다.\n\n"
        '<table class="edition-rules"><thead><tr><th>종류</th><th>판단</th><th>설명</th><th>예</th>'
        f"<th>항목 수</th></tr></thead><tbody>\n{chr(10).join(rows)}\n</tbody></table>\n"
    )
