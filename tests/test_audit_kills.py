"""Crash-safety of ``kikfacts audit`` under many SIGKILLs (issue 7).

One archive, one results database, and a loop: start ``kikfacts audit --resume`` as a subprocess in
its own process group, SIGKILL the whole group at a moment drawn from a seeded RNG, check that
the database holds only whole documents, and start again, at least 20 times. Most kills come at a
random delay after the run has begun writing (so they land between and inside the per-document
transactions); some come at a random moment of the start-up (while the database is being
opened). A final ``--resume`` finishes the archive, and the database must then be identical to an
uninterrupted run's: every document exactly once, with the same outcome, reason, facts,
findings and verified relations.

All runs, the reference too, use a copy of ``src/kikfacts`` and ``rules/`` taken when the test
starts, so that edits to the checks made while it runs (in a shared working tree) cannot make
the reference and the resumed run disagree. The timing is real, so which document each kill hits varies from run to run; the delays
themselves are reproducible (``SEED``). The test asserts that the kills really landed mid-run: the
process was alive when it was killed, died of SIGKILL, and the database was incomplete afterwards.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kikfacts.audit.store import snapshot

ROOT = Path(__file__).resolve().parents[1]
DOCS = sorted((ROOT / "corpus" / "docs").glob("*.txt"))
SEED = 20261125
KILLS = 24  # the issue asks for at least 20
N_DOCS = 2400  # (about 900 are written by the 24th kill here: room for a faster machine)


def make_archive(path: Path, n: int) -> None:
    """Short documents (whole corpus documents and their first halves, with varied figures) and a
    few that fail, so outcomes and reasons vary too."""
    sys.path.insert(0, str(ROOT))
    from bench.corpus import vary  # noqa: E402

    rng = random.Random(SEED)
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            rec: dict = {"id": f"k{i:04d}"}
            if i % 50 == 17:
                rec["text"] = ""  # failed: empty
            elif i % 50 == 33:
                rec["text"] = 12345  # failed: not text
            else:
                text = vary(DOCS[i % len(DOCS)].read_text(encoding="utf-8"), rng)
                if i % 2:
                    paras = text.split("\n\n")
                    text = "\n\n".join(paras[: max(2, len(paras) // 2)])
                rec["text"] = text
                rec["date"] = f"20{10 + i % 15:02d}-0{1 + i % 9}-1{i % 10}"
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")


def stored(db: Path) -> int:
    """Documents committed so far (0 while the database does not exist yet)."""
    if not db.exists():
        return 0
    for _ in range(50):
        try:
            con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
            try:
                return con.execute("SELECT count(*) FROM documents").fetchone()[0]
            finally:
                con.close()
        except sqlite3.OperationalError:  # no such table yet, or the file is being created
            time.sleep(0.01)
    return 0


def check_whole(db: Path) -> int:
    """Every stored document is whole: its counts agree with its rows in the other tables."""
    con = sqlite3.connect(db)
    try:
        bad = con.execute("""
            SELECT count(*) FROM documents d WHERE
              n_facts != (SELECT count(*) FROM facts f WHERE f.doc_id = d.id) OR
              n_findings + n_suppressed !=
                (SELECT count(*) FROM findings f WHERE f.doc_id = d.id) OR
              n_verified != (SELECT count(*) FROM verified v WHERE v.doc_id = d.id)""").fetchone()[0]
        orphans = sum(con.execute(
            f"SELECT count(*) FROM {t} WHERE doc_id NOT IN (SELECT id FROM documents)").fetchone()[0]
            for t in ("facts", "findings", "verified"))
        n, distinct = con.execute("SELECT count(*), count(DISTINCT id) FROM documents").fetchone()
    finally:
        con.close()
    assert bad == 0 and orphans == 0 and n == distinct, (bad, orphans, n, distinct)
    return n


def group_gone(pgid: int, timeout: float = 5.0) -> bool:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        try:
            os.killpg(pgid, 0)
        except ProcessLookupError:
            return True
        time.sleep(0.01)
    return False


def _cmd(src: Path, out: Path, jobs: int) -> list[str]:
    return [sys.executable, "-m", "kikfacts.audit", str(src), "--out", str(out), "--resume",
            "--jobs", str(jobs), "--chunk-size", "1", "--no-progress", "--no-config"]


def frozen_code(tmp: Path) -> dict:
    """An environment whose ``kikfacts`` is a copy of the package and rules as they are now."""
    code = tmp / "code"
    shutil.copytree(ROOT / "src" / "kikfacts", code / "src" / "kikfacts",
                    ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(ROOT / "rules", code / "rules")
    env = dict(os.environ, PYTHONPATH=str(code / "src"))
    where = subprocess.run([sys.executable, "-c", "import kikfacts; print(kikfacts.__file__)"],
                           env=env, capture_output=True, text=True, check=True).stdout.strip()
    assert Path(where).parent == code / "src" / "kikfacts", where
    return env


@pytest.mark.skipif(not hasattr(os, "killpg"), reason="needs POSIX process groups")
def test_twenty_plus_random_sigkills_then_resume(tmp_path):
    src = tmp_path / "arkiv.jsonl"
    make_archive(src, N_DOCS)
    ref, out = tmp_path / "ref.sqlite", tmp_path / "out.sqlite"
    env = frozen_code(tmp_path)
    done = subprocess.run(_cmd(src, ref, 1), env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr

    rng = random.Random(SEED)
    kills = []  # (kind, delay, stored before, stored after, jobs)
    startup = 1.0  # first estimate of the time from spawn to the first write; then measured
    while len(kills) < KILLS:
        before = stored(out)
        assert before < N_DOCS, f"the archive was finished after only {len(kills)} kills"
        jobs = 2 if len(kills) % 6 == 5 else 1  # now and then a process pool (workers die too)
        in_startup = rng.random() < 0.2
        delay = rng.uniform(0.05, startup) if in_startup else rng.uniform(0.0, 0.25)
        t0 = time.monotonic()
        proc = subprocess.Popen(_cmd(src, out, jobs), env=env, stdout=subprocess.DEVNULL,
                                stderr=subprocess.PIPE, start_new_session=True)
        try:
            if in_startup:
                time.sleep(delay)
            else:
                # wait until this run has written a document, then a random moment more
                deadline = time.monotonic() + 60
                while stored(out) <= before:
                    assert proc.poll() is None, proc.communicate()[1].decode()
                    assert time.monotonic() < deadline, "the audit wrote nothing in 60 s"
                    time.sleep(0.01)
                startup = 0.7 * startup + 0.3 * (time.monotonic() - t0)
                time.sleep(delay)
            alive = proc.poll() is None
            if alive:  # (an ended run has been reaped by ``poll``: its group is gone)
                os.killpg(proc.pid, signal.SIGKILL)
        finally:
            if proc.poll() is None:
                os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
            proc.stderr.close()
        assert group_gone(proc.pid), "a process of the killed audit survived"
        after = check_whole(out) if out.exists() else 0
        if alive:
            assert proc.returncode == -signal.SIGKILL
            kills.append(("startup" if in_startup else "writing", round(delay, 3), before,
                          after, jobs))
        else:  # it finished before the kill: possible only if the archive is done
            assert after == N_DOCS, (proc.returncode, after)
            break

    # the kills landed mid-run: the process was alive, and the store incomplete afterwards
    assert len(kills) >= 20, kills
    incomplete = [k for k in kills if k[3] < N_DOCS]
    assert len(incomplete) >= 20, kills
    writing = [k for k in kills if k[0] == "writing"]
    assert len(writing) >= 12, kills
    # most kills interrupted a run that was writing: the store grew during most cycles
    assert sum(1 for k in writing if k[3] > k[2]) >= len(writing) * 0.75, kills
    assert kills[-1][3] < N_DOCS

    final = subprocess.run(_cmd(src, out, 1), env=env, capture_output=True, text=True,
                           timeout=300)
    assert final.returncode == 0, final.stderr
    assert check_whole(out) == N_DOCS
    con = sqlite3.connect(out)
    ids = [r[0] for r in con.execute("SELECT id FROM documents")]
    outcomes = dict(con.execute("SELECT outcome, count(*) FROM documents GROUP BY outcome"))
    con.close()
    assert len(ids) == len(set(ids)) == N_DOCS
    n_failed = sum(1 for i in range(N_DOCS) if i % 50 in (17, 33))
    assert outcomes == {"failed": n_failed, "ok": N_DOCS - n_failed}
    a, b = snapshot(out), snapshot(ref)
    assert a == b  # same outcomes, reasons, facts, findings, verified relations
    assert a["findings"] and a["facts"] and a["verified"]
    print(f"{len(kills)} kills survived ({len(writing)} while writing, "
          f"{len(kills) - len(writing)} in start-up); stored after each: "
          f"{[k[3] for k in kills]}")
