"""``--doc-timeout``: a document that hangs gets an outcome ("timeout") and the run goes on.

The audit runs as a real subprocess through a small launcher (written into ``tmp_path``) that
replaces ``kikfacts.engine.check`` with a version that hangs on documents containing a marker
word and then starts the ordinary ``kikfacts audit`` command; forked pool workers inherit the
replacement, so the hang happens where the work really runs. Two kinds of hang:

- ``sleep``: a hang in Python code: the per-document alarm interrupts it, in the process
  (``--jobs 1``) or in the worker (``--jobs 2``, no restart needed);
- ``deaf``: a hang that lets no signal through (the worker blocks ``SIGALRM`` first, as a
  stuck C extension would): only the parent's watchdog helps, by killing and replacing the worker.

Every other document must still be checked, with the same results as a run without the hang.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from kikfacts.audit.store import snapshot

ROOT = Path(__file__).resolve().parents[1]
DOCS = sorted((ROOT / "corpus" / "docs").glob("*.txt"))
MARK = "LANGSOMMELIGHED"

LAUNCHER = textwrap.dedent(f"""
    import os, signal, sys, time
    import kikfacts.engine as engine

    _real = engine.check

    def check(text, *args, **kwargs):
        if isinstance(text, str) and {MARK!r} in text and os.environ.get("HANG") != "none":
            if os.environ.get("HANG") == "deaf":
                signal.pthread_sigmask(signal.SIG_BLOCK, {{signal.SIGALRM}})
            time.sleep(600)
        return _real(text, *args, **kwargs)

    engine.check = check
    from kikfacts.audit.cli import main
    sys.exit(main())
""")


def make_archive(path: Path, n: int, slow: set[int]) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            text = DOCS[i % len(DOCS)].read_text(encoding="utf-8")
            if i in slow:
                text = text + f"\n\n{MARK}\n"
            fh.write(json.dumps({"id": f"t{i:03d}", "text": text}, ensure_ascii=False) + "\n")


@pytest.fixture(scope="module")
def code(tmp_path_factory) -> Path:
    """A copy of the package and rules as they are now (see tests/test_audit_kills.py)."""
    from tests.test_audit_kills import frozen_code

    return Path(frozen_code(tmp_path_factory.mktemp("code"))["PYTHONPATH"])


def run(code: Path, work: Path, out: str, hang: str, *args
        ) -> tuple[subprocess.CompletedProcess, float]:
    """Audit ``work/arkiv.jsonl`` (ids ``arkiv.jsonl#tNNN``) with the hanging ``check``."""
    launcher = work / "launch.py"
    launcher.write_text(LAUNCHER, encoding="utf-8")
    env = dict(os.environ, HANG=hang, PYTHONPATH=str(code))
    t0 = time.monotonic()
    proc = subprocess.run([sys.executable, str(launcher), "arkiv.jsonl", "--out", out,
                           "--no-config", "--no-progress", "--stats-json", out + ".json", *args],
                          capture_output=True, text=True, timeout=90, env=env, cwd=work)
    return proc, time.monotonic() - t0


def rows(db: Path) -> dict[str, tuple]:
    con = sqlite3.connect(db)
    try:
        return {r[0].rsplit("#", 1)[1]: r[1:] for r in
                con.execute("SELECT id, outcome, reason, n_findings FROM documents")}
    finally:
        con.close()


def without(snap: dict, ids: set[str]) -> dict:
    return {t: [r for r in v if r[0].rsplit("#", 1)[1] not in ids] for t, v in snap.items()}


@pytest.fixture(scope="module")
def reference(tmp_path_factory, code):
    """The same archive without any hang (the marker docs are checked normally)."""
    tmp = tmp_path_factory.mktemp("ref")
    make_archive(tmp / "arkiv.jsonl", 14, {3, 9})
    proc, _ = run(code, tmp, "ref.sqlite", "none", "--doc-timeout", "0")
    assert proc.returncode == 0, proc.stderr
    return snapshot(tmp / "ref.sqlite")


@pytest.mark.parametrize("jobs,hang", [(1, "sleep"), (2, "sleep"), (2, "deaf")])
def test_a_hanging_document_times_out_and_the_run_goes_on(tmp_path, code, reference, jobs,
                                                          hang):
    make_archive(tmp_path / "arkiv.jsonl", 14, {3, 9})
    out = tmp_path / "r.sqlite"
    proc, wall = run(code, tmp_path, out.name, hang, "--doc-timeout", "1", "--jobs", str(jobs),
                     "--chunk-size", "2")
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    assert "2 over tidsgrænsen" in proc.stdout
    docs = rows(out)
    assert len(docs) == 14
    for k in ("t003", "t009"):
        outcome, reason, _ = docs[k]
        assert outcome == "failed" and "timeout" in reason, docs[k]
        assert reason.startswith("arkiv.jsonl#t0") and "\n" not in reason
    assert all(v[0] == "ok" for k, v in docs.items() if k not in ("t003", "t009")), docs
    # the other twelve have exactly the results of a run without any hang
    assert without(snapshot(out), {"t003", "t009"}) == without(reference, {"t003", "t009"})
    stats = json.loads((tmp_path / "r.sqlite.json").read_text())
    assert stats["timeouts"] == 2
    if hang == "deaf":
        # only the watchdog could stop it: the stuck workers were killed and replaced (both at
        # once when both got stuck at the same time)
        assert stats["restarts"] in (1, 2)
        assert len(stats["worker_peak_kb"]) > 2  # more worker processes than --jobs
    else:
        assert stats["restarts"] == 0
    assert wall < 60  # not the 600 s of the hang


def test_doc_timeout_is_in_help_and_validated(capsys):
    from kikfacts.audit.cli import main

    assert main(["audit", "run", "--help"]) == 0
    out = capsys.readouterr().out
    assert "--doc-timeout SECONDS" in out and "timeout" in out
    assert main(["audit", "x.jsonl", "--doc-timeout", "-1"]) == 2
    assert "--doc-timeout" in capsys.readouterr().err
