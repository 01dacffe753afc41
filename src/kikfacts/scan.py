"""Anchored scanning: run the big fact patterns only where a fact can start.

A fact pattern can only match at the start of a word, and only a few words before the thing
that makes it a fact of its kind: a figure, a currency, "procent", a month... Scanning every
character position with fifty large patterns is what made extraction slow, so the extractor
first lists the words once (``str.split``, their offsets computed in C), marks the *anchor* words
of each kind (cached per word), and walks back from each anchor over the words that may start or
lead up to a match of its kind (qualifiers, numerals, prepositions of dates...; kinds are bits,
so one walk serves every kind of an anchor). Each pattern is then tried with ``match`` only at
those words. The result is the same set of leftmost, non-overlapping matches as ``finditer``
for every match that contains an anchor of its kind and starts with a word of its kind;
without a scanner in effect, ``finditer`` is used as is.

A text is cut into paragraphs at blank lines: a match is tried with the end of its paragraph
(or ``CAP`` characters on) as its end position, so no fact runs across a blank line and a
paragraph's facts do not depend on the text around it. The end position also keeps the
``regex`` module's search for a pattern's required string from reading the rest of a long text
at every candidate, which made some patterns quadratic; candidates inside one word are taken
from its first ``MAX_IN_WORD`` characters only, for the same reason.

Two more savings keep the cost per candidate low. A large alternation (masks, periods, dates) is
a ``WordAlternation``: at each candidate it tries only the alternatives that can match a text
starting with the word there, decided once per word shape. And a finder whose candidates rank
below the facts already taken can pass those spans as ``omit``: no match is tried inside them
(plain counts, whose numbers are mostly inside a fact taken before them; bare years leave out
theirs the same way in ``grammar.find_years``).
"""

from __future__ import annotations

import contextvars
import re as _stdre
from bisect import bisect_left, bisect_right
from itertools import accumulate, chain, compress, islice
from operator import add
from typing import Iterable, Iterator, Sequence

import regex

from kikfacts.patterns import compile as _rc

from .lang_da import DURATION_UNITS, MONTHS, QUANTITY_UNITS, UNITS

#: (never inside a figure: "0.7 millioner" is no "7 millioner")
_START = _rc(r"(?<![\p{L}\d])(?<!\d[.,])(?=[\p{L}\d€§+\-−%])")
_NUMWORD = _rc(
    r"(?i)(?:(?:en|et|to|tre|fire|fem|seks|syv|otte|ni)og)?(?:tyve|tredi?ve|fyrre(?:tyve)?|"
    r"halvtreds|tres|halvfjerds|firs|halvfems)|" + "|".join(sorted(UNITS, key=len, reverse=True))
    + r"|hundrede|tusinde?|halvandet|halvanden|halv|halvt|nul"
)
#: Digits that can be (part of) a date or a period: a year, or day-month-year with separators.
_DATEISH = _rc(r"(?<!\d)(?:19|20)\d\d(?!\d)|\d[-/.]\d{1,2}[-/.]\d|\d{1,2}/\d{1,2}")
_MONTH_PREFIXES = tuple(sorted({m.rstrip(".")[:3] for m in MONTHS}))
_MONTH_NAMES = tuple(sorted(MONTHS))
#: The words of time a period is anchored on: units, their genitives, "perioden", "siden".
_PERIOD_WORDS = {k.rstrip(".") for k in DURATION_UNITS} | {
    "års", "måneders", "ugers", "dages", "døgns", "timers", "kvt", "halvdel", "periode",
    "perioden", "projektperiode", "forsøgsperiode", "årene", "siden", "årig", "årige"}
#: The letters a word starts with ("år" in "år.", "kvt" in "kvt.").
_HEAD = _rc(r"\p{L}+")
_UNIT_WORDS = {u.lower() for u in QUANTITY_UNITS}


def _is_number(w: str) -> bool:
    return _has_digit(w) or bool(_NUMWORD.fullmatch(w.rstrip(".,")))


def _has_digit(w: str) -> bool:
    return not w.isalpha() and any(ch.isdigit() for ch in w)  # (a word of letters has none)


_PUNCT = "()[]{}\"'«»“”,;:!?"


def _kinds(word: str) -> frozenset[str]:
    """The kinds a whitespace-separated word can anchor, punctuation around it stripped (cached
    as bits by ``_kind_bits``: the same words recur in every release)."""
    return frozenset(_kinds_of(word.strip(_PUNCT)))


