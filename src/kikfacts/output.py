"""Report formats shared by ``kikfacts check`` and ``kikfacts extract``: text, JSON, SARIF, GitHub."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any, Iterable

from . import __version__
from .reader import Source

if TYPE_CHECKING:  # (``kikfacts extract`` needs neither the check engine nor the rules)
    from .engine import Finding, Report
    from .rules import Rule

SEVERITY_DA = {"error": "fejl", "warning": "advarsel", "info": "info"}
SARIF_LEVEL = {"error": "error", "warning": "warning", "info": "note"}


def _where(src: Source, f: Finding) -> tuple[int, int]:
    return src.line_col(f.start)


def text_lines(src: Source, report: Report, lang: str, show_verified: bool) -> list[str]:
    out = []
    for f in report.findings:
        line, col = _where(src, f)
        sev = SEVERITY_DA[f.severity] if lang == "da" else f.severity
        tail = ""
        if f.suggestion:
            tail = f" (forslag: {f.suggestion})" if lang == "da" else f" (suggestion: {f.suggestion})"
        out.append(f"{src.path}:{line}:{col}: {sev} [{f.rule}] {f.message}{tail}")
    if show_verified:
        for v in report.verified:
            line, col = _where(src, v)
            ok = "ok" if lang == "da" else "ok"
            out.append(f"{src.path}:{line}:{col}: {ok} [{v.rule}] {v.arithmetic}")
    return out


def summary_line(counts: dict[str, int], files: int, lang: str) -> str:
    e, w, i, v = counts["error"], counts["warning"], counts["info"], counts["verified"]
    if lang == "da":
        return (f"{files} {'fil' if files == 1 else 'filer'}: {e} fejl, "
                f"{w} {'advarsel' if w == 1 else 'advarsler'}, {i} info, "
                f"{v} {'relation' if v == 1 else 'relationer'} holder")
    return (f"{files} file{'s' if files != 1 else ''}: {e} error{'s' if e != 1 else ''}, "
            f"{w} warning{'s' if w != 1 else ''}, {i} info, {v} verified")


def report_json(src: Source, report: Report) -> dict[str, Any]:
    d = report.to_dict()
    d["path"] = src.path
    for group in ("findings", "verified", "suppressed"):
        for f, obj in zip(getattr(report, group), d[group]):
            obj["line"], obj["column"] = _where(src, f)
    return d


def github_lines(src: Source, report: Report) -> list[str]:
    out = []
    level = {"error": "error", "warning": "warning", "info": "notice"}
    for f in report.findings:
        line, col = _where(src, f)
        msg = f.message.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
        out.append(f"::{level[f.severity]} file={src.path},line={line},col={col},"
                   f"title={f.code} {f.rule}::{msg}")
    return out


def sarif(results: Iterable[tuple[Source, Report]], rules: list[Rule], lang: str) -> dict[str, Any]:
    rule_index = {r.name: i for i, r in enumerate(rules)}
    sarif_rules = [
        {
            "id": r.code,
            "name": r.name,
            "shortDescription": {"text": r.title[lang]},
            "fullDescription": {"text": r.rationale[lang]},
            "defaultConfiguration": {"level": SARIF_LEVEL[r.severity]},
            "help": {"text": r.fix.get(lang, r.rationale[lang])},
        }
        for r in rules
    ]
    out_results = []
    for src, report in results:
        for f in report.findings:
            line, col = _where(src, f)
            eline, ecol = src.line_col(f.end)
            res: dict[str, Any] = {
                "ruleId": f.code,
                "level": SARIF_LEVEL[f.severity],
                "message": {"text": f.message},
                "locations": [{
                    "physicalLocation": {
                        "artifactLocation": {"uri": src.path.replace("\\", "/")},
                        "region": {"startLine": line, "startColumn": col,
                                   "endLine": eline, "endColumn": max(ecol, 1)},
                    }
                }],
                "properties": {"rule": f.rule, "arithmetic": f.arithmetic},
            }
            if f.rule in rule_index:
                res["ruleIndex"] = rule_index[f.rule]
            out_results.append(res)
    return {
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {"name": "kikfacts", "version": __version__,
                                "informationUri": "https://pypi.org/project/kikfacts/",
                                "rules": sarif_rules}},
            "results": out_results,
        }],
    }


def dumps(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False, indent=2)
