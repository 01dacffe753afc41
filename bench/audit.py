"""Benchmark of ``kikfacts audit`` (issue 5): throughput, scaling with --jobs, and flat memory.

1. Generates an archive (JSON Lines with id, date, title and text) of ``--docs`` documents
   (default 20,000) from ``corpus/docs/*.txt``: every document after the first round has its
   figures mutated (``bench.corpus.vary``: new random digits, years shifted), so the checks have
   something to find, and gets a publication date spread over 2010-2025.
2. Times spaCy ``blank("da")`` tokenisation alone on the same texts (the floor, per process).
3. Runs ``kikfacts audit`` as a subprocess on the first ``--sample`` documents (default 2,000)
   with ``--jobs 1`` and ``--jobs 2`` and prints documents/s, MB/s and the ratio to the floor.
4. Runs ``--jobs 2`` on the whole archive and compares the peak memory per worker with the
   ``--sample`` run: flat memory means within 10 %.

    .venv/bin/python bench/audit.py            # the full run (20,000 documents; long)
    .venv/bin/python bench/audit.py --quick    # 500 documents, a smoke test
    .venv/bin/python bench/audit.py --json out.json

It is not a timed test: nothing in the test suite runs the long version.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "src"))

from bench.corpus import load_sources, vary  # noqa: E402

SEED = 20240605


def build_archive(path: Path, n: int, seed: int = SEED) -> tuple[int, int]:
    """Write ``n`` documents as JSONL; returns (documents, bytes of text)."""
    sources = [t for _, t in load_sources()]
    rng = random.Random(seed)
    total = 0
    start = dt.date(2010, 1, 1)
    with path.open("w", encoding="utf-8") as fh:
        i = 0
        first = True
        while i < n:
            order = list(range(len(sources)))
            rng.shuffle(order)
            for k in order:
                if i >= n:
                    break
                text = sources[k] if first else vary(sources[k], rng)
                date = start + dt.timedelta(days=rng.randrange(16 * 365))
                title = text.strip().split("\n", 1)[0][:120]
                fh.write(json.dumps({"id": f"doc{i:06d}", "date": date.isoformat(),
                                     "title": title, "text": text}, ensure_ascii=False) + "\n")
                total += len(text.encode("utf-8"))
                i += 1
            first = False
    return n, total


def read_texts(path: Path, limit: int) -> list[str]:
    out = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if len(out) >= limit:
                break
            out.append(json.loads(line)["text"])
    return out


def tokenisation_floor(texts: list[str]) -> dict:
    import spacy

    nlp = spacy.blank("da")
    nlp.make_doc(texts[0])
    t0 = time.perf_counter()
    for t in texts:
        nlp.make_doc(t)
    secs = time.perf_counter() - t0
    nbytes = sum(len(t.encode("utf-8")) for t in texts)
    return {"docs": len(texts), "seconds": secs, "docs_per_s": len(texts) / secs,
            "mb_per_s": nbytes / 1e6 / secs}


def _busy(n: int) -> int:
    s = 0
    for i in range(n):
        s += i
    return s


def cpu_scaling(n: int = 10_000_000) -> float:
    """How much faster two busy processes finish than one, twice: the machine's own ceiling
    for ``--jobs 2`` right now (below 2 when other processes are using the cores)."""
    import multiprocessing as mp

    t0 = time.perf_counter()
    _busy(n)
    _busy(n)
    serial = time.perf_counter() - t0
    with mp.get_context("fork").Pool(2) as pool:
        pool.map(_busy, [1, 1])
        t0 = time.perf_counter()
        pool.map(_busy, [n, n], chunksize=1)
        parallel = time.perf_counter() - t0
    return serial / parallel


def run_audit(archive: Path, limit: int, jobs: int, workdir: Path) -> dict:
    out = workdir / f"audit-{limit}-j{jobs}.sqlite"
    stats = workdir / f"audit-{limit}-j{jobs}.json"
    for p in (out, stats):
        if p.exists():
            p.unlink()
    cmd = [sys.executable, "-m", "kikfacts.audit", str(archive), "--out", str(out),
           "--jobs", str(jobs), "--limit", str(limit), "--stats-json", str(stats),
           "--no-progress", "--quiet", "--no-config"]
    load_before = os.getloadavg()[0]
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True)
    wall = time.perf_counter() - t0
    load_after = os.getloadavg()[0]
    if proc.returncode != 0:
        raise SystemExit(f"audit failed ({proc.returncode}): {proc.stderr.strip()}")
    s = json.loads(stats.read_text())
    peaks = list(s["worker_peak_kb"].values())
    return {"docs": s["written"], "ok": s["ok"], "failed": s["failed"],
            "findings": s["n_findings"], "seconds": s["seconds"], "wall": wall,
            "startup_seconds": s["startup_seconds"], "parent_cpu_seconds": s["parent_cpu_seconds"],
            "docs_per_s": s["docs_per_s"], "mb_per_s": s["mb_per_s"],
            "worker_peak_mb": [round(p / 1024, 1) for p in peaks],
            "max_worker_peak_mb": round(max(peaks) / 1024, 1) if peaks else None,
            "parent_peak_mb": round(s["parent_peak_kb"] / 1024, 1),
            "timeouts": s.get("timeouts", 0),
            # 1-minute load average before and after: other work on the machine depresses the
            # figures, --jobs 2 most of all
            "load": [round(load_before, 2), round(load_after, 2)]}


def render(r: dict) -> str:
    f, j1, j2 = r["floor"], r["jobs1"], r["jobs2"]
    lines = [
        f"archive: {r['archive_docs']} documents, {r['archive_mb']:.1f} MB of text ({r['archive']})",
        f"sample: the first {r['sample']} documents; {os.cpu_count()} cores",
        "",
        f"{'run':<34}{'docs/s':>10}{'MB/s':>10}{'× floor':>10}{'findings':>10}",
        f"{'spaCy blank(da) tokenisation':<34}{f['docs_per_s']:>10.1f}{f['mb_per_s']:>10.3f}"
        f"{1.0:>10.3f}{'':>10}",
    ]
    for name, x in (("audit --jobs 1", j1), ("audit --jobs 2", j2)):
        lines.append(f"{name:<34}{x['docs_per_s']:>10.1f}{x['mb_per_s']:>10.3f}"
                     f"{x['docs_per_s'] / f['docs_per_s']:>10.3f}{x['findings']:>10}")
    lines.append(f"(audit docs/s are over processing time, after the pipeline is loaded; startup "
                 f"--jobs 1 {j1['startup_seconds']:.1f} s, --jobs 2 {j2['startup_seconds']:.1f} s; "
                 f"wall clock {j1['wall']:.1f} s and {j2['wall']:.1f} s; parent CPU at --jobs 2 "
                 f"{j2['parent_cpu_seconds']:.1f} s)")
    speedup = j2["docs_per_s"] / j1["docs_per_s"]
    lines.append(f"machine check: two busy processes run {r['cpu_scaling']:.2f}× faster than one "
                 f"(the ceiling for --jobs 2 right now; below 2 means other load on the cores)")
    lines.append(f"load average (1 min) before/after: --jobs 1 {j1['load'][0]:.2f}/{j1['load'][1]:.2f}"
                 f", --jobs 2 {j2['load'][0]:.2f}/{j2['load'][1]:.2f} (this run itself adds 1 or 2)")
    per_proc = j1["docs_per_s"] / f["docs_per_s"]
    lines += [
        "",
        f"--jobs 2 / --jobs 1: {speedup:.2f}×  (goal ≥ 1.7×: {'met' if speedup >= 1.7 else 'NOT met'})",
        f"--jobs 1 / tokenisation floor, per process: {per_proc:.3f}  "
        f"(goal ≥ 0.5: {'met' if per_proc >= 0.5 else 'NOT met'})",
    ]
    if "memory" in r:
        a, b = r["memory"]["small"], r["memory"]["large"]
        growth = (b["max_worker_peak_mb"] - a["max_worker_peak_mb"]) / a["max_worker_peak_mb"]
        lines += [
            "",
            f"peak memory per worker (--jobs 2): {a['docs']} docs: {a['worker_peak_mb']} MB; "
            f"{b['docs']} docs: {b['worker_peak_mb']} MB; parent {a['parent_peak_mb']} → "
            f"{b['parent_peak_mb']} MB",
            f"growth of the largest worker: {growth * 100:+.1f} %  "
            f"(goal within 10 %: {'met' if abs(growth) <= 0.10 else 'NOT met'})",
            f"--jobs 2 over all {b['docs']} documents: {b['docs_per_s']:.1f} docs/s, "
            f"{b['mb_per_s']:.3f} MB/s, {b['findings']} findings, {b['failed']} failed",
        ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--docs", type=int, default=20000, help="archive size (default 20000)")
    p.add_argument("--sample", type=int, default=2000,
                   help="documents for the --jobs 1 / --jobs 2 comparison (default 2000)")
    p.add_argument("--quick", action="store_true", help="500 documents, sample 200")
    p.add_argument("--no-memory", action="store_true", help="skip the run over the whole archive")
    p.add_argument("--workdir", help="where the archive and results go (default: a temp dir)")
    p.add_argument("--json", metavar="FILE", help="also write the figures as JSON")
    args = p.parse_args(argv)
    if args.quick:
        args.docs, args.sample = 500, 200
    args.sample = min(args.sample, args.docs)
    tmp = None
    if args.workdir:
        work = Path(args.workdir)
        work.mkdir(parents=True, exist_ok=True)
    else:
        tmp = tempfile.TemporaryDirectory(prefix="kikfacts-audit-bench-")
        work = Path(tmp.name)
    try:
        archive = work / f"archive-{args.docs}.jsonl"
        print(f"generating {args.docs} documents -> {archive}", file=sys.stderr)
        n, nbytes = build_archive(archive, args.docs)
        res: dict = {"archive": str(archive), "archive_docs": n, "archive_mb": nbytes / 1e6,
                     "sample": args.sample}
        res["cpu_scaling"] = cpu_scaling()
        print("tokenisation floor", file=sys.stderr)
        res["floor"] = tokenisation_floor(read_texts(archive, args.sample))
        print(f"audit --jobs 1 on {args.sample}", file=sys.stderr)
        res["jobs1"] = run_audit(archive, args.sample, 1, work)
        print(f"audit --jobs 2 on {args.sample}", file=sys.stderr)
        res["jobs2"] = run_audit(archive, args.sample, 2, work)
        if not args.no_memory and args.docs > args.sample:
            print(f"audit --jobs 2 on {args.docs}", file=sys.stderr)
            res["memory"] = {"small": res["jobs2"], "large": run_audit(archive, args.docs, 2, work)}
        print(render(res))
        if args.json:
            Path(args.json).write_text(json.dumps(res, indent=2), encoding="utf-8")
    finally:
        if tmp is not None:
            tmp.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
