"""Anchored scanning: run the big fact patterns only where a fact can start.

A fact pattern can only match at the start of a word, and only a few words before the thing
that makes it a fact of its kind: a figure, a currency, "procent", a month... Scanning every
character position with fifty large patterns is what made extraction slow, so the extractor
first lists the words once (one simple regex pass), marks the *anchor* words of each kind, and
then tries each pattern with ``match`` only at the starts of the words just before an anchor.
The result is the same set of leftmost, non-overlapping matches as ``finditer`` for every match
that contains an anchor of its kind; without a scanner in effect, ``finditer`` is used as is.
"""

from __future__ import annotations

import contextvars
from bisect import bisect_left
from functools import lru_cache
from typing import Iterator

import regex

from kikfacts.patterns import compile as _rc

from .lang_da import MONTHS, QUANTITY_UNITS, UNITS, TENS

_TOKEN = _rc(r"\S+")
_START = _rc(r"(?<![\p{L}\d])(?=[\p{L}\d€§+\-−%])")
_NUMWORD = _rc(
    r"(?i)(?:(?:en|et|to|tre|fire|fem|seks|syv|otte|ni)og)?(?:tyve|tredi?ve|fyrre(?:tyve)?|"
    r"halvtreds|tres|halvfjerds|firs|halvfems)|" + "|".join(sorted(UNITS, key=len, reverse=True))
    + r"|hundrede|tusinde?|halvandet|halvanden|halv|halvt|nul"
)
#: Digits that can be (part of) a date or a period: a year, or day-month-year with separators.
_DATEISH = _rc(r"(?<!\d)(?:19|20)\d\d(?!\d)|\d[-/.]\d{1,2}[-/.]\d|\d{1,2}/\d{1,2}")
_MONTH_PREFIXES = tuple(sorted({m.rstrip(".")[:3] for m in MONTHS}))
_UNIT_WORDS = {u.lower() for u in QUANTITY_UNITS} | {"mio.", "mia."}
_TENS = set(TENS)


def _is_number(w: str) -> bool:
    return any(ch.isdigit() for ch in w) or bool(_NUMWORD.fullmatch(w.rstrip(".,")))


@lru_cache(maxsize=65536)
def _kinds(w: str) -> frozenset[str]:
    """The kinds a word can anchor (cached: the same words recur in every release)."""
    return frozenset(_kinds_of(w))


def _kinds_of(w: str) -> set[str]:
    lw = w.lower()
    out: set[str] = set()
    if any(ch.isdigit() for ch in lw):
        out |= {"number", "mask", "ratio"}
        if _DATEISH.search(lw):
            out |= {"date", "period"}
    elif _NUMWORD.fullmatch(lw.rstrip(".,")):
        out |= {"number", "mask"}
    if lw.startswith(("kr", "dkk", "eur", "€", "øre", "mio", "mia", "million", "milliard", "t.kr", "tkr")):
        out.add("money")
    if lw.startswith(("procent", "pct", "%")) or "%" in lw:
        out.add("percent")
    if lw in ("ud", "hver", "hvert", "halvdelen", "halvparten", "pr.", "per", "halvt") or lw.rstrip(".,").endswith(
        ("del", "dele", "delen")
    ):
        out.add("ratio")
    if lw[:3] in _MONTH_PREFIXES or lw.rstrip(".,") in (
        "år", "fjor", "primo", "medio", "ultimo", "udgangen", "slutningen", "begyndelsen",
        "starten", "midten", "foråret", "sommeren", "efteråret", "vinteren", "årets", "året",
    ):
        out |= {"date", "period"}
    if lw.rstrip(".,").startswith(("kvartal", "kvt", "halvår", "halvdel", "måned", "mdr", "md",
                                   "uge", "dag", "døgn", "siden", "period", "årene", "årig",
                                   "år", "timer")) or lw.rstrip(".,").endswith(("år", "års", "årene")):
        out.add("period")
    if lw.rstrip(".,").startswith(("år", "årig", "alder", "fylder", "fyldt")) or "årig" in lw:
        out |= {"age", "period", "number"}
    if lw.rstrip(".,") in _UNIT_WORDS or lw in _UNIT_WORDS:
        out.add("quantity")
    if "@" in lw or lw.startswith(("www", "http", "§")):
        out.add("mask")
    return out


#: How many words before an anchor a match of each kind may start.
BACK = {"number": 3, "money": 5, "percent": 5, "ratio": 4, "date": 4, "period": 6, "age": 5,
        "quantity": 5, "mask": 4}

