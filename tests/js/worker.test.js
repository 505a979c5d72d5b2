/* The worker's query logic (docs/assets/search/worker.js) on small indexes made here, under
 * Node's test runner: node --test tests/js */
"use strict"
const test = require("node:test")
const assert = require("node:assert/strict")
const { Engine } = require("../../docs/assets/search/worker.js")

const PARTICLES = "에서 으로 이야 은 는 이 가 을 를 의 에 로 와 과 도 만 야".split(" ")
const NUMBERS = { units: { 달러: "달러", "%": "%", 배: "배" }, native: { 두: 2 }, native_units: ["배"] }

/* An index in scripts/emitters/search.py's shape: pages of paragraphs, each with its terms; `verbs`
   the stems among them that the analyser read as verbs'. Each term once per paragraph and BM25's b
   at 0, so every posting weighs 1. */
function engine(pages, { aliases = {}, forms = [], surnames = {}, persons = Object.values(surnames).flat(), verbs = [], numbers = NUMBERS,
  misspellings = {}, apart = {} } = {}) {
  const docs = [], postings = Object.create(null), rows = [], comments = [], last = Object.create(null)
  const add = terms => {
    const i = docs.length - 1
    for (const t of new Set(terms)) { (postings[t] = postings[t] || []).push(i - (last[t] || 0)); last[t] = i }
  }
  for (const page of pages) {
    rows.push([page.url, docs.length])
    docs.push(["", page.url, ""])                   // search.py _rows: [anchor, title, text]
    add(page.terms || [])
    for (const [n, p] of (page.paragraphs || []).entries()) {
      if (p.comment) comments.push(docs.length)
      docs.push([`p${n}`, "§", p.text || p.terms.join(" ")])
      add(p.terms)
    }
  }
  const groups = {}                                // the emitter's shape: group → spellings
  for (const [spelling, gs] of Object.entries(aliases)) for (const g of gs) (groups[g] ||= []).push(spelling)
  const config = { aliases: groups, forms, surnames, persons, verbs, particles: PARTICLES, numbers, misspellings, apart,
    index: { docs: docs.length, pages: rows, comments, bm25: [1.2, 0], lengths: docs.map(() => 1), shards: [[postings, []]] } }
  return new Engine({ config, docs }, "file:///")
}

const found = async (e, query) => (await e.search(query)).items.map(group => group[0].location.split("#")[0])
const para = (...terms) => ({ terms, text: terms.join(" ") })

const NVIDIA = { "엔비디아": ["@e:nvidia"], nvidia: ["@e:nvidia"] }
const edition = () => engine([
  { url: "a/", paragraphs: [para("엔비디아", "@e:nvidia", "하락"), para("손해", "손실")] },
  { url: "b/", paragraphs: [{ terms: ["nvidia", "@e:nvidia", "400억", "400억달러"], text: "Nvidia 400억 달러" }] },
  { url: "c/", paragraphs: [para("손정의", "@e:son", "회장"), para("엔트로피", "armstrong")] },
  { url: "d/", paragraphs: [para("빌게이츠", "회장", "~넘사벽일테니까요", "투자", "대비")] },
], { aliases: { ...NVIDIA, "손정의": ["@e:son"] }, surnames: { 손: ["@e:son"] } })

test("a particle the reader types is stripped: 엔비디아를 → 엔비디아 (and its Latin spelling)", async () => {
  assert.deepEqual(await found(edition(), "엔비디아를"), ["a/", "b/"])
})

test("an inflected verb finds its noun: 하락했다 → 하락", async () => {
  assert.deepEqual(await found(edition(), "하락했다"), ["a/"])
})

test("an amount written solid finds it spaced: 400억달러 = 400억 달러", async () => {
  assert.deepEqual(await found(edition(), "400억달러"), ["b/"])
  assert.deepEqual(await found(edition(), "400억 달러"), ["b/"])
})

test("a typo finds what the right spelling finds, and nothing more", async () => {
  const e = edition()
  assert.deepEqual(await found(e, "엔비디야 "), await found(e, "엔비디아 "))
})

test("a word nothing is near stays empty: no typo turns a zero into noise", async () => {
  assert.deepEqual(await found(edition(), "양자컴퓨터"), [])
})

test("a one-syllable word is never a prefix: 손 회장 ↛ 손해, 손실; the title goes with the name", async () => {
  assert.deepEqual(await found(edition(), "손 회장"), ["c/"])
})

test("capitals are a ticker or an acronym, never a prefix: ARM ↛ Armstrong", async () => {
  assert.deepEqual(await found(edition(), "ARM"), [])
})

test("question words are not asked for: 엔비디아 왜 = 엔비디아", async () => {
  const e = edition()
  assert.deepEqual(await found(e, "엔비디아 왜"), await found(e, "엔비디아"))
})

test("a word the analyser cut into pieces is found by its surface form", async () => {
  assert.deepEqual(await found(edition(), "넘사벽"), ["d/"])
})

test("two indexed words written together are both asked for: 투자대비 → 투자 대비", async () => {
  assert.deepEqual(await found(edition(), "투자대비"), ["d/"])
})

