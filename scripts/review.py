"""``make review``: what a human must check in the editors' layer, computed from the texts.

- stances whose label's words stand in none of the quotes that cite it (a label must be carried
  by its quote); an editor who has checked one records why in the stance's ``checked``;
- claim links that run backwards in time (an earlier essay "extends" a later one);
- figures in 원 or 달러 whose quote names no currency (a currency the text does not give);
- editors' notes with no visible marker on their essay's page;
- theme passages that depart from the theme gold set, suppressions that suppress nothing, and,
  in essays the gold does not cover, blocks that spell a theme's alias but are not its passages;
- lines the cleaning kept in the reading text although they look like platform chrome ("possible
  chrome"; ``make review-clean`` prints them per seed with a summary).

Prints one line per item, ``file:line: what to check``; nothing when all is in order.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from .analyse import analyser, normalise
from .cite import resolve
from .editorial import Debate
from .emitters.essay import block_views
from .pipeline import build_edition
from .records import Edition, Passage
from .stages.annotate import user_words
from .stages.chrome import Lexicon
from .stages.clean import possible_chrome
from .themegold import automatic, read_gold, score

ROOT = Path(__file__).resolve().parents[1]
CURRENCY = re.compile(r"달러|원|\$|₩|USD|KRW|엔|유로", re.IGNORECASE)
CONTENT = ("NN", "VV", "VA", "SL", "XR", "SN", "MAG")
GENERIC = {
    "것",
    "수",
    "글",
    "등",
    "때",
    "점",
    "중",
    "있",
    "하",
    "되",
    "않",
    "없",
    "이",
    "보",
    "지금",
    "대",
    "비하",
    "너무",
    "모두",
}


def stance_labels(edition: Edition) -> list[str]:
    an = analyser(user_words(edition.annotations.data))
    out = []
    for question in edition.debate.questions:
        for stance in question.stances.values():
            quoted = normalise(" ".join(c.quote or "" for c in stance.citations))
            missing = [w[0] for w in _words(an, stance.label) if not any(form in quoted for form in w)]
            if missing and not stance.checked:
                first = stance.citations[0]
                out.append(
                    f"{first.file}:{first.line}: stance '{stance.label}' ({question.id} × {stance.essay}): "
                    f"{', '.join(missing)} stand in none of its quotes; check the label, or record why in checked:"
                )
    return out


def _words(an, text: str) -> list[tuple[str, ...]]:
    """Content words, each as the spellings that count as quoting it: a noun as itself, a verb by
    its surface and by its stem without the last syllable, which conjugation changes
    (떨어지 → 떨어: 떨어진; 벌 → 버: 버는)."""
    out = []
    for t in an.tokens(text):
        if not t.tag.startswith(CONTENT) or t.form in GENERIC:
            continue
        if t.tag.startswith(("VV", "VA")):
            out.append((normalise(text[t.start : t.end]), t.form[:-1] if len(t.form) > 1 else t.form))
        else:
            out.append((t.form,))
    return out


def backwards_links(edition: Edition) -> list[str]:
    dates = {e.meta.slug: e.meta.date.value for e in edition.essays}
    claims = {c.id: c for c in edition.debate.claims}
    out = []
    for link in edition.debate.links:
        if link.type != "extends":
            continue
        source, target = claims[link.source], claims[link.target]
        a, b = dates[source.citation.essay], dates[target.citation.essay]
        if a and b and a < b:
            out.append(
                f"{source.citation.file}:{source.citation.line}: claim '{source.id}' ({a}) extends '{target.id}' ({b}), "
                "which is later; an earlier text cannot build on a later one"
            )
    return out


def currencies(debate: Debate) -> list[str]:
    return [
        f"{f.citation.file}:{f.citation.line}: figure '{f.id}' is in {f.unit} but its quote names no currency; "
        "keep the text's unit and wording instead"
        for f in debate.figures
        if f.unit in ("USD", "KRW") and not CURRENCY.search(f.citation.quote or "")
    ]


def unmarked_notes(edition: Edition) -> list[str]:
    out = []
    for essay in edition.essays:
        views = block_views(essay, edition, edition.relations)
        shown = "".join(view.html for view in views.values())
        for block in essay.shown_blocks():
            notes = edition.annotations.notes.get(Passage(essay.meta.slug, block.id), ())
            for note, view in zip(notes, views[block.id].notes):
                if f'href="#{view["id"]}"' not in shown:
                    c = note.citation
                    out.append(f"{c.file}:{c.line}: note has no marker in the text of '{essay.meta.slug}'")
    return out


def themes(edition: Edition, gold_path: Path) -> list[str]:
    out = []
    if gold_path.exists():
        gold = read_gold(gold_path, edition)
        for s in score(edition.annotations, gold):
            for p in sorted(s.missing | s.wrong, key=lambda p: (p.essay, p.block)):
                what = "is missing from" if p in s.missing else "is not in"
                out.append(f"{gold_path.relative_to(ROOT)}: {p.essay} {p.block} {what} theme '{s.theme}' (gold)")
    raw = automatic(edition, ROOT / ".cache" / "analysis").mentions
    blocks, slugs = edition.passages(), [e.meta.slug for e in edition.essays]
    for suppression in edition.annotations.data.suppressions:
        passage, (start, end) = resolve(suppression.citation, blocks, slugs)
        if not any(m.target == suppression.target and m.start < end and start < m.end for m in raw.get(passage, ())):
            c = suppression.citation
            out.append(f"{c.file}:{c.line}: suppression of '{suppression.target}' suppresses nothing; remove it")
    return out


def uncovered_aliases(edition: Edition, gold_path: Path) -> list[str]:
    """In essays the gold has not judged: a block that spells an alias but is not the theme's passage."""
    judged = set()
    if gold_path.exists():
        judged = {p.essay for ps in read_gold(gold_path, edition).values() for p in ps}
    index = edition.annotations.index
    out = []
    for essay in edition.essays:
        if essay.meta.slug in judged:
            continue
        for block in essay.blocks():
            text = normalise(block.text)
            for theme in edition.annotations.data.themes:
                spelled = [a for a in theme.aliases if normalise(a) in text]
                passages = index.get(("theme", theme.id), ())
                if spelled and not any(p.block == block.id and p.essay == essay.meta.slug for p in passages):
                    out.append(
                        f"{essay.source.path}:{block.lines[0]}: spells '{spelled[0]}' but is not a passage of theme "
                        f"'{theme.id}'; tag it in annotations.yml if it speaks to the theme"
                    )
    return out


def possible_chrome_lines(edition: Edition) -> list[str]:
    lexicon = Lexicon(edition.lexicon)
    return [
        f"{essay.source.path}:{item.line}: possible chrome '{item.text}' ({item.evidence}) kept in the reading text; "
        "if it is not the author's, add its words to seeds/chrome.yml"
        for essay in edition.essays
        for item in possible_chrome(essay.source, lexicon)
    ]


def main() -> int:
    edition = build_edition(ROOT / "seeds", ROOT / ".cache" / "analysis")
    gold = ROOT / "tests" / "gold" / "themes.yml"
    items = [
        *stance_labels(edition),
        *backwards_links(edition),
        *currencies(edition.debate),
        *unmarked_notes(edition),
        *themes(edition, gold),
        *uncovered_aliases(edition, gold),
        *possible_chrome_lines(edition),
    ]
    for item in items:
        print(item)
    return 0


if __name__ == "__main__":
    sys.exit(main())
