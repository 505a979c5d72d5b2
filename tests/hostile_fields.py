"""Hostile strings in every field a seed or an editor fills: the placements a test build makes.

``FIELDS`` names each place a string can enter the edition (a seed's first line and text, its
file name, every text field of the editors' YAML) with a function that writes a value there.
``plan`` spreads the payloads over every instance of every field (round robin, a different
offset per build), and ``place`` checks each placement on its own with the edition's readers:
a value the edition refuses must be refused with one clean ``file:line: message``; a value it
accepts is kept, and all kept placements go into one build that the browser test then reads.
"""

from __future__ import annotations

import copy
import re
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from scripts.readers import seeds as seeds_reader
from scripts.readers.debate import load_debate
from scripts.readers.seeds import read_seeds
from scripts.readers.themes import load_editorial
from scripts.records import EditionError
from scripts.stages.clean import clean
from scripts.stages.load import load_sources
from scripts.stages.structure import structure

HOSTILE = Path(__file__).parent / "hostile"
CLEAN_ERROR = re.compile(r"^seeds/[^\n:]+(?::\d+){0,2}: [^\n]+$")
MARKER = "zqxhostile"  # a word in every hostile seed, for the search test (Latin: indexed whole)
LONG_LIMIT = 200_000  # characters: longer payloads are cut (the 2 MB seed limit is tested elsewhere)


@dataclass(frozen=True)
class Payload:
    id: str
    text: str
    category: str


def payloads(name: str) -> list[Payload]:
    data = yaml.safe_load((HOSTILE / "payloads" / f"{name}.yml").read_text(encoding="utf-8"))
    out = []
    for p in data["payloads"]:
        text = p["text"] * p.get("repeat", 1)
        out.append(Payload(p["id"], text[:LONG_LIMIT], p["category"]))
    return out


_PARSED: dict[bytes, Any] = {}


def _read_yaml_once(shown: str, raw: bytes) -> Any:
    """The readers' parse, remembered by content: a check changes one file, the rest parse once.
    (The readers never change what they parsed.)"""
    key = shown.encode() + b"\0" + raw
    if key not in _PARSED:
        _PARSED[key] = _READ_YAML(shown, raw)
    return _PARSED[key]


_READ_YAML = seeds_reader.read_yaml
seeds_reader.read_yaml = _read_yaml_once


# ---------------------------------------------------------------- where strings enter


@dataclass(frozen=True)
class Field:
    name: str
    file: str  # seeds/<file>, or "seed" for a new seed text, "name" for a seed's file name
    instances: Callable[[dict], list[Callable[[str], None]]]  # setters, one per place in the data


def _each(path: str, key: str) -> Callable[[dict], list[Callable[[str], None]]]:
    """Setters for ``key`` of every entry of the top-level list ``path``."""

    def instances(data: dict) -> list[Callable[[str], None]]:
        return [lambda value, entry=entry: entry.__setitem__(key, value) for entry in data.get(path) or []]

    return instances


def _appended(path: str, key: str) -> Callable[[dict], list[Callable[[str], None]]]:
    def instances(data: dict) -> list[Callable[[str], None]]:
        return [lambda value, e=entry: e.setdefault(key, []).append(value) for entry in data.get(path) or []]

    return instances


def _fact(key: str) -> Callable[[dict], list[Callable[[str], None]]]:
    def instances(data: dict) -> list[Callable[[str], None]]:
        return [lambda value, e=e: e.__setitem__(key, {"value": value, "status": "supplied"}) for e in data["essays"]]

    return instances


def _note(key: str) -> Callable[[dict], list[Callable[[str], None]]]:
    def instances(data: dict) -> list[Callable[[str], None]]:
        def setter(value: str, e: dict) -> None:
            fact = e.get(key)
            e[key] = {**fact, "note": value} if isinstance(fact, dict) else {"value": None, "note": value}

        return [lambda value, e=e: setter(value, e) for e in data["essays"]]

    return instances


def _stances(key: str) -> Callable[[dict], list[Callable[[str], None]]]:
    def instances(data: dict) -> list[Callable[[str], None]]:
        return [
            lambda value, s=stance: s.__setitem__(key, value)
            for question in data["questions"]
            for stance in question["stances"].values()
        ]

    return instances


