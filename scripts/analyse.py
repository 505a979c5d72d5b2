"""Korean morphological analysis (kiwipiepy), shared by theme matching and the search index.

``Analyser.tokens(text)`` gives the *content* tokens of a text — nouns, Latin words, numbers,
verb and adjective stems — with particles, endings and punctuation dropped, Latin lower-cased
and spaces inside a form removed, each with its character offsets:

    "엔비디아가 애플을 제치고" → 엔비디아(0–4) 애플(6–8) 제치(10–12)
    "오픈 AI의 CEO"          → 오픈(0–2) ai(3–5) ceo(7–10)

The analyser is built once per process with a user dictionary that keeps the edition's proper
nouns whole, and each essay's analysis is cached on disk by content hash, so a rebuild
re-analyses only what changed; the model (~1 s to load) is loaded only when something did.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections.abc import Iterable
from functools import cached_property, lru_cache
from pathlib import Path
from typing import NamedTuple

# Tags that carry no searchable meaning: particles (J*), endings (E*), copula, suffixes, symbols.
DROP_TAGS = re.compile(r"^(J|E|VCP|VCN|XS|XP|S[FPSEOW]|W_|UN|Z)")
VERSION = "kiwi-1"  # bump when the token rules change: it invalidates the cache


class Token(NamedTuple):  # a tuple: millions are made at scale, and it is its own cache row
    form: str  # normalised: Latin lower-cased, no spaces
    tag: str
    start: int
    end: int


def normalise(form: str) -> str:
    return "".join(form.split()).lower()


class Analyser:
    def __init__(self, user_words: Iterable[str] = ()) -> None:
        self.user_words = tuple(sorted(set(user_words)))
        self.signature = hashlib.sha256("\n".join((VERSION, *self.user_words)).encode()).hexdigest()[:16]

    @cached_property
    def kiwi(self):
        """The model, loaded on first use: a build whose analyses are all cached never loads it."""
        from kiwipiepy import Kiwi

        kiwi = Kiwi()
        for word in self.user_words:
            kiwi.add_user_word(word, "NNP", 0)
        return kiwi

    def tokens(self, text: str) -> tuple[Token, ...]:
        return self.tokens_many([text])[0]

    def tokens_many(self, texts: list[str]) -> list[tuple[Token, ...]]:
        # One call per text: Kiwi's batch mode runs on a thread pool that is ~2.5x slower here.
        results = [self.kiwi.tokenize(text) for text in texts]
        return [
            tuple(
                Token(normalise(t.form), t.tag, t.start, t.start + t.len)
                for t in result
                if not DROP_TAGS.match(t.tag) and t.form.strip()
            )
            for result in results
        ]


@lru_cache(maxsize=4)
def analyser(user_words: tuple[str, ...]) -> Analyser:
    """One analyser per user dictionary for the life of the process (mkdocs serve rebuilds reuse it)."""
    return Analyser(user_words)


def analyse_cached(an: Analyser, texts: list[str], cache_dir: Path | None) -> list[tuple[Token, ...]]:
    """Tokens for ``texts``, read from ``cache_dir`` when this exact input was analysed before."""
    if cache_dir is None:
        return an.tokens_many(texts)
    key = hashlib.sha256("\x00".join((an.signature, *texts)).encode()).hexdigest()
    path = cache_dir / f"{key}.json"
    if path.exists():
        rows = json.loads(path.read_text(encoding="utf-8"))
        return [tuple(Token._make(t) for t in row) for row in rows]
    result = an.tokens_many(texts)
    cache_dir.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f"{path.stem}.{os.getpid()}.tmp")  # two builds at once each write their own
    tmp.write_text(json.dumps(result, ensure_ascii=False), encoding="utf-8")
    tmp.replace(path)
    return result
