"""Warm check latency through ``kikfacts serve`` beside the cold ``kikfacts check`` (issue #6).

Starts ``kikfacts serve`` on 127.0.0.1 (a free port) in a subprocess, sends a ~5 KB draft to
``POST /api/check`` over one keep-alive httpx connection (warm-up, then ``--requests`` timed
requests) and times the whole ``kikfacts check --server URL`` process against it, stops the
server, and times the whole ``kikfacts check --format json`` process on the same
draft (``--cold-runs`` times). Prints one table; ``--json FILE`` writes the figures as well.
Goal: warm median under 50 ms. All traffic stays on the loopback address.

    .venv/bin/python bench/serve.py [--requests 50] [--cold-runs 3] [--kb 5] [--json out.json]
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.corpus import load_sources, nbytes

GOAL_MS = 50.0


def draft(kb: float) -> str:
    """At most ``kb`` KB of press releases (whole paragraphs): the example draft (which has
    findings) and then corpus documents."""
    texts = [(ROOT / "examples" / "udkast.txt").read_text(encoding="utf-8")]
    texts += [t for _, t in load_sources()]
    paras = [p.strip() for t in texts for p in t.split("\n\n") if p.strip()]
    out: list[str] = []
    for p in paras:  # whole paragraphs, as many as fit
        if out and nbytes("\n\n".join(out + [p])) > kb * 1024:
            break
        out.append(p)
    return "\n\n".join(out) + "\n"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _pct(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, round(q * (len(values) - 1)))]


def warm(text: str, requests: int, warmup: int, client_runs: int) -> dict:
    import httpx

    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    t0 = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "kikfacts.web.cli", "serve", "--port", str(port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=ROOT)
    try:
        with httpx.Client(base_url=base, timeout=30) as client:
            deadline = time.monotonic() + 120
            while True:
                if proc.poll() is not None:
                    raise SystemExit(f"serve exited: {proc.stderr.read().decode(errors='replace')}")
                try:
                    if client.get("/healthz").status_code == 200:
                        break
                except httpx.TransportError:
                    pass
                if time.monotonic() > deadline:
                    raise SystemExit("serve did not start within 120 s")
                time.sleep(0.05)
            ready = time.perf_counter() - t0
            body = {"text": text}
            for _ in range(warmup):
                client.post("/api/check", json=body).raise_for_status()
            times = []
            answer = None
            for _ in range(requests):
                t = time.perf_counter()
                r = client.post("/api/check", json=body)
                times.append((time.perf_counter() - t) * 1000)
                r.raise_for_status()
                answer = r.json()
            # the whole `kikfacts check --server URL` process against the warm server
            via_server = cold(text, client_runs, "--server", base)
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
    return {"startup_s": ready, "median_ms": statistics.median(times), "p90_ms": _pct(times, 0.9),
            "min_ms": min(times), "max_ms": max(times), "requests": requests,
            "findings": len(answer["findings"]), "facts": len(answer["facts"]),
            "via_server": via_server}


def in_process(text: str, reps: int) -> float:
    """Median ms of the library call alone (``engine.check``), for the HTTP overhead."""
    from kikfacts.engine import Config, check

    check(text, Config())
    times = []
    for _ in range(reps):
        t = time.perf_counter()
        check(text, Config())
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times)


def cold(text: str, runs: int, *extra: str) -> dict:
    exe = Path(sys.executable).with_name("kikfacts")
    script = "import sys; from kikfacts.cli import main; sys.exit(main())"
    cmd = [str(exe)] if exe.exists() else [sys.executable, "-c", script]
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "draft.txt"
        path.write_text(text, encoding="utf-8")
        times = []
        for _ in range(runs):
            t = time.perf_counter()
            done = subprocess.run([*cmd, "check", "--format", "json", "--no-config", *extra, str(path)],
                                  capture_output=True, cwd=tmp, check=False)
            times.append(time.perf_counter() - t)
            if done.returncode not in (0, 1) or done.stderr:
                raise SystemExit(f"kikfacts check failed: {done.stderr.decode(errors='replace')}")
    return {"median_s": statistics.median(times), "min_s": min(times), "runs": runs}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--requests", type=int, default=50, help="timed requests (default 50)")
    ap.add_argument("--warmup", type=int, default=5, help="untimed requests first (default 5)")
    ap.add_argument("--cold-runs", type=int, default=3, help="cold CLI runs (default 3)")
    ap.add_argument("--kb", type=float, default=5, help="draft size in KB (default 5)")
    ap.add_argument("--json", metavar="FILE", help="also write the figures as JSON")
    args = ap.parse_args(argv)

    text = draft(args.kb)
    w = warm(text, args.requests, args.warmup, args.cold_runs)
    lib = in_process(text, max(5, min(args.requests, 20)))
    c = cold(text, args.cold_runs)
    speedup = c["median_s"] * 1000 / w["median_ms"]
    print(f"kikfacts serve benchmark: draft {nbytes(text)} bytes, {w['facts']} facts, "
          f"{w['findings']} findings; {os.cpu_count()} CPUs")
    print(f"{'what':<50} {'figure':>12}")
    print(f"{'warm POST /api/check, median of ' + str(w['requests']):<50} {w['median_ms']:>9.1f} ms")
    print(f"{'  p90 / min / max':<50} {w['p90_ms']:.1f} / {w['min_ms']:.1f} / {w['max_ms']:.1f} ms")
    print(f"{'  library check() alone, median':<50} {lib:>9.1f} ms")
    print(f"{'server start until /healthz answers':<50} {w['startup_s']:>10.2f} s")
    print(f"{'cold kikfacts check (whole process), median of ' + str(c['runs']):<50} "
          f"{c['median_s']:>10.2f} s")
    print(f"{'cold / warm':<50} {speedup:>10.0f} x")
    v = w["via_server"]
    print(f"{'kikfacts check --server URL (whole process), median':<50} {v['median_s']:>10.2f} s")
    print(f"{'cold check / check --server':<50} {c['median_s'] / v['median_s']:>10.1f} x")
    verdict = "met" if w["median_ms"] < GOAL_MS else "NOT met"
    print(f"goal: warm median < {GOAL_MS:.0f} ms: {verdict}")
    if args.json:
        Path(args.json).write_text(json.dumps({"bytes": nbytes(text), "warm": w, "library_ms": lib,
                                               "cold": c, "goal_ms": GOAL_MS}, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
