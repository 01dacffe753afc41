"""Rules as data: loading and validating the YAML rule files.

Each rule file names a check kind (``check:``) from :data:`kikfacts.checks.CHECK_KINDS` and gives
it a stable code, a name, a default severity, messages in Danish and English, a rationale and
examples. The loader refuses anything it does not understand and names the file and line.
"""

from __future__ import annotations

import importlib.resources
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

import regex
import yaml

from .checks import CHECK_KINDS

SEVERITIES = ("error", "warning", "info")
STATUSES = ("stable", "preview", "deprecated")
LANGS = ("da", "en")

_REQUIRED = ("code", "name", "check", "severity", "title", "messages", "rationale", "examples")
_OPTIONAL = ("status", "options", "fix", "tags")
_CODE = regex.compile(r"^KF\d{3}$")
_NAME = regex.compile(r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$")


#: libyaml's loader when PyYAML was built with it (ten times faster), else the pure-Python one.
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class RuleError(ValueError):
    """A rule file that cannot be used; ``str()`` names the file and line."""


@dataclass
class Example:
    text: str
    published: str | None = None


@dataclass
class Rule:
    code: str
    name: str
    check: str
    severity: str
    title: dict[str, str]
    messages: dict[str, dict[str, str]]
    rationale: dict[str, str]
    examples_fail: list[Example]
    examples_pass: list[Example]
    path: str
    status: str = "stable"
    options: dict[str, Any] = field(default_factory=dict)
    fix: dict[str, str] = field(default_factory=dict)
    tags: list[str] = field(default_factory=list)

    def message(self, key: str, lang: str) -> str:
        m = self.messages.get(key) or self.messages["message"]
        return m.get(lang) or m["da"]


def default_rules_dir() -> Path:
    """The rules shipped with kikfacts (in the wheel), or the repository's ``rules/``."""
    packaged = importlib.resources.files("kikfacts") / "rules"
    if packaged.is_dir():
        return Path(str(packaged))
    return Path(__file__).resolve().parents[2] / "rules"


def _line(node: yaml.Node | None) -> int:
    return node.start_mark.line + 1 if node is not None else 1


def _fail(path: Path, line: int, what: str) -> RuleError:
    return RuleError(f"{path}:{line}: {what}")


def _lang_map(path: Path, node_line: int, value: Any, what: str) -> dict[str, str]:
    if isinstance(value, str):
        raise _fail(path, node_line, f"'{what}' skal have både 'da' og 'en'")
    if not isinstance(value, dict) or set(value) != set(LANGS) or not all(
        isinstance(v, str) and v.strip() for v in value.values()
    ):
        raise _fail(path, node_line, f"'{what}' skal have netop nøglerne 'da' og 'en' med tekst")
    return {k: v.strip() for k, v in value.items()}


def _examples(path: Path, line: int, value: Any, which: str) -> list[Example]:
    if not isinstance(value, list) or not value:
        raise _fail(path, line, f"'examples.{which}' skal være en ikke-tom liste")
    out = []
    for i, item in enumerate(value):
        if isinstance(item, str):
            out.append(Example(item))
        elif isinstance(item, dict) and isinstance(item.get("text"), str) and set(item) <= {
            "text", "published"
        }:
            pub = item.get("published")
            out.append(Example(item["text"], str(pub) if pub is not None else None))
        else:
            raise _fail(path, line, f"'examples.{which}[{i}]' skal være tekst eller "
                                    "{text, published}")
    return out


def load_rule(path: Path) -> Rule:
    try:
        source = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise RuleError(f"{path}: kan ikke læses: {exc}") from None
    try:
        node = yaml.compose(source, Loader=_Loader)
        data = _Loader(source).construct_document(node) if node is not None else None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
        line = mark.line + 1 if mark else 1
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise _fail(path, line, f"ugyldig YAML: {problem}") from None
    if not isinstance(data, dict) or node is None:
        raise _fail(path, 1, "en regelfil skal være en YAML-mapping")
    lines = {k.value: _line(k) for k, _ in node.value}
    for key in data:
        if key not in _REQUIRED + _OPTIONAL:
            raise _fail(path, lines.get(key, 1), f"ukendt nøgle '{key}'")
    for key in _REQUIRED:
        if key not in data:
            raise _fail(path, 1, f"mangler nøglen '{key}'")
    code, name, check = str(data["code"]), str(data["name"]), str(data["check"])
    if not _CODE.match(code):
        raise _fail(path, lines["code"], f"koden '{code}' skal have formen KF123")
    if not _NAME.match(name):
        raise _fail(path, lines["name"], f"navnet '{name}' skal være kebab-case")
    if check not in CHECK_KINDS:
        raise _fail(path, lines["check"],
                    f"ukendt check '{check}' (kendte: {', '.join(sorted(CHECK_KINDS))})")
    if data["severity"] not in SEVERITIES:
        raise _fail(path, lines["severity"], f"severity skal være en af {', '.join(SEVERITIES)}")
    status = data.get("status", "stable")
    if status not in STATUSES:
        raise _fail(path, lines["status"], f"status skal være en af {', '.join(STATUSES)}")
    messages = data["messages"]
    if not isinstance(messages, dict) or "message" not in messages:
        raise _fail(path, lines["messages"], "'messages' skal mindst have 'message'")
    msgs = {k: _lang_map(path, lines["messages"], v, f"messages.{k}") for k, v in messages.items()}
    examples = data["examples"]
    if not isinstance(examples, dict) or set(examples) - {"fail", "pass"}:
        raise _fail(path, lines["examples"], "'examples' skal have 'fail' og 'pass'")
    options = data.get("options") or {}
    if not isinstance(options, dict):
        raise _fail(path, lines.get("options", 1), "'options' skal være en mapping")
    return Rule(
        code=code,
        name=name,
        check=check,
        severity=data["severity"],
        title=_lang_map(path, lines["title"], data["title"], "title"),
        messages=msgs,
        rationale=_lang_map(path, lines["rationale"], data["rationale"], "rationale"),
        fix=_lang_map(path, lines["fix"], data["fix"], "fix") if "fix" in data else {},
        examples_fail=_examples(path, lines["examples"], examples.get("fail"), "fail"),
        examples_pass=_examples(path, lines["examples"], examples.get("pass"), "pass"),
        path=str(path),
        status=status,
        options=options,
        tags=list(data.get("tags") or []),
    )


def load_rules(extra_dirs: Iterable[str | Path] = ()) -> list[Rule]:
    """All rules: the shipped ones, then any from ``extra_dirs``. Codes and names are unique."""
    rules: list[Rule] = []
    dirs = [default_rules_dir(), *[Path(d) for d in extra_dirs]]
    for d in dirs:
        if not d.is_dir():
            raise RuleError(f"{d}: regelmappen findes ikke")
        for path in sorted(d.glob("*.yaml")):
            rules.append(load_rule(path))
    seen: dict[str, str] = {}
    for r in rules:
        for key in (r.code, r.name):
            if key in seen:
                raise RuleError(f"{r.path}: '{key}' er allerede brugt i {seen[key]}")
            seen[key] = r.path
    return sorted(rules, key=lambda r: r.code)
