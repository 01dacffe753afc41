"""Shared pieces of the checks: tolerance intervals, Danish number formatting, results.

A figure's *interval* is the set of true values its written form allows: the rounding of its
last written digit, widened by its qualifier ("ca. 50 %" allows 45-55, "godt 1.100" 1.100-1.210,
"under 800" anything below 800). A relation holds when the intervals of its two sides meet, so
the checks never demand more precision than the text gives.
"""

from __future__ import annotations

import math
from functools import lru_cache
from dataclasses import dataclass, field
from typing import Any, Iterable

import regex

from kikfacts.patterns import cached as _re
from kikfacts.patterns import compile as _rc

from ..model import Document, Fact
from ..numbers import DIGITS, parse_digits

_FIGURE = _rc(DIGITS)

#: Relative widening per qualifier: (low factor, high factor) applied to the value.
QUALIFIER_BOUNDS = {
    "ca.": (0.9, 1.1),
    "godt": (1.0, 1.1),
    "lidt over": (1.0, 1.1),
    "knap": (0.9, 1.0),
    "næsten": (0.9, 1.0),
    "lidt under": (0.9, 1.0),
    "små": (0.9, 1.0),
    "op mod": (0.8, 1.0),
    "over": (1.0, 1.5),
    "under": (0.5, 1.0),
    "mindst": (1.0, math.inf),
    "højst": (0.0, 1.0),
}


@dataclass(slots=True, frozen=True)
class Interval:
    lo: float
    hi: float

    def __add__(self, other: "Interval") -> "Interval":
        return Interval(self.lo + other.lo, self.hi + other.hi)

    def __sub__(self, other: "Interval") -> "Interval":
        return Interval(self.lo - other.hi, self.hi - other.lo)

    def meets(self, other: "Interval") -> bool:
        return self.lo <= other.hi and other.lo <= self.hi

    def contains(self, x: float) -> bool:
        return self.lo <= x <= self.hi

    def distance(self, other: "Interval") -> float:
        if self.meets(other):
            return 0.0
        return other.lo - self.hi if other.lo > self.hi else self.lo - other.hi


def half_unit(f: Fact) -> float:
    """Half a unit of the last digit the figure is written with, in the fact's own unit."""
    m = _FIGURE.search(f.text)
    v = f.number
    if f.kind == "ratio":
        return 0.0  # "hver tredje", "1 ud af 3": exact fractions; their rounding is the checks' business
    if m is None or v is None:
        # a number word: half a unit of what it counts ("seks øre" is 0,06 kr. give or take 0,005)
        return 0.005 if f.kind == "money" and "øre" in f.text.lower() else 0.5
    written = parse_digits(m.group())
    _, sep, frac = m.group().partition(",")
    decimals = len(frac) if sep else 0
    if f.kind == "quantity" and not sep and m.group().endswith(".000"):
        # "39.000 hektar", "42.000 ton": a measure in round thousands is rounded to them
        decimals = -3
    first = f.value[0] if isinstance(f.value, list) else f.value
    scale = first / written if written else 1.0
    return 0.5 * 10 ** (-decimals) * abs(scale)


#: A label and three or more figures, one space apart: a row of a table without column gaps
#: ("Det Sociale Institut 904 955 931 870").
_FIGURE_ROW = _rc(r"[^\S\n]*\p{L}[^\d\n]*(?:[^\S\n]+[-+−]?\d[\d.,]*[^\S\n]*%?){3,}[^\S\n]*")
_ROW_GAP = _rc(r"\t|\||(?<![ \u00a0])[ \u00a0]{2,}(?=\S)")


def in_table_row(text: str, f: Fact, gap_before: bool = False, indent: bool = True) -> bool:
    """Whether a figure stands on a line laid out as a table row: cells set apart by "|", tabs
    or runs of spaces (before the figure only, with ``gap_before``: a label's gap; a line's
    indentation counts unless ``indent`` is false), or a label and three or more figures one
    space apart."""
    return _in_table_row(text, f.start, f.end, gap_before, indent)


@lru_cache(maxsize=8192)
def _in_table_row(text: str, start: int, end: int, gap_before: bool, indent: bool) -> bool:
    # (kept per figure: the checks ask it of the same figures many times)
    a = text.rfind("\n", 0, start) + 1
    b = text.find("\n", end)
    b = len(text) if b < 0 else b
    if not indent:
        while a < start and text[a] in " \t\u00a0":
            a += 1
    if _ROW_GAP.search(text, a, start + 1 if gap_before else b):
        return True
    return bool(_FIGURE_ROW.fullmatch(text, a, b))


