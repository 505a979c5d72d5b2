"""The edition outlives its engine: ``make export`` writes a project with no plugin of ours that
stock MkDocs + Material and Zensical 0.0.73 both build, with every page and every paragraph
anchor the plugin's build has; the CSP command then covers any engine's site."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from conftest import copy_project

from scripts import csp

pytestmark = pytest.mark.build
ID = re.compile(r'\bid="([^"]+)"')
THEME_IDS = {"__toc", "__skip"}  # the engines' own, not the edition's


def anchors(site: Path) -> dict[str, set[str]]:
    return {
        p.relative_to(site).as_posix(): set(ID.findall(p.read_text(encoding="utf-8"))) - THEME_IDS
        for p in site.rglob("*.html")
    }


@pytest.fixture(scope="module")
def export(tmp_path_factory) -> Path:
    project = copy_project(tmp_path_factory.mktemp("export") / "p")
    done = subprocess.run(
        [sys.executable, "-m", "scripts.export", str(project), "--out", str(project / "export")],
        cwd=project,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    return project / "export"


def test_the_export_names_no_plugin_or_hook_of_ours(export):
    text = (export / "mkdocs.yml").read_text(encoding="utf-8")
    config = yaml.safe_load(text)
    assert "hooks" not in config and all(
        (p if isinstance(p, str) else next(iter(p))) != "edition" for p in config["plugins"]
    )
    assert (
        config["nav"]
        and (export / "docs" / "essays" / "pickaxe.md").exists()
        and (export / "docs" / "edition.json").exists()
    )


@pytest.mark.parametrize("engine", ["mkdocs", "zensical"])
def test_each_engine_builds_every_page_and_paragraph_anchor(export, built_site, tmp_path, engine):
    if engine == "mkdocs":
        command = [sys.executable, "-m", "mkdocs", "build", "-f", "mkdocs.yml", "--site-dir", str(tmp_path / "site")]
        site = tmp_path / "site"
    else:
        command = [str(Path(sys.executable).with_name("zensical")), "build", "-f", "mkdocs.yml"]
        site = export / "site"  # Zensical writes site/ beside its config
    done = subprocess.run(
        command, cwd=export, capture_output=True, text=True, env={"NO_MKDOCS_2_WARNING": "1", "PATH": "/usr/bin:/bin"}
    )
    assert done.returncode == 0, done.stderr[-2000:]
    reference, built = anchors(built_site), anchors(site)
    assert set(reference) <= set(built), sorted(set(reference) - set(built))[:5]
    missing = {page: sorted(ids - built[page])[:3] for page, ids in reference.items() if ids - built[page]}
    assert not missing, dict(list(missing.items())[:5])
    # MkDocs + Material run the edition's worker; Zensical's search UI speaks another protocol, so
    # under Zensical the page keeps Zensical's own worker (and its own search.json).
    home = (site / "index.html").read_text(encoding="utf-8")
    assert ("assets/search/worker.js" in home) == (engine == "mkdocs"), re.findall(r'"search":\s*"[^"]*"', home)
    assert csp.apply(site) == []  # no inline script, meta refresh or base from content, on any engine
    assert csp.META in (site / "essays" / "pickaxe" / "index.html").read_text(encoding="utf-8")
