/* Query analysis (docs/assets/search/korean.js) under Node's test runner: node --test tests/js */
"use strict"
const test = require("node:test")
const assert = require("node:assert/strict")
const path = require("node:path")
const fs = require("node:fs")
const K = require("../../docs/assets/search/korean.js")

const ROOT = path.join(__dirname, "..", "..")
const cases = JSON.parse(fs.readFileSync(path.join(ROOT, "tests/cases/search/amounts.json"), "utf8"))
const NUMBERS = { // scripts/emitters/search_terms.py NUMBERS (the index's config carries the real one)
  units: { 달러: "달러", 원: "원", "%": "%", 배: "배", gw: "gw", 기가와트: "gw", mw: "mw", 메가와트: "mw", 개: "개", 명: "명", 월: "월", 일: "일", 개월: "개월", 년대: "년대", 년: "년", 세기: "세기" },
  words: { 반세기: "50년", 한세기: "100년", 십년: "10년", 이십년: "20년", 사십년: "40년", 백년: "100년" },
  native: { 한: 1, 두: 2, 세: 3, 석: 3, 넉: 4 },
  native_units: { 배: "배", 개: "개", 번: "번", 달: "개월", 해: "년" },
  scales: { thousand: 1e3, million: 1e6, mn: 1e6, billion: 1e9, bn: 1e9, trillion: 1e12, tn: 1e12 },
  letter_scales: { k: 1e3, m: 1e6, b: 1e9, t: 1e12 },
  currencies: { $: "달러", us$: "달러", usd: "달러", dollar: "달러", dollars: "달러", "₩": "원", won: "원" },
}
const PARTICLES = ["를", "로", "을", "은", "는", "에"]

/* The ending table: each family, the stem the index holds must be among the candidates */
const ENDINGS = [
  ["하다: past", "하락했다", "하락"],
  ["하다: past, declaring", "선언했다", "선언"],
  ["하다: adnominal", "파산한", "파산"],
  ["하다: adnominal of an adjective", "저렴한", "저렴하"],
  ["하다: adnominal present", "회수하는", "회수"],
  ["되다: conditional", "붕괴되면", "붕괴"],
  ["되다: adnominal", "인수된", "인수"],
  ["되다: past", "연결됐다", "연결"],
  ["past of 리 (렸 = 리 + 었)", "늘렸다", "늘리"],
  ["past of 지 with a question ending", "떨어졌나", "떨어지"],
  ["adnominal present", "무너지는", "무너지"],
  ["connective", "터지고", "터지"],
  ["connective 어서", "먹어서", "먹"],
  ["conditional 으면", "작으면", "작"],
  ["question 은가", "필요한가", "필요"],
  ["formal ㅂ니다", "합니다", "하"],
  ["ㄹ dropped before ㄴ (벌다)", "버나", "벌"],
  ["ㅂ verb (어렵다)", "어려운", "어렵"],
  ["르 verb (빠르다)", "빨라서", "빠르"],
  ["future adnominal", "오를", "오르"],
  ["하다: intent-conditional 려면", "이해하려면", "이해"],
  ["intent adnominal 려는", "투자하려는", "투자"],
  ["the more … 을수록", "많을수록", "많"],
  ["as soon as 자마자", "발표하자마자", "발표"],
  ["because 니까", "떨어지니까", "떨어지"],
  ["or 거나", "사거나", "사"],
]

for (const [family, word, stem] of ENDINGS)
  test(`ending table, ${family}: ${word} → ${stem}`, () => {
    assert.ok(K.stems(word).includes(stem), `${word}: ${K.stems(word).join(" ")}`)
  })

test("a word with no ending gives no shorter noun it does not contain", () => {
  assert.deepEqual(K.stems("엔비디아").filter(s => !"엔비디아".startsWith(s)), [])
  assert.deepEqual(K.stems("Nvidia"), [])
})

test("an ending undone from a syllable leaves a stem, never a word with another ending: 절감 ↛ 저, 발언 ↛ 바, 올인 ↛ 오", () => {
  for (const [word, junk] of [["절감", "저"], ["발언", "바"], ["올인", "오"], ["절감", "절"]])
    assert.ok(!K.stems(word).includes(junk), `${word}: ${K.stems(word).join(" ")}`)
  assert.ok(K.stems("얼마일까").includes("얼마"))       // a noun before the copula stays a noun
  assert.ok(K.stems("무엇인가").includes("무엇"))
})

