"""The Korean search: analyser tokens, alias groups, the index, and the worker's pinning to Material."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import yaml
from conftest import ROOT, SEEDS

from scripts.analyse import analyser
from scripts.emitters import search as search_index
from scripts.emitters.search import alias_groups, build_search_index, index_terms, search_docs, surnames, typed_forms
from scripts.emitters.search_terms import canonical_amount, number_terms, spoken_amounts
from scripts.pipeline import build_edition
from scripts.stages.annotate import Matcher, user_words


@pytest.fixture(scope="module")
def edition():
    return build_edition(SEEDS)


@pytest.fixture(scope="module")
def an(edition):
    return analyser(user_words(edition.annotations.data))


@pytest.fixture(scope="module")
def index(edition, an) -> dict:
    return json.loads(build_search_index(edition, an, None).index)


@pytest.fixture(scope="module")
def docs(edition, an):
    return search_docs(edition, an, None)


@pytest.fixture(scope="module")
def aliases(index, docs, edition) -> dict[str, list[str]]:
    """The index's alias table read back as the worker does: spelling → groups, the groups by the
    editors' names again (the index carries short ones)."""
    used = search_index.by_group(alias_groups(edition.annotations, search_index._concepts_used(docs)))
    name = {short: group for group, short in search_index._short_groups(docs, used).items()}
    out: dict[str, list[str]] = {}
    for group, spellings in index["config"]["aliases"].items():
        for spelling in spellings:
            out.setdefault(spelling, []).append(name[group])
    for spelling, said in search_index.said_forms(index["config"]["forms"]).items():  # as worker.js says them
        out[spelling] = sorted({*out.get(spelling, ()), *(name[g] for g in said)})
    return out


def test_the_alias_table_read_back_is_the_editors_whole(aliases, docs, edition):
    """What travels (each group once, a company's stems without their seven words) reads back as
    every spelling of every group, no more."""
    whole = alias_groups(edition.annotations, search_index._concepts_used(docs))
    assert {a: sorted(g) for a, g in aliases.items()} == whole
    assert "지포스만드는회사" in whole and "대만반도체업체" in whole


def forms(an, text: str) -> list[str]:
    return [t.form for t in an.tokens(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("엔비디아가 애플을 제치고", ["엔비디아", "애플"]),
        ("오픈 AI의 CEO", ["오픈", "ai", "ceo"]),
        ("MS가 투자를", ["ms", "투자"]),
        ("DeepSeek이 OpenAI 기술을", ["deepseek", "openai", "기술"]),
        ("버블이 꺼지면", ["버블"]),
    ],
    ids=["particle-ga", "spaced-latin", "ms-word", "latin-with-particle", "bubble-i"],
)
def test_analyser_strips_particles_and_lowercases_latin(an, text, expected):
    assert all(form in forms(an, text) for form in expected), forms(an, text)
    assert not any(f in forms(an, text) for f in ("가", "의", "을", "를", "이"))


def test_analyser_keeps_metaphor_whole_so_it_is_not_meta(an):
    assert "메타" not in forms(an, "고질라는 핵무기에 대한 메타포")


def test_verbs_that_work_as_particles_are_not_indexed(an):
    """인한 (due to) is no 인하 (a cut): 금리 인하 must not find "AI로 인한 이익"."""
    for text, stem in (("AI로 인한 이익", "인하"), ("투자에 비해 적은", "비하"), ("우려에 대한 답", "대하")):
        terms = index_terms(text, an.tokens(text))
        assert stem not in terms and len(terms) >= 2, terms


def test_index_terms_join_spacing_variants_and_compounds(an):
    assert "빅테크" in index_terms("빅 테크 기업들은", an.tokens("빅 테크 기업들은"))
    assert "130조" in index_terms("130조원 규모의", an.tokens("130조원 규모의"))


def test_a_reduplicated_word_is_indexed_once_and_twice_over(an):
    """The analyser reads "두근 두근" as 두 + 근 (two, a unit of weight): the word is indexed both ways,
    so 두근두근 and 두근 find it, spaced or not; a word written twice apart from that is no mimetic."""
    for text in ("가슴도 두근 두근 두근 ...", "가슴이 두근두근 뛴다"):
        terms = index_terms(text, an.tokens(text))
        assert {"두근", "두근두근"} <= set(terms), terms
    assert "우리우리" not in index_terms("우리는 우리가", an.tokens("우리는 우리가"))


