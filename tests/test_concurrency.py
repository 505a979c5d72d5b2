"""Builds that cannot corrupt the site (issue 12, class 3): two builds at once, a seed edited or
removed while a build runs, a build killed half-way — ``site/`` is always one whole build, and
everything in it comes from the same bytes of each seed."""

from __future__ import annotations

import hashlib
import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from conftest import copy_project, mkdocs
from test_build import snapshot

from scripts.readers import seeds as seeds_reader
from scripts.records import EditionError

pytestmark = pytest.mark.build

SEED = "002_f509822b59faf0ea.txt"
ENV = {**os.environ, "SOURCE_DATE_EPOCH": "1700000000", "NO_MKDOCS_2_WARNING": "1"}


def start(project: Path, *args: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "build", *args],
        cwd=project,
        env=ENV,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


@pytest.fixture(scope="module")
def reference(tmp_path_factory) -> dict[str, bytes]:
    """The site one undisturbed build makes."""
    project = copy_project(tmp_path_factory.mktemp("reference") / "p")
    done = mkdocs(project, "build", "--strict")
    assert done.returncode == 0, done.stderr
    return snapshot(project / "site")


def leftovers(project: Path) -> list[str]:
    return [p.name for p in project.iterdir() if p.name.startswith(".site.")]


def test_two_builds_at_once_leave_one_whole_site(tmp_path, reference):
    """Both builds are made to meet at the lock: the test holds it until each says it waits (left to
    timing, one build could finish before the other reaches the lock, and the test would prove nothing)."""
    from scripts.publish import SiteLock

    project = copy_project(tmp_path / "p")
    held = SiteLock(project / "site", project / ".cache" / "locks")
    held.acquire()
    builds = [start(project, "--strict") for _ in range(2)]
    errors: list[list[str]] = [[], []]
    waiting = [threading.Event(), threading.Event()]

    def read(n: int) -> None:
        for line in builds[n].stderr:
            errors[n].append(line)
            if "another build is writing site/; waiting for it to finish" in line:
                waiting[n].set()

    readers = [threading.Thread(target=read, args=(n,)) for n in range(2)]
    for reader in readers:
        reader.start()
    try:
        assert all(w.wait(300) for w in waiting), ["".join(e)[-2000:] for e in errors]
    finally:
        held.release()
    for build, reader in zip(builds, readers):
        build.wait(timeout=300)
        reader.join()
    assert [b.returncode for b in builds] == [0, 0], ["".join(e)[-2000:] for e in errors]
    assert snapshot(project / "site") == reference
    assert leftovers(project) == []


def consistent(site: Path, versions: dict[bytes, str]) -> None:
    """The essay page, its source copy and the manifest's hash all come from one version."""
    raw = (site / "sources" / SEED).read_bytes()
    assert raw in versions, "the source copy is neither version"
    manifest = json.loads((site / "edition.json").read_text(encoding="utf-8"))
    essay = next(e for e in manifest["essays"] if e["source"] == SEED)
    assert essay["meta"]["sha256"] == hashlib.sha256(raw).hexdigest()
    page = (site / "essays" / "pickaxe" / "index.html").read_text(encoding="utf-8")
    assert versions[raw] in page and all(word not in page for word in versions.values() if word != versions[raw])


def test_a_seed_saved_during_the_build_gives_pages_from_one_version(tmp_path):
    project = copy_project(tmp_path / "p")
    seed = project / "seeds" / SEED
    original = seed.read_bytes()
    versions = {original + f"\n덧붙인 문단 {word}입니다.\n".encode(): word for word in ("가나다판", "라마바판")}
    texts = list(versions)
    seed.write_bytes(texts[0])
    for _ in range(2):
        build = start(project, "--strict")
        n = 0
        while build.poll() is None:  # keep saving the seed, alternately, until the build ends
            saved = seed.with_name(".saving")
            saved.write_bytes(texts[n % 2])
            saved.replace(seed)  # as editors save: a whole new file in one step
            n += 1
            time.sleep(0.005)
        assert build.returncode == 0, build.stderr.read()[-2000:]
        consistent(project / "site", versions)


def test_a_seed_removed_during_the_build_leaves_a_whole_site(tmp_path, reference):
    project = copy_project(tmp_path / "p")
    assert mkdocs(project, "build", "--strict").returncode == 0
    before = snapshot(project / "site")
    build = start(project, "--strict")
    time.sleep(0.3)
    (project / "seeds" / SEED).unlink()
    _, err = build.communicate(timeout=300)
    assert "Traceback" not in err
    if build.returncode == 0:  # the seed had been read: the site is that build, whole
        assert snapshot(project / "site") == reference
    else:
        assert err.count("ERROR") == 1, err
        assert snapshot(project / "site") == before
    assert leftovers(project) == []


def test_a_seed_gone_between_listing_and_reading_is_one_clear_error(tmp_path, monkeypatch):
    folder = tmp_path / "seeds"
    folder.mkdir()
    real = os.listdir
    monkeypatch.setattr(seeds_reader.os, "listdir", lambda path: [*real(path), "gone.txt"])
    with pytest.raises(EditionError) as caught:
        seeds_reader.read_seeds(folder)
    assert (
        str(caught.value) == "seeds/gone.txt: the file disappeared while the build was reading it; run the build again"
    )


def test_a_build_killed_half_way_leaves_the_site_and_the_next_build_cleans_up(tmp_path, reference):
    project = copy_project(tmp_path / "p")
    assert mkdocs(project, "build", "--strict").returncode == 0
    before = snapshot(project / "site")
    build = start(project, "--strict")
    deadline = time.time() + 60
    while not leftovers(project) and time.time() < deadline:  # killed while writing its staging folder
        time.sleep(0.01)
    build.send_signal(signal.SIGKILL)
    build.wait()
    assert snapshot(project / "site") == before
    assert mkdocs(project, "build", "--strict").returncode == 0
    assert leftovers(project) == [] and snapshot(project / "site") == reference


def test_the_lock_is_held_by_one_build_at_a_time(tmp_path):
    from scripts.publish import SiteLock

    first, second = SiteLock(tmp_path / "site", tmp_path / "locks"), SiteLock(tmp_path / "site", tmp_path / "locks")
    first.acquire()
    got = threading.Event()
    waiter = threading.Thread(target=lambda: (second.acquire(), got.set()))
    waiter.start()
    assert not got.wait(0.3)
    first.release()
    assert got.wait(5)
    second.release()
    waiter.join()