test("passages naming a theme come first, then those naming it otherwise, then the editors' tags", async () => {
  const e = engine([
    { url: "tagged/", paragraphs: [para("인프라", "@ct:capex"), para("인프라", "@ct:capex")] },
    { url: "other/", paragraphs: [para("capex", "@c:capex")] },
    { url: "named/", paragraphs: [para("설비투자", "@c:capex", "@th:capex")] },
  ], { aliases: { 설비투자: ["@c:capex", "@th:capex"], capex: ["@c:capex", "@th:capex"], 데이터센터: ["@c:capex"] } })
  assert.deepEqual(await found(e, "설비투자"), ["named/", "other/", "tagged/"])
  const concept = await found(e, "데이터센터")          // an alias no passage contains
  assert.equal(concept.length, 3)
  assert.equal(concept[2], "tagged/")
})

test("the essay's own paragraph ranks above a reader's comment saying the same", async () => {
  const e = engine([{ url: "a/", paragraphs: [{ ...para("엔비디아"), comment: true }, para("엔비디아")] }])
  const [group] = (await e.search("엔비디아")).items
  assert.equal(group[0].location, "a/#p1")
})

test("of three words, a page answering two is listed, below one answering all three", async () => {
  const e = engine([
    { url: "two/", paragraphs: [para("버블", "터지")] },
    { url: "three/", paragraphs: [para("ai", "버블", "터지")] },
  ], { verbs: ["터지"] })
  assert.deepEqual(await found(e, "AI 버블 터지나"), ["three/", "two/"])
})

test("a word matched through another spelling is answered, and its spellings are highlighted", async () => {
  const e = edition()
  const groups = (await e.search("엔비디아를")).items
  const latin = groups.find(g => g[0].location.startsWith("b/"))[0]
  assert.deepEqual(latin.terms, { Nvidia: true })
  assert.match(latin.text, /<mark>Nvidia<\/mark>/)
})

test("a paragraph lacking one of two words says which", async () => {
  const e = engine([{ url: "a/", paragraphs: [para("엔비디아"), para("엔비디아", "주가")] }])
  const [group] = (await e.search("엔비디아 주가")).items
  const partial = group.find(hit => hit.location === "a/#p0")
  assert.equal(partial.terms["주가"], false)
})

test("a rest that is no word keeps a compound from being its start: 메타버스 ↛ 메타; a noun suffix is let go", async () => {
  const e = engine([
    { url: "meta/", paragraphs: [para("메타", "@e:meta")] },
    { url: "chips/", paragraphs: [para("반도체")] },
    { url: "binary/", paragraphs: [para("이진", "확률")] },
  ], { aliases: { 메타: ["@e:meta"] } })
  assert.deepEqual(await found(e, "메타버스"), [])
  assert.deepEqual(await found(e, "반도체주"), ["chips/"])
  assert.deepEqual(await found(e, "반도체업"), ["chips/"])       // a trade (-업), a field (-학)
  assert.deepEqual(await found(e, "이진학"), ["binary/"])
})

test("a two-syllable name mistyped by a confusable pair is found (매타 → 메타), by any other letter not", async () => {
  const e = engine([{ url: "meta/", paragraphs: [para("메타", "@e:meta")] }], { aliases: { 메타: ["@e:meta"] } })
  assert.deepEqual(await found(e, "매타 "), ["meta/"])
  assert.deepEqual(await found(e, "모타 "), [])
})

test("a two-syllable name with a y-vowel for its plain neighbour (벼블 → 버블, 규글 → 구글) is found; a word of the concept table is not", async () => {
  const e = engine([
    { url: "bubble/", paragraphs: [para("버블", "@c:ai-bubble")] },
    { url: "google/", paragraphs: [para("구글", "@e:google")] },
    { url: "school/", paragraphs: [para("교수", "@k:professor")] },
  ], { aliases: { 버블: ["@c:ai-bubble"], 구글: ["@e:google"], 교수: ["@k:professor"] } })
  assert.deepEqual(await found(e, "벼블 "), ["bubble/"])
  assert.deepEqual(await found(e, "벼블이 "), ["bubble/"])
  assert.deepEqual(await found(e, "규글 "), ["google/"])
  assert.deepEqual(await found(e, "고수 "), [])      // a word of its own, one glide from a concept's word
  assert.deepEqual(await found(e, "버뷸 "), [])      // ㅡ/ㅠ: no glide of one another
})

test("in a phrase where it means something else (필터 버블, 버블티), a theme's alias is its own spelling only", async () => {
  const e = engine([
    { url: "bubble/", paragraphs: [para("버블", "@c:ai-bubble"), para("정렬")] },
    { url: "froth/", paragraphs: [para("거품", "@c:ai-bubble"), para("필터", "비누")] },
  ], { aliases: { 버블: ["@c:ai-bubble"], 거품: ["@c:ai-bubble"] },
    apart: { 필터버블: ["버블"], 버블정렬: ["버블"], 비누거품: ["거품"] } })
  assert.deepEqual(await found(e, "필터 버블"), [])
  assert.deepEqual(await found(e, "필터버블"), [])
  assert.deepEqual(await found(e, "비누 거품"), ["froth/"])      // the page saying both words itself
  assert.deepEqual(await found(e, "버블 정렬"), ["bubble/"])
  assert.deepEqual(await found(e, "필터 거품"), ["froth/"])      // no phrase of another sense: the theme as before
})

