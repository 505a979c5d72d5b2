/* Korean search worker for the edition.
 *
 * Replaces Material for MkDocs' lunr worker (pinned: mkdocs-material 9.8.1) behind the same
 * message protocol, so Material's search box, keyboard handling and result list stay as they
 * are. The index (site/search/, written by scripts/emitters/search.py) holds one document per
 * paragraph and, per analysed term, its postings with their counts (BM25 is computed here); a small
 * edition has it all in search_index.json, a large one in shards fetched when a query needs
 * them. This worker does the query side, word by word, each tier tried only when the ones
 * before it found nothing (korean.js turns a typed word into the spellings the index may hold):
 *
 *   1. the word as typed, without a particle (엔비디아를 → 엔비디아), its alias group (딥시크 =
 *      DeepSeek) and the themes it names (데이터센터 → passages on capex, tagged ones last);
 *      the last word as a prefix while it is being typed (엔비디 → 엔비디아)
 *   2. the stems of an inflected word (하락했다 → 하락, 늘렸다 → 늘리)
 *   3. the surface form of words the analyser cut into pieces (넘사벽 → 넘사벽일테니까요)
 *   4. a common misspelling's standard spelling (댓가 → 대가, 썪은 → 썩; misspellings.yml), or
 *      an alias one typo away (엔비디야 → 엔비디아, 딥씨크 → 딥시크; words of 3+ letters; never a number)
 *   5. Latin letters read aloud (지피유 → GPU, 챗지피티 → 챗GPT)
 *   6. a loanword in the other script: copilot → 코파일럿, hedge fund → 헤지펀드, 리눅스 → Linux
 *   7. another Hangul spelling of the same foreign word (제미니 → 제미나이, 골트 → 갈트, 허니폿 → 허니팟)
 *   8. countries by their first syllable (미중 → 미국 중국), or the longest indexed start of the
 *      word and the rest as another word (투자대비 → 투자 대비)
 *   9. one indexed word one typo away (words of 3+ syllables, or of 2 by a confusable pair: 버젼 →
 *      버전), the likeliest only; else the stem of a derived word (잠제성 → 잠재, likewise)
 *
 * Amounts are respelt as the index spells them (400억달러, 5천억 = 5000억, 두 배 = 2배, 넉 달 = 4개월,
 * 80년대 = 1980년대), a KRX code read as a ticker (005930), a ticker's exchange dropped
 * (NASDAQ:AAPL, 9984.T), question words and the words that frame a
 * question dropped (왜, 언제; 이유, 전망), a title after a name absorbed (손 회장 → 손정의), and spaced words
 * joined (빅 테크 → 빅테크; of three words or more, two neighbours too: chip export ban → "export
 * ban", a concept in the editors' table). A page must answer every word typed, or, of three words or
 * more, all but one; nothing else is listed (반도체 관세 ↛ the pages on chips alone; a word typed as two
 * indexed words is still one: 반도체산업 관세 asks for both).
 */
