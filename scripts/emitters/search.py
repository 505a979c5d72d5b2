"""Stage 5, render: the Korean search index under ``site/search/``.

The documents are paragraphs, not pages. Each is indexed by its analysed terms: the analyser's
content tokens (particles stripped, Latin lower-cased), compounds joined whole as well as in
parts (설비+투자 → 설비투자, 빅 테크 → 빅테크), alias-group terms (``@e:nvidia`` wherever
엔비디아/Nvidia occurs) and the editors' concepts (``@k:valuation`` wherever 기업가치 or 멀티플
occurs, ``seeds/concepts.yml``: English and Korean words for one thing). The index holds, per
term, the documents it occurs in and how often, with each document's length (the browser computes
BM25 from them), and ``config.aliases`` lists every group's spellings (each group named once; the
browser reads it back as spelling → groups), so it expands 딥시크 to the same group as DeepSeek.

What travels is packed, since the whole index is the reader's download (the issue's budget:
1.5 × the index before the Korean search, gzip): group names shortened (``_short_groups``), the
ways of naming a company by its product as one stem (``company_forms``), a term of one document listed
under that document (``_packed``), a paragraph as [anchor, title, text] (``_rows``). worker.js
unpacks each where it reads it.

``search_index.json`` keeps Material's shape (``{"config", "docs"}``: the search UI hands it to
the worker unchanged). A small edition carries everything in it; past ``INLINE_LIMIT`` bytes the
postings are split into shards by the first letter (or two) of the term and the paragraphs into
one file per page, named by content hash, and the worker fetches only what a query needs, as
Pagefind does. ``docs/assets/search/worker.js`` reads both forms; ``search/direct.json`` lists the
theme, glossary and people entries that ``direct.js`` shows above the results.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from dataclasses import dataclass

from ..analyse import Analyser, Token, analyse_cached, normalise
from ..emitters.themes import Lookup
from ..readers.misspellings import misspellings
from ..records import Annotations, Edition, EditionError, Essay, Passage
from ..stages.annotate import Matcher
from ..urls import theme as theme_url
from .search_terms import (
    NUMBERS,
    english_words,
    mention_terms,
    number_terms,
    reduplicated_terms,
    surface_terms,
)

K1, B = 1.2, 0.5  # BM25 for short paragraphs
INLINE_LIMIT = 1_000_000  # bytes of postings and paragraphs kept in search_index.json itself
SHARD_BYTES = 60_000  # target size of one postings shard (~15-20 kB gzip)
NOUNISH = ("NN", "NR", "SL", "SH", "SN", "XR")  # 130+조 → 130조, 빅+테크 → 빅테크
PARTICLES = (
    "에서부터 으로부터 이라는 이라고 으로서 으로써 에게서 한테서 까지는 에서는 에서도 이라도 보다도 인가요 "
    "이에요 이야 예요 이냐 인가 일까 "  # the copula a question ends on: 어디 출신이야, 거품인가
    "처럼 보다 부터 까지 에게 한테 께서 이랑 하고 로부터 밖에 "
    "에서 으로 라는 라고 이나 이며 이고 이다 만큼 마저 조차 과는 와는 과의 와의 에는 에도 로서 로써 "
    "은 는 이 가 을 를 의 에 로 와 과 도 만 나 란 야 랑 께"
).split()


# Verbs that work as particles (~로 인해, ~에 대해, ~을 위해, ~을 통해, ~에 의해, ~에 관해, ~에 비해):
# their stems name no subject, and a noun spelt alike (인하 "a cut", 비하 "disparagement") would
# find them — 금리 인하 would answer "AI로 인한 이익". Not indexed; worker.js reads the query's
# forms of them (인한, 대해) as words that say how, not what.
POSTPOSITIONS = frozenset("인하 대하 위하 통하 의하 관하 비하".split())


def index_terms(text: str, tokens: tuple[Token, ...]) -> list[str]:
    """Forms (not the verbs that work as particles), adjacent noun-like tokens joined by two and by
    three (no gap, or one space: spacing variants; 한계 생산 비용 = 한계생산비용), amounts in their
    canonical spelling, the surface form of words the analyser cut into pieces, and reduplicated words."""
    terms = [t.form for t in tokens if not (t.tag.startswith("VV") and t.form in POSTPOSITIONS)]
    joins = [
        text[a.end : b.start] in ("", " ") and a.tag.startswith(NOUNISH) and b.tag.startswith(NOUNISH)
        for a, b in zip(tokens, tokens[1:])
    ]
    for i, joined in enumerate(joins):
        if joined:
            terms.append(tokens[i].form + tokens[i + 1].form)
            if i + 1 < len(joins) and joins[i + 1]:
                terms.append(tokens[i].form + tokens[i + 1].form + tokens[i + 2].form)
    return terms + number_terms(text) + surface_terms(text, tokens, PARTICLES) + reduplicated_terms(text)


def verb_stems(tokens: tuple[Token, ...]) -> tuple[str, ...]:
    """Stems of verbs and adjectives: the worker takes a word with its endings undone (맴돌던 → 맴돌)
    only to one of these, never to a noun (발전기 is no 발전 + 기)."""
    return tuple(t.form for t in tokens if t.tag.startswith(("VV", "VA", "VX")) and t.form not in POSTPOSITIONS)


def alias_groups(annotations: Annotations, concepts: set[str] = frozenset()) -> dict[str, list[str]]:
    """Normalised spelling → alias groups (entities, glossary terms, theme synonyms), the themes
    it names (``@c:`` for every alias of a theme, its labels and the words of its English label:
    power → 전력과 반도체 팹) and the editors' concepts some passage uses (``@k:``, only those in
    ``concepts``: a concept no essay speaks of costs the index nothing)."""
    data = annotations.data
    groups: dict[str, set[str]] = {}
    sources = [(f"@k:{c.id}", c.words) for c in data.vocabulary if c.id in concepts]
    sources += (
        [(f"@e:{e.id}", e.aliases + (e.label, e.label_en)) for e in data.entities]
        + [(f"@t:{t.id}", t.aliases) for t in data.terms]
        + [(f"@th:{t.id}", t.synonyms) for t in data.themes]
        + [(f"@c:{t.id}", (*t.aliases, t.label, t.label_en, *english_words(t.label_en))) for t in data.themes]
    )
    sources += [(f"@e:{e.id}", family_names(e)) for e in data.entities if e.type == "person"]
    sources += [(f"@e:{e.id}", e.epithets) for e in data.entities]
    sources += [(f"@t:{t.id}", (t.id.replace("-", ""),)) for t in data.terms]  # the editors' English name
    for group, aliases in sources:
        for alias in aliases:
            for key in typed_forms(alias):
                groups.setdefault(key, set()).add(group)
    for key, said in said_forms(company_forms(annotations)).items():
        groups.setdefault(key, set()).update(said)
    return {alias: sorted(g) for alias, g in sorted(groups.items())}


def other_senses(annotations: Annotations) -> dict[str, list[str]]:
    """A phrase where a theme's alias means something else (필터 버블) → the aliases in it, which the
    worker then reads as their own spelling only."""
    out: dict[str, list[str]] = {}
    for theme in annotations.data.themes:
        for phrase in theme.other_senses:
            key = normalise(phrase)
            out[key] = sorted({normalise(a) for a in theme.aliases if normalise(a) in key})
    return dict(sorted(out.items()))


def by_group(aliases: dict[str, list[str]]) -> dict[str, list[str]]:
    """Group → its spellings: the alias table as it travels, each group written once rather than
    after each of its spellings (a quarter fewer bytes, gzip)."""
    out: dict[str, list[str]] = {}
    for alias, groups in aliases.items():
        for group in groups:
            out.setdefault(group, []).append(alias)
    return dict(sorted(out.items()))


# The company behind a product, said any way (인스타그램 운영사 = 개발사 = 만드는 회사); a parent is also the
# maker of a product that is no company of its own (인스타그램 모회사 = 운영사, but 구글 모회사 is Alphabet).
MAKERS = ("운영사", "개발사", "제조사", "만드는 회사", "만든 회사", "운영하는 회사", "업체")
PARENTS = ("모회사", "모기업")
# A company described (대만 반도체 회사, 손정의 회사) is said with any of the nouns for one.
COMPANY = ("회사", "기업", "업체")


def company_words(epithet: str, companies: set[str]) -> tuple[str, tuple[str, ...]] | None:
    """An epithet naming a company by its product → the product and the words it goes with:
    지포스 제조사 → 지포스 with MAKERS (링크드인 모회사 too: LinkedIn is no company of its own, but
    구글 모회사 is Alphabet); one describing it → the description with the nouns for a company:
    대만 반도체 회사 → 대만 반도체 with COMPANY."""
    for word in MAKERS + PARENTS + COMPANY:
        product = epithet.removesuffix(" " + word)
        if product == epithet:
            continue
        if word in COMPANY:
            return product, COMPANY
        return (product, MAKERS) if word in MAKERS or normalise(product) not in companies else None
    return None


def company_forms(annotations: Annotations) -> list[list]:
    """[the words, {group: stems}] for MAKERS and COMPANY: worker.js says each stem with each word
    (지포스 → 지포스개발사, 지포스만드는회사 …), so the index carries a stem once, not its seven forms
    (3 kB, gzip). A stem is a key's typed form with the word taken off (dall-e/dalle)."""
    data = annotations.data
    named = {normalise(n) for e in data.entities if e.type != "person" for n in (e.label, e.label_en, *e.aliases)}
    stems: dict[tuple[str, ...], dict[str, set[str]]] = {MAKERS: {}, COMPANY: {}}
    for entity in data.entities:
        for epithet in entity.epithets:
            if found := company_words(epithet, named):
                product, words = found
                forms = {f.removesuffix(normalise(words[0])) for f in typed_forms(f"{product} {words[0]}")}
                stems[words].setdefault(f"@e:{entity.id}", set()).update(forms)
    return [
        [[normalise(w) for w in words], {group: sorted(s) for group, s in sorted(groups.items())}]
        for words, groups in stems.items()
    ]


