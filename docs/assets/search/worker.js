/* Korean search worker for the edition.
 *
 * Replaces Material for MkDocs' lunr worker (pinned: mkdocs-material 9.8.1) behind the same
 * message protocol, so Material's search box, keyboard handling and result list stay as they
 * are. The index (site/search/search_index.json, written by scripts/search_index.py) holds
 * one document per paragraph with its terms already analysed by kiwipiepy; this worker does
 * the matching query-side analysis: it strips particles a reader types (엔비디아를 → 엔비디아),
 * expands spellings into their alias group (딥시크 = DeepSeek), joins spaced words (빅 테크 →
 * 빅테크), and treats the last word as a prefix while it is being typed.
 */
"use strict"

const SETUP = 0, READY = 1, QUERY = 2, RESULT = 3  // Material's SearchMessageType
const K1 = 1.2, B = 0.5                             // BM25 for short paragraphs
const SNIPPET = 70                                   // characters of context on each side
const JAMO = /[\u3131-\u318e]+$/                    // a syllable still being composed (IME)

const escapeHTML = s => s.replace(/[&<>"']/g, c => (
  { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c]))
const normalise = s => s.normalize("NFC").toLowerCase().replace(/\s+/g, "")
const escapeRegExp = s => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")

class Engine {
  constructor({ config, docs }) {
    this.aliases = config.aliases || {}
    this.particles = [...(config.particles || [])].sort((a, b) => b.length - a.length)
    this.spellings = new Map()                       // group → spellings, for highlighting
    for (const [alias, groups] of Object.entries(this.aliases))
      for (const g of groups)
        this.spellings.set(g, [...(this.spellings.get(g) || []), alias])
    this.docs = docs
    this.postings = new Map()                        // term → Map(doc → term frequency)
    this.lengths = []
    docs.forEach((doc, i) => {
      const terms = doc.t ? doc.t.split(" ") : []
      this.lengths.push(terms.length)
      for (const term of terms) {
        const list = this.postings.get(term) || new Map()
        list.set(i, (list.get(i) || 0) + 1)
        this.postings.set(term, list)
      }
    })
    this.vocabulary = [...this.postings.keys()].sort()
    this.aliasKeys = Object.keys(this.aliases).sort()
    this.average = this.lengths.reduce((a, b) => a + b, 0) / Math.max(1, docs.length)
    this.pages = new Map()
    docs.forEach((doc, i) => { if (!doc.location.includes("#")) this.pages.set(doc.location, i) })
  }