def test_alias_groups_put_both_spellings_in_one_group(edition):
    groups = alias_groups(edition.annotations)
    assert set(groups["딥시크"]) & set(groups["deepseek"])
    assert set(groups["엔비디아"]) & set(groups["nvidia"])
    assert set(groups["마이크로소프트"]) & set(groups["ms"]) & set(groups["microsoft"])
    assert set(groups["capex"]) & set(groups["설비투자"]) & set(groups["자본지출"])
    assert set(groups["버블"]) & set(groups["거품"]) & set(groups["bubble"])
    assert groups["오픈ai"] == groups["openai"]


def test_index_has_one_document_per_paragraph_with_its_anchor_figures_aside(index, edition):
    pages, rows = index["config"]["index"]["pages"], index["docs"]
    ends = [first for _, first in pages[1:]] + [len(rows)]
    locations = {url + (f"#{a}" if a else "") for (url, first), end in zip(pages, ends) for a, _, _ in rows[first:end]}
    for essay in edition.essays:
        assert essay.url in locations
        for block in essay.blocks():
            assert (f"{essay.url}#{block.id}" in locations) == (block.kind != "figure")


def test_index_gives_latin_only_passages_the_hangul_group(docs):
    doc = next(d for d in docs if "DeepSeek 발표 후 Nvidia 주가" in d.text)
    assert "@e:deepseek" in doc.terms and "@e:nvidia" in doc.terms


def test_editors_tag_is_a_concept_term_not_a_spelling(docs):
    """A passage the editors tagged capex (it never says capex) is found by the theme as a tagged
    passage (@ct:, ranked last by the worker), never as if it said capex (@th:) or named it (@c:)."""
    tagged = next(
        d for d in docs if d.location == "essays/ai-moment/#p-ec190a"
    )  # 4개 기업이 … 1,000억 달러 이상을 AI에 투자
    assert "@ct:capex" in tagged.terms
    assert "@th:capex" not in tagged.terms and "@c:capex" not in tagged.terms


def test_a_passage_naming_a_theme_by_any_alias_carries_the_concept(docs):
    doc = next(d for d in docs if "자본 지출(capex)" in d.text)
    assert {"@c:capex", "@th:capex"} <= set(doc.terms)


