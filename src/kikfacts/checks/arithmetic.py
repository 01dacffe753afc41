"""Check kinds that do arithmetic on figures: sums, flows, changes, shares."""

from __future__ import annotations

from typing import Any, Iterator

import regex

from kikfacts.patterns import compile as _rc

from ..model import Document, Fact
from .base import (
    Interval,
    Result,
    fmt_fact_value,
    fmt_number,
    fmt_percent,
    interval,
    sentence_of,
)
from .structure import LevelPair, Structure


def sum_of_parts(doc: Document, options: dict[str, Any], st: Structure) -> Iterator[Result]:
    yield from _differences(doc, st)
    for rel in st.parts_relations + st.table_relations:
        total, parts = rel.total, rel.parts
        s = sum(p.number for p in parts)
        iv = Interval(0, 0)
        for p in parts:
            iv = iv + interval(p)
        tv = interval(total)
        terms = " + ".join(fmt_fact_value(p).split(" ")[0] for p in parts)
        unit_tail = fmt_fact_value(total, s)
        arithmetic = f"{terms} = {unit_tail}"
        params = {"parts": terms, "sum": fmt_fact_value(total, s), "total": fmt_fact_value(total),
                  "difference": fmt_fact_value(total, abs(total.number - s))}
        if iv.meets(tv):
            if abs(s - total.number) > 1e-9:
                arithmetic = f"{arithmetic} ≈ {fmt_fact_value(total)} (inden for afrundingen)"
            yield Result("verified", [total, *parts], params, total.number, s,
                         f"{arithmetic} ✓")
        elif s > tv.hi or rel.exhaustive:
            missing = total.number - s
            yield Result(
                "finding", [total, *parts], params, total.number, s,
                f"{arithmetic} ≠ {fmt_fact_value(total)}",
                suggestion=(f"{fmt_fact_value(parts[-1], parts[-1].number + missing)}"
                            if parts[-1].number + missing > 0 else None),
            )


_COMPARED = _rc(
    r"(?i)\s*(?:\p{L}+\s+)?(?:flere|færre|mere|mindre|højere|lavere|større|dyrere|billigere)\s+end\b"
)


def _differences(doc: Document, st: Structure) -> Iterator[Result]:
    """ "hæves med 800 mio. kr. fra 17,0 mia. kr. til 17,8 mia. kr.": the change is B − A."""
    for lp in st.level_pairs:
        a, b = lp.before, lp.after
        if a.kind == "percent" or a.sentence != b.sentence:
            continue
        for x in doc.facts:
            if x.sentence != a.sentence or x in (a, b) or x.kind != a.kind or x.unit != a.unit:
                continue
            if isinstance(x.value, list):
                continue
            if not (regex.search(r"(?i)\bmed\s+$", doc.text[max(0, x.start - 8):x.start])
                    or _COMPARED.match(doc.text, x.end)):
                continue
            diff = abs(b.number - a.number)
            civ = interval(b) - interval(a)
            civ = Interval(min(abs(civ.lo), abs(civ.hi)) if civ.lo * civ.hi > 0 else 0, max(abs(civ.lo), abs(civ.hi)))
            shown = f"{fmt_fact_value(b)} − {fmt_fact_value(a)} = {fmt_fact_value(x, diff)}"
            params = {"parts": f"{fmt_fact_value(a)} + {fmt_fact_value(x)}", "sum": fmt_fact_value(a, a.number + x.number),
                      "total": fmt_fact_value(b), "difference": fmt_fact_value(x, abs(diff - x.number))}
            if civ.meets(interval(x)):
                yield Result("verified", [x, a, b], params, x.number, diff, f"{shown} ✓")
            else:
                yield Result("finding", [x, a, b], params, x.number, diff, f"{shown} ≠ {x.text}",
                             suggestion=fmt_fact_value(x, diff))
            break