test("a word that names one of Object's own properties is a word like any other, as a query or as an alias", async () => {
  const e = engine([
    { url: "a/", paragraphs: [para("엔비디아", "@e:nvidia")] },
    { url: "proto/", paragraphs: [para("__proto__", "@t:proto")] },
  ], { aliases: { ...NVIDIA, ["__proto__"]: ["@t:proto"] }, surnames: { 손: ["@e:son"] }, misspellings: { 댓가: "대가" } })
  for (const query of ["constructor", "toString", "hasOwnProperty 엔비디아", "valueOf"])
    assert.deepEqual(await found(e, query), [], query)
  assert.deepEqual(await found(e, "__proto__"), ["proto/"])
  assert.deepEqual(await found(e, "엔비디아"), ["a/"])
})

test("a light verb a question ends on and words that say how are not asked for", async () => {
  const e = engine([
    { url: "bubble/", paragraphs: [para("버블", "붕괴")] },
    { url: "verbs/", paragraphs: [para("되", "있", "안")] },
  ])
  assert.deepEqual(await found(e, "버블 붕괴 될까"), ["bubble/"])
  assert.deepEqual(await found(e, "버블 안 붕괴"), ["bubble/"])
})

test("a question word with an ending is still a question word: 엔비디아 주가 얼마일까", async () => {
  const e = engine([{ url: "a/", paragraphs: [para("엔비디아", "주가")] }, { url: "b/", paragraphs: [para("얼마")] }])
  assert.deepEqual(await found(e, "엔비디아 주가 얼마일까"), ["a/"])
})

test("an English word finds the essay that writes it in Hangul, and the reverse: copilot → 코파일럿, 리눅스 → Linux", async () => {
  const e = engine([
    { url: "a/", paragraphs: [para("코파일럿", "한글", "버전")] },
    { url: "b/", paragraphs: [para("오픈", "소스", "linux", "python")] },
    { url: "c/", paragraphs: [para("갈트", "신뢰")] },
  ])
  assert.deepEqual(await found(e, "copilot"), ["a/"])
  assert.deepEqual(await found(e, "리눅스"), ["b/"])
  assert.deepEqual(await found(e, "cloud"), [])        // 갈트 has its consonants, not its sound
})

test("a concept of the editors' table finds the passage that says it another way, below the word itself", async () => {
  const VALUATION = { valuation: ["@k:valuation"], "멀티플": ["@k:valuation"], "기업가치": ["@k:valuation"] }
  const e = engine([
    { url: "a/", paragraphs: [para("매출", "멀티플", "@k:valuation")] },
    { url: "b/", paragraphs: [para("기업가치", "@k:valuation")] },
  ], { aliases: VALUATION })
  assert.deepEqual(await found(e, "valuation"), ["a/", "b/"].sort())
  assert.deepEqual(await found(e, "기업가치"), ["b/", "a/"])
})

test("of three words, two neighbours written together may be one concept: chip [export ban]", async () => {
  const e = engine([
    { url: "a/", paragraphs: [para("칩", "@k:chip")] },
    { url: "b/", paragraphs: [para("칩", "@k:chip", "수출", "제한", "수출제한", "@k:export-control")] },
  ], { aliases: { chip: ["@k:chip"], exportban: ["@k:export-control"] } })
  assert.deepEqual(await found(e, "chip export ban"), ["b/"])
})

test("a word that only sounds like one in the other script answers no query alone: quantum computing ↛ 컴퓨팅", async () => {
  const e = engine([{ url: "a/", paragraphs: [para("컴퓨팅", "파워")] }])
  assert.deepEqual(await found(e, "computing"), ["a/"])
  assert.deepEqual(await found(e, "quantum computing"), [])
})

/* The partial-match policy (round 3): which pages a query answered in part may list */

test("of two words, a page answering one is not listed: 금리 인하 ↛ the page with 인하 alone", async () => {
  const e = engine([
    { url: "rates/", paragraphs: [para("인하", "이익")] },
    { url: "chips/", paragraphs: [para("반도체", "@k:chip")] },
  ])
  assert.deepEqual(await found(e, "금리 인하"), [])          // 금리: no page knows it
  assert.deepEqual(await found(e, "반도체 관세"), [])        // 관세: likewise, whatever the other word
  assert.deepEqual(await found(e, "반도체 이익"), [])        // each word on another page: no page answers both
})

test("of three words, a page answering two is listed when it says them itself, not through a theme", async () => {
  const e = engine([
    { url: "said/", paragraphs: [para("딥시크", "훈련", "비용")] },
    { url: "themed/", paragraphs: [para("삼성", "팹", "@c:fabs")] },
  ], { aliases: { 파운드리: ["@c:fabs"] } })
  assert.deepEqual(await found(e, "딥시크 훈련 비용 절감"), ["said/"])
  assert.deepEqual(await found(e, "삼성 파운드리 수율"), [])  // 파운드리 only as the theme's other word
})

test("a name typed as two words is one word of the query: 미키 마우스 인형 asks for the doll too", async () => {
  const e = engine([{ url: "nickname/", paragraphs: [para("미키마우스", "정권", "풍자")] }])
  assert.deepEqual(await found(e, "미키 마우스 인형"), [])     // 인형: no page knows it; the name is one of two words
  assert.deepEqual(await found(e, "미키 마우스 정권"), ["nickname/"])
  assert.deepEqual(await found(e, "미키 마우스 정권 풍자 인형"), ["nickname/"])   // three of four words
})