# Words that may stand between the start of a match and its anchor. Walking back from an anchor
# stops at the first word outside this set (or at BACK words), so most anchors give one or two
# start positions instead of BACK + 1.
_QUALIFYING = {
    "ca.", "ca", "cirka", "omkring", "omtrent", "godt", "knap", "knapt", "næsten", "over", "under",
    "mere", "flere", "færre", "mindre", "end", "mindst", "minimum", "op", "til", "mod", "højst",
    "maks.", "maksimalt", "små", "lidt", "og", "vel", "nap", "hen", "ved", "henved", "mellem",
    "eller", "-", "–", "en", "et", "én", "ét", "halv", "halvt", "halvanden", "halvandet",
}
_PREFIX = {
    "number": _QUALIFYING,
    "money": _QUALIFYING | {"mio.", "mia.", "mio", "mia", "millioner", "milliarder", "million",
                            "milliard", "tusind", "kr.", "kr", "dkk", "eur", "€", "øre"},
    "percent": _QUALIFYING,
    "quantity": _QUALIFYING | {"mio.", "mia.", "millioner", "milliarder", "tusind"},
    "ratio": _QUALIFYING | {"ud", "af", "hver", "hvert", "så", "mange"},
    "date": _QUALIFYING | {"den", "primo", "medio", "ultimo", "udgangen", "slutningen",
                           "begyndelsen", "starten", "midten", "af", "i", "sidste", "næste",
                           "samme", "inden", "før", "efter", "fra", "siden", "frem", "senest",
                           "allerede", "også", "løbet", "hele", "året", "år", "tilbage", "for",
                           "om", "foråret", "sommeren", "efteråret", "vinteren", "måned",
                           "mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"},
    "period": _QUALIFYING | {"fra", "i", "perioden", "årene", "de", "det", "den", "første",
                             "seneste", "sidste", "næste", "kommende", "forløbne", "foregående",
                             "årets", "på", "løbet", "af", "inden", "for", "indenfor", "gennem",
                             "efter", "om", "periode", "varighed", "siden", "med", "blot", "kun",
                             "bare", "hele", "kvartal", "kvt.", "halvår", "halvdel", "primo",
                             "medio", "ultimo", "måned", "andet", "anden", "tredje", "fjerde",
                             "år", "året", "perioden", "skoleåret", "regnskabsåret", "årig",
                             "treårig", "toårig"},
    "age": _QUALIFYING | {"fyldt", "fylder", "fyldte", "ældre", "yngre", "fra", "i", "alderen",
                          "aldersgruppen", "de", "den", "unge", "alle", "på", "år"},
}


@lru_cache(maxsize=131072)
def _may_precede(word: str, kind: str) -> bool:
    w = word.lower().strip("()[]{}\"'«»“”,;:!?")
    if kind == "mask" or not w:
        return True
    if w in _PREFIX.get(kind, _QUALIFYING) or _is_number(w):
        return True
    return w[:3] in _MONTH_PREFIXES and kind in ("date", "period")


class Scanner:
    """Candidate start positions per kind, for one text."""

    def __init__(self, text: str):
        self.text = text
        tokens = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text)]
        starts = [m.start() for m in _START.finditer(text)]
        # the candidate starts inside each whitespace-separated token ("(ca." has two)
        per_token: list[list[int]] = []
        j = 0
        for a, b, _ in tokens:
            inside = []
            while j < len(starts) and starts[j] < b:
                if starts[j] >= a:
                    inside.append(starts[j])
                j += 1
            per_token.append(inside)
        marks: dict[str, list[int]] = {k: [] for k in BACK}
        for i, (_, _, w) in enumerate(tokens):
            for k in _kinds(w.strip("()[]{}\"'«»“”,;:!?")):
                marks[k].append(i)
        self.positions: dict[str, list[int]] = {}
        for k, idx in marks.items():
            back = BACK[k]
            chosen: set[int] = set()
            for i in idx:
                chosen.add(i)
                j = i
                # the word before the first allowed one may start the match too ("Heraf 8 mio.")
                while j > 0 and i - j < back:
                    j -= 1
                    chosen.add(j)
                    if not _may_precede(tokens[j][2], k):
                        break
            self.positions[k] = sorted(p for t in chosen for p in per_token[t])

    def finditer(self, pattern: regex.Pattern, kind: str, start: int = 0, end: int | None = None
                 ) -> Iterator[regex.Match]:
        """Leftmost non-overlapping matches of ``pattern`` that start at a candidate position."""
        text = self.text
        end = len(text) if end is None else end
        pos = self.positions[kind]
        i = bisect_left(pos, start)
        last = start
        while i < len(pos):
            p = pos[i]
            i += 1
            if p < last:
                continue
            if p >= end:
                break
            m = pattern.match(text, p, end)
            if m is not None and m.end() > m.start():
                yield m
                last = m.end()


_current: contextvars.ContextVar[Scanner | None] = contextvars.ContextVar("kikfacts_scanner", default=None)


def scan(pattern: regex.Pattern, text: str, kind: str) -> Iterator[regex.Match]:
    """``pattern.finditer(text)`` through the active scanner for ``text``, if there is one."""
    sc = _current.get()
    if sc is not None and sc.text is text:
        return sc.finditer(pattern, kind)
    return pattern.finditer(text)


class scanning:
    """Context manager that makes a Scanner for ``text`` active."""

    def __init__(self, text: str):
        self.scanner = Scanner(text)

    def __enter__(self) -> Scanner:
        self._token = _current.set(self.scanner)
        return self.scanner

    def __exit__(self, *exc) -> None:
        _current.reset(self._token)
