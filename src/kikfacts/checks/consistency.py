"""Check kinds about how figures are written and whether they agree across the text."""

from __future__ import annotations

from typing import Any, Iterator

import regex

from kikfacts.patterns import compile as _rc

from ..model import Document, Fact
from .base import (
    Result,
    content_stems,
    fmt_fact_value,
    fmt_number,
    fmt_percent,
    interval,
    text_after,
    text_before,
)
from .structure import Structure

_PAREN_OPEN = _rc(r"\(\s*$")
_PAREN_CLOSE = _rc(r"^\s*\)")


def unlabelled_share(doc: Document, options: dict[str, Any], st: Structure) -> Iterator[Result]:
    """A percentage standing alone in parentheses, with no base in its clause."""
    for p in doc.facts:
        if p.kind != "percent" or p.unit == "pp" or p.base is not None or p.role == "change":
            continue
        before, after = text_before(doc, p, 40), text_after(doc, p, 40)
        if not (_PAREN_OPEN.search(before) and _PAREN_CLOSE.match(after)):
            continue
        # the probable base: the count the sentence introduces with "i alt", else the largest
        counts = [f for f in doc.facts if f.sentence == p.sentence and f.kind == "count"
                  and f.start < p.start and not isinstance(f.value, list)]
        base = None
        for f in counts:
            if regex.search(r"(?i)\bi\s+alt\s*$", text_before(doc, f, 12)):
                base = f
        if base is None and counts:
            base = max(counts, key=lambda f: f.number)
        params = {"percent": p.text, "base": fmt_number(base.number) if base else "?"}
        suggestion = None
        if base is not None:
            part = base.number * p.number / 100
            params["part"] = fmt_number(round(part))
            q = "ca. " if p.qualifier else ""
            suggestion = f"{q}{fmt_number(round(part))} af de {fmt_number(base.number)}"
            message_key = "message"
        else:
            message_key = "message_no_base"
        yield Result("finding", [p] + ([base] if base else []), params, p.number, None,
                     f"{p.text} af hvad? Sandsynlig base: {params['base']}",
                     suggestion=suggestion, message_key=message_key)


def _share_value(f: Fact) -> float | None:
    if f.kind == "ratio":
        return f.number
    if f.kind == "percent" and f.unit != "pp" and f.role != "change":
        return f.number / 100
    return None