test("of five words or more, a page answering three fifths is listed, below one answering more", async () => {
  const e = engine([
    { url: "line/", paragraphs: [para("지도자", "곰돌이", "자유", "시장")] },
    { url: "market/", paragraphs: [para("자유", "시장")] },
  ])
  // 푸라고 and 부를 no page answers: four of six words is enough; two of six is not
  assert.deepEqual(await found(e, "지도자를 곰돌이 푸라고 부를 자유 시장"), ["line/"])
  assert.deepEqual(await found(e, "자유 시장 지도자를 곰돌이 푸라고 부를"), ["line/"])
})

test("two words written together with their particle or a verb's ending between: 엔비디아의주가, 건강한경쟁", async () => {
  const e = engine([
    { url: "a/", paragraphs: [para("엔비디아", "주가")] },
    { url: "b/", paragraphs: [para("건강", "경쟁")] },
    { url: "c/", paragraphs: [para("엔비디아")] },
  ])
  assert.deepEqual(await found(e, "엔비디아의주가"), ["a/"])
  assert.deepEqual(await found(e, "건강한경쟁"), ["b/"])
  assert.deepEqual(await found(e, "엔비디아의경쟁"), [])   // each part on another page: no page answers both
})

test("a plural before the particle is let go: 통신회사들은 = 통신 회사", async () => {
  const e = engine([{ url: "a/", paragraphs: [para("통신", "회사", "파산")] }, { url: "b/", paragraphs: [para("회사")] }])
  assert.deepEqual(await found(e, "통신회사들은"), ["a/"])
  assert.deepEqual(await found(e, "회사들이"), ["a/", "b/"])
})

test("no page answering enough lists nothing: the pages answering most are no fallback", async () => {
  const e = engine([{ url: "a/", paragraphs: [para("미국", "경쟁")] }])
  assert.deepEqual(await found(e, "미국 세금 인상"), [])
})

test("a lone syllable being typed after a word is not asked for yet; a finished unknown word is", async () => {
  const e = edition()
  assert.deepEqual(await found(e, "엔비디아 ㅈ"), await found(e, "엔비디아 "))
  assert.deepEqual(await found(e, "엔비디아 주"), await found(e, "엔비디아 "))
  assert.deepEqual(await found(e, "엔비디아 주가 "), [])   // typed to its end, and no page has it
  assert.deepEqual(await found(e, "엔비디아 배당"), [])
})

test("a word the index holds as typed is not cut at a particle-like last syllable: 주가 ↛ 주", async () => {
  const e = engine([
    { url: "price/", paragraphs: [para("엔비디아", "주가")] },
    { url: "week/", paragraphs: [para("엔비디아", "주")] },
  ])
  assert.deepEqual(await found(e, "엔비디아 주가"), ["price/"])
  assert.deepEqual(await found(e, "엔비디아 주"), ["week/"])
})

test("words of degree and verbs that work as particles are not asked for: 과잉 투자 = 투자, AI로 인한 = AI", async () => {
  const e = engine([{ url: "a/", paragraphs: [para("투자", "ai")] }, { url: "b/", paragraphs: [para("버블")] }])
  assert.deepEqual(await found(e, "과잉 투자"), ["a/"])
  assert.deepEqual(await found(e, "AI로 인한 "), ["a/"])
})

test("countries by their first syllable: 미중 = 미국 중국, one word the page answers whole", async () => {
  const e = engine([
    { url: "both/", paragraphs: [para("미국", "중국"), para("경쟁")] },
    { url: "one/", paragraphs: [para("미국", "경쟁")] },
  ])
  assert.deepEqual(await found(e, "미중 경쟁"), ["both/"])   // two words typed, not three: one/ answers half of 미중
  assert.deepEqual(await found(e, "미중 "), ["both/"])
})

test("slang of the concept table finds its passage, above pages where only the co-word is frequent", async () => {
  const FRENZY = { 광풍: ["@k:frenzy"], 열풍: ["@k:frenzy"] }
  const e = engine([
    { url: "generic/", paragraphs: [para("ai", "반도체"), para("ai", "투자"), para("ai", "버블"), para("열풍", "@k:frenzy", "투기")] },
    { url: "together/", paragraphs: [para("ai", "열풍", "@k:frenzy")] },
    { url: "co-word/", paragraphs: [para("ai"), para("ai", "ai")] },
  ], { aliases: FRENZY })
  assert.deepEqual(await found(e, "AI 광풍"), ["together/", "generic/"])
})

test("a KRX code is a ticker, never an amount; a code no alias holds finds nothing", async () => {
  const e = engine([{ url: "samsung/", paragraphs: [para("@e:samsung", "팹")] }, { url: "amount/", paragraphs: [para("5930", "660")] }],
    { aliases: { "005930": ["@e:samsung"], 삼성전자: ["@e:samsung"] } })
  assert.deepEqual(await found(e, "005930"), ["samsung/"])
  assert.deepEqual(await found(e, "005930.KS"), ["samsung/"])
  assert.deepEqual(await found(e, "삼성전자(005930)"), ["samsung/"])
  assert.deepEqual(await found(e, "000660"), [])
})