def said_forms(forms: list[list]) -> dict[str, set[str]]:
    """``company_forms`` said out, as worker.js does: key → groups."""
    out: dict[str, set[str]] = {}
    for words, groups in forms:
        for group, stems in groups.items():
            for stem in stems:
                for word in words:
                    out.setdefault(stem + word, set()).add(group)
    return out


def typed_forms(name: str) -> set[str]:
    """The keys a reader may type for a name: normalised, and without what readers leave out —
    hyphens (High-Flyer → highflyer), apostrophes (Levi's → levis), a gloss in parentheses
    (Alphabet (Google's parent company) → alphabet), the ampersand (Barnes & Noble → barnesnoble,
    barnesandnoble)."""
    key = normalise(name)
    forms = {key, re.sub(r"\(.*\)$", "", key) or key}
    forms |= {f.replace("&", "and") for f in forms if "&" in f}
    for mark in ("-", "'", "’", "&"):
        forms |= {f.replace(mark, "") for f in forms}
    return {f for f in forms if f and (f == key or len(f) >= 3)}  # M&A is no "ma"


def family_names(person) -> list[str]:
    """The last word of a person's spaced names, as readers call them (게이츠, Galloway, 안드리센);
    a one-syllable one is a surname before a title instead (see ``surnames``)."""
    out = []
    for name in (person.label, person.label_en, *person.aliases):
        words = name.split()
        if len(words) > 1 and (len(words[-1]) >= 2 if "가" <= words[-1][0] <= "힣" else len(words[-1]) >= 4):
            out.append(words[-1])
    return out


