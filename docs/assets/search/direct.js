/* Above Material's search results: the theme pages, glossary terms and people/companies a query
 * names (딥시크 → 주제 “딥시크”; 설비투자 → 용어 “설비투자 (capex)”). Reads search/direct.json,
 * written by scripts/emitters/search.py (search/direct.js in an offline copy), and applies the same particle stripping as the worker.
 * Material takes the first child of .md-search-result as its meta line and the last as its list,
 * so this box goes between them. */
(() => {
  "use strict"
  const input = document.querySelector("input.md-search__input")
  const result = document.querySelector(".md-search-result")
  const config = document.getElementById("__config")
  if (!input || !result || !config) return

  const base = new URL(JSON.parse(config.textContent).base + "/", location.href)
  const normalise = s => s.normalize("NFC").toLowerCase().replace(/\s+/g, "")
  const box = document.createElement("nav")
  box.className = "edition-search-direct"
  box.setAttribute("aria-label", "주제·용어·인물 바로 가기")
  box.hidden = true
  result.insertBefore(box, result.lastElementChild)

  let data = null
  // An offline copy (file://, where fetch is refused) has the same data as a script: search/direct.js
  const loading = location.protocol === "file:"
    ? new Promise((resolve, reject) => {
      const script = document.createElement("script")
      script.src = new URL("search/direct.js", base)
      script.onload = () => resolve(window.__editionDirect)
      script.onerror = reject
      document.head.append(script)
    })
    : fetch(new URL("search/direct.json", base)).then(response => response.json())
  loading.then(json => { data = json; update() }).catch(() => {})

  function variants(query) {
    const bare = normalise(query).replace(/[\u3131-\u318e]+$/, "")
    const out = new Set([bare])
    for (const p of data.particles)
      if (bare.length > p.length && bare.endsWith(p)) out.add(bare.slice(0, -p.length))
    return [...out].filter(v => v.length >= 2 || /[a-z]/.test(v))
  }

  function update() {
    box.replaceChildren()
    box.hidden = true
    if (!data || !input.value.trim()) return
    const forms = variants(input.value)
    const hits = data.entries
      .map(entry => {
        const exact = entry.names.some(n => forms.includes(n))
        const prefix = entry.names.some(n => forms.some(f => f.length >= 2 && n.startsWith(f)))
        return { entry, rank: exact ? 2 : prefix ? 1 : 0 }
      })
      .filter(hit => hit.rank)
      .sort((a, b) => b.rank - a.rank)
      .slice(0, 4)
    for (const { entry } of hits) {
      const link = document.createElement("a")
      link.className = "edition-search-direct__link"
      link.href = new URL(entry.url, base).href
      const kind = document.createElement("span")
      kind.className = "edition-search-direct__kind"
      kind.textContent = entry.kind
      const title = document.createElement("strong")
      title.textContent = entry.title
      const text = document.createElement("span")
      text.className = "edition-search-direct__text"
      text.textContent = entry.text
      link.append(kind, title, text)
      box.append(link)
    }
    box.hidden = hits.length === 0
  }

  input.addEventListener("keyup", update)
  input.addEventListener("input", update)
  input.form && input.form.addEventListener("reset", () => setTimeout(update))
})()
