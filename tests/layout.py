"""Layout measures read from a page in Chromium, as a reader would meet them (issue 17).

``MID_WORD`` walks the article's text, character by character in document order, and counts the
places where a line ends between two characters with no space between them — a word broken in
two ("엔/비디아", "AI반/도체", a particle pushed to the next line). A break after a hyphen, a
dash, a slash or a middle dot is a place the text itself offers, and is not counted.
``OVERFLOW`` is how far the page scrolls sideways; ``NARROW_CELLS`` lists table cells narrower
than 3em that hold more than six characters (a column squeezed to a syllable a line).
"""

from __future__ import annotations

MID_WORD = r"""() => {
  const root = document.querySelector("article.md-content__inner");
  if (!root) return [];
  const hidden = el => el.closest("script, style, .headerlink, [hidden], details:not([open]) > :not(summary)");
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, { acceptNode: n =>
    !hidden(n.parentElement) && n.parentElement.getClientRects().length
      ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_REJECT });
  const range = document.createRange();
  const rect = (node, i) => { range.setStart(node, i); range.setEnd(node, i + 1);
    const rects = [...range.getClientRects()].filter(r => r.width > 0); return rects.length ? rects[0] : null; };
  const blocks = new Map();  // the element whose lines a text node's lines are (its nearest non-inline ancestor)
  const blockOf = el => {
    if (!blocks.has(el)) {
      const display = getComputedStyle(el).display;
      blocks.set(el, display === "inline" || !el.parentElement ? blockOf(el.parentElement || el) : el);
    }
    return blocks.get(el);
  };
  const letter = c => /[\p{L}\p{N}]/u.test(c);
  const closing = c => /["'”’」』)\]]/.test(c);  // a particle after a closing quote or bracket belongs to it
  const hangul = c => /[\u3131-\u318e\uac00-\ud7a3]/.test(c);
  const found = [];
  let prev = null;  // the last character seen: {ch, rect, block, context}
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent, block = blockOf(node.parentElement);
    range.selectNodeContents(node);
    const wraps = range.getClientRects().length > 1;
    for (let i = 0; i < text.length; i++) {
      const ch = text[i];
      if (!letter(ch) && !closing(ch)) { prev = null; continue; }
      const needed = wraps || i === 0 || i === text.length - 1;
      const here = needed ? rect(node, i) : null;
      const joined = letter(ch) && (letter(prev?.ch ?? "") || (closing(prev?.ch ?? "") && hangul(ch)));
      if (prev && prev.rect && here && joined && prev.block === block && here.top >= prev.rect.bottom - 2)
        found.push(text.slice(Math.max(0, i - 8), i) + "/" + text.slice(i, i + 8));
      prev = { ch, rect: here, block };
    }
  }
  return found;
}"""

OVERFLOW = "() => document.scrollingElement.scrollWidth - document.scrollingElement.clientWidth"

NARROW_CELLS = r"""() => {
  const em = parseFloat(getComputedStyle(document.querySelector("article") || document.body).fontSize);
  return [...document.querySelectorAll("article td, article th")]
    .filter(c => c.getClientRects().length && c.getBoundingClientRect().width < 3 * em
      && c.textContent.replace(/\s/g, "").length > 6)
    .map(c => c.textContent.trim().slice(0, 20));
}"""