def surnames(annotations: Annotations) -> dict[str, list[str]]:
    """A person's surname as readers write it before a title (손 회장, 황 CEO) → their group:
    the first syllable of a Korean name written solid (손정의), the last word of a spaced one
    when it is a syllable (젠슨 황)."""
    out: dict[str, set[str]] = {}
    for person in (e for e in annotations.data.entities if e.type == "person"):
        for name in (person.label, *person.aliases):
            words = name.split()
            if len(words) == 1 and 2 <= len(name) <= 4 and all("가" <= c <= "힣" for c in name):
                out.setdefault(name[0], set()).add(f"@e:{person.id}")
            elif len(words) > 1 and len(words[-1]) == 1 and "가" <= words[-1] <= "힣":
                out.setdefault(words[-1], set()).add(f"@e:{person.id}")
    return {syllable: sorted(g) for syllable, g in sorted(out.items())}


@dataclass(frozen=True)
class SearchDoc:
    location: str
    title: str
    text: str
    terms: tuple[str, ...]
    comment: bool = False  # a reader's comment: ranks below the essay at equal relevance
    verbs: tuple[str, ...] = ()  # the verbs' and adjectives' stems among its terms


@dataclass(frozen=True)
class SearchFiles:
    index: str  # search/search_index.json
    files: dict[str, str]  # path under search/ → content (shards, paragraphs of a page)


