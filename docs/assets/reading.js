/* An essay page as a reader chooses to read it: "본문만" (the text alone) or "주석과 함께" (with the
 * edition's marks, notes and claims), remembered across pages; the metadata folded on a phone so
 * the text starts on the first screen; a tap on a paragraph shows its ¶ link. Without JavaScript
 * the page shows everything, unfolded. Runs again on every page Material's instant loading shows. */
(() => {
  "use strict"
  const KEY = "edition.reading"
  const remembered = () => { try { return localStorage.getItem(KEY) } catch { return null } }
  const remember = mode => { try { localStorage.setItem(KEY, mode) } catch { /* private mode */ } }

  function apply(mode) {
    document.documentElement.dataset.reading = mode
    for (const button of document.querySelectorAll("[data-edition-mode]"))
      button.setAttribute("aria-pressed", String(button.dataset.editionMode === mode))
  }

  function init() {
    apply(remembered() || "annotated")
    const bar = document.querySelector("[data-edition-reading-bar]")
    if (bar) {
      bar.hidden = false
      for (const button of bar.querySelectorAll("[data-edition-mode]"))
        button.addEventListener("click", () => { remember(button.dataset.editionMode); apply(button.dataset.editionMode) })
    }
    const fold = document.querySelector("[data-edition-fold]")
    if (fold && matchMedia("(max-width: 44.9375em)").matches && !location.hash) fold.open = false
    for (const block of document.querySelectorAll(".edition-block"))
      block.addEventListener("click", event => {
        if (event.target.closest("a, button, abbr")) return
        for (const other of document.querySelectorAll(".edition-block--active")) other.classList.remove("edition-block--active")
        block.classList.add("edition-block--active")
      })
  }

  /* A link to an apparatus entry (or anything else) inside a closed <details> opens it first. */
  function reveal() {
    const id = decodeURIComponent(location.hash.slice(1))
    const target = id && document.getElementById(id)
    const closed = target && target.closest("details:not([open])")
    if (!closed) return
    closed.open = true
    target.scrollIntoView()
  }
  addEventListener("hashchange", reveal)
  // Material's instant loading scrolls to a same-page anchor itself (no hashchange): open first.
  document.addEventListener("click", event => {
    const link = event.target instanceof Element ? event.target.closest("a[href*='#']") : null
    if (!link || link.pathname !== location.pathname || !link.hash) return
    const target = document.getElementById(decodeURIComponent(link.hash.slice(1)))
    const closed = target && target.closest("details:not([open])")
    if (closed) closed.open = true
    setTimeout(() => { if (location.hash === link.hash) location.replace(link.href) })  // :target, below
  }, true)

  /* Instant loading moves between pages (and to anchors) with history.pushState, which never
     updates :target — the passage or line a link names would stay unhighlighted — and reads ?q=
     only on a full load. Arrive as a full load would: re-enter the fragment, open the search. */
  let loaded = false
  function arrive() {
    if (!loaded) { loaded = true; return }
    if (location.hash) location.replace(location.href)
    const query = new URL(location.href).searchParams.get("q")
    const toggle = document.querySelector("input[data-md-toggle=search]")
    const input = document.querySelector("input.md-search__input")
    if (!query || !toggle || !input) return
    toggle.checked = true
    toggle.dispatchEvent(new Event("change"))
    input.value = query
    input.focus()
    input.dispatchEvent(new Event("input", { bubbles: true }))
    input.dispatchEvent(new KeyboardEvent("keyup", { bubbles: true }))
  }

  /* The source view's "읽기 본문으로" goes back to the paragraph of the line at the top. */
  function backToText() {
    const back = document.querySelector("a[data-edition-back]")
    if (!back) return
    back.addEventListener("click", () => {
      const top = document.querySelector(".md-header")?.getBoundingClientRect().bottom || 0
      for (const line of document.querySelectorAll(".edition-source > li"))
        if (line.getBoundingClientRect().bottom > top) {
          let at = line
          while (at && !at.querySelector("a.edition-source__back")) at = at.previousElementSibling
          const link = at && at.querySelector("a.edition-source__back")
          if (link) back.href = link.href
          return
        }
    })
  }

  if (typeof document$ !== "undefined") document$.subscribe(() => { init(); reveal(); backToText(); arrive() })
  else { init(); reveal(); backToText() }
})()
