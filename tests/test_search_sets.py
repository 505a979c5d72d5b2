"""The project's own query sets against the built site's search: the worker in Chromium, scored
by bench/evaluate.py as `make bench-search` scores it. The floors are what the search reached
when they were set (issue 15); a change that loses a query fails here, and names it.

A held-out set is not run here while it is held out: it is read once, at the end of a piece of work
(`make bench-search BENCH_ARGS="--queries tests/search/heldout.yaml"`), never tuned on. The third one
(heldout3.yaml) was run once and has since been worked on (round 4): it is development data, kept here."""

from __future__ import annotations

import pytest
from conftest import ROOT

from bench.evaluate import WorkerSearch, by_class, essay_pages, load_queries, misses, run

SHARED = ROOT.parent / "shared"
# Queries the search is known to answer wrongly, and why (BENCHMARKS.md, round 3)
KNOWN_FALSE_HITS = {
    "삼성 파운드리 수율": "of three words all but one will do: 001 names Samsung's fab (팹 = 파운드리 in the "
    "glossary) though yields (수율) are never discussed — the policy cannot tell a subject from its aspect",
}
# Round 7 fixed round 6's partial-syllable false friends (a stem reached through endings must be a
# verb's: 발전기, 콩고, 인도, 런던 no longer answered) and 버블티 → Period (consonants merged only where
# they stand together). Still open: 메타 적자 (적자 → 적 + 자, and 적 is a verb's stem of the index —
# 적다, "to write down" — so the ending is undone into a real verb of another sense).
KNOWN_FALSE_HITS |= {"메타 적자": "round 7: see above"}
FLOORS = {  # query set → recall, MRR, zero-result queries (at most), false hits (at most)
    # round 6 added 33 queries written before the code (11 still zero: concepts, questions, phrases)
    "tests/search/dev.yaml": (0.98, 0.98, 4, len(KNOWN_FALSE_HITS)),
    "tests/search/heldout.yaml": (1.0, 1.0, 0, 0),
    "tests/search/heldout2.yaml": (0.97, 0.96, 1, 0),
    "tests/search/heldout3.yaml": (0.98, 0.98, 0, 0),
    "tests/search/heldout4.yaml": (0.94, 0.93, 2, 0),  # run once in round 4, worked on in round 5; round 13
    "tests/search/heldout5.yaml": (0.89, 0.88, 5, 0),  # first run 0.72 / 0.71 / 13 / 1; rounds 7, 9: see BENCHMARKS
    "tests/search/heldout6.yaml": (0.79, 0.77, 8, 0),  # run once after round 6; round 8: idioms; round 9; round 13
    "tests/search/heldout7.yaml": (0.88, 0.86, 4, 0),  # first run 0.744 / 0.722 / 10; round 8: idioms, MOT; round 9
    "tests/search/heldout8.yaml": (0.91, 0.92, 3, 0),  # first run 0.733 / 0.760 / 11; rounds 9-10: long queries, names
    "tests/search/heldout9.yaml": (0.91, 0.91, 2, 1),  # first run 0.792 / 0.781 / 8; round 10: companies' full names
    "tests/search/heldout10.yaml": (0.97, 0.95, 1, 0),  # first run 0.833 / 0.806 / 8 / 1; round 11: names, typos
    "tests/search/heldout11.yaml": (
        0.91,
        0.90,
        4,
        1,
    ),  # first run 0.875 / 0.865 / 6 / 1; round 12: swapped consonants; round 18: 2002년 = 2002
    "tests/search/heldout12.yaml": (0.95, 0.93, 1, 0),  # first run 0.854 / 0.840 / 6 / 0; round 13
    "tests/search/heldout13.yaml": (0.95, 0.94, 2, 0),  # first run 0.792 / 0.781 / 10 / 1; rounds 13-15 after it
    "tests/search/heldout14.yaml": (0.87, 0.83, 6, 0),  # first run 0.667 / 0.632 / 15 / 0; rounds 13-15: epithets
    "tests/search/heldout15.yaml": (0.91, 0.90, 4, 0),  # first run 0.708 / 0.698 / 14 / 0 (round 14); round 15
    # heldout16: first run at the end of round 15 (round 14's code: 0.785); round 16
    "tests/search/heldout16.yaml": (0.97, 0.97, 1, 0),
    # heldout17: first run 0.792 / 0.781 / 9 / 1 (round 16); its misses read as classes in round 17
    "tests/search/heldout17.yaml": (0.99, 0.98, 0, 0),
    # heldout18: first run 0.792 / 0.812 / 7 / 0 at the end of round 17; round 18 read it
    "tests/search/heldout18.yaml": (0.81, 0.83, 6, 0),
    # heldout19: first run at the end of round 18 (round 17's code: see BENCHMARKS.md)
    # round 19 read it: misspellings, frames, acronyms. Round 23: 대기업 스타트업 상생 no longer finds 002,
    # which it did only through a false concept match (기업 read as 대기업, the prefix dropped)
    "tests/search/heldout19.yaml": (0.93, 0.95, 1, 0),
    # heldout20: first run 0.869 / 0.885 / 5 / 1 at the end of round 19 (round 18's code the same); then read
    "tests/search/heldout20.yaml": (0.97, 0.96, 1, 1),
    # heldout21: first run 0.778 / 0.792 / 9 / 0 at the end of round 19, after heldout20's classes; then
    # its typo class (ㅡ/ㅜ); round 22: playful honorifics (잡느님)
    "tests/search/heldout21.yaml": (0.84, 0.85, 6, 0),
    # heldout22: first run 0.750 / 0.740 / 10 / 1 in round 20 (round 19's search code); round 21 read it
    "tests/search/heldout22.yaml": (0.80, 0.80, 8, 0),
    # heldout23: first run 0.917 / 0.885 / 4 / 0 at the end of round 21 (round 20's search code the same);
    # round 22 read it: honorifics, catch-up, what taxes made, 사스, a quant fund
    "tests/search/heldout23.yaml": (1.0, 0.96, 0, 0),
    # heldout24: first run 0.885 / 0.885 / 3 / 0 at the end of round 22; read as classes in round 23
    "tests/search/heldout24.yaml": (1.0, 1.0, 0, 0),
    # heldout25: first run 0.767 / 0.771 / 10 / 2 in round 23; not read
    "tests/search/heldout25.yaml": (0.76, 0.77, 10, 2),
    "tests/search/queries.yaml": (1.0, 1.0, 0, 0),
    "../shared/search/queries.yaml": (1.0, 1.0, 0, 0),
}