  /* Spellings of one query word: as typed, without a trailing particle, without a half-typed syllable */
  variants(word) {
    const out = new Set([word])
    const bare = word.replace(/^["'“‘(\[]+|["'”’)\].,!?]+$/g, "").replace(JAMO, "")
    if (bare) out.add(bare)
    for (const p of this.particles)
      if (bare.length > p.length && bare.endsWith(p)) out.add(bare.slice(0, -p.length))
    return [...out].filter(Boolean)
  }

  /* A unit is one thing the reader asked for: weighted candidate terms of the index */
  unit(word, prefix) {
    const terms = new Map()
    const add = (term, weight) => {
      if (this.postings.has(term) && (terms.get(term) || 0) < weight) terms.set(term, weight)
    }
    this.variants(word).forEach((v, i) => {
      add(v, i ? 0.95 : 1)
      for (const g of this.aliases[v] || []) add(g, 1)
      const whole = this.postings.has(v) || v in this.aliases
      if (prefix && !whole) {                        // 엔비디 → 엔비디아, 딥시 → the DeepSeek group; 메타 ↛ 메타포
        for (const term of startingWith(this.vocabulary, v, 40))
          if (!term.startsWith("@")) add(term, 0.7 * Math.max(0.5, v.length / term.length))
        if (v.length >= 2)
          for (const alias of startingWith(this.aliasKeys, v, 10))
            for (const g of this.aliases[alias]) add(g, 0.7)
      }
    })
    return { word, terms }
  }

  bm25(term, doc) {
    const list = this.postings.get(term)
    const tf = list.get(doc)
    if (!tf) return 0
    const idf = Math.log(1 + (this.docs.length - list.size + 0.5) / (list.size + 0.5))
    return idf * tf * (K1 + 1) / (tf + K1 * (1 - B + B * this.lengths[doc] / this.average))
  }

  /* Per document: score for the unit and the terms that matched */
  match(unit) {
    const found = new Map()
    for (const [term, weight] of unit.terms)
      for (const doc of this.postings.get(term).keys()) {
        const s = weight * this.bm25(term, doc)
        const hit = found.get(doc) || { score: 0, terms: [] }
        hit.score = Math.max(hit.score, s)
        hit.terms.push(term)
        found.set(doc, hit)
      }
    return found
  }

  search(query) {
    const words = query.normalize("NFC").toLowerCase().split(/\s+/).filter(Boolean)
    if (!words.length) return { items: [] }
    const typing = !/\s$/.test(query)
    const units = words.map((w, i) => this.unit(w, i < words.length - 1 || typing))
    const all = (1 << units.length) - 1
    const hits = new Map()                           // doc → { score, mask of units matched, terms }
    const note = (doc, score, mask, terms) => {
      const h = hits.get(doc) || { score: 0, mask: 0, terms: [] }
      h.score += score; h.mask |= mask; h.terms.push(...terms)
      hits.set(doc, h)
    }
    units.forEach((unit, i) => {
      for (const [doc, hit] of this.match(unit)) note(doc, hit.score, 1 << i, hit.terms)
    })
    if (units.length > 1)                            // the words written together: 빅 테크, 젠슨 황
      for (const [doc, hit] of this.match(this.unit(words.join(""), typing))) {
        const h = hits.get(doc)
        const extra = Math.max(0, hit.score * units.length - (h ? h.score : 0))
        note(doc, extra, all, hit.terms)
      }
    /* A page must answer every word somewhere (paragraphs rank by how much they answer);
       when no page does, the pages answering the most words are shown. */
    const pages = new Map()
    for (const [doc, h] of hits) {
      const location = this.docs[doc].location.split("#")[0]
      const page = pages.get(location) || { mask: 0, docs: [] }
      page.mask |= h.mask; page.docs.push(doc)
      pages.set(location, page)
    }
    const bits = mask => { let n = 0; for (; mask; mask &= mask - 1) n++; return n }
    const best = Math.max(0, ...[...pages.values()].map(p => bits(p.mask)))
    const items = []
    for (const [location, page] of pages) {
      if (bits(page.mask) < best) continue
      const group = page.docs.map(doc => {
        const h = hits.get(doc)
        return this.item(doc, h.score * (1 + bits(h.mask)) / (1 + units.length), h.terms, units)
      })
      /* Material shows the article and only the sections scoring as high as the group's best,
         folding the rest: the page itself must not outrank its best paragraph. */
      const sections = group.filter(item => item.location !== location)
      const top = Math.max(0, ...sections.map(item => item.score))
      for (const item of group) if (item.location === location && sections.length) item.score = Math.min(item.score, top)
      group.sort((a, b) => b.score - a.score)
      if (!group.some(item => item.location === location) && this.pages.has(location))
        group.push(this.item(this.pages.get(location), 0, [], units))
      group.rank = group[0].score + 0.2 * group.slice(1).reduce((a, b) => a + b.score, 0)
      items.push(group)
    }
    items.sort((a, b) => b.rank - a.rank)
    return { items }
  }

  /* A result in Material's SearchItem shape: title and text are HTML (escaped here) */
  item(doc, score, terms, units) {
    const { location, title, text } = this.docs[doc]
    const surfaces = new Set()
    for (const term of new Set(terms))
      for (const s of term.startsWith("@") ? this.spellings.get(term) || [] : [term]) surfaces.add(s)
    const pattern = surfaces.size
      ? new RegExp([...surfaces].sort((a, b) => b.length - a.length)
          .map(s => [...s].map(escapeRegExp).join("\\s*")).join("|"), "gi")
      : null
    const shown = {}
    for (const unit of units) {
      const hit = [...unit.terms.keys()].filter(t => terms.includes(t))
      if (hit.length) for (const t of hit.filter(t => !t.startsWith("@")).slice(0, 2)) shown[t] = true
      else if (!terms.length) continue
      else shown[unit.word] = shown[unit.word] || false
    }
    return {
      location,
      title: mark(title, pattern),
      text: mark(snippet(text, pattern), pattern),
      score,
      terms: shown
    }
  }
}

/* Up to `limit` entries of the sorted list `keys` that start with `prefix` */
function startingWith(keys, prefix, limit) {
  let lo = 0, hi = keys.length
  while (lo < hi) { const mid = (lo + hi) >> 1; if (keys[mid] < prefix) lo = mid + 1; else hi = mid }
  const out = []
  for (let j = lo; j < keys.length && out.length < limit && keys[j].startsWith(prefix); j++) out.push(keys[j])
  return out
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

let engine = null
if (typeof addEventListener === "function") addEventListener("message", ev => {
  const message = ev.data
  if (message.type === SETUP) {
    engine = new Engine(message.data)
    postMessage({ type: READY })
  } else if (message.type === QUERY) {
    let data = { items: [] }
    try {
      data = engine.search(message.data)
    } catch (err) {
      console.warn("search failed for", message.data, err)
    }
    postMessage({ type: RESULT, data })
  }
})

if (typeof module !== "undefined") module.exports = { Engine }
