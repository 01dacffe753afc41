"""Check kind: a figure of a year said again per day, week or month.

"36,3 millioner rejser i 2023, hvilket svarer til 99.452 om dagen": the yearly figure divided by
the days (weeks, months) of a year must give the rate. Only a figure of a whole year is divided,
and only a rate that the text says the yearly figure comes to ("svarer til", "svarende til",
"det vil sige, at"); a rate within a few per cent of the computed one is a slip, one further off
was worked out on another base (working days, a season) and is left alone.
"""

from __future__ import annotations

from typing import Any, Iterator

from kikfacts.patterns import compile as _rc

from ..model import Document, Fact
from .base import Interval, Result, fmt_fact_value, half_unit, interval, same_unit, text_before
from .structure import Structure

#: "om dagen", "pr. døgn", "hver uge", "dagligt": the unit of time a rate is per.
_PER_AFTER = _rc(
    r"(?i)[ \t]+(?:[\p{L}-]+[ \t]+){0,6}?(?:(?:om|pr\.|per|i|hver(?:[ \t]+eneste)?)[ \t]+(?P<u>dagen|døgnet|døgn|"
    r"dag|ugen|uge|måneden|måned)|(?P<adv>dagligt|ugentligt|månedligt))\b")
#: What a year has of each ("om dagen": 365 or 366 days).
_PER_YEAR = {"dag": (365.0, 366.0), "døgn": (365.0, 366.0), "uge": (52.0, 52.18), "måned": (12.0, 12.0)}
_UNIT_OF = {"dagen": "dag", "dag": "dag", "døgnet": "døgn", "døgn": "døgn", "ugen": "uge", "uge": "uge",
            "måneden": "måned", "måned": "måned", "dagligt": "dag", "ugentligt": "uge",
            "månedligt": "måned"}
_SHOWN = {"dag": "om dagen", "døgn": "i døgnet", "uge": "om ugen", "måned": "om måneden"}
#: "svarer til", "svarende til i gennemsnit": the rate is the yearly figure said another way.
_EQUALS_BEFORE = _rc(r"(?i)\b(?:(?:svarer|svarende|svarede)[ \t]+(?:det[ \t]+)?til(?:,?[ \t]+at)?|"
                     r"det[ \t]+vil[ \t]+sige,?[ \t]+at)[ \t]+(?:[\p{L}-]+[ \t]+){0,5}?\Z")
#: "om året", "årligt", "pr. år", "på et år": a figure of a year.
_YEARLY_AFTER = _rc(r"(?i)[ \t]+(?:[\p{L}-]+[ \t]+){0,2}?(?:om[ \t]+året|årligt|pr\.[ \t]+år|per[ \t]+år|"
                    r"på[ \t]+et[ \t]+år|på[ \t]+årsbasis|hvert[ \t]+år)\b")
#: A sentence about one calendar year: "i 2023", "i hele 2023", "sidste år", "i fjor".
_YEAR_SAID = _rc(r"(?i)\b(?:i[ \t]+(?:hele[ \t]+|løbet[ \t]+af[ \t]+)?(?:19|20)\d\d(?![\d/–-])|sidste[ \t]+år\b|"
                 r"i[ \t]+fjor\b|hele[ \t]+året\b|året[ \t]+(?:19|20)\d\d\b)")
#: Words of a part of a year, or of several years: the figure is not one year's.
_NOT_ONE_YEAR = _rc(r"(?i)\b(?:\p{L}*halvår\p{L}*|\p{L}*kvartal\p{L}*|måneder\p{L}*|uger\p{L}*|første|seneste|"
                    r"sidste[ \t]+\d|januar|februar|marts|april|maj|juni|juli|august|september|oktober|"
                    r"november|december|sommer\p{L}*|vinter\p{L}*|efterår\p{L}*|forår\p{L}*|sæson\p{L}*|"
                    r"perioden|hverdag\p{L}*|arbejdsdag\p{L}*|åbningsdag\p{L}*|(?:19|20)\d\d[ \t]*[-–/][ \t]*\d)")
#: How far a rate may be from the computed one and still be a slip of it (further: another base).
SLIP = 0.05


