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
    return 0


if __name__ == "__main__":
    sys.exit(main())