test("an ending undone leads to a verb's stem; a noun only before the copula, a derivational tail or a dropped copula", () => {
  const nouns = new Set("발전 콩 런 적 리바이 위기 하락 인프라 혁신 기업 가격 반도 거 수 그 이".split(" "))
  const verbs = new Set("맴돌 늘리 찢어지 꺼리 벌 오르".split(" "))
  const accept = (s, how) => how === "noun" ? nouns.has(s) : verbs.has(s)
  const found = word => K.stems(word, accept)
  for (const [word, noun] of [["발전기", "발전"], ["콩고", "콩"], ["런던", "런"], ["적자", "적"],
    ["리바이어던", "리바이"], ["가격표", "가격"], ["반도체", "반도"], ["그간", "그"], ["인도", "이"]])
    assert.ok(!found(word).includes(noun), `${word}: ${found(word).join(" ")}`)
  for (const [word, stem] of [["위기다", "위기"], ["위기였다", "위기"], ["인프라고", "인프라"], ["하락했다", "하락"],
    ["혁신적인", "혁신"], ["기업들", "기업"], ["가격이다", "가격"], ["맴돌던", "맴돌"], ["늘렸다", "늘리"],
    ["찢어진", "찢어지"], ["꺼렸던", "꺼리"], ["버나", "벌"], ["오를", "오르"], ["걸", "거"], ["순", "수"]])
    assert.ok(found(word).includes(stem), `${word}: ${found(word).join(" ")}`)
})

test("countries by their first syllable, as headlines pair them", () => {
  assert.deepEqual(K.nations("미중"), ["미국", "중국"])
  assert.deepEqual(K.nations("한미일"), ["한국", "미국", "일본"])
  assert.equal(K.nations("미미"), null)
  assert.equal(K.nations("미래"), null)
  assert.equal(K.nations("중"), null)
})

test("stems come longest first and never repeat the word", () => {
  const stems = K.stems("하락했다")
  assert.ok(!stems.includes("하락했다"))
  assert.deepEqual(stems, [...stems].sort((a, b) => b.length - a.length))
})

for (const [written, canonical] of cases.canonical)
  test(`amount ${written} is spelt ${canonical}, as the index spells it`, () => {
    assert.equal(K.canonicalAmount(written), canonical)
  })

for (const [word, words] of cases.query)
  test(`query word ${word} → ${words.join(" ")}`, () => {
    assert.deepEqual(K.amountWords(word, NUMBERS, PARTICLES), words)
  })

for (const [query, spelt] of cases.words)
  test(`number words in ${query} are spelt ${spelt}, as the index spells them`, () => {
    assert.equal(K.numberWords(query, NUMBERS), spelt)
  })

for (const [query, spelt] of cases.spoken)
  test(`${query} is spelt ${spelt}, as the index spells it`, () => {
    assert.equal(K.spokenAmounts(query, NUMBERS), spelt)
  })

test("a fraction with a slash is the fraction Korean says (1/20 = 20분의1); a date-like pair stays, a date is written out", () => {
  assert.equal(K.spokenAmounts("훈련비 1/20", NUMBERS), "훈련비 20분의1")
  assert.equal(K.spokenAmounts("11/5 발표", NUMBERS), "11/5 발표")
  assert.equal(K.spokenAmounts("2024/11/25", NUMBERS), "2024년 11월 25일")   // a date, written out
})

test("a rough amount typed apart from its unit is one word with it", () => {
  assert.deepEqual(K.joinCounters(["수백억", "달러"], NUMBERS), ["수백억달러"])
})

test("distance counts jamo: one vowel, one consonant, one swap", () => {
  const d = (a, b) => K.distance(K.jamo(a), K.jamo(b))[0]
  assert.equal(d("엔비디야", "엔비디아"), 1)
  assert.equal(d("마이크로소프드", "마이크로소프트"), 1)
  assert.equal(d("엔트로픽", "엔트로피"), 1)
  assert.equal(d("챗gtp", "챗gpt"), 1)
  assert.equal(d("엔비디아", "엔비디아"), 0)
  assert.ok(d("클로드", "클라우드") > 1)
})

