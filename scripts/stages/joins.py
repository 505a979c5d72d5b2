"""Lines of a PDF copy broken at the page's width, joined again: ``Lines`` → ``Lines``.

Only for a text the survey found to be a PDF copy (page numbers and running heads), and not on
its cover (the first block of lines): a line of prose that ends without closing its sentence
("…빅테크 4사(마이크로소프트, 알파벳,") runs on into the next line unless that one opens an
item of its own (□, ○, -, "1.", a footnote "1)", "주:"), is a heading or a table cell. A footnote between the two halves of a sentence
split by a page break stays, after the joined sentence.

Korean report text breaks mid-word as often as between words, so the space is a guess, named in
the apparatus: no space before a particle or copula ("것" + "으로", "전망이" + "다."), after a
lone syllable ("…이" + "에 따라" → "이에 따라") or before an ending ("부담" + "이 빅테크의" →
"부담이"); a space otherwise and after a word of one syllable that stands alone ("그", "약");
an English word hyphenated at the line end loses its hyphen ("hyper-" + "scaler").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..records import Line
from .page import NOMINAL

# A sentence closed: punctuation, or a report's noun endings (…임, …함, …됨), a footnote mark after.
# (Not "요": a report's line ends in "…총수요" mid-sentence; a polite "…요" sentence ends with a stop.)
CLOSED = re.compile(r"(?:[.!?。…:：]|[다음함임됨])(?:\d{1,2}\))?[\"'”’)\]」』]*$")
# Any syllable closed by ㅁ ends a short last piece of a report's sentence ("…증" + "액 방침을 밝힘").
NOMINAL_END = re.compile(rf"[{NOMINAL}]$")
# A section heading numbered in Roman numerals ("Ⅱ. …", "II. …"): never a broken sentence.
SECTION = r"(?:[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ]+|I{1,3}|IV|VI{0,3}|IX|X)\.\s"
# A line that opens something of its own: an item, a numbered heading, a footnote, a table caption.
# ("다. …" after an open line ends a word broken at the page's width — "…전망이" + "다." — it is not
# the item "다." of a list.)
OPENS = re.compile(rf"^(?:[□■○●◦•▪▫◆◇※\-–—·]|\(?\d{{1,2}}[.)]\s|{SECTION}|<\s?(?:표|그림)|\[(?:표|그림))")
NOT_PROSE = re.compile(rf"^(?:<\s?(?:표|그림)|\[(?:표|그림)|(?:자료|출처|주)\s?[:：]|※|{SECTION})")
# A footnote at the foot of a page: "1) …", "주: 2) …", "* …".
FOOTNOTE = re.compile(r"^(?:\d{1,2}\)|주\s?[:：]\s?(?:\d{1,2}\))?|\*{1,3})\s")
HANGUL = re.compile(r"[가-힣]")
# Syllables that attach to the word before them: particles and endings, the likely start of a
# line broken inside a word ("이 빅테크의", "는 경쟁", "가 소수").
ATTACHES = re.compile(r"^(?:[이가은는을를의에로와과도만해하되된될적들며고서])(?:\s|[,.)]|$)")
# A particle or a copula that always joins the word before it, whatever that word is: "것" +
# "으로 예상된다", "전망이" + "다.", "2025" + "년", "HBM" + "도".
PARTICLE = re.compile(
    r"^(?:으로|로서|로써|에서|에게|까지|부터|처럼|보다|이다|이며|이고|이나|이라|다[.,]|년|월|일|도|는|은|를|을|의|에|와|과)"
    r"(?=\s|[,.)]|$)"
)
# A verb's ending on a noun: "임대" + "하는 사업" → "임대하는" (unless a particle ends the noun).
VERB_ENDING = re.compile(r"^(?:하|되|시키|시켜|해|돼)[가-힣]*")
PARTICLE_END = re.compile(r"[을를이가은는에의도로와과]$")
# Words written apart although one syllable long ("연계" + "등 전력", "그" + "증설이").
APART = frozenset("등 및 수 것 중 간 때 약 총 그 저 각 매 두 세 네 몇".split())
MIN_BROKEN = 25  # characters: a line shorter than this was not broken by the page's width
SHORT_END = 10  # characters: a shorter next line is joined only when it closes the sentence


@dataclass(frozen=True)
class Join:
    numbers: tuple[int, ...]
    how: str  # Korean: how the halves were joined


def join_broken_lines(
    lines: tuple[Line, ...], titles: frozenset[int] = frozenset()
) -> tuple[tuple[Line, ...], list[Join]]:
    """Join each open line after the cover (the text's first block) with the line that continues it;
    the title and subtitle (source line numbers), wherever the cover ends, run on into nothing."""
    first = next((i for i, line in enumerate(lines) if line.text.strip()), len(lines))
    cover = next((i for i in range(first, len(lines)) if not lines[i].text.strip()), len(lines))
    follows = {
        i: j
        for i in range(cover, len(lines))
        if not titles & set(lines[i].numbers) and (j := _continuation(lines, i)) is not None
    }
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


def _continuation(lines: tuple[Line, ...], i: int) -> int | None:
    """The index of the line that continues line ``i``, or None."""
    text = lines[i].text.strip()
    hyphenated = bool(re.search(r"[A-Za-z]-$", text))
    if len(text) < MIN_BROKEN and not hyphenated:
        return None  # a heading, a table cell
    if CLOSED.search(text) or NOT_PROSE.match(text) or FOOTNOTE.match(text):
        return None
    j = i + 1
    while j < len(lines) and (not lines[j].text.strip() or FOOTNOTE.match(lines[j].text.strip())):
        j += 1  # a footnote at the foot of the page between the two halves stays where it is
    if j >= len(lines):
        return None
    following = lines[j].text.strip()
    short = len(following) < SHORT_END and not (CLOSED.search(following) or NOMINAL_END.search(following))
    if OPENS.match(following) or short:
        return None
    return j


def _glue(text: str, following: str) -> tuple[str, str]:
    if re.search(r"[A-Za-z]-$", text) and following[:1].islower():
        return text[:-1] + following, "하이픈을 지우고 이음"
    last = text.split()[-1] if text.split() else ""
    if re.search(r"[\w)]$", text) and PARTICLE.match(following):
        return text + following, "붙여 이음"  # a particle or copula never starts a word
    if HANGUL.search(text[-1:]) and HANGUL.match(following):
        first = following.split()[0]
        one_syllable = len(last) == 1 and last not in APART
        verb = VERB_ENDING.match(first) and not PARTICLE_END.search(last)
        if (one_syllable or ATTACHES.match(following) or verb) and first not in APART and last not in APART:
            return text + following, "붙여 이음"
    return text + " " + following, "띄어 이음"
