"""Read one editors' YAML file safely, keeping positions, so every error can name file:line.

``read_yaml(path, shown)`` gives plain values whose mappings are ``Located`` (a dict that knows
the line of itself and of each key) and whose lists are ``LocatedList`` (the line of each item).
What editors' data never needs is refused with a message, never expanded or guessed:

- anchors and aliases (``&a``/``*a``, so no "billion laughs"), explicit tags (``!!python/…``),
  merge keys, nesting deeper than ``MAX_DEPTH``, keys that are lists or mappings, duplicate keys;
- control and invisible characters (NUL, BEL, ESC, C1, U+FEFF …), raw or written as escapes;
- files over ``MAX_BYTES`` or not UTF-8 (the message gives line and column).

Scalars follow YAML 1.2's core schema: only ``true``/``false`` are booleans and only plain
decimal numbers are numbers, so ``yes``, ``on``, ``08``, ``1:20`` and ``2024-02-19`` stay text.
"""

from __future__ import annotations

import re
from typing import Any

import yaml

from ..records import EditionError

MAX_BYTES = 1_000_000  # editors' data for hundreds of essays fits many times over
MAX_DEPTH = 32  # the deepest shape the edition reads is 6 levels
# C0 controls but tab and line feed, DEL, C1 controls, and characters that hide or reorder text.
FORBIDDEN = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u00ad\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]")
CHARACTER_NAMES = {0: "NUL", 7: "BEL", 8: "BS", 0x1B: "ESC", 0x7F: "DEL", 0xFEFF: "BOM", 0x202E: "RLO"}


class Located(dict):
    """A YAML mapping that remembers where it and each of its keys stand (1-based lines)."""

    line: int = 0
    key_lines: dict[str, int]

    def line_of(self, key: str) -> int:
        return self.key_lines.get(key, self.line)


class LocatedList(list):
    line: int = 0
    item_lines: list[int]


def character_name(char: str) -> str:
    code = ord(char)
    name = CHARACTER_NAMES.get(code, "control" if code < 0xA0 else "invisible")
    return f"U+{code:04X} ({name})"


class _Refused(Exception):
    def __init__(self, mark, message: str):
        self.mark, self.message = mark, message


class _Loader(yaml.SafeLoader):
    depth = 0

    def compose_node(self, parent, index):
        event = self.peek_event()
        if isinstance(event, yaml.AliasEvent):
            raise _Refused(event.start_mark, "YAML aliases (*name) are not allowed; write the value out in full")
        if getattr(event, "anchor", None):
            raise _Refused(event.start_mark, "YAML anchors (&name) are not allowed; write the value out in full")
        if getattr(event, "tag", None) not in (None, "!"):
            raise _Refused(
                event.start_mark,
                f"YAML tags ({event.tag}) are not allowed; write the value plainly (in quotes if needed)",
            )
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise _Refused(event.start_mark, f"nested more than {MAX_DEPTH} levels deep; the edition's data is flat")
        try:
            return super().compose_node(parent, index)
        finally:
            self.depth -= 1


def _construct_mapping(loader: _Loader, node: yaml.MappingNode) -> Located:
    mapping = Located()
    mapping.line = node.start_mark.line + 1
    mapping.key_lines = {}
    for key_node, value_node in node.value:
        if not isinstance(key_node, yaml.ScalarNode):
            raise _Refused(key_node.start_mark, "a key must be a plain word, not a list or a mapping")
        key = key_node.value  # keys are always text: "1:" and "true:" are the words 1 and true
        if key in mapping:
            raise _Refused(key_node.start_mark, f"duplicate key '{key}' (each key may appear once)")
        mapping[key] = loader.construct_object(value_node, deep=True)
        mapping.key_lines[key] = key_node.start_mark.line + 1
    return mapping


def _construct_sequence(loader: _Loader, node: yaml.SequenceNode) -> LocatedList:
    items = LocatedList(loader.construct_object(child, deep=True) for child in node.value)
    items.line = node.start_mark.line + 1
    items.item_lines = [child.start_mark.line + 1 for child in node.value]
    return items


def _construct_text(loader: _Loader, node: yaml.ScalarNode) -> str:
    value = loader.construct_scalar(node)
    found = FORBIDDEN.search(value)
    if found:  # only escapes ("\0", "\x07", "\e") get here: raw ones are refused before parsing
        raise _Refused(node.start_mark, f"the text contains {character_name(found.group())}; remove it")
    return value


# YAML 1.2 core schema: true/false, null/~, decimal integers and floats; everything else is text.
_Loader.yaml_implicit_resolvers = {}
for tag, pattern, first in (
    ("bool", r"^(?:true|True|TRUE|false|False|FALSE)$", "tTfF"),
    ("null", r"^(?:~|null|Null|NULL|)$", ["~", "n", "N", ""]),
    ("int", r"^[-+]?(?:0|[1-9][0-9]*)$", "-+0123456789"),
    ("float", r"^[-+]?(?:[0-9]+\.[0-9]*|\.[0-9]+)(?:[eE][-+]?[0-9]+)?$", "-+0123456789."),
):
    _Loader.add_implicit_resolver(f"tag:yaml.org,2002:{tag}", re.compile(pattern), list(first))
_Loader.add_constructor("tag:yaml.org,2002:map", _construct_mapping)
_Loader.add_constructor("tag:yaml.org,2002:seq", _construct_sequence)
_Loader.add_constructor("tag:yaml.org,2002:str", _construct_text)
_Loader.add_constructor("tag:yaml.org,2002:int", lambda loader, node: int(node.value))
_Loader.add_constructor("tag:yaml.org,2002:float", lambda loader, node: float(node.value))


def position(text: str, index: int) -> tuple[int, int]:
    """1-based line and column of the character at ``index``."""
    line = text.count("\n", 0, index) + 1
    return line, index - (text.rfind("\n", 0, index) + 1) + 1


def decode_utf8(raw: bytes, shown: str, fix: str) -> str:
    """UTF-8 (a BOM allowed) or an error at the line and column of the first bad byte."""
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        before = raw[: exc.start].decode("utf-8", errors="replace")
        line, column = position(before + "?", len(before))
        raise EditionError(shown, f"not valid UTF-8 (byte 0x{raw[exc.start]:02X}); {fix}", line, column) from None


def read_yaml(shown: str, raw: bytes) -> Any:
    """Parse the bytes of one file (read once, by ``seeds.read_seeds``); ``shown`` names it in messages."""
    if len(raw) > MAX_BYTES:
        raise EditionError(shown, f"the file is {len(raw):,} bytes; editors' YAML is at most {MAX_BYTES:,} bytes")
    text = decode_utf8(raw, shown, "save the file as UTF-8")
    found = FORBIDDEN.search(text)
    if found:
        line, column = position(text, found.start())
        raise EditionError(shown, f"contains {character_name(found.group())}; remove it", line, column)
    loader = _Loader(text)
    try:
        return loader.get_single_data()
    except _Refused as refused:
        raise EditionError(shown, refused.message, refused.mark.line + 1) from None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        if exc.context_mark and mark.line >= text.count("\n"):  # ran off the end: say where it began
            mark = exc.context_mark
        problem = exc.problem or exc.context or "malformed YAML"
        raise EditionError(shown, f"malformed YAML: {problem}", mark.line + 1 if mark else None) from None
    except yaml.YAMLError as exc:
        raise EditionError(shown, f"malformed YAML: {exc}") from None
    finally:
        loader.dispose()
