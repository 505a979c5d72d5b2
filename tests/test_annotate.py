"""Themes, people/companies, glossary and editors' annotations: matching through the Korean
analyser, editors' tags and suppressions, validation, and the pages built from them."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import SEEDS, copy_project

from scripts.analyse import analyser
from scripts.pipeline import build_edition
from scripts.readers.seeds import read_seeds
from scripts.readers.themes import load_editorial
from scripts.records import EditionError, Passage
from scripts.stages.annotate import Matcher, user_words


@pytest.fixture(scope="module")
def data():
    return load_editorial(read_seeds(SEEDS))


@pytest.fixture(scope="module")
def matcher(data):
    return Matcher(data, analyser(user_words(data)))


@pytest.fixture(scope="module")
def edition():
    return build_edition(SEEDS)


def found(matcher, data, text: str, kind: str = "theme") -> set[str]:
    tokens = analyser(user_words(data)).tokens(text)
    return {m.target for m in matcher.find(text, tokens) if m.kind == kind}


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("엔비디아가 애플을 제치고", "nvidia"),
        ("Nvidia 주가가 하루 만에", "nvidia"),
        ("DeepSeek이라는 오픈소스 AI", "deepseek"),
        ("빅 테크 기업들은 앞으로", "big-tech"),
        ("빅테크 기업들이 자본 지출 계획을", "capex"),
        ("오픈 AI의 CEO 샘 올트먼은", "openai"),
        ("거품론도 강력하게 제기되고", "ai-bubble"),
        ("MS가 투자를 했을까요", "microsoft"),
    ],
)
def test_theme_found_through_the_analyser(matcher, data, text, theme):
    assert theme in found(matcher, data, text)


def test_metaphor_is_not_meta(matcher, data):
    assert "meta" not in found(matcher, data, "고질라는 핵무기에 대한 메타포", "entity")


def test_ms_only_as_its_own_word(matcher, data):
    assert "microsoft" not in found(matcher, data, "MSG를 넣은 라면", "theme")
    assert "microsoft" in found(matcher, data, "MS 입장에서 손해다", "theme")


def test_spelling_variants_of_one_person_merge(matcher, data):
    for text in ("샘 올트먼은", "샘 알트만은", "샘 올트면을 걱정", "Sam Altman said"):
        assert "sam-altman" in found(matcher, data, text, "entity"), text


def test_editors_tag_adds_a_passage_that_never_names_the_theme(edition):
    mentions = edition.annotations.mentions[Passage("ai-moment", "p-ec190a")]
    assert any(m.kind == "theme" and m.target == "capex" and m.tagged for m in mentions)


def test_editors_suppression_removes_a_false_match(edition):
    mentions = edition.annotations.mentions[Passage("bubble-infrastructure", "li-0510d1")]
    assert not any(m.target == "value-capture" for m in mentions)


def test_required_themes_cover_several_essays(edition):
    index = edition.annotations.index
    essays = lambda theme: {p.essay for p in index[("theme", theme)]}  # noqa: E731
    assert essays("nvidia") == {"galloway-deepseek", "pickaxe", "ai-moment"}
    assert essays("deepseek") == {"galloway-deepseek"}
    assert {"galloway-deepseek", "bubble-infrastructure", "ai-moment"} <= essays("ai-bubble")
    # capex: the texts that weigh infrastructure spending (the theme gold; pickaxe and 갤러웨이 speak of
    # who can afford it, a matter of concentration, not of the spending)
    assert essays("capex") == {"bubble-infrastructure", "ms-altman", "ai-moment"}


def annotation_error(tmp_path: Path, old: str, new: str) -> str:
    seeds = copy_project(tmp_path / "p") / "seeds"
    path = seeds / "annotations.yml"
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(EditionError) as caught:
        build_edition(seeds)
    return str(caught.value)


TAG = '{essay: ai-moment, block: p-ec190a, theme: capex, quote: "4개 기업이 무려 1,000억 달러 이상을 AI에 투자했지요"}'
TAG_LINE = next(
    i for i, line in enumerate((SEEDS / "annotations.yml").read_text(encoding="utf-8").splitlines(), 1) if TAG in line
)


def test_tag_naming_a_block_that_does_not_exist(tmp_path):
    message = annotation_error(tmp_path, TAG, TAG.replace("p-ec190a", "p-000000"))
    assert message == (
        f"seeds/annotations.yml:{TAG_LINE}: block 'p-000000' does not exist in essay 'ai-moment'; "
        "take the id from the passage's ¶ link or from site/edition.json"
    )


def test_tag_quoting_words_not_in_its_block(tmp_path):
    message = annotation_error(tmp_path, TAG, TAG.replace("4개 기업이", "40개 기업이"))
    assert message == (
        f"seeds/annotations.yml:{TAG_LINE}: quote '40개 기업이 무려 1,000억 달러 이상을 AI에 투자했지요' is not in "
        "block 'p-ec190a' of essay 'ai-moment'; quote the text exactly as the block shows it"
    )


def test_new_seed_gets_its_themes_with_no_yaml(tmp_path):
    seeds = copy_project(tmp_path / "p") / "seeds"
    (seeds / "900_new.txt").write_text(
        "엔비디아의 독주는 계속될까\n딥시크가 등장한 뒤 빅 테크의 설비투자를 두고 버블 논쟁이 다시 일었다.\n",
        encoding="utf-8",
    )
    edition = build_edition(seeds)
    new = next(e for e in edition.essays if e.meta.source == "900_new.txt")
    themes = {
        m.target
        for p, ms in edition.annotations.mentions.items()
        if p.essay == new.meta.slug
        for m in ms
        if m.kind == "theme"
    }
    assert {"nvidia", "deepseek", "big-tech", "capex", "ai-bubble"} <= themes


def test_theme_page_groups_passages_by_essay_with_deep_links(built_site):
    html = (built_site / "themes" / "nvidia" / "index.html").read_text(encoding="utf-8")
    assert (
        html.index('id="essay-galloway-deepseek"')
        < html.index('id="essay-pickaxe"')
        < html.index('id="essay-ai-moment"')
    )
    assert "<mark>Nvidia</mark>" in html and "<mark>엔비디아</mark>" in html
    assert 'href="../../essays/pickaxe/#p-961587"' in html


def test_essay_links_the_first_mention_and_explains_terms(built_site):
    html = (built_site / "essays" / "ai-moment" / "index.html").read_text(encoding="utf-8")
    assert 'class="edition-theme" href="../../themes/nvidia/"' in html
    assert '<abbr class="edition-term"' in html and "규모의 경제</abbr>" in html
    paragraph = html[html.index('id="p-28def8"') :]
    paragraph = paragraph[: paragraph.index("</p>")]
    assert paragraph.count('href="../../themes/nvidia/"') == 1  # first mention only


def test_people_index_merges_spellings(built_site):
    html = (built_site / "people" / "index.html").read_text(encoding="utf-8")
    entry = html[html.index('id="sam-altman"') :]
    entry = entry[: entry.index("</dd>")]
    for spelling in ("샘 올트먼", "샘 알트만", "올트면"):
        assert f"<q>{spelling}</q>" in entry


def test_coverage_grid_links_each_cell_to_its_passages(built_site):
    html = (built_site / "themes" / "index.html").read_text(encoding="utf-8")
    assert 'href="../themes/capex/#essay-ms-altman"' in html or 'href="capex/#essay-ms-altman"' in html
