"""Stage 5, render: the Korean search index, ``site/search/search_index.json``.

It keeps Material's shape (``{"config", "docs"}``: the search UI hands both to the worker
unchanged) but the documents are paragraphs, not pages, and each carries its analysed terms
in ``t``: the analyser's content tokens (particles stripped, Latin lower-cased), compounds
joined whole as well as in parts (설비+투자 → 설비투자, 빅 테크 → 빅테크), and alias-group
terms (``@e:nvidia`` wherever 엔비디아/Nvidia occurs). ``config.aliases`` maps every spelling
to its groups, so the browser expands 딥시크 to the same group as DeepSeek.
``docs/assets/search/worker.js`` reads this file; ``search/direct.json`` lists the theme,
glossary and people entries that ``direct.js`` shows above the results when a query names them.
"""

from __future__ import annotations

import json

from .analyse import Analyser, Token, analyse_cached, normalise
from .records import Annotations, Edition, Essay, Mention, Passage
from .render_themes import Lookup, theme_url

NOUNISH = ("NN", "NR", "SL", "SH", "SN", "XR")  # 130+조 → 130조, 빅+테크 → 빅테크
PARTICLES = (
    "에서부터 이라는 이라고 으로서 으로써 에게서 까지는 에서는 에서도 이라도 처럼 보다 부터 까지 에게 한테 "
    "에서 으로 라는 라고 이나 이며 이고 이다 만큼 마저 조차 과는 와는 에는 에도 로서 로써 "
    "은 는 이 가 을 를 의 에 로 와 과 도 만 나 란 야"
).split()


def _group_terms(mentions: tuple[Mention, ...], synonyms: dict[str, set[str]]) -> list[str]:
    """Alias-group terms for a block: every entity and term mention, and theme mentions in a synonym set."""
    out = []
    for m in mentions:
        if m.tagged:
            continue
        if m.kind == "entity":
            out.append(f"@e:{m.target}")
        elif m.kind == "term":
            out.append(f"@t:{m.target}")
        elif m.kind == "theme" and normalise(m.text) in synonyms.get(m.target, ()):
            out.append(f"@th:{m.target}")
    return out


def index_terms(text: str, tokens: tuple[Token, ...]) -> list[str]:
    """Forms, plus adjacent noun-like tokens joined (no gap, or one space: spacing variants)."""
    terms = [t.form for t in tokens]
    for a, b in zip(tokens, tokens[1:]):
        gap = text[a.end : b.start]
        if a.tag.startswith(NOUNISH) and b.tag.startswith(NOUNISH) and gap in ("", " "):
            terms.append(a.form + b.form)
    return terms


def alias_groups(annotations: Annotations) -> dict[str, list[str]]:
    """Normalised spelling → alias groups (entities, glossary terms, theme synonyms)."""
    data = annotations.data
    groups: dict[str, set[str]] = {}
    sources = (
        [(f"@e:{e.id}", e.aliases + (e.label, e.label_en)) for e in data.entities]
        + [(f"@t:{t.id}", t.aliases) for t in data.terms]
        + [(f"@th:{t.id}", t.synonyms) for t in data.themes]
    )
    for group, aliases in sources:
        for alias in aliases:
            groups.setdefault(normalise(alias), set()).add(group)
    return {alias: sorted(g) for alias, g in sorted(groups.items())}


def build_search_index(edition: Edition, analyser: Analyser, cache_dir) -> str:
    annotations = edition.annotations
    lookup = Lookup(edition)
    synonyms = {t.id: {normalise(s) for s in t.synonyms} for t in annotations.data.themes}
    docs = []
    for essay in edition.essays:
        docs.extend(_essay_docs(essay, annotations, lookup, analyser, cache_dir, synonyms))
    index = {
        "config": {
            "lang": ["ko"],
            "separator": r"[\s\-]+",
            "pipeline": [],
            "fields": {"title": {"boost": 1000.0}, "text": {"boost": 1.0}},
            "aliases": alias_groups(annotations),
            "particles": PARTICLES,
        },
        "docs": docs,
    }
    return json.dumps(index, ensure_ascii=False, separators=(",", ":"))


def build_direct_index(edition: Edition) -> str:
    """``search/direct.json``: what the search box lists above the results when a query names it."""
    direct = {"particles": PARTICLES, "entries": _direct_entries(edition.annotations)}
    return json.dumps(direct, ensure_ascii=False, separators=(",", ":"))


def _essay_docs(essay: Essay, annotations, lookup: Lookup, analyser: Analyser, cache_dir, synonyms) -> list[dict]:
    slug = essay.meta.slug
    page_text = essay.meta.gist or ""
    shown = essay.shown_blocks()
    # The same batch as annotate(), so the analysis comes from its cache entry.
    analysed = analyse_cached(analyser, [b.text for b in shown], cache_dir)
    head = essay.title + " " + page_text
    page_terms = index_terms(head, analyse_cached(analyser, [head], cache_dir)[0])
    docs = [{"location": essay.url, "title": essay.title, "text": page_text, "t": " ".join(page_terms), "k": "essay"}]
    for block, tokens in zip(shown, analysed):
        if block.level == 1:  # the title block: the page document stands for it
            continue
        passage = Passage(slug, block.id)
        terms = index_terms(block.text, tokens) + _group_terms(annotations.mentions.get(passage, ()), synonyms)
        docs.append(
            {
                "location": f"{essay.url}#{block.id}",
                "title": _section_title(lookup, passage),
                "text": block.text,
                "t": " ".join(terms),
                "k": block.kind,
            }
        )
    return docs


def _section_title(lookup: Lookup, passage: Passage) -> str:
    block = lookup.blocks[passage]
    if block.kind == "heading":
        return block.text
    return lookup.sections.get(passage) or "첫머리"


def _direct_entries(annotations: Annotations) -> list[dict]:
    """Theme pages, glossary terms and people/companies, matched by name above the results."""
    data = annotations.data
    linked = {}
    for e in data.entities:
        if e.theme:
            linked.setdefault(e.theme, []).extend(e.aliases)
    entries = [
        {
            "url": theme_url(t.id),
            "kind": "주제",
            "title": t.label,
            "text": t.description,
            "names": sorted({normalise(n) for n in (t.label, t.label_en, *t.synonyms, *linked.get(t.id, ()))}),
        }
        for t in data.themes
    ]
    entries += [
        {
            "url": f"glossary/#{t.id}",
            "kind": "용어",
            "title": t.term,
            "text": t.definition,
            "names": sorted({normalise(n) for n in (t.term, *t.aliases)}),
        }
        for t in data.terms
    ]
    entries += [
        {
            "url": f"people/#{e.id}",
            "kind": "인물" if e.type == "person" else "기업",
            "title": e.label,
            "text": e.label_en,
            "names": sorted({normalise(n) for n in (e.label, e.label_en, *e.aliases)}),
        }
        for e in data.entities
        if e.theme is None  # a company with a theme page is found through that theme
    ]
    return entries
