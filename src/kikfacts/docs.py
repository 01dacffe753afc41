"""Rule documentation generated from the rule files (``docs/rules.md``, ``kikfacts rules ID``).

Run ``python -m kikfacts.docs`` to regenerate ``docs/rules.md``; a test fails when it is stale.
Each rule's page has fixed headings, like ruff's: what it checks, why, an example that fails,
an example that passes, and what to write instead.
"""

from __future__ import annotations

import sys
from pathlib import Path

from .rules import Rule, load_rules

HEADINGS = {
    "da": ("Hvad reglen tjekker", "Hvorfor", "Eksempel, der udløser reglen", "Eksempel, der holder",
           "Skriv i stedet", "Kode", "Standard-alvor", "Check-type"),
    "en": ("What it checks", "Why", "Example that triggers it", "Example that passes",
           "Write instead", "Code", "Default severity", "Check kind"),
}


def _quote(text: str) -> str:
    return "\n".join(f"> {line}" if line else ">" for line in text.splitlines())


def rule_doc(rule: Rule, lang: str = "da", level: int = 2) -> str:
    h = HEADINGS[lang]
    hx = "#" * level
    lines = [
        f"{hx} {rule.code} {rule.name}: {rule.title[lang]}",
        "",
        f"{h[5]}: `{rule.code}` · {h[6]}: `{rule.severity}` · {h[7]}: `{rule.check}`"
        + (f" · status: `{rule.status}`" if rule.status != "stable" else ""),
        "",
        f"{hx}# {h[0]}",
        "",
        rule.title[lang] + ".",
        "",
        f"{hx}# {h[1]}",
        "",
        rule.rationale[lang],
        "",
        f"{hx}# {h[2]}",
        "",
        _quote(rule.examples_fail[0].text),
        "",
        f"{hx}# {h[3]}",
        "",
        _quote(rule.examples_pass[0].text),
        "",
    ]
    if rule.fix:
        lines += [f"{hx}# {h[4]}", "", rule.fix[lang], ""]
    if rule.options:
        lines += ["Options: " + ", ".join(f"`{k}` = `{v}`" for k, v in rule.options.items()), ""]
    return "\n".join(lines).rstrip() + "\n"


def generate(lang: str = "da") -> str:
    rules = load_rules()
    out = [
        "# kikfacts rules",
        "",
        "<!-- Generated from rules/*.yaml by `python -m kikfacts.docs`; do not edit by hand. -->",
        "",
        "| code | name | severity | title |",
        "|---|---|---|---|",
    ]
    for r in rules:
        out.append(f"| {r.code} | [{r.name}](#{r.code.lower()}-{r.name}) | {r.severity} | {r.title[lang]} |")
    out.append("")
    for r in rules:
        out.append(rule_doc(r, lang))
    return "\n".join(out)


DOC_PATH = Path(__file__).resolve().parents[2] / "docs" / "rules.md"


def main() -> int:
    DOC_PATH.parent.mkdir(exist_ok=True)
    DOC_PATH.write_text(generate(), encoding="utf-8")
    print(f"wrote {DOC_PATH}", file=sys.stderr)
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
