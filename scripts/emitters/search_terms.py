"""What a paragraph is found by beyond its analysed tokens (used by ``search.py``).

- **Numbers as readers write them.** ``5천억 달러``, ``5,000억 달러`` and ``5000억달러`` are one
  amount; ``1.4조`` = ``1조4천억``; ``두 배`` = ``2배``; ``3.8기가와트`` = ``3.8GW``. Every amount
  in the text is indexed in one canonical spelling, alone and with its unit (``5000억``,
  ``5000억달러``), and ``worker.js`` spells the reader's numbers the same way. ``NUMBERS`` travels
  in the index's config so both sides read one table; the shared cases in
  ``tests/cases/search/numbers.json`` hold the two implementations together.
- **Surface forms** of words the analyser cuts into one-syllable pieces (``넘사벽일테니까요`` →
  넘/사/벽, ``허니팟`` → 허니/파), minus a trailing particle, as ``~넘사벽일테니까요``: the
  worker looks there only when the analysed terms find nothing.
- **Concepts.** A paragraph that names a theme by any of its aliases carries ``@c:<theme>``; one
  the editors tagged with it (it speaks to the theme without naming it) carries ``@ct:<theme>``.
  A query naming the theme finds both, below paragraphs that contain the words themselves.
  A paragraph using a word of an editors' concept (``seeds/concepts.yml``: 수출 제한 = export
  controls) carries ``@k:<concept>``, found by every word of the concept.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from ..analyse import Token
from ..korean import MIEUM, final_consonant
from ..records import Mention

# The amounts' grammar (worker.js numberTerms mirrors it): digits (thousands commas, decimals),
# then 천/백/십 and 만/억/조, more groups after a 만/억/조 (1조 4천억), then an optional unit.
DIGITS = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
GROUP = DIGITS + r"[천백십]?"
AMOUNT = re.compile(rf"(?<![\d.,]){GROUP}(?:[만억조](?: ?{GROUP}[만억조])*)?")
# Native numerals (석 달, 넉 달: 3 and 4 before 달) and the counters they take, as the index spells
# them (달 counts months: 넉 달 = 4개월; 해 counts years: 두 해 = 2년).
NATIVE = {
    "한": 1, "두": 2, "세": 3, "석": 3, "네": 4, "넉": 4, "다섯": 5, "여섯": 6, "일곱": 7, "여덟": 8, "아홉": 9,
    "열": 10, "스무": 20,
}  # fmt: skip
NATIVE_UNITS = {"배": "배", "개": "개", "번": "번", "명": "명", "가지": "가지", "곳": "곳", "차례": "차례"}
NATIVE_UNITS |= {"달": "개월", "해": "년"}
# 달 and 해 also begin other words (한 달러 is a dollar, 해결 a solution): as counters they end the
# word or take a particle or a counter's suffix (한 달간, 두 해 동안, 석 달 만에)
COUNTER_END = r"(?=$|[^가-힣]|(?:간|째|씩|치|이|가|은|는|을|를|의|에|로|으로|도|만|이나|에서|부터|까지)(?![가-힣]))"
UNITS = {  # what readers write → one spelling
    "달러": "달러",
    "불": "달러",
    "원": "원",
    "엔": "엔",
    "위안": "위안",
    "유로": "유로",
    "%": "%",
    "퍼센트": "%",
    "프로": "%",
    "배": "배",
    "개월": "개월",
    "개": "개",
    "명": "명",
    "년대": "년대",  # 80년대 = 1980년대 (decade)
    "세기": "세기",  # 21세기; a year is also found by its century (1848년 → 19세기)
    "년": "년",
    "번": "번",
    "기가와트": "gw",
    "gw": "gw",
    "메가와트": "mw",
    "mw": "mw",
    "킬로와트": "kw",
    "kw": "kw",
    "테라와트": "tw",
    "tw": "tw",
    "나노": "nm",
    "nm": "nm",
    "월": "월",  # dates: 2022.11.30 is read as 2022년 11월 30일
    "일": "일",
}
# Power in the largest of its units the value reaches, as one spelling: 3,800메가와트 = 3.8GW
POWER = {"kw": 1e3, "mw": 1e6, "gw": 1e9, "tw": 1e12}
# Durations said in words, as the index spells them (spaces between the parts optional: 한 세기, 십 년)
NUMBER_WORDS = {
    "반세기": "50년", "한세기": "100년", "두세기": "200년", "반백년": "50년", "백년": "100년", "천년": "1000년",
    "십년": "10년", "이십년": "20년", "삼십년": "30년", "사십년": "40년", "오십년": "50년", "육십년": "60년",
    "칠십년": "70년", "팔십년": "80년", "구십년": "90년",
    # days counted in native words (이틀 = 2일, 일주일 = 7일); 하루 is left out: "하루 만에" is no date's 1일
    "이틀": "2일", "사흘": "3일", "나흘": "4일", "닷새": "5일", "엿새": "6일", "일주일": "7일", "열흘": "10일", "보름": "15일",
}  # fmt: skip
# Amounts written in English or with a currency sign ($7 trillion, 7 trillion dollars, $500M, US$ 40bn):
# the same amount in Korean (7조 달러) before the amounts are read. A one-letter scale needs the sign
# ($7T; a 7B model is no money), and a bare number needs a sign or a currency word.
SCALES = {"thousand": 1e3, "million": 1e6, "mn": 1e6, "billion": 1e9, "bn": 1e9, "trillion": 1e12, "tn": 1e12}
LETTER_SCALES = {"k": 1e3, "m": 1e6, "b": 1e9, "t": 1e12}
CURRENCIES = {
    "$": "달러", "us$": "달러", "usd": "달러", "dollar": "달러", "dollars": "달러", "₩": "원", "krw": "원", "won": "원",
    "€": "유로", "eur": "유로", "euro": "유로", "euros": "유로", "yen": "엔", "yuan": "위안", "rmb": "위안",
}  # fmt: skip
NUMBERS = {
    "units": UNITS,
    "native": NATIVE,
    "native_units": NATIVE_UNITS,
    "words": NUMBER_WORDS,
    "scales": SCALES,
    "letter_scales": LETTER_SCALES,
    "currencies": CURRENCIES,
}
MYRIADS = {"만": 10**4, "억": 10**8, "조": 10**12}
FACTORS = {"천": 1000, "백": 100, "십": 10}
GROUP_PARTS = re.compile(rf"({DIGITS})([천백십]?)([만억조]?)")
NATIVE_AMOUNT = re.compile(
    rf"(?<![가-힣])({'|'.join(sorted(NATIVE, key=len, reverse=True))}) ?"
    rf"(달{COUNTER_END}|해{COUNTER_END}|{'|'.join(u for u in NATIVE_UNITS if u not in ('달', '해'))})"
)
WORD_NUMBER = re.compile(
    "(?<![가-힣])(" + "|".join(" ?".join(w) for w in sorted(NUMBER_WORDS, key=len, reverse=True)) + f"){COUNTER_END}"
)
# Amounts said by their order of magnitude (수백억 달러 = some hundreds of 억): 400억 is one, 1.4조 is 수조
ROUGH = re.compile(r"(?<![가-힣])수(십|백|천)? ?([만억조])")
MAGNITUDES = ((1000, "천"), (100, "백"), (10, "십"), (1, ""))
UNIT = re.compile(" ?(" + "|".join(sorted(map(re.escape, UNITS), key=len, reverse=True)) + ")", re.IGNORECASE)
# The first amount of a range takes the unit of the second: 3~5배 → 3배 and 5배, 1970~1980년대 → both decades
RANGE = re.compile(rf" ?[~∼〜–] ?{GROUP}(?:[만억조](?: ?{GROUP}[만억조])*)?")


SIGNS = "|".join(re.escape(c) for c in sorted(CURRENCIES, key=len, reverse=True) if not c.isalpha())
NAMES = "|".join(sorted((c for c in CURRENCIES if c.isalpha()), key=len, reverse=True))
ENGLISH_AMOUNT = re.compile(
    rf"(?<![A-Za-z0-9_.$])(?:({SIGNS}) ?)?(\d[\d,]*(?:\.\d+)?)(?: ?({'|'.join(SCALES)})s?|([kmbt]))?(?: ?({NAMES}))?(?![a-z])",
    re.IGNORECASE,
)
# A fraction as Korean writes it (20분의 1): one number, 20분의1 (the worker also reads 1/20 so)
FRACTION = re.compile(r"(?<![\d.])(\d+) ?분의 ?(\d+)(?![\d.])")
# A multiple written the English way (10x, 3.5×, ×10, 10 times): 10배 (x86, 4x4, 1920x1080 are none)
MULTIPLE = re.compile(
    r"(?<![A-Za-z0-9_.])(?:(\d+(?:\.\d+)?) ?(?:[x×]|times)|× ?(\d+(?:\.\d+)?))(?![A-Za-z0-9])", re.IGNORECASE
)
# A date in digits (2022.11.30, 2022. 11. 30., 2022-11-30, 2022/11/30) as Korean writes it out
DATE = re.compile(r"(?<![\d.])((?:19|20)\d\d)(\. ?|-|/)(\d{1,2})\2(\d{1,2})(?:\.(?!\d))?(?![\d/-])")
# An amount in Sino-Korean numerals (백삼십조, 이천오백억, 삼조 오천억): digits. Alone it must be three
# syllables or more with a myriad (백조 is a swan, 천만다행 no amount); before a unit two will do (백조 원),
# and a number below 만 needs 십, 백 or 천 (이 년 is "this year" as often as two years).
HANGUL_DIGITS = dict(zip("일이삼사오육칠팔구", range(1, 10)))
HANGUL_NUMBER = re.compile(r"(?<![가-힣\d.,])[일이삼사오육칠팔구십백천만억조]+(?: [일이삼사오육칠팔구십백천만억조]+)*")
HANGUL_GROUP = (
    r"(?:[일이삼사오육칠팔구]?천)?(?:[일이삼사오육칠팔구]?백)?(?:[일이삼사오육칠팔구]?십)?[일이삼사오육칠팔구]?"
)
HANGUL_WHOLE = re.compile(rf"(?:{HANGUL_GROUP}조)?(?:{HANGUL_GROUP}억)?(?:{HANGUL_GROUP}만)?{HANGUL_GROUP}")
HANGUL_ENDS = ("을", "를", "이", "가", "은", "는", "의", "에", "도", "로", "만", "까지", "부터")


def spelt_amount(value: float, written: str = "") -> str:
    """A value in the canonical spelling: in the largest of 조, 억, 만 it reaches (7e12 → ``7조``, 5e6 →
    ``500만``), else in the myriad it was written with (``0.5만``), else bare (``500``)."""
    unit = next((m for m in ("조", "억", "만") if value >= MYRIADS[m]), written)
    return _decimal(value / MYRIADS.get(unit, 1)) + unit


def hangul_number(written: str, after: str) -> str | None:
    """``백삼십조`` → ``130조``, ``삼천만`` → ``3000만``; None when the syllables are no amount here
    (``after``: the text that follows them)."""
    joined = written.replace(" ", "")
    unit = UNIT.match(after)
    ended = not after or not HANGUL.match(after) or after.startswith(HANGUL_ENDS)
    myriad = any(m in joined for m in MYRIADS)
    if not HANGUL_WHOLE.fullmatch(joined) or not (
        unit and (myriad or any(f in joined for f in FACTORS)) or ended and myriad and len(joined) >= 3
    ):
        return None
    total, group, digit = 0, 0, 0
    for ch in joined:
        if ch in HANGUL_DIGITS:
            digit = HANGUL_DIGITS[ch]
        elif ch in FACTORS:
            group, digit = group + (digit or 1) * FACTORS[ch], 0
        else:
            total, group, digit = total + ((group + digit) or 1) * MYRIADS[ch], 0, 0
    total += group + digit
    return spelt_amount(total) if myriad else str(total)


def _hangul_numbers(text: str) -> str:
    return HANGUL_NUMBER.sub(lambda found: hangul_number(found.group(), text[found.end() :]) or found.group(), text)


def _dates(text: str) -> str:
    def spell(found: re.Match) -> str:
        year, _, month, day = found.groups()
        if not (1 <= int(month) <= 12 and 1 <= int(day) <= 31):
            return found.group()
        return f"{year}년 {int(month)}월 {int(day)}일"

    return DATE.sub(spell, text)


def spoken_amounts(text: str) -> str:
    """``$7 trillion`` → ``7조 달러``, ``20분의 1`` → ``20분의1``, ``백삼십조`` → ``130조``,
    ``2022.11.30`` → ``2022년 11월 30일``; a number without a sign, a scale word or a currency stays."""

    def spell(found: re.Match) -> str:
        sign, digits, scale, letter, name = found.groups()
        if letter and not sign or not (sign or scale or name):
            return found.group()
        factor = SCALES[scale.lower()] if scale else LETTER_SCALES[letter.lower()] if letter else 1
        currency = CURRENCIES[(sign or name).lower()] if sign or name else ""
        amount = spelt_amount(float(digits.replace(",", "")) * factor)
        return f"{amount} {currency}".strip()

    text = _hangul_numbers(_dates(text))
    return MULTIPLE.sub(
        lambda m: f"{m.group(1) or m.group(2)}배", FRACTION.sub(r"\1분의\2", ENGLISH_AMOUNT.sub(spell, text))
    )


def canonical_amount(text: str) -> str:
    """``5천억`` → ``5000억``, ``1조 4천억`` → ``1.4조``, ``1,000`` → ``1000``, ``3.8`` → ``3.8``."""
    total, myriads = 0.0, []
    for digits, factor, myriad in GROUP_PARTS.findall(text):
        total += float(digits.replace(",", "")) * FACTORS.get(factor, 1) * MYRIADS.get(myriad, 1)
        if myriad:
            myriads.append(myriad)
    return spelt_amount(total, myriads[-1]) if myriads else _decimal(total)


def _decimal(value: float) -> str:
    return f"{round(value, 4):.4f}".rstrip("0").rstrip(".")


def with_unit(amount: str, unit: str) -> str:
    """An amount and its unit in one spelling; a decade in four digits, as readers mean two
    (80년대 → 1980년대, 20년대 → 2020년대)."""
    if unit == "년대" and amount.isdigit() and len(amount) <= 2:
        amount = str((2000 if int(amount) < 30 else 1900) + int(amount))
    if unit in POWER and amount[-1:].isdigit():
        watts = float(amount) * POWER[unit]
        unit = next((u for u in ("tw", "gw", "mw") if watts >= POWER[u]), "kw")
        amount = _decimal(watts / POWER[unit])
    return amount + unit


def _unit_after(text: str, end: int) -> re.Match | None:
    """The unit after an amount, or after the amount closing the range it opens (3~5배)."""
    unit = UNIT.match(text, end)
    if unit:
        return unit
    other = RANGE.match(text, end)
    return UNIT.match(text, other.end()) if other else None


def magnitude(amount: str) -> str | None:
    """The order of magnitude readers say for an amount in 만/억/조: 400억 → 수백억, 1.4조 → 수조."""
    if amount[-1:] not in MYRIADS:
        return None
    value = float(amount[:-1])
    return next((f"수{word}{amount[-1]}" for size, word in MAGNITUDES if value >= size), None)


def period_terms(amount: str, unit: str) -> list[str]:
    """A year or a decade is also found by its century and its hundred: 1848년 → 19세기, 1800년대;
    1970년대 → 20세기, 1900년대 (as readers say them: 1900년대 is the 20th century); a year by its
    decade too (1848년 → 1840년대, 2024년 → 2020년대). This century has no hundred: readers count
    its decades, and 2000년대 is 2000–2009 (2024년 is no 2000년대; the century is 21세기)."""
    if unit not in ("년", "년대") or not amount.isdigit() or not 1000 <= int(amount) <= 2999:
        return []
    year = int(amount)
    hundred = [f"{year // 100 * 100}년대"] if year < 2000 else []
    decade = [f"{year // 10 * 10}년대"] if unit == "년" else []
    return [f"{year // 100 + 1}세기", *hundred, *decade]


def number_terms(text: str) -> list[str]:
    """Every amount in ``text``, canonical, alone and joined with its unit (``5000억``, ``5000억달러``),
    with its order of magnitude (``수천억``), a year with its century; number words (반세기 → 50년)."""
    terms, text = [], spoken_amounts(text)
    terms += [f"{d}분의{n}" for d, n in FRACTION.findall(text)]  # one number; its parts below too
    for found in AMOUNT.finditer(text):
        amount = canonical_amount(found.group())
        unit = _unit_after(text, found.end())
        rough = magnitude(amount)
        terms += [amount, *([rough] if rough else [])]
        if unit:
            spelt = UNITS[unit.group(1).lower()]
            terms.append(with_unit(amount, spelt))
            terms += [rough + spelt] if rough else []
            terms += period_terms(with_unit(amount, spelt)[: -len(spelt)], spelt)
    for found in NATIVE_AMOUNT.finditer(text):
        terms.append(f"{NATIVE[found.group(1)]}{NATIVE_UNITS[found.group(2)]}")
    for found in WORD_NUMBER.finditer(text):
        terms.append(NUMBER_WORDS[found.group(1).replace(" ", "")])
    for found in ROUGH.finditer(text):
        rough = f"수{found.group(1) or ''}{found.group(2)}"
        unit = UNIT.match(text, found.end())
        terms += [rough, *([rough + UNITS[unit.group(1).lower()]] if unit else [])]
    return terms


HANGUL = re.compile(r"[가-힣]")
WORD = re.compile(r"[^\s'\"“”‘’()\[\]{}<>.,!?:;·…~/]+")
WHOLE = ("NNB", "NR", "MM", "SN", "NP")  # one-syllable tokens that are no sign of a bad cut


def _nominal(surface: str) -> bool:
    """A word closed by a noun-making ending: 기 or a syllable with a final ㅁ (미리보기, 새로고침)."""
    return bool(HANGUL.match(surface[-1])) and (surface.endswith("기") or final_consonant(surface) == MIEUM)


def surface_terms(text: str, tokens: tuple[Token, ...], particles: list[str]) -> list[str]:
    """``~`` + a word the analyser cut into pieces, one of them a lone syllable (넘/사/벽), or read as
    the verbs it was made from (새로고침 → 새로 + 고치, 끼워팔기 → 끼우 + 팔): a compound noun the
    reader types whole."""
    out = []
    tokens = sorted(tokens, key=lambda t: t.start)
    starts = [t.start for t in tokens]
    for word in WORD.finditer(text):
        # only the tokens from the word's start on (a scan of every token per word made one very
        # long line cost minutes)
        first, after = bisect_left(starts, word.start()), bisect_left(starts, word.end())
        inside = [t for t in tokens[first:after] if t.end <= word.end()]
        lone = [t for t in inside if len(t.form) == 1 and HANGUL.match(t.form) and not t.tag.startswith(WHOLE)]
        if len(inside) < 2 or not HANGUL.search(word.group()):
            continue
        surface = word.group().lower()
        for particle in particles:  # longest first
            if len(surface) > len(particle) + 1 and surface.endswith(particle):
                surface = surface[: -len(particle)]
                break
        verbs = any(t.tag.startswith("V") for t in inside)
        if lone or (verbs and _nominal(surface)):
            out.append("~" + surface)
    return out


# A mimetic word said twice or more, spaced or not ("두근 두근 두근", "두근두근", "반짝반짝"): a reader
# types it either way, and the analyser reads neither as the word (두/근: "two" and a unit of weight).
REDUPLICATED = re.compile(r"(?<![가-힣])([가-힣]{2,3})(?: ?\1)+(?![가-힣])")


def reduplicated_terms(text: str) -> list[str]:
    """The word once and twice over for every reduplicated word: 두근 두근 → 두근, 두근두근."""
    return [term for found in REDUPLICATED.finditer(text) for term in (found.group(1), found.group(1) * 2)]


def mention_terms(mentions: tuple[Mention, ...], synonyms: dict[str, set[str]], normalise) -> list[str]:
    """Alias-group terms (entities, glossary terms, a theme's synonyms) and concept terms."""
    out = []
    for m in mentions:
        if m.kind == "theme":
            out.append(f"@ct:{m.target}" if m.tagged else f"@c:{m.target}")
            if not m.tagged and normalise(m.text) in synonyms.get(m.target, ()):
                out.append(f"@th:{m.target}")
        elif m.kind == "concept":
            out.append(f"@k:{m.target}")
        elif not m.tagged:
            out.append(f"@e:{m.target}" if m.kind == "entity" else f"@t:{m.target}")
    return out


STOPWORDS = set("a an and or the of to in on for with by who what how its ai".split())


def english_words(label: str) -> list[str]:
    """The content words of an English label, singular too: "AI chips and GPUs" → chips, chip, gpus, gpu."""
    words = [w for w in re.findall(r"[a-z]+", label.lower()) if w not in STOPWORDS and len(w) > 2]
    return words + [w[:-1] for w in words if w.endswith("s") and len(w) > 3]