def headline_ratio(doc: Document, options: dict[str, Any], st: Structure) -> Iterator[Result]:
    """A share in the headline must be supported by a share the body states or implies."""
    head_blocks = {b.index for b in doc.blocks if b.kind == "headline"}
    if not head_blocks:
        return
    tol_abs = options.get("tolerance", 0.03)
    heads = [f for f in doc.facts if f.block in head_blocks and _share_value(f) is not None]
    for h in heads:
        hv = _share_value(h)
        hstems = content_stems(doc.sentence_text(h.sentence))
        candidates: list[tuple[float, str, list[Fact]]] = []
        for f in doc.facts:
            if f.block in head_blocks:
                continue
            v = _share_value(f)
            if v is not None and hstems & content_stems(doc.sentence_text(f.sentence)):
                candidates.append((v, f"{f.text}", [f]))
        for sf in st.stock_flows:
            block = doc.blocks[sf.outflow.block]
            if not hstems & content_stems(doc.text[block.start : block.end]):
                continue
            o, s, i = sf.outflow.number, sf.start.number, sf.inflow.number
            candidates.append((o / (s + i), f"{fmt_number(o)} af {fmt_number(s + i)}",
                               [sf.outflow, sf.start, sf.inflow]))
            candidates.append((o / s, f"{fmt_number(o)} af {fmt_number(s)}", [sf.outflow, sf.start]))
        for a, b in st.part_of_pairs:
            if hstems & content_stems(doc.sentence_text(a.sentence)):
                candidates.append((a.number / b.number, f"{fmt_number(a.number)} af {fmt_number(b.number)}",
                                   [a, b]))
        for rel in st.parts_relations:
            for part in rel.parts:
                if hstems & content_stems(doc.sentence_text(part.sentence)):
                    candidates.append((part.number / rel.total.number,
                                       f"{fmt_fact_value(part)} af {fmt_fact_value(rel.total)}",
                                       [part, rel.total]))
        if not candidates:
            continue
        tol = max(tol_abs, 0.1 * hv) if h.kind == "ratio" else max(0.01, interval(h).hi / 100 - hv)
        support = [c for c in candidates if abs(c[0] - hv) <= tol + 1e-9]
        shown_h = f"«{h.text}» ({fmt_percent(hv * 100)})"
        if support:
            v, label, facts = min(support, key=lambda c: abs(c[0] - hv))
            yield Result("verified", [h, *facts], {"headline": shown_h, "body": label},
                         hv, v, f"{shown_h} ≈ {label} = {fmt_percent(v * 100)} ✓")
        else:
            ranked = sorted(candidates, key=lambda c: abs(c[0] - hv))[:3]
            compared = "; ".join(f"{label} = {fmt_percent(v * 100)}" for v, label, _ in ranked)
            facts = [h] + [f for _, _, fs in ranked for f in fs]
            seen: set[str] = set()
            facts = [f for f in facts if not (f.id in seen or seen.add(f.id))]
            yield Result("finding", facts, {"headline": shown_h, "compared": compared}, hv,
                         ranked[0][0], f"{shown_h} ≠ {compared}",
                         suggestion=fmt_percent(ranked[0][0] * 100))


_CHANGE_WORDS = _rc(
    r"(?i)\b(?:steg|steget|faldt|faldet|stigning|fald|mod|end|sidste\s+år|i\s+fjor|tidligere|"
    r"forventer|forventet|budgetteret|oprindelig\w*|nu|før|efter|ekstra|yderligere|mere|flere|"
    r"mindre|færre|op\s+til|fra|til\s+og\s+med|årligt|om\s+året|om\s+måneden|hvert\s+år|pr\.|per)(?!\w)"
)


def _digits(f: Fact) -> str:
    return "".join(ch for ch in f.text if ch.isdigit())


_LABEL = _rc(r"(?m)^[ \t]*(?:[-•*·▪][ \t]+)?(?P<label>[^:\n]{2,40}):[ \t]*$")


def _topic(doc: Document, f: Fact) -> set[str]:
    """Content words that say what a figure is: the words just before it and the label of a
    "Label: figure" line (as in Fakta boxes)."""
    before = text_before(doc, f, 60)
    words = regex.findall(r"[\p{L}-]+", before)[-4:]
    # and the sentence's first words: its subject ("Anlægsbudgettet ... lyder på 52,5 mio. kr.")
    if f.sentence >= 0:
        words += regex.findall(r"[\p{L}-]+", doc.sentence_text(f.sentence)[:40])[:2]
    stems = content_stems(" ".join(words))
    m = _LABEL.search(doc.text[max(0, f.start - 60) : f.start])
    if m:
        stems |= content_stems(m.group("label"))
    return stems


def _mantissa(f: Fact) -> str:
    m = regex.search(r"\d[\d.,]*", f.text)
    return m.group() if m else ""


def _looks_like_typo(a: Fact, b: Fact) -> bool:
    """Swapped digits (68/86), one digit changed (17,8/18,8), or the same figure with another
    scale word (68 mio./68 mia.): the typical slips of the keyboard."""
    da, db = _mantissa(a), _mantissa(b)
    if da == db:
        return True
    if sorted(da) == sorted(db):
        return True
    return len(da) == len(db) and sum(x != y for x, y in zip(da, db)) == 1


