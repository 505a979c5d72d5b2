/* Previews: hovering or focusing a theme link, a glossary term, a claim's link, a "다른 글에서는"
 * link or a quoted passage's link shows what it leads to — the theme's or term's description
 * (already in the page), or the target passage, read from the target page (same origin, fetched
 * once per page and kept). Escape closes it; on a touch screen the first tap previews a link and
 * the second follows it. The popover is one role="tooltip" element that the shown link is
 * aria-describedby. Without JavaScript every link is a plain link and every term keeps its title.
 * Events are delegated from the document once; Material's instant loading only swaps the page. */
(() => {
  "use strict"
  const TARGETS = "a.edition-theme, abbr.edition-term, .edition-cross a, .edition-claim a, a.edition-passage__link"
  const DROP = ".edition-pilcrow, .edition-srcref, .edition-app-ref, .edition-note-ref, .edition-cited-ref, details, .edition-note, .edition-claim"
  const LIMIT = 360 // characters of a passage shown
  const pages = new Map() // page URL → Promise<Document>
  let tip = null, shown = null, tapped = null, timer = 0, touch = false

  function popover() {
    if (tip && tip.isConnected) return tip
    tip = document.createElement("div")
    tip.id = "edition-preview"
    tip.className = "edition-preview"
    tip.setAttribute("role", "tooltip")
    tip.hidden = true
    tip.addEventListener("pointerenter", () => clearTimeout(timer))
    tip.addEventListener("pointerleave", () => later(hide, 200))
    document.body.append(tip)
    return tip
  }

  function later(fn, ms) { clearTimeout(timer); timer = setTimeout(fn, ms) }

  function fetchPage(url) {
    if (!pages.has(url))
      pages.set(url, fetch(url, { credentials: "same-origin" })
        .then(r => (r.ok ? r.text() : Promise.reject(new Error(String(r.status)))))
        .then(html => new DOMParser().parseFromString(html, "text/html")))
    return pages.get(url)
  }

  /* [heading, text] of what ``el`` leads to, or null. */
  async function preview(el) {
    if (el.dataset.editionTip) return [null, el.dataset.editionTip]
    const url = new URL(el.getAttribute("href"), location.href)
    if (url.origin !== location.origin) return null
    const key = url.origin + url.pathname
    const doc = key === location.origin + location.pathname ? document : await fetchPage(key)
    const id = decodeURIComponent(url.hash.slice(1))
    let target = id ? doc.getElementById(id) : doc.querySelector("article .edition-lead, article p")
    if (!target) return null
    target = target.closest(".edition-block, .edition-parallel__block") || target
    const copy = target.cloneNode(true)
    for (const drop of copy.querySelectorAll(DROP)) drop.remove()
    let text = copy.textContent.replace(/\s+/g, " ").trim()
    if (text.length > LIMIT) text = text.slice(0, LIMIT).replace(/\s\S*$/, "") + " …"
    const title = doc.querySelector("article h1")
    return [title ? title.textContent.replace("¶", "").trim() : null, text]
  }

  async function show(el) {
    clearTimeout(timer)
    if (shown === el && !popover().hidden) return
    hide()
    shown = el
    let found = null
    try { found = await preview(el) } catch { found = null }
    if (shown !== el || !found) return
    const box = popover()
    box.replaceChildren()
    if (found[0]) {
      const from = document.createElement("p")
      from.className = "edition-preview__from"
      from.textContent = found[0]
      box.append(from)
    }
    const body = document.createElement("p")
    body.className = "edition-preview__text"
    body.textContent = found[1]
    box.append(body)
    box.hidden = false
    el.setAttribute("aria-describedby", box.id)
    place(box, el.getBoundingClientRect())
  }

  function place(box, at) {
    const gap = 8, width = box.offsetWidth, height = box.offsetHeight
    const left = Math.max(gap, Math.min(at.left, innerWidth - width - gap))
    const below = at.bottom + gap + height <= innerHeight || at.top < height + gap
    box.style.left = `${left}px`
    box.style.top = `${below ? at.bottom + gap : at.top - height - gap}px`
  }

  function hide() {
    clearTimeout(timer)
    if (shown) shown.removeAttribute("aria-describedby")
    shown = tapped = null
    if (tip) tip.hidden = true
  }

  const target = event => (event.target instanceof Element ? event.target.closest(TARGETS) : null)

  document.addEventListener("pointerover", event => {
    touch = event.pointerType === "touch"
    const el = target(event)
    if (el && !touch) later(() => show(el), 250)
  })
  document.addEventListener("pointerout", event => {
    const el = target(event)
    if (el && !touch && !(event.relatedTarget instanceof Node && el.contains(event.relatedTarget))) later(hide, 200)
  })
  document.addEventListener("pointerdown", event => { touch = event.pointerType === "touch" })
  document.addEventListener("touchstart", () => { touch = true }, { passive: true, capture: true })
  document.addEventListener("focusin", event => { const el = target(event); if (el) show(el) })
  document.addEventListener("focusout", event => { if (target(event) === shown) later(hide, 100) })
  document.addEventListener("keydown", event => { if (event.key === "Escape" && shown) hide() })
  document.addEventListener("click", event => {
    const el = target(event)
    if (!el || !touch) return
    if (el.tagName === "A" && tapped === el && tip && !tip.hidden) return // second tap: follow the link
    event.preventDefault()
    event.stopPropagation() // Material's instant loading must not follow the first tap either
    if (tapped === el && tip && !tip.hidden) hide()
    else { show(el); tapped = el }
  }, true)
  addEventListener("scroll", () => { if (shown && tip && !tip.hidden) place(tip, shown.getBoundingClientRect()) }, { passive: true })

  /* A glossary term's title becomes its preview (the browser's own tooltip would double it). */
  function init() {
    hide()
    for (const term of document.querySelectorAll("abbr.edition-term[title]")) {
      term.dataset.editionTip = term.title
      term.removeAttribute("title")
    }
  }
  if (typeof document$ !== "undefined") document$.subscribe(init)
  else init()
})()