(() => {
"use strict"

// In Node (tests), a worker, or a page that loaded korean.js first (file-worker.js, for file://)
const Korean = typeof module !== "undefined" && module.exports ? require("./korean.js")
  : typeof importScripts === "function" ? (importScripts("korean.js"), self.Korean) : self.Korean

const SETUP = 0, READY = 1, QUERY = 2, RESULT = 3  // Material's SearchMessageType
const SNIPPET = 70                                   // characters of context on each side
const RESULT_PAGES = 20                              // pages listed when their paragraphs must be fetched
const JAMO = /[\u3131-\u318e]+$/                    // a syllable still being composed (IME)
const CONCEPT = 0.6, TAGGED = 0.45                   // a theme named by another alias; tagged by the editors
const COMMENT = 0.85                                 // a reader's comment, against the essay's own text
const SYNONYM = 0.8                                  // a word of the editors' concept table (valuation → 멀티플)
const LOANWORD = 0.8                                 // a word in the other script that sounds alike (copilot = 코파일럿)
const ACRONYM = /^[A-Z]{2,5}$/                       // typed in capitals: a ticker or an acronym, never a prefix
const KRX = /^(?:krx:|a)?(\d{6})(?:\.k[sq])?$/i       // a KRX code (005930, 005930.KS, A005930): a ticker, never an amount
/* A ticker with its exchange, as quote sites write it (NASDAQ:AAPL, TYO:9984, 9984.T, 2330.TW): the code */
const EXCHANGE = /^(?:nasdaq|nyse|amex|arca|otc|tyo|tse|twse|tpe|hkex|hkg|lse|krx|kosdaq|kospi):\s*([a-z]{1,5}|\d{4,6})$/i
const YEAR_SUFFIX = /^(?:간|째|씩|치|쯤|경)$/          // 20년간, 27년쯤: the year (or the years) alone
const SUFFIX = /^([a-z]{1,5}|\d{4,6})\.(?:t|tw|two|hk|l|ks|kq|us)$/i
const PARTIAL = 0.6                                  // of a query of five words or more, the share a page must answer
const ADNOMINAL = ["하는", "되는", "적인", "스러운", "한", "된", "할", "인"]  // a noun's verb form before the next noun

const escapeHTML = s => s.replace(/[&<>"']/g, c => (
  { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c]))
const escapeRegExp = s => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
const letters = s => [...s].length
/* search.py _rows: [anchor, title ("" = the row before's), text] → Material's documents */
const documents = (url, rows) => {
  let title = ""
  return rows.map(([anchor, t, text]) => ({ location: anchor ? `${url}#${anchor}` : url, title: title = t || title, text }))
}
const table = (entries = {}) => Object.assign(Object.create(null), entries)

class Engine {
  /* `base`: the URL the shard file names are relative to (the site's search/ folder) */
  constructor({ config, docs }, base) {
    const index = config.index
    /* Every table a reader's word is looked up in has no prototype: constructor, toString or
       __proto__ typed (or listed by the editors) is a word like any other, never Object's own */
    this.aliases = table()                           // spelling → groups; it travels as group → spellings
    for (const [group, spellings] of Object.entries(config.aliases || {}))
      for (const spelling of spellings) (this.aliases[spelling] ||= []).push(group)
    /* search.py company_forms: a stem said with each of its words (지포스 → 지포스개발사, 지포스만드는회사) */
    for (const [words, stems] of config.forms || [])
      for (const [group, ss] of Object.entries(stems))
        for (const spelling of ss.flatMap(stem => words.map(word => stem + word)))
          if (!(this.aliases[spelling] ||= []).includes(group)) this.aliases[spelling].push(group)
    this.surnames = table(config.surnames)
    this.persons = new Set(config.persons || [])     // the groups that are people
    const numbers = config.numbers
    this.numbers = numbers ? { ...numbers, units: table(numbers.units), native: table(numbers.native) } : null
    this.particles = [...(config.particles || [])].sort((a, b) => b.length - a.length)
    this.verbs = new Set(config.verbs || [])
    this.misspellings = table(config.misspellings)   // 댓가 → 대가, 썪 → 썩: common misspellings, by stem
    this.apart = table(config.apart)                 // 필터버블 → [버블]: a phrase where an alias means something else
    this.literal = new Set()                         // the aliases of this query read as their own spelling only
    this.spellings = new Map()                       // group → spellings, for highlighting
    for (const [alias, groups] of Object.entries(this.aliases))
      for (const g of groups)
        this.spellings.set(g, [...(this.spellings.get(g) || []), alias])
    this.aliasKeys = Object.keys(this.aliases).sort()
    /* spellings of a name (a person, a company, a theme, a glossary term), not only of a concept's word */
    this.names = new Set(this.aliasKeys.filter(k => this.aliases[k].some(g => !g.startsWith("@k:"))))
    this.aliasJamo = null                            // alias key → jamo, made on the first typo
    this.total = index.docs
    this.pages = index.pages                         // [url, first doc, paragraphs file?], in doc order
    this.comments = new Set(index.comments || [])
    /* BM25's term-frequency part needs each document's length against the average */
    const [k1, b] = index.bm25, lengths = index.lengths
    const average = lengths.reduce((a, n) => a + n, 0) / Math.max(1, lengths.length)
    this.norm = lengths.map(n => k1 * (1 - b + b * n / average))
    this.k1 = k1
    this.keys = index.keys || null                   // shard key → shard; none: one inline shard
    this.split = new Set(index.split || "")
    this.sources = index.shards                      // inline postings, or file names
    this.docs = docs
    this.base = base
    this.shards = new Map()                          // shard → Promise of { raw, lone, lists, vocabulary }
    this.loaded = new Map()                          // shard → the same, once it has arrived
    this.paragraphs = new Map()                      // page → Promise of its documents
  }

  /* scripts/emitters/search.py shard_key: alias groups whole, words by their first letter(s) */
  shardOf(term) {
    if (!this.keys) return 0
    const chars = [...term]
    const key = term.startsWith("@") ? term
      : this.split.has(chars[0]) && chars.length > 1 ? chars[0] + chars[1] : chars[0]
    return Object.hasOwn(this.keys, key) ? this.keys[key] : -1
  }

  shard(n) {
    if (!this.shards.has(n)) {
      const source = typeof this.sources[n] === "string" ? fetchJSON(new URL(this.sources[n], this.base))
        : Promise.resolve(this.sources[n])
      /* search.py _packed: [postings, per document the terms it alone holds once] */
      const loading = source.then(([raw, once]) => {
        const lone = new Map(once.flatMap((terms, doc) => terms ? terms.split(" ").map(t => [t, doc]) : []))
        const shard = { raw, lone, lists: new Map(), vocabulary: [...Object.keys(raw), ...lone.keys()].sort(), jamo: null }
        this.loaded.set(n, shard)
        return shard
      })
      loading.catch(() => this.shards.delete(n))    // try again with the next query
      this.shards.set(n, loading)
    }
    return this.shards.get(n)
  }

  /* term → Map(doc → weight) when its shard is loaded */
  postings(term) {
    const shard = this.loaded.get(this.shardOf(term))
    if (!shard || !Object.hasOwn(shard.raw, term) && !shard.lone.has(term)) return undefined
    let list = shard.lists.get(term)
    if (!list) {
      list = new Map()
      const flat = Object.hasOwn(shard.raw, term) ? shard.raw[term] : [shard.lone.get(term)]
      /* documents as gaps, each followed by minus its count when that is more than one */
      for (let i = 0, doc = 0; i < flat.length; i++) {
        doc += flat[i]
        const tf = flat[i + 1] < 0 ? -flat[++i] : 1
        list.set(doc, Math.round(100 * tf * (this.k1 + 1) / (tf + this.norm[doc])) / 100)
      }
      shard.lists.set(term, list)
    }
    return list
  }

  known(spelling) { return !!this.postings(spelling) || spelling in this.aliases }

  /* The documents of page `p`: a slice of the inline list, or its own file */
  page(p) {
    if (!this.paragraphs.has(p)) {
      const [url, first, file] = this.pages[p]
      const end = p + 1 < this.pages.length ? this.pages[p + 1][1] : this.total
      const loading = (typeof file === "string" ? fetchJSON(new URL(file, this.base))
        : Promise.resolve(file || this.docs.slice(first, end)))  // inline (an offline copy) or a slice
        .then(rows => documents(url, rows))
      loading.catch(() => this.paragraphs.delete(p))
      this.paragraphs.set(p, loading)
    }
    return this.paragraphs.get(p)
  }

  pageOf(doc) {
    let lo = 0, hi = this.pages.length - 1
    while (lo < hi) { const mid = (lo + hi + 1) >> 1; if (this.pages[mid][1] <= doc) lo = mid; else hi = mid - 1 }
    return lo
  }

  /* The query's words: amounts respelt, question words dropped, a title after a name absorbed */
  words(query) {
    let words = []
    /* a word with a gloss or a code in brackets is two: 삼성전자(005930), 무료(오픈소스)로 */
    const raws = Korean.numberWords(Korean.spokenAmounts(query.normalize("NFC"), this.numbers), this.numbers).split(/\s+/).flatMap(raw => raw.split(/[()[\]]/)
      .map(part => part.replace(/^["'“‘]+|["'”’.,!?]+$/g, ""))
      .filter((part, i) => part && !(i && this.particles.includes(part))))
    for (const clean of Korean.joinCounters(raws, this.numbers)) {
      const code = KRX.exec(clean) || EXCHANGE.exec(clean) || SUFFIX.exec(clean)
      if (code) { words.push({ text: code[1].toLowerCase(), acronym: true }); continue }
      const acronym = ACRONYM.test(clean)
      const span = Korean.yearSpan(clean) || Korean.duration(clean)   // 07년 = 2007년, 23~24년 = either year; 24시간 = 하루
      if (span) words.push({ text: span.spellings[0], also: span.spellings.slice(1) })
      const rest = !span ? clean : this.particles.includes(span.rest) || YEAR_SUFFIX.test(span.rest) ? "" : span.rest
      for (const text of Korean.amountWords(rest.toLowerCase(), this.numbers, this.particles))
        if (text) words.push({ text, acronym, also: [...Korean.centuries(text), ...Korean.bareYear(text)] })
    }
    const typed = w => [w.text, this.bare(w.text)]
    const question = w => [...typed(w), ...Korean.stems(this.bare(w.text))]   // 무엇인가: a question word inflected
    /* how much money (돈 얼마나, 금액이 몇): the passage writes the amount, not the word */
    const amount = words.some(w => question(w).some(f => Korean.HOW_MUCH.has(f)))
    const frame = w => this.variants(w.text).some(f => Korean.FRAME.has(f))   // 출신이야: 출신 + 이야
    const asks = w => !typed(w).some(f => Korean.FUNCTION.has(f) || amount && Korean.MONEY.has(f)) && !frame(w) &&
      !question(w).some(f => Korean.QUESTION.has(f))
    const asking = words.some(w => !asks(w))       // a question word or a sentence's frame was typed
    if (words.some(asks)) words = words.filter(asks)
    /* a designator beside a company's name (Xerox Holdings, 주식회사 삼성전자) says nothing more */
    const company = w => w && this.listed(w.text)
    words = words.filter((w, i) => !Korean.CORPORATE.has(this.bare(w.text)) ||
      !(company(words[i - 1]) || company(words[i + 1])))
    /* after a company, its office said any way is the epithet's: 앤트로픽 수장 = 앤트로픽 CEO */
    for (const [i, w] of words.entries()) {
      const office = Korean.OFFICE.get(this.bare(w.text))
      const last = !words[i + 1] || this.person(words[i + 1].text)
      if (office && company(words[i - 1]) && (last || !Korean.OFFICE_LAST.has(this.bare(w.text)))) w.text = office
    }
    const out = words.filter((w, i) => {
      const before = words[i - 1]
      if (!before || !Korean.TITLES.has(this.bare(w.text))) return true
      if (before.text in this.surnames) before.surname = true
      return !before.surname && !this.person(before.text)
    })
    /* the query as typed, every word in it, for a phrase the editors listed whole (넘을 수 없는 4차원의 벽) */
    out.typed = raws.map(w => w.toLowerCase()).join("")
    out.question = asking || /[?？]/.test(query)
    return out
  }

  bare(word) { return this.variants(word).slice(-1)[0] || word }

  /* A spelling of the word is an alias key (a name, an epithet, a phrase the editors listed) */
  listed(word) { return this.variants(word).some(v => v in this.aliases) }

  person(word) {
    return this.variants(word).some(v => (this.aliases[v] || []).some(g => this.isPerson(g)))
  }

  isPerson(group) { return this.persons.has(group) }

  /* Spellings of one query word: as typed, without a trailing particle, without a half-typed syllable */
  variants(word) {
    const out = new Set([word])
    const bare = word.replace(JAMO, "")
    if (bare) out.add(bare)
    if (bare.includes("-")) out.add(bare.replace(/-/g, ""))   // high-flyer = highflyer
    for (const p of this.particles)
      if (bare.length > p.length && bare.endsWith(p)) out.add(bare.slice(0, -p.length))
    for (const v of [...out])                        // the plural before the particle: 회사들은 → 회사
      if (letters(v) >= 3 && v.endsWith("들")) out.add(v.slice(0, -1))
    for (const v of [...out]) for (const name of this.honoured(v)) out.add(name)
    return [...out].filter(Boolean)
  }

  /* The person's name under a playful honorific (korean.js HONORIFICS): 잡스옹 → 잡스, 갓잡스 → 잡스,
     잡느님 → 잡스; a name of two letters or more, so 손님 stays a word (손 is a surname alone) */
  honoured(word) {
    const named = k => letters(k) >= 2 && (this.aliases[k] || []).some(g => this.isPerson(g))
    const out = []
    for (const h of Korean.HONORIFICS) {
      if (!word.endsWith(h) || word === h) continue
      const head = word.slice(0, -h.length)
      if (named(head)) out.push(head)
      if (h === "느님")
        out.push(...startingWith(this.aliasKeys, head, 20).filter(k => named(k) && letters(k) - letters(head) <= 2))
    }
    for (const p of Korean.HONORIFIC_PREFIXES) if (word.startsWith(p) && named(word.slice(p.length))) out.push(word.slice(p.length))
    return out
  }

  /* Alias spellings a half-typed word may be the start of */
  aliasPrefixes(v) {
    return v.length >= 2 ? startingWith(this.aliasKeys, v, 10) : []
  }

  /* Every shard a word can need: its spellings and stems, their groups, the surface forms, the
     ends of the word (its rest, should it be two words written together) and the countries it names */
  needs(word, out) {
    const chars = [...word]
    for (let k = 2; k < chars.length; k++) out.add(this.shardOf(chars.slice(k).join("")))
    for (const country of Korean.nations(word) || []) out.add(this.shardOf(country))
    for (const v of this.variants(word)) {
      const stems = Korean.stems(v)
      for (const s of [v, ...stems, "~" + v, ...stems.map(s => "~" + s), ...Korean.spelledLetters(v)]) {
        out.add(this.shardOf(s))
        for (const alias of [s, ...this.aliasPrefixes(s)])
          for (const g of this.aliases[alias] || []) { out.add(this.shardOf(g)); out.add(this.shardOf(tagged(g))) }
        for (const g of this.surnames[s] || []) out.add(this.shardOf(g))
      }
    }
  }

  /* A unit is one thing the reader asked for: weighted candidate terms of the index, or, when
     the word is two indexed words written together, `parts` */
  unit(word, { prefix = false, surname = false, acronym = false, join = false, also = [] } = {}) {
    const terms = new Map()
    const add = (term, weight) => {
      if (this.postings(term) && (terms.get(term) || 0) < weight) terms.set(term, weight)
    }
    const alias = (spelling, weight) => {
      add(spelling, weight)
      if (this.literal.has(spelling)) return
      for (const g of this.aliases[spelling] || [])
        if (g.startsWith("@c:")) { add(g, CONCEPT * weight); add(tagged(g), TAGGED * weight) }
        else if (g.startsWith("@k:")) { add(g, SYNONYM * weight); add(tagged(g), TAGGED * weight) }
        else add(g, weight)
    }
    const unit = { word, terms, other: new Set() }   // other: terms of another spelling of the word only
    const variants = this.variants(word)
    if (surname) for (const g of this.surnames[word] || []) add(g, 1)
    /* a word the index holds as typed is that word: 주가 is no 주 + 가, 평가 no 평 + 가 */
    const whole = this.known(word)
    variants.forEach((v, i) => { if (!i || !whole || letters(v) > 1) alias(v, i ? 0.95 : 1) })
    const own = new Set(terms.keys())
    for (const other of also) alias(other, 0.9)     // another spelling of the same time: 2007년 for 07년, 21세기
    for (const term of terms.keys()) if (!own.has(term)) unit.other.add(term)
    if (prefix && !acronym) variants.forEach(v => this.prefixes(v, add))
    if (terms.size || acronym) return unit
    /* a verb the aliases hold in its dictionary form (바닥나다, the concept table's) is found by its stem */
    const verb = s => (s + "다") in this.aliases
    const misspelt = s => Object.hasOwn(this.misspellings, s)
    const accept = (s, how) => misspelt(s) || (how === "noun" ? this.known(s) : this.verbs.has(s) || verb(s))
    const stems = join ? [] : variants.flatMap(v => Korean.stems(v, accept, v === word))
    for (const s of stems.some(s => letters(s) > 1) ? stems.filter(s => letters(s) > 1) : stems) {
      unit.inflected = true
      alias(s, 0.9)
      if (verb(s)) alias(s + "다", 0.9)
    }
    if (!terms.size && !join) variants.filter(v => letters(v) >= 2).forEach(v => this.prefixes(v, add))
    if (!terms.size) for (const v of variants) this.surface(v, add)
    /* a verb the analyser split where the text writes it (채가면 → 채 + 가): the surface forms its stem
       begins, 채갔다 → 채가 → ~채가면 */
    if (!terms.size && !join) for (const s of variants.flatMap(v => Korean.stems(v))) this.surface(s, add)
    if (terms.size) return unit
    const right = firstOf([...variants, ...stems], v => misspelt(v) && this.misspellings[v])   // 역활 → 역할
    if (right) { alias(right, 0.9); if (verb(right)) alias(right + "다", 0.9); if (terms.size) return unit }
    const numeric = /\d/.test(word)                  // 80년 is no typo of 20년
    const typo = !numeric && firstOf(variants, v => this.typo(v, this.aliasJamoList(), true))
    if (typo) { alias(typo, 0.7); return unit }
    const spelled = firstOf(variants, v => this.spelled(v))   // 지피유 → gpu
    if (spelled) { for (const s of spelled) alias(s, 0.9); return unit }
    const loans = firstOf(variants, v => this.loanwords(v))
    if (loans) { for (const term of loans) alias(term, LOANWORD); unit.loan = true; return unit }
    const other = firstOf(variants, v => this.otherSpelling(v))   // 제미니 → 제미나이
    if (other) { alias(other, 0.8); return unit }
    if (join) return unit
    const countries = firstOf(variants, v => Korean.nations(v))   // 미중 → 미국, 중국
    if (countries && countries.every(c => this.known(c))) return { word, terms, parts: countries.map(c => this.unit(c)) }
    const parts = firstOf(variants, v => this.segment(v))
    if (parts) return { word, terms, parts }
    /* a derived word whose stem is misspelt (잠제성 → 잠재): the stem, by a confusable pair if it is two syllables */
    const derived = v => letters(v) >= 3 && Korean.SUFFIXES.has(v.slice(-1)) &&
      this.typo(v.slice(0, -1), this.vocabularyJamo(), false)
    const term = !numeric &&
      (firstOf(variants, v => this.typo(v, this.vocabularyJamo(), false)) || firstOf(variants, derived))
    if (term) add(term, 0.7)
    return unit
  }

  /* The spellings of a word read as Latin letters that the index or the aliases hold: 지피유 → gpu,
     챗지피티 → 챗gpt (korean.js spelledLetters) */
  spelled(word) {
    const found = Korean.spelledLetters(word).filter(s => this.known(s))
    return found.length ? found : null
  }

  /* Another Hangul spelling of the same foreign word (korean.js variantKey: 제미니 = 제미나이, 골트 = 갈트):
     an alias first, else the indexed word found in most passages — one, so a zero never turns to noise */
  otherSpelling(word) {
    const key = Korean.variantKey(word)
    if (!key || key.length < 4) return null
    const alias = this.aliasKeys.find(a => a !== word && Korean.variantKey(a) === key)
    if (alias) return alias
    let best = null
    for (const shard of this.loaded.values()) {
      if (!shard.variants) {
        shard.variants = new Map()
        for (const term of shard.vocabulary) {   // surface forms too: 갈트 is held as ~갈트 (갈/트)
          const k = term.startsWith("@") ? null : Korean.variantKey(term.replace(/^~/, ""))
          if (k) shard.variants.set(k, [...(shard.variants.get(k) || []), term])
        }
      }
      for (const term of shard.variants.get(key) || [])
        if (term.replace(/^~/, "") !== word && (!best || this.postings(term).size > this.postings(best).size)) best = term
    }
    return best
  }

  /* Indexed words and alias spellings starting with `v`, when `v` is not a whole word itself:
     엔비디 → 엔비디아, 딥시 → the DeepSeek group; 메타 ↛ 메타포 */
  prefixes(v, add) {
    if (this.known(v) || letters(v) < 2) return
    const shard = this.loaded.get(this.shardOf(v))
    for (const term of shard ? startingWith(shard.vocabulary, v, 40) : [])
      if (!/^[@~]/.test(term)) add(term, 0.7 * Math.max(0.5, v.length / term.length))
    for (const alias of this.aliasPrefixes(v))
      for (const g of this.aliases[alias]) if (!g.startsWith("@c:")) add(g, 0.7)
  }

  /* The surface form of a word the analyser cut into pieces: 넘사벽 → ~넘사벽일테니까요 */
  surface(v, add) {
    if (letters(v) < 2) return
    const shard = this.loaded.get(this.shardOf("~" + v))
    for (const term of shard ? startingWith(shard.vocabulary, "~" + v, 20) : []) add(term, 0.8)
  }

  /* `word` as two or more indexed words written together: the longest indexed start, then the
     rest (a rest of one or two syllables that is no word is let go: 구글러 → 구글) */
  segment(word) {
    if (!/[가-힣]/.test(word) || letters(word) < 3) return null
    const chars = [...word]
    for (let k = chars.length - 1; k >= 2; k--) {
      const head = chars.slice(0, k).join(""), rest = chars.slice(k).join("")
      if (!this.known(head)) continue
      if (letters(rest) === 1) { if (Korean.SUFFIXES.has(rest)) return [this.unit(head)]; continue }
      const tail = this.unit(rest, { join: true })
      if (tail.terms.size) return [this.unit(head), tail]
      /* between the two, a noun suffix the analyser leaves out (인지적역량 = 인지적 역량 → 인지 + 역량), a
         particle or an adnominal ending with the space after it lost (엔비디아의주가, 건강한경쟁) */
      for (const joint of [...Korean.SUFFIXES, ...this.particles, ...ADNOMINAL]) {
        const after = rest.slice(joint.length)
        if (!rest.startsWith(joint) || letters(after) < 2) continue
        const next = this.unit(after, { join: true })
        if (next.terms.size) return [this.unit(head), next]
      }
    }
    return null
  }

  /* Indexed words that are `word` in the other script, as a loanword is written (copilot →
     코파일럿, hedgefund → 헤지펀드, 리눅스 → linux; korean.js soundsLike), surface forms included */
  loanwords(word, short = false) {
    const sound = Korean.sound(word)
    if (!sound || sound.length < (short ? 2 : 3)) return null
    const out = []
    for (const shard of this.loaded.values()) {
      if (!shard.sounds) {
        shard.sounds = new Map()
        for (const term of shard.vocabulary) {
          const s = term.startsWith("@") ? null : Korean.sound(term.replace(/^~/, ""))
          if (s && s.length >= 2) shard.sounds.set(s, [...(shard.sounds.get(s) || []), term])
        }
      }
      for (const term of shard.sounds.get(sound) || [])
        if (Korean.soundsLike(word, term.replace(/^~/, ""), short)) out.push(term)
    }
    return out.length ? out : null
  }

  aliasJamoList() {
    if (!this.aliasJamo) this.aliasJamo = this.aliasKeys.map(k => [k, Korean.jamo(k)])
    return this.aliasJamo
  }

  vocabularyJamo() {
    const out = []
    for (const shard of this.loaded.values()) {
      if (!shard.jamo) shard.jamo = shard.vocabulary.filter(t => !/^[@~]/.test(t)).map(t => [t, Korean.jamo(t)])
      out.push(...shard.jamo)
    }
    return out
  }

  /* The spelling one typo away from `word` (jamo, a swap counted once; confusable pairs such as
     ㅐ/ㅔ count half): only for words of 3+ syllables (or 4+ Latin letters against aliases, 5+
     against words; a word of two syllables only for a confusable pair, or a y-vowel for its plain
     one against a name), and only one — the closest, then the most frequent — so a typo never
     returns more than the word it stands for. */
  typo(word, candidates, aliases) {
    const hangul = /[가-힣]/.test(word)
    const short = hangul && letters(word) === 2   // 매타 → 메타, 버젼 → 버전: a confusable pair only
    if (letters(word) < (hangul ? (short ? 2 : 3) : aliases ? 4 : 5)) return null
    const target = Korean.jamo(word)
    let best = null
    for (const [spelling, jamo] of candidates) {
      if (spelling === word || !Korean.oneApart(target, jamo)) continue
      const [edits, weight] = Korean.distance(target, jamo, 1)
      if (edits !== 1 || short && weight > 0.5 && !(aliases && this.names.has(spelling) && Korean.glide(target, jamo))) continue
      const size = aliases ? 0 : this.postings(spelling).size
      if (!best || weight < best.weight || weight === best.weight && size > best.size)
        best = { spelling, weight, size }
    }
    return best && best.spelling
  }

  score(term, doc) {
    const list = this.postings(term)
    const idf = Math.log(1 + (this.total - list.size + 0.5) / (list.size + 0.5))
    return idf * (list.get(doc) || 0)
  }

  /* Per document: score for the unit, the terms that matched, how directly (`level`), and whether
     by the word itself (`exact`: not only by another spelling of it, 21세기 for 2000년대) */
  match(unit) {
    const found = new Map()
    for (const [term, weight] of unit.terms)
      for (const doc of this.postings(term).keys()) {
        const s = weight * this.score(term, doc)
        const hit = found.get(doc) || { score: 0, terms: [], level: 0, exact: false }
        hit.score = Math.max(hit.score, s)
        hit.level = Math.max(hit.level, level(term))
        hit.exact ||= !unit.other?.has(term)
        hit.terms.push(term)
        found.set(doc, hit)
      }
    return found
  }

  async search(query) {
    const words = this.words(query)
    if (!words.length) return { items: [] }
    const needed = new Set()
    const pairs = words.slice(1).map((w, i) => words[i].text + w.text)
    for (const word of [...words.flatMap(w => [w.text, ...w.also || []]), ...pairs, words.map(w => w.text).join(""), words.typed])
      this.needs(word, needed)
    needed.delete(-1)
    await Promise.all([...needed].map(n => this.shard(n)))
    const ranked = this.rank(words, !/\s$/.test(query)).slice(0, this.keys ? RESULT_PAGES : undefined)
    const pages = await Promise.all(ranked.map(group => this.page(group.page)))
    return { items: ranked.map((group, i) => group.map(hit => this.item(pages[i], group.page, hit))) }
  }

  /* The last word while it is typed, when it is a lone syllable or jamo matching nothing yet (엔비디아
     주 on the way to 주가): not asked for until it is a word */
  composing(word) {
    return letters(word.replace(JAMO, "")) <= 1 && !this.unit(word, { prefix: true }).terms.size
  }

  /* The units the words ask for (a word written as two indexed words gives two) */
  units(words, typing) {
    const units = words.flatMap((w, i) => {
      const last = i === words.length - 1
      const unit = this.unit(w.text, { prefix: last && typing, surname: w.surname, acronym: w.acronym, also: w.also })
      return (unit.parts || [unit]).map(u => Object.assign(u, { of: i }))   // of: the word it answers
    })
    /* a Latin name too short to be read alone, beside one read as a loanword, where they stand
       together: john galt = 존 갈트 (john alone sounds like 전, 조원 …) */
    units.forEach((u, i) => {
      const beside = units.filter((v, j) => v.loan && Math.abs(j - i) === 1)
      if (u.terms.size || u.parts || !/^[a-z]+$/.test(u.word) || !beside.length) return
      const docs = new Set(beside.flatMap(v => [...v.terms.keys()].flatMap(t => [...this.postings(t).keys()])))
      for (const term of this.loanwords(u.word, true) || [])
        if ([...this.postings(term).keys()].some(doc => docs.has(doc))) u.terms.set(term, LOANWORD)
      if (u.terms.size) u.loan = true
    })
    /* a word found only as a light verb (될까 → 되, 있나 → 있) asks for nothing the others do not */
    const light = unit => unit.terms.size && [...unit.terms.keys()].every(t => Korean.LIGHT.has(t))
    return units.some(u => !light(u)) ? units.filter(u => !light(u)) : units
  }

  /* Result groups, one per page, best first: [{ doc, score, terms, mask }], with .page. Which
     pages answer (the partial-match policy, a search engine's "minimum should match" of 2<-1):
     a page must answer every word somewhere — of two words each is half the query's topic, and a
     page answering one (반도체 관세 → the pages on chips alone) is not about it; of three or four
     words, all but one will do (a sentence carries words no passage repeats: 딥시크 훈련 비용 절감; a
     name typed as two words, one of them found only with the other, is one word: 곰돌이 푸 인형 is two),
     of five or more, three fifths (a remembered line in the reader's own words: 지도자를 곰돌이
     푸라고 부를 수 있어야 자유 시장), ranked below, when the page says them itself rather than only
     through a theme's other words or the editors' tags. Nothing else is listed: the pages answering
     most are no fallback. Pages that answer with the words themselves (or their spellings) come
     before pages found through a theme's other words, and those before passages the editors
     tagged with the theme. */
  rank(words, typing) {
    const solid = ws => Korean.amountWords(ws.map(w => w.text).join(""), this.numbers, this.particles).join("")
    const all = solid(words)
    this.literal = new Set(Object.entries(this.apart).flatMap(([phrase, own]) => all.includes(phrase) ? own : []))
    if (typing && words.length > 1 && this.composing(words[words.length - 1].text)) words = words.slice(0, -1)
    const written = solid(words)
    const units = this.units(words, typing)
    const hits = new Map()                           // doc → { score, mask of units matched, terms, levels }
    const note = (doc, score, indexes, terms, level, exact) => {
      const h = hits.get(doc) || { score: 0, mask: 0, exact: 0, terms: [], levels: new Map() }
      h.score += score; h.terms.push(...terms)
      for (const i of indexes) {
        h.mask |= 1 << i; h.levels.set(i, Math.max(level, h.levels.get(i) ?? -1))
        if (exact) h.exact |= 1 << i
      }
      hits.set(doc, h)
    }
    units.forEach((unit, i) => {
      for (const [doc, hit] of this.match(unit)) note(doc, hit.score, [i], hit.terms, hit.level, hit.exact)
    })
    const one = new Map()                            // word → the neighbour it is one name with (곰돌이 푸)
    if (words.length > 2 && units.length === words.length)  // two neighbours written together: chip [export ban]
      for (let i = 0; i + 1 < words.length; i++) {
        const pair = Korean.amountWords(words[i].text + words[i + 1].text, this.numbers, this.particles).join("")
        const found = this.match(this.unit(pair, { join: true }))
        for (const [doc, hit] of found) note(doc, hit.score, [i, i + 1], hit.terms, hit.level, hit.exact)
        if (found.size && !(units[i].terms.size && units[i + 1].terms.size)) one.set(i + 1, one.get(i) ?? i)
      }
    /* an alias typed with a word between its words: 베네수엘라 (출신) 경제학자; the word between is still
       asked, and may be let go as any word of three may */
    if (words.length > 2 && units.length === words.length)
      for (let s = 0; s + 2 < words.length; s++)
        for (let e = s + 2; e < Math.min(words.length, s + 4); e++)
          for (let m = s + 1; m < e; m++) {
            const span = words.slice(s, e + 1).filter((_, k) => s + k !== m).map(w => w.text).join("")
            const key = Korean.amountWords(span, this.numbers, this.particles).join("")
            if (!this.listed(key)) continue
            const covered = words.map((_, i) => i).filter(i => i >= s && i <= e && i !== m)
            for (const [doc, hit] of this.match(this.unit(key, { join: true })))
              note(doc, hit.score, covered, hit.terms, hit.level, hit.exact)
          }
    /* the words written together (빅 테크, 젠슨 황), or the query as typed, function words and all, when
       only that is a phrase the editors listed (넘을 수 없는 4차원의 벽) */
    const typed = words.typed && !this.listed(written) && this.listed(words.typed)
    const joined = typed ? words.typed : written
    if (words.length > 1 || typed && joined !== words[0].text) {
      for (const [doc, hit] of this.match(this.unit(joined, { prefix: typing, join: true }))) {
        const h = hits.get(doc)
        const extra = Math.max(0, hit.score * units.length - (h ? h.score : 0))
        note(doc, extra, units.map((_, i) => i), hit.terms, hit.level, hit.exact)
      }
    }
    const pages = new Map()
    for (const [doc, h] of hits) {
      const p = this.pageOf(doc)
      const page = pages.get(p) || { mask: 0, exact: 0, docs: [], levels: new Map() }
      page.mask |= h.mask; page.exact |= h.exact; page.docs.push(doc)
      for (const [i, l] of h.levels) page.levels.set(i, Math.max(l, page.levels.get(i) ?? -1))
      pages.set(p, page)
    }
    /* a word only sounding like one in the other script does not answer a query alone (quantum computing ↛ 컴퓨팅) */
    const loans = units.reduce((mask, u, i) => u.loan ? mask | 1 << i : mask, 0)
    /* the policy counts the words typed: a word written as two indexed words (반도체산업 → 반도체 산업)
       is answered when both parts are, and is still one word of the query, not two */
    const asked = new Map()                          // word → mask of its units
    /* a number no page writes (a ratio the reader worked out, a figure misremembered) is let go when
       the other words answer: 훈련비 20분의 1 finds the page on training costs, 20분의1 struck out */
    const absent = u => /\d/.test(u.word) && !u.terms.size && !u.parts
    const known = units.some(u => !absent(u))
    units.forEach((u, i) => {
      if (known && absent(u)) return
      const w = one.get(u.of) ?? u.of
      asked.set(w, (asked.get(w) || 0) | 1 << i)
    })
    const need = asked.size >= 3 ? Math.min(asked.size - 1, Math.ceil(PARTIAL * asked.size)) : asked.size
    const phrase = asked.size === 3 && !words.question && units.every(u => !u.inflected && !/\d/.test(u.word))
    const groups = []
    for (const [p, page] of pages) {
      const answered = bits(page.mask)
      const words = [...asked.values()].filter(mask => (page.mask & mask) === mask).length
      /* of three nouns, two answer together, in one passage: 꿀벌 군집 붕괴 is no page with 군집 in one
         paragraph and 붕괴 in another (a question, a sentence, a count is answered across the page) */
      const together = !phrase ||
        page.docs.some(doc => [...asked.values()].filter(m => (hits.get(doc).mask & m) === m).length >= need)
      const partly = words >= need && together && direct(page) && (page.mask & ~loans)
      if (words < asked.size && !partly) continue
      groups.push(this.group(p, page, hits, units, answered))
    }
    /* more words answered; then directly (not only through a theme or a tag); then more of them in one
       passage (메타 … 공짜: the passage saying Meta gives it away 무료 before a page saying each apart);
       then more of them in the page's own words (한계생산비용: 한계 생산 비용 before 한계 연료 비용,
       another word for marginal cost); then more of them as typed (2000년대 before 21세기, its other
       spelling); then the BM25 score */
    const coarse = l => Math.min(l, 2)
    return groups.sort((a, b) => b.answered - a.answered || coarse(b.level) - coarse(a.level) ||
      b.together - a.together || b.literal - a.literal || b.exact - a.exact || b.rank - a.rank || a.page - b.page)
  }

  /* One page's documents, best first; a document's score carries its level in its integer part,
     so Material's folding (sections below the best fold under "더 보기") follows the same order */
  group(p, page, hits, units, answered) {
    const first = this.pages[p][1]
    const raw = new Map()
    const group = page.docs.map(doc => {
      const h = hits.get(doc)
      const score = h.score * (1 + bits(h.mask)) / (1 + units.length) * (this.comments.has(doc) ? COMMENT : 1)
      const docLevel = Math.min(...h.levels.values())
      raw.set(doc, score)
      return { doc, level: docLevel, best: Math.max(...h.levels.values()), score: docLevel + score / (1 + score),
        terms: h.terms, mask: h.mask, units }
    })
    /* Material shows the article and only the sections scoring as high as the group's best,
       folding the rest: the page itself must not outrank its best paragraph. */
    const sections = group.filter(hit => hit.doc !== first)
    const top = Math.max(0, ...sections.map(hit => hit.score))
    for (const hit of group) if (hit.doc === first && sections.length) hit.score = Math.min(hit.score, top)
    group.sort((a, b) => b.score - a.score || a.doc - b.doc)
    if (!group.some(hit => hit.doc === first)) group.push({ doc: first, score: 0, terms: [], mask: 0, units })
    group.page = p
    group.answered = answered
    group.level = Math.min(...page.levels.values())
    group.literal = [...page.levels.values()].filter(l => l === 3).length
    group.exact = bits(page.exact)
    group.together = Math.max(...page.docs.map(doc => bits(hits.get(doc).mask)))
    const same = group.filter(hit => hit.level === group[0].level).map(hit => raw.get(hit.doc) || 0)
    group.rank = same[0] + 0.2 * same.slice(1).reduce((a, b) => a + b, 0)
    return group
  }

  /* A result in Material's SearchItem shape: title and text are HTML (escaped here). `terms`
     says which query words the document answers: a word matched through another spelling, a
     stem or a theme is answered (never struck out), and the spellings found in the text are
     what the landing page highlights (Material's ?h=). `level` (ours; Material ignores it) is how
     directly the passage answers at best (see `level` below): at EDITORIAL or under, only through
     the editors' themes or tags, and editorial.js labels it "편집자 분류". */
  item(docs, p, { doc, score, terms, mask, units, best = 3 }) {
    const { location, title, text } = docs[doc - this.pages[p][1]]
    const surfaces = new Set()
    for (const term of new Set(terms)) {
      if (level(term) < 2) continue                  // found through a theme: its other words are not the reader's
      for (const s of term.startsWith("@") ? this.spellings.get(term) || [] : [term.replace(/^~/, "")])
        surfaces.add(s)
    }
    const pattern = surfaces.size ? spellingPattern(surfaces) : null
    const shown = {}
    for (const found of pattern ? `${title}\n${text}`.matchAll(pattern) : []) shown[found[0]] = true
    units.forEach((unit, i) => {
      if (mask & (1 << i)) { if (!Object.keys(shown).length) shown[unit.word] = true }
      else if (mask) shown[unit.word] = false
    })
    return {
      location,
      title: mark(title, pattern),
      text: mark(snippet(text, pattern), pattern),
      score,
      terms: shown,
      level: best
    }
  }
}

const tagged = group => group.replace(/^@c:/, "@ct:").replace(/^@k:/, "@kt:")
/* How directly a term answers a word: 3 the word itself or a spelling of its name (엔비디아 = Nvidia);
   2 another word for it in the editors' concept table (한계 연료 비용 for marginal cost); 1 a theme
   named by another alias; 0 a passage the editors tagged (a theme's, or a concept discussed in other words) */
const level = term => term.startsWith("@ct:") || term.startsWith("@kt:") ? 0 : term.startsWith("@c:") ? 1
  : term.startsWith("@k:") ? 2 : 3
/* A page answering every word it answers with the word itself or its spellings, not only through
   a theme's other words or the editors' tags (what a query answered all but one word asks) */
const direct = page => [...page.levels.values()].every(l => l >= 2)
/* The level at or below which a passage answers only through the editors' reading: a theme named by
   another of its aliases (1) or the editors' tag (0), so it need not contain any word typed. An
   equivalent or a concept word (2) is written in the passage, and the result marks it. */
const EDITORIAL = 1
const bits = mask => { let n = 0; for (; mask; mask &= mask - 1) n++; return n }
const firstOf = (values, fn) => { for (const v of values) { const out = fn(v); if (out) return out } return null }

async function fetchJSON(url) {
  const response = await fetch(url)
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`)
  return response.json()
}

/* Up to `limit` entries of the sorted list `keys` that start with `prefix` */
function startingWith(keys, prefix, limit) {
  let lo = 0, hi = keys.length
  while (lo < hi) { const mid = (lo + hi) >> 1; if (keys[mid] < prefix) lo = mid + 1; else hi = mid }
  const out = []
  for (let j = lo; j < keys.length && out.length < limit && keys[j].startsWith(prefix); j++) out.push(keys[j])
  return out
}

/* The spellings as written, or spaced (빅 테크 for 빅테크) when no word goes on after them
   (리바이스 is not 리바이 스트라우스) */
function spellingPattern(spellings) {
  const sorted = [...spellings].sort((a, b) => b.length - a.length)
  const spaced = sorted.filter(s => s.length > 1)
    .map(s => [...s].map(escapeRegExp).join("\\s?") + "(?![가-힣]{2})")
  return new RegExp([...sorted.map(escapeRegExp), ...spaced].join("|"), "gi")
}

function snippet(text, pattern) {
  if (!pattern || text.length <= 2 * SNIPPET + 20) return text
  pattern.lastIndex = 0
  const found = pattern.exec(text)
  const at = found ? found.index : 0
  const start = Math.max(0, at - SNIPPET), end = Math.min(text.length, at + 2 * SNIPPET)
  return (start ? "… " : "") + text.slice(start, end) + (end < text.length ? " …" : "")
}

function mark(text, pattern) {
  if (!pattern) return escapeHTML(text)
  let out = "", pos = 0
  pattern.lastIndex = 0
  for (const found of text.matchAll(pattern)) {
    out += escapeHTML(text.slice(pos, found.index)) + "<mark>" + escapeHTML(found[0]) + "</mark>"
    pos = found.index + found[0].length
  }
  return out + escapeHTML(text.slice(pos))
}

/* Material's message protocol over any channel: `send` posts a reply; `base` is the site's search/
   folder, where shard and paragraph files are */
function serve(send, base) {
  let engine = null, latest = 0
  return message => {
    if (message.type === SETUP) {
      engine = new Engine(message.data, base)
      send({ type: READY })
    } else if (message.type === QUERY) {
      const id = ++latest                            // a slower, older query must not overwrite a newer one
      engine.search(message.data)
        .catch(err => { console.warn("search failed for", message.data, err); return { items: [] } })
        .then(data => { if (id === latest) send({ type: RESULT, data }) })
    }
  }
}

if (typeof WorkerGlobalScope !== "undefined" && self instanceof WorkerGlobalScope) {
  const handle = serve(data => postMessage(data), new URL("../../search/", self.location))
  addEventListener("message", ev => handle(ev.data))
} else if (typeof window !== "undefined") {
  window.EditionSearch = { serve }                   // file-worker.js runs it in the page
}

if (typeof module !== "undefined") module.exports = { Engine, EDITORIAL }
})()
