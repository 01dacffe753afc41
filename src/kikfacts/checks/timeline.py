"""Check kinds about dates and periods: weekdays, order, lengths, targets and deadlines."""

from __future__ import annotations

import datetime as dt
from typing import Any, Iterator


from kikfacts.patterns import compile as _rc

from ..lang_da import WEEKDAYS
from ..model import Document, Fact
from .base import Result, fmt_number, interval, text_before
from .structure import Structure

_WEEKDAY_NAMES = {v: k for k, v in WEEKDAYS.items()}
_MONTHS_DA = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
              "september", "oktober", "november", "december"]


def _to_date(iso: str | None, end: bool = False) -> dt.date | None:
    """First (or last) day of an ISO value cut to its precision."""
    if not iso or not isinstance(iso, str):
        return None
    parts = iso.split("-")
    try:
        y = int(parts[0])
        if len(parts) == 1:
            return dt.date(y, 12, 31) if end else dt.date(y, 1, 1)
        m = int(parts[1])
        if len(parts) == 2:
            if end:
                nxt = dt.date(y + (m == 12), m % 12 + 1, 1)
                return nxt - dt.timedelta(days=1)
            return dt.date(y, m, 1)
        return dt.date(y, m, int(parts[2]))
    except ValueError:
        return None


def _months(iso: str) -> int | None:
    parts = iso.split("-")
    if len(parts) < 2:
        return None
    return int(parts[0]) * 12 + int(parts[1]) - 1


def _fmt_date(d: dt.date) -> str:
    return f"{d.day}. {_MONTHS_DA[d.month - 1]} {d.year}"


def weekday_date(doc: Document, options: dict[str, Any], st: Structure) -> Iterator[Result]:
    for f in doc.facts:
        if f.kind != "date" or "weekday" not in f.extra or f.precision != "day" or not f.value:
            continue
        d = dt.date.fromisoformat(f.value)
        said = f.extra["weekday"]
        real = _WEEKDAY_NAMES[d.weekday()]
        params = {"date": _fmt_date(d), "stated": said, "real": real}
        if WEEKDAYS[said] == d.weekday():
            yield Result("verified", [f], params, said, real, f"{_fmt_date(d)} er en {real} ✓")
        else:
            yield Result("finding", [f], params, said, real,
                         f"{_fmt_date(d)} er en {real}, ikke en {said}",
                         suggestion=f"{real} den {_fmt_date(d)}")


_PAST = _rc(
    r"(?i)\b(?:blev|var|havde|åbnede|indviede|vedtog|besluttede|startede|afsluttede|holdt|"
    r"modtog|underskrev|har\s+været|er\s+blevet|fandt\s+sted|skete)\b"
)
_FUTURE = _rc(r"(?i)\b(?:skal|vil|forventes|forventer|planlagt|ventes|kommer\s+til|fra\s+og\s+med)\b")


def date_order(doc: Document, options: dict[str, Any], st: Structure) -> Iterator[Result]:
    for f in doc.facts:
        if f.kind == "date" and f.extra.get("invalid"):
            yield Result("finding", [f], {"date": f.text}, f.text, None, f"{f.text}: ingen sådan dag",
                         message_key="message_invalid")
    for f in doc.facts:
        if f.kind == "period" and isinstance(f.value, dict) and f.value.get("start") and f.value.get("end"):
            a, b = _to_date(f.value["start"]), _to_date(f.value["end"], end=True)
            if a and b and b < a:
                yield Result("finding", [f], {"period": f.text}, f.value["start"], f.value["end"],
                             f"{f.value['end']} < {f.value['start']}", message_key="message_period")
    pub = doc.published
    if pub is None:
        return
    for f in doc.facts:
        if f.kind != "date" or f.precision != "day" or not f.value or f.extra.get("relative"):
            continue
        if f.block >= 0 and doc.blocks[f.block].kind in ("dateline", "headline"):
            continue
        d = dt.date.fromisoformat(f.value)
        if d <= pub:
            continue
        sentence = doc.sentence_text(f.sentence)
        if _PAST.search(sentence) and not _FUTURE.search(sentence):
            yield Result("finding", [f], {"date": f.text, "published": _fmt_date(pub)},
                         f.value, pub.isoformat(),
                         f"{_fmt_date(d)} > {_fmt_date(pub)}", message_key="message_past")


