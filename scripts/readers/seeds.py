"""The seeds folder, read once: the bytes of every seed and every editors' YAML file.

Everything the build derives from a file (the page, the ``sources/`` copy, the manifest's
hash, the search index) comes from these bytes, so a file saved or removed while the build
runs can never give a page and a source copy that disagree. Only regular files directly in
``seeds/`` are read: a symbolic link (which could publish any file on the machine) or anything
else stops the build; a file the edition does not read is named in a warning (``--strict``
fails on it), so a typo such as ``theme.yml`` is never silently ignored.
"""

from __future__ import annotations

import difflib
import errno
import os
import stat
from dataclasses import dataclass
from pathlib import Path

from ..records import EditionError
from .schema import YamlData
from .yamlfile import read_yaml

YAML_FILES = (
    "edition.yml",
    "themes.yml",
    "glossary.yml",
    "annotations.yml",
    "concepts.yml",
    "equivalents.yml",
    "questions.yml",
    "claims.yml",
    "figures.yml",
    "chrome.yml",
)
# A seed is one essay: anything larger is almost surely a mistake (a dump, a whole blog export).
MAX_SEED_BYTES = 2_000_000
MAX_YAML_BYTES = 1_000_000
SEED_TOO_BIG = "the seed is {size:,} bytes; one essay is at most {limit:,} bytes (split the file)"
YAML_TOO_BIG = "the file is {size:,} bytes; editors' YAML is at most {limit:,} bytes (split the data)"


@dataclass(frozen=True)
class SeedFile:
    name: str  # file name in seeds/
    shown: str  # how messages name it: seeds/<name>
    raw: bytes


@dataclass(frozen=True)
class SeedsFolder:
    name: str  # the folder's name, for messages
    texts: tuple[SeedFile, ...]  # the seeds (*.txt), in file-name order: the reading order
    yaml: dict[str, SeedFile]  # editors' YAML by file name (absent files are absent)
    warnings: tuple[str, ...] = ()

    def data(self, name: str, top_keys: tuple[str, ...]) -> YamlData:
        """The YAML file ``name``, parsed and checked against its top-level keys (empty when absent)."""
        found = self.yaml.get(name)
        shown = found.shown if found else f"{self.name}/{name}"
        return YamlData(shown, read_yaml(shown, found.raw) if found else None, top_keys)


def read_seeds(seeds_dir: Path) -> SeedsFolder:
    folder = seeds_dir.name
    try:
        mode = os.lstat(seeds_dir).st_mode
    except FileNotFoundError:
        raise EditionError(f"{folder}/", "the seeds folder does not exist; create it and put the texts in it") from None
    if stat.S_ISLNK(mode) or not stat.S_ISDIR(mode):
        raise EditionError(f"{folder}/", "the seeds folder must be a real folder, not a link or a file")
    texts, yaml, warnings = [], {}, []
    for name in sorted(os.listdir(seeds_dir)):
        if name.startswith("."):  # .gitkeep, editors' swap files
            continue
        shown = f"{folder}/{name}"
        if name.endswith(".txt"):
            texts.append(SeedFile(name, shown, _read(seeds_dir / name, shown, MAX_SEED_BYTES, SEED_TOO_BIG)))
        elif name in YAML_FILES:
            yaml[name] = SeedFile(name, shown, _read(seeds_dir / name, shown, MAX_YAML_BYTES, YAML_TOO_BIG))
        else:
            warnings.append(_unknown(seeds_dir / name, shown))
    return SeedsFolder(folder, tuple(texts), yaml, tuple(warnings))


def _read(path: Path, shown: str, limit: int, too_big: str) -> bytes:
    """The file's bytes, opened without following links, refusing anything but a regular file."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
    except FileNotFoundError:
        raise EditionError(shown, "the file disappeared while the build was reading it; run the build again") from None
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise EditionError(
                shown, "is a symbolic link; copy the text itself into seeds/ (a link could publish any file)"
            ) from None
        raise EditionError(shown, f"cannot be read ({exc.strerror}); check the file's permissions") from None
    info = os.fstat(fd)
    if not stat.S_ISREG(info.st_mode):
        os.close(fd)
        raise EditionError(shown, "is not a regular file; seeds/ holds text files only")
    with os.fdopen(fd, "rb") as handle:
        raw = handle.read(limit + 1)  # a file still growing is measured by what was read
    if len(raw) > limit:
        raise EditionError(shown, too_big.format(size=max(info.st_size, len(raw)), limit=limit))
    return raw


def _unknown(path: Path, shown: str) -> str:
    if path.is_dir() and not path.is_symlink():
        return (
            f"{shown}/: a folder; the edition reads only the files directly in seeds/ (move its texts up or remove it)"
        )
    guess = difflib.get_close_matches(path.name, YAML_FILES, n=1, cutoff=0.75)
    hint = f"did you mean {guess[0]}?" if guess else f"the edition reads *.txt and {', '.join(YAML_FILES)}"
    return f"{shown}: not a file the edition reads; {hint} (rename or remove it)"