test("two consonants traded across a vowel, or two vowels across a consonant, are one slip", () => {
  const d = (a, b) => K.distance(K.jamo(a), K.jamo(b))[0]
  assert.equal(d("엔디비아", "엔비디아"), 1)
  assert.equal(d("마이크로스포트", "마이크로소프트"), 1)
  assert.equal(d("브로드컴", "브도르컴"), 1)
  assert.ok(d("데이터센터", "세이터덴터") > 1)  // consonants two syllables apart: not one slip
  assert.ok(d("엔비디아", "엔비아디") > 1)  // a vowel moved with its syllable is no consonant swap
})

test("oneApart passes every pair distance finds one edit apart, and no pair two or more apart", () => {
  const pairs = [["엔비디야", "엔비디아"], ["마이크로소프드", "마이크로소프트"], ["엔트로픽", "엔트로피"], ["챗gtp", "챗gpt"],
    ["엔디비아", "엔비디아"], ["마이크로스포트", "마이크로소프트"], ["브로드컴", "브도르컴"], ["엔비디", "엔비디아"],
    ["데이터센터", "세이터덴터"], ["엔비디아", "엔비아디"], ["클로드", "클라우드"], ["엔비디아", "엔비디아"], ["엔비", "엔비디아"]]
  for (const [a, b] of pairs) {
    const [x, y] = [K.jamo(a), K.jamo(b)]
    if (K.distance(x, y, 1)[0] === 1) assert.ok(K.oneApart(x, y), `${a} / ${b}`)
  }
  assert.ok(!K.oneApart(K.jamo("데이터센터"), K.jamo("세이터덴터")))
  assert.ok(!K.oneApart(K.jamo("엔비"), K.jamo("엔비디아")))
})

test("confusable pairs weigh half: ㅐ/ㅔ, ㅅ/ㅆ, ㄷ/ㅌ", () => {
  const w = (a, b) => K.distance(K.jamo(a), K.jamo(b))[1]
  assert.equal(w("엔트로픽", "앤트로픽"), 0.5)
  assert.equal(w("딥씨크", "딥시크"), 0.5)
  assert.equal(w("마이크로소프드", "마이크로소프트"), 0.5)
  assert.equal(w("엔트로픽", "엔트로피"), 1)
})

test("a loanword sounds like its English word, either way: copilot = 코파일럿, Linux = 리눅스", () => {
  const pairs = [["copilot", "코파일럿"], ["hedgefund", "헤지펀드"], ["sputnik", "스푸트니크"], ["blockchain", "블록체인"],
    ["smartphone", "스마트폰"], ["cloud", "클라우드"], ["startup", "스타트업"], ["upgrade", "업그레이드"],
    ["wikipedia", "위키피디아"], ["linux", "리눅스"], ["python", "파이썬"], ["godzilla", "고질라"]]
  for (const [english, hangul] of pairs) {
    assert.ok(K.soundsLike(english, hangul), `${english} = ${hangul}`)
    assert.ok(K.soundsLike(hangul, english), `${hangul} = ${english}`)
  }
})

test("a native word with the same consonants is no loanword: cloud ≠ 갈트, python ≠ 파산, button ≠ 벗어나", () => {
  const pairs = [["cloud", "갈트"], ["cloud", "그래도"], ["python", "파산"], ["version", "배신"], ["market", "막대"],
    ["bitcoin", "바닥나"], ["moment", "마인드"], ["button", "벗어나"], ["cable", "개발"], ["scenario", "신뢰"]]
  for (const [english, hangul] of pairs) assert.ok(!K.soundsLike(english, hangul), `${english} ≠ ${hangul}`)
})

test("short words sound like too many others: no loanword under three consonants or four letters", () => {
  assert.ok(!K.soundsLike("tv", "티비"))
  assert.ok(!K.soundsLike("drill", "드릴"))  // d-l: two consonants
})

test("a number typed apart from its counter is one word with it; other words stay apart", () => {
  assert.deepEqual(K.joinCounters(["넉", "달"], NUMBERS), ["넉달"])
  assert.deepEqual(K.joinCounters(["5천억", "달러를"], NUMBERS), ["5천억달러를"])
  assert.deepEqual(K.joinCounters(["세", "배", "수익"], NUMBERS), ["세배", "수익"])
  assert.deepEqual(K.joinCounters(["엔비디아", "5천억"], NUMBERS), ["엔비디아", "5천억"])
  assert.deepEqual(K.joinCounters(["한", "가지"], NUMBERS), ["한", "가지"])   // 가지 is no counter of this table
})