def search_docs(edition: Edition, analyser: Analyser, cache_dir) -> list[SearchDoc]:
    """Every essay's page document followed by its paragraphs, in edition order."""
    annotations = edition.annotations
    lookup = Lookup(edition)
    synonyms = {t.id: {normalise(s) for s in t.synonyms} for t in annotations.data.themes}
    concepts = Matcher(annotations.data, analyser, cache_dir, (("concept", annotations.data.vocabulary),))
    listed = {normalise(w) for c in annotations.data.vocabulary for w in c.words}
    return [
        doc
        for essay in edition.essays
        for doc in _essay_docs(essay, annotations, lookup, analyser, cache_dir, synonyms, concepts, listed)
    ]


def build_search_index(
    edition: Edition, analyser: Analyser, cache_dir, inline_limit: int = INLINE_LIMIT
) -> SearchFiles:
    """The index files; past ``inline_limit`` bytes (the plugin's ``search_inline_limit``) sharded."""
    docs = search_docs(edition, analyser, cache_dir)
    _check_equivalents(edition.annotations.data.equivalents, _concepts_used(docs))
    forms = company_forms(edition.annotations)
    said = said_forms(forms)  # the worker says these from ``forms``
    aliases = by_group(
        {
            a: kept
            for a, gs in alias_groups(edition.annotations, _concepts_used(docs)).items()
            if (kept := [g for g in gs if g not in said.get(a, ())])
        }
    )
    groups = _short_groups(docs, aliases)
    postings = {groups.get(t, t): p for t, p in sorted(_postings(docs).items())}
    shown = _rows(docs)
    pages = [(i, d.location) for i, d in enumerate(docs) if "#" not in d.location]
    config = {
        "lang": ["ko"],
        "separator": r"[\s\-]+",
        "pipeline": [],
        "fields": {"title": {"boost": 1000.0}, "text": {"boost": 1.0}},
        "aliases": {groups[g]: spellings for g, spellings in aliases.items()},
        "forms": [[words, {groups[g]: s for g, s in stems.items()}] for words, stems in forms],
        "surnames": {s: [groups[g] for g in gs] for s, gs in surnames(edition.annotations).items()},
        "persons": sorted(groups[f"@e:{e.id}"] for e in edition.annotations.data.entities if e.type == "person"),
        "particles": PARTICLES,
        "numbers": NUMBERS,
        "verbs": sorted({v for d in docs for v in d.verbs}),
        "misspellings": _misspellings(postings),
        "apart": other_senses(edition.annotations),
    }
    comments = [i for i, d in enumerate(docs) if d.comment]
    bm25 = {"bm25": [K1, B], "lengths": [len(d.terms) for d in docs]}
    size = sum(_size(t, p) for t, p in postings.items()) + len(_dumps(shown))
    if size <= inline_limit:
        config["index"] = {
            "docs": len(docs),
            "pages": [[url, first] for first, url in pages],
            "comments": comments,
            **bm25,
            "shards": [_packed(postings)],
        }
        return SearchFiles(_dumps({"config": config, "docs": shown}), {})
    files: dict[str, str] = {}
    page_rows = []
    for (first, url), (end, _) in zip(pages, pages[1:] + [(len(docs), "")]):
        page_rows.append([url, first, _hashed(files, "p", _dumps(shown[first:end]))])
    keys, split, shards = _shards(postings)
    config["index"] = {
        "docs": len(docs),
        "pages": page_rows,
        "comments": comments,
        **bm25,
        "split": "".join(sorted(split)),
        "keys": keys,
        "shards": [_hashed(files, "t", _dumps(_packed(shard))) for shard in shards],
    }
    return SearchFiles(_dumps({"config": config, "docs": []}), files)