def rate_per_time(doc: Document, options: dict[str, Any], st: Structure) -> Iterator[Result]:
    slip = float(options.get("slip", SLIP))
    for r in doc.facts:
        if r.kind not in ("count", "money", "quantity") or isinstance(r.value, list) or not r.number \
                or r.sentence < 0 or r.number < 0:
            continue
        per = _PER_AFTER.match(doc.text, r.end)
        if per is None or not _EQUALS_BEFORE.search(text_before(doc, r, 90)):
            continue
        unit = _UNIT_OF[(per.group("u") or per.group("adv")).lower()]
        year = _yearly_figure(doc, r)
        if year is None:
            continue
        res = _result(year, r, unit, slip)
        if res is not None:
            yield res


def _yearly_figure(doc: Document, r: Fact) -> Fact | None:
    """The figure of a year that the rate ``r`` says again: the nearest figure of its kind and
    unit before it in its sentence, else (for "Det svarer til ...") one of the two sentences
    before (of another paragraph only when it counts what the rate counts); a figure of what
    the rate counts goes first. It must be one year's figure by the words after it ("om året")
    or by its sentences naming one year and no part of one."""
    kinds = ("count", "money", "quantity")
    cands = [f for f in doc.facts if f.sentence == r.sentence and f.end <= r.start and f.kind in kinds]
    if not cands:
        cands = [f for f in doc.facts if max(0, r.sentence - 2) <= f.sentence < r.sentence and f.kind in kinds]
    # of what the rate counts: "127.200 underretninger om 75.000 børn og unge svarende til 348
    # underretninger om dagen" divides the reports, not the children
    own = _noun(r)
    if own:
        cands = [f for f in cands if _noun(f) is None or _same_noun(_noun(f), own)]
        named = [f for f in cands if _noun(f) is not None]
        if named:
            cands = named
    block = doc.sentences[r.sentence].block
    cands = [f for f in cands if doc.sentences[f.sentence].block == block
             or own and _noun(f) is not None and _same_noun(_noun(f), own)]
    if not cands:
        return None
    y = cands[-1]
    if not same_unit(y, r) or isinstance(y.value, list) or not y.number or y.number <= r.number:
        return None
    if _PER_AFTER.match(doc.text, y.end):
        return None  # a rate itself: "200 om dagen, svarende til 1.400 om ugen"
    if _YEARLY_AFTER.match(doc.text, y.end):
        return y
    words = doc.text[doc.sentences[y.sentence].start : r.start]
    if _YEAR_SAID.search(words) and not _NOT_ONE_YEAR.search(words):
        return y
    return None


def _noun(f: Fact) -> str | None:
    """The noun a figure counts ("underretninger"), if it names one."""
    words = (f.subject or "").lower().split()
    return words[0] if words else None


def _same_noun(a: str, b: str) -> bool:
    """One noun, or a compound and its head ("passagerrejser", "rejser"), or one stem."""
    return a[:5] == b[:5] or a.endswith(b) or b.endswith(a)


def _loose(y: Fact) -> Interval:
    """The interval of a yearly figure, its trailing zeros read as rounding ("14.600" may be
    14.550-14.650): a yearly total is seldom written to the last unit when a rate is given."""
    iv = interval(y)
    n = y.number
    if n is None or n != int(n) or n <= 0:
        return iv
    zeros = len(str(int(n))) - len(str(int(n)).rstrip("0"))
    half = 0.5 * 10 ** zeros if zeros else 0.0
    return Interval(min(iv.lo, n - half), max(iv.hi, n + half))


def _result(y: Fact, r: Fact, unit: str, slip: float) -> Result | None:
    lo_n, hi_n = _PER_YEAR[unit]
    iy = _loose(y)
    computed = Interval(iy.lo / hi_n, iy.hi / lo_n)
    value = y.number / lo_n
    # shown as precisely as the rate is written: "99.452", not "99.452,05"
    step = 2 * half_unit(r) / (2 if "½" in r.text else 1)  # ("3½ milliard": to halves)
    shown_value = round(value / step) * step if step > 0 else value
    shown_n = f"{lo_n:g}".replace(".", ",")
    per = _SHOWN[unit]
    params = {"total": fmt_fact_value(y), "days": shown_n, "computed": fmt_fact_value(r, shown_value),
              "stated": r.text, "per": per}
    shown = f"{fmt_fact_value(y)} / {shown_n} = {fmt_fact_value(r, shown_value)} {per}"
    if computed.meets(_loose(r)):
        return Result("verified", [r, y], params, r.number, value, f"{shown} ≈ {r.text} ✓",
                      message_key="verified")
    if abs(r.number - value) > slip * value:
        return None  # worked out on another base: say nothing
    return Result("finding", [r, y], params, r.number, value, f"{shown} ≠ {r.text}",
                  suggestion=fmt_fact_value(r, shown_value))