CASES = json.loads((ROOT / "tests" / "cases" / "search" / "amounts.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize(("written", "canonical"), CASES["canonical"])
def test_amount_is_spelt_as_the_worker_spells_it(written, canonical):
    assert canonical_amount(written) == canonical


@pytest.mark.parametrize(("text", "terms"), CASES["index"])
def test_amounts_in_a_text_become_index_terms(text, terms):
    assert number_terms(text) == terms


@pytest.mark.parametrize(("text", "spelt"), CASES["spoken"])
def test_english_amounts_and_fractions_are_spelt_in_korean(text, spelt):
    assert spoken_amounts(text) == spelt


def test_a_word_the_analyser_cuts_into_syllables_keeps_its_surface_form(an):
    text = "기술의 총량 면에서 MS는 넘사벽일테니까요."
    assert "~넘사벽일테니까요" in index_terms(text, an.tokens(text))
    assert not any(
        t.startswith("~") for t in index_terms("엔비디아가 애플을 제치고", an.tokens("엔비디아가 애플을 제치고"))
    )


def test_a_compound_noun_the_analyser_reads_as_verbs_keeps_its_surface_form(an):
    # 새로고침 → 새로 + 고치, 끼워팔기 → 끼우 + 팔: the reader types the noun whole; a verb phrase stays as cut
    for text, term in (("페이지 새로고침 없는 요청", "~새로고침"), ("번들 끼워팔기가 문제다", "~끼워팔기")):
        assert term in index_terms(text, an.tokens(text))
    assert not any(t.startswith("~") for t in index_terms("다시 보고 고쳤다", an.tokens("다시 보고 고쳤다")))


def test_a_figure_placeholder_is_no_document_but_its_caption_finds_the_page(docs):
    assert not any("#fig-" in d.location for d in docs)
    page = next(d for d in docs if d.location == "essays/pickaxe/")
    assert "kbs" in page.terms


def test_the_page_document_is_found_by_its_platform_and_author(docs):
    page = next(d for d in docs if d.location == "essays/pickaxe/")
    assert "~tech잇슈" in page.terms and "이재훈" in page.terms


def test_readers_comments_are_flagged(docs, index):
    comments = [i for i, d in enumerate(docs) if d.comment]
    assert comments and all(docs[i].location.startswith("essays/galloway-deepseek/#") for i in comments)
    assert index["config"]["index"]["comments"] == comments


def test_tickers_and_nicknames_join_the_company(edition):
    groups = alias_groups(edition.annotations)
    for spelling, group in (
        ("nvda", "@e:nvidia"),
        ("엔비", "@e:nvidia"),
        ("msft", "@e:microsoft"),
        ("마소", "@e:microsoft"),
        ("소뱅", "@e:softbank"),
        ("googl", "@e:google"),
        ("aapl", "@e:apple"),
        ("티에스엠씨", "@e:tsmc"),
        ("xrx", "@e:xerox"),
        ("nok", "@e:nokia"),
        ("mrna", "@e:moderna"),
        ("levi", "@e:levis"),
        ("sftby", "@e:softbank"),
        ("mot", "@e:motorola"),
        ("환팡", "@e:high-flyer"),
    ):
        assert group in groups[spelling], spelling


def test_an_office_or_a_nickname_finds_that_entity_alone_and_is_no_alias(edition):
    groups = alias_groups(edition.annotations)
    for typed, group in (
        ("오픈ai대표", "@e:sam-altman"),
        ("ms창업자", "@e:bill-gates"),
        ("테크노킹", "@e:elon-musk"),
        ("앤트로픽ceo", "@e:dario-amodei"),
        ("갓비디아", "@e:nvidia"),
        # the company behind a product, said any way (지포스 제조사 = 지포스 개발사 = 지포스 만드는 회사)
        ("인스타그램운영사", "@e:meta"),
        ("인스타그램만드는회사", "@e:meta"),
        ("지포스개발사", "@e:nvidia"),
        ("챗gpt제조사", "@e:openai"),
        ("윈도우운영사", "@e:microsoft"),
        # a company described, said with any of the nouns for one (대만 반도체 회사 = 기업 = 업체)
        ("대만반도체기업", "@e:tsmc"),
        ("한국반도체업체", "@e:samsung"),
        ("손정의기업", "@e:softbank"),
    ):
        assert groups[typed] == [group], typed
    for entity in edition.annotations.data.entities:
        assert not set(entity.epithets) & set(entity.aliases), entity.id  # aliases are what the texts write


def test_a_parent_is_its_product_s_maker_only_when_the_product_is_no_company(edition):
    """인스타그램 모회사 is also 인스타그램 운영사 (see the epithets test); 구글 모회사 is Alphabet, and 구글 운영사
    no epithet of it."""
    assert "구글운영사" not in alias_groups(edition.annotations)


def test_every_entity_is_found_in_both_scripts(edition):
    """A reader types a name in Hangul or in Latin letters: aliases and labels give both."""
    groups = alias_groups(edition.annotations)
    for entity in edition.annotations.data.entities:
        found = {key for key, group in groups.items() if f"@e:{entity.id}" in group}
        assert any(re.search("[가-힣]", key) for key in found), entity.id
        assert any(re.search("[a-z]", key) for key in found), entity.id


def test_a_name_is_found_in_the_other_script_and_as_readers_type_it(edition):
    """Levi's typed without its apostrophe, Alphabet without the editors' gloss, Barnes & Noble
    in Hangul, SpaceX as Korean media spell it, Reality Labs (001, Latin only) in Hangul."""
    groups = alias_groups(edition.annotations)
    for spelling, group in (
        ("levis", "@e:levis"),
        ("alphabet", "@e:alphabet"),
        ("barnesandnoble", "@e:barnes-noble"),
        ("반스앤노블", "@e:barnes-noble"),
        ("스페이스엑스", "@e:spacex"),
        ("리얼리티랩스", "@e:reality-labs"),
        ("마사요시손", "@e:masayoshi-son"),
    ):
        assert group in groups[spelling], spelling


def test_typed_forms_leave_out_what_readers_leave_out():
    assert typed_forms("Levi's") == {"levi's", "levis"}
    assert "alphabet" in typed_forms("Alphabet (Google's parent company)")
    assert typed_forms("Barnes & Noble") == {"barnes&noble", "barnesandnoble", "barnesnoble"}
    assert typed_forms("엔비디아") == {"엔비디아"}


def test_a_surname_before_a_title_names_the_person(edition):
    names = surnames(edition.annotations)
    assert names["손"] == ["@e:masayoshi-son"]
    assert "@e:jensen-huang" in names["황"]


def test_a_theme_is_named_by_the_words_of_its_english_label(edition):
    assert "@c:power-fabs" in alias_groups(edition.annotations)["power"]


def test_worker_config_block_matches_the_pinned_material_template():
    """overrides/main.html copies Material's `config` block and changes only the worker path;
    if Material is upgraded and its block changes, this fails instead of the search breaking."""
    import material

    base = (Path(material.__file__).parent / "templates" / "base.html").read_text(encoding="utf-8")
    ours = (ROOT / "overrides" / "main.html").read_text(encoding="utf-8")

    def body(text: str, marker: str) -> list[str]:
        block = text[text.index(marker) :]
        block = block[: block.index("</script>")]
        return [line.strip() for line in block.splitlines() if '"search":' not in line and line.strip()]

    assert body(ours, "{% set _ = namespace() %}") == body(base, "{% set _ = namespace() %}")
    assert re.search(r'"search": "assets/javascripts/workers/search\.[0-9a-f]+\.min\.js"', base)
    assert '"search": "assets/search/worker.js" | url' in ours


def test_search_partial_differs_from_material_only_by_the_dialog_name():
    import material

    theirs = (Path(material.__file__).parent / "templates" / "partials" / "search.html").read_text(encoding="utf-8")
    ours = (ROOT / "overrides" / "partials" / "search.html").read_text(encoding="utf-8")
    ours = ours.replace('role="dialog" aria-label="{{ lang.t(\'search\') }}">', 'role="dialog">', 1)
    start = '<div class="md-search"'
    assert ours[ours.index(start) :] == theirs[theirs.index(start) :]


def test_people_are_found_by_their_family_names_and_terms_by_their_english_ids(edition):
    groups = alias_groups(edition.annotations)
    assert "@e:bill-gates" in groups["게이츠"]
    assert "@e:scott-galloway" in groups["galloway"]
    assert "@t:depreciation" in groups["depreciation"]
    assert "황" not in groups  # a one-syllable surname goes before a title only (surnames)


def test_a_person_the_editors_identify_is_found_at_the_passage_that_describes_them(docs, edition):
    """004:27 "앤트로픽 CEO" is Dario Amodei by the editors' inference (shown as such on the people
    page): the passage carries his group, found by his name and his family name."""
    doc = next(d for d in docs if d.location == "essays/ai-moment/#p-663933")
    assert "@e:dario-amodei" in doc.terms
    assert [d.location for d in docs if "@e:dario-amodei" in d.terms] == [doc.location]
    groups = alias_groups(edition.annotations)
    assert groups["아모데이"] == groups["darioamodei"] == ["@e:dario-amodei"]


def test_a_hyphenated_alias_is_found_written_solid(edition):
    groups = alias_groups(edition.annotations)
    assert groups["high-flyer"] == groups["highflyer"]


def test_a_theme_only_suppression_keeps_the_name_findable(docs):
    """Galloway's comment names Microsoft in passing (Jobs on its GUI): not a passage of the
    Microsoft theme (suppressed, only: theme), but a search for 마이크로소프트 must still find it."""
    doc = next(d for d in docs if d.location == "essays/galloway-deepseek/#li-45ebe1")
    assert "@e:microsoft" in doc.terms and "@th:microsoft" not in doc.terms


def test_a_concept_reaches_the_passages_that_say_it_another_way(docs, aliases):
    """concepts.yml: export controls = 칩 수출 제한 (000), valuation = 매출 멀티플 (000)."""
    export = [d for d in docs if "@k:export-control" in d.terms]
    assert [d.location.split("#")[0] for d in export] == ["essays/galloway-deepseek/"]
    assert "수출 제한" in export[0].text
    assert "@k:export-control" in aliases["exportcontrols"] and "@k:valuation" in aliases["밸류에이션"]


def test_a_theme_s_other_senses_travel_with_the_aliases_they_hold(index):
    """themes.yml other_senses: in 필터 버블 the worker reads 버블 as its own spelling, not the theme."""
    apart = index["config"]["apart"]
    assert (
        apart["필터버블"] == ["버블"] and apart["비누거품"] == ["거품"] and apart["bubblesort"] == ["bubble", "bubbles"]
    )


def test_a_concept_no_essay_uses_costs_the_index_nothing(aliases):
    assert "inference" not in aliases and "추론" not in aliases  # no essay writes 추론 or inference


def test_english_compounds_and_slang_reach_the_passages_that_say_them_in_korean(docs, aliases):
    """concepts.yml, round 3: fixed cost = 고정 비용 (004), fiber optic = 광섬유 (001), search
    engine = 검색엔진 (001); slang 떡락 = 하락 (000), 광풍 = 열풍 (001, 004)."""
    pages = {
        concept: sorted({d.location.split("#")[0] for d in docs if f"@k:{concept}" in d.terms})
        for concept in ("fixed-cost", "fiber-optic", "search-engine", "price-fall", "frenzy")
    }
    assert pages["fixed-cost"] == ["essays/ai-moment/"]
    assert pages["fiber-optic"] == ["essays/bubble-infrastructure/"]
    assert pages["search-engine"] == ["essays/bubble-infrastructure/"]
    assert pages["price-fall"] == ["essays/galloway-deepseek/"]
    assert pages["frenzy"] == ["essays/ai-moment/", "essays/bubble-infrastructure/"]
    for word, group in (("fixedcost", "@k:fixed-cost"), ("fiberoptic", "@k:fiber-optic"), ("떡락", "@k:price-fall")):
        assert group in aliases[word], word


def test_a_concept_the_editors_read_in_a_passage_is_a_tagged_term(docs, aliases):
    """annotations.yml concepts: 004:16 speaks of diminishing returns without the words (3배를 넣어
    2배): @kt: (ranked below passages using the words), never @k: as if the passage said them."""
    doc = next(d for d in docs if d.location == "essays/ai-moment/#p-e0b53c")
    assert "@kt:diminishing-returns" in doc.terms and "@k:diminishing-returns" not in doc.terms
    assert "@k:diminishing-returns" in aliases["수확체감"]  # a tagged concept's words are keys


def test_three_nouns_typed_solid_are_one_term(an):
    """004:17 한계 생산 비용 = 한계생산비용, as well as its pairs."""
    terms = index_terms("한계 생산 비용이 감소하며", an.tokens("한계 생산 비용이 감소하며"))
    assert {"한계생산", "생산비용", "한계생산비용"} <= set(terms)


def test_a_krx_code_is_the_company(edition):
    assert "@e:samsung" in alias_groups(edition.annotations)["005930"]


def test_an_english_word_reaches_the_passage_that_writes_it_in_korean(docs, aliases):
    """equivalents.yml: mammography = 유방 촬영 (000:63), subprime mortgage = 서브프라임 모기지
    (001:19); and the reverse, 파이썬 = Python (000:16, written in English)."""
    for word, place in (("mammography", "유방 촬영"), ("subprimemortgage", "서브프라임 모기지"), ("파이썬", "Python")):
        group = next(g for g in aliases[word] if g.startswith("@k:en-"))
        assert any(place in d.text for d in docs if group in d.terms), word


def test_a_word_of_the_search_vocabulary_is_found_as_written_when_the_analyser_drops_an_affix(docs):
    """개인용 컴퓨터 is analysed 개인 + 컴퓨터 (용 left out) and 비영리 as 영리: the equivalents still
    find the words as the text writes them (000:35, 003:6)."""
    pages = {
        group: {d.location.split("#")[0] for d in docs if group in d.terms}
        for group in ("@k:en-personal-computer", "@k:en-nonprofit")
    }
    assert pages == {
        "@k:en-personal-computer": {"essays/galloway-deepseek/"},
        "@k:en-nonprofit": {"essays/ms-altman/"},
    }


def test_an_equivalent_no_essay_writes_fails_the_build_at_its_line(tmp_path):
    from bench.corpus import copy_project
    from scripts.records import EditionError

    seeds = copy_project(tmp_path / "p") / "seeds"
    with (seeds / "equivalents.yml").open("a", encoding="utf-8") as f:
        f.write("  - {en: [quantum supremacy], ko: [양자 우위]}\n")
    edition = build_edition(seeds)
    with pytest.raises(EditionError) as caught:
        build_search_index(edition, analyser(user_words(edition.annotations.data)), None)
    lines = (seeds / "equivalents.yml").read_text(encoding="utf-8").splitlines()
    assert caught.value.path.endswith("equivalents.yml") and "양자 우위" in lines[caught.value.line - 1]


AFFIXES = yaml.safe_load((ROOT / "tests" / "cases" / "search" / "affixes.yml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", AFFIXES, ids=[f"{c['concept']}: {c['text']}" for c in AFFIXES])
def test_a_vocabulary_word_the_analyser_cuts_is_found_as_written(edition, an, case):
    data = edition.annotations.data
    matcher = Matcher(data, an, None, (("concept", data.vocabulary),))
    text = case["text"]
    found = [m.text for m in matcher.find(text, an.tokens(text)) if m.target == case["concept"]]
    assert found == case["found"]


def test_the_index_holds_a_concept_word_where_the_text_writes_it_whole(docs):
    """000:60 채굴자들이 (miners) and 002's 채굴 (mining): the word the reader types, 채굴자, is a term of
    000's passage only, so it ranks above 002's 광부 (another word for miner)."""
    assert {d.location for d in docs if "채굴자" in d.terms} == {"essays/galloway-deepseek/#c-721a9f"}