def _cut_words(mentions, terms: list[str], listed: set[str]) -> list[str]:
    """A concept's word (``listed``), one word as written, where the analyser cut it (채굴/자 → 채굴자): the
    passage writing the reader's word ranks above one writing another word of the concept (광부)."""
    have = set(terms)
    return sorted(
        {
            w
            for m in mentions
            if m.kind == "concept"
            and not re.search(r"\s", m.text)
            and (w := normalise(m.text)) in listed
            and w not in have
        }
    )


def _rows(docs: list[SearchDoc]) -> list[list[str]]:
    """What a result shows, as [anchor, title, text]: the page's own row has no anchor (its page
    URL is in ``pages``), and a title the row before had is "" (a section's paragraphs share one)."""
    rows, title = [], None
    for d in docs:
        rows.append([d.location.partition("#")[2], "" if d.title == title else d.title, d.text])
        title = d.title
    return rows


def _misspellings(postings: dict) -> dict[str, str]:
    """Misspelt word → the term of its standard spelling (a verb by its stem), for the spellings
    some essay writes."""
    return {
        m.wrong.removesuffix("다"): right for m in misspellings() if (right := m.right.removesuffix("다")) in postings
    }


def _concepts_used(docs: list[SearchDoc]) -> set[str]:
    """The editors' concepts some passage uses (``@k:``) or discusses in other words (``@kt:``)."""
    return {t.split(":", 1)[1] for d in docs for t in d.terms if t.startswith(("@k:", "@kt:"))}


def _check_equivalents(equivalents, used: set[str]) -> None:
    """Every English–Korean equivalent is one an essay writes: a word no passage uses is a typo or
    an invention, and fails the build at its line."""
    for equivalent in equivalents:
        if equivalent.id not in used:
            words = ", ".join(equivalent.words)
            raise EditionError(
                equivalent.file,
                f"no essay writes any of {words}; check the spelling against the text (the analyser must "
                "find the whole word) or remove the entry",
                equivalent.line,
            )


def _dumps(value) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _size(term: str, postings: list[int]) -> int:
    """About the bytes a term takes in a shard (without encoding it twice)."""
    return len(term.encode()) + 4 * len(postings)


def _hashed(files: dict[str, str], folder: str, content: str) -> str:
    """Store ``content`` under a name that changes with it, so no browser mixes two builds' files."""
    name = f"{folder}/{hashlib.sha256(content.encode()).hexdigest()[:12]}.json"
    files[name] = content
    return name


def _postings(docs: list[SearchDoc]) -> dict[str, list[int]]:
    """term → its documents as gaps, each followed by minus its count when that is more than one
    ([0, 5, -2, 9]: documents 0, 5 twice, 14). Counts instead of BM25's weights, which the worker
    computes, and no count for the mostly single ones: 7 kB less (gzip)."""
    out: dict[str, list[int]] = {}
    last: dict[str, int] = {}
    for i, doc in enumerate(docs):
        for term, tf in Counter(doc.terms).items():
            out.setdefault(term, []).extend((i - last.get(term, 0), -tf) if tf > 1 else (i - last.get(term, 0),))
            last[term] = i
    return out


def _short_groups(docs: list[SearchDoc], aliases: dict[str, list[str]]) -> dict[str, str]:
    """Every group term (``@k:en-world-government-summit``) → a short one (``@k:5x``) for the index:
    the worker reads only a group's kind from its name. A name keeps one short form across kinds, so
    ``@kt:`` (a passage tagged with a concept) stays ``@k:``'s tagged twin."""
    names = {t for d in docs for t in d.terms if t.startswith("@")} | set(aliases)
    ids = sorted({g.split(":", 1)[1] for g in names})
    short = {name: _base36(i) for i, name in enumerate(ids)}
    return {g: g.split(":", 1)[0] + ":" + short[g.split(":", 1)[1]] for g in names}


def _base36(n: int) -> str:
    digits = ""
    while True:
        n, d = divmod(n, 36)
        digits = "0123456789abcdefghijklmnopqrstuvwxyz"[d] + digits
        if not n:
            return digits


