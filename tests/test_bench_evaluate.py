"""The search benchmark's scoring (bench/evaluate.py): what counts as found, first, empty or false."""

from __future__ import annotations

import pytest

from bench.evaluate import Answer, Query, by_class, load_queries, page_path, score

ESSAYS = {"000_a.txt": "essays/one/", "001_b.txt": "essays/two/", "002_c.txt": "essays/three/"}


def test_result_links_become_page_paths():
    base = "http://127.0.0.1:8000"
    assert page_path("http://127.0.0.1:8000/essays/one/?h=x#p-1", base) == "essays/one/"
    assert page_path("essays/two/index.html", base) == "essays/two/"
    assert page_path("/pagefind-bench/essays/three.html", base) == "pagefind-bench/essays/three/"


def test_other_pages_are_skipped_when_ranking_essays():
    query = Query("q", "c", ("001_",))
    scored = score(query, Answer(("themes/x/", "essays/two/", "essays/one/"), 3.0), ESSAYS)
    assert (scored.recall, scored.rr, scored.hit, scored.zero) == (1.0, 1.0, 1, False)


def test_second_essay_scores_half_and_missing_one_lowers_recall():
    query = Query("q", "c", ("000_", "002_"))
    scored = score(query, Answer(("essays/two/", "essays/one/"), None), ESSAYS)
    assert (scored.recall, scored.rr) == (0.5, 0.5)


def test_forbidden_essay_and_anything_for_an_empty_query_are_false_hits():
    assert score(Query("q", "c", ("000_",), ("001_",)), Answer(("essays/two/",), 1), ESSAYS).forbidden
    empty = score(Query("q", "c", ()), Answer(("essays/one/",), 1), ESSAYS)
    assert empty.forbidden and empty.recall is None and not empty.zero


def test_nothing_listed_for_a_query_that_expects_something_is_a_zero_result():
    assert score(Query("q", "c", ("000_",)), Answer((), None), ESSAYS).zero


def test_an_ambiguous_seed_prefix_is_an_error():
    with pytest.raises(ValueError):
        score(Query("q", "c", ("00",)), Answer((), None), ESSAYS)


def test_figures_per_class_and_overall(tmp_path):
    path = tmp_path / "q.yaml"
    path.write_text(
        "- {q: a, class: x, expect: ['000_']}\n- {q: b, class: y, expect: ['001_'], avoid: ['000_']}\n",
        encoding="utf-8",
    )
    queries = load_queries(path)
    assert queries[1].forbid == ("000_",)
    rows = [score(queries[0], Answer(("essays/one/",), 2), ESSAYS), score(queries[1], Answer((), None), ESSAYS)]
    table = by_class(rows)
    assert list(table) == ["x", "y", "all"]
    assert table["all"].recall == 0.5 and table["all"].zero == 1 and table["all"].latency_ms == 2


def test_an_unquoted_prefix_read_as_a_number_is_refused(tmp_path):
    path = tmp_path / "q.yaml"
    path.write_text("- {q: a, expect: [000_]}\n", encoding="utf-8")
    with pytest.raises(ValueError, match="quote"):
        load_queries(path)