def interval(f: Fact) -> Interval:
    v = f.value
    h = half_unit(f)
    if isinstance(v, list):
        lo, hi = float(v[0]), float(v[1])
    else:
        lo = hi = float(f.number or 0.0)
    q = QUALIFIER_BOUNDS.get(f.qualifier or "")
    if q:
        lo, hi = lo * q[0], hi * q[1]
        if lo > hi:  # a negative figure: "over -5" bounds it the other way round
            lo, hi = hi, lo
    return Interval(lo - h, hi + h)


def exact(x: float) -> Interval:
    return Interval(x, x)


# --------------------------------------------------------------------------- formatting
def fmt_number(x: float, decimals: int | None = None) -> str:
    """Danish style: 1.159, 60,5, 0,33."""
    if decimals is None:
        decimals = 0 if abs(x - round(x)) < 1e-9 else (1 if abs(x) >= 10 else 2)
        if decimals and abs(x * 10 - round(x * 10)) < 1e-9:
            decimals = 1
    s = f"{x:,.{decimals}f}"
    return s.replace(",", "\x00").replace(".", ",").replace("\x00", ".")


#: How a unit is written in a message (the JSON keeps the unit's code).
_UNIT_SHOWN = {"l": "liter", "m2": "m²", "m3": "m³", "tdl": "tønder land"}


def fmt_amount(x: float, unit: str | None = "DKK", like: Fact | None = None) -> str:
    """Format an amount in the scale its facts are written in ("60,5 mio. kr.")."""
    cur = {"DKK": " kr.", "EUR": " euro", None: ""}.get(unit, f" {_UNIT_SHOWN.get(unit, unit)}")
    text = (like.text.lower() if like is not None else "")
    if like is not None and not _SCALE_WORD.search(text) and like.number:
        m = _FIGURE.search(text)
        if m is not None and parse_digits(m.group()) != abs(like.number):
            # "fra 61 til 84 mio. kr.": the 61 takes its scale from the figure after it
            like, text = None, ""
    # the figure itself is shown with the decimals it is written with ("3,20 mia. kr.")
    dec = None
    if like is not None and x == like.number and (m := _FIGURE.search(text)) is not None:
        _, sep, frac = m.group().partition(",")
        dec = len(frac) if sep and frac.isdigit() else None
    if "mia" in text or "milliard" in text or (like is None and abs(x) >= 1e9):
        return f"{fmt_number(x / 1e9, dec)} mia.{cur}"
    if "mio" in text or "million" in text or (like is None and abs(x) >= 1e6):
        return f"{fmt_number(x / 1e6, dec)} mio.{cur}"
    return f"{fmt_number(x, dec)}{cur}"


def fmt_fact_value(f: Fact, x: float | None = None) -> str:
    x = f.number if x is None else x
    if x is None:
        return f.text
    if f.kind == "money":
        # (a table cell "274" under "mio. kr." takes the scale of its value: ``fmt_amount`` takes
        # the written decimals only from a figure that is its value, "10,12" under "kr.")
        return fmt_amount(x, f.unit, f)
    if f.kind == "percent":
        return f"{fmt_number(x)} {'procentpoint' if f.unit == 'pp' else '%'}"
    if f.kind == "quantity" and f.unit:
        return fmt_amount(x, f.unit, f)
    if f.kind == "count" and _SCALE_WORD.search(f.text):
        return fmt_amount(x, None, f)
    return fmt_number(x)


_SCALE_WORD = _rc(r"(?i)\bmi[oa]\.|\bmilli")


_DECIMALS = _rc(r"\d,(\d+)")


def fmt_percent(x: float, like: Fact | None = None) -> str:
    """A computed percentage, rounded as a reader would ("12 %", "3,4 %"), or with as many
    decimals as the stated figure ``like`` has ("12,0 %" beside a stated "12,4 procent")."""
    m = _DECIMALS.search(like.text) if like is not None else None
    d = min(len(m.group(1)), 2) if m else 0
    if d:
        return f"{fmt_number(round(x, d), d)} %"
    return f"{fmt_number(round(x, 1) if abs(x) < 10 else round(x))} %"


# --------------------------------------------------------------------------- results
@dataclass
class Result:
    """What one check found: a relation that held (``verified``) or did not (``finding``)."""

    status: str  # "finding" | "verified"
    facts: list[Fact]
    params: dict[str, Any]
    stated: Any = None
    computed: Any = None
    arithmetic: str = ""
    suggestion: str | None = None
    severity: str | None = None  # overrides the rule's default
    message_key: str = "message"  # which message template of the rule to use
    extra: dict[str, Any] = field(default_factory=dict)