#: A figure glued to what follows it: "1.008kr.", "5mio.", "30pct.", "12km".
_GLUED = _rc(r"[+\-−–]?\d[\d.,]*(?P<rest>\p{L}.*|€.*)")


#: A figure and nothing else ("1.008", "2019", "12-14"): the commonest new word in a release.
_PLAIN_FIGURE = _rc(r"[\d.,\-–/]+")


def _kinds_of(w: str) -> set[str]:
    lw = w.lower()
    if lw[:1].isdigit() and _PLAIN_FIGURE.fullmatch(lw):
        # the fast path of the general rules below, for a word of digits and separators
        return {"number", "mask", "date", "period"} if _DATEISH.search(lw) else {"number", "mask"}
    out: set[str] = set()
    if _has_digit(lw):
        out |= {"number", "mask"}
        if _DATEISH.search(lw):
            out |= {"date", "period"}
        g = _GLUED.fullmatch(lw)
        if g:
            out |= _kinds_of(g.group("rest")) & {"money", "percent", "quantity", "ore"}
        if lw.endswith("+") and lw[:-1].isdigit():
            out.add("age")  # "aldersgruppen 65+"
    elif _NUMWORD.fullmatch(lw.rstrip(".,")):
        # a number word is in a mask only in "på én gang" (see Scanner: "article")
        out.add("number")
        if lw.rstrip(".,") in ("en", "et", "én", "ét"):
            out.add("article")
    head = _HEAD.match(lw)
    head = head.group() if head else ""
    # ("sek" and "nok" as whole words only: "seks", "nok" are a number and "enough")
    code = lw.startswith(("dkk", "eur", "usd", "gbp")) or head in ("sek", "nok")
    if code or lw.startswith(("kr", "€", "øre", "mio", "mia", "million", "milliard", "t.kr", "tkr",
                              "dollar", "pund")):
        out.add("money")
    if code or lw.startswith(("kr.", "€", "tkr.", "t.kr.")):
        out.add("cur")
    if lw.startswith("øre"):
        out.add("ore")
    if lw.startswith(("kvartal", "kvt", "halvår")):
        out.add("qrange")
    if lw in ("pr.", "per"):
        out.add("per")
    if lw == "af":
        out |= {"partitive", "ratio"}  # "Ti af de 30", "tre af fem regioner"
    if lw.startswith(("procent", "pct", "%")) or "%" in lw:
        out.add("percent")
    if lw in ("ud", "hver", "hvert", "halvdelen", "halvparten", "halvt") or lw.rstrip(".,").endswith(
        ("del", "dele", "delen")
    ):
        out.add("ratio")
    if lw.startswith(_MONTH_NAMES) or lw.rstrip(".,") in (
        "år", "års", "fjor", "primo", "medio", "ultimo", "udgangen", "slutningen", "begyndelsen",
        "starten", "midten", "foråret", "sommeren", "efteråret", "vinteren", "årets", "året",
    ):
        out |= {"date", "period"}
    if head in _PERIOD_WORDS or head.endswith("år") and len(head) >= 5:
        # a unit of time ("måneder", "kvt."), "perioden", "siden", or "regnskabsår"
        out.add("period")
    if lw.rstrip(".,") in ("derover", "opefter"):
        out.add("age")  # "borgere på 65 og derover"
    if head == "år" or lw.startswith(("årig", "alder", "fylder", "fyldt")) or "årig" in lw \
            or "alderen" in lw:  # "ved 4 års-alderen", "i 3-årsalderen"
        out |= {"age", "period", "number"}
    if lw.rstrip(".,") in _UNIT_WORDS or lw in _UNIT_WORDS:
        out.add("quantity")
    if "@" in lw or lw.startswith(("www", "http", "§", "åbningstid", "åben", "åbner", "lukker")):
        out.add("mask")
    if not _VERB_WORDS.isdisjoint(_NON_WORD.split(lw)):
        out.add("verb")  # "reducere", "skal", and "CO2-reducere" by its part
    return out


