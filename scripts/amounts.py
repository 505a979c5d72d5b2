"""The numbers the essays cite, normalised: Korean amounts ("1.4조 달러"), dollar ranges at the
rate an essay itself uses, disagreements between essays, and when a figure or event happened.
Data, not markup: the figures page, the timeline and the manifest all read it."""

from __future__ import annotations

from .editorial import Debate, Event, Figure
from .wording import korean_date

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


def amount_text(figure: Figure) -> str:
    """The figure as the table shows it: normalised, or in the text's own words."""
    if figure.wording:
        return figure.wording
    high = f"–{korean_amount(figure.amount_max, figure.unit)}" if figure.amount_max else ""
    return korean_amount(figure.amount, figure.unit) + high


def usd_range(figure: Figure, krw_per_usd: float | None) -> tuple[float, float] | None:
    if figure.amount is None:  # a vague amount is never converted or compared
        return None
    high = figure.amount_max or figure.amount
    if figure.unit == "USD":
        return figure.amount, high
    if figure.unit == "KRW" and krw_per_usd:
        return figure.amount / krw_per_usd, high / krw_per_usd
    return None


def usd_text(figure: Figure, krw_per_usd: float | None) -> str:
    """ "≈ 1,023억 달러" for a figure in won; nothing for one already in dollars or not convertible."""
    usd = usd_range(figure, krw_per_usd)
    if not usd or figure.unit != "KRW":
        return ""
    return f"≈ {korean_amount(usd[0], 'USD')}" + (f"–{korean_amount(usd[1], 'USD')}" if figure.amount_max else "")


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


def when(item: Figure | Event) -> str:
    """The date a figure or event refers to, as the text gives it, or an editors' note's date."""
    if item.date:
        text = korean_date(item.date, item.date_precision)
        return text + (f"–{korean_date(item.date_end)}" if item.date_end else "")
    if item.date_note:
        return f"{korean_date(item.date_note)} (편집자 주)"
    return "본문에 없음"


def time_order(item: Figure | Event) -> str:
    return item.date or item.date_note or "9999"
