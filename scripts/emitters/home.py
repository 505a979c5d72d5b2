"""Emitters: the home page (essay cards, ways in by theme and by question, ``home.html``) and
the generated part of "이 판에 대하여" (the source texts and the cleaning rules,
``about-sources.html``, ``about-rules.html``, ``about-chrome.html``), appended to ``docs/about.md``."""

from __future__ import annotations

from .. import urls
from ..editorial import CHROME_KINDS
from ..page import Page
from ..records import Edition
from ..render import fragment
from ..stages.chrome import KIND_LABEL, reach
from ..stages.clean import RULES
from ..wording import FACT_LABELS, STATUS, UNKNOWN, fact_text, page_meta, reading_minutes


def render_home(edition: Edition) -> Page:
    here = urls.HOME
    index = edition.annotations.index
    essays = []
    for essay in edition.essays:
        meta = essay.meta
        # Unknown facts are named once, together: "글쓴이·게재처 알 수 없음", not each on its own.
        facts = ("author", "platform", "date")
        parts = [fact_text(name, getattr(meta, name)) for name in facts if getattr(meta, name).known]
        unknown = [FACT_LABELS[name] for name in facts if not getattr(meta, name).known]
        parts += [f"{'·'.join(unknown)} {UNKNOWN}"] if unknown else []
        essays.append(
            {
                "url": urls.href(here, essay.url),
                "title": essay.title,
                "gist": meta.gist,
                "meta": parts,
                "minutes": reading_minutes(essay),
            }
        )
    reach = {t.id: len({p.essay for p in index.get(("theme", t.id), ())}) for t in edition.annotations.data.themes}
    themes = [
        {"url": urls.href(here, urls.theme(t.id)), "label": t.label, "essays": reach[t.id]}
        for t in sorted(edition.annotations.data.themes, key=lambda t: -reach[t.id])
        if reach[t.id]
    ]
    questions = [
        {"url": urls.href(here, urls.question(q.id)), "text": q.text, "essays": len(q.stances)}
        for q in edition.debate.questions
    ]
    links = {
        name: urls.href(here, route)
        for name, route in (
            ("themes", urls.THEMES),
            ("debate", urls.DEBATE),
            ("compare", urls.COMPARE),
            ("figures", urls.FIGURES),
            ("timeline", urls.TIMELINE),
            ("glossary", urls.GLOSSARY),
            ("people", urls.PEOPLE),
            ("about", urls.ABOUT),
        )
    }
    meta = {**page_meta("home", n=len(edition.essays)), "hide": ["navigation", "toc"]}
    html = fragment("home.html", essays=essays, themes=themes, questions=questions, links=links)
    return Page(here, meta, (f"# {meta['title']} {{#home}}", html))


def about_appendix(edition: Edition) -> Page:
    """The generated end of ``docs/about.md`` (its body only: the page's own front matter stays)."""
    here = urls.ABOUT
    sources = [
        {
            "url": urls.href(here, essay.url),
            "title": essay.title,
            "file": essay.meta.source,
            "slug": essay.meta.slug,
            "short": essay.short,
            "author": fact_text("author", essay.meta.author),
            "date": fact_text("date", essay.meta.date),
            "status": STATUS[essay.meta.date.status],
            "lines": len(essay.source.lines),
            "changes": len(essay.apparatus),
        }
        for essay in edition.essays
    ]
    rules = [
        {
            "name": rule.name,
            "label": rule.label,
            "reason": rule.reason,
            "counts": [sum(1 for e in essay.apparatus if e.rule == rule.name) for essay in edition.essays],
        }
        for rule in RULES
    ]
    body = (
        "## 원문 {#sources}",
        fragment("about-sources.html", sources=sources),
        "## 정제 규칙 {#rules}",
        fragment("about-rules.html", sources=sources, rules=rules),
        "## 플랫폼 화면 요소 사전 {#chrome}",
        fragment("about-chrome.html", kinds=_lexicon(edition)),
    )
    return Page(here, {}, body)


def _lexicon(edition: Edition) -> list[dict]:
    """The chrome lexicon by kind: what each kind is, how far one line of it counts, examples."""
    kinds = []
    for kind in CHROME_KINDS:
        entries = [e for e in edition.lexicon if e.kind == kind]
        if entries:
            kinds.append(
                {
                    "label": KIND_LABEL[kind],
                    "reach": reach(kind),
                    "notes": "; ".join(dict.fromkeys(e.note for e in entries if e.note)),
                    "examples": list(dict.fromkeys(w for e in entries for w in (*e.lines, *e.contains)))[:8],
                    "size": sum(len(e.lines) + len(e.contains) + len(e.patterns) for e in entries),
                }
            )
    return kinds
