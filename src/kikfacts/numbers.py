"""Danish numerals: written figures ("1.008", "60,5") and number words ("femogtyve").

``NUMBER`` is a regex fragment that matches one numeral; ``parse_number`` turns the matched text
into its value. Both are shared by every fact grammar.
"""

from __future__ import annotations

from functools import lru_cache

import regex

from .lang_da import FRACTION_WORDS, MULTIPLIERS, TENS, UNITS


def _alt(words) -> str:
    return "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))


_UNIT_WORDS = [w for w in UNITS if w not in ("en", "et", "én", "ét", "nul")]
_COMPOUND_UNITS = ["en", "et", "to", "tre", "fire", "fem", "seks", "syv", "otte", "ni"]

#: A figure: thousands with dots ("1.008", "12.500.000"), decimals with a comma ("60,5"), or plain
#: digits. A non-breaking or thin space also groups thousands ("3 500").
DIGITS = r"(?:\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d{1,3}(?:[\u00a0\u202f]\d{3})+(?:,\d+)?|\d+(?:,\d+|½)?)"

_TENS_RE = "tyve|tredi?ve|fyrre(?:tyve)?|halvtreds|tres|halvfjerds|firs|halvfems"
_ATOM_BODY = (
    rf"(?i:(?:(?:{_alt(_COMPOUND_UNITS)})og(?:{_TENS_RE})"
    rf"|{_TENS_RE}|{_alt(_UNIT_WORDS)}))"
)
#: Written out in every pattern that uses it: a named subroutine ``(?&...)`` would compile
#: faster but makes the ``regex`` module match several times slower.
_ATOM = _ATOM_BODY
_ATOM_ANY = rf"(?:{_ATOM}|en|et|én|ét)"
#: A number written in words, "to", "femogtyve", "to hundrede og halvtreds", "et halvt hundrede".
WORDS = (
    rf"(?:(?:et|en)\s+halvt\s+(?:hundrede|tusind)"
    rf"|halvandet(?:\s+(?:hundrede|tusind))?"
    rf"|{_ATOM_ANY}\s+(?:hundrede|tusinde?)(?:\s+og\s+{_ATOM})?"
    rf"|{_ATOM})"
)
#: A numeral in either form. Word numbers are matched case-insensitively by the callers.
NUMBER = rf"(?:{DIGITS}|(?i:\b{WORDS}\b))"

_WORD_VALUE = {**UNITS, **TENS}


def compile(pattern: str, flags: int = 0) -> "regex.Pattern[str]":
    """The one place the grammar compiles its patterns: through the cross-process cache."""
    from .patterns import compile as cached

    return cached(pattern, flags)


def _atom_value(word: str) -> int | None:
    word = word.lower()
    if word in _WORD_VALUE:
        return _WORD_VALUE[word]
    if "og" in word:
        unit, _, tens = word.partition("og")
        if unit in UNITS and tens in TENS:
            return UNITS[unit] + TENS[tens]
    return None


def parse_words(text: str) -> float | None:
    """Value of a Danish number written in words, or None if it is not one."""
    words = text.lower().split()
    if not words:
        return None
    special = {"en halv": 0.5, "et halvt": 0.5, "halvanden": 1.5, "halvandet": 1.5,
               "hundrede": 100, "tusind": 1000, "tusinde": 1000}
    if " ".join(words) in special:
        return special[" ".join(words)]
    if words[0] == "halvandet":
        return 1.5 * (MULTIPLIERS[words[1]] if len(words) > 1 and words[1] in MULTIPLIERS else 1)
    if len(words) >= 3 and words[1] == "halvt" and words[2] in MULTIPLIERS:
        return 0.5 * MULTIPLIERS[words[2]]
    total = 0
    current = _atom_value(words[0])
    if current is None:
        return None
    i = 1
    while i < len(words):
        w = words[i]
        if w in MULTIPLIERS:
            current *= MULTIPLIERS[w]
        elif w == "og" and i + 1 < len(words):
            total += current
            current = _atom_value(words[i + 1])
            if current is None:
                return None
            i += 1
        else:
            return None
        i += 1
    return total + current


def parse_digits(text: str) -> float:
    """Value of a written figure: "1.008" -> 1008, "60,5" -> 60.5, "3 500" -> 3500."""
    t = text.replace("\u00a0", "").replace("\u202f", "").replace(" ", "")
    if t.endswith("½"):  # "1½ milliarder"
        return parse_digits(t[:-1]) + 0.5
    if "," in t:
        whole, _, frac = t.partition(",")
        return float(whole.replace(".", "") + "." + frac)
    if "." in t:
        parts = t.split(".")
        if all(len(p) == 3 for p in parts[1:]):
            return float(t.replace(".", ""))
        return float(t)
    return float(t)


@lru_cache(maxsize=2048)
def parse_number(text: str) -> float | None:
    """Value of a numeral in digits or words (cached: a pure function of a short string)."""
    text = text.strip()
    if not text:
        return None
    if text[0].isdigit():
        try:
            return parse_digits(text)
        except ValueError:
            return None
    return parse_words(text)


def fraction_denominator(word: str) -> int | None:
    return FRACTION_WORDS.get(word.lower())


def tidy(value: float) -> int | float:
    """An integer when the value is whole (within float noise), else the float rounded."""
    if value != value or value in (float("inf"), float("-inf")):
        return value  # a 400-digit "number" is no figure; never crash on it
    r = round(value)
    if abs(value - r) < 1e-9 * max(1.0, abs(value)):  # (64,1 × 10⁶ is 64100000.00000001)
        return int(r)
    return round(value, 6)


def decimals_of(text: str) -> int:
    """How many decimals a figure is written with ("60,5" -> 1)."""
    _, sep, frac = text.partition(",")
    return len(frac.strip()) if sep else 0
