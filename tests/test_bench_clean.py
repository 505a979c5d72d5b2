"""The cleaning benchmark's development half stays where the rules brought it (``make bench-clean``).

The figures are the ones recorded in BENCHMARKS.md for tests/corpus/dev/; a change to the rules
that loses an author line, leaves chrome, takes a wrong title or misses a stated fact fails here,
with the lines it got wrong. A held-out set is run by the tests only once it has been run and read
(then it holds its figures, below): before that it measures only while nobody has looked at it.
"""

from __future__ import annotations

import pytest

from bench.clean import COLUMNS, corpus_scores, details, totals

# Development half, as recorded in BENCHMARKS.md (issue 14).
DEV = {
    "chrome left": 0,
    "author removed": 0,
    "refrain dropped": 0,
    "lookalike removed": 0,
    "repeat kept": 0,
    "wrong title": 0,
    "stated found": 21,
    "stated missed": 0,
    "stated wrong": 0,
    "pdf joins": 29,
    "joins missed": 0,
}


@pytest.fixture(scope="module")
def dev_scores():
    return corpus_scores("dev")


def test_every_column_has_a_recorded_figure() -> None:
    assert [name for name, _ in COLUMNS] == list(DEV)


@pytest.mark.parametrize("column", DEV)
def test_dev_figure_holds(column: str, dev_scores) -> None:
    assert totals(dev_scores)[column] == DEV[column], details(dev_scores)


# Held-out sets already run and read (seen): no longer measures, but a change must not lose what
# they reached — chrome lines left, author lines removed, wrong titles, at most (BENCHMARKS.md).
SEEN = {
    "heldout": (11, 0, 0),
    "heldout2": (4, 0, 1),
    "heldout3": (6, 1, 2),
    "heldout4": (0, 0, 0),
    "heldout5": (0, 0, 0),
    "heldout6": (105, 1, 3),  # round 17: +1 (a channel's name over its byline, a menu run's lone unknown line)
    "heldout7": (38, 0, 2),
    "heldout8": (40, 4, 1),
    "heldout9": (92, 1, 6),  # first run 180 / 3 / 10; round 7 worked on it
    "heldout10": (113, 2, 6),  # first run 185 / 20 / 8 at the end of round 7; round 8 worked on it
    "heldout11": (69, 0, 1),  # first run 155 / 2 / 3 at the end of round 8; round 9 worked on it
    # first run 159 / 3 / 2 at the end of round 9; round 10 worked on it; round 21: 69 (찜하기 as a shop's
    # button kept a book shop's title, and left Aladin's 공감 23 under a review)
    "heldout12": (69, 2, 0),
    # heldout13: first run 190 / 2 / 6 in round 10; then people-count lines, paths, item lists. Its coupang
    # gold titles a review page with the product's name (author text); the corpus README's convention for
    # a page that is a list (only what users typed is author text) and heldout18's two shop golds make
    # it the platform's: since round 15 the page is a list, untitled (one author line, one title more).
    "heldout13": (82, 3, 2),  # round 16: shop tabs and course-page lines known; round 17: a title among store buttons
    "heldout14": (80, 3, 1),  # first run 195 / 3 / 5 in round 11; then item lists (round 12), a site's contents (19)
    "heldout15": (46, 0, 2),  # first run 104 / 13 / 7 in round 12; then feeds of posts (round 13)
    "heldout16": (116, 0, 5),  # first run 158 / 5 / 6 in round 13; then Blogger (a post over its comments, no chat)
    # heldout17: first run 133 / 2 / 5 at the end of round 13; then cards, footers, sign-up boxes (round 14)
    # round 15: 76, then 78 — a counter under the same word with another count is no longer the bar
    # repeated (it may be quoted: heldout18's brunch lost its author's "라이킷 1"), so careerly's
    # comment counters under a post's own stay
    "heldout17": (74, 0, 3),
    # heldout18: first run 122 / 9 / 6 at the end of round 14 (round 13's code: 127 / 9 / 6); then tab-separated
    # chat exports, list items, board post lines, machine summaries, PDF imprints (round 15)
    "heldout18": (37, 0, 0),
    # heldout19: first run 210 / 3 / 4 at the end of round 15 (round 14's code: 210 / 3 / 5); then a document
    # in a sharing site's viewer, shop Q&A and course pages (round 16). The G마켓 gold titles the Q&A
    # page with the product's name, as heldout13's coupang gold does (see there): one author line, one title
    "heldout19": (89, 2, 3),
    "heldout20": (127, 4, 3),  # first run 167 / 8 / 4 at the end of round 16; round 17: review lists, bookstores
    # heldout21: first run 133 / 15 / 5 at the end of round 17 (round 16's code: the same); round 18 read it
    "heldout21": (45, 0, 1),
    # heldout22: first run 132 / 1 / 6 at the end of round 18 (round 17's code: 148 / 1 / 6); round 19 read it
    "heldout22": (86, 1, 4),
    # heldout23: first run 109 / 6 / 2 at the end of round 19 (round 18's code: the same); then read
    "heldout23": (64, 0, 1),
    # heldout24: first run 143 / 1 / 4 at the end of round 19 (round 18's code: 163 / 1 / 4); round 20 read it
    "heldout24": (6, 0, 1),
    # heldout25: first run 91 / 23 / 4 in round 20, after heldout24's classes (round 19's code: 103 / 23 / 4); then read
    "heldout25": (80, 1, 2),
    # heldout26: first run 160 / 2 / 5 in round 21 on round 20's code; then read (shops', job boards' and
    # data portals' field tables); round 22: the menus of job boards, IR pages, data portals and
    # slide-sharing sites, language pickers and English footers
    "heldout26": (76, 2, 4),
    # heldout27: first run 106 / 0 / 6 at the end of round 22 (round 21's code: the same); round 23 read it
    # (Padlet's menu and owner line)
    "heldout27": (101, 0, 6),
    # heldout28: first run 76 / 2 / 5 in round 23 on round 22's code; then read (a blog's category list
    # at the tail is no table of contents; a writer's level badge; a board's field labels)
    "heldout28": (74, 0, 2),
}


@pytest.mark.parametrize("split", SEEN)
def test_seen_sets_keep_their_figures(split: str) -> None:
    scores = corpus_scores(split)
    figures = totals(scores)
    got = (figures["chrome left"], figures["author removed"], figures["wrong title"])
    assert all(g <= s for g, s in zip(got, SEEN[split], strict=True)), f"{got} > {SEEN[split]}\n" + details(scores)
