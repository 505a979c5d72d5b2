/* "편집자 분류" on a search result that answers only through the editors' reading: a passage the
 * editors tagged with a theme or a concept, or one naming a theme by another of its aliases, so it
 * need not contain any word the reader typed (worker.js reports each result's `level`; EDITORIAL
 * there). Material renders the result list itself and passes on no field of ours, so this listens
 * to the search worker's answers (a Worker made after this script ran: Material makes it when the
 * page has loaded) and labels the matching links as Material adds them. The label is made with
 * createElement and textContent: nothing of a result is parsed as HTML here. */
(() => {
  "use strict"
  const RESULT = 3                                   // Material's SearchMessageType.RESULT
  const EDITORIAL = 1                                // worker.js EDITORIAL
  const LABEL = "편집자 분류"
  const EXPLAIN = "검색어가 본문에 없고, 편집자가 이 주제로 분류한 단락입니다"
  const config = document.getElementById("__config")
  const result = document.querySelector(".md-search-result")
  if (!config || !result || typeof window.Worker !== "function") return

  const base = new URL(JSON.parse(config.textContent).base + "/", location.href)
  const key = href => { const url = new URL(href, base); url.search = ""; return url.href }
  let editorial = new Set()                          // result links (without ?h=) of the latest answer

  const Native = window.Worker                       // or file-worker.js's stand-in, on file://
  window.Worker = class extends Native {
    constructor(...args) {
      super(...args)
      this.addEventListener("message", ev => {       // before Material's own listener: it subscribes later
        const message = ev.data
        if (!message || message.type !== RESULT || !message.data || !Array.isArray(message.data.items)) return
        editorial = new Set(message.data.items.flat()
          .filter(item => typeof item.level === "number" && item.level <= EDITORIAL)
          .map(item => key(item.location)))
        label(result)
      })
    }
  }

  function label(root) {
    for (const link of root.querySelectorAll("a.md-search-result__link")) {
      const article = link.querySelector(".md-search-result__article")
      const shown = article && article.querySelector(".edition-search-editorial")
      if (!article || !editorial.has(key(link.href))) { if (shown) shown.remove(); continue }
      if (shown) continue
      const mark = document.createElement("span")
      mark.className = "edition-search-editorial"
      mark.title = EXPLAIN
      mark.textContent = LABEL
      const why = document.createElement("span")    // read after the label by screen readers
      why.className = "edition-visually-hidden"
      why.textContent = `: ${EXPLAIN}`
      mark.append(why)
      const heading = article.querySelector("h1, h2")
      if (heading) heading.after(mark)
      else article.append(mark)
    }
  }

  new MutationObserver(() => label(result)).observe(result, { childList: true, subtree: true })
})()
