"""Mutation benchmark for the checks (issue: the rule engine).

For every relation a gold file records as holding (``expected: status: verified``), change one
operand the way typos happen (a digit, the decimal comma, the scale word, a number word) and run
the checks again. A mutant is *detected* when the mutated document gets a warning or error that
touches the mutated figure or comes from the relation's rule. Also counts false errors on the
unmutated corpus (error-level findings the gold files don't expect).

    .venv/bin/python bench/mutation.py [--corpus corpus] [--limit N] [--misses] [--json FILE]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import regex

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from kikfacts.engine import check  # noqa: E402
from kikfacts.evaluate import corpus_documents, load_gold, match_checks, occurrences  # noqa: E402

_NUM = regex.compile(r"\d+(?:[.,]\d+)*")
_WORDS = {"to": "tre", "tre": "fire", "fire": "fem", "fem": "seks", "seks": "syv", "syv": "otte",
          "otte": "ni", "ni": "ti", "ti": "tolv", "tolv": "tretten", "halvdelen": "en tredjedel"}
_SCALES = [("mio.", "mia."), ("mia.", "mio."), ("millioner", "milliarder"),
           ("milliarder", "millioner")]


def mutations(text: str) -> list[tuple[str, str]]:
    """(kind, mutated text) for one operand's text."""
    out = []
    m = _NUM.search(text)
    if m:
        digits = [i for i, ch in enumerate(m.group()) if ch.isdigit()]
        i = digits[0]
        d = int(m.group()[i])
        new = str((d + 3) % 10 or 4)
        num = m.group()[:i] + new + m.group()[i + 1 :]
        out.append(("digit", text[: m.start()] + num + text[m.end() :]))
        if "," in m.group():
            out.append(("comma", text[: m.start()] + m.group().replace(",", "") + text[m.end() :]))
    for a, b in _SCALES:
        if a in text:
            out.append(("scale", text.replace(a, b, 1)))
            break
    for w in regex.findall(r"\p{L}+", text.lower()):
        if w in _WORDS and not m:
            out.append(("word", regex.sub(rf"(?i)\b{w}\b", _WORDS[w], text, count=1)))
            break
    return out


def run(corpus: Path, limit: int | None, show_misses: bool) -> dict:
    mutants = detected = 0
    by_kind: dict[str, list[int]] = {}
    by_rule: dict[str, list[int]] = {}
    misses = []
    false_errors = 0
    docs = corpus_documents(corpus)[:limit]
    t0 = time.perf_counter()
    for txt, gold_path in docs:
        gold = load_gold(gold_path)
        text = txt.read_text(encoding="utf-8")
        base = check(text)
        res = match_checks(base.document, gold.get("expected") or [], base)
        false_errors += sum(1 for u in res["fp"] if u["status"] == "finding" and u["severity"] == "error")
        for rel in gold.get("expected") or []:
            if rel.get("status") != "verified":
                continue
            for operand in rel.get("facts") or []:
                spans = occurrences(text, str(operand))
                if not spans:
                    continue
                s, e = spans[0]
                for kind, mutated in mutations(str(operand)):
                    new_text = text[:s] + mutated + text[e:]
                    new_end = s + len(mutated)
                    report = check(new_text)
                    hit = any(
                        f.severity != "info" and (
                            f.rule == rel["rule"] or any(sp["start"] < new_end and s < sp["end"] for sp in f.spans))
                        for f in report.findings)
                    mutants += 1
                    detected += hit
                    by_kind.setdefault(kind, [0, 0])[0] += hit
                    by_kind[kind][1] += 1
                    by_rule.setdefault(rel["rule"], [0, 0])[0] += hit
                    by_rule[rel["rule"]][1] += 1
                    if not hit:
                        misses.append({"document": txt.name, "rule": rel["rule"], "operand": operand,
                                       "mutant": mutated, "kind": kind})
    seconds = time.perf_counter() - t0
    out = {
        "documents": len(docs),
        "mutants": mutants,
        "detected": detected,
        "detection_rate": round(detected / mutants, 4) if mutants else None,
        "false_errors": false_errors,
        "false_errors_per_20_docs": round(false_errors / len(docs) * 20, 3) if docs else None,
        "by_kind": {k: f"{v[0]}/{v[1]}" for k, v in sorted(by_kind.items())},
        "by_rule": {k: f"{v[0]}/{v[1]}" for k, v in sorted(by_rule.items())},
        "seconds": round(seconds, 1),
        "misses": misses,
    }
    print(f"documents: {out['documents']}  mutants: {mutants}  detected: {detected}  "
          f"rate: {out['detection_rate']:.1%} (goal ≥ 95 %)")
    print(f"false errors on the unmutated corpus: {false_errors} "
          f"({out['false_errors_per_20_docs']} per 20 documents; goal ≤ 1)")
    print("by mutation:", out["by_kind"])
    print("by rule:    ", out["by_rule"])
    if show_misses:
        for m in misses:
            print(f"  miss {m['document']} [{m['rule']}] {m['operand']!r} -> {m['mutant']!r}")
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default=str(ROOT / "corpus"))
    ap.add_argument("--limit", type=int, help="only the first N documents")
    ap.add_argument("--misses", action="store_true", help="list every undetected mutant")
    ap.add_argument("--json", metavar="FILE", help="write the figures as JSON")
    args = ap.parse_args(argv)
    out = run(Path(args.corpus), args.limit, args.misses)
    if args.json:
        Path(args.json).write_text(json.dumps(out, ensure_ascii=False, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
