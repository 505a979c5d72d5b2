/* "두 글 비교": the picker on compare/ goes to the page of the chosen pair, in the order chosen
 * (compare/<a>--<b>/: A on the left, or first on a phone). Without JavaScript the list of all
 * pairs remains. Runs again on every page Material's instant loading shows. */
(() => {
  "use strict"
  function init() {
    const form = document.querySelector("form[data-edition-compare]")
    if (!form) return
    const [a, b] = [form.elements.a, form.elements.b]
    if (a.selectedIndex === b.selectedIndex) b.selectedIndex = Math.min(1, b.options.length - 1)
    form.hidden = false
    form.addEventListener("submit", event => {
      event.preventDefault()
      if (a.value === b.value) {
        b.setCustomValidity("서로 다른 두 글을 고르세요")
        b.reportValidity()
        return
      }
      b.setCustomValidity("")
      location.href = new URL(`${a.value}--${b.value}/`, location.href).href
    })
    b.addEventListener("change", () => b.setCustomValidity(""))
  }
  if (typeof document$ !== "undefined") document$.subscribe(init)
  else init()
})()
