import os
import pytest
from conftest import ROOT
from bench.evaluate import WorkerSearch, by_class, essay_pages, load_queries, misses, run

SETS = os.environ.get("SETS", "").split(",")


@pytest.fixture(scope="module")
def worker(chromium, site_url):
    context = chromium.new_context(locale="ko-KR")
    yield WorkerSearch(context.new_page(), site_url)
    context.close()


@pytest.mark.parametrize("name", SETS)
def test_fig(name, worker, built_site):
    rows = run(worker, load_queries((ROOT / name).resolve()), essay_pages(built_site))
    f = by_class(rows)["all"]
    print(f"\nFIG {name} recall={f.recall:.3f} mrr={f.mrr:.3f} zero={f.zero} false={f.false_friends}")
    if os.environ.get("MISS"):
        print("\n".join(misses(rows)))
