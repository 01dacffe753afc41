"""The rule engine: run the rules over a document and build a report.

``check(text_or_document, config=None)`` is the library entry point behind ``kikfacts check``,
the audit and the web service.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Iterable

import regex

from . import __version__
from .checks import CHECK_KINDS, Result, Structure
from .checks.base import english
from .extract import extract
from .model import SCHEMA_VERSION, Document
from .rules import SEVERITIES, Rule, RuleError, load_rules

SEVERITY_RANK = {"info": 0, "warning": 1, "error": 2}


@dataclass
class Config:
    """What to check and how. Every field has a sensible default."""

    lang: str = "da"
    select: frozenset[str] | None = None  # rule names or codes; None = all stable rules
    ignore: frozenset[str] = frozenset()
    severity: dict[str, str] = field(default_factory=dict)  # rule name/code -> severity
    options: dict[str, dict[str, Any]] = field(default_factory=dict)  # rule -> option overrides
    rule_dirs: tuple[str, ...] = ()
    preview: bool = False

    def wants(self, rule: Rule) -> bool:
        keys = {rule.name, rule.code}
        if keys & self.ignore:
            return False
        if self.select is not None:
            return bool(keys & self.select)
        return rule.status == "stable" or (self.preview and rule.status == "preview")


@dataclass
class Finding:
    rule: str
    code: str
    severity: str
    status: str  # "finding" | "verified"
    message: str
    facts: list[str]
    spans: list[dict[str, Any]]
    start: int
    end: int
    sentence: int
    stated: Any
    computed: Any
    arithmetic: str
    suggestion: str | None = None
    suppressed: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {
            "rule": self.rule,
            "code": self.code,
            "severity": self.severity,
            "message": self.message,
            "facts": self.facts,
            "spans": self.spans,
            "start": self.start,
            "end": self.end,
            "sentence": self.sentence,
            "stated": _jsonable(self.stated),
            "computed": _jsonable(self.computed),
            "arithmetic": self.arithmetic,
            "suggestion": self.suggestion,
        }


def _jsonable(v: Any) -> Any:
    if isinstance(v, float):
        return round(v, 6)
    if isinstance(v, (dt.date,)):
        return v.isoformat()
    return v


@dataclass
class Report:
    document: Document
    findings: list[Finding]
    verified: list[Finding]
    suppressed: list[Finding]
    lang: str = "da"
    #: Internal errors of checks that failed on this document (should be empty; reported, not hidden).
    errors: list[str] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        out = {s: 0 for s in SEVERITIES}
        for f in self.findings:
            out[f.severity] += 1
        out["verified"] = len(self.verified)
        out["suppressed"] = len(self.suppressed)
        return out

    def worst(self) -> str | None:
        if not self.findings:
            return None
        return max(self.findings, key=lambda f: SEVERITY_RANK[f.severity]).severity

    def to_dict(self) -> dict[str, Any]:
        doc = self.document.to_dict()
        return {
            "schema_version": SCHEMA_VERSION,
            "kikfacts": __version__,
            "path": self.document.path,
            "published": doc["published"],
            "published_source": doc["published_source"],
            "lang": self.lang,
            "summary": self.counts(),
            "findings": [f.to_dict() for f in self.findings],
            "verified": [f.to_dict() for f in self.verified],
            "suppressed": [f.to_dict() for f in self.suppressed],
            "errors": self.errors,
            "facts": doc["facts"],
        }


_DOUBLE_DOT = regex.compile(r"(?<!\.)\.\.(?!\.)")


class _Params(dict):
    def __missing__(self, key: str) -> str:
        return "?"


@lru_cache(maxsize=8)
def _cached_rules(dirs: tuple[str, ...]) -> tuple[Rule, ...]:
    return tuple(load_rules(dirs))


def all_rules(rule_dirs: Iterable[str] = ()) -> tuple[Rule, ...]:
    """Every rule (built-in and from ``rule_dirs``), loaded once per process."""
    return _cached_rules(tuple(rule_dirs))


def rule_keys(rule_dirs: Iterable[str] = ()) -> set[str]:
    """The names and codes a configuration or a command line may use for the rules."""
    return {k for r in all_rules(rule_dirs) for k in (r.name, r.code)}


def active_rules(config: Config) -> list[Rule]:
    rules = [r for r in _cached_rules(tuple(config.rule_dirs)) if config.wants(r)]
    for key, sev in config.severity.items():
        if sev not in SEVERITIES:
            raise RuleError(f"konfiguration: ukendt severity '{sev}' for '{key}'")
    return rules


def _to_finding(rule: Rule, res: Result, config: Config) -> Finding:
    if res.status == "finding":
        template_key = res.message_key
    else:
        template_key = res.message_key if res.message_key.startswith("verified") else "verified"
    if template_key not in rule.messages:
        template_key = "verified" if res.status == "verified" and "verified" in rule.messages else "message"
    params, arithmetic = res.params, res.arithmetic
    if config.lang == "en":
        # the checks write their explanations in Danish; the document's words stay as quoted
        quotes = [f.text for f in res.facts] + list(res.extra.get("quotes", []))
        params = {k: english(v, quotes) if isinstance(v, str) else v for k, v in params.items()}
        arithmetic = english(arithmetic, quotes)
    message = rule.message(template_key, config.lang).format_map(_Params(params))
    message = _DOUBLE_DOT.sub(".", message)
    severity = config.severity.get(rule.name) or config.severity.get(rule.code) or \
        res.severity or rule.severity
    if res.status == "verified":
        severity = "info"
    facts = res.facts
    return Finding(
        rule=rule.name,
        code=rule.code,
        severity=severity,
        status=res.status,
        message=message,
        facts=[f.id for f in facts],
        spans=[{"fact": f.id, "start": f.start, "end": f.end, "text": f.text} for f in facts],
        start=min(f.start for f in facts),
        end=max(f.end for f in facts),
        sentence=facts[0].sentence,
        stated=res.stated,
        computed=res.computed,
        arithmetic=arithmetic,
        suggestion=res.suggestion,
    )


def run_rules(doc: Document, rules: Iterable[Rule], config: Config) -> Report:
    structure = Structure(doc)
    findings: list[Finding] = []
    verified: list[Finding] = []
    errors: list[str] = []
    for rule in rules:
        options = {**rule.options, **config.options.get(rule.name, {})}
        try:
            for res in CHECK_KINDS[rule.check](doc, options, structure):
                f = _to_finding(rule, res, config)
                (verified if res.status == "verified" else findings).append(f)
        except Exception as exc:  # a bug in one check must not lose the others' findings
            errors.append(f"{rule.code} {rule.name}: intern fejl ({type(exc).__name__}: {exc})")
    findings.sort(key=lambda f: (f.start, -SEVERITY_RANK[f.severity], f.code))
    verified.sort(key=lambda f: (f.start, f.code))
    from .suppress import apply_suppressions

    findings, suppressed = apply_suppressions(doc.text, findings)
    return Report(doc, findings, verified, suppressed, config.lang, errors)


def check(
    text_or_document: str | Document,
    config: Config | None = None,
    *,
    published: dt.date | str | None = None,
    path: str | None = None,
) -> Report:
    """Extract the facts of a text (or take an extracted ``Document``) and run the rules."""
    config = config or Config()
    if isinstance(text_or_document, Document):
        doc = text_or_document
    else:
        doc = extract(text_or_document, published, path=path)
    return run_rules(doc, active_rules(config), config)
