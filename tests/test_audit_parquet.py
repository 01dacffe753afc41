"""``--out-format parquet``: results as a Parquet dataset, from the local engines and from a
real ``dask.distributed.LocalCluster``, with the same rows as the SQLite store; crash-safe and
resumable like it.

The runs being compared are subprocesses using one copy of the package taken when the module
starts (see ``tests/test_audit_kills.py``: edits to the checks made meanwhile in a shared working
tree cannot make them disagree)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kikfacts.audit.cli import main
from kikfacts.audit.store import TABLES, snapshot

pytest.importorskip("pyarrow")
import pyarrow.parquet as pq  # noqa: E402

from kikfacts.audit.dataset import snapshot_dataset  # noqa: E402
from tests.test_audit import make_archive  # noqa: E402


def audit(*argv) -> int:
    return main(["audit", *map(str, argv), "--no-config"])


def cmd(*argv) -> list[str]:
    return [sys.executable, "-m", "kikfacts.audit", *map(str, argv), "--no-config",
            "--no-progress"]


def audit_frozen(env: dict, *argv) -> subprocess.CompletedProcess:
    proc = subprocess.run(cmd(*argv), env=env, capture_output=True, text=True, timeout=180)
    assert proc.returncode == 0, proc.stderr
    return proc


def layout(ds: Path) -> dict[str, list[str]]:
    return {t: sorted(p.name for p in (ds / t).iterdir()) for t in TABLES}


@pytest.fixture(scope="module")
def frozen(tmp_path_factory) -> dict:
    from tests.test_audit_kills import frozen_code

    return frozen_code(tmp_path_factory.mktemp("code"))


@pytest.fixture(scope="module")
def archive(tmp_path_factory, frozen):
    tmp = tmp_path_factory.mktemp("pq")
    src = make_archive(tmp, 24)
    one = tmp / "one.sqlite"
    audit_frozen(frozen, src, "--out", one, "-q")
    return src, snapshot(one)


def test_dask_local_cluster_writes_the_same_rows_as_sqlite(archive, frozen, tmp_path):
    """``--engine dask --jobs 2`` without ``--scheduler``: the audit starts a
    ``distributed.LocalCluster`` with two worker processes and gathers their results."""
    pytest.importorskip("distributed")
    src, expected = archive
    ds = tmp_path / "results"
    stats = tmp_path / "stats.json"
    proc = subprocess.Popen(cmd(src, "--out", ds, "--out-format", "parquet", "--engine", "dask",
                                "--jobs", 2, "--chunk-size", 2, "--partition-size", 5,
                                "--stats-json", stats, "-q"),
                            env=frozen, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    _, err = proc.communicate(timeout=180)
    assert proc.returncode == 0, err
    # the chunks were checked in two worker processes, not in the audit's own
    worked = {int(p) for p in json.loads(stats.read_text())["worker_peak_kb"]}
    assert len(worked) == 2 and proc.pid not in worked, worked
    got = snapshot_dataset(ds)
    assert got == expected
    assert got["findings"] and got["facts"] and got["verified"]
    # one file per partition per table, the same partitions in every table: 24 docs / 5
    files = layout(ds)
    assert len(files["documents"]) == 5
    assert all(files[t] == files["documents"] for t in TABLES)
    assert sum(pq.read_metadata(ds / "documents" / f).num_rows for f in files["documents"]) == 24
    meta = json.loads((ds / "_meta.json").read_text(encoding="utf-8"))
    assert meta["format"] == "parquet" and "config" in meta


def test_pool_writes_the_same_rows_and_report_reads_the_dataset(archive, frozen, tmp_path,
                                                                capsys):
    src, expected = archive
    ds = tmp_path / "results"
    audit_frozen(frozen, src, "--out", ds, "--out-format", "parquet", "--jobs", 2, "-q")
    assert snapshot_dataset(ds) == expected
    assert len(layout(ds)["documents"]) == 1  # 24 documents, partitions of 1000
    # report and export read a dataset as they read a database
    assert main(["audit", "report", str(ds)]) == 0
    assert "24 dokumenter (24 tjekket, 0 fejlede)" in capsys.readouterr().out
    assert main(["audit", "export", str(ds), "--format", "jsonl", "--out",
                 str(tmp_path / "x")]) == 0
    lines = (tmp_path / "x" / "findings.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) == len(expected["findings"])


def test_resume_after_sigkill_and_half_written_partition(archive, frozen, tmp_path):
    src, expected = archive
    ds = tmp_path / "results"
    run = cmd(src, "--out", ds, "--out-format", "parquet", "--partition-size", 3,
              "--chunk-size", 1, "--resume")
    proc = subprocess.Popen(run, env=frozen, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            start_new_session=True)
    try:
        end = time.monotonic() + 60
        while len(list((ds / "documents").glob("*.parquet"))) < 2:
            assert proc.poll() is None, proc.communicate()[1]
            assert time.monotonic() < end
            time.sleep(0.01)
    finally:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
        proc.stderr.close()
    assert proc.returncode == -signal.SIGKILL
    done = snapshot_dataset(ds)
    assert 6 <= len(done["documents"]) < 24
    # a partition the kill cut short: its findings file written, its documents file not
    (ds / "findings" / "part-999999999-deadbeef.parquet").write_bytes(
        (ds / "findings" / sorted(os.listdir(ds / "findings"))[0]).read_bytes())
    (ds / "facts" / "part-999999999-deadbeef.parquet.tmp").write_bytes(b"half")
    final = subprocess.run(run, env=frozen, capture_output=True, text=True, timeout=120)
    assert final.returncode == 0, final.stderr
    assert not (ds / "findings" / "part-999999999-deadbeef.parquet").exists()
    assert not list(ds.glob("*/*.tmp"))
    got = snapshot_dataset(ds)
    assert got == expected  # every document once, the same rows
    files = layout(ds)
    assert all(files[t] == files["documents"] for t in TABLES)


def test_duplicates_and_usage_errors(tmp_path, capsys):
    src = tmp_path / "a.jsonl"
    src.write_text("\n".join(json.dumps({"id": i, "text": "Budgettet er 5 mio. kr."})
                             for i in (1, 2, 1)) + "\n", encoding="utf-8")
    ds = tmp_path / "results"
    assert audit(src, "--out", ds, "--out-format", "parquet") == 0
    assert "1 dublerede id'er sprunget over" in capsys.readouterr().out
    assert len(snapshot_dataset(ds)["documents"]) == 2
    # an existing dataset: --resume or --overwrite, as for a database
    assert audit(src, "--out", ds, "--out-format", "parquet") == 2
    err = capsys.readouterr().err.strip()
    assert "--resume" in err and err.count("\n") == 0
    assert audit(src, "--out", ds, "--out-format", "parquet", "--overwrite") == 0
    # a file where a folder is needed, a folder that is not a dataset, a folder as a database
    f = tmp_path / "fil.txt"
    f.write_text("x", encoding="utf-8")
    assert audit(src, "--out", f, "--out-format", "parquet") == 2
    assert "er en fil" in capsys.readouterr().err
    other = tmp_path / "andet"
    other.mkdir()
    (other / "noget.txt").write_text("x", encoding="utf-8")
    assert audit(src, "--out", other, "--out-format", "parquet") == 2
    assert "ikke et kikfacts-datasæt" in capsys.readouterr().err
    assert audit(src, "--out", other) == 2
    assert "--out-format parquet" in capsys.readouterr().err
