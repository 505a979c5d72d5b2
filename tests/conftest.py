"""Shared fixtures: the project root, a throw-away copy of the project, and one built site."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
PROJECT_PARTS = ("mkdocs.yml", "docs", "overrides", "scripts", "seeds")


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-goldens", action="store_true", help="rewrite tests/golden/* from the current output")


@pytest.fixture
def update_goldens(request: pytest.FixtureRequest) -> bool:
    return request.config.getoption("--update-goldens")


def mkdocs(project: Path, *args: str) -> subprocess.CompletedProcess:
    """Run ``mkdocs`` in ``project``; returns the finished process (output captured as text)."""
    env = {**os.environ, "SOURCE_DATE_EPOCH": "1700000000", "NO_MKDOCS_2_WARNING": "1"}
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", *args], cwd=project, env=env, capture_output=True, text=True, timeout=300
    )


def copy_project(dest: Path) -> Path:
    """A copy of the project's build inputs under ``dest`` (seeds and YAML can then be broken freely)."""
    dest.mkdir(parents=True, exist_ok=True)
    for part in PROJECT_PARTS:
        src = ROOT / part
        if src.is_dir():
            shutil.copytree(src, dest / part, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(src, dest / part)
    return dest


@pytest.fixture
def project(tmp_path: Path) -> Path:
    return copy_project(tmp_path / "project")


@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The real edition built once per test session with ``mkdocs build --strict``."""
    root = copy_project(tmp_path_factory.mktemp("edition"))
    done = mkdocs(root, "build", "--strict", "--site-dir", str(root / "site"))
    assert done.returncode == 0, done.stderr
    return root / "site"
