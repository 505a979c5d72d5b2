"""The chrome lexicon: ``scripts/stages/chrome.yml`` (built in) + ``seeds/chrome.yml`` (editors') →
``ChromeEntry`` records, read through the same schema as every editors' file.

Here the checks across keys: an entry gives at least one of ``lines``, ``contains``, ``patterns``;
``contains`` only for kinds that are chrome wherever they stand (a phrase such as "공감" would
otherwise take author sentences); ``states`` names a group its patterns capture, or a kind that
states a fact by its label (a date label, a byline).
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from ..editorial import ChromeEntry
from .schema import YamlData
from .seeds import SeedsFolder
from .yamlfile import Located, read_yaml

BUILT_IN = Path(__file__).resolve().parents[1] / "stages" / "chrome.yml"
CHROME_FILE = "chrome.yml"
PHRASE_KINDS = ("notice", "credit")  # kinds whose phrases may stand inside a longer line
LABEL_STATES = {"stamp": "date", "byline": "author"}  # a label states the date or the name it carries


def load_lexicon(seeds: SeedsFolder | None = None) -> tuple[ChromeEntry, ...]:
    """The built-in entries, then the editors' (``seeds/chrome.yml``, when there is one)."""
    entries = built_in()
    if seeds is not None and CHROME_FILE in seeds.yaml:
        entries += _entries(seeds.data(CHROME_FILE, ("chrome",)))
    return entries


@cache
def built_in() -> tuple[ChromeEntry, ...]:
    shown = "scripts/stages/chrome.yml"
    return _entries(YamlData(shown, read_yaml(shown, BUILT_IN.read_bytes()), ("chrome",)))


def _entries(f: YamlData) -> tuple[ChromeEntry, ...]:
    return tuple(_checked(f, entry, mapping) for entry, mapping in f.records("chrome", ChromeEntry))


def _checked(f: YamlData, entry: ChromeEntry, mapping: Located) -> ChromeEntry:
    if not (entry.lines or entry.contains or entry.patterns):
        f.fail(mapping.line, f"a chrome entry of kind '{entry.kind}' needs lines, contains or patterns; add one")
    if entry.contains and entry.kind not in PHRASE_KINDS:
        f.fail(
            mapping.line_of("contains"),
            f"'contains' is only for kinds {', '.join(PHRASE_KINDS)}: a '{entry.kind}' word inside a sentence "
            "is the author's; list the whole line under 'lines' instead",
        )
    if entry.states:
        groups = {name for pattern in entry.patterns for name in re.compile(pattern).groupindex}
        label = LABEL_STATES.get(entry.kind) == entry.states and not entry.patterns  # "입력", "Created by"
        if entry.states not in groups and not label:
            f.fail(
                mapping.line_of("states"),
                f"states: {entry.states}, but no pattern captures (?P<{entry.states}>…); add the group to a pattern",
            )
    return entry
