"""Extraction benchmarks for issue #2: throughput, baselines, linearity and cold start.

Run from the repository root:

    .venv/bin/python bench/extraction.py            # full run: 10 MB corpus, ~4-5 minutes
    .venv/bin/python bench/extraction.py --quick    # ~1 MB, fewer repetitions, ~30-40 s
    .venv/bin/python bench/extraction.py --json out.json

What is measured, in one process and one run, on the same texts, one call per document:
  a. ``kikfacts.extract(text)`` throughput in MB/s (pipeline loaded and warmed before timing);
  b. the floor: ``spacy.blank("da")`` tokenisation alone (``nlp.make_doc(text)``);
  c. the naive peer: ``dateparser.search.search_dates(text, languages=["da"])``, on a sample
     (the first ``--sd-mb`` MB of documents) because it is slow; extract's figure for the ratio is
     taken on the same sample;
  d. linearity: time per MB of one document of ``--linear-mb`` MB (documents joined with blank
     lines) against time per MB of the same text cut into ~4 KB documents. The large document
     runs in a forked child with a time limit (``--timeout``); when the limit is hit the ratio is
     reported as a lower bound (">=");
  e. cold start: whole-process wall time of ``kikfacts extract examples/udkast.txt`` (the console
     script next to this Python) against ``python -c "import spacy; spacy.blank('da')"``, run
     alternately ``--cold-runs`` times.

MB is 10**6 bytes of UTF-8 text. Times are ``time.perf_counter`` wall times; figures are medians.
Throughput (a, b) is timed per document; the corpus is cut into 10 batches and the figure is the
median of the batches' MB/s (tokenisation repeated ``--reps`` times per batch, median kept;
extraction once per batch, interleaved with tokenisation so both see the same machine state).
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import json
import multiprocessing as mp
import os
import platform
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.corpus import OUT, build, group, nbytes, one_document, take  # noqa: E402

GOAL_FLOOR = 0.5  # extract throughput / tokenisation throughput, at least
GOAL_LINEAR = 1.2  # time per MB of a 1 MB document / of 4 KB documents, at most
GOAL_COLD = 1.3  # kikfacts extract process / spacy.blank process, at most

perf = time.perf_counter


# --------------------------------------------------------------------------- helpers

def _timed_each(fn, docs: list[str]) -> list[float]:
    """Seconds per call of ``fn(doc)``, one call per document."""
    out = []
    for d in docs:
        t0 = perf()
        fn(d)
        out.append(perf() - t0)
    return out


def _batches(docs: list[str], n: int) -> list[list[str]]:
    """``docs`` cut into ``n`` consecutive batches of about equal bytes."""
    total = sum(nbytes(d) for d in docs)
    per = total / n
    out: list[list[str]] = [[]]
    acc = 0
    for d in docs:
        if out[-1] and acc >= per * len(out) and len(out) < n:
            out.append([])
        out[-1].append(d)
        acc += nbytes(d)
    return out


def _log(msg: str, quiet: bool) -> None:
    if not quiet:
        print(msg, file=sys.stderr, flush=True)


# --------------------------------------------------------------------------- a, b, c

def measure_throughput(docs: list[str], reps: int, n_batches: int, quiet: bool) -> dict:
    import spacy

    import kikfacts

    nlp = spacy.blank("da")
    warm = docs[:50]
    for d in warm:  # load the pipeline, dateparser's data and the tokenizer caches
        kikfacts.extract(d)
        nlp.make_doc(d)

    batches = _batches(docs, n_batches)
    ext_times: list[float] = []  # per document, in corpus order
    ext_mbps, tok_mbps = [], []
    tok_total = 0.0
    for i, batch in enumerate(batches):
        mb = sum(nbytes(d) for d in batch) / 1e6
        tok = [sum(_timed_each(nlp.make_doc, batch)) for _ in range(reps)]
        ext = _timed_each(kikfacts.extract, batch)
        ext_times.extend(ext)
        tok_med = statistics.median(tok)
        tok_total += tok_med
        ext_mbps.append(mb / sum(ext))
        tok_mbps.append(mb / tok_med)
        _log(f"  batch {i + 1}/{len(batches)}: {mb:.2f} MB  extract {ext_mbps[-1]:.3f} MB/s"
             f"  tokenise {tok_mbps[-1]:.2f} MB/s", quiet)
    total_mb = sum(nbytes(d) for d in docs) / 1e6
    return {
        "corpus_mb": round(total_mb, 3),
        "documents": len(docs),
        "mean_document_kb": round(total_mb * 1000 / len(docs), 2),
        "batches": len(batches),
        "tokenise_reps_per_batch": reps,
        "extract_mb_s": statistics.median(ext_mbps),
        "extract_mb_s_batches": ext_mbps,
        "extract_mb_s_overall": total_mb / sum(ext_times),
        "extract_ms_per_document_median": statistics.median(ext_times) * 1000,
        "floor_mb_s": statistics.median(tok_mbps),
        "floor_mb_s_batches": tok_mbps,
        "floor_mb_s_overall": total_mb / tok_total,
        "_ext_times": ext_times,
    }


def measure_search_dates(docs: list[str], ext_times: list[float], sample_mb: float,
                         quiet: bool) -> dict:
    from dateparser.search import search_dates

    sample = take(docs, sample_mb)
    search_dates(sample[0], languages=["da"])  # load dateparser's Danish data before timing
    _log(f"  search_dates on {len(sample)} documents ...", quiet)
    sd = _timed_each(lambda d: search_dates(d, languages=["da"]), sample)
    mb = sum(nbytes(d) for d in sample) / 1e6
    ext = sum(ext_times[: len(sample)])  # extract's times on the very same documents
    return {
        "sample_mb": round(mb, 3),
        "sample_documents": len(sample),
        "search_dates_mb_s": mb / sum(sd),
        "search_dates_ms_per_document_median": statistics.median(sd) * 1000,
        "extract_mb_s_on_sample": mb / ext,
    }


# --------------------------------------------------------------------------- d

def _child_extract(text: str, reps: int, budget: float, queue) -> None:
    import kikfacts

    kikfacts.extract("Kommunen sparer 9,7 mio. kr. i 2024.")  # warm pipeline in the child too
    spent = 0.0
    for _ in range(reps):
        t0 = perf()
        try:
            kikfacts.extract(text)
        except Exception as exc:  # e.g. spaCy's E088 above nlp.max_length characters
            queue.put(("error", f"{type(exc).__name__}: {str(exc)[:200]}"))
            return
        dt_ = perf() - t0
        queue.put(("ok", dt_))
        spent += dt_
        if spent * (1 + 1 / max(reps, 1)) > budget:  # another run would not fit the budget
            break


def _time_large(text: str, reps: int, timeout: float) -> tuple[list[float], bool, str | None]:
    """Times of ``extract(text)`` in a forked child; (times, timed_out, error)."""
    try:
        ctx = mp.get_context("fork")
    except ValueError:  # no fork on this platform: run in-process, without a time limit
        import kikfacts

        try:
            return [_timed_each(kikfacts.extract, [text])[0] for _ in range(reps)], False, None
        except Exception as exc:
            return [], False, f"{type(exc).__name__}: {str(exc)[:200]}"
    q = ctx.Queue()
    p = ctx.Process(target=_child_extract, args=(text, reps, timeout, q), daemon=True)
    t0 = perf()
    p.start()
    msgs: list[tuple[str, object]] = []
    timed_out = False
    while True:
        left = timeout - (perf() - t0)
        p.join(max(0.0, min(left, 0.5)))
        while not q.empty():
            msgs.append(q.get())
        if not p.is_alive():
            break
        if left <= 0:
            timed_out = True
            p.terminate()
            p.join()
            break
    while not q.empty():
        msgs.append(q.get())
    times = [float(v) for k, v in msgs if k == "ok"]
    errors = [str(v) for k, v in msgs if k == "error"]
    error = errors[0] if errors else None
    if not times and not timed_out and error is None:
        error = f"child process ended with exit code {p.exitcode}"
    return times, timed_out and not times, error


def measure_linearity(docs: list[str], mb: float, reps: int, timeout: float,
                      series: list[float], quiet: bool) -> dict:
    import kikfacts

    small = group(docs, 4096)
    big = one_document(small, mb)
    # the very same text as ~4 KB documents: the groups that went into the big document
    n = 0
    used = 0
    big_bytes = nbytes(big)
    while n < len(small) and used < big_bytes:
        used += nbytes(small[n]) + (2 if n else 0)
        n += 1
    small = small[:n]
    small_mb = sum(nbytes(d) for d in small) / 1e6
    big_mb = big_bytes / 1e6
    for d in small[:20]:
        kikfacts.extract(d)
    _log(f"  {len(small)} documents of ~4 KB ({small_mb:.3f} MB) x {reps} ...", quiet)
    small_s = [sum(_timed_each(kikfacts.extract, small)) for _ in range(reps)]
    small_per_mb = statistics.median(small_s) / small_mb

    series_out = []
    for s_mb in (x for x in series if x < mb):
        doc = one_document(small, s_mb)
        t = _timed_each(kikfacts.extract, [doc])[0]
        series_out.append({"mb": round(nbytes(doc) / 1e6, 4), "s": t,
                           "s_per_mb": t / (nbytes(doc) / 1e6)})
        _log(f"  one document of {nbytes(doc) / 1e6:.3f} MB: {t:.2f} s", quiet)

    _log(f"  one document of {big_mb:.3f} MB ({len(big)} characters), limit {timeout:.0f} s ...",
         quiet)
    times, timed_out, error = _time_large(big, reps, timeout)
    big_s = None
    if timed_out:
        big_per_mb = timeout / big_mb  # it took longer than this: a lower bound
    elif times:
        big_s = statistics.median(times)
        big_per_mb = big_s / big_mb
    else:
        big_per_mb = None
        _log(f"  large document failed: {error}", quiet)
    return {
        "large_document_mb": round(big_mb, 4),
        "large_document_chars": len(big),
        "large_document_s": big_s,
        "large_document_runs": len(times),
        "large_document_timed_out": timed_out,
        "large_document_error": error if not times else None,
        "timeout_s": timeout,
        "small_documents": len(small),
        "small_documents_mean_kb": round(small_mb * 1000 / len(small), 2),
        "small_documents_mb": round(small_mb, 4),
        "small_documents_s": statistics.median(small_s),
        "small_s_per_mb": small_per_mb,
        "large_s_per_mb": big_per_mb,
        "ratio": big_per_mb / small_per_mb if big_per_mb is not None else None,
        "ratio_is_lower_bound": timed_out,
        "series": series_out,
    }


# --------------------------------------------------------------------------- e

def _kikfacts_command() -> list[str]:
    exe = Path(sys.executable).parent / ("kikfacts.exe" if os.name == "nt" else "kikfacts")
    if exe.exists():
        return [str(exe)]
    return [sys.executable, "-m", "kikfacts.cli"]  # fallback; the figure then notes it


def measure_cold(runs: int, quiet: bool) -> dict:
    example = ROOT / "examples" / "udkast.txt"
    kf = _kikfacts_command() + ["extract", str(example)]
    base = [sys.executable, "-c", "import spacy; spacy.blank('da')"]

    def once(cmd: list[str]) -> float:
        t0 = perf()
        r = subprocess.run(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        t = perf() - t0
        if r.returncode not in (0, 1):  # 1: findings, still a complete run
            raise RuntimeError(f"{cmd} failed ({r.returncode}): {r.stderr.decode()[-500:]}")
        return t

    if runs >= 3:  # warm the OS file cache; not counted
        once(kf)
        once(base)
    kf_t, base_t = [], []
    for i in range(runs):
        # alternate which goes first, so neither always follows the other
        if i % 2:
            base_t.append(once(base))
            kf_t.append(once(kf))
        else:
            kf_t.append(once(kf))
            base_t.append(once(base))
    _log(f"  {runs} runs each", quiet)
    return {
        "runs": runs,
        "command": " ".join(Path(c).name if i == 0 else c for i, c in enumerate(kf[:2]))
        + " examples/udkast.txt",
        "kikfacts_s": statistics.median(kf_t),
        "kikfacts_s_all": kf_t,
        "spacy_blank_s": statistics.median(base_t),
        "spacy_blank_s_all": base_t,
        "ratio": statistics.median(kf_t) / statistics.median(base_t),
    }


# --------------------------------------------------------------------------- report

def _status(ok: bool | None) -> str:
    return "-" if ok is None else ("PASS" if ok else "MISS")


def render(res: dict) -> str:
    t, s, lin, cold = res["throughput"], res["search_dates"], res["linearity"], res["cold_start"]
    rows: list[tuple[str, str, str, str]] = []
    rows.append(("a. extract throughput", f"{t['extract_mb_s']:.3f} MB/s", "", ""))
    rows.append(("b. floor: spacy.blank('da') tokenise", f"{t['floor_mb_s']:.3f} MB/s", "", ""))
    r = res["ratios"]["extract_over_floor"]
    rows.append(("   extract / floor", f"{r:.3f}", f">= {GOAL_FLOOR}", _status(r >= GOAL_FLOOR)))
    rows.append((f"c. peer: search_dates (sample {s['sample_mb']:.2f} MB)",
                 f"{s['search_dates_mb_s']:.4f} MB/s", "", ""))
    rows.append(("   extract on that sample", f"{s['extract_mb_s_on_sample']:.3f} MB/s", "", ""))
    rows.append(("   extract / search_dates", f"{res['ratios']['extract_over_search_dates']:.1f}x",
                 "(none)", "-"))
    if lin:
        if lin["large_s_per_mb"] is None:
            big = "failed (see JSON)"
        elif lin["ratio_is_lower_bound"]:
            big = f">= {lin['large_s_per_mb']:.2f} s/MB (timed out)"
        else:
            big = f"{lin['large_s_per_mb']:.2f} s/MB"
        rows.append((f"d. one {lin['large_document_mb']:.3f} MB document"
                     f" ({lin['large_document_chars']} characters)", big, "", ""))
        rows.append((f"   {lin['small_documents']} documents of ~{lin['small_documents_mean_kb']:.1f} KB",
                     f"{lin['small_s_per_mb']:.2f} s/MB", "", ""))
        for p in lin["series"]:
            rows.append((f"   (one {p['mb']:.3f} MB document)", f"{p['s_per_mb']:.2f} s/MB", "", ""))
        lb = ">= " if lin["ratio_is_lower_bound"] else ""
        ratio = "n/a" if lin["ratio"] is None else f"{lb}{lin['ratio']:.2f}"
        rows.append(("   large / small, per MB", ratio, f"<= {GOAL_LINEAR}",
                     _status(lin["ratio"] is not None and lin["ratio"] <= GOAL_LINEAR)))
    else:
        rows.append(("d. linearity", "skipped", f"<= {GOAL_LINEAR}", "-"))
    if cold:
        rows.append(("e. cold: " + cold["command"], f"{cold['kikfacts_s']:.3f} s", "", ""))
        rows.append(("   cold: python -c spacy.blank('da')", f"{cold['spacy_blank_s']:.3f} s", "", ""))
        rows.append((f"   ratio (median of {cold['runs']})", f"{cold['ratio']:.2f}", f"<= {GOAL_COLD}",
                     _status(cold["ratio"] <= GOAL_COLD)))
    else:
        rows.append(("e. cold start", "skipped", f"<= {GOAL_COLD}", "-"))

    w0 = max(len(r[0]) for r in rows)
    w1 = max(len(r[1]) for r in rows)
    w2 = max(max(len(r[2]) for r in rows), 4)
    head = f"{'figure':<{w0}}  {'value':>{w1}}  {'goal':<{w2}}  result"
    lines = [
        f"kikfacts {res['kikfacts_version']} extraction benchmark, {res['date']}"
        f" ({res['params']['kind']} run, {res['machine']['cpus']} CPUs,"
        f" Python {res['machine']['python']}, spaCy {res['machine']['spacy']})",
        f"corpus: {t['corpus_mb']:.2f} MB, {t['documents']} documents of {t['mean_document_kb']:.2f} KB"
        f" on average; medians of {t['batches']} batches",
        "",
        head,
        "-" * len(head),
    ]
    lines += [f"{a:<{w0}}  {b:>{w1}}  {c:<{w2}}  {d}" for a, b, c, d in rows]
    return "\n".join(lines)


def run(args: argparse.Namespace) -> dict:
    import dateparser
    import spacy

    import kikfacts

    quiet = args.quiet
    t_start = perf()
    _log(f"corpus: {args.mb:g} MB ...", quiet)
    docs = build(args.mb, cache_dir=args.cache_dir)

    _log("a/b. extract and tokenise, per document ...", quiet)
    thr = measure_throughput(docs, args.reps, args.batches, quiet)
    ext_times = thr.pop("_ext_times")

    _log("c. search_dates on a sample ...", quiet)
    sd = measure_search_dates(docs, ext_times, args.sd_mb, quiet)

    lin = None
    if args.linear_mb > 0:
        _log("d. linearity ...", quiet)
        lin = measure_linearity(docs, args.linear_mb, args.linear_reps, args.timeout,
                                args.series, quiet)
    cold = None
    if args.cold_runs > 0:
        _log("e. cold start ...", quiet)
        cold = measure_cold(args.cold_runs, quiet)

    return {
        "date": dt.datetime.now().isoformat(timespec="seconds"),
        "kikfacts_version": kikfacts.__version__,
        "machine": {
            "cpus": os.cpu_count(),
            "platform": platform.platform(),
            "processor": platform.processor() or platform.machine(),
            "python": platform.python_version(),
            "spacy": spacy.__version__,
            "dateparser": dateparser.__version__,
        },
        "params": {
            "kind": "quick" if args.quick else ("full" if args.mb >= 10 else "custom"),
            "quick": args.quick, "mb": args.mb, "reps": args.reps, "batches": args.batches,
            "sd_mb": args.sd_mb, "linear_mb": args.linear_mb, "linear_reps": args.linear_reps,
            "timeout_s": args.timeout, "series_mb": args.series, "cold_runs": args.cold_runs,
        },
        "throughput": thr,
        "search_dates": sd,
        "linearity": lin,
        "cold_start": cold,
        "ratios": {
            "extract_over_floor": thr["extract_mb_s"] / thr["floor_mb_s"],
            "extract_over_search_dates": sd["extract_mb_s_on_sample"] / sd["search_dates_mb_s"],
            "linearity": lin["ratio"] if lin else None,
            "linearity_is_lower_bound": lin["ratio_is_lower_bound"] if lin else None,
            "cold_start": cold["ratio"] if cold else None,
        },
        "goals": {
            "extract_over_floor_min": GOAL_FLOOR,
            "linearity_max": GOAL_LINEAR,
            "cold_start_max": GOAL_COLD,
        },
        "elapsed_s": perf() - t_start,
    }


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--quick", action="store_true",
                   help="~1 MB, fewer repetitions, a 0.125 MB large document (~30-40 s)")
    p.add_argument("--mb", type=float, help="corpus size in MB (default 10; quick 1)")
    p.add_argument("--reps", type=int, help="tokenisation repetitions per batch (default 3; quick 2)")
    p.add_argument("--batches", type=int, default=10, help="batches the corpus is cut into")
    p.add_argument("--sd-mb", type=float, help="search_dates sample in MB (default 0.5; quick 0.1)")
    p.add_argument("--linear-mb", type=float,
                   help="size of the large document in MB (default 1; quick 0.125; 0 skips)")
    p.add_argument("--linear-reps", type=int, help="repetitions for linearity (default 2; quick 1)")
    p.add_argument("--timeout", type=float,
                   help="time limit for the large document, s (default 45; quick 10)")
    p.add_argument("--series", type=float, nargs="*",
                   help="extra single-document sizes in MB, timed once (default 0.032 0.128;"
                        " quick none)")
    p.add_argument("--cold-runs", type=int, help="cold-start runs of each command (default 10;"
                                                 " quick 3; 0 skips)")
    p.add_argument("--cache-dir", type=Path, default=OUT, help="corpus cache (default bench/out)")
    p.add_argument("--json", type=Path, metavar="FILE", help="also write the figures as JSON")
    p.add_argument("--quiet", action="store_true", help="no progress lines on stderr")
    args = p.parse_args(argv)
    q = args.quick
    defaults = {
        "mb": 1.0 if q else 10.0, "reps": 2 if q else 3, "sd_mb": 0.1 if q else 0.5,
        "linear_mb": 0.125 if q else 1.0, "linear_reps": 1 if q else 2,
        "timeout": 10.0 if q else 45.0, "series": [] if q else [0.032, 0.128],
        "cold_runs": 3 if q else 10,
    }
    for k, v in defaults.items():
        if getattr(args, k) is None:
            setattr(args, k, v)
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    gc.collect()
    res = run(args)
    print(render(res))
    print(f"\n(took {res['elapsed_s']:.0f} s)")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(res, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