# --------------------------------------------------------------------------- text helpers
def sentence_of(doc: Document, f: Fact) -> str:
    return doc.sentence_text(f.sentence) if f.sentence >= 0 else ""


def text_before(doc: Document, f: Fact, limit: int = 80) -> str:
    """The text from the start of the fact's sentence (at most ``limit`` chars) up to the fact."""
    if f.sentence < 0:
        return doc.text[max(0, f.start - limit) : f.start]
    s = doc.sentences[f.sentence]
    return doc.text[max(s.start, f.start - limit) : f.start]


def text_after(doc: Document, f: Fact, limit: int = 80) -> str:
    if f.sentence < 0:
        return doc.text[f.end : f.end + limit]
    s = doc.sentences[f.sentence]
    return doc.text[f.end : min(s.end, f.end + limit)]


def between(doc: Document, a: Fact, b: Fact) -> str:
    return doc.text[a.end : b.start] if a.end <= b.start else doc.text[b.end : a.start]


def numeric(facts: Iterable[Fact], kinds=("money", "count", "quantity")) -> list[Fact]:
    return [f for f in facts if f.kind in kinds and f.number is not None]


def same_unit(a: Fact, b: Fact) -> bool:
    return a.kind == b.kind and (a.unit or "") == (b.unit or "")


#: Shared fragments of the checks' patterns.
#: A deviation from a plan: "under budgettet", "over det budgetterede", "under det forventede".
DEVIATION_FROM_PLAN = r"(?:under|over)\s+(?:det\s+|de\s+)?(?:budget\w*|forvent\w*|planlagt\w*)"
#: Nouns of a rate of change: "stigningen", "fremgang", "væksten".
CHANGE_NOUNS = r"\b(?:stigning|fremgang|vækst|tilbagegang|nedgang)\w*"
#: An opening subordinate clause closed by its comma: "Mens arealet faldt med 14 pct., ...",
#: "Mens der var en vækst fra 2010-2015, ...".
OPENING_CLAUSE = _rc(r"(?i)\W*(?:mens|selv\s*om|skønt|omend)\b(?:[^,]|(?<=\d),(?=\d))*,")
#: ", mens": a second clause set beside the first.
MENS_CLAUSE = _rc(r"(?i),\s+mens\b")
#: A sentence about the figure before it: "Det svarer til ...", "Dermed udgør det ...".
POINTS_BACK_TO_FIGURE = _rc(
    r"(?i)^\W*(?:det|dette|hvilket|dermed|beløbet|tallet)\s+(?:svarer|svarede|udgør|udgjorde|er|betyder|giver)\b"
)

_CONTENT = _rc(r"\p{L}{5,}")
_COMMON = {
    "ekskl", "inklusive", "eksklusive",  # "ekskl. moms" says how a price is given, not what it is
    "kommune", "kommunen", "antallet", "andelen", "procent", "kroner", "millioner", "samtidig",
    "derfor", "blandt", "mellem", "efter", "under", "første", "siger", "fortæller", "pointerer",
    "peger", "påpeger", "gennem", "omkring", "viser", "status", "perioden", "løbet", "andre",
    # verbs and adverbs of allocation and addition: every line of a budget has them, so they
    # name no topic ("der afsættes 4,2 mio. kr." / "dertil afsættes 1,5 mio. kr.")
    "afsætte", "afsættes", "afsætter", "afsatte", "tilføre", "tilføres", "tilfører", "tilførte",
    "bevilge", "bevilges", "bevilger", "bevilgede", "ønsker", "ønskes", "bruges", "bruger",
    "brugte", "prioriteres", "prioriterer", "øremærkes", "øremærker", "sættes", "derudover",
    "dertil", "desuden", "hertil", "herudover", "endvidere", "ligeledes", "yderligere", "samme",
    "derefter", "herefter", "endelig", "blandt", "ekstra",
}


def content_stems(text: str) -> set[str]:
    return {w.lower()[:7] for w in _CONTENT.findall(text) if w.lower() not in _COMMON}


def content_words(text: str) -> set[str]:
    return {w.lower() for w in _CONTENT.findall(text)} - _COMMON