test("another spelling of a foreign word finds the text's (제미니 → 제미나이), never a consonant away (골트 ↛ 골드)", async () => {
  const e = engine([{ url: "gemini/", paragraphs: [para("제미나이")] }, { url: "gold/", paragraphs: [para("골드", "러시")] },
    { url: "galt/", paragraphs: [para("존", "~갈트")] }])
  assert.deepEqual(await found(e, "제미니 "), ["gemini/"])
  assert.deepEqual(await found(e, "존 골트 "), ["galt/"])
})

test("letters read aloud find the acronym: 지피유 → gpu", async () => {
  const e = engine([{ url: "gpu/", paragraphs: [para("gpu")] }, { url: "other/", paragraphs: [para("지도")] }])
  assert.deepEqual(await found(e, "지피유 "), ["gpu/"])
})

test("a word typed as two indexed words is one word of the query: 반도체산업 관세 is two words, both asked", async () => {
  const e = engine([{ url: "chips/", paragraphs: [para("반도체", "산업")] }])
  assert.deepEqual(await found(e, "반도체산업 "), ["chips/"])
  assert.deepEqual(await found(e, "반도체산업 관세 "), [])
})

test("words that frame a question are not asked for: 리바이스 유래 = 리바이스", async () => {
  const e = engine([{ url: "levis/", paragraphs: [para("리바이스", "브랜드")] }])
  assert.deepEqual(await found(e, "리바이스 유래 "), ["levis/"])
})

test("a concept discussed in other words (the editors' tag) is found below a passage using its words", async () => {
  const e = engine([{ url: "tagged/", paragraphs: [para("성능", "@kt:diminishing-returns")] },
    { url: "named/", paragraphs: [para("수확", "체감", "@k:diminishing-returns")] }],
    { aliases: { 수확체감: ["@k:diminishing-returns"], diminishingreturns: ["@k:diminishing-returns"] } })
  assert.deepEqual(await found(e, "수확체감 "), ["named/", "tagged/"])
  assert.deepEqual(await found(e, "diminishing returns "), ["named/", "tagged/"])
})

test("a noun suffix the analyser leaves out between two words written solid is let go: 인지적역량 → 인지 역량", async () => {
  const e = engine([
    { url: "a/", paragraphs: [para("인지", "역량", "인지역량")] },
    { url: "b/", paragraphs: [para("인지")] },
  ])
  assert.deepEqual(await found(e, "인지적역량"), ["a/"])
})

test("number words are read as the index spells them: 십 년 → 10년, 수백억 달러 → 수백억달러", async () => {
  const numbers = { ...NUMBERS, units: { ...NUMBERS.units, 년: "년" }, words: { 십년: "10년" } }
  const e = engine([
    { url: "a/", paragraphs: [para("10년", "10")] },
    { url: "b/", paragraphs: [para("수백억", "수백억달러", "400억달러")] },
  ])
  e.numbers = numbers
  assert.deepEqual(await found(e, "십 년"), ["a/"])
  assert.deepEqual(await found(e, "수백억 달러"), ["b/"])
})

test("a ticker's exchange is dropped (NASDAQ:NVDA, 9984.T), and a four-digit code is an alias", async () => {
  const e = engine([{ url: "a/", paragraphs: [para("엔비디아", "@e:nvidia")] },
    { url: "b/", paragraphs: [para("소프트뱅크", "@e:softbank")] }],
  { aliases: { ...NVIDIA, nvda: ["@e:nvidia"], "9984": ["@e:softbank"] } })
  assert.deepEqual(await found(e, "NASDAQ:NVDA"), ["a/"])
  assert.deepEqual(await found(e, "9984.T"), ["b/"])
  assert.deepEqual(await found(e, "9984"), ["b/"])
})

test("a two-digit year finds the year in full, a span either year", async () => {
  const e = engine([{ url: "a/", paragraphs: [para("2007년", "아이폰")] }, { url: "b/", paragraphs: [para("2024년")] }])
  assert.deepEqual(await found(e, "07년 아이폰"), ["a/"])
  assert.deepEqual(await found(e, "07~24년"), ["a/", "b/"])
})

test("a word with its endings undone finds a verb's stem, never a noun spelt like its start: 발전기 ↛ 발전", async () => {
  const e = engine([
    { url: "noun/", paragraphs: [para("발전", "콩")] },
    { url: "verb/", paragraphs: [para("맴돌", "기술")] },
  ], { verbs: ["맴돌"] })
  assert.deepEqual(await found(e, "맴돌던"), ["verb/"])
  assert.deepEqual(await found(e, "발전기"), [])
  assert.deepEqual(await found(e, "콩고"), [])
  assert.deepEqual(await found(e, "발전했던"), ["noun/"])   // through 하, the noun of a 하다 verb
})

test("a one-syllable word is a noun with its particle fused only as typed: 걸 → 거, never 인도 → 인 → 이", async () => {
  const e = engine([{ url: "a/", paragraphs: [para("거", "이")] }])
  assert.deepEqual(await found(e, "걸"), ["a/"])
  assert.deepEqual(await found(e, "인도"), [])
})

test("a word of a registered name beside the company's name is absorbed: 마이크론 테크놀로지스, Micron Technologies", async () => {
  const e = engine([{ url: "a/", paragraphs: [para("마이크론", "@e:micron", "메모리")] }, { url: "b/", paragraphs: [para("기술")] }],
    { aliases: { 마이크론: ["@e:micron"], micron: ["@e:micron"] } })
  assert.deepEqual(await found(e, "마이크론 테크놀로지스"), ["a/"])
  assert.deepEqual(await found(e, "Micron Technologies"), ["a/"])
  assert.deepEqual(await found(e, "테크놀로지스 메모리"), [])   // beside no company's name: a word like any other
})

