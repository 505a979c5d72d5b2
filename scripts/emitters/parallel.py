"""The two texts of a compare page in parallel: every block of both essays (readers' comments
aside) in reading order, passages that speak to one thing aligned on one row.

``align`` is an order-keeping alignment of the two block lists (dynamic programming over the
pairs' scores, ``Subjects.score``: a claim link, a shared question, shared themes): it
maximises the total score of aligned pairs, never crossing, so both texts are read in their own
order. Between two aligned pairs, the blocks of each text that align with nothing stand side by
side, dimmed, on rows of their own (``pack``), so neither column runs empty. Rows are numbered; the
template writes the two texts one after the other (that is the page without JavaScript), and
``parallel.js`` places each block on its row of a two-column grid.
"""

from __future__ import annotations

from .. import urls
from ..records import Block, Essay, Passage
from ..stages.crossread import Subjects


def shown(essay: Essay) -> list[Block]:
    """The essay's text as read: sections and their blocks, readers' comments left out."""
    out: list[Block] = []
    for section in essay.sections:
        if section.is_comments:
            continue
        if section.heading:
            out.append(section.heading)
        out.extend(b for b in section.blocks if b.kind != "comment")
    return out


def align(a: list[Passage], b: list[Passage], score) -> list[tuple[int | None, int | None]]:
    """Rows of (index in ``a``, index in ``b``): aligned pairs share a row, the others stand alone,
    both lists in order. ``score(x, y)`` > 0 when two passages may be aligned."""
    n, m = len(a), len(b)
    best = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(1, n + 1):
        for j in range(1, m + 1):
            s = score(a[i - 1], b[j - 1])
            best[i][j] = max(best[i - 1][j], best[i][j - 1], best[i - 1][j - 1] + s if s > 0 else 0)
    rows: list[tuple[int | None, int | None]] = []
    i, j = n, m
    while i or j:
        if i and j and best[i][j] == best[i - 1][j - 1] + score(a[i - 1], b[j - 1]) and score(a[i - 1], b[j - 1]) > 0:
            rows.append((i - 1, j - 1))
            i, j = i - 1, j - 1
        elif j and (not i or best[i][j] == best[i][j - 1]):
            rows.append((None, j - 1))
            j -= 1
        else:
            rows.append((i - 1, None))
            i -= 1
    return rows[::-1]


def pack(rows: list[tuple[int | None, int | None]]) -> list[tuple[int | None, int | None]]:
    """The same rows with each run of lone blocks of one text beside the other text's run."""
    out: list[tuple[int | None, int | None]] = []
    run_a: list[int] = []
    run_b: list[int] = []

    def flush() -> None:
        for k in range(max(len(run_a), len(run_b))):
            out.append((run_a[k] if k < len(run_a) else None, run_b[k] if k < len(run_b) else None))
        run_a.clear()
        run_b.clear()

    for i, j in rows:
        if i is not None and j is not None:
            flush()
            out.append((i, j))
        elif i is not None:
            run_a.append(i)
        else:
            run_b.append(j)
    flush()
    return out


def parallel_view(a: Essay, b: Essay, subjects: Subjects, here: str) -> dict:
    """Both texts with each block's row, its counterpart's id and its place in its essay."""
    blocks_a, blocks_b = shown(a), shown(b)
    pa = [Passage(a.meta.slug, x.id) for x in blocks_a]
    pb = [Passage(b.meta.slug, x.id) for x in blocks_b]
    aligned = align(pa, pb, subjects.score)
    rows = pack(aligned)
    row_a: dict[int, int] = {}
    row_b: dict[int, int] = {}
    pairs: dict[tuple[str, int], int] = {}
    for i, j in aligned:
        if i is not None and j is not None:
            pairs[("a", i)], pairs[("b", j)] = j, i
    for number, (i, j) in enumerate(rows, 2):  # row 1 holds the two titles
        if i is not None:
            row_a[i] = number
        if j is not None:
            row_b[j] = number

    def side(essay: Essay, blocks: list[Block], rows_of: dict[int, int], mine: str, other: str, others) -> list[dict]:
        return [
            {
                "id": f"p{mine}-{block.id}",
                "kind": block.kind,
                "text": block.text,
                "row": rows_of[k],
                "counterpart": f"p{other}-{others[pairs[(mine, k)]].id}" if (mine, k) in pairs else None,
                "url": urls.href(here, f"{essay.url}#{block.id}"),
            }
            for k, block in enumerate(blocks)
        ]

    return {
        "a": side(a, blocks_a, row_a, "a", "b", blocks_b),
        "b": side(b, blocks_b, row_b, "b", "a", blocks_a),
        "aligned": len(pairs) // 2,
        "rows": len(rows) + 1,
    }
