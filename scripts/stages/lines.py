"""What the cleaning rules share: the reading lines, a rule's ``Change``, and removing lines."""

from __future__ import annotations

from dataclasses import dataclass

from ..records import Line

Lines = tuple[Line, ...]


@dataclass(frozen=True)
class Change:
    """What a rule did to some source lines; ``detail`` completes the rule's reason."""

    numbers: tuple[int, ...]
    detail: str = ""


def text_lines(lines: Lines) -> list[int]:
    """Indexes of non-blank lines."""
    return [i for i, line in enumerate(lines) if line.text.strip()]


def without(lines: Lines, drop: list[int]) -> tuple[Lines, list[Change]]:
    """Remove the lines at ``drop``; consecutive ones (blank lines between allowed) form one change."""
    if not drop:
        return lines, []
    dropped = set(drop)
    changes: list[Change] = []
    run: list[int] = []
    for i, line in enumerate(lines):
        if i in dropped:
            run.extend(line.numbers)
        elif line.text.strip() and run:
            changes.append(Change(tuple(run)))
            run = []
    if run:
        changes.append(Change(tuple(run)))
    return tuple(line for i, line in enumerate(lines) if i not in dropped), changes