test("a misspelt stem before a noun suffix: 게방성 → 개방 (by a confusable pair only, when the stem has two syllables)", async () => {
  const e = engine([{ url: "a/", paragraphs: [para("개방", "정책")] }, { url: "b/", paragraphs: [para("가방")] }])
  assert.deepEqual(await found(e, "게방성"), ["a/"])          // ㅐ/ㅔ in the stem of 개방성
  assert.deepEqual(await found(e, "갸방성"), [])              // ㅐ/ㅑ is no confusable pair: no guess from two syllables
})

test("a short Latin first name is read beside a surname read as a loanword, where they stand together: Dan Rand", async () => {
  const e = engine([
    { url: "novel/", paragraphs: [para("댄", "~랜드", "소설")] },
    { url: "other/", paragraphs: [para("던"), para("~랜드")] },
  ])
  assert.deepEqual(await found(e, "Dan Rand"), ["novel/"])   // dan alone would sound like 던 too
  assert.deepEqual(await found(e, "Dan"), [])                // too short to be read alone
})

test("a company's legal designator beside its name is absorbed: Nvidia Corporation, 주식회사 엔비디아", async () => {
  const e = edition()
  assert.deepEqual(await found(e, "Nvidia Corporation"), await found(e, "Nvidia"))
  assert.deepEqual(await found(e, "주식회사 엔비디아"), await found(e, "엔비디아"))
  assert.deepEqual(await found(e, "엔비디아 홀딩스"), await found(e, "엔비디아"))
})

test("a designator beside no company's name is a word like any other: 홀딩스 투자 ↛ 투자 alone", async () => {
  const e = edition()
  assert.deepEqual(await found(e, "홀딩스 투자"), [])
})

test("a misspelt stem by the initial-sound pair before a noun suffix: 병열화 → 병렬, 확율적 → 확률", async () => {
  const e = engine([{ url: "a/", paragraphs: [para("병렬", "처리")] }, { url: "b/", paragraphs: [para("확률", "모델")] }])
  assert.deepEqual(await found(e, "병열화"), ["a/"])
  assert.deepEqual(await found(e, "확율적"), ["b/"])
})

test("how much money: 돈 beside 얼마 or 몇 asks for an amount, not the word; elsewhere it is asked for", async () => {
  const e = engine([
    { url: "meta/", paragraphs: [para("메타", "vr", "832억", "달러", "비용")] },
    { url: "cash/", paragraphs: [para("돈", "메타")] },
  ])
  assert.deepEqual(await found(e, "메타 VR에 돈 얼마나 썼나요?"), ["meta/"])
  assert.deepEqual(await found(e, "메타 돈"), ["cash/"])
})

test("a page saying the word as typed ranks above one saying another spelling of it: 2000년대 before 21세기", async () => {
  const e = engine([
    { url: "century/", paragraphs: [para("21세기", "인터넷"), para("21세기", "통신"), para("21세기", "검색")] },
    { url: "decade/", paragraphs: [para("1990년대", "2000년대", "복사기", "투자", "제록스", "연구소", "가격")] },
    { url: "era/", paragraphs: [para("2000년대", "통신"), para("2000년대", "닷컴")] },
    { url: "x/", paragraphs: [para("반도체")] }, { url: "y/", paragraphs: [para("전력")] }, { url: "z/", paragraphs: [para("금리")] },
  ], { numbers: { ...NUMBERS, units: { ...NUMBERS.units, 년대: "년대", 세기: "세기" } } })
  assert.deepEqual((await found(e, "2000년대")).at(-1), "century/")
})

test("것 fused with its particle (게, 건, 걸) says how, not what: it is not asked for beside other words", async () => {
  const e = engine([
    { url: "said/", paragraphs: [para("기술", "쓸모없")] },
    { url: "other/", paragraphs: [para("기술", "게")] },
  ], { verbs: ["쓸모없"] })
  assert.deepEqual(await found(e, "기술이 쓸모없다는 게 아니다"), ["said/"])
})

test("a word of two syllables one confusable slip from an indexed word finds it (버젼 → 버전); another slip (버진) stays empty", async () => {
  const e = engine([{ url: "a/", paragraphs: [para("버전", "한글")] }, { url: "b/", paragraphs: [para("버스")] }])
  assert.deepEqual(await found(e, "버젼"), ["a/"])
  assert.deepEqual(await found(e, "버진"), [])               // ㅓ/ㅣ: no confusable pair
})

test("after a company's name, its office said any way is the epithet's: 앤트로픽 수장 = 앤트로픽 CEO", async () => {
  const e = engine([
    { url: "a/", paragraphs: [para("앤트로픽", "@e:anthropic", "ceo", "@e:amodei", "업그레이드")] },
    { url: "b/", paragraphs: [para("앤트로픽", "@e:anthropic", "수장", "회의")] },
  ], { aliases: { "앤트로픽": ["@e:anthropic"], "앤트로픽ceo": ["@e:amodei"] } })
  assert.deepEqual(await found(e, "앤트로픽 수장"), ["a/"])
  assert.deepEqual(await found(e, "앤트로픽 최고경영자"), ["a/"])
  assert.deepEqual(await found(e, "앤트로픽 대표"), ["a/"])
  assert.deepEqual(await found(e, "수장 회의"), ["b/"])                 // no company before it: the word itself
})

