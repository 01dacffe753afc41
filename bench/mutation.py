"""Mutation benchmark for the checks (issue: the rule engine).

For every relation a gold file records as holding (``expected: status: verified``), change one
operand the way typos happen (a digit, the decimal comma, the scale word, a number word) and run
the checks again. A mutant is *detected* when the mutated document gets a warning or error that
touches the mutated figure or comes from the relation's rule. Also counts false errors on the
unmutated corpus (error-level findings the gold files don't expect).

Fairness:
- a finding the unmutated text already has (same rule, same message) does not detect a mutant;
- an operand is mutated where it stands in the relation: the same text listed twice means its
  next occurrence, and a text that also occurs elsewhere means the occurrence nearest the
  relation's other operands;
- a number word keeps its capital ("To år senere" -> "Tre år senere");
- a mutant of a sum-of-parts or percent-change relation that still holds within the precision
  its figures are written in (computed from the mutated text, not by the checks) is left out of
  the count and listed as "unbroken".

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

from kikfacts.checks.base import Interval, interval  # noqa: E402
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
            # keep the capital of a word that opens a sentence ("To år senere" -> "Tre år senere")
            new = _WORDS[w]
            out.append(("word", regex.sub(
                rf"(?i)\b{w}\b", lambda m, new=new: new.capitalize() if m.group()[0].isupper() else new,
                text, count=1)))
            break
    return out


def _operand_spans(text: str, operands: list[str]) -> list[tuple[str, tuple[int, int]]]:
    """Where each operand of a relation stands. The same text listed twice ("68 mio. kr." stated
    twice) means its next occurrence; a text that occurs elsewhere too means the occurrence
    nearest the relation's other operands (not a figure in another paragraph that happens to be
    written the same way)."""
    out = []
    seen: dict[str, int] = {}
    for i, op in enumerate(operands):
        spans = occurrences(text, op)
        k = seen.get(op, 0)
        seen[op] = k + 1
        if k >= len(spans):
            continue
        if operands.count(op) == 1 and len(spans) > 1:
            others = [sp for j, o in enumerate(operands) if o != op for sp in occurrences(text, o)[:3]]
            if others:
                spans = sorted(spans, key=lambda sp: min(abs(sp[0] - o[0]) for o in others))
                k = 0
        out.append((op, spans[k]))
    return out


def _facts_at(doc, spans: list[tuple[int, int]]):
    facts = []
    for s, e in spans:
        f = next((f for f in doc.facts if f.start < e and s < f.end and f.number is not None), None)
        if f is None:
            return None
        facts.append(f)
    return facts


def _still_holds(rel: dict, text: str, doc, at: tuple[int, int], new_len: int) -> bool:
    """Does the mutated relation still hold within the precision its figures are written in?
    Only for the arithmetic a gold relation spells out in order: sum-of-parts (first = sum of the
    rest) and percent-change (before, after, change). Anything else counts as broken."""
    if rel["rule"] not in ("sum-of-parts", "percent-change"):
        return False
    delta = new_len - (at[1] - at[0])
    spans = []
    for _, (s, e) in _operand_spans(text, [str(o) for o in rel.get("facts") or []]):
        if (s, e) == at:
            spans.append((s, s + new_len))
        else:
            spans.append((s + delta, e + delta) if s >= at[1] else (s, e))
    facts = _facts_at(doc, spans)
    if not facts or len(facts) != len(rel.get("facts") or []) or len({f.id for f in facts}) != len(facts):
        return False
    ivs = [interval(f) for f in facts]
    if rel["rule"] == "sum-of-parts":
        if len(facts) < 3 or any(f.kind == "percent" for f in facts):
            return False
        total = ivs[0]
        parts = Interval(sum(i.lo for i in ivs[1:]), sum(i.hi for i in ivs[1:]))
        return total.meets(parts) or total.meets(Interval(-parts.hi, -parts.lo))
    if len(facts) != 3 or facts[2].kind != "percent" or facts[0].kind == "percent" and facts[2].unit != "pp":
        return False
    a, b, p = ivs
    direction = facts[2].extra.get("direction")
    if direction == "down" and b.lo > a.hi or direction == "up" and b.hi < a.lo:
        return False  # "faldet med 15 procentpoint" from 30 to 45: the wrong way
    if facts[2].unit == "pp":
        d = b - a
        change = Interval(min(abs(d.lo), abs(d.hi)) if d.lo * d.hi > 0 else 0, max(abs(d.lo), abs(d.hi)))
    elif a.lo > 0:
        lo, hi = (b.lo - a.hi) / a.hi * 100, (b.hi - a.lo) / a.lo * 100
        change = Interval(min(abs(lo), abs(hi)) if lo * hi > 0 else 0, max(abs(lo), abs(hi)))
    else:
        return False
    return change.meets(p)


def run(corpus: Path, limit: int | None, show_misses: bool) -> dict:
    mutants = detected = 0
    by_kind: dict[str, list[int]] = {}
    by_rule: dict[str, list[int]] = {}
    misses = []
    unbroken: list[dict] = []
    false_errors = 0
    docs = corpus_documents(corpus)[:limit]
    t0 = time.perf_counter()
    for txt, gold_path in docs:
        gold = load_gold(gold_path)
        text = txt.read_text(encoding="utf-8")
        base = check(text)
        res = match_checks(base.document, gold.get("expected") or [], base)
        # a finding the unmutated text already has says nothing about the mutant
        base_keys = {(f.rule, f.message) for f in base.findings if f.severity != "info"}
        false_errors += sum(1 for u in res["fp"] if u["status"] == "finding" and u["severity"] == "error")
        for rel in gold.get("expected") or []:
            if rel.get("status") != "verified":
                continue
            for operand, (s, e) in _operand_spans(text, [str(o) for o in rel.get("facts") or []]):
                for kind, mutated in mutations(operand):
                    new_text = text[:s] + mutated + text[e:]
                    new_end = s + len(mutated)
                    report = check(new_text)
                    if _still_holds(rel, text, report.document, (s, e), len(mutated)):
                        # within the precision the figures are written in: not a broken relation
                        unbroken.append({"document": txt.name, "rule": rel["rule"], "operand": operand,
                                         "mutant": mutated, "kind": kind})
                        continue
                    hit = any(
                        f.severity != "info" and (f.rule, f.message) not in base_keys and (
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
                                       "mutant": mutated, "kind": kind, "relation": rel.get("facts")})
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
        "not_breaking": len(unbroken),
        "misses": misses,
        "unbroken": unbroken,
    }
    print(f"documents: {out['documents']}  mutants: {mutants}  detected: {detected}  "
          f"rate: {out['detection_rate']:.1%} (goal ≥ 95 %)")
    print(f"false errors on the unmutated corpus: {false_errors} "
          f"({out['false_errors_per_20_docs']} per 20 documents; goal ≤ 1)")
    print(f"left out: {len(unbroken)} mutants that keep the relation within the written precision")
    print("by mutation:", out["by_kind"])
    print("by rule:    ", out["by_rule"])
    if show_misses:
        for m in unbroken:
            print(f"  unbroken {m['document']} [{m['rule']}] {m['operand']!r} -> {m['mutant']!r}")
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
