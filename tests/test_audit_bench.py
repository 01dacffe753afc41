"""Smoke test of ``bench/audit.py`` on a tiny archive: it runs and prints its table.

It asserts nothing about speed (the real run, 20,000 documents, is not a test).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_bench_audit_tiny(tmp_path):
    res = tmp_path / "res.json"
    proc = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "audit.py"), "--docs", "40", "--sample", "20",
         "--workdir", str(tmp_path), "--json", str(res)],
        capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout
    for needle in ("spaCy blank(da) tokenisation", "audit --jobs 1", "audit --jobs 2",
                   "--jobs 2 / --jobs 1", "peak memory per worker"):
        assert needle in out
    data = json.loads(res.read_text())
    assert data["archive_docs"] == 40
    assert data["jobs1"]["docs"] == data["jobs2"]["docs"] == 20
    assert data["memory"]["large"]["docs"] == 40
    assert data["jobs1"]["findings"] == data["jobs2"]["findings"]
