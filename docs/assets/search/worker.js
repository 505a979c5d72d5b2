/* Korean search worker for the edition.
 *
 * Replaces Material for MkDocs' lunr worker (pinned: mkdocs-material 9.8.1) behind the same
 * message protocol, so Material's search box, keyboard handling and result list stay as they
 * are. The index (site/search/, written by scripts/search_index.py) holds one document per
 * paragraph and, per analysed term, its postings with BM25's term-frequency part; a small
 * edition has it all in search_index.json, a large one in shards fetched when a query needs
 * them. This worker does the query side: it strips particles a reader types (엔비디아를 →
 * 엔비디아), expands spellings into their alias group (딥시크 = DeepSeek), joins spaced words
 * (빅 테크 → 빅테크), and treats the last word as a prefix while it is being typed.
 */
"use strict"

const SETUP = 0, READY = 1, QUERY = 2, RESULT = 3  // Material's SearchMessageType
const SNIPPET = 70                                   // characters of context on each side
const RESULT_PAGES = 20                              // pages listed when their paragraphs must be fetched
const JAMO = /[\u3131-\u318e]+$/                    // a syllable still being composed (IME)

const escapeHTML = s => s.replace(/[&<>"']/g, c => (
  { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c]))
const escapeRegExp = s => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")

class Engine {
  /* `base`: the URL the shard file names are relative to (the site's search/ folder) */
  constructor({ config, docs }, base) {
    const index = config.index
    this.aliases = config.aliases || {}
    this.particles = [...(config.particles || [])].sort((a, b) => b.length - a.length)
    this.spellings = new Map()                       // group → spellings, for highlighting
    for (const [alias, groups] of Object.entries(this.aliases))
      for (const g of groups)
        this.spellings.set(g, [...(this.spellings.get(g) || []), alias])
    this.aliasKeys = Object.keys(this.aliases).sort()
    this.total = index.docs
    this.pages = index.pages                         // [url, first doc, paragraphs file?], in doc order
    this.keys = index.keys || null                   // shard key → shard; none: one inline shard
    this.split = new Set(index.split || "")
    this.sources = index.shards                      // inline postings, or file names
    this.docs = docs
    this.base = base
    this.shards = new Map()                          // shard → Promise of { raw, lists, vocabulary }
    this.loaded = new Map()                          // shard → the same, once it has arrived
    this.paragraphs = new Map()                      // page → Promise of its documents
  }

  /* scripts/search_index.py shard_key: alias groups whole, words by their first letter(s) */
  shardOf(term) {
    if (!this.keys) return 0
    const chars = [...term]
    const key = term.startsWith("@") ? term
      : this.split.has(chars[0]) && chars.length > 1 ? chars[0] + chars[1] : chars[0]
    return key in this.keys ? this.keys[key] : -1
  }