test("a number no page writes is let go when the other words answer, and struck out", async () => {
  const e = engine([
    { url: "a/", paragraphs: [para("훈련", "비용", "500만달러")] },
    { url: "b/", paragraphs: [para("비용", "20분")] },
  ], { numbers: { ...NUMBERS, units: { ...NUMBERS.units, 분: "분" } } })
  const result = await e.search("훈련 비용 20분의 1")
  assert.deepEqual(result.items.map(g => g[0].location.split("#")[0]), ["a/"])
  assert.equal(result.items[0][0].terms["20분의1"], false)
  assert.deepEqual(await found(e, "20분의 1"), [])                      // alone, nothing is found
  assert.deepEqual(await found(e, "청바지 20분의 1"), [])                 // nor when no other word answers
})

test("an alias typed with a word between its words is the alias: 베네수엘라 (출신) 경제학자", async () => {
  const e = engine([
    { url: "a/", paragraphs: [para("페레스", "@e:perez", "설치")] },
    { url: "b/", paragraphs: [para("경제학자"), para("출신")] },
  ], { aliases: { "페레스": ["@e:perez"], "베네수엘라경제학자": ["@e:perez"] } })
  assert.deepEqual(await found(e, "베네수엘라 경제학자"), ["a/"])
  assert.deepEqual(await found(e, "베네수엘라 출신 경제학자"), ["a/"])
  assert.deepEqual(await found(e, "베네수엘라 출신 정치인"), [])         // the alias's words, not one of them
})

test("a phrase the editors listed whole is found with its function words: 넘을 수 없는 4차원의 벽", async () => {
  const e = engine([
    { url: "a/", paragraphs: [para("~넘사벽일테니까요", "@k:gap")] },
    { url: "b/", paragraphs: [para("4", "차원", "벽")] },
  ], { aliases: { "넘사벽": ["@k:gap"], "넘을수없는4차원의벽": ["@k:gap"] } })
  assert.equal((await found(e, "넘을 수 없는 4차원의 벽"))[0], "a/")
})

test("of three nouns, the two a page answers without the third are in one passage; a question spans the page", async () => {
  const e = engine([
    { url: "a/", paragraphs: [para("스타트업", "군집"), para("버블", "붕괴")] },
    { url: "b/", paragraphs: [para("군집", "붕괴", "개미")] },
  ])
  assert.deepEqual(await found(e, "꿀벌 군집 붕괴"), ["b/"])           // a/ has 군집 and 붕괴 apart
  assert.deepEqual(await found(e, "꿀벌 스타트업 붕괴"), [])
  assert.deepEqual(await found(e, "꿀벌은 스타트업 붕괴 왜?"), ["a/"])   // a question: across the page
})

test("a common misspelling finds its standard spelling, a verb's by its stem, and only when the word finds nothing", async () => {
  const e = engine([
    { url: "a/", paragraphs: [para("역할", "대가")] },
    { url: "b/", paragraphs: [para("썩", "오렌지")] },
    { url: "c/", paragraphs: [para("댓가")] },
  ], { verbs: ["썩"], misspellings: { 역활: "역할", 썪: "썩", 댓가: "대가" } })
  assert.deepEqual(await found(e, "역활"), ["a/"])
  assert.deepEqual(await found(e, "썪은 오렌지"), ["b/"])
  assert.deepEqual(await found(e, "댓가"), ["c/"])   // a page writes the word as typed: that page alone
})

test("a question's frame about a person is asked for only when nothing else is: 머스크는 어디 출신이야?", async () => {
  const e = engine([
    { url: "a/", paragraphs: [para("머스크", "남아프리카")] },
    { url: "b/", paragraphs: [para("출신", "사업가")] },
  ], { aliases: { 머스크: ["@e:musk"] } })
  assert.deepEqual(await found(e, "머스크는 어디 출신이야?"), ["a/"])
  assert.deepEqual(await found(e, "출신"), ["b/"])
})

test("postings travel as document gaps, a count after its document only when above one, a term of one document once under that document; BM25 is computed here", async () => {
  const config = { aliases: {}, particles: PARTICLES, numbers: NUMBERS,
    index: { docs: 4, pages: [["a/", 0]], comments: [], bm25: [1.2, 0.5], lengths: [4, 4, 2, 4], shards: [[{ 칩: [0, -3, 2, 1] }, ["", "", "", "램"]]] } }
  const e = new Engine({ config, docs: [] }, "file:///")
  await e.shard(0)
  // documents 0 (three times), 2 and 3; average length 3.5
  const norm = n => 1.2 * (0.5 + 0.5 * n / 3.5)
  const weight = (tf, n) => Math.round(100 * tf * 2.2 / (tf + norm(n))) / 100
  assert.deepEqual([...e.postings("칩")], [[0, weight(3, 4)], [2, weight(1, 2)], [3, weight(1, 4)]])
  assert.deepEqual([...e.postings("램")], [[3, weight(1, 4)]])   // a term one document holds once
  assert.ok(weight(1, 2) > weight(1, 4))   // a shorter paragraph weighs more
})

