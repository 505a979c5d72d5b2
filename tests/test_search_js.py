"""The search worker's query logic under Node's own test runner (tests/js/*.test.js): the ending
table, amounts, the edit distance, and the engine on small indexes."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from conftest import ROOT


def test_worker_query_logic_passes_its_node_tests():
    node = shutil.which("node")
    if node is None:
        pytest.skip("Node.js is not installed; the worker's unit tests (tests/js) need it")
    done = subprocess.run([node, "--test", str(ROOT / "tests" / "js")], capture_output=True, text=True, timeout=120)
    failed = [line for line in done.stdout.splitlines() if line.startswith("not ok")]
    assert done.returncode == 0, "\n".join(failed) or done.stdout[-3000:] + done.stderr[-2000:]