def _packed(postings: dict[str, list[int]]) -> list:
    """A shard as it travels: [the postings of the terms in more than one document or more than once
    in one, per document the terms it holds once and alone, space-separated (a term holds no space:
    the analyser's forms are normalised, group names are identifiers)]. Three terms in five are such,
    and a lone document's number then comes once, not after each of them (2.6 kB less, gzip)."""
    many: dict[str, list[int]] = {}
    once: dict[int, list[str]] = {}
    for term, p in postings.items():
        if len(p) == 1:  # a single gap: the document itself, the term once
            once.setdefault(p[0], []).append(term)
        else:
            many[term] = p
    return [many, [" ".join(once.get(doc, ())) for doc in range(max(once, default=-1) + 1)]]


def shard_key(term: str, split: set[str]) -> str:
    """Which shard a term lives in: alias groups whole, words by their first letter, or by their
    first two letters when that letter's words are too many for one shard (worker.js keyOf)."""
    if term.startswith("@"):
        return term
    return term[:2] if term[0] in split and len(term) > 1 else term[0]


def _shards(postings: dict[str, list[int]]) -> tuple[dict[str, int], set[str], list[dict[str, list[int]]]]:
    """Keys packed in order into shards of about SHARD_BYTES."""
    by_letter = Counter()
    for term, p in postings.items():
        if not term.startswith("@"):
            by_letter[term[0]] += _size(term, p)
    split = {letter for letter, size in by_letter.items() if size > SHARD_BYTES}
    keyed: dict[str, dict[str, list[int]]] = {}
    for term, p in postings.items():
        keyed.setdefault(shard_key(term, split), {})[term] = p
    keys: dict[str, int] = {}
    shards: list[dict[str, list[int]]] = [{}]
    size = 0
    for key in sorted(keyed):
        key_size = sum(_size(t, p) for t, p in keyed[key].items())
        if size and size + key_size > SHARD_BYTES:
            shards.append({})
            size = 0
        shards[-1].update(keyed[key])
        keys[key] = len(shards) - 1
        size += key_size
    return keys, split, shards


def build_direct_index(edition: Edition) -> str:
    """``search/direct.json``: what the search box lists above the results when a query names it."""
    direct = {"particles": PARTICLES, "entries": _direct_entries(edition.annotations)}
    return json.dumps(direct, ensure_ascii=False, separators=(",", ":"))


def _essay_docs(
    essay: Essay,
    annotations,
    lookup: Lookup,
    analyser: Analyser,
    cache_dir,
    synonyms,
    concepts: Matcher,
    listed: set[str],
) -> list[SearchDoc]:
    """The page document (title, gist, author, platform, and the figures' captions: a placeholder is
    never shown as a result) and one document per other paragraph, comments flagged."""
    slug = essay.meta.slug
    shown = essay.shown_blocks()
    # The same batch as annotate(), so the analysis comes from its cache entry.
    analysed = analyse_cached(analyser, [b.text for b in shown], cache_dir)
    facts = [f.value for f in (essay.meta.author, essay.meta.platform) if f.known]
    head = " ".join([essay.title, essay.meta.gist or "", *facts])
    head_tokens = analyse_cached(analyser, [head], cache_dir)[0]
    page_terms, page_verbs = index_terms(head, head_tokens), verb_stems(head_tokens)
    comments = {b.id for section in essay.sections if section.is_comments for b in section.blocks}
    docs = []
    for block, tokens in zip(shown, analysed):
        if block.level == 1:  # the title block: the page document stands for it
            continue
        passage = Passage(slug, block.id)
        mentions = (*annotations.mentions.get(passage, ()), *concepts.find(block.text, tokens))
        terms = index_terms(block.text, tokens) + mention_terms(mentions, synonyms, normalise)
        terms += _cut_words(mentions, terms, listed)
        terms += [f"@kt:{concept}" for concept in annotations.concepts.get(passage, ())]  # the editors' reading
        if block.kind == "figure":  # a placeholder is never a result: its caption finds the page
            page_terms += terms
            page_verbs += verb_stems(tokens)
            continue
        title = _section_title(lookup, passage)
        comment = block.kind == "comment" or block.id in comments
        docs.append(SearchDoc(f"{essay.url}#{block.id}", title, block.text, tuple(terms), comment, verb_stems(tokens)))
    return [SearchDoc(essay.url, essay.title, essay.meta.gist or "", tuple(page_terms), verbs=tuple(page_verbs)), *docs]


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
