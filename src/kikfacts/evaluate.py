"""Score the extractor against gold annotations: precision, recall and F1 per fact kind.

Gold files are described in ``corpus/GUIDE.md``. A predicted fact matches a gold fact when the
kinds agree, the predicted span overlaps an occurrence of the gold text, and the values agree.
The seed releases are scored against the tables of their ``EXPECTED.md``.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .extract import extract
from .model import FACT_KINDS, Document


class GoldError(ValueError):
    """A gold file that does not follow the guide; the message names the file."""


def values_equal(gold: Any, pred: Any, tol: float = 1e-3) -> bool:
    if isinstance(gold, dict):
        return isinstance(pred, dict) and all(
            k in pred and values_equal(v, pred[k], tol) for k, v in gold.items()
        )
    if isinstance(gold, list):
        return (
            isinstance(pred, list)
            and len(gold) == len(pred)
            and all(values_equal(g, p, tol) for g, p in zip(gold, pred))
        )
    if isinstance(gold, bool) or gold is None:
        return gold == pred
    if isinstance(gold, (int, float)):
        if not isinstance(pred, (int, float)) or isinstance(pred, bool):
            return False
        return abs(gold - pred) <= max(tol, abs(gold) * 1e-9)
    if isinstance(gold, (dt.date,)):
        gold = gold.isoformat()
    return str(gold) == str(pred)


def occurrences(text: str, needle: str) -> list[tuple[int, int]]:
    out, i = [], text.find(needle)
    while i >= 0 and needle:
        out.append((i, i + len(needle)))
        i = text.find(needle, i + 1)
    return out


@dataclass
class KindScore:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class DocResult:
    name: str
    misses: list[dict[str, Any]] = field(default_factory=list)
    false_hits: list[dict[str, Any]] = field(default_factory=list)
    not_fact_hits: list[dict[str, Any]] = field(default_factory=list)


def match_facts(
    doc: Document, gold: list[dict[str, Any]], result: DocResult, scores: dict[str, KindScore]
) -> None:
    used: set[int] = set()
    for g in gold:
        kind = g["kind"]
        spans = occurrences(doc.text, str(g["text"]))
        hit = None
        for i, f in enumerate(doc.facts):
            if i in used or f.kind != kind:
                continue
            if any(f.start < e and s < f.end for s, e in spans) and values_equal(g["value"], f.value):
                hit = i
                break
        sc = scores.setdefault(kind, KindScore())
        if hit is None:
            sc.fn += 1
            near = [
                {"text": f.text, "kind": f.kind, "value": f.value}
                for f in doc.facts
                if any(f.start < e and s < f.end for s, e in spans)
            ]
            result.misses.append({"kind": kind, "text": g["text"], "value": g["value"], "got": near})
        else:
            sc.tp += 1
            used.add(hit)
    for i, f in enumerate(doc.facts):
        if i not in used:
            scores.setdefault(f.kind, KindScore()).fp += 1
            result.false_hits.append(
                {"kind": f.kind, "text": f.text, "value": f.value, "start": f.start}
            )


def load_gold(path: Path) -> dict[str, Any]:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f":{mark.line + 1}:{mark.column + 1}" if mark else ""
        raise GoldError(f"{path}{where}: ugyldig YAML: {getattr(exc, 'problem', exc)}") from None
    if not isinstance(data, dict) or not isinstance(data.get("facts", []), list):
        raise GoldError(f"{path}: guldfilen skal have en liste 'facts'")
    for i, f in enumerate(data.get("facts") or []):
        if not isinstance(f, dict) or f.get("kind") not in FACT_KINDS or "text" not in f:
            raise GoldError(f"{path}: fact nr. {i + 1} mangler kind/text eller har ukendt kind")
    return data


def corpus_documents(folder: str | Path) -> list[tuple[Path, Path]]:
    folder = Path(folder)
    docs = folder / "docs" if (folder / "docs").is_dir() else folder
    pairs = []
    for txt in sorted(docs.glob("*.txt")):
        gold = txt.with_suffix(".yaml")
        if gold.exists():
            pairs.append((txt, gold))
    return pairs


def _published(value: Any) -> dt.date | None:
    if value in (None, ""):
        return None
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))


def match_checks(doc: Document, expected: list[dict[str, Any]], report) -> dict[str, Any]:
    """Compare a report with the gold ``expected`` list: per rule and status, tp/fp/fn."""
    from .engine import Report  # noqa: F401  (type only)

    produced = [(f, "finding") for f in report.findings if f.severity != "info"] + [
        (v, "verified") for v in report.verified
    ]
    used: set[int] = set()
    out: dict[str, Any] = {"tp": [], "fn": [], "fp": []}
    for g in expected:
        spans = [sp for t in g.get("facts") or [] for sp in occurrences(doc.text, str(t))]
        hit = None
        for i, (f, status) in enumerate(produced):
            if i in used or f.rule != g.get("rule") or status != g.get("status"):
                continue
            if not spans or any(s["start"] < e and b < s["end"] for s in f.spans for b, e in spans):
                hit = i
                break
        key = (g.get("rule"), g.get("status"))
        if hit is None:
            out["fn"].append({"rule": key[0], "status": key[1], "facts": g.get("facts")})
        else:
            used.add(hit)
            out["tp"].append({"rule": key[0], "status": key[1]})
    for i, (f, status) in enumerate(produced):
        if i not in used:
            out["fp"].append({"rule": f.rule, "status": status, "severity": f.severity,
                              "message": f.message})
    return out


def evaluate_checks(folder: str | Path) -> dict[str, Any]:
    """Per-rule precision and recall of findings and verified relations against gold files."""
    from .engine import check

    per: dict[tuple[str, str], KindScore] = {}
    docs = []
    false_errors = 0
    pairs = corpus_documents(folder)
    for txt, gold_path in pairs:
        gold = load_gold(gold_path)
        text = txt.read_text(encoding="utf-8")
        report = check(text)
        res = match_checks(report.document, gold.get("expected") or [], report)
        for t in res["tp"]:
            per.setdefault((t["rule"], t["status"]), KindScore()).tp += 1
        for t in res["fn"]:
            per.setdefault((t["rule"], t["status"]), KindScore()).fn += 1
        for t in res["fp"]:
            per.setdefault((t["rule"], t["status"]), KindScore()).fp += 1
            if t["status"] == "finding" and t["severity"] == "error":
                false_errors += 1
        if res["fn"] or res["fp"]:
            docs.append({"document": txt.name, "missed": res["fn"], "unexpected": res["fp"]})
    return {
        "documents": len(pairs),
        "unexpected_errors": false_errors,
        "rules": {
            f"{r}/{st}": {"tp": s.tp, "fp": s.fp, "fn": s.fn, "precision": round(s.precision, 3),
                          "recall": round(s.recall, 3)}
            for (r, st), s in sorted(per.items())
        },
        "errors": docs,
    }


def format_checks(report: dict[str, Any], details: bool = False) -> str:
    lines = [f"{report['documents']} dokumenter; uventede fejl (error): {report['unexpected_errors']}",
             f"{'regel/status':<32}{'P':>7}{'R':>7}{'tp':>5}{'fp':>5}{'fn':>5}"]
    for k, s in report["rules"].items():
        lines.append(f"{k:<32}{s['precision']:>7.2f}{s['recall']:>7.2f}{s['tp']:>5}{s['fp']:>5}{s['fn']:>5}")
    if details:
        for d in report["errors"]:
            lines.append(f"\n{d['document']}")
            for m in d["missed"]:
                lines.append(f"  missed     {m['rule']}/{m['status']}: {m['facts']}")
            for u in d["unexpected"]:
                lines.append(f"  unexpected {u['rule']}/{u['status']} {u.get('severity', '')}: {u['message']}")
    return "\n".join(lines)


def evaluate_corpus(folder: str | Path, seeds: str | Path | None = None) -> dict[str, Any]:
    pairs = corpus_documents(folder)
    if not pairs:
        raise GoldError(f"{folder}: ingen dokumenter med guldfiler (*.txt + *.yaml)")
    scores: dict[str, KindScore] = {}
    docs: list[DocResult] = []
    published_ok = 0
    for txt, gold_path in pairs:
        gold = load_gold(gold_path)
        text = txt.read_text(encoding="utf-8")
        doc = extract(text)
        res = DocResult(txt.name)
        match_facts(doc, gold.get("facts") or [], res, scores)
        for nf in gold.get("not_facts") or []:
            for s, e in occurrences(text, str(nf)):
                for f in doc.facts:
                    if f.start < e and s < f.end:
                        res.not_fact_hits.append({"text": nf, "fact": f.text, "kind": f.kind})
        if _published(gold.get("published")) == doc.published:
            published_ok += 1
        docs.append(res)
    report: dict[str, Any] = {
        "documents": len(pairs),
        "published_correct": published_ok,
        "kinds": {
            k: {"tp": s.tp, "fp": s.fp, "fn": s.fn, "precision": round(s.precision, 4),
                "recall": round(s.recall, 4), "f1": round(s.f1, 4)}
            for k, s in sorted(scores.items(), key=lambda kv: FACT_KINDS.index(kv[0]))
        },
        "errors": [
            {"document": d.name, "misses": d.misses, "false_hits": d.false_hits,
             "not_fact_hits": d.not_fact_hits}
            for d in docs
            if d.misses or d.false_hits or d.not_fact_hits
        ],
    }
    if seeds is not None and Path(seeds).is_dir():
        report["seeds"] = evaluate_seeds(seeds)
    return report


# --------------------------------------------------------------------------- seeds
_KIND_WORD = {
    "money": "money", "count": "count", "percent": "percent", "ratio": "ratio", "date": "date",
    "period": "period", "target": "target", "age": "age",
}


def _seed_value(kind: str, cell: str) -> Any:
    cell = cell.replace("\u2212", "-").replace("−", "-")
    if kind == "period":
        dates = re.findall(r"\d{4}-\d{2}-\d{2}", cell)
        return {"start": dates[0], "end": dates[1]} if len(dates) == 2 else None
    if kind == "ratio":
        m = re.match(r"\s*(\d+)/(\d+)", cell)
        return round(int(m.group(1)) / int(m.group(2)), 4) if m else None
    if kind == "target":
        return None
    m = re.match(r"\s*[~≈]?\s*(-?\d[\d ]*(?:[.,]\d+)?)", cell)
    if not m:
        return None
    num = float(m.group(1).replace(" ", "").replace(",", "."))
    if kind == "percent":
        return abs(num)
    return int(num) if num.is_integer() else num


def parse_expected(md: str) -> dict[str, dict[str, Any]]:
    """Read EXPECTED.md: per seed file, its fact rows and its quoted non-facts."""
    out: dict[str, dict[str, Any]] = {}
    current = None
    for line in md.splitlines():
        h = re.match(r"##\s+(\S+\.txt)", line)
        if h:
            current = out.setdefault(h.group(1), {"facts": [], "not_facts": []})
            continue
        if current is None:
            continue
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if line.startswith("|") and len(cells) >= 3 and cells[0].split(" ")[0] in _KIND_WORD:
            kind = _KIND_WORD[cells[0].split(" ")[0]]
            current["facts"].append(
                {"kind": kind, "text": cells[1], "value": _seed_value(kind, cells[2]),
                 "row": line.strip()}
            )
        elif line.startswith("Not facts:") or "page layout" in line:
            current["not_facts"] += re.findall(r'"([^"]+)"', line)
    return out


def _segments(text_cell: str) -> list[str]:
    parts = []
    for seg in text_cell.split("..."):
        seg = seg.strip()
        if not seg:
            continue
        parts.append(seg)
        inner = re.findall(r"\(([^)]*)\)", seg)
        parts += [i for i in inner if i]
        outer = re.sub(r"\([^)]*\)", "", seg).strip()
        if outer and outer != seg:
            parts.append(outer)
    return parts


def evaluate_seeds(folder: str | Path) -> dict[str, Any]:
    folder = Path(folder)
    expected = parse_expected((folder / "EXPECTED.md").read_text(encoding="utf-8"))
    results: dict[str, Any] = {}
    for name, exp in expected.items():
        path = folder / name
        if not path.exists():
            continue
        text = path.read_text(encoding="utf-8")
        doc = extract(text)
        used: set[int] = set()
        missing = []
        for row in exp["facts"]:
            found = None
            for seg in _segments(row["text"]):
                spans = occurrences(text, seg)
                for i, f in enumerate(doc.facts):
                    if i in used or f.kind != row["kind"]:
                        continue
                    if not any(f.start < e and s < f.end for s, e in spans):
                        continue
                    if row["value"] is not None and not values_equal(row["value"], f.value):
                        continue
                    found = i
                    break
                if found is not None:
                    break
            if found is None:
                missing.append(row["row"])
            else:
                used.add(found)
        bad = []
        for nf in exp["not_facts"]:
            for s, e in occurrences(text, nf):
                bad += [f.text for f in doc.facts if f.start < e and s < f.end]
        for line_start in [m.start() for m in re.finditer(r"(?m)^.*(?:tlf|@).*$", text)]:
            line_end = text.find("\n", line_start)
            line_end = len(text) if line_end < 0 else line_end
            bad += [f.text for f in doc.facts if line_start <= f.start < line_end]
        results[name] = {
            "expected": len(exp["facts"]),
            "found": len(exp["facts"]) - len(missing),
            "missing": missing,
            "not_fact_hits": bad,
            "published": doc.published.isoformat() if doc.published else None,
        }
    return results


def format_report(report: dict[str, Any], misses: bool = False) -> str:
    lines = [f"{report['documents']} dokumenter, udgivelsesdato rigtig i {report['published_correct']}"]
    lines.append(f"{'kind':<10}{'P':>8}{'R':>8}{'F1':>8}{'tp':>6}{'fp':>6}{'fn':>6}")
    for k, s in report["kinds"].items():
        lines.append(
            f"{k:<10}{s['precision']:>8.3f}{s['recall']:>8.3f}{s['f1']:>8.3f}"
            f"{s['tp']:>6}{s['fp']:>6}{s['fn']:>6}"
        )
    if misses:
        for d in report["errors"]:
            lines.append(f"\n{d['document']}")
            for m in d["misses"]:
                lines.append(f"  miss  {m['kind']:<8} {m['text']!r} = {m['value']!r}  got {m['got']}")
            for f in d["false_hits"]:
                lines.append(f"  false {f['kind']:<8} {f['text']!r} = {f['value']!r}")
            for f in d["not_fact_hits"]:
                lines.append(f"  nonfact {f['text']!r} -> {f['kind']} {f['fact']!r}")
    for name, s in (report.get("seeds") or {}).items():
        lines.append(f"\nseed {name}: {s['found']}/{s['expected']} expected facts, "
                     f"published {s['published']}")
        for m in s["missing"]:
            lines.append(f"  missing {m}")
        for b in s["not_fact_hits"]:
            lines.append(f"  non-fact extracted: {b!r}")
    return "\n".join(lines)