def _same_list(doc: Document, a: Fact, b: Fact) -> bool:
    """Two items of one bullet list or table are siblings, not repetitions."""
    lo, hi = sorted((a.block, b.block))
    if lo < 0:
        return False
    return all(doc.blocks[i].kind in ("bullet", "heading") for i in range(lo, hi + 1)) or (
        lo == hi and doc.blocks[lo].kind == "bullet")


def _subject_key(f: Fact) -> str | None:
    if not f.subject:
        return None
    return " ".join(w.lower() for w in regex.findall(r"[\p{L}\d-]+", f.subject))


def _distinctive(f: Fact) -> bool:
    """A figure with three or more significant digits ("1.345", "123.800") is hardly a coincidence."""
    return len(_digits(f).strip("0")) >= 3


def repeated_figure(doc: Document, options: dict[str, Any], st: Structure) -> Iterator[Result]:
    """The same quantity for the same thing, written twice: the two must agree."""
    facts = [f for f in doc.facts if f.kind in ("money", "count", "quantity")
             and not isinstance(f.value, list) and f.number and not f.extra.get("currency_implied")]
    topics = {f.id: _topic(doc, f) for f in facts}
    related: set[frozenset[str]] = set()
    for rel in st.parts_relations + st.table_relations:
        members = [rel.total, *rel.parts]
        related |= {frozenset((x.id, y.id)) for x in members for y in members}
    for lp in st.level_pairs:
        related.add(frozenset((lp.before.id, lp.after.id)))
    max_ratio = options.get("max_ratio", 10.0)
    paired: set[str] = set()
    flagged: set[tuple[str, str]] = set()
    for i, a in enumerate(facts):
        for b in facts[i + 1 :]:
            if a.sentence == b.sentence or a.kind != b.kind or a.unit != b.unit:
                continue
            shared = topics[a.id] & topics[b.id]
            same_subject = a.kind == "money" and _subject_key(a) and _subject_key(a) == _subject_key(b)
            params = {"first": a.text, "second": b.text,
                      "subject": a.subject or b.subject or ", ".join(sorted(shared)) or "?"}
            if interval(a).meets(interval(b)) and abs(a.number - b.number) <= 0.01 * a.number:
                if b.id not in paired and (shared or same_subject or (_distinctive(a) and a.number == b.number)):
                    paired.add(b.id)
                    yield Result("verified", [a, b], params, a.number, b.number,
                                 f"{a.text} = {b.text} ✓")
                continue
            # a finding needs more: an amount, said of the same thing, outside any relation
            if a.kind != "money" or not (shared or same_subject):
                continue
            if frozenset((a.id, b.id)) in related or _same_list(doc, a, b):
                continue
            if {a.qualifier, b.qualifier} & {"over", "under", "mindst", "højst"}:
                continue  # bounds, not values
            ctx_a = text_before(doc, a, 50) + " " + text_after(doc, a, 50)
            ctx_b = text_before(doc, b, 50) + " " + text_after(doc, b, 50)
            if _CHANGE_WORDS.search(ctx_a) or _CHANGE_WORDS.search(ctx_b):
                continue
            dates_a = {str(d.value) for d in doc.facts if d.kind in ("date", "period") and d.sentence == a.sentence}
            dates_b = {str(d.value) for d in doc.facts if d.kind in ("date", "period") and d.sentence == b.sentence}
            if dates_a and dates_b and dates_a != dates_b:
                continue
            if not _looks_like_typo(a, b):
                continue  # different amounts may well be different things: say nothing
            ratio = max(a.number, b.number) / min(a.number, b.number)
            if ratio > max_ratio and _mantissa(a) != _mantissa(b):
                continue  # an order of magnitude apart: two different amounts
            if (a.id, b.id) in flagged:
                continue
            flagged.add((a.id, b.id))
            yield Result("finding", [a, b], params, a.number, b.number, f"{a.text} ≠ {b.text}")


__all__ = ["unlabelled_share", "headline_ratio", "repeated_figure"]
