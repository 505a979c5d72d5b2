"""Read editors' YAML keeping line numbers, so every validation error can name file:line.

``read_yaml(path)`` gives plain dicts/lists whose mappings are ``Located`` (a dict that
knows the line of itself and of each key). Duplicate keys are an error, not a silent overwrite.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from ..records import EditionError


class Located(dict):
    """A YAML mapping that remembers where it and each of its keys stand (1-based lines)."""

    line: int = 0
    key_lines: dict[str, int]

    def line_of(self, key: str) -> int:
        return self.key_lines.get(key, self.line)


class LocatedList(list):
    line: int = 0
    item_lines: list[int]


class _Loader(yaml.SafeLoader):
    pass


def _construct_mapping(loader: _Loader, node: yaml.MappingNode) -> Located:
    mapping = Located()
    mapping.line = node.start_mark.line + 1
    mapping.key_lines = {}
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        if key in mapping:
            raise EditionError(
                loader.name, f"duplicate key '{key}' (each key may appear once)", key_node.start_mark.line + 1
            )
        mapping[key] = loader.construct_object(value_node, deep=True)
        mapping.key_lines[str(key)] = key_node.start_mark.line + 1
    return mapping


def _construct_sequence(loader: _Loader, node: yaml.SequenceNode) -> LocatedList:
    items = LocatedList(loader.construct_object(child, deep=True) for child in node.value)
    items.line = node.start_mark.line + 1
    items.item_lines = [child.start_mark.line + 1 for child in node.value]
    return items


_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG, _construct_sequence)
# Dates stay strings: an editor's "2024-02" must not become something else.
_Loader.yaml_implicit_resolvers = {
    k: [(tag, rx) for tag, rx in v if tag != "tag:yaml.org,2002:timestamp"]
    for k, v in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def read_yaml(path: Path, shown: str) -> Any:
    """Parse ``path``; ``shown`` is the path used in messages (relative to the project)."""
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise EditionError(shown, f"not valid UTF-8 at byte {exc.start}; save the file as UTF-8") from None
    loader = _Loader(text)
    loader.name = shown
    try:
        return loader.get_single_data()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        if exc.context_mark and mark.line >= text.count("\n"):  # ran off the end: say where it began
            mark = exc.context_mark
        line = mark.line + 1 if mark else None
        problem = exc.problem or exc.context or "malformed YAML"
        raise EditionError(shown, f"malformed YAML: {problem}", line) from None
    finally:
        loader.dispose()


def check_keys(mapping: Located, allowed: tuple[str, ...], shown: str, what: str) -> None:
    """Reject keys outside ``allowed`` with the line of the offending key."""
    for key in mapping:
        if key not in allowed:
            raise EditionError(
                shown,
                f"unknown key '{key}' in {what}; allowed keys: {', '.join(allowed)}",
                mapping.line_of(str(key)),
            )