/* Other Hangul spellings of one foreign word share a key; a consonant never changes */
const SAME_WORD = [["제미니", "제미나이"], ["골트", "갈트"], ["스푸트닉", "스푸트니크"], ["허니폿", "허니팟"],
  ["허니포트", "허니팟"], ["모토롤라", "모토로라"], ["헐리우드", "할리우드"], ["코파일롯", "코파일럿"], ["스노든", "스노우든"]]
const OTHER_WORDS = [["골트", "골드"], ["금리", "감리"], ["관세", "곤세"], ["필터", "팔다"]]
for (const [a, b] of SAME_WORD)
  test(`${a} and ${b} are spellings of one word`, () => assert.equal(K.variantKey(a), K.variantKey(b)))
for (const [a, b] of OTHER_WORDS)
  test(`${a} and ${b} are different words`, () => assert.notEqual(K.variantKey(a), K.variantKey(b)))

test("Latin letters read aloud: 지피유 = gpu, 챗지피티 = 챗gpt, 스페이스엑스 = 스페이스x; a lone letter needs a start", () => {
  assert.ok(K.spelledLetters("지피유").includes("gpu"))
  assert.ok(K.spelledLetters("엘엘엠").includes("llm"))
  assert.ok(K.spelledLetters("챗지피티").includes("챗gpt"))
  assert.ok(K.spelledLetters("스페이스엑스").includes("스페이스x"))
  assert.deepEqual(K.spelledLetters("비"), [])
  assert.deepEqual(K.spelledLetters("gpu"), [])
})

test("a two-digit year is also this century's or the last (07년 = 2007년), a span either year", () => {
  assert.deepEqual(K.yearSpan("07년").spellings, ["2007년", "7년"])
  assert.deepEqual(K.yearSpan("98년까지"), { spellings: ["1998년", "98년"], rest: "까지" })
  assert.deepEqual(K.yearSpan("23~24년").spellings, ["2023년", "2024년", "23년", "24년"])
  assert.equal(K.yearSpan("2024년"), null)      // a year in full is read as an amount already
  assert.equal(K.yearSpan("80년대"), null)      // a decade: withUnit
})

test("a year with its unit answers the year written bare; other numbers do not", () => {
  assert.deepEqual(K.bareYear("2024년"), ["2024"])
  assert.deepEqual(K.bareYear("1999년"), ["1999"])
  assert.deepEqual(K.bareYear("2024년대"), [])
  assert.deepEqual(K.bareYear("3000년"), [])
  assert.deepEqual(K.bareYear("2024"), [])
})

test("a century and its hundred are one (1500년대 = 16세기), never the next (1600년대 ≠ 16세기)", () => {
  assert.deepEqual(K.centuries("1500년대"), ["16세기"])
  assert.deepEqual(K.centuries("16세기"), ["1500년대"])
  assert.deepEqual(K.centuries("1980년대"), [])
})

test("a consonant written twice counts once only with nothing heard between: 버블티 ≠ period, 코파일럿 = copilot", () => {
  assert.ok(!K.soundsLike("버블티", "period"))
  assert.ok(!K.soundsLike("파파고", "paco"))
  assert.ok(K.soundsLike("리눅스", "linux"))
  assert.ok(K.soundsLike("코파일럿", "copilot"))   // 일럿: ㄹ final and ㄹ initial, one l
  assert.ok(K.soundsLike("서밋", "summit"))
})

test("a verb with an auxiliary after its connective: 빌려준 → 빌리, 보내줬다 → 보내, 좋아진다 → 좋, 없어졌다 → 없", () => {
  for (const [word, stem] of [["빌려준", "빌리"], ["보내줬다", "보내"], ["옮겨두고", "옮기"], ["나눠드린", "나누"], ["바꿔버린", "바꾸"],
    ["좋아진다", "좋"], ["없어졌다", "없"]])
    assert.ok(K.stems(word).includes(stem), `${word}: ${K.stems(word).join(" ")}`)
  for (const [word, junk] of [["매주", "매"], ["홍보", "홍"], ["확보한", "확"]])  // a two-syllable word: no auxiliary
    assert.ok(!K.stems(word).includes(junk), `${word}: ${K.stems(word).join(" ")}`)
})

