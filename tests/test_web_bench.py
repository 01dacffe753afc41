"""Smoke test of bench/serve.py: it starts the server, times a few requests and prints its table.
It asserts nothing about speed."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from .conftest import ROOT

pytest.importorskip("fastapi", reason="the web extra is not installed")
pytest.importorskip("uvicorn", reason="the web extra is not installed")
pytest.importorskip("httpx", reason="httpx is not installed")


def test_bench_serve_prints_its_table(tmp_path):
    out = tmp_path / "serve.json"
    done = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "serve.py"), "--requests", "3", "--warmup", "1",
         "--cold-runs", "1", "--kb", "2", "--json", str(out)],
        capture_output=True, text=True, timeout=300, cwd=ROOT, check=False)
    assert done.returncode == 0, done.stderr
    assert "warm POST /api/check, median of 3" in done.stdout
    assert "cold kikfacts check (whole process)" in done.stdout
    figures = json.loads(out.read_text())
    assert figures["warm"]["requests"] == 3 and figures["cold"]["runs"] == 1
    assert figures["warm"]["findings"] >= 1