def stock_flow(doc: Document, options: dict[str, Any], st: Structure) -> Iterator[Result]:
    for sf in st.stock_flows:
        out = sf.start.number + sf.inflow.number - sf.end.number
        iv = interval(sf.start) + interval(sf.inflow) - interval(sf.end)
        a = (f"{fmt_number(sf.start.number)} + {fmt_number(sf.inflow.number)} − "
             f"{fmt_number(sf.end.number)} = {fmt_number(out)}")
        params = {"start": fmt_number(sf.start.number), "inflow": fmt_number(sf.inflow.number),
                  "end": fmt_number(sf.end.number), "computed": fmt_number(out),
                  "stated": fmt_number(sf.outflow.number)}
        facts = [sf.start, sf.inflow, sf.end, sf.outflow]
        if iv.meets(interval(sf.outflow)):
            yield Result("verified", facts, params, sf.outflow.number, out, f"{a} ✓")
        else:
            yield Result("finding", facts, params, sf.outflow.number, out,
                         f"{a} ≠ {fmt_number(sf.outflow.number)}",
                         suggestion=fmt_number(out))


_METRIC = _rc(r"(?i)\b(?:antallet|andelen|mængden|tallet|niveauet)\s+af\s+([\p{L}-]+(?:\s+[\p{L}-]+)?)")


def _metrics(text: str) -> set[str]:
    return {m.group(1).lower()[:14] for m in _METRIC.finditer(text)}


_RESTATE = _rc(
    r"(?i)(?:\beller|\baltså|\bsvarende\s+til|\bdvs\.?|\bhvilket\s+er|\bstigning\w*\s+på|"
    r"\bfald\w*\s+på|\bforøgelse\s+på|\breduktion\w*\s+på|\bøgning\s+på|\bvækst\s+på|"
    r"\bnedgang\s+på|\bfremgang\s+på|\btilbagegang\s+på)\W*(?:\p{L}+\s+){0,2}$"
)


_POINTS_BACK = _rc(
    r"(?i)^\W*(?:det|dette|hvilket|det\s+svarer|faldet|stigningen|fremgangen|tilbagegangen|"
    r"ændringen|væksten|nedgangen|forøgelsen|reduktionen)\s+(?:er|var|svarer|giver|betyder|udgør)\b"
)


def _pairs_for(doc: Document, p: Fact, st: Structure):
    """Level pairs that a change percent speaks about: same sentence first, then by metric."""
    same = [lp for lp in st.level_pairs if lp.before.sentence == p.sentence]
    if same:
        # the pair nearest before the percent, else the nearest after it
        before = [lp for lp in same if lp.after.end <= p.start]
        return [before[-1]] if before else [same[0]]
    # "Det er en stigning på 4,7 procent." refers to the pair in the sentence before
    first_percent = next(f for f in doc.facts if f.kind == "percent" and f.sentence == p.sentence)
    if p.sentence > 0 and first_percent is p and _POINTS_BACK.match(sentence_of(doc, p)):
        prev = [lp for lp in st.level_pairs if lp.after.sentence == p.sentence - 1]
        if len(prev) == 1:
            return prev
    # a list item "Fald i perioden: ..., eller 20,9 procent" after the dated items it compares
    block = doc.blocks[p.block] if p.block >= 0 else None
    if block is not None and block.kind == "bullet":
        prev = [lp for lp in st.level_pairs if lp.after.block in (p.block - 1, p.block - 2)
                and doc.blocks[lp.after.block].kind == "bullet"]
        if len(prev) == 1:
            return prev
    metrics = _metrics(sentence_of(doc, p))
    if not metrics:
        return []
    linked = []
    for sf in st.stock_flows:
        block = doc.blocks[doc.sentences[sf.start.sentence].block]
        if metrics & _metrics(doc.text[block.start : block.end]):
            linked.append(LevelPair(sf.start, sf.end))
    return linked[:1]


def _is_change(doc: Document, p: Fact, st: Structure) -> bool:
    if p.role == "change":
        return True
    # "fra 41 procent til 47 procent, altså 6 procentpoint": a restated change after a pair
    return any(lp.after.sentence == p.sentence and lp.after.end <= p.start for lp in st.level_pairs) \
        and bool(_RESTATE.search(doc.text[doc.sentences[p.sentence].start : p.start]))


