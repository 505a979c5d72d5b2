/* An offline copy read from file:// (make offline): browsers refuse `new Worker()` for file: URLs,
 * so Material's search would never start. This stands in for Worker: it loads korean.js and
 * worker.js into the page and answers Material's messages there (worker.js `serve`), a little
 * later, as a worker would. On http(s) it does nothing. */
(() => {
  "use strict"
  if (location.protocol !== "file:") return

  const load = src => new Promise((resolve, reject) => {
    const script = document.createElement("script")
    script.src = src
    script.onload = resolve
    script.onerror = () => reject(new Error(`${src} did not load`))
    document.head.append(script)
  })

  class PageWorker extends EventTarget {
    constructor(url) {
      super()
      const script = new URL(url, location.href)
      this.handle = load(new URL("korean.js", script))
        .then(() => load(script))
        .then(() => window.EditionSearch.serve(
          data => setTimeout(() => this.dispatchEvent(new MessageEvent("message", { data }))),
          new URL("../../search/", script)))
    }
    postMessage(data) { this.handle.then(handle => handle(data)) }
    terminate() {}
  }

  window.Worker = PageWorker
})()