#: The first words of a target's verb (``grammar._TARGET_VERB``): its matches start at these.
_VERB_WORDS = frozenset({
    "reducere", "nedbringe", "sænke", "øge", "hæve", "halvere", "fordoble", "tredoble",
    "nedbringelse", "mindske", "få", "komme", "bringe", "nå", "reduceres", "nedbringes", "sænkes",
    "øges", "hæves", "halveres", "fordobles", "tredobles", "mindskes", "skal", "skulle",
})
#: What ends a word for ``\b``: the verb of "CO2-reducere" is the part after the hyphen.
_NON_WORD = _stdre.compile(r"\W+")


#: How many words before an anchor a match of each kind may start.
BACK = {"number": 3, "money": 5, "percent": 5, "ratio": 4, "date": 4, "period": 6, "age": 5,
        "quantity": 5, "mask": 4, "ore": 8, "qrange": 8, "per": 6, "partitive": 8, "cur": 4, "article": 0,
        "verb": 0}

# Words that may start a match or stand between its start and its anchor. Walking back from an
# anchor stops before the first word outside this set (or at BACK words), so most anchors give one
# or two start positions instead of BACK + 1. Every word a fact pattern can start with must be in
# the set of its kind (or be a numeral, or a month for dates and periods).
_QUALIFYING = {
    "ca.", "ca", "cirka", "cirka.", "omkring", "omtrent", "godt", "knap", "knapt", "næsten", "over", "under",
    "mere", "flere", "færre", "mindre", "end", "mindst", "minimum", "op", "til", "mod", "højst",
    "maks.", "maksimalt", "små", "lidt", "og", "vel", "nap", "hen", "ved", "henved", "mellem",
    "eller", "-", "–", "en", "et", "én", "ét", "halv", "halvt", "halvanden", "halvandet",
}
_PREFIX = {
    "number": _QUALIFYING,
    "ore": _QUALIFYING,
    "cur": _QUALIFYING,
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
                          "aldersgruppen", "de", "den", "unge", "alle", "på", "år", "års", "års-"},
}


#: For each word of a ``_PREFIX`` set, the kinds whose matches may run on over it (a kind
#: without a set of its own takes the qualifiers; a partitive takes a number's).
_PREFIX_KINDS: dict[str, set[str]] = {}
for _k in BACK:
    if _k != "mask":
        for _w in _PREFIX.get("number" if _k == "partitive" else _k, _QUALIFYING):
            _PREFIX_KINDS.setdefault(_w, set()).add(_k)


def _precedes(word: str) -> frozenset[str]:
    """The kinds whose match may run on over ``word`` towards an anchor after it: a numeral
    (any kind but a mask), a word of the kind's ``_PREFIX`` (a partitive's is a number's), a
    month for dates and periods, a mask's cue word for masks, and any word for the kinds in
    ``_ANY_WORD``."""
    if word[:1].isdigit() and _PLAIN_FIGURE.fullmatch(word):
        return _FIGURE_PRECEDES  # a numeral: every kind but masks (whose cues are words)
    out = set(_ANY_WORD)
    if _mask_cue(word):
        out.add("mask")
    w = word.lower().strip(_PUNCT)
    if not w or _is_number(w):
        return frozenset(out | _FIGURE_PRECEDES)
    out.update(_PREFIX_KINDS.get(w, ()))
    if w[:3] in _MONTH_PREFIXES:
        out |= {"date", "period"}
    return frozenset(out)