  shard(n) {
    if (!this.shards.has(n)) {
      const source = typeof this.sources[n] === "string" ? fetchJSON(new URL(this.sources[n], this.base))
        : Promise.resolve(this.sources[n])
      const loading = source.then(raw => {
        const shard = { raw, lists: new Map(), vocabulary: Object.keys(raw).sort() }
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
    if (!shard || !(term in shard.raw)) return undefined
    let list = shard.lists.get(term)
    if (!list) {
      list = new Map()
      const flat = shard.raw[term]
      for (let i = 0, doc = 0; i < flat.length; i += 2) list.set(doc += flat[i], flat[i + 1] / 100)
      shard.lists.set(term, list)
    }
    return list
  }

  /* The documents of page `p`: a slice of the inline list, or its own file */
  page(p) {
    if (!this.paragraphs.has(p)) {
      const [, first, file] = this.pages[p]
      const end = p + 1 < this.pages.length ? this.pages[p + 1][1] : this.total
      const loading = file ? fetchJSON(new URL(file, this.base)) : Promise.resolve(this.docs.slice(first, end))
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

  /* Spellings of one query word: as typed, without a trailing particle, without a half-typed syllable */
  variants(word) {
    const out = new Set([word])
    const bare = word.replace(/^["'“‘(\[]+|["'”’)\].,!?]+$/g, "").replace(JAMO, "")
    if (bare) out.add(bare)
    for (const p of this.particles)
      if (bare.length > p.length && bare.endsWith(p)) out.add(bare.slice(0, -p.length))
    return [...out].filter(Boolean)
  }

  /* Alias spellings a half-typed word may be the start of */
  aliasPrefixes(v) {
    return v.length >= 2 ? startingWith(this.aliasKeys, v, 10) : []
  }

  /* Every shard a word can need: its spellings, their alias groups, prefixes of alias spellings */
  needs(word, out) {
    for (const v of this.variants(word)) {
      out.add(this.shardOf(v))
      for (const alias of [v, ...this.aliasPrefixes(v)])
        for (const g of this.aliases[alias] || []) out.add(this.shardOf(g))
    }
  }

  /* A unit is one thing the reader asked for: weighted candidate terms of the index */
  unit(word, prefix) {
    const terms = new Map()
    const add = (term, weight) => {
      if (this.postings(term) && (terms.get(term) || 0) < weight) terms.set(term, weight)
    }
    this.variants(word).forEach((v, i) => {
      add(v, i ? 0.95 : 1)
      for (const g of this.aliases[v] || []) add(g, 1)
      const whole = this.postings(v) || v in this.aliases
      if (prefix && !whole) {                        // 엔비디 → 엔비디아, 딥시 → the DeepSeek group; 메타 ↛ 메타포
        const shard = this.loaded.get(this.shardOf(v))
        for (const term of shard ? startingWith(shard.vocabulary, v, 40) : [])
          if (!term.startsWith("@")) add(term, 0.7 * Math.max(0.5, v.length / term.length))
        for (const alias of this.aliasPrefixes(v))
          for (const g of this.aliases[alias]) add(g, 0.7)
      }
    })
    return { word, terms }
  }

  score(term, doc) {
    const list = this.postings(term)
    const idf = Math.log(1 + (this.total - list.size + 0.5) / (list.size + 0.5))
    return idf * (list.get(doc) || 0)
  }

  /* Per document: score for the unit and the terms that matched */
  match(unit) {
    const found = new Map()
    for (const [term, weight] of unit.terms)
      for (const doc of this.postings(term).keys()) {
        const s = weight * this.score(term, doc)
        const hit = found.get(doc) || { score: 0, terms: [] }
        hit.score = Math.max(hit.score, s)
        hit.terms.push(term)
        found.set(doc, hit)
      }
    return found
  }

  async search(query) {
    const words = query.normalize("NFC").toLowerCase().split(/\s+/).filter(Boolean)
    if (!words.length) return { items: [] }
    const needed = new Set()
    for (const word of [...words, words.join("")]) this.needs(word, needed)
    needed.delete(-1)
    await Promise.all([...needed].map(n => this.shard(n)))
    const ranked = this.rank(words, !/\s$/.test(query)).slice(0, this.keys ? RESULT_PAGES : undefined)
    const pages = await Promise.all(ranked.map(group => this.page(group.page)))
    return { items: ranked.map((group, i) => group.map(hit => this.item(pages[i], group.page, hit))) }
  }

  /* Result groups, one per page, best first: [{ doc, score, terms }], with .page and .rank */
  rank(words, typing) {
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
      const p = this.pageOf(doc)
      const page = pages.get(p) || { mask: 0, docs: [] }
      page.mask |= h.mask; page.docs.push(doc)
      pages.set(p, page)
    }
    const bits = mask => { let n = 0; for (; mask; mask &= mask - 1) n++; return n }
    const best = Math.max(0, ...[...pages.values()].map(p => bits(p.mask)))
    const groups = []
    for (const [p, page] of pages) {
      if (bits(page.mask) < best) continue
      const first = this.pages[p][1]
      const group = page.docs.map(doc => {
        const h = hits.get(doc)
        return { doc, score: h.score * (1 + bits(h.mask)) / (1 + units.length), terms: h.terms, units }
      })
      /* Material shows the article and only the sections scoring as high as the group's best,
         folding the rest: the page itself must not outrank its best paragraph. */
      const sections = group.filter(hit => hit.doc !== first)
      const top = Math.max(0, ...sections.map(hit => hit.score))
      for (const hit of group) if (hit.doc === first && sections.length) hit.score = Math.min(hit.score, top)
      group.sort((a, b) => b.score - a.score || a.doc - b.doc)
      if (!group.some(hit => hit.doc === first)) group.push({ doc: first, score: 0, terms: [], units })
      group.page = p
      group.rank = group[0].score + 0.2 * group.slice(1).reduce((a, b) => a + b.score, 0)
      groups.push(group)
    }
    return groups.sort((a, b) => b.rank - a.rank || a.page - b.page)
  }

  /* A result in Material's SearchItem shape: title and text are HTML (escaped here) */
  item(docs, p, { doc, score, terms, units }) {
    const { location, title, text } = docs[doc - this.pages[p][1]]
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

let engine = null, latest = 0
if (typeof addEventListener === "function") addEventListener("message", ev => {
  const message = ev.data
  if (message.type === SETUP) {
    engine = new Engine(message.data, new URL("../../search/", self.location))
    postMessage({ type: READY })
  } else if (message.type === QUERY) {
    const id = ++latest                              // a slower, older query must not overwrite a newer one
    engine.search(message.data)
      .catch(err => { console.warn("search failed for", message.data, err); return { items: [] } })
      .then(data => { if (id === latest) postMessage({ type: RESULT, data }) })
  }
})

if (typeof module !== "undefined") module.exports = { Engine }