test("a result's document is its page's URL and its anchor, a title left empty the one before", async () => {
  const config = { aliases: {}, particles: PARTICLES, numbers: NUMBERS,
    index: { docs: 3, pages: [["essays/a/", 0]], comments: [], bm25: [1.2, 0.5], lengths: [1, 1, 1],
      shards: [[{ 칩: [1, 1] }, ["요약"]]] } }
  const docs = [["", "에세이", "요약"], ["p-1", "반도체", "칩 하나"], ["p-2", "", "칩 둘"]]
  const { items } = await new Engine({ config, docs }, "file:///").search("칩")
  assert.deepEqual(items[0].map(({ location, title, text }) => [location, title, text]), [
    ["essays/a/#p-1", "반도체", "<mark>칩</mark> 하나"],
    ["essays/a/#p-2", "반도체", "<mark>칩</mark> 둘"],
    ["essays/a/", "에세이", "요약"],                  // the page, which the group's paragraphs belong to
  ])
})

test("a company's stem is said with each of its words: 지포스 → 지포스 개발사, 지포스 만드는 회사", async () => {
  const MAKERS = ["운영사", "개발사", "만드는회사"]
  const e = engine([
    { url: "nvidia/", paragraphs: [para("엔비디아", "@e:nvidia")] },
    { url: "dev/", paragraphs: [para("개발사")] },
  ], { aliases: { 엔비디아: ["@e:nvidia"], 지포스: ["@e:nvidia"] }, forms: [[MAKERS, { "@e:nvidia": ["지포스", "geforce"] }]] })
  assert.deepEqual(await found(e, "지포스 만드는 회사"), ["nvidia/"])
  assert.deepEqual(await found(e, "geforce 운영사"), ["nvidia/"])
  assert.deepEqual(e.aliases["지포스개발사"], ["@e:nvidia"])
  assert.equal(e.aliases["엔비디아개발사"], undefined)   // only the stems listed
})

test("a person's name with a playful honorific is the name: 잡스옹, 머스크형님, 갓잡스, 잡느님 (잡스 + 하느님)", async () => {
  const e = engine([
    { url: "jobs/", paragraphs: [para("잡스", "@e:jobs", "아이폰")] },
    { url: "musk/", paragraphs: [para("머스크", "@e:musk")] },
    { url: "guest/", paragraphs: [para("손님", "대형", "마트")] },
    { url: "son/", paragraphs: [para("손정의", "@e:son")] },
  ], { aliases: { 잡스: ["@e:jobs"], jobs: ["@e:jobs"], 머스크: ["@e:musk"], 손정의: ["@e:son"] },
    surnames: { 손: ["@e:son"] }, persons: ["@e:jobs", "@e:musk", "@e:son"] })
  for (const q of ["잡스옹", "잡스옹이", "잡스 옹", "갓잡스", "잡느님", "jobs옹"]) assert.deepEqual(await found(e, q), ["jobs/"], q)
  assert.deepEqual(await found(e, "머스크형님"), ["musk/"])
  assert.deepEqual(await found(e, "머느님"), ["musk/"])        // the name's first syllable with 느님
  assert.deepEqual(await found(e, "손님"), ["guest/"])          // a word, not 손 (a surname) with 님
  assert.deepEqual(await found(e, "대형"), ["guest/"])
})

test("a question's words that say how long or where, not what, are not asked for: 며칠, 건너는 데", async () => {
  const e = engine([
    { url: "ship/", paragraphs: [para("대서양", "횡단", "증기선", "걸리")] },
    { url: "days/", paragraphs: [para("데", "며칠", "얼마만큼")] },
  ], { verbs: ["걸리"] })
  assert.deepEqual(await found(e, "대서양 건너는 데 며칠 걸렸어?"), ["ship/"])
  assert.deepEqual(await found(e, "대서양 얼마만큼"), ["ship/"])
})

test("a duration restated in the larger unit: 24시간 = 하루, 48시간 = 2일 (이틀), 24개월 = 2년", async () => {
  const e = engine([
    { url: "day/", paragraphs: [para("하루", "만", "주가")] },
    { url: "hours/", paragraphs: [para("24", "시간", "24시간", "만")] },
    { url: "two/", paragraphs: [para("2일", "2")] },
    { url: "years/", paragraphs: [para("2년", "2")] },
  ])
  assert.deepEqual((await found(e, "24시간 만에")).sort(), ["day/", "hours/"])
  assert.deepEqual(await found(e, "48시간"), ["two/"])
  assert.deepEqual(await found(e, "24개월"), ["years/"])
  assert.ok(!(await found(e, "25시간")).includes("day/"))   // no whole day
})

test("a multiple written the English way is the Korean one: 10x = 10배", async () => {
  const e = engine([{ url: "a/", paragraphs: [para("10배", "10")] }, { url: "b/", paragraphs: [para("x86", "10")] }])
  assert.deepEqual(await found(e, "10x"), ["a/"])
  assert.deepEqual(await found(e, "10 times"), ["a/"])
})

test("a verb the analyser split in the text is found by the surface forms its stem begins: 채갔다 → ~채가면", async () => {
  const e = engine([{ url: "a/", paragraphs: [para("경쟁자", "채", "~채가면")] }, { url: "b/", paragraphs: [para("채굴")] }])
  assert.deepEqual(await found(e, "채갔다"), ["a/"])
  assert.deepEqual(await found(e, "채가서"), ["a/"])
})