#: Words that may start a mask (a phone number, a case number, an address...) before the figure
#: it masks: walking back from a figure for masks goes over these words only.
_MASK_CUES = {
    "tlf", "telefon", "telefonnr", "mobil", "mob", "tel", "direkte", "fax", "ring", "nr", "cvr",
    "se", "ean", "p", "kl", "klokken", "beløb", "beløbene", "tal", "tallene", "er", "angivet", "i",
    "sags", "sag", "sagsnr", "uge", "ugerne", "verdensmål", "delmål", "mål", "målene", "sagsnummer", "j", "jnr", "journalnr", "journalnummer", "journal",
    "ref", "refnr", "reference", "lov", "bekendtgørelse", "nummer", "no", "stk", "side", "kapitel",
    "bilag", "afsnit", "punkt", "linje", "rute", "bus", "linie", "sal", "etage", "hus", "boks",
    "postboks", "fase", "etape", "trin", "pulje", "version", "kreds", "gruppe", "lokale",
    "bygning", "opgang", "niveau", "klasse", "område", "zone", "stadie", "stadium",
    "modul", "lokalplan", "kommuneplan", "lokalplanforslag", "kommuneplantillæg", "tillæg",
    "cirkulære", "skema", "figur", "tabel", "note", "rapport", "delområde", "byggefelt", "matr",
    "matrikel", "set", "læst", "vist", "delt", "på", "ad", "indeks", "+", "dk", "åbent", "åben",
    "åbner", "lukker", "ringe", "ringer", "kontakt", "kontakte", "til", "straks", "altid",
    "kvote", "nærmeste",
}
#: The last part of a compound label before a case or document number ("Dok.nr.").
_NUMBER_CUES = {"nr", "nummer", "no", "sagsnr", "jnr", "refnr", "journalnr"}
_STREET = _rc(
    r"\p{Lu}[\p{Ll}æøå]+(?:vej|vejen|gade|gaden|allé|alle|plads|pladsen|stræde|strædet|vænge|"
    r"torv|boulevard|toft|toften|vænget|ager|ageren|bakke|bakken|stien|sti|park|parken|kaj|kajen|vang|gård|have|haven|høj|"
    r"torvet|holm|mark|marken|dal|dalen|skov|skoven|engen|bro|broen|hus)"
)
_CUE_HEAD = _rc(r"[.\-/]")
_UPPER_TAIL = _rc(r"(?<![\p{L}])\p{Lu}{1,5}$")


def _mask_cue(word: str) -> bool:
    """Whether a word may stand before the figure in a mask ("tlf.", "CVR-nr.", "Hovedgade")."""
    w = word.strip("()[]{}\"'«»“”,;!?")
    lw = w.lower().rstrip(".:")
    if not lw or lw in _MASK_CUES or lw.startswith("åbningstid"):
        return True
    parts = _CUE_HEAD.split(lw)
    if parts[0] in _MASK_CUES or parts[-1] in _NUMBER_CUES or len(lw) >= 4 and lw.endswith("nr"):
        return True  # "CVR-nr.", and "Dok.nr.", "j.nr.", "Sags-nr." by their last part; "stednr."
    return bool(_STREET.fullmatch(w.rstrip(".:,")) or _UPPER_TAIL.search(w.rstrip(".:,")))


def _word_offsets(word: str) -> tuple[int, ...]:
    """Candidate starts inside a whitespace-separated word ("(ca." -> (1,)); only in its first
    ``MAX_IN_WORD`` characters, so that a 100 KB "word" costs no more than a short one."""
    return tuple(m.start() for m in _START.finditer(word, 0, MAX_IN_WORD))


#: Blank lines: a fact never runs across one (a paragraph break).
_BLANK_LINE = _rc(r"\n[^\S\n]*\n")
#: Whitespace as ``str.split`` sees it (the standard library's ``re`` agrees with it exactly).
_WS = _stdre.compile(r"\s+")
#: The longest text one fact pattern is allowed to look at from its start (the longest fact or
#: mask in the corpus and in the benchmark's 10 MB is 47 characters).
CAP = 1000
#: Candidate starts are taken from the first this many characters of a word only.
MAX_IN_WORD = 64
#: Kinds whose walk back from an anchor takes any word.
_ANY_WORD = {"per", "qrange"}


_FIGURE_PRECEDES = frozenset(k for k in BACK if k != "mask")
_KIND_BIT = {k: 1 << n for n, k in enumerate(BACK)}
_PARTITIVE_BIT = _KIND_BIT["partitive"]
_ARTICLE_BIT = _KIND_BIT["article"]
_RATIO_BIT = _KIND_BIT["ratio"]
_MASK_BIT = _KIND_BIT["mask"]
#: "på én gang", "ad en omgang", "i et hug": the only masks with a number word in them.
_ONCE = {"gang", "omgang", "gangen", "hug", "tag", "stemme", "og"}
#: _ALIVE[d]: the kinds whose matches may start ``d`` words before their anchor.
_ALIVE = [sum(b for k, b in _KIND_BIT.items() if BACK[k] >= d) for d in range(max(BACK.values()) + 1)]


class _BitKinds(dict):
    """The kind names of a combination of kind bits, computed when first asked for."""

    def __missing__(self, bits: int) -> tuple[str, ...]:
        v = self[bits] = tuple(k for k, b in _KIND_BIT.items() if bits & b)
        return v


_BIT_KINDS = _BitKinds()