def _groups(data: dict) -> list[Callable[[str], None]]:
    return [
        lambda value, q=question, g=group: q["groups"].__setitem__(g, value)
        for question in data["questions"]
        for group in question["groups"]
    ]


def _timeline(key: str) -> Callable[[dict], list[Callable[[str], None]]]:
    return _each("timeline", key)


NEW_SEEDS = 6  # hostile seeds added per build (their first line is their title)
RETRIES = 3  # payloads tried in one place until one is accepted (short fields refuse long ones)
TOO_LONG = re.compile(r"characters; at most ([\d,]+)")

FIELDS = (
    Field("seed first line", "seed", lambda data: [None] * NEW_SEEDS),
    Field("seed text line", "seed-body", lambda data: [None] * NEW_SEEDS),
    Field("seed file name", "name", lambda data: [None] * 2),
    Field("essay title", "edition.yml", _fact("title")),
    Field("essay author", "edition.yml", _fact("author")),
    Field("essay platform", "edition.yml", _fact("platform")),
    Field("essay kind", "edition.yml", _fact("kind")),
    Field("essay gist", "edition.yml", _each("essays", "gist")),
    Field("essay short name", "edition.yml", _each("essays", "short")),
    Field("essay date note", "edition.yml", _note("date")),
    Field("theme label", "themes.yml", _each("themes", "label")),
    Field("theme label_en", "themes.yml", _each("themes", "label_en")),
    Field("theme description", "themes.yml", _each("themes", "description")),
    Field("theme alias", "themes.yml", _appended("themes", "aliases")),
    Field("theme synonym", "themes.yml", _appended("themes", "synonyms")),
    Field("entity label", "themes.yml", _each("entities", "label")),
    Field("entity label_en", "themes.yml", _each("entities", "label_en")),
    Field("glossary term", "glossary.yml", _each("terms", "term")),
    Field("glossary definition", "glossary.yml", _each("terms", "definition")),
    Field("note text", "annotations.yml", _each("notes", "text")),
    Field("note source", "annotations.yml", _each("notes", "source")),
    Field("question text", "questions.yml", _each("questions", "text")),
    Field("question id", "questions.yml", _each("questions", "id")),
    Field("stance group label", "questions.yml", _groups),
    Field("stance label", "questions.yml", _stances("label")),
    Field("stance summary", "questions.yml", _stances("summary")),
    Field("claim text", "claims.yml", _each("claims", "text")),
    Field("figure label", "figures.yml", _each("figures", "label")),
    Field("figure id", "figures.yml", _each("figures", "id")),
    Field("figure unit", "figures.yml", _each("figures", "unit")),
    Field("figure qualifier", "figures.yml", _each("figures", "qualifier")),
    Field("event label", "figures.yml", _timeline("label")),
)


# ---------------------------------------------------------------- placing payloads


@dataclass
class Outcome:
    field: str
    payload: str
    refused: str | None  # the edition's message when it refused the value


def plan(build: int, count: int) -> list[tuple[Field, int, int]]:
    """(field, instance, payload index) for every instance of every field in build ``build``."""
    out, n = [], build * 7919  # a different payload for each place in each build
    for field in FIELDS:
        for instance in range(_instance_count(field)):
            out.append((field, instance, n % count))
            n += 1
    return out


_COUNTS: dict[str, int] = {}


def _instance_count(field: Field) -> int:
    if field.name not in _COUNTS:
        _COUNTS[field.name] = len(field.instances(_data(_base_seeds(), field.file)))
    return _COUNTS[field.name]


def _base_seeds() -> Path:
    return Path(__file__).resolve().parents[1] / "seeds"


def _data(seeds: Path, file: str) -> dict:
    if file in ("seed", "seed-body", "name"):
        return {}
    return yaml.safe_load((seeds / file).read_text(encoding="utf-8"))


def _dump(data: dict) -> str:
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=1 << 30)


def _next(items: list[Payload], start: int, limit: int | None) -> Payload:
    """The payload at ``start``, or the first after it within ``limit`` characters."""
    for step in range(len(items)):
        payload = items[(start + step) % len(items)]
        if limit is None or len(payload.text.strip()) <= limit:
            return payload
    return items[start % len(items)]