@pytest.fixture(scope="module")
def worker(chromium, site_url):
    context = chromium.new_context(locale="ko-KR")
    yield WorkerSearch(context.new_page(), site_url)
    context.close()


@pytest.mark.parametrize("name", list(FLOORS))
def test_query_set_keeps_its_figures(name, worker, built_site):
    path = (ROOT / name).resolve()
    if not path.exists():
        pytest.skip(f"{name} is not beside this checkout (the shared harness is optional)")
    rows = run(worker, load_queries(path), essay_pages(built_site))
    figures = by_class(rows)["all"]
    recall, mrr, zero, false_hits = FLOORS[name]
    report = "\n".join(misses(rows))
    assert figures.recall >= recall and figures.mrr >= mrr, report
    assert figures.zero <= zero and figures.false_friends <= false_hits, report


def test_every_false_friend_stays_out(worker, built_site):
    """No query of the dev set lists an essay it forbids (손 회장 ↛ 손해, 금 ↛ 자금, META ↛ 메타포) or,
    expecting nothing, lists anything (반도체 관세 ↛ the essays on chips), but the known ones."""
    rows = run(worker, load_queries(ROOT / "tests" / "search" / "dev.yaml"), essay_pages(built_site))
    assert not [r.query.q for r in rows if r.forbidden and r.query.q not in KNOWN_FALSE_HITS]