class _PerWord(dict):
    """A word's value of ``func``, computed when first asked for and kept (up to ``size``
    words; then the store starts again). A plain ``dict`` lookup when the word is known: cheaper
    than ``lru_cache`` for the one lookup per word of every text."""

    def __init__(self, func, size: int):
        super().__init__()
        self.func = func
        self.size = size

    def __missing__(self, word: str):
        if len(self) >= self.size:
            self.clear()
        v = self[word] = self.func(word)
        return v


#: Candidate starts inside a word (``_word_offsets``, kept per word).
_offsets = _PerWord(_word_offsets, 8192).__getitem__
#: The bits of the kinds a word can anchor.
_kind_bits = _PerWord(lambda word: sum(_KIND_BIT[k] for k in _kinds(word)), 16384).__getitem__
#: Bits of the kinds whose match may run on over a word towards an anchor after it.
_precedes_bits = _PerWord(lambda word: sum(_KIND_BIT[k] for k in _precedes(word)), 8192).__getitem__


#: The kinds a qualifier ("godt", "knap") may stand before.
_QUAL_BITS = _precedes_bits("godt")


class Scanner:
    """Candidate start positions per kind, for one text.

    The text is cut at blank lines into paragraphs: a pattern only ever looks inside the paragraph
    it starts in (and at most ``CAP`` characters ahead), and walking back from an anchor stops at
    the paragraph's start, so a paragraph's facts depend on that paragraph alone.
    """

    def __init__(self, text: str):
        self.text = text
        self.breaks = breaks = [m.start() for m in _BLANK_LINE.finditer(text)]
        words = text.split()
        self.positions: dict[str, list[int]] = {k: [] for k in BACK}
        if not words:
            return
        # word starts, computed in C: lengths of words and of the whitespace after each
        gaps = _WS.findall(text)
        lead = 0
        if text[0].isspace():
            lead = len(gaps[0])
            gaps = gaps[1:]
        starts = list(accumulate(chain((lead,), map(add, map(len, words), map(len, gaps)))))
        kinds = list(map(_kind_bits, words))
        # "tæt på" is a two-word qualifier: look for it only in a text that has the word
        close_to = "tæt" in text.lower()
        chosen: dict[int, int] = {}  # word index -> bits of the kinds it is a candidate start for
        nb = len(breaks)
        for i in compress(range(len(words)), kinds):
            active = kinds[i]
            b = bisect_right(breaks, starts[i]) if nb else 0
            lo = breaks[b - 1] if b else -1  # words at or before ``lo`` are in an earlier paragraph
            if active & _PARTITIVE_BIT:
                # "Ti af de 30": only after a numeral, and "af" itself starts nothing
                if not (i > 0 and starts[i - 1] > lo and _is_number(words[i - 1].lower().strip(_PUNCT))):
                    active &= ~(_PARTITIVE_BIT | _RATIO_BIT)
                own = active & ~(_PARTITIVE_BIT | _RATIO_BIT)
            else:
                own = active
            if active & _ARTICLE_BIT:
                # "en", "et" anchor a mask only before "gang", "omgang", "hug"
                active &= ~_ARTICLE_BIT
                nxt = _HEAD.match(words[i + 1].lower().strip(_PUNCT)) if i + 1 < len(words) else None
                if nxt is not None and nxt.group() in _ONCE:
                    active |= _MASK_BIT
                own = active & ~_PARTITIVE_BIT
            if own:
                chosen[i] = chosen.get(i, 0) | own
            j = i
            d = 0
            while j > 0:
                j -= 1
                d += 1
                active &= _ALIVE[d] if d < len(_ALIVE) else 0
                if not active or starts[j] <= lo:
                    break
                # a match starts at a word that may stand before its anchor (a qualifier, a
                # numeral, a preposition of its kind, a mask's cue word): the walk goes over those
                # words only, and every word it goes over is a candidate start
                w = words[j]
                if close_to and ((w == "på" and j > 0 and words[j - 1].lower() == "tæt") or (
                        w.lower() == "tæt" and j + 1 < len(words) and words[j + 1] == "på")):
                    active &= _QUAL_BITS  # "tæt på 200 milliarder": a two-word qualifier
                else:
                    active &= _precedes_bits(w)
                if not active:
                    break
                chosen[j] = chosen.get(j, 0) | active
        pos: dict[str, list[int]] = self.positions
        for j, bits in chosen.items():
            s = starts[j]
            offs = _offsets(words[j])
            for k in _BIT_KINDS[bits]:
                pk = pos[k]
                for o in offs:
                    pk.append(s + o)
        for pk in pos.values():
            pk.sort()

    def finditer(self, pattern: regex.Pattern, kind: str, start: int = 0, end: int | None = None,
                 omit: Sequence[tuple[int, int]] = ()) -> Iterator[regex.Match]:
        """Leftmost non-overlapping matches of ``pattern`` that start at a candidate position
        (and not inside one of the sorted, disjoint spans ``omit``).

        Each match is tried with the paragraph's end (or ``CAP`` characters on) as its end
        position, so no match runs across a blank line, and a pattern's search for a required
        string never reads the rest of a long text from every position.
        """
        text = self.text
        n = len(text)
        end = n if end is None else end
        pos = self.positions[kind]
        if not pos:
            return
        if omit:
            pos = _outside(pos, omit)
        i = bisect_left(pos, start) if start else 0
        last = start
        match = pattern.match
        breaks = self.breaks
        nb = len(breaks)
        seg_end = -1  # the end of the paragraph of the last position tried
        for p in islice(pos, i, None):
            if p < last:
                continue
            if p >= end:
                break
            if p >= seg_end:  # (``stop``, inlined)
                b = bisect_right(breaks, p)
                seg_end = breaks[b] if b < nb else n
            stop = p + CAP
            if stop > seg_end:
                stop = seg_end
            m = match(text, p, stop if stop < end else end)
            if m is not None and m.end() > p:
                yield m
                last = m.end()

    def stop(self, p: int) -> int:
        """Where a match from ``p`` must end: the end of its paragraph, or ``CAP`` characters on
        (``finditer`` has this inlined)."""
        b = bisect_right(self.breaks, p)
        seg_end = self.breaks[b] if b < len(self.breaks) else len(self.text)
        return min(p + CAP, seg_end)