test("the initial-sound pair ㄹ/ㅇ before a y-vowel weighs half (비률 = 비율, 병열 = 병렬), not elsewhere", () => {
  const w = (a, b) => K.distance(K.jamo(a), K.jamo(b))[1]
  assert.equal(w("비률", "비율"), 0.5)
  assert.equal(w("확율", "확률"), 0.5)
  assert.equal(w("병열", "병렬"), 0.5)
  assert.equal(w("리스크", "이스크"), 1)   // before ㅣ: no such rule, a plain mistake
})

test("before an ending that takes the bare stem, a syllable is the stem itself, not 어 merged into it: 돼지 ↛ 되, 돼서 → 되", () => {
  assert.ok(!K.stems("돼지").includes("되"), K.stems("돼지").join(" "))
  assert.ok(!K.stems("봐라고").includes("보"), K.stems("봐라고").join(" "))
  assert.ok(K.stems("돼서").includes("되"))
  assert.ok(K.stems("봐요").includes("보"))
  assert.ok(K.stems("했다").includes("하"))      // the past's ㅆ is undone still
  assert.ok(K.stems("번다").includes("벌"))      // and an ㄹ dropped before ㄴ
})

test("a w-vowel is 우 and the vowel in another spelling (황 = 후앙, 젠슨 황 = 젠슨 후앙); 아우 is English ou (foundry = 파운드리)", () => {
  assert.equal(K.variantKey("젠슨후앙"), K.variantKey("젠슨황"))
  assert.equal(K.variantKey("쿠안타오"), K.variantKey("콴타오"))
  assert.notEqual(K.variantKey("젠슨후앙"), K.variantKey("젠슨항"))
  for (const [english, hangul] of [["foundry", "파운드리"], ["download", "다운로드"], ["counter", "카운터"]])
    assert.ok(K.soundsLike(english, hangul), `${english} = ${hangul}`)
})

test("after ㅈ, ㅊ, ㅉ a y-vowel and its plain vowel weigh half (버젼 = 버전, 쥬스 = 주스), not after others", () => {
  const w = (a, b) => K.distance(K.jamo(a), K.jamo(b))[1]
  assert.equal(w("버젼", "버전"), 0.5)
  assert.equal(w("쥬스", "주스"), 0.5)
  assert.equal(w("벼슬", "버슬"), 1)
})

test("-화 and a Sino-Korean prefix the analyser keeps apart leave the noun: 정당화했던 → 정당, 재검토된 → 검토", () => {
  const nouns = new Set(["정당", "검토", "거대"])
  const accept = (s, how) => how === "noun" && nouns.has(s)
  assert.ok(K.stems("정당화했던", accept).includes("정당"), K.stems("정당화했던", accept).join(" "))
  assert.ok(K.stems("재검토된", accept).includes("검토"), K.stems("재검토된", accept).join(" "))
  assert.ok(!K.stems("불확실한", () => true).includes("확실"))   // a prefix that turns the word around stays
  assert.ok(!K.stems("영화", () => true).includes("영"))         // -화 after one syllable is no suffix
})

test("a chip's letters and number read aloud: 에이치백 = h100, 비이백 = b200; a number alone is no letters", () => {
  assert.ok(K.spelledLetters("에이치백").includes("h100"))
  assert.ok(K.spelledLetters("비이백").includes("b200"))
  assert.ok(K.spelledLetters("에이천").includes("a1000"))
  assert.deepEqual(K.spelledLetters("이백"), [])
})

test("an adjective made from a noun of two syllables finds the noun: 풍요로운 → 풍요, 사람다운 → 사람; 해로운 → no 해", () => {
  assert.ok(K.stems("풍요로운").includes("풍요"))
  assert.ok(K.stems("풍요로워질").includes("풍요"))
  assert.ok(K.stems("사람다운").includes("사람"))
  assert.ok(!K.stems("해로운").includes("해"))
})

test("ㅡ for ㅜ is half a mistake after ㅁ, ㅂ, ㅍ or beside the same vowel, a whole one elsewhere", () => {
  const w = (a, b) => K.distance(K.jamo(a), K.jamo(b), 1)[1]
  assert.equal(w("거픔", "거품"), 0.5)    // after ㅍ
  assert.equal(w("구굴", "구글"), 0.5)    // the vowel of the syllable before, carried over
  assert.equal(w("믄제", "문제"), 0.5)    // after ㅁ
  assert.equal(w("모드", "모두"), 1)      // other words
  assert.equal(w("구룹", "그룹"), 0.5)    // the ㅜ of the next syllable, carried back
})
