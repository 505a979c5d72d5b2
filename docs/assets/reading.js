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

  if (typeof document$ !== "undefined") document$.subscribe(init)
  else init()
})()