class WordAlternation:
    """An alternation of patterns that tries, at a position, only the alternatives that can
    match a text starting with the word there.

    ``match(text, pos, endpos)`` is the match of the whole alternation (the first alternative
    that matches there, in order), since an alternative is left out only when it cannot match
    any text that starts with the word at ``pos``. Which alternatives can is decided once per
    word shape (the word and the white space after it, its digits written as 0) with the
    ``regex`` module's partial matching (``partial=True`` tells whether a truncated string
    could still be the start of a match), run with a relaxed copy of each alternative that
    matches wherever the alternative does and needs nothing but the word (see ``relax``); a
    shape that reaches the end position is the whole text the match may read, and is tested as
    such. When the first word leaves more than one alternative, the first two words decide
    among those. The word shapes of a release recur, so the cache answers almost every
    position.

    Failing a large alternation costs the ``regex`` module several microseconds (it tries
    every branch), so at most positions this leaves one or two small branches, or none.
    ``pattern`` is the whole alternation, for everything but ``match``; the pattern tried at a
    position is the whole alternation's alternatives that can match there, in order, with the
    named groups of the others (never set), so a match reads the same as one of the whole.
    """

    #: Word shapes kept (the cache is emptied when it grows past this).
    CACHE = 4096

    def __init__(self, alternatives: Sequence[str]):
        self.alternatives = list(alternatives)
        self.pattern = _rc("|".join(f"(?:{a})" for a in self.alternatives))
        self._names = sorted(self.pattern.groupindex)
        self._relaxed = [_rc(relax(a)) for a in self.alternatives]
        # [whole] one word's shape -> (the alternatives that can match, their pattern);
        # [whole] two words' shape -> pattern, when the first word leaves more than one
        self._by_shape: tuple[dict[str, tuple[tuple[int, ...], regex.Pattern | None]], ...] = (
            {}, {})
        self._by_shape2: tuple[dict[str, regex.Pattern | None], ...] = ({}, {})
        self._by_choice: dict[tuple[int, ...], regex.Pattern | None] = {}

    def match(self, text: str, pos: int = 0, endpos: int | None = None, **kwargs
              ) -> regex.Match | None:
        end = len(text) if endpos is None else endpos
        w = _SHAPE.match(text, pos, end)
        shape = w.group().translate(_ZEROS)
        # a shape that reaches ``end`` is all the text the match may read ("2019" at the end
        # of a paragraph): it is judged as a whole, not as the start of something longer
        whole = w.end() == end
        try:
            chosen, p = self._by_shape[whole][shape]
        except KeyError:
            chosen, p = self._for_shape(shape, whole)
        if len(chosen) > 1:
            # the next word decides between them more often than not ("i 2019", "i perioden")
            w = _SHAPE2.match(text, pos, end)
            shape = w.group().translate(_ZEROS)
            whole = w.end() == end
            try:
                p = self._by_shape2[whole][shape]
            except KeyError:
                p = self._for_shape2(shape, whole, chosen)
        return p.match(text, pos, end, **kwargs) if p is not None else None

    def finditer(self, text: str, *args, **kwargs) -> Iterator[regex.Match]:
        return self.pattern.finditer(text, *args, **kwargs)

    def choose(self, shape: str, among: Iterable[int] | None = None, whole: bool = False
               ) -> tuple[int, ...]:
        """The alternatives (their indices; of ``among`` only, if given) that can match a text
        starting with ``shape`` (or, with ``whole``, a text that is ``shape``)."""
        relaxed = self._relaxed
        partial = not whole
        return tuple(i for i in (range(len(relaxed)) if among is None else among)
                     if relaxed[i].match(shape, partial=partial) is not None)

    def _pattern(self, chosen: tuple[int, ...]) -> regex.Pattern | None:
        p = self._by_choice.get(chosen, False)
        if p is False:
            p = self._by_choice[chosen] = self._compile(chosen)
        return p

    def _for_shape(self, shape: str, whole: bool
                   ) -> tuple[tuple[int, ...], regex.Pattern | None]:
        chosen = self.choose(shape, None, whole)
        return self._remember(self._by_shape[whole], shape, (chosen, self._pattern(chosen)))

    def _for_shape2(self, shape: str, whole: bool, among: tuple[int, ...]
                    ) -> regex.Pattern | None:
        return self._remember(self._by_shape2[whole], shape,
                              self._pattern(self.choose(shape, among, whole)))

    def _remember(self, cache: dict, shape: str, value):
        """``value`` stored for ``shape`` in ``cache``, emptied first when it is full."""
        if len(cache) >= self.CACHE:
            cache.clear()
        cache[shape] = value
        return value

    def _compile(self, chosen: tuple[int, ...]) -> regex.Pattern | None:
        if not chosen:
            return None
        if len(chosen) == len(self.alternatives):
            return self.pattern
        parts = [f"(?:{self.alternatives[i]})" for i in chosen]
        have = set(_rc("|".join(parts)).groupindex)
        missing = [n for n in self._names if n not in have]
        if missing:  # the groups of the alternatives left out, in a branch that never matches
            parts.append("(?!)" + "".join(f"(?P<{n}>)" for n in missing))
        return _rc("|".join(parts))