def percent_change(doc: Document, options: dict[str, Any], st: Structure) -> Iterator[Result]:
    in_pairs = {f.id for lp in st.level_pairs for f in (lp.before, lp.after)}
    for p in doc.facts:
        if p.kind != "percent" or isinstance(p.value, list) or p.id in in_pairs:
            continue
        if not _is_change(doc, p, st):
            continue
        if p.id in in_pairs:
            continue  # "faldt fra 5,1 procent til 4,5 procent": levels, not the change
        for lp in _pairs_for(doc, p, st):
            a, b = lp.before, lp.after
            if a.number == 0:
                continue
            if a.kind == "percent" and p.unit == "pp":
                computed = b.number - a.number
                civ = interval(b) - interval(a)
                shown = f"{fmt_number(b.number)} − {fmt_number(a.number)} = {fmt_number(computed, 1)} procentpoint"
            elif p.unit == "pp":
                continue
            else:
                computed = (b.number - a.number) / a.number * 100
                ia, ib = interval(a), interval(b)
                lo = (ib.lo - ia.hi) / ia.hi * 100 if ia.hi else computed
                hi = (ib.hi - ia.lo) / ia.lo * 100 if ia.lo else computed
                civ = Interval(min(lo, hi), max(lo, hi))
                shown = (f"({fmt_fact_value(b)} − {fmt_fact_value(a)}) / {fmt_fact_value(a)} = "
                         f"{fmt_percent(computed)}")
            stated = p.number
            direction = p.extra.get("direction")
            if direction == "down" or (direction is None and computed < 0):
                stated = -abs(stated)
            siv = interval(p)
            if stated < 0:
                siv = Interval(-siv.hi, -siv.lo)
            # the stated figure may be rounded to whole percent even from exact levels
            params = {"stated": p.text, "computed": fmt_percent(abs(computed)) if p.unit != "pp"
                      else f"{fmt_number(abs(computed), 1)} procentpoint",
                      "before": fmt_fact_value(a), "after": fmt_fact_value(b)}
            if siv.meets(civ):
                yield Result("verified", [p, a, b], params, stated, round(computed, 2), f"{shown} ✓")
            else:
                sev = None if abs(siv.distance(civ)) > 1.0 else "warning"
                yield Result("finding", [p, a, b], params, stated, round(computed, 2),
                             f"{shown}, ikke {p.text}", severity=sev,
                             suggestion=params["computed"])


def share_of_base(doc: Document, options: dict[str, Any], st: Structure) -> Iterator[Result]:
    yield from counted_shares(doc, options, st)
    countable = options.get("countable_only", True)
    for p in doc.facts:
        if p.kind != "percent" or p.base is None or p.unit == "pp" or isinstance(p.value, list):
            continue
        n = p.base
        if n <= 0 or n != int(n) or n > options.get("max_base", 10_000):
            continue
        if countable and p.subject and regex.match(r"(?i)kr|mio|mia|procent", p.subject):
            continue
        x = p.number * n / 100
        siv = interval(p)
        k = round(x)
        ks = [k2 for k2 in (k - 1, k, k + 1) if 0 <= k2 <= n and siv.contains(k2 / n * 100)]
        base_txt = fmt_number(n)
        params = {"percent": p.text, "base": base_txt, "computed": fmt_number(x, 1 if x != int(x) else 0)}
        arithmetic = f"{fmt_number(p.number)} % af {base_txt} = {fmt_number(round(x, 2))}"
        if ks:
            best = min(ks, key=lambda k2: abs(k2 - x))
            params["whole"] = fmt_number(best)
            yield Result("verified", [p], params, p.number, x,
                         f"{arithmetic} ≈ {fmt_number(best)} ✓")
        else:
            params["whole"] = fmt_number(k)
            near = k / n * 100
            yield Result("finding", [p], params, p.number, x, f"{arithmetic}: ikke et helt antal",
                         suggestion=f"{fmt_number(near, 1)} % ({fmt_number(k)} af {base_txt})")


