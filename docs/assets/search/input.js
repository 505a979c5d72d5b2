/* Korean input methods and Material's search box.
 *
 * Material 9.8.1 reads the query on `keyup` only (components/search/query: fromEvent(el, "keyup")).
 * Many phone keyboards compose Hangul with composition and input events alone, sending no key
 * events, so the result list would never follow what the reader types. After an `input` (each
 * composed jamo) or a `compositionend` that no keyup follows within WAIT ms, this hands Material
 * the keyup it listens for. A keyboard's own keyup, when there is one, goes first, so desktop
 * typing reaches Material exactly as before. */
(() => {
  "use strict"
  const WAIT = 60
  const input = document.querySelector("input.md-search__input")
  if (!input) return
  let pending = 0
  const nudge = () => {
    clearTimeout(pending)
    pending = setTimeout(() => input.dispatchEvent(new KeyboardEvent("keyup", { bubbles: true })), WAIT)
  }
  input.addEventListener("input", nudge)
  input.addEventListener("compositionend", nudge)
  input.addEventListener("keyup", ev => { if (ev.isTrusted || ev.keyCode) clearTimeout(pending) })
})()