#: The word at a position and the white space after it (at most 40 characters of a long word).
_SHAPE = _stdre.compile(r"\S{0,40}\s?")
#: The same for two words.
_SHAPE2 = _stdre.compile(r"\S{0,40}\s?\S{0,40}\s?")
_ZEROS = str.maketrans("123456789", "000000000")

_ESCAPE = _stdre.compile(r"\\(?:[pPN]\{[^}]*\}|x\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|"
                         r"x[0-9a-fA-F]{2}|g<\w+>|.)", _stdre.S)
_QUANTIFIER = _stdre.compile(r"\{\d*,?\d*\}")
_NAMED = _stdre.compile(r"\(\?P(?:<\w+>|=\w+\))")
#: What a negative look-around may not hold for its test on a word alone to be sound: a
#: particular digit, a look-behind, an anchor or a word boundary (all of which depend on what
#: is around the word, or on the digits the shape has written as 0).
_CONTEXT = _stdre.compile(r"[0-9]|\(\?<|[$^]|\\[AZzbBGmM]")


def _class_end(p: str, i: int) -> int:
    j = i + 1
    if p.startswith("^", j):
        j += 1
    if p.startswith("]", j):
        j += 1
    while p[j] != "]":
        j = _ESCAPE.match(p, j).end() if p[j] == "\\" else j + 1
    return j + 1