def _seed_name(payload: Payload, n: int) -> str:
    name = payload.text.replace("/", "_").replace("\x00", "")[:120]
    return f"8{n:02d}_{name}.txt"


def _seed_text(first: str, body: str, n: int) -> str:
    return f"{first}\n\n{MARKER} {n}번째 글의 첫 문단입니다.\n\n{body}\n\n엔비디아와 버블에 관한 마지막 문단입니다.\n"


def place(project: Path, build: int, items: list[Payload], edition) -> list[Outcome]:
    """Put this build's payloads into ``project``'s seeds, each checked alone; returns outcomes."""
    seeds = project / "seeds"
    outcomes: list[Outcome] = []
    datas: dict[str, dict] = {}
    firsts = ["" for _ in range(NEW_SEEDS)]
    bodies = ["평범한 본문입니다." for _ in range(NEW_SEEDS)]
    names: list[Payload] = []
    trial = project / "trial-seeds"
    shutil.copytree(seeds, trial)
    for field, instance, index in plan(build, len(items)):
        payload = items[index]
        if field.file in ("seed", "seed-body"):
            (firsts if field.file == "seed" else bodies)[instance] = payload.text
            continue
        if field.file == "name":
            names.append(payload)
            continue
        data = datas.setdefault(field.file, _data(seeds, field.file))
        limit = None
        for tried in range(RETRIES):  # a refused value is recorded; another payload tries this place
            payload = _next(items, index + tried, limit)
            changed = copy.deepcopy(data)
            field.instances(changed)[instance](payload.text)
            refused = _check(trial, field.file, _dump(changed), edition)
            outcomes.append(Outcome(field.name, payload.id, refused))
            if refused is None:
                field.instances(data)[instance](payload.text)
                break
            found = TOO_LONG.search(refused)
            limit = int(found.group(1).replace(",", "")) if found else limit
    shutil.rmtree(trial)
    for file, data in datas.items():
        (seeds / file).write_text(_dump(data), encoding="utf-8")
    for n in range(NEW_SEEDS):
        outcomes += _new_seed(seeds, f"8{n:02d}_hostile.txt", firsts[n] or "제목", bodies[n], n)
    for n, payload in enumerate(names):
        outcomes += _new_seed(seeds, _seed_name(payload, NEW_SEEDS + n), "파일 이름 시험", payload.text, NEW_SEEDS + n)
    return outcomes


def _new_seed(seeds: Path, name: str, first: str, body: str, n: int) -> list[Outcome]:
    text = _seed_text(first, body, n)
    trial = seeds.parent / "trial-seed"
    shutil.rmtree(trial, ignore_errors=True)
    trial.mkdir()
    try:
        (trial / name).write_text(text, encoding="utf-8", errors="surrogatepass")
    except OSError as exc:  # a name the file system refuses is no threat to the edition
        return [Outcome("seed file name", name, f"file system: {exc.strerror}")]
    refused = _refusal(lambda: [structure(clean(s)) for s in load_sources(read_seeds(trial))[0]])
    if refused is None:
        shutil.copy2(trial / name, seeds / name)
    shutil.rmtree(trial)
    return [Outcome("seed", name, refused)]


def _check(trial: Path, file: str, text: str, edition) -> str | None:
    """The refusal of ``text`` as ``file`` among the real seeds (``trial``, a copy), or None."""
    original = (trial / file).read_bytes()
    (trial / file).write_text(text, encoding="utf-8")
    try:
        if file == "edition.yml":
            return _refusal(lambda: load_sources(read_seeds(trial)))
        if file in ("themes.yml", "glossary.yml", "annotations.yml"):
            return _refusal(lambda: load_editorial(read_seeds(trial)))
        return _refusal(lambda: load_debate(read_seeds(trial), edition))
    finally:
        (trial / file).write_bytes(original)


def _refusal(run: Callable[[], Any]) -> str | None:
    """The edition's message when ``run`` refuses its input (with its folder shown as seeds/)."""
    try:
        run()
    except EditionError as exc:
        return re.sub(r"^trial-seeds?/", "seeds/", str(exc))
    return None
