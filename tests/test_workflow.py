"""The publishing workflow does what README says: system packages as root in one step, every
project command (make test, make build) as one non-root user."""

from __future__ import annotations

import yaml
from conftest import ROOT


def test_only_the_system_step_runs_as_root_and_make_runs_as_the_build_user():
    workflow = yaml.safe_load((ROOT / ".github" / "workflows" / "pages.yml").read_text(encoding="utf-8"))
    steps = [s for s in workflow["jobs"]["build"]["steps"] if "run" in s]
    assert "apt-get install" in steps[0]["run"] and "useradd" in steps[0]["run"]
    assert not [s["name"] for s in steps[1:] if "apt-get" in s["run"] or "sudo" in s["run"]]
    makes = [s["run"] for s in steps if "make test" in s["run"] or "make build" in s["run"]]
    assert [m for m in makes if "make test" in m] and [m for m in makes if "make build" in m]
    assert all(m.startswith("su builder -c ") for m in makes), makes
    assert workflow["jobs"]["build"]["container"].startswith("debian:")  # Debian, for its Chromium