def _group_end(p: str, i: int) -> int:
    depth = 0
    j = i
    while True:
        c = p[j]
        if c == "\\":
            j = _ESCAPE.match(p, j).end()
            continue
        if c == "[":
            j = _class_end(p, j)
            continue
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                return j + 1
        j += 1


def _bare(p: str) -> str:
    """``p`` without its escapes, counts of quantifiers and group names (whose digits are no
    digits of the text)."""
    return _NAMED.sub("", _QUANTIFIER.sub("", _ESCAPE.sub("", p)))


def alternatives(p: str) -> list[str]:
    """The alternatives of a pattern: ``p`` cut at each ``|`` outside its groups and sets."""
    out: list[str] = []
    i = last = 0
    while i < len(p):
        c = p[i]
        if c == "\\":
            i = _ESCAPE.match(p, i).end()
        elif c == "[":
            i = _class_end(p, i)
        elif c == "(":
            i = _group_end(p, i)
        elif c == "|":
            out.append(p[last:i])
            i = last = i + 1
        else:
            i += 1
    out.append(p[last:])
    if len(out) == 1 and p.startswith("(?:") and _group_end(p, 0) == len(p):
        return alternatives(p[3:-1])  # "(?:a|b)" is "a|b"
    return [a for part in out for a in (alternatives(part) if len(out) > 1 else [part])]


def relax(p: str) -> str:
    """A pattern that matches wherever ``p`` does (at least) and whose match at a position
    depends only on the text from there on, with every digit as good as any other: the
    look-behinds are dropped, and so is a negative look-ahead that tests a particular digit,
    looks behind or tests an anchor; every other particular digit becomes ``\\d`` (a set with
    one gets ``\\d`` added, a negated one becomes any character)."""
    out: list[str] = []
    i, n = 0, len(p)
    while i < n:
        c = p[i]
        if c == "\\":
            j = _ESCAPE.match(p, i).end()
        elif c == "[":
            j = _class_end(p, i)
            body = p[i:j]
            if _stdre.search(r"[0-9]", _ESCAPE.sub("", body)):
                body = r"(?s:.)" if body.startswith("[^") else "[\\d" + body[1:]
            out.append(body)
            i = j
            continue
        elif c == "{" and (q := _QUANTIFIER.match(p, i)):
            j = q.end()
        elif p.startswith(("(?<=", "(?<!"), i):
            i = _group_end(p, i)
            continue
        elif p.startswith("(?!", i):
            j = _group_end(p, i)
            if _CONTEXT.search(_bare(p[i:j])):
                i = j
                continue
        elif (q := _NAMED.match(p, i)):
            j = q.end()
        elif c.isdigit():
            out.append("\\d")
            i += 1
            continue
        else:
            j = i + 1
        out.append(p[i:j])
        i = j
    return "".join(out)


_current: contextvars.ContextVar[Scanner | None] = contextvars.ContextVar("kikfacts_scanner", default=None)


def _outside(pos: list[int], spans: Sequence[tuple[int, int]]) -> list[int]:
    """The positions that are not inside one of the sorted, disjoint spans."""
    keep: list[int] = []
    j, n = 0, len(spans)
    for p in pos:
        while j < n and spans[j][1] <= p:
            j += 1
        if j == n or p < spans[j][0]:
            keep.append(p)
    return keep


def scan(pattern: regex.Pattern, text: str, kind: str, omit: Sequence[tuple[int, int]] = ()
         ) -> Iterator[regex.Match]:
    """``pattern.finditer(text)`` through the active scanner for ``text``, if there is one
    (which leaves out the matches that would start inside one of the spans ``omit``)."""
    sc = _current.get()
    if sc is not None and sc.text is text:
        return sc.finditer(pattern, kind, omit=omit)
    if omit:
        return (m for m in pattern.finditer(text) if not _inside(m.start(), omit))
    return pattern.finditer(text)


def _inside(p: int, spans: Sequence[tuple[int, int]]) -> bool:
    i = bisect_right(spans, (p, float("inf"))) - 1
    return i >= 0 and spans[i][0] <= p < spans[i][1]


class scanning:
    """Context manager that makes a Scanner for ``text`` active."""

    def __init__(self, text: str):
        self.scanner = Scanner(text)

    def __enter__(self) -> Scanner:
        self._token = _current.set(self.scanner)
        return self.scanner

    def __exit__(self, *exc) -> None:
        _current.reset(self._token)
