"""Builds that cannot corrupt the site: one at a time per site folder, published in one step.

A build writes into a staging folder beside the site (``.site.building-<pid>``) while holding
a lock; only a build that finished is swapped in, atomically (Linux ``renameat2`` exchange), so
a reader, a deploy or a second build never sees a half-written ``site/``. A second build of the
same folder waits for the first; a failed or interrupted one leaves the previous site intact.
Engine-neutral: the MkDocs plugin and ``make export`` use it alike.
"""

from __future__ import annotations

import ctypes
import fcntl
import hashlib
import logging
import os
import shutil
from pathlib import Path

log = logging.getLogger("mkdocs.plugins.edition")
RENAME_EXCHANGE = 2
AT_FDCWD = -100


class SiteLock:
    """An exclusive lock on building one site folder (released when the process ends, too)."""

    def __init__(self, site_dir: Path, lock_dir: Path):
        self.site_dir = site_dir
        key = hashlib.sha256(str(site_dir.resolve()).encode()).hexdigest()[:16]
        lock_dir.mkdir(parents=True, exist_ok=True)
        self.path = lock_dir / f"site-{key}.lock"
        self.handle = None

    def acquire(self) -> None:
        self.handle = open(self.path, "w")  # noqa: SIM115 - held until release()
        try:
            fcntl.flock(self.handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            log.info(f"another build is writing {self.site_dir.name}/; waiting for it to finish")
            fcntl.flock(self.handle, fcntl.LOCK_EX)

    def release(self) -> None:
        if self.handle is not None:
            fcntl.flock(self.handle, fcntl.LOCK_UN)
            self.handle.close()
            self.handle = None


def staging_dir(site_dir: Path) -> Path:
    return site_dir.parent / f".{site_dir.name}.building-{os.getpid()}"


def sweep(site_dir: Path) -> None:
    """Remove what interrupted builds of ``site_dir`` left behind (call with the lock held)."""
    for leftover in (
        *site_dir.parent.glob(f".{site_dir.name}.building-*"),
        *site_dir.parent.glob(f".{site_dir.name}.old-*"),
    ):
        shutil.rmtree(leftover, ignore_errors=True)


def publish(staging: Path, site_dir: Path) -> None:
    """Put the finished ``staging`` folder in the place of ``site_dir`` in one step."""
    if not site_dir.exists():
        os.rename(staging, site_dir)
        return
    if _exchange(staging, site_dir):
        shutil.rmtree(staging)  # now the previous site
        return
    old = site_dir.parent / f".{site_dir.name}.old-{os.getpid()}"
    os.rename(site_dir, old)  # no atomic exchange here: the site is missing for an instant
    os.rename(staging, site_dir)
    shutil.rmtree(old)


def discard(staging: Path) -> None:
    shutil.rmtree(staging, ignore_errors=True)


def _exchange(a: Path, b: Path) -> bool:
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    done = renameat2(AT_FDCWD, os.fsencode(a), AT_FDCWD, os.fsencode(b), RENAME_EXCHANGE)
    return done == 0
