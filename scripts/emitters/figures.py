"""Stage 5, render: the numbers the essays cite (normalised, with cross-essay disagreements
flagged) and the timeline of the dated events they mention."""

from __future__ import annotations

from ..citations import Anchors
from ..editorial import Debate, Figure
from ..emitters.essay import format_date
from ..emitters.themes import href
from ..escape import front_matter, html_text
from ..korean import particle
from ..records import Edition, Fact, Page

TOLERANCE = 0.10  # figures on one subject within 10 % of each other agree
CURRENCY = {"USD": "달러", "KRW": "원"}


def korean_amount(amount: float, unit: str) -> str:
    """1400000000000, USD → "1.4조 달러"; 17, % → "17%"."""
    if unit in CURRENCY:
        for size, name in ((1e12, "조"), (1e8, "억"), (1e4, "만")):
            if amount >= size:
                return f"{amount / size:,.4g}{name} {CURRENCY[unit]}"
        return f"{amount:,.4g} {CURRENCY[unit]}"
    return f"{amount:g}{unit}" if unit in ("%", "배") else f"{amount:g} {unit}"


def usd_range(figure: Figure, krw_per_usd: float | None) -> tuple[float, float] | None:
    if figure.amount is None:  # a vague amount is never converted or compared
        return None
    high = figure.amount_max or figure.amount
    if figure.unit == "USD":
        return figure.amount, high
    if figure.unit == "KRW" and krw_per_usd:
        return figure.amount / krw_per_usd, high / krw_per_usd
    return None


def disagreements(debate: Debate) -> dict[str, list[Figure]]:
    """Figure id → figures in other essays on the same subject whose values do not overlap."""
    out: dict[str, list[Figure]] = {}
    by_subject: dict[str, list[Figure]] = {}
    for figure in debate.figures:
        by_subject.setdefault(figure.subject, []).append(figure)
    for figures in by_subject.values():
        for f in figures:
            for g in figures:
                if f.citation.essay == g.citation.essay:
                    continue
                rf, rg = usd_range(f, debate.krw_per_usd), usd_range(g, debate.krw_per_usd)
                if rf and rg and (rf[1] * (1 + TOLERANCE) < rg[0] or rg[1] * (1 + TOLERANCE) < rf[0]):
                    out.setdefault(f.id, []).append(g)
    return out


PRECISION = {"after": " 이후", "about": "쯤"}


def _when(date: str | None, end: str | None, note: str | None, precision: str | None = None) -> str:
    if date:
        text = format_date(Fact(date, "stated")) + PRECISION.get(precision, "")
        return text + (f"–{format_date(Fact(end, 'stated'))}" if end else "")
    if note:
        return f"{format_date(Fact(note, 'stated'))} (편집자 주)"
    return "본문에 없음"


def amount_text(figure: Figure) -> str:
    """The figure as the table shows it: normalised, or in the text's own words."""
    if figure.wording:
        return figure.wording
    high = f"–{korean_amount(figure.amount_max, figure.unit)}" if figure.amount_max else ""
    return korean_amount(figure.amount, figure.unit) + high


def render_figures(edition: Edition, anchors: Anchors) -> Page:
    debate = edition.debate
    here = "figures/"
    essays = {e.meta.slug: e for e in edition.essays}
    flagged = disagreements(debate)
    rows = []
    for f in debate.figures:
        usd = usd_range(f, debate.krw_per_usd)
        usd_text = ""
        if usd and f.unit == "KRW":
            usd_text = f"≈ {korean_amount(usd[0], 'USD')}" + (
                f"–{korean_amount(usd[1], 'USD')}" if f.amount_max else ""
            )
        amount = amount_text(f)
        flag = ""
        if f.id in flagged:
            others = ", ".join(
                f'<a href="#fig-{g.id}">{html_text(essays[g.citation.essay].short)}: {html_text(g.label)}</a>'
                for g in flagged[f.id]
            )
            flag = f'<p class="edition-figure-flag" role="note"><span aria-hidden="true">⚠</span> 다른 글과 다름 — {others}</p>'
        row_class = ' class="edition-figure-row--flagged"' if flag else ""
        rows.append(
            f'<tr id="fig-{f.id}"{row_class}>'
            f"<td>{html_text(essays[f.citation.essay].short)}</td>"
            f"<td>{html_text(f.label)}{flag}</td>"
            f'<td><a href="{href(here, anchors.url(f.citation))}"><q>{html_text(f.citation.quote)}</q></a></td>'
            f'<td class="edition-num">{html_text(amount)}{(" " + html_text(f.qualifier)) if f.qualifier else ""}'
            f'<br><span class="edition-num__usd">{html_text(usd_text)}</span></td>'
            f"<td>{html_text(_when(f.date, f.date_end, f.date_note, f.date_precision))}</td></tr>"
        )
    rate = ""
    if debate.krw_per_usd and debate.rate_citation:
        short = essays[debate.rate_citation.essay].short
        rate = (
            f'원화와 달러는 <a href="{href(here, anchors.url(debate.rate_citation))}">글 「{html_text(short)}」</a>'
            f"{particle(short, '이/가')} 스스로 쓴 환율(1달러 = {debate.krw_per_usd:,.0f}원)로 견주었습니다. "
        )
    markdown = (
        front_matter(
            hide=["toc"], title="글에 나오는 수치", description="글들이 인용한 숫자를 단위와 통화로 맞추어 모은 표"
        )
        + f'<p class="edition-lead">글에 나오는 숫자를 단위와 통화를 맞추어 모았습니다. {rate}'
        "같은 대상을 두고 글마다 숫자가 크게 다르면 ⚠ 표시를 붙였습니다. 날짜는 본문이 밝힌 시점이며, "
        "본문에 없고 편집자 주로만 알 수 있는 날짜는 그렇게 표시했습니다.</p>\n\n"
        + '<div class="edition-grid-wrap"><table class="edition-figures"><caption>글에 나오는 수치</caption>'
        + '<thead><tr><th scope="col">글</th><th scope="col">무엇</th><th scope="col">원문</th>'
        + '<th scope="col">값</th><th scope="col">시점</th></tr></thead><tbody>\n'
        + "\n".join(rows)
        + "\n</tbody></table></div>\n"
    )
    return Page("figures.md", markdown)


def _sort_key(event) -> str:
    return event.date or event.date_note or "9999"


def render_timeline(edition: Edition, anchors: Anchors) -> Page:
    here = "timeline/"
    essays = {e.meta.slug: e for e in edition.essays}
    items = "\n".join(
        f'<li class="edition-timeline__item"><time>{html_text(_when(e.date, e.date_end, e.date_note, e.date_precision))}</time> '
        f"<strong>{html_text(e.label)}</strong> "
        f'<a href="{href(here, anchors.url(e.citation))}">{html_text(essays[e.citation.essay].short)}: '
        f"<q>{html_text(e.citation.quote)}</q></a></li>"
        for e in sorted(edition.debate.events, key=_sort_key)
    )
    markdown = (
        front_matter(title="연표", description="글들이 언급한 날짜 있는 사건을 시간순으로")
        + '<p class="edition-lead">글에 나오는 날짜 있는 사건을 시간순으로 모았습니다. 링크는 그 사건을 말하는 원문 구절입니다.</p>\n\n'
        + f'<ol class="edition-timeline">\n{items}\n</ol>\n'
    )
    return Page("timeline.md", markdown)
