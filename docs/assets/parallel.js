/* Compare pages, "두 글 전문 나란히": on a wide screen each passage goes on its row of a two-column
 * grid (the row the build gave it: passages that speak to one thing share a row), so both texts
 * scroll as one; on a phone one text at a time, and the A/B switch shows the other text at the
 * counterpart of the passage at the top of the screen. Without JavaScript the two texts follow
 * each other, each passage linked to its counterpart. Runs again on every page Material shows. */
(() => {
  "use strict"

  function place(root) {
    for (const text of root.querySelectorAll(".edition-parallel__text")) {
      const column = text.dataset.side === "a" ? "1" : "2"
      for (const el of text.children) {
        el.style.gridColumn = column
        el.style.gridRow = el.dataset.row || "1"
      }
    }
    root.classList.add("edition-parallel--grid")
  }

  function top() {
    const header = document.querySelector(".md-header")
    const bar = document.querySelector("[data-edition-parallel-switch]")
    return (header ? header.getBoundingClientRect().bottom : 0) + (bar ? bar.offsetHeight : 0)
  }

  function show(root, bar, side) {
    const from = root.dataset.show
    if (from === side) return
    let anchor = null
    const offset = top()
    for (const block of root.querySelectorAll(`.edition-parallel__text[data-side="${from}"] [data-row]`))
      if (block.getBoundingClientRect().bottom > offset) { anchor = block; break }
    const anchorTop = anchor ? anchor.getBoundingClientRect().top : 0
    root.dataset.show = side
    for (const button of bar.querySelectorAll("button"))
      button.setAttribute("aria-pressed", String(button.dataset.side === side))
    if (!anchor || anchor.getBoundingClientRect().top > innerHeight) return
    const row = Number(anchor.dataset.row)
    const others = [...root.querySelectorAll(`.edition-parallel__text[data-side="${side}"] [data-row]`)]
    // The counterpart on the same row, else the last passage of the other text before that row.
    const target = others.find(b => Number(b.dataset.row) === row)
      || others.filter(b => Number(b.dataset.row) < row).pop() || others[0]
    if (target) scrollBy(0, target.getBoundingClientRect().top - Math.max(anchorTop, offset))
  }

  function init() {
    const root = document.querySelector("[data-edition-parallel]")
    const bar = document.querySelector("[data-edition-parallel-switch]")
    if (!root || !bar) return
    place(root)
    root.dataset.show = "a"
    bar.hidden = false
    for (const button of bar.querySelectorAll("button"))
      button.addEventListener("click", () => show(root, bar, button.dataset.side))
    // A link to a passage of the hidden text (its counterpart) shows that text first.
    root.addEventListener("click", event => {
      // (Material's instant loading rewrites "#pb-…" into a full address: read the link's hash.)
      const link = event.target instanceof Element ? event.target.closest(".edition-parallel__links a") : null
      const target = link && link.hash && document.getElementById(decodeURIComponent(link.hash.slice(1)))
      const side = target && target.closest("[data-side]")
      if (side && side.dataset.side !== root.dataset.show && getComputedStyle(side).display === "none") {
        root.dataset.show = side.dataset.side
        for (const button of bar.querySelectorAll("button"))
          button.setAttribute("aria-pressed", String(button.dataset.side === side.dataset.side))
      }
    })
  }

  if (typeof document$ !== "undefined") document$.subscribe(init)
  else init()
})()
