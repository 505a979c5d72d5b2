"""The search index in its two forms: inline (a small edition) and sharded (a large one).

The five essays are small enough to travel in search_index.json; forcing the sharded form on
them (the plugin's search_inline_limit: 0) must give the same postings, the same paragraphs and, in the
browser, the same results, while a query fetches only the shards it needs."""

from __future__ import annotations

import hashlib
import json

import pytest
import yaml
from conftest import ROOT, SEEDS, copy_project, mkdocs, plugin_options, serve
from test_search_browser import search

from bench.evaluate import WorkerSearch, load_queries
from scripts.analyse import analyser
from scripts.emitters import search as search_index
from scripts.emitters.search import build_search_index, shard_key
from scripts.pipeline import build_edition
from scripts.stages.annotate import user_words

pytestmark = pytest.mark.build


@pytest.fixture(scope="module")
def forms():
    edition = build_edition(SEEDS)
    an = analyser(user_words(edition.annotations.data))
    return build_search_index(edition, an, None), build_search_index(edition, an, None, inline_limit=0)


def test_small_edition_is_one_file(forms):
    inline, _ = forms
    index = json.loads(inline.index)["config"]["index"]
    assert inline.files == {}
    assert len(index["shards"]) == 1 and "keys" not in index
    assert len(json.loads(inline.index)["docs"]) == index["docs"]


def unpacked(shard: list) -> dict[str, list[int]]:
    """search.py _packed read back: term → postings, a term of one document as that document."""
    many, once = shard
    return many | {term: [doc] for doc, terms in enumerate(once) for term in terms.split()}


def test_shards_hold_the_same_postings_each_term_where_its_key_says(forms):
    inline, sharded = forms
    whole = unpacked(json.loads(inline.index)["config"]["index"]["shards"][0])
    index = json.loads(sharded.index)["config"]["index"]
    split = set(index["split"])
    merged = {}
    for n, name in enumerate(index["shards"]):
        shard = unpacked(json.loads(sharded.files[name]))
        assert all(index["keys"][shard_key(term, split)] == n for term in shard), name
        merged.update(shard)
    assert merged == whole
    assert len(index["shards"]) > 1
    assert len(whole) > 3000 and sum(len(p) == 1 for p in whole.values()) > 1500  # most travel as one document's


def test_page_files_hold_the_same_paragraphs_under_content_hashed_names(forms):
    inline, sharded = forms
    index = json.loads(sharded.index)["config"]["index"]
    paragraphs = [doc for _, _, name in index["pages"] for doc in json.loads(sharded.files[name])]
    assert paragraphs == json.loads(inline.index)["docs"]
    assert json.loads(sharded.index)["docs"] == []
    for name, content in sharded.files.items():
        assert name.split("/")[1].split(".")[0] in hashlib.sha256(content.encode()).hexdigest()


def test_a_crowded_first_letter_is_split_by_its_first_two(monkeypatch):
    monkeypatch.setattr(search_index, "SHARD_BYTES", 40)
    postings = {"가나": [1, 50] * 4, "가다": [2, 50] * 4, "나무": [3, 50], "@e:x": [1, 10]}
    keys, split, shards = search_index._shards(postings)
    assert split == {"가"}
    assert {"가나", "가다", "나", "@e:x"} == set(keys)
    for term in postings:
        assert term in shards[keys[shard_key(term, split)]]


@pytest.fixture(scope="module")
def sharded_url(tmp_path_factory):
    root = copy_project(tmp_path_factory.mktemp("sharded"))
    plugin_options(root, search_inline_limit=0)
    done = mkdocs(root, "build", "--strict", "--site-dir", str(root / "site"))
    assert done.returncode == 0, done.stderr
    server, url = serve(root / "site")
    yield url
    server.shutdown()


def _queries() -> list[str]:
    own = yaml.safe_load((ROOT / "tests" / "search" / "queries.yaml").read_text(encoding="utf-8"))
    return [q["q"] for q in (own["queries"] if isinstance(own, dict) else own)]


def test_sharded_search_finds_what_the_inline_search_finds(chromium, site_url, sharded_url):
    results = {}
    for name, url in (("inline", site_url), ("sharded", sharded_url)):
        context = chromium.new_context(viewport={"width": 1280, "height": 900}, locale="ko-KR")
        page = context.new_page()
        page.goto(url + "/")
        page.wait_for_function("() => document.querySelector('.md-search-result__meta')")
        results[name] = {q: [h.removeprefix(url) for h in search(page, q)["links"]] for q in _queries()}
        context.close()
    differing = [q for q in results["inline"] if results["inline"][q] != results["sharded"][q]]
    assert not differing, differing
    assert sum(map(len, results["sharded"].values())) > 100


def test_a_query_fetches_only_the_shards_it_needs(chromium, sharded_url):
    context = chromium.new_context(locale="ko-KR")
    page = context.new_page()
    fetched = []
    page.on("requestfinished", lambda r: fetched.append(r.url) if "/search/t/" in r.url else None)
    page.goto(sharded_url + "/")
    page.wait_for_function("() => document.querySelector('.md-search-result__meta')")
    # A word of two syllables needs only its own first letter's shard: a longer word also looks up its
    # ends (two words written together), whose letters may lie in any shard as the index grows.
    result = search(page, "거품")
    shards = page.evaluate("() => fetch('search/search_index.json').then(r => r.json())")["config"]["index"]["shards"]
    context.close()
    assert result["links"]
    assert 0 < len(set(fetched)) < len(shards), fetched


def test_sharded_worker_answers_the_dev_set_as_the_inline_one(chromium, site_url, sharded_url):
    """Every tier (stems, surface forms, typos, words written together) must find its shards."""
    queries = [q.q for q in load_queries(ROOT / "tests" / "search" / "dev.yaml")]
    answers = {}
    for name, url in (("inline", site_url), ("sharded", sharded_url)):
        context = chromium.new_context(locale="ko-KR")
        answers[name] = [a.pages for a in WorkerSearch(context.new_page(), url).ask_all(queries)]
        context.close()
    differing = [q for q, a, b in zip(queries, answers["inline"], answers["sharded"]) if a != b]
    assert not differing, differing