_OF_BASE = _rc(r"(?i)^\s*af\s+(?:de|det|den|alle|borgerne|\p{L}+erne)\b")
def counted_shares(doc: Document, options: dict[str, Any], st: Structure) -> Iterator[Result]:
    """ "Ti af de 30 på ventelisten, altså hver tredje": the count pair and the share agree."""
    pairs: list[tuple[Fact, Fact | None, float]] = [(a, b, b.number) for a, b in st.part_of_pairs]
    pairs += [(f, None, f.base) for f in doc.facts
              if f.kind == "count" and f.base and not isinstance(f.value, list)]
    for a, bfact, base in pairs:
        shares = [f for f in doc.facts if f.sentence == a.sentence and f.kind in ("percent", "ratio")
                  and f.role != "change" and f.unit != "pp" and not isinstance(f.value, list)
                  and f.base is None]
        if len(shares) != 1 or not base or a.number > base:
            continue
        sh = shares[0]
        x = a.number / base
        stated = sh.number / 100 if sh.kind == "percent" else sh.number
        siv = interval(sh)
        if sh.kind == "percent":
            siv = Interval(siv.lo / 100, siv.hi / 100)
        else:
            # "hver tredje", "en fjerdedel" are rounded ways of saying it
            siv = Interval(min(siv.lo, stated * 0.9), max(siv.hi, stated * 1.1))
        civ = Interval((a.number - 0.5) / (base + 0.5), (a.number + 0.5) / max(base - 0.5, 0.5))
        params = {"percent": sh.text, "base": fmt_number(base), "computed": fmt_percent(x * 100),
                  "whole": fmt_number(a.number)}
        shown = f"{fmt_number(a.number)} af {fmt_number(base)} = {fmt_percent(x * 100)}"
        facts = [sh, a] + ([bfact] if bfact is not None else [])
        if siv.meets(civ):
            yield Result("verified", facts, params, stated, round(x, 4), f"{shown} ≈ {sh.text} ✓",
                         message_key="verified_count")
        else:
            yield Result("finding", facts, params, stated, round(x, 4), f"{shown}, ikke {sh.text}",
                         message_key="message_count", suggestion=fmt_percent(x * 100))


_DISTRIBUTION = _rc(
    r"(?i)\b(?:af\s+(?:de|dem|disse|alle)|fordelt|fordeler|heraf|hvoraf|enten|resten|de\s+øvrige)\b"
)
_ALL = _rc(r"(?i)\b(?:resten|de\s+øvrige|øvrige|de\s+sidste|den\s+resterende|enten)\b")


def shares_total(doc: Document, options: dict[str, Any], st: Structure) -> Iterator[Result]:
    by_sentence: dict[int, list[Fact]] = {}
    for p in doc.facts:
        if p.kind != "percent" or p.unit == "pp" or isinstance(p.value, list):
            continue
        if p.role in ("share", "level"):
            by_sentence.setdefault(p.sentence, []).append(p)
    for sent, ps in by_sentence.items():
        if len(ps) < 2:
            continue
        # levels count as shares only when the sentence splits something: one of them is a
        # share of something ("42 procent af boligerne") or a splitting word comes first
        head = doc.text[doc.sentences[sent].start : ps[0].start]
        if not any(p.role == "share" or p.subject for p in ps) and not _DISTRIBUTION.search(head):
            continue
        # "42 procent af boligerne ..., 35 procent ... og 28 procent ...": only the first names
        # its base; shares that name different bases are not one whole
        subjects = {p.subject.lower() for p in ps if p.subject}
        bases = {p.base for p in ps if p.base is not None}
        if len(subjects) > 1 or len(bases) > 1:
            continue  # shares of different bases: "50 % af kvinderne og 60 % af mændene"
        text = doc.sentence_text(sent)
        iv = Interval(0, 0)
        for p in ps:
            iv = iv + interval(p)
        s = sum(p.number for p in ps)
        covers_all = bool(_ALL.search(text))
        terms = " + ".join(fmt_number(p.number) for p in ps)
        params = {"shares": terms, "sum": fmt_percent(s)}
        if iv.lo > 100:
            yield Result("finding", ps, params, 100, s, f"{terms} = {fmt_percent(s)} > 100 %")
        elif iv.contains(100):
            yield Result("verified", ps, params, 100, s, f"{terms} = {fmt_percent(s)} ✓")
        elif covers_all:
            yield Result("finding", ps, params, 100, s, f"{terms} = {fmt_percent(s)} ≠ 100 %",
                         message_key="message_not_all", severity="warning")
