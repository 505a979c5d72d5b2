"""Lines of a PDF copy broken at the page's width, joined again: ``Lines`` → ``Lines``.

Only for a text the survey found to be a PDF copy (page numbers and running heads), and only in
its body: a line of prose that ends without closing its sentence ("…빅테크 4사(마이크로소프트,
알파벳,") runs on into the next line unless that one opens an item of its own (□, ○, -, "1.",
a footnote "1)"), is a heading or a table cell. A footnote between the two halves of a sentence
split by a page break stays, after the joined sentence.

Korean report text breaks mid-word as often as between words, so the space is a guess, named in
the apparatus: no space after a lone syllable ("…이" + "에 따라" → "이에 따라") or before a
particle or ending ("부담" + "이 빅테크의" → "부담이"); a space otherwise; an English word
hyphenated at the line end loses its hyphen ("hyper-" + "scaler" → "hyperscaler").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..records import Line

# A sentence closed: punctuation, or a report's noun endings (…임, …함, …됨), a footnote mark after.
CLOSED = re.compile(r"(?:[.!?。…:：]|[다음함임됨요])(?:\d{1,2}\))?[\"'”’)\]」』]*$")
# A line that opens something of its own: an item, a numbered heading, a footnote, a table caption.
OPENS = re.compile(
    r"^(?:[□■○●◦•▪▫◆◇※\-–—·]|\(?\d{1,2}[.)]\s|[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ]+\.|<\s?(?:표|그림)|\[(?:표|그림)|[가-하]\.\s)"
)
NOT_PROSE = re.compile(r"^(?:<\s?(?:표|그림)|\[(?:표|그림)|(?:자료|출처|주)\s?[:：]|※)")
FOOTNOTE = re.compile(r"^\d{1,2}\)\s")
HANGUL = re.compile(r"[가-힣]")
# Syllables that attach to the word before them: particles and endings, the likely start of a
# line broken inside a word ("이 빅테크의", "는 경쟁", "가 소수").
ATTACHES = re.compile(r"^(?:[이가은는을를의에로와과도만해하되된될적들며고서])(?:\s|[,.)]|$)")
# A verb's ending on a noun: "임대" + "하는 사업" → "임대하는" (unless a particle ends the noun).
VERB_ENDING = re.compile(r"^(?:하|되|시키|시켜|해|돼)[가-힣]*")
PARTICLE_END = re.compile(r"[을를이가은는에의도로와과]$")
# Words written apart although one syllable long ("연계" + "등 전력").
APART = ("등", "및", "수", "것", "중", "간", "때", "약", "총")
MIN_BROKEN = 25  # characters: a line shorter than this was not broken by the page's width
SHORT_END = 10  # characters: a shorter next line is joined only when it closes the sentence


@dataclass(frozen=True)
class Join:
    numbers: tuple[int, ...]
    how: str  # Korean: how the halves were joined


def join_broken_lines(lines: tuple[Line, ...], body: tuple[int, int]) -> tuple[tuple[Line, ...], list[Join]]:
    """Join each open line of the body with the line that continues it."""
    follows = {i: j for i in range(len(lines)) if (j := _continuation(lines, i, body)) is not None}
    joined_into = set(follows.values())
    out: list[Line] = []
    joins: list[Join] = []
    for i, line in enumerate(lines):
        if i in joined_into:
            continue
        if i not in follows:
            out.append(line)
            continue
        text, numbers, hows = line.text.rstrip(), line.numbers, []
        j = i
        while j in follows:
            j = follows[j]
            text, how = _glue(text, lines[j].text.strip())
            numbers += lines[j].numbers
            hows.append(how)
        out.append(Line(numbers, text, line.role))
        joins.append(Join(numbers, ", ".join(dict.fromkeys(hows))))
    return tuple(out), joins


def _continuation(lines: tuple[Line, ...], i: int, body: tuple[int, int]) -> int | None:
    """The index of the line that continues line ``i``, or None."""
    text = lines[i].text.strip()
    hyphenated = bool(re.search(r"[A-Za-z]-$", text))
    if lines[i].numbers[0] < body[0] or (len(text) < MIN_BROKEN and not hyphenated):
        return None  # the cover, a heading, a table cell
    if CLOSED.search(text) or NOT_PROSE.match(text) or FOOTNOTE.match(text):
        return None
    j = i + 1
    while j < len(lines) and (not lines[j].text.strip() or FOOTNOTE.match(lines[j].text.strip())):
        j += 1  # a footnote at the foot of the page between the two halves stays where it is
    if j >= len(lines):
        return None
    following = lines[j].text.strip()
    if OPENS.match(following) or (len(following) < SHORT_END and not CLOSED.search(following)):
        return None
    return j


def _glue(text: str, following: str) -> tuple[str, str]:
    if re.search(r"[A-Za-z]-$", text) and following[:1].islower():
        return text[:-1] + following, "하이픈을 지우고 이음"
    last = text.split()[-1] if text.split() else ""
    one_syllable = len(last) == 1 and HANGUL.match(last)
    if HANGUL.search(text[-1:]) and HANGUL.match(following):
        first = following.split()[0]
        verb = VERB_ENDING.match(first) and not PARTICLE_END.search(last)
        if (one_syllable or ATTACHES.match(following) or verb) and first not in APART and last not in APART:
            return text + following, "붙여 이음"
    return text + " " + following, "띄어 이음"
