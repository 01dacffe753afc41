"""The cross-process cache of compiled patterns: used when fresh, ignored when broken."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

CODE = "import kikfacts; print(len(kikfacts.extract('Kommunen afsætter 60,5 mio. kr.').facts))"


def _run(env: dict) -> str:
    out = subprocess.run([sys.executable, "-c", CODE], env={**os.environ, **env},
                         capture_output=True, text=True, timeout=120, check=True)
    return out.stdout.strip()


def test_cache_is_written_then_used_and_a_broken_one_is_ignored(tmp_path):
    env = {"KIKFACTS_CACHE_DIR": str(tmp_path)}
    assert _run(env) == "1"
    (cache,) = list(tmp_path.glob("*.pickle"))
    assert cache.stat().st_size > 10_000
    if hasattr(os, "getuid"):
        assert cache.stat().st_mode & 0o077 == 0  # private to the user
    assert _run(env) == "1"  # loaded from the cache
    cache.write_bytes(b"not a pickle")
    os.chmod(cache, 0o600)
    assert _run(env) == "1"  # a broken cache is a miss, and gets rewritten
    assert cache.stat().st_size > 10_000


def test_no_cache_setting_writes_nothing(tmp_path):
    assert _run({"KIKFACTS_CACHE_DIR": str(tmp_path), "KIKFACTS_NO_CACHE": "1"}) == "1"
    assert list(Path(tmp_path).iterdir()) == []
