"""How much the checks add to extraction time (issue: the rule engine; goal ≤ 30 %).

Extracts every document of the benchmark corpus once, then runs the rules over the extracted
documents, both timed in the same run, and prints the ratio.

    .venv/bin/python bench/check_overhead.py [--mb 10] [--quick]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT))

import kikfacts  # noqa: E402
from kikfacts.engine import Config, active_rules, run_rules  # noqa: E402


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=10.0, help="corpus size in MB (default 10)")
    ap.add_argument("--quick", action="store_true", help="1 MB only")
    args = ap.parse_args(argv)
    mb = 1.0 if args.quick else args.mb
    from bench.corpus import build

    texts = build(mb)
    size = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    kikfacts.extract(texts[0])
    cfg = Config()
    rules = active_rules(cfg)
    t = time.perf_counter()
    docs = [kikfacts.extract(x) for x in texts]
    t_extract = time.perf_counter() - t
    t = time.perf_counter()
    findings = 0
    for d in docs:
        findings += len(run_rules(d, rules, cfg).findings)
    t_check = time.perf_counter() - t
    ratio = t_check / t_extract
    print(f"documents {len(texts)}  {size:.2f} MB  findings {findings}")
    print(f"extract {t_extract:.1f} s ({size / t_extract:.3f} MB/s)  checks {t_check:.1f} s")
    print(f"checks add {ratio:.1%} to extraction time (goal ≤ 30 %): {'PASS' if ratio <= 0.3 else 'MISS'}")
    cold(3 if args.quick else 10)
    return 0


def cold(runs: int) -> None:
    """Whole-process time of `kikfacts check` on a 5 KB draft against `spacy.blank('da')`,
    run alternately in the same run (issue: kikfacts check; goal ≤ 1.3)."""
    import statistics
    import subprocess
    import tempfile

    docs = sorted((ROOT / "corpus" / "docs").glob("*.txt"))
    text = ""
    for d in docs:
        if len(text.encode("utf-8")) >= 5000:
            break
        text += d.read_text(encoding="utf-8") + "\n\n"
    exe = Path(sys.executable).parent / "kikfacts"
    with tempfile.TemporaryDirectory() as tmp:
        draft = Path(tmp) / "udkast.txt"
        draft.write_text(text, encoding="utf-8")
        a_cmd = [str(exe), "check", "--no-config", "--fail-on", "never", str(draft)]
        b_cmd = [sys.executable, "-c", "import spacy; spacy.blank('da')"]
        a, b = [], []
        for i in range(runs + 1):
            for cmd, acc in ((a_cmd, a), (b_cmd, b)):
                t = time.perf_counter()
                subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
                if i:  # the first pair warms the disk cache and the pattern cache
                    acc.append(time.perf_counter() - t)
    ma, mb = statistics.median(a), statistics.median(b)
    r = statistics.median(x / y for x, y in zip(a, b))
    print(f"cold kikfacts check on {len(text.encode('utf-8')) / 1000:.1f} KB: {ma:.3f} s; "
          f"spacy.blank('da'): {mb:.3f} s; ratio {r:.2f} (goal ≤ 1.3): {'PASS' if r <= 1.3 else 'MISS'}")


if __name__ == "__main__":
    sys.exit(main())