def period_length(doc: Document, options: dict[str, Any], st: Structure) -> Iterator[Result]:
    for f in doc.facts:
        if f.kind != "period" or not isinstance(f.value, dict):
            continue
        v = f.value
        dur = v.get("duration")
        if not (dur and v.get("start") and v.get("end")) or not dur.endswith(("M", "Y")):
            continue
        n = int(float(dur[1:-1])) * (12 if dur.endswith("Y") else 1)
        s, e = _months(v["start"] if "-" in v["start"] else v["start"] + "-01"), _months(
            v["end"] if "-" in v["end"] else v["end"] + "-12")
        if s is None or e is None:
            continue
        span = e - s + 1
        params = {"period": f.text, "months": fmt_number(span), "stated": fmt_number(n)}
        if span == n:
            yield Result("verified", [f], params, n, span,
                         f"{v['start']} – {v['end']} = {span} måneder ✓")
        else:
            yield Result("finding", [f], params, n, span,
                         f"{v['start']} – {v['end']} = {span} måneder, ikke {n}")
    # a range and a duration stated in the same sentence ("fra januar til oktober, i 10 måneder")
    for f in doc.facts:
        if f.kind != "period" or not isinstance(f.value, dict):
            continue
        v = f.value
        if not (v.get("start") and v.get("end")) or v.get("duration"):
            continue
        for d in doc.facts:
            if d.kind != "period" or d.sentence != f.sentence or d is f or not isinstance(d.value, dict):
                continue
            dur = d.value.get("duration")
            if not dur or d.value.get("start") or not dur.endswith(("M", "Y")):
                continue
            n = float(dur[1:-1]) * (12 if dur.endswith("Y") else 1)
            a, b = _to_date(v["start"]), _to_date(v["end"], end=len(v["end"]) < 10)
            if a is None or b is None:
                continue
            # whole months between the dates, counting a started month when the range is by month
            span = (b.year - a.year) * 12 + b.month - a.month + (1 if len(v["end"]) < 10 else 0)
            if len(v["end"]) == 10 and b.day > a.day:
                span += 1 if b.day - a.day > 15 else 0
            params = {"period": f.text, "months": fmt_number(span), "stated": fmt_number(n)}
            if abs(span - n) <= 0.5:
                yield Result("verified", [f, d], params, n, span,
                             f"{v['start']} – {v['end']} = {span} måneder = {d.text} ✓")
            else:
                yield Result("finding", [f, d], params, n, span,
                             f"{v['start']} – {v['end']} = {span} måneder, ikke {d.text}")
            break
    # a status date at the end of a "de første N måneder af ÅÅÅÅ" period confirms it
    for f in doc.facts:
        if f.kind != "period" or not isinstance(f.value, dict) or not f.value.get("end"):
            continue
        if not f.value.get("duration") or len(f.value["end"]) != 7:
            continue
        for d in doc.facts:
            if d.kind == "date" and d.precision == "day" and d.value and d.value[:7] == f.value["end"] \
                    and _to_date(d.value) == _to_date(f.value["end"], end=True):
                n = f.value["duration"][1:-1]
                months = int(float(n)) * (12 if f.value["duration"].endswith("Y") else 1)
                yield Result("verified", [f, d], {"period": f.text, "date": d.text,
                                                  "months": fmt_number(months)}, f.value["end"],
                             d.value, f"{f.text} slutter {d.text} ✓")
                break


_PROGRAMME = _rc(r"(?i)\b(?:løber|strategi\w*|projekt\w*|periode\w*|indsats\w*|aftale\w*|program\w*)\b")


def target_consistency(doc: Document, options: dict[str, Any], st: Structure) -> Iterator[Result]:
    for t in doc.facts:
        if t.kind != "target" or not isinstance(t.value, dict):
            continue
        v = t.value
        frm, to, change = v.get("from"), v.get("to"), v.get("change")
        # 1. size: "halvere fra 1.008 til 504"
        if frm and to is not None and change is not None:
            expected = frm * (1 + change)
            params = {"from": fmt_number(frm), "to": fmt_number(to), "expected": fmt_number(expected)}
            tol = max(abs(frm) * 0.02, 0.5)
            if abs(expected - to) <= tol:
                yield Result("verified", [t], params, to, expected,
                             f"{fmt_number(frm)} × {fmt_number(1 + change, 2)} = {fmt_number(expected)} ✓")
            else:
                yield Result("finding", [t], params, to, expected,
                             f"{fmt_number(frm)} × {fmt_number(1 + change, 2)} = {fmt_number(expected)} ≠ {fmt_number(to)}",
                             message_key="message_size")
        # 2. deadline against the programme's period in the same paragraph or list
        deadline = _to_date(v.get("deadline"))
        if deadline is not None:
            for p in doc.facts:
                if p.kind != "period" or not isinstance(p.value, dict) or not p.value.get("end"):
                    continue
                near = abs(doc.sentences[p.sentence].block - doc.sentences[t.sentence].block) <= 1 \
                    if p.sentence >= 0 and t.sentence >= 0 else False
                if not near or not _PROGRAMME.search(doc.sentence_text(p.sentence)):
                    continue
                end = _to_date(p.value["end"], end=len(p.value["end"]) < 10)
                if end is None:
                    continue
                params = {"deadline": v["deadline"], "end": p.value["end"], "period": p.text}
                # "inden maj 2022" means before May 2022 starts; a programme ending 1 May agrees
                if deadline <= end + dt.timedelta(days=31):
                    yield Result("verified", [t, p], params, v["deadline"], p.value["end"],
                                 f"frist {v['deadline']} ≤ slut {p.value['end']} ✓")
                else:
                    yield Result("finding", [t, p], params, v["deadline"], p.value["end"],
                                 f"frist {v['deadline']} > slut {p.value['end']}",
                                 message_key="message_deadline")
                break
        # 3. progress (info): a halving target and a stock series for the same metric
        if change is not None and frm is None and st.stock_flows:
            sf = st.stock_flows[0]
            start, now = sf.start.number, sf.end.number
            goal = start * -change
            done = start - now
            if goal > 0 and done >= 0:
                params = {"goal": fmt_number(goal), "done": fmt_number(done),
                          "share": fmt_number(round(done / goal * 100))}
                yield Result("finding", [t, sf.start, sf.end], params, goal, done,
                             f"{fmt_number(start)} × {fmt_number(-change, 2)} = {fmt_number(goal)}; "
                             f"{fmt_number(start)} − {fmt_number(now)} = {fmt_number(done)} "
                             f"({params['share']} %)",
                             severity="info", message_key="message_progress")


__all__ = ["weekday_date", "date_order", "period_length", "target_consistency", "interval",
           "text_before", "Fact"]