def loosely_shared(a: set[str], b: set[str]) -> bool:
    """Two sets of content words share a stem, also inside a compound: the first five letters of
    a word of one stand anywhere in a word of the other ("smittede" in "coronasmittet")."""
    for x in a:
        for y in b:
            short, long_ = (x, y) if len(x) <= len(y) else (y, x)
            if short[:5] in long_:
                return True
    return False


# --------------------------------------------------------------------------- English output
_WEEKDAYS_EN = {"mandag": "Monday", "tirsdag": "Tuesday", "onsdag": "Wednesday", "torsdag": "Thursday",
                "fredag": "Friday", "lørdag": "Saturday", "søndag": "Sunday"}
_MONTHS_EN = {"januar": "January", "februar": "February", "marts": "March", "april": "April",
              "maj": "May", "juni": "June", "juli": "July", "august": "August",
              "september": "September", "oktober": "October", "november": "November",
              "december": "December"}
#: Danish words the checks put into explanations and parameters, in English. Longest first.
_PHRASES_EN = [
    ("inden for afrundingen", "within rounding"),
    ("om dagen", "a day"),
    ("i døgnet", "a day"),
    ("om ugen", "a week"),
    ("om måneden", "a month"),
    ("ikke et helt antal", "not a whole number"),
    ("af hvad? Sandsynlig base", "of what? Probable base"),
    ("ingen sådan dag", "no such day"),
    ("intet sådant år", "no such year"),
    ("procentpoint", "percentage points"),
    ("måneder", "months"),
    ("slutter", "ends"),
    ("frist", "deadline"),
    ("slut", "end"),
    ("ikke en", "not a"),
    ("ikke", "not"),
    ("er en", "is a"),
    ("af", "of"),
    ("af de", "of the"),
    ("millioner", "mio."),
    ("milliarder", "mia."),
    ("kroner", "kr."),
    ("procent", "%"),
    ("pct.", "%"),
    ("dage", "days"),
    ("uger", "weeks"),
    ("måneder", "months"),
    ("timer", "hours"),
    ("år", "years"),
    ("indeks", "index"),
]
#: A figure written with nothing but digits and these words needs no quoting: it reads the same
#: in English once they are translated.
_PLAIN_FIGURE = _rc(
    r"(?i)[\d.,\s−-]+(?:%|mio\.|mia\.|millioner|milliarder|kr\.|kroner|procent|pct\.|procentpoint|"
    r"dage|uger|måneder|timer|år|km|MW|PJ|GWh|MWh|kWh|m2|ha|ton|kg|\s)*"
)
_DATE_DA = _rc(r"\b(\d{1,2})\.\s+(" + "|".join(_MONTHS_EN) + r")\s+(\d{4})\b")
_WORDS_EN = _rc(r"(?<![\p{L}])(?:" + "|".join(
    regex.escape(da) for da, _ in sorted(_PHRASES_EN, key=lambda p: -len(p[0]))) + r")(?![\p{L}])")
_EN = dict(_PHRASES_EN)


def english(text: str, quotes: Iterable[str] = ()) -> str:
    """An explanation or parameter the checks wrote in Danish, in English: words, dates and
    weekdays. Figures keep the form the report uses in both languages ("12,5 mio. kr.", "1.159").
    The document's own words (``quotes``, the texts of the facts involved) are kept as written, in
    «guillemets»."""
    if not isinstance(text, str) or not text:
        return text
    kept: list[str] = []

    def keep(s: str) -> str:
        kept.append(s)
        return f"\x00{len(kept) - 1}\x00"

    quotes = {q for q in quotes if q and _re.search(r"\p{L}", q) and not _PLAIN_FIGURE.fullmatch(q)}
    for q in sorted(quotes, key=len, reverse=True):
        if q in text:
            text = _re.sub(r"(?<![\p{L}\d])«?" + regex.escape(q) + r"»?(?![\p{L}\d])",
                             lambda m: keep(m.group()), text)
    text = _re.sub(r"«[^»]*»", lambda m: keep(m.group()), text)  # quoted text stays as it is
    text = _DATE_DA.sub(lambda m: f"{int(m.group(1))} {_MONTHS_EN[m.group(2)]} {m.group(3)}", text)
    text = _re.sub(r"\b(" + "|".join(_WEEKDAYS_EN) + r")\b", lambda m: _WEEKDAYS_EN[m.group(1)], text)
    text = _WORDS_EN.sub(lambda m: _EN[m.group()], text)
    return _re.sub(r"\x00(\d+)\x00",
                     lambda m: kept[int(m.group(1))] if kept[int(m.group(1))].startswith("«")
                     else f"«{kept[int(m.group(1))]}»", text)
