"""Inline suppression comments, in a form that survives Markdown and HTML.

- ``<!-- kikfacts: ignore RULE[, RULE...] -->`` silences those rules (names or codes) in the
  paragraph that follows the comment (or the one it stands in); without rules, all rules.
- ``<!-- kikfacts: off -->`` ... ``<!-- kikfacts: on -->`` silences everything in between.
Suppressed findings are not lost: reports list them under ``suppressed``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex

if TYPE_CHECKING:  # pragma: no cover
    from .engine import Finding

_COMMENT = regex.compile(
    r"<!--\s*kikfacts:\s*(?P<verb>ignore|off|on)\b(?P<rules>[^>]*?)\s*-->", regex.I
)
_PARA_END = regex.compile(r"\n[ \t]*\n")


def regions(text: str) -> list[tuple[int, int, frozenset[str] | None]]:
    """(start, end, rules) spans; rules None means every rule."""
    out: list[tuple[int, int, frozenset[str] | None]] = []
    off_at: int | None = None
    for m in _COMMENT.finditer(text):
        verb = m.group("verb").lower()
        if verb == "off":
            off_at = m.start() if off_at is None else off_at
        elif verb == "on":
            if off_at is not None:
                out.append((off_at, m.start(), None))
                off_at = None
        else:
            names = frozenset(r.strip() for r in m.group("rules").replace(",", " ").split() if r.strip())
            # the paragraph the comment stands in, or the next one if it stands alone
            para_start = text.rfind("\n\n", 0, m.start())
            para_start = 0 if para_start < 0 else para_start
            rest = text[m.end() :]
            skip = len(rest) - len(rest.lstrip())
            end_m = _PARA_END.search(text, m.end() + skip)
            end = end_m.start() if end_m else len(text)
            out.append((para_start, end, names or None))
    if off_at is not None:
        out.append((off_at, len(text), None))
    return out


def apply_suppressions(text: str, findings: list["Finding"]) -> tuple[list["Finding"], list["Finding"]]:
    if "kikfacts:" not in text:
        return findings, []
    regs = regions(text)
    kept, suppressed = [], []
    for f in findings:
        hit = any(s <= f.start < e and (rules is None or f.rule in rules or f.code in rules)
                  for s, e, rules in regs)
        if hit:
            f.suppressed = True
            suppressed.append(f)
        else:
            kept.append(f)
    return kept, suppressed
