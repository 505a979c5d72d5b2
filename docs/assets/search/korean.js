/* Korean query analysis for the search worker (worker.js loads it; Node's tests require it).
 *
 * The index holds what the analyser (kiwipiepy) keeps of a text: nouns, stems, Latin words,
 * amounts in one spelling. A reader types inflected words, amounts as they write them and
 * typos; this file turns a typed word into the spellings the index may hold:
 *
 *   stems("하락했다")  → 하락했, 하락하, 하락        (했 = 하 + 었; 하다 verbs are indexed by their noun)
 *   stems("늘렸다")    → 늘렸, 늘리                   (렸 = 리 + 었)
 *   stems("버나")      → 버, 벌                       (벌다 drops its ㄹ before ㄴ)
 *   amountWords("400억달러") → ["400억달러"];  amountWords("1조4천억") → ["1.4조"];
 *   amountWords("17%하락") → ["17%", "하락"];   amountWords("두배") → ["2배"]
 *   distance("엔비디야", "엔비디아") → 1, counted on jamo (ㅑ for ㅏ), a swap of two letters as one
 */
"use strict"
;(function (exports) {
  const FIRST = 0xac00, LAST = 0xd7a3
  const INITIALS = [..."ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"]
  const MEDIALS = [..."ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ"]
  const FINALS = ["", ..."ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ"]
  const M = Object.fromEntries(MEDIALS.map((m, i) => [m, i]))
  const F = Object.fromEntries(FINALS.map((f, i) => [f, i]))
  const H = INITIALS.indexOf("ㅎ"), O = INITIALS.indexOf("ㅇ")

  /* A syllable as [initial, medial, final] indexes, or null */
  function syllable(ch) {
    const code = ch.charCodeAt(0)
    if (code < FIRST || code > LAST) return null
    const n = code - FIRST
    return [Math.floor(n / 588), Math.floor((n % 588) / 28), n % 28]
  }
  const compose = (l, v, t) => String.fromCharCode(FIRST + l * 588 + v * 28 + t)
  const isHangul = s => /^[가-힣]+$/.test(s)

  /* Endings stripped from the end of a word, longest first: final and connective endings, the
     adnominal and conditional ones, question endings, and the pre-final tense syllables. */
  const ENDINGS = (
    "었습니다 았습니다 였습니다 습니다 는데요 니까요 습니까 " +
    "니다 는데 지만 면서 으면 으며 어서 아서 여서 도록 려고 는지 던가 는가 나요 가요 까요 어요 아요 여요 " +
    "으려면 려면 으려는 려는 으니까 니까 을수록 수록 자마자 다가 거나 거든 잖아 더라 는다 느라 " +
    "에요 예요 었다 았다 였다 겠다 었던 았던 였던 었고 았고 였고 어야 아야 여야 이었다 이다 이라 인 일 " +
    "었 았 였 겠 다 고 며 면 서 게 기 지 죠 요 나 니 냐 가 까 자 도 야 는 은 을 던 든 음 어 아 여"
  ).split(" ")
  /* Endings that follow the connective 어/아 (해서, 해도, 해야, 해요): before any other ending a
     syllable is the stem itself, never 어 merged into it (돼지 is no 되 + 어 + 지, 봐라 no 보다) */
  const AFTER_CONNECTIVE = new Set("서 도 야 요".split(" "))
  /* The copula's endings: what stands before them is a noun (학생인 → 학생), never a verb's stem */
  const COPULA = new Set("이었다 이다 이라 인 일".split(" "))
  /* A stem's derivational tail: 하락하 → 하락, 붕괴되 → 붕괴, 증대시키 → 증대, 혁신적 → 혁신, 기업들 → 기업,
     정당화 → 정당 (the analyser keeps -화 apart); and a Sino-Korean prefix the analyser keeps apart too
     (재검토 → 검토, 초거대 → 거대), never one that turns the word around (불확실, 비효율) */
  const DERIVED = "시키 하 되 받 당하 적 들 스럽".split(" ")
  const PREFIXES = "재 초 신 고 저".split(" ")
  /* Auxiliary verbs after a verb's connective 어/아, contracted into its last syllable or not (나눠 주다,
     빌려 두다, 바꿔 버리다; 좋아지다, 없어지다: what becomes so): the verb before them is the stem.
     Only after two syllables at least: 매주, 홍보 are nouns, not 매 + 주 */
  const AUXILIARY = "주 드리 두 놓 버리 보 지".split(" ")
  const CONTRACTED = new Set([..."ㅏㅓㅐㅔㅕㅘㅝㅙ"])

  /* Spellings of the last syllable with a fused ending undone: 한 → 하, 된 → 되, 했 → 하, 렸 → 리;
     and the stems of irregular verbs (버나 → 벌, 어려운 → 어렵, 빨라 → 빠르) in `irregular` */
  function unfused(word, irregular, bare = false) {
    const s = syllable(word[word.length - 1])
    if (!s) return []
    const head = word.slice(0, -1), [l, v, t] = s, out = []
    const open = vowel => {                          // the vowel an ending 어/아/여 merged into
      if (v === M["ㅐ"] && l === H) out.push(head + compose(l, M["ㅏ"], 0))   // 해 → 하
      if (v === M["ㅕ"] && l !== O) out.push(head + compose(l, M["ㅣ"], 0))   // 려 → 리, 져 → 지
      if (v === M["ㅙ"]) out.push(head + compose(l, M["ㅚ"], 0))              // 돼 → 되
      if (v === M["ㅘ"]) out.push(head + compose(l, M["ㅗ"], 0))              // 와 → 오, 봐 → 보
      if (v === M["ㅝ"]) out.push(head + compose(l, M["ㅜ"], 0))              // 줘 → 주, 워 → 우
      if (l === O && (v === M["ㅓ"] || v === M["ㅏ"] || v === M["ㅕ"]) && head) out.push(head)  // 먹어 → 먹
      if (vowel) out.push(head + compose(l, v, 0))   // 갔 → 가, 섰 → 서
    }
    if (t === F["ㅆ"]) open(true)                    // past: 했 렸 됐 왔 갔
    else if (t === F["ㄴ"] || t === F["ㄹ"] || t === F["ㅁ"] || t === F["ㅂ"]) {
      out.push(head + compose(l, v, 0))              // adnominal ㄴ/ㄹ, nominal ㅁ, formal ㅂ(니다)
      if (t !== F["ㄹ"]) irregular.push(head + compose(l, v, F["ㄹ"]))  // 번 → 벌 (ㄹ dropped before ㄴ, ㅂ)
    } else if (t === 0 && !bare) {
      open(false)
      const prev = head && syllable(head[head.length - 1])
      if (prev && prev[2] === F["ㄹ"] && l === INITIALS.indexOf("ㄹ") && (v === M["ㅓ"] || v === M["ㅏ"]))
        irregular.push(head.slice(0, -1) + compose(prev[0], prev[1], 0) + "르")   // 빨라 → 빠르 (르 verbs)
    }
    if (l === O && v === M["ㅜ"] && t !== F["ㅆ"] && head) {  // 어려우 → 어렵 (ㅂ verbs)
      const prev = syllable(head[head.length - 1])
      if (prev && prev[2] === 0) irregular.push(head.slice(0, -1) + compose(prev[0], prev[1], F["ㅂ"]))
    }
    return out
  }

  /* Endings that follow a noun ending in a vowel directly, its copula 이 left out: 위기다, 위기였다,
     인프라고. A noun before any other ending, or ending in a consonant, is no stem: 콩고 is no 콩 + 고,
     발전기 no 발전 + 기, 리바이어던 no 리바이 + 어 + 던 */
  const DROPPED = new Set("다 고 며 면 면서 지만 지 죠 야 던 든 니까 냐 였 였다 였던 였고 여서 예요 겠 겠다".split(" "))

  /* Candidate stems of an inflected Hangul word, longest first (the word itself excluded).
     `accept(stem, how)` keeps a candidate by how it was reached: "noun" (before the copula, a
     derivational tail or a dropped copula: a noun of the index) or "verb" (an ending undone: only a
     verb's or adjective's stem). Intermediate forms are still taken further (발표했 → 발표하 → 발표).
     `whole`: the word is as typed, not what is left once a particle is taken off. */
  function stems(word, accept = () => true, whole = true) {
    if (!isHangul(word)) return []
    const seen = new Set([word]), out = []
    let frontier = [[word, false, false]]
    for (let round = 0; round < 4 && frontier.length; round++) {
      const next = []
      /* kind: "word" may carry more endings; "bare" (left by an ending that takes the bare stem)
         too, but its last syllable is its own, no 어 merged in (AFTER_CONNECTIVE); "stem" (an ending
         undone from a syllable, or a noun before the copula) only a derivational tail (하락하 →
         하락), never an ending again (절감 → 절가 is a stem, not 절 + 가 → 저; 올인 → 올, not 오 + ㄹ);
         "final": the stem of an irregular verb, an answer, never the start of another guess */
      const add = (s, kind, ...hows) => {            // hows: what the candidate may be ("noun", "verb")
        if (!s || s === word) return
        if (!out.includes(s) && hows.some(how => accept(s, how))) out.push(s)   // reached another way, it may pass
        if (seen.has(s)) return
        seen.add(s)
        if (kind !== "final") next.push([s, kind === "stem", kind === "bare"])
      }
      for (const [w, stem, bare] of frontier) {
        for (const e of stem ? [] : ENDINGS)
          if (w.length > e.length && w.endsWith(e)) {
            const base = w.slice(0, -e.length), last = syllable(base[base.length - 1])
            const noun = COPULA.has(e) || (DROPPED.has(e) && last && !last[2])
            add(base, COPULA.has(e) ? "stem" : AFTER_CONNECTIVE.has(e) ? "word" : "bare", ...(noun ? ["noun", "verb"] : ["verb"]))
            if (last && !last[2] && /^[나니는냐네]/.test(e))  // 버나 → 벌: ㄹ drops before ㄴ
              add(base.slice(0, -1) + compose(last[0], last[1], F["ㄹ"]), "final", "verb")
          }
        const irregular = []
        /* a typed word of one syllable is also a noun with its particle fused: 걸 = 거 + 를, 순 = 수 + 는
           (not what is left of a longer word: 인도 is no 인 + 도 → 이) */
        for (const s of stem ? [] : unfused(w, irregular, bare))
          add(s, "stem", ...(whole && word.length === 1 ? ["noun", "verb"] : ["verb"]))
        for (const s of irregular) add(s, "final", "verb")
        for (const d of DERIVED) if (w.length > d.length && w.endsWith(d)) add(w.slice(0, -d.length), "stem", "noun")
        if (w.length >= 3 && w.endsWith("화")) add(w.slice(0, -1), "stem", "noun")
        /* an adjective made from a noun of two syllables or more, in any form: 풍요롭다, 풍요로운,
           풍요로워질 → 풍요; 사람다운 → 사람 (of one syllable, 해로운 is no 해) */
        const made = /^(.{2,}?)(?:롭|답|로[우운울워웠]|다[우운울워웠])/.exec(w)
        if (made) add(made[1], "final", "noun")
        for (const x of PREFIXES) if (w.length >= 3 && w.startsWith(x)) add(w.slice(x.length), "stem", "noun")
        for (const a of AUXILIARY) {
          const base = w.slice(0, -a.length), last = w.endsWith(a) && base.length >= 2 && syllable(base[base.length - 1])
          if (!last || last[2] || !CONTRACTED.has(MEDIALS[last[1]])) continue
          add(base, "final", "verb")                   // 보내 (보내 + 어), 가 (가 + 아)
          for (const s of unfused(base, [])) add(s, "final", "verb")   // 나눠 → 나누, 빌려 → 빌리
        }
      }
      frontier = next
    }
    return out.sort((a, b) => b.length - a.length)
  }

  /* Amounts as the index spells them (scripts/emitters/search_terms.py, whose table `numbers`
     the index's config carries): 5천억 → 5000억, 1조 4천억 → 1.4조, 1,000 → 1000. */
  const DIGITS = "(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?"
  const GROUP = DIGITS + "[천백십]?"
  const AMOUNT = new RegExp(`^${GROUP}(?:[만억조](?: ?${GROUP}[만억조])*)?`)
  const PARTS = new RegExp(`(${DIGITS})([천백십]?)([만억조]?)`, "g")
  const MYRIADS = { 만: 1e4, 억: 1e8, 조: 1e12 }, FACTORS = { 천: 1000, 백: 100, 십: 10 }

  const decimal = x => (Math.round(x * 1e4) / 1e4).toFixed(4).replace(/0+$/, "").replace(/\.$/, "")

  function canonicalAmount(text) {
    let total = 0
    const used = []
    for (const [, digits, factor, myriad] of text.matchAll(PARTS)) {
      total += parseFloat(digits.replace(/,/g, "")) * (FACTORS[factor] || 1) * (MYRIADS[myriad] || 1)
      if (myriad) used.push(myriad)
    }
    return used.length ? speltAmount(total, used[used.length - 1]) : decimal(total)
  }

  /* A value in the largest of 조, 억, 만 it reaches, else in the myriad it was written with, else bare
     (search_terms.py spelt_amount) */
  function speltAmount(value, written = "") {
    const unit = ["조", "억", "만"].find(m => value >= MYRIADS[m]) || written
    return decimal(value / (MYRIADS[unit] || 1)) + unit
  }

  /* An amount and its unit in one spelling; a decade in four digits, as readers mean two
     (80년대 → 1980년대, 20년대 → 2020년대; search_terms.py with_unit) */
  const POWER = { kw: 1e3, mw: 1e6, gw: 1e9, tw: 1e12 }
  function withUnit(amount, unit) {
    if (unit === "년대" && /^\d{1,2}$/.test(amount)) amount = String((+amount < 30 ? 2000 : 1900) + +amount)
    if (unit in POWER && /\d$/.test(amount)) {          // power in its largest unit: 3800mw = 3.8gw
      const watts = parseFloat(amount) * POWER[unit]
      unit = ["tw", "gw", "mw"].find(u => watts >= POWER[u]) || "kw"
      amount = decimal(watts / POWER[unit])
    }
    return amount + unit
  }

  const BARE_AMOUNT = new RegExp(`^${GROUP}(?:[만억조](?: ?${GROUP}[만억조])*)?$`)
  /* counter → the unit the index spells it with (달 → 개월); an older index lists the counters alone */
  const counterTable = numbers => Array.isArray(numbers.native_units)
    ? Object.fromEntries(numbers.native_units.map(u => [u, u])) : numbers.native_units || {}

  /* What may follow a counter that also begins other words (한 달간, 두 해 동안; 한 달러 is no month) */
  const COUNTER_END = /^(?:$|[^가-힣]|(?:간|째|씩|치|이|가|은|는|을|를|의|에|로|으로|도|만|이나|에서|부터|까지)(?![가-힣]))/
  const RANGE = /^[~∼〜–]/
  const COUNTER_SUFFIXES = new Set("간 째 씩 치".split(" "))      // 한 달간, 두 번째

  /* Amounts said by their order of magnitude (수백억, 수조; search_terms.py ROUGH): one word with its unit */
  const ROUGH = /^수[십백천]?[만억조]/

  /* A date in digits written out (2022.11.30, 2022. 11. 30., 2022-11-30 → 2022년 11월 30일) and an
     amount in Sino-Korean numerals in digits (백삼십조 → 130조): search_terms.py _dates, hangul_number */
  const DATE = /(?<![\d.])((?:19|20)\d\d)(\. ?|-|\/)(\d{1,2})\2(\d{1,2})(?:\.(?!\d))?(?![\d/-])/g
  const HANGUL_DIGITS = Object.fromEntries([..."일이삼사오육칠팔구"].map((d, i) => [d, i + 1]))
  const HANGUL_NUMBER = /(?<![가-힣\d.,])[일이삼사오육칠팔구십백천만억조]+(?: [일이삼사오육칠팔구십백천만억조]+)*/g
  const HANGUL_GROUP = "(?:[일이삼사오육칠팔구]?천)?(?:[일이삼사오육칠팔구]?백)?(?:[일이삼사오육칠팔구]?십)?[일이삼사오육칠팔구]?"
  const HANGUL_WHOLE = new RegExp(`^(?:${HANGUL_GROUP}조)?(?:${HANGUL_GROUP}억)?(?:${HANGUL_GROUP}만)?${HANGUL_GROUP}$`)
  const HANGUL_ENDS = ["을", "를", "이", "가", "은", "는", "의", "에", "도", "로", "만", "까지", "부터"]
  function hangulNumber(written, after, units) {
    const joined = written.replace(/ /g, "")
    const rest = after.replace(/^ /, "").toLowerCase()
    const unit = units.some(u => rest.startsWith(u))
    const ended = !after || !/^[가-힣]/.test(after) || HANGUL_ENDS.some(p => after.startsWith(p))
    const myriad = [...joined].some(ch => ch in MYRIADS)
    if (!HANGUL_WHOLE.test(joined) || !(unit && (myriad || [...joined].some(ch => ch in FACTORS)) ||
        ended && myriad && joined.length >= 3)) return null
    const total = hangulValue(joined)
    return myriad ? speltAmount(total) : String(total)
  }
  /* The value of Sino-Korean numerals that HANGUL_WHOLE accepts: 백삼십 = 130, 삼천억 = 3e11 */
  function hangulValue(joined) {
    let total = 0, group = 0, digit = 0
    for (const ch of joined) {
      if (ch in HANGUL_DIGITS) digit = HANGUL_DIGITS[ch]
      else if (ch in FACTORS) { group += (digit || 1) * FACTORS[ch]; digit = 0 }
      else { total += (group + digit || 1) * MYRIADS[ch]; group = 0; digit = 0 }
    }
    return total + group + digit
  }
  function writtenOut(query, units) {
    return query.replace(DATE, (found, year, sep, month, day) =>
      +month >= 1 && +month <= 12 && +day >= 1 && +day <= 31 ? `${year}년 ${+month}월 ${+day}일` : found)
      .replace(HANGUL_NUMBER, (found, offset, whole) =>
        hangulNumber(found, whole.slice(offset + found.length), units) || found)
  }

  /* Amounts in English or with a currency sign, in Korean ($7 trillion → 7조 달러), and a fraction as one
     number (20분의 1, 1/20 → 20분의1), after the dates and Sino-Korean numerals above: search_terms.py
     spoken_amounts and FRACTION, with the tables the index's config carries. A one-letter scale needs
     the sign ($7T; a 7B model is no money). */
  const escape = text => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
  function spokenAmounts(query, numbers) {
    const { scales = {}, letter_scales: letters = {}, currencies = {} } = numbers || {}
    const byLength = keys => keys.sort((a, b) => b.length - a.length)
    const signs = byLength(Object.keys(currencies).filter(c => !/^[a-z]+$/i.test(c))).map(escape).join("|")
    const names = byLength(Object.keys(currencies).filter(c => /^[a-z]+$/i.test(c))).join("|")
    const english = signs && names && new RegExp(`(?<![A-Za-z0-9_.$])(?:(${signs}) ?)?(\\d[\\d,]*(?:\\.\\d+)?)` +
      `(?: ?(${Object.keys(scales).join("|")})s?|([${Object.keys(letters).join("")}]))?(?: ?(${names}))?(?![a-z])`, "gi")
    query = writtenOut(query, Object.keys(numbers && numbers.units || {}))
    return (!english ? query : query.replace(english, (found, sign, digits, scale, letter, name) => {
      if (letter && !sign || !(sign || scale || name)) return found
      const factor = scale ? scales[scale.toLowerCase()] : letter ? letters[letter.toLowerCase()] : 1
      const currency = sign || name ? currencies[(sign || name).toLowerCase()] : ""
      return `${speltAmount(parseFloat(digits.replace(/,/g, "")) * factor)} ${currency}`.trim()
    })).replace(/(?<![\d.])(\d+) ?분의 ?(\d+)(?![\d.])/g, "$1분의$2")
      .replace(MULTIPLE, (found, n, m) => `${n || m}배`)
      .replace(/(?<![\d./])(\d{1,3}) ?\/ ?(\d{1,4})(?![\d./])/g, (found, n, d) => +n < +d ? `${d}분의${n}` : found)
  }

  /* A multiple written the English way (10x, 3.5×, ×10, 10 times): 10배 (search_terms.py MULTIPLE) */
  const MULTIPLE = /(?<![A-Za-z0-9_.])(?:(\d+(?:\.\d+)?) ?(?:[x×]|times)|× ?(\d+(?:\.\d+)?))(?![A-Za-z0-9])/gi

  /* Durations said in words, as the index spells them (numbers.words: 반세기 → 50년, 한 세기 → 100년,
     십 년 → 10년), the spaces between their parts optional, in the whole query before it is split */
  function numberWords(query, numbers) {
    const words = numbers && numbers.words
    if (!words || !Object.keys(words).length) return query
    const keys = Object.keys(words).sort((a, b) => b.length - a.length)
    const pattern = new RegExp(`(?<![가-힣])(${keys.map(k => [...k].join(" ?")).join("|")})(?=$|[^가-힣]|(?:간|째|의|은|는|을|를|이|가|에|도|만|동안|전|후)(?![가-힣]))`, "g")
    return query.replace(pattern, found => words[found.replace(/ /g, "")])
  }

  /* A query word with its amount respelt and split from what follows it (a particle is dropped):
     400억달러 → [400억달러], 17%하락 → [17%, 하락], 두배로 → [2배], 넉달 → [4개월], 80년대 → [1980년대],
     3~5배 → [3배, 5배] (the first amount of a range takes the unit of the second) */
  function amountWords(word, numbers, particles = []) {
    if (!numbers) return [word]
    const tail = rest => !rest || particles.includes(rest) || COUNTER_SUFFIXES.has(rest) ? []
      : amountWords(rest, numbers, particles)
    const counters = counterTable(numbers)
    for (const n of Object.keys(numbers.native).sort((a, b) => b.length - a.length))
      for (const [u, unit] of Object.entries(counters)) {
        const rest = word.slice((n + u).length)
        if (word.startsWith(n + u) && (u !== "달" && u !== "해" || COUNTER_END.test(rest)))
          return [numbers.native[n] + unit, ...tail(rest)]
      }
    const rough = ROUGH.exec(word)
    if (rough) {
      const rest = word.slice(rough[0].length), unit = Object.keys(numbers.units).sort((a, b) => b.length - a.length)
        .find(u => rest.startsWith(u))
      return unit ? [rough[0] + numbers.units[unit], ...tail(rest.slice(unit.length))] : [rough[0], ...tail(rest)]
    }
    const fraction = /^\d+분의\d+/.exec(word)
    if (fraction) return [fraction[0], ...tail(word.slice(fraction[0].length))]
    const found = AMOUNT.exec(word)
    if (!found) return [word]
    let amount = canonicalAmount(found[0]), rest = word.slice(found[0].length)
    const unitOf = text => Object.keys(numbers.units).sort((a, b) => b.length - a.length).find(u => text.toLowerCase().startsWith(u))
    let unit = unitOf(rest)
    if (unit) return [withUnit(amount, numbers.units[unit]), ...tail(rest.slice(unit.length))]
    if (RANGE.test(rest)) {
      const next = AMOUNT.exec(rest.slice(1))
      unit = next && unitOf(rest.slice(1 + next[0].length))
      const after = amountWords(rest.slice(1), numbers, particles)
      return [unit ? withUnit(amount, numbers.units[unit]) : amount, ...after]
    }
    return [amount, ...tail(rest)]
  }

  /* A number typed apart from its unit or counter is one word with it: 넉 달 → 넉달, 5천억 달러 → 5천억달러 */
  function joinCounters(words, numbers) {
    if (!numbers) return words
    const units = [...Object.keys(numbers.units), ...Object.keys(counterTable(numbers))]
    const bare = w => w in numbers.native || BARE_AMOUNT.test(w) || (ROUGH.exec(w) || [])[0] === w
    const out = []
    for (const w of words) {
      const before = out[out.length - 1]
      if (before !== undefined && bare(before) && units.some(u => w.toLowerCase().startsWith(u))) out[out.length - 1] = before + w
      else out.push(w)
    }
    return out
  }

  /* Letters for the edit distance: a syllable's jamo (compound vowels and finals stay one) */
  function jamo(text) {
    const out = []
    for (const ch of text) {
      const s = syllable(ch)
      if (!s) out.push(ch)
      else { out.push(INITIALS[s[0]], MEDIALS[s[1]]); if (s[2]) out.push(FINALS[s[2]]) }
    }
    return out
  }

  /* Pairs readers confuse (ㅐ/ㅔ, plain/tense/aspirated consonants, 어/아 in loanwords): half a mistake */
  const NEAR = new Set(["ㅐㅔ", "ㅒㅖ", "ㅙㅞ", "ㅚㅙ", "ㅚㅞ", "ㅓㅏ", "ㅗㅓ", "ㅅㅆ", "ㄱㄲ", "ㄷㄸ", "ㅂㅃ", "ㅈㅉ",
    "ㄷㅌ", "ㄱㅋ", "ㅂㅍ", "ㅈㅊ"].flatMap(p => [p, p[1] + p[0]]))

  const MEDIAL_SET = new Set(MEDIALS)
  /* The initial-sound rule (두음법칙) writes 률/렬/량 as 율/열/양 at a word's start and after a vowel,
     so readers trade ㄹ and ㅇ before a y-vowel (비률, 확율, 병열): half a mistake there, not elsewhere */
  const Y_VOWELS = new Set([..."ㅑㅕㅛㅠㅒㅖ"])
  /* After ㅈ, ㅊ, ㅉ a y-vowel sounds as the plain one (져 = 저), so readers write either (버젼, 쥬스) */
  const PALATAL = new Set(["ㅈ", "ㅊ", "ㅉ"]), PLAIN = new Set(["ㅕㅓ", "ㅑㅏ", "ㅛㅗ", "ㅠㅜ"].flatMap(p => [p, p[1] + p[0]]))
  const INITIAL_SOUND = new Set(["ㄹㅇ", "ㅇㄹ"])
  /* ㅡ and ㅜ sound alike after ㅁ, ㅂ, ㅍ (거픔 for 거품), and a reader carries a vowel over from the
     next syllable (구굴 for 구글); elsewhere they are other words (모드 is no 모두) */
  const ROUNDED = new Set(["ㅜㅡ", "ㅡㅜ"]), LABIAL = new Set(["ㅁ", "ㅂ", "ㅍ", "ㅃ"])
  /* Whether a[i - 1] for b[j - 1] is half a mistake, by itself or by the jamo around it */
  function near(a, b, i, j) {
    const pair = a[i - 1] + b[j - 1]
    return NEAR.has(pair) ||
      INITIAL_SOUND.has(pair) && a[i] === b[j] && Y_VOWELS.has(a[i]) ||                    // 병열 = 병렬
      PLAIN.has(pair) && i > 1 && j > 1 && a[i - 2] === b[j - 2] && PALATAL.has(a[i - 2]) ||   // 버젼 = 버전
      ROUNDED.has(pair) && (i > 1 && j > 1 && a[i - 2] === b[j - 2] && LABIAL.has(a[i - 2]) ||
        a.some((x, k) => k !== i - 1 && Math.abs(k - (i - 1)) <= 3 && x === a[i - 1]))
  }

  /* Whether `distance` can find a and b one edit apart: one letter changed, added or dropped, two
     neighbours swapped, or two traded across the letter between them. A linear check that spares
     the typo search its table for the vocabulary's other words */
  function oneApart(a, b) {
    if (a.length !== b.length) {
      const [s, l] = a.length < b.length ? [a, b] : [b, a]
      if (l.length - s.length !== 1) return false
      let p = 0
      while (p < s.length && s[p] === l[p]) p++
      let q = 0
      while (q < s.length - p && s[s.length - 1 - q] === l[l.length - 1 - q]) q++
      return p + q >= s.length
    }
    const diff = []
    for (let i = 0; i < a.length && diff.length < 3; i++) if (a[i] !== b[i]) diff.push(i)
    if (diff.length === 1) return true
    if (diff.length !== 2) return false
    const [p, q] = diff
    return (q - p === 1 || q - p === 2) && a[p] === b[q] && a[q] === b[p]
  }

  /* Whether a and b differ only by a y-vowel for its plain one (벼블 for 버블, 규글 for 구글): neighbours on
     the two-set keyboard (ㅓ J, ㅕ U) that also sound near, the commonest slip in a short name */
  function glide(a, b) {
    if (a.length !== b.length) return false
    const diff = a.flatMap((x, i) => (x === b[i] ? [] : [i]))
    return diff.length === 1 && PLAIN.has(a[diff[0]] + b[diff[0]])
  }

  /* Optimal string alignment distance of two jamo arrays, capped: [edits, weighted] */
  function distance(a, b, cap = 2) {
    if (Math.abs(a.length - b.length) > cap) return [cap + 1, cap + 1]
    const rows = a.length + 1, cols = b.length + 1
    const d = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i ? j ? 0 : i : j)))
    const w = d.map(row => row.slice())
    for (let i = 1; i < rows; i++)
      for (let j = 1; j < cols; j++) {
        const same = a[i - 1] === b[j - 1]
        const cost = same ? 0 : 1, weight = same ? 0 : near(a, b, i, j) ? 0.5 : 1
        d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
        w[i][j] = Math.min(w[i - 1][j] + 1, w[i][j - 1] + 1, w[i - 1][j - 1] + weight)
        if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1)
          w[i][j] = Math.min(w[i][j], w[i - 2][j - 2] + 1)
        }
      }
    if (d[a.length][b.length] === 2 && a.length === b.length) {
      // two consonants traded across the vowel between them (엔디비아 for 엔비디아), or two vowels
      // across a consonant (마이크로스포트): one slip of the fingers, as a swap of neighbours is
      const diff = a.flatMap((x, i) => (x === b[i] ? [] : [i]))
      const [p, q] = diff, vowel = x => MEDIAL_SET.has(x)
      if (diff.length === 2 && q - p === 2 && a[p] === b[q] && a[q] === b[p] &&
          vowel(a[p]) === vowel(a[q]) && vowel(a[p + 1]) !== vowel(a[p]))
        return [1, 1]
    }
    return [d[a.length][b.length], w[a.length][b.length]]
  }

  /* Loanwords across scripts: an English word and the Hangul spelling of it (copilot = 코파일럿,
     hedge fund = 헤지펀드, sputnik = 스푸트니크; Linux = 리눅스) sound alike when they have the same
     consonants in order (`sound`: b = p = ㅂㅍ, g = k = ㄱㅋ, d = t = ㄷㅌ, ch = ㅈㅊ, an r before
     a consonant silent, doubled letters once) and their first vowels agree (`vowelsAgree`: o = ㅗ/ㅓ,
     i = ㅣ or 아이, an inserted ㅡ as in 스·트·크 skipped, a vowel-initial word against ㅇ). */
  const SOUND_INITIAL = { ㄱ: "k", ㄲ: "k", ㅋ: "k", ㄷ: "t", ㄸ: "t", ㅌ: "t", ㅂ: "p", ㅃ: "p", ㅍ: "p", ㅅ: "s",
    ㅆ: "s", ㅈ: "j", ㅉ: "j", ㅊ: "j", ㄴ: "n", ㄹ: "l", ㅁ: "m", ㅎ: "h", ㅇ: "" }
  const SOUND_FINAL = ["", "k", "k", "k", "n", "n", "n", "t", "l", "l", "l", "l", "l", "l", "l", "l", "m", "p", "p",
    "t", "t", "N", "t", "t", "k", "t", "p", "t"]
  const SPELLING = [[/ph/g, "f"], [/tch|dge|dz/g, "J"], [/ge$/g, "J"], [/ch/g, "J"], [/sh|th/g, "s"], [/ck/g, "k"],
    [/c(?=[eiy])/g, "s"], [/qu?/g, "k"], [/x/g, "ks"], [/ng/g, "N"], [/n(?=k)/g, "N"], [/r(?![aeiouy])/g, ""],
    [/(?<=[^aeiou])h|h$|(?<=[aeiou])h(?![aeiouy])/g, ""]]
  const LETTER = { b: "p", c: "k", d: "t", f: "p", g: "k", v: "p", z: "j", J: "j", r: "l", w: "", y: "",
    a: ".", e: ".", i: ".", o: ".", u: "." }

  /* The consonants of a word as a loanword is heard: copilot → kplt, 코파일럿 → kplt; null for
     a word of neither script alone. A consonant written twice counts once only where nothing is
     heard between (bitter = 비터, 일럿 = lot), never across a vowel: 버블 is p·pl, no period's pl. */
  function sound(word) {
    let out = ""
    if (isHangul(word)) {
      for (const ch of word) { const [l, , t] = syllable(ch); out += SOUND_INITIAL[INITIALS[l]] + "." + SOUND_FINAL[t] }
    } else if (/^[a-z]+$/.test(word)) {
      let s = word
      for (const [rule, to] of SPELLING) s = s.replace(rule, to)
      for (const ch of s) out += ch in LETTER ? LETTER[ch] : ch
    } else return null
    return out.replace(/([^.])\1+/g, "$1").replace(/\./g, "")
  }

  /* The Hangul vowels an English vowel group may be written with; before an r, also ㅓ/ㅏ/ㅗ (version = 버전) */
  const VOWEL_GROUPS = { a: "ㅏㅐㅔㅓㅗㅑㅒㅘㅙ", ai: "ㅔㅐI", ay: "ㅔㅐI", au: "ㅗㅏ", aw: "ㅗㅏ", e: "ㅔㅣㅓ",
    ea: "ㅣㅔ", ee: "ㅣ", ei: "ㅔI", ey: "ㅔㅣ", eu: "ㅠㅜ", ew: "ㅠㅜ", i: "ㅣI", ie: "ㅣI", io: "ㅣI", ia: "ㅣI",
    y: "ㅣI", o: "ㅗㅓㅏㅜ", oa: "ㅗ", oo: "ㅜ", ou: "ㅏㅜAU", ow: "ㅏㅗAU", oi: "ㅗ", oy: "ㅗ", u: "ㅓㅜㅠ", ue: "ㅜ",
    ui: "ㅜㅟ", ua: "ㅘㅜ" }
  const W_VOWELS = "ㅘㅝㅟㅞㅙㅚ"

  function latinVowels(word) {
    const out = []
    for (const m of word.replace(/^y(?=[aeiou])/, "").matchAll(/[aeiouy]+w?/g)) {
      const g = m[0], after = word.slice(m.index + g.length)
      if (g === "e" && !after) continue                                // a silent final e
      let allowed = VOWEL_GROUPS[g.slice(0, 2)] || VOWEL_GROUPS[g[0]] || ""
      if (/^r(?![aeiouy])/.test(after)) allowed = "ㅓㅏㅗ"
      if (m.index > 0 && word[m.index - 1] === "w") allowed += W_VOWELS
      out.push(allowed)
    }
    return out
  }

  /* Hangul vowels as loanwords use them: an inserted ㅡ skipped, 아이 (파이, 라이) one vowel "I", 아우
     (파운드리, 다운로드) one vowel "AU" as English writes ou, ow */
  function hangulVowels(word) {
    const parts = [...word].map(syllable), out = []
    for (let i = 0; i < parts.length; i++) {
      const [, v] = parts[i], vowel = MEDIALS[v], next = parts[i + 1]
      if (vowel === "ㅡ" && next) continue
      if (vowel === "ㅏ" && next && next[0] === O && MEDIALS[next[1]] === "ㅣ") { out.push("I"); i++; continue }
      if (vowel === "ㅏ" && next && next[0] === O && MEDIALS[next[1]] === "ㅜ") { out.push("AU"); i++; continue }
      out.push(vowel)
    }
    return out
  }

  /* Do an English word and a Hangul word share their first two vowels, both start on one or
     neither, and does a cluster (cl, sp, str) start the Hangul word with an inserted ㅡ (클, 스)? */
  function vowelsAgree(latin, hangul) {
    if (/^[aeiouwy]/.test(latin) !== (syllable(hangul[0])[0] === O)) return false
    let spelt = latin
    for (const [rule, to] of SPELLING) spelt = spelt.replace(rule, to)
    const cluster = /^[^aeiouy]{2}/.test(spelt.replace(/(.)\1+/g, "$1"))
    if (cluster !== (MEDIALS[syllable(hangul[0])[1]] === "ㅡ" && hangul.length > 1)) return false
    const parts = [...hangul].map(syllable)
    /* a verb's 어/아 inside the word (벗어나, 적어도) is no loanword; cable = 케이블, not 개발 */
    if (parts.some((p, i) => i && i < parts.length - 1 && p[0] === O && !p[2] && (MEDIALS[p[1]] === "ㅓ" || MEDIALS[p[1]] === "ㅏ"))) return false
    if (/[^aeiou]le$/.test(latin) && MEDIALS[parts[parts.length - 1][1]] !== "ㅡ") return false
    const en = latinVowels(latin), ko = hangulVowels(hangul)
    const n = Math.min(2, en.length, ko.length)
    if (!n) return false
    for (let i = 0; i < n; i++) if (!en[i].includes(ko[i])) return false
    return true
  }

  /* Does `word` (either script) sound like `other` (the other script)? 4+ Latin letters, 2+
     syllables, and three consonants at least: shorter words sound like too many others. `short`
     (a first name beside a surname read so: john galt = 존 갈트): 3+ letters, two consonants. */
  function soundsLike(word, other, short = false) {
    const hangul = isHangul(word)
    if (hangul === isHangul(other)) return false
    const [latin, korean] = hangul ? [other, word] : [word, other]
    if (latin.length < (short ? 3 : 4) || korean.length < (short ? 1 : 2)) return false
    const s = sound(latin)
    return !!s && s.replace(/(.)\1+/g, "$1").length >= (short ? 2 : 3) && s === sound(korean) && vowelsAgree(latin, korean)
  }

  /* Other Hangul spellings of one foreign word (제미니 = 제미나이, 골트 = 갈트, 스푸트닉 = 스푸트니크,
     허니폿 = 허니팟 = 허니포트, 모토롤라 = 모토로라): the same consonants in order — a final
     consonant is the same as that consonant before ㅡ (닉 = 니크; 팟 = 포트: a final ㅅ is heard as t),
     ㄹ doubled once (롤라 = 로라), ㅇ silent — and vowels alike as transliterations vary them (ㅏ ㅓ ㅗ for
     a, o and schwa; ㅐ ㅔ; 아이 for ㅣ: 나이 = 니; 오우 for ㅗ; ㅡ left out; a w-vowel as 우 and the vowel:
     황 = 후앙). Consonants are never relaxed:
     골트 (Galt) is not 골드 (gold). */
  const VARIANT_VOWEL = { ㅏ: "A", ㅓ: "A", ㅗ: "A", ㅐ: "E", ㅔ: "E", ㅣ: "I", ㅜ: "U", ㅡ: "",
    ㅘ: "UA", ㅝ: "UA", ㅙ: "UE", ㅞ: "UE", ㅚ: "UE", ㅟ: "UI" }   // 황 = 후앙, 콴 = 쿠안: w + vowel, or 우 + vowel
  const VARIANT_FINAL = { ㄱ: "ㅋ", ㄲ: "ㅋ", ㅅ: "ㅌ", ㅆ: "ㅌ", ㄷ: "ㅌ", ㅈ: "ㅌ", ㅊ: "ㅌ", ㅂ: "ㅍ" }
  function variantKey(word) {
    if (!isHangul(word) || word.length < 2) return null
    const parts = [...word].map(syllable)
    let key = ""
    parts.forEach(([l, v, t], i) => {
      if (l !== O) key += INITIALS[l]
      const vowel = MEDIALS[v]
      key += vowel in VARIANT_VOWEL ? VARIANT_VOWEL[vowel] : vowel
      const next = parts[i + 1]
      if (t && !(FINALS[t] === "ㄹ" && next && INITIALS[next[0]] === "ㄹ"))
        key += VARIANT_FINAL[FINALS[t]] || FINALS[t]
    })
    return key.replace(/AI/g, "I").replace(/AU/g, "A").replace(/II/g, "I")
  }

  /* Latin letters read aloud in Hangul (지피유 = GPU, 엘엘엠 = LLM, 챗지피티 = 챗GPT, 스페이스엑스 = 스페이스X):
     the word's spellings with its tail read as letters, two letters at least, a Hangul start kept */
  const LETTER_NAMES = { 에이: "a", 비: "b", 씨: "c", 시: "c", 디: "d", 이: "e", 에프: "f", 지: "g", 쥐: "g",
    에이치: "h", 에치: "h", 아이: "i", 제이: "j", 케이: "k", 엘: "l", 엠: "m", 엔: "n", 오: "o", 피: "p", 큐: "q",
    알: "r", 에스: "s", 티: "t", 유: "u", 브이: "v", 더블유: "w", 더블류: "w", 엑스: "x", 와이: "y", 제트: "z" }
  /* A Sino-Korean number below ten thousand read aloud after a chip's letters, with its 십, 백 or 천:
     백 = 100, 이백 = 200 (에이치백 = H100, 비이백 = B200) */
  const SMALL_NUMBER = new RegExp(`^${HANGUL_GROUP}$`)
  const sinoNumber = text => (SMALL_NUMBER.test(text) && /[십백천]/.test(text) ? hangulValue(text) : null)
  function readLetters(text, limit = 8, read = 0) {
    if (!text) return [""]
    const number = read ? sinoNumber(text) : null
    if (number !== null) return [String(number)]
    const out = []
    for (let n = 1; n <= 3 && n <= text.length; n++) {
      const letter = LETTER_NAMES[text.slice(0, n)]
      if (letter) for (const rest of readLetters(text.slice(n), limit, read + 1)) if (out.length < limit) out.push(letter + rest)
    }
    return out
  }
  function spelledLetters(word) {
    if (!isHangul(word)) return []
    const out = []
    for (let k = 0; k < word.length - 1; k++)
      for (const latin of readLetters(word.slice(k)))   // a number read needs three syllables: 이백 is 200, no e100
        if (latin.length >= (k >= 2 ? 1 : 2) && !(/\d/.test(latin) && word.length - k < 3)) out.push(word.slice(0, k) + latin)
    return out
  }

  /* Years as readers shorten them, and a span of years (either year answers): 07년 → 2007년 (and 07년
     itself, which may be seven years), 98년 → 1998년, 23~24년 → 2023년 2024년; a two-digit year
     below 30 is this century's, as a decade is (withUnit). null when no two-digit year or no range. */
  function yearSpan(word) {
    const found = /^['’]?(\d{2}|\d{4})(?:\s*[~∼〜–-]\s*['’]?(\d{2}|\d{4}))?년(?!대)(.*)$/.exec(word)
    if (!found || (!found[2] && found[1].length === 4)) return null
    const full = n => n.length === 4 ? +n : (+n < 30 ? 2000 : 1900) + +n
    const [from, to] = [full(found[1]), full(found[2] || found[1])]
    if (to < from) return null
    const years = []                                 // every year of a short span, the ends of a long one
    for (let y = from; y <= to; y++) if (to - from < 12 || y === from || y === to) years.push(`${y}년`)
    const literal = [found[1], found[2]].filter(n => n && n.length === 2).map(n => `${+n}년`)
    return { spellings: [...new Set([...years, ...literal])], rest: found[3] }
  }

  /* A duration restated in the larger unit, as texts say it (24시간 → 하루, 48시간 → 2일, 24개월 → 2년;
     the index spells 이틀 2일): the larger first, the typed one too, in yearSpan's shape */
  function duration(word) {
    const found = /^(\d+)(시간|개월)(.*)$/.exec(word)
    const per = found && { 시간: 24, 개월: 12 }[found[2]]
    if (!found || !+found[1] || +found[1] % per) return null
    const n = +found[1] / per
    const larger = found[2] === "개월" ? `${n}년` : n === 1 ? "하루" : `${n}일`
    return { spellings: [larger, found[1] + found[2]], rest: found[3] }
  }

  /* A year with its unit answers the year written bare (2024년 = "2024 세계정부정상회의"); a bare
     four-digit number from 1900 to 2099 in an essay is a year */
  function bareYear(word) {
    const found = /^((?:19|20)\d\d)년$/.exec(word)
    return found ? [found[1]] : []
  }

  /* A century and its hundred, as readers say either (search_terms.py period_terms): 1500년대 = 16세기 */
  function centuries(text) {
    let found = /^(\d{1,2})00년대$/.exec(text)
    if (found) return [`${+found[1] + 1}세기`]
    found = /^(\d{1,2})세기$/.exec(text)
    return found && +found[1] > 1 ? [`${+found[1] - 1}00년대`] : []
  }

  /* Words a question carries that no passage answers: 왜, 언제, 얼마 … */
  const QUESTION = new Set(("왜 언제 얼마 얼마나 어떻게 어떤 무엇 무엇이 무엇을 뭐 뭘 무슨 누가 누구 누구의 어디 어디서 어디에 어느 몇 " +
    "며칠 언제쯤 얼마만큼 얼만큼 얼마큼 어째서").split(" "))
  /* Words that say how, not what (안 해, 할 수, 좀 더, 아직), and the light verbs a question ends on
     (있을까, 될까, 인가): asked for only when nothing else is. Among them the verbs that work as
     particles (AI로 인한, 투자에 비해: the index keeps none of them) and words of degree (과잉 투자
     asks for 투자: how much is the reader's judgement, not a word the passage must repeat). */
  const FUNCTION = new Set([
    "안 못 것 게 건 걸 수 데 등 및 그 이 저 좀 더 또 잘 아주 매우 정말 아직 이미 벌써",   // 게, 건, 걸: 것이, 것은, 것을; 건너는 데
    "인한 인해 인하여 대한 대해 대하여 위한 위해 위하여 통한 통해 통하여 의한 의해 관한 관해 비해 비하여",
    "과잉 과도한 과다 지나친 엄청난",
  ].join(" ").split(" "))
  /* Words that frame a question about a topic or a person rather than name it (리바이스 유래, 닷컴버블 교훈,
     하락 이유, 머스크 출신):
     asked for only when nothing else is, like the words of FUNCTION */
  const FRAME = new Set("이유 원인 배경 전망 의미 뜻 유래 교훈 요약 정리 현황 출신 고향 국적 학력 경력 나이 근황".split(" "))
  /* A question of how much (얼마, 몇) about money asks for the amount: 돈, 금액 are its frame */
  const HOW_MUCH = new Set("얼마 얼마나 얼마만큼 얼만큼 얼마큼 몇".split(" "))
  const MONEY = new Set("돈 금액 액수".split(" "))
  const LIGHT = new Set("하 되 있 없 이 아니 않 같 말".split(" "))
  /* One-syllable noun suffixes a word may end on that the index keeps apart: 반도체주 → 반도체 */
  const SUFFIXES = new Set("주 재 들 적 화 성 권 계 측 사 자 형 식 급 용 산 제 판 론 층 별 간 상 내 외 쪽 님 씨 러 학 업".split(" "))
  /* Countries by their first syllable, as headlines pair them: 미중 = 미국 중국, 한미일 = 한국 미국 일본 */
  const NATIONS = { 한: "한국", 미: "미국", 중: "중국", 일: "일본" }
  function nations(word) {
    const chars = [...word]
    if (chars.length < 2 || chars.length > 3 || new Set(chars).size < chars.length) return null
    return chars.every(c => c in NATIONS) ? chars.map(c => NATIONS[c]) : null
  }
  /* Titles after a name: 손 회장, 젠슨 황 CEO — the name says who, the title need not be there */
  const TITLES = new Set("회장 회장님 사장 대표 대표님 ceo cfo cto 의장 창업자 교수 박사 씨 님 총리 대통령 장관".split(" "))
  /* Playful honorifics readers put on a person's name (잡스옹, 머스크형님, 갓잡스), and 느님, which takes the
     name's last syllables' place (잡느님: 잡스 + 하느님); worker.js reads them only on a person's name */
  const HONORIFICS = "옹 옹님 형 형님 횽 성님 님 씨 선생 선생님 쌤 느님".split(" ")
  const HONORIFIC_PREFIXES = ["갓", "킹"]
  /* A company's office said any way, as the epithets spell it (themes.yml: 앤트로픽 CEO, 소프트뱅크
     회장, 애플 창업자): after a company's name, 수장, 사령탑 or 최고경영자 is its CEO */
  const OFFICES = {
    ceo: "ceo 대표 대표이사 최고경영자 경영자 수장 사장 사령탑 보스 chief",
    창업자: "창업자 창업주 설립자 창립자 공동창업자 파운더 founder cofounder co-founder",
    회장: "회장 의장 총수 chairman",
  }
  const OFFICE = new Map(Object.entries(OFFICES).flatMap(([office, words]) => words.split(" ").map(w => [w, office])))
  /* …and these only as the query's last word: before a noun, 대표 is "flagship" (엔비디아 대표 제품) */
  const OFFICE_LAST = new Set(["대표", "chief", "보스"])
  /* A company's legal designator beside its name (Xerox Holdings, 엔비디아 코퍼레이션, 주식회사 삼성전자), or
     a word of its registered name written as names write it, not as the word itself is (Motorola
     Solutions = 모토로라 솔루션스, where 솔루션 is a word; 마이크론 테크놀로지, 테슬라 모터스) */
  const CORPORATE = new Set([
    "inc incorporated corp corporation co company ltd limited llc plc group holdings ag sa nv",
    "solutions technologies systems electronics industries motors networks communications labs",
    "주식회사 코퍼레이션 코포레이션 컴퍼니 인크 홀딩스 그룹 유한회사",
    "솔루션스 솔루션즈 테크놀로지 테크놀로지스 테크놀러지 시스템즈 시스템스 일렉트로닉스 인더스트리즈 인더스트리스",
    "모터스 네트웍스 네트워크스 커뮤니케이션즈 커뮤니케이션스 랩스",
  ].join(" ").split(" "))

  Object.assign(exports, { yearSpan, duration, bareYear, centuries, sound, soundsLike, stems, nations, amountWords, numberWords, spokenAmounts, joinCounters, canonicalAmount, jamo, distance, oneApart, glide, isHangul,
    variantKey, spelledLetters, QUESTION, TITLES, HONORIFICS, HONORIFIC_PREFIXES, OFFICE, OFFICE_LAST, CORPORATE, FUNCTION, FRAME, HOW_MUCH, MONEY, LIGHT,
    SUFFIXES })
})(typeof module !== "undefined" ? module.exports : (self.Korean = {}))
