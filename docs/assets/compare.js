/* "두 글 비교": the picker on compare/ goes to the static page of the chosen pair
 * (compare/<a>--<b>/, in reading order). Without JavaScript the list of all pairs remains. */
(() => {
  "use strict"
  const form = document.querySelector("form[data-edition-compare]")
  if (!form) return
  const [a, b] = [form.elements.a, form.elements.b]
  b.selectedIndex = Math.min(1, b.options.length - 1)
  form.hidden = false
  form.addEventListener("submit", event => {
    event.preventDefault()
    if (a.selectedIndex === b.selectedIndex) {
      b.setCustomValidity("서로 다른 두 글을 고르세요")
      b.reportValidity()
      return
    }
    b.setCustomValidity("")
    const [first, second] = a.selectedIndex < b.selectedIndex ? [a.value, b.value] : [b.value, a.value]
    location.href = new URL(`${first}--${second}/`, location.href).href
  })
  b.addEventListener("change", () => b.setCustomValidity(""))
})()
