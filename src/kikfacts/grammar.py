"""The fact grammar: one compiled pattern per fact kind, plus the spans that are never facts.

Each ``find_*`` function scans the raw text and yields ``Candidate`` objects with character
offsets, the numeral spans inside them (so masks can veto them) and a normalised value. The
extractor (``extract.py``) resolves overlaps by priority and fills in sentences and subjects.
"""

from __future__ import annotations

import datetime as dt
import itertools
from dataclasses import dataclass, field
from typing import Any, Callable, Iterator, Sequence

import regex

from .lang_da import (
    CURRENCIES,
    DURATION_UNITS,
    FRACTION_WORDS,
    MONTHS,
    ORDINALS,
    QUALIFIERS,
    QUANTITY_UNITS,
    SCALES,
    WEEKDAYS,
)
from .numbers import DIGITS, NUMBER, WORDS, parse_number, tidy
from .numbers import compile as _compile
from .scan import WordAlternation, alternatives, scan


def _alt(words) -> str:
    return "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))


@dataclass(slots=True)
class Candidate:
    kind: str
    start: int
    end: int
    value: Any
    priority: int
    num_spans: list[tuple[int, int]] = field(default_factory=list)
    unit: str | None = None
    qualifier: str | None = None
    role: str | None = None
    base: float | None = None
    precision: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)
    #: Spans this candidate absorbs (the parts of a compound fact).
    absorbs: list[tuple[int, int]] = field(default_factory=list)


# --------------------------------------------------------------------------- shared fragments
QUAL = rf"(?P<q>(?i:{_alt(QUALIFIERS)}))"
QUAL_OPT = rf"(?:{QUAL}\s+)?"
_MONTH = rf"(?P<month>(?i:{_alt(MONTHS)}))"
_YEAR4 = r"(?:19\d\d|20\d\d|2100)"
_SCALE = rf"(?:{_alt(SCALES)})"
_CUR = rf"(?:{_alt(k for k in CURRENCIES if k not in ('øre',))})"
_DASH = r"[ \t\u00a0]?[-–—]\s*"  # (not "1.009  -1.215": two table cells, the second negative)
#: A range separator; never after a year ("fra 41 procent i 2018 til 47 procent" is no range).
_NOT_AFTER_YEAR = r"(?<!(?<![\d.,])(?:19|20)\d\d)"
_RANGE_SEP = rf"(?:{_NOT_AFTER_YEAR}(?:[ \t\u00a0]?[-–—]\s*|\s+til\s+))"  # ("1.009  -1.215": two cells, not a range)
_B = r"(?<![\p{L}\d])"  # left word boundary that also works before digits
_E = r"(?![\p{L}\d])"


def _alternation(prefix: str, body: str, suffix: str = "") -> WordAlternation:
    """``prefix(?:body)suffix`` as a ``WordAlternation`` of the alternatives of ``body``, each
    with the prefix and suffix (the same matches: see ``scan.WordAlternation``)."""
    return WordAlternation([f"{prefix}(?:{a}){suffix}" for a in alternatives(body)])

MONTH_RE = _alt(MONTHS)

# Small patterns of the finders' context checks, compiled once (not per call in the hot path).
# Those searched for a match at the end of a short string run right to left ("(?r)").
#: A blank line: no fact, and no part of one, runs across it.
_BLANK_LINE = _compile(r"\n[^\S\n]*\n")
#: Whitespace inside a paragraph (``\s+`` without a blank line): for context read before a figure.
_WS_IN_PARAGRAPH = r"(?:[^\S\n]+(?:\n[^\S\n]*)?|\n[^\S\n]*)"
_TIL_GAP = _compile(r"\s+(?i:til)\s+")
_FRA_BEFORE = _compile(rf"(?r)(?i)\bfra{_WS_IN_PARAGRAPH}\Z")
#: "faldet med 6900 til 80.600": a change and the level it led to, not a range.
_CHANGE_MED_BEFORE = _compile(
    rf"(?r)(?i)\b(?:steg|steget|stiger|faldt|faldet|falder|øget|øgedes|øger|øges|øgede|reduceret|reducerer|"
    rf"vokset|voksede|vokser|dykket|dykkede|forøget|forøger|nedbragt|nedbringer|skåret\s+ned|skærer\s+ned)(?:{_WS_IN_PARAGRAPH}[\p{{L}}.]+){{0,4}}?"
    rf"{_WS_IN_PARAGRAPH}med{_WS_IN_PARAGRAPH}\Z"
)
_LINE_END_PUNCT = _compile(r"(?r)[.!?:]\s*\Z")
_LINE_END_SENT = _compile(r"(?r)[.!?]\s*\Z")
#: A scale word followed by what it counts ("1,85 mio. husstande", "2 mio. flere passagerer")
#: is a count or a quantity, not an amount of money: the word after it, checked in Python.
_NOT_MONEY_AFTER = _compile(
    rf"{_WS_IN_PARAGRAPH}?(?:(?i:flere|færre|nye|unikke|danske|årlige)[ \t]+)?(?P<w>\p{{L}}+)"
)
#: What the word after a bare scale starts with (the words of old) ...
_NOT_MONEY_HEADS = (
    "mennesker", "personer", "borgere", "danskere", "indbyggere", "besøg", "passagerer", "ton",
    "liter", "km", "kubikmeter", "brugere", "kunder", "visninger", "seere", "stemmer", "euro",
)
#: ... or ends with (compounds: "enlige husstande" -> "husstande", "fritidsbrugere").
_NOT_MONEY_TAILS = (
    "mennesker", "personer", "borgere", "danskere", "indbyggere", "besøgende", "passagerer",
    "rejsende", "husstande", "husstand", "boliger", "familier", "tons", "liter", "kilometer",
    "brugere", "kunder", "seere", "lyttere", "læsere", "stemmer", "elever", "børn", "patienter",
    "ansatte", "medarbejdere", "jobs", "arbejdspladser", "gæster", "deltagere", "tilskuere",
    "turister", "overnatninger", "biler", "cyklister", "bilister", "træer", "downloads",
    "opkald", "henvendelser", "ansøgninger", "pakker", "breve", "vaccinationer", "doser",
    "ledige", "modtagere", "abonnenter", "medlemmer", "pensionister", "studerende",
    "virksomheder", "kvadratmeter", "hektar", "kwh", "mwh", "gwh",
)


def _counted_after(text: str, end: int) -> bool:
    """Whether a bare scale ("1,85 mio.") is followed by what it counts ("husstande")."""
    m = _NOT_MONEY_AFTER.match(text, end, end + 60)
    if not m:
        return False
    w = m.group("w").lower()
    return w.startswith(_NOT_MONEY_HEADS) or w.endswith(_NOT_MONEY_TAILS)


_MED_PAA_BEFORE = _compile(r"(?r)(?i)(?:med|på)\s*\Z")
_SHARE_BEFORE = _compile(r"(?r)(?i)(?:heraf|andel\w*|udgør|udgjorde|svarende\s+til|dvs\.)\W*\Z")
_SHORTER_AFTER = _compile(rf"{_WS_IN_PARAGRAPH}(?i:kortere|længere)\b")
_ONE_NAMES_AFTER = _compile(rf"{_WS_IN_PARAGRAPH}(?i:før|inden|efter|af|uden|med|hvor)\b")
_AGE_NOT_AFTER = _compile(
    rf"{_WS_IN_PARAGRAPH}\p{{L}}*(?:periode|aftale|plan|forløb|projekt|kontrakt|strategi|program)"
)
_DIGIT_FIRST = _compile(r"\s*\d")
#: The gap between two cells of a table row written as text.
_COLUMN_GAP = _compile(r"[ \u00a0]{2,}|\t")
_REACH_VERB = _compile(r"(?:få|komme|bringe|nå)\s")
_LOWER_AFTER = _compile(rf"{_WS_IN_PARAGRAPH}\p{{Ll}}")
_PLAN_BEFORE = _compile(
    rf"(?r)(?i)(?:budget|vision|plan|strategi|aftale|forlig|finanslov\w*){_WS_IN_PARAGRAPH}\Z"
)


def _qual(m) -> str | None:
    # ``m.groupdict().get("q")`` without building the dict of every group
    q = m.group("q") if "q" in m.re.groupindex else None
    if not q:
        return None
    return QUALIFIERS.get(q.lower(), q.lower())


def _spans(m, *names) -> list[tuple[int, int]]:
    out = []
    for n in names:
        if n in m.re.groupindex:
            out.extend(m.spans(n))
    return out


# --------------------------------------------------------------------------- masks (not facts)
_MASKS = [
    # e-mail and web addresses
    r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+",
    r"(?i)\b(?:https?://|www\.)\S+",
    r"(?i)\b[\w-]+(?:\.[\w-]+)*\.(?:dk|com|org|net|eu|nu|info)\b(?:/\S*)?",
    # phone numbers: after a cue, +45, or four pairs of digits
    r"(?i)\b(?:tlf|telefon|telefonnr|mobil|mob|tel|direkte|fax|ring)\.?(?:nr\.?)?\s*[:.]?\s*"
    r"(?:\+45\s*)?\d{2}(?:[ .]?\d{2}){3}\b",
    r"\+\s?45[\s\d]{8,12}",
    # short service and emergency numbers after a call verb: "ring 112", "ringe 1813",
    # "kontakt 1813 hvis ..." (a figure followed by what it counts stays a figure)
    r"(?i)\b(?:ring|ringe|ringer|kontakt|kontakte)[ \t]+(?:(?:til|på|straks|altid|nummer)[ \t]+)?"
    r"\d{3,4}(?![\d.,/-]?\d)(?=\s*(?:[.,;:!?)]|$)|\s+(?i:eller|hvis|og|ved|for|om|når|døgnet|"
    r"straks|med|til|fra|i|på)(?!\p{L}))",
    # a number said digit by digit: the emergency number "1-1-2", "1-8-1-3"
    r"(?<![\d.,/-])\d(?:-\d){2,}(?![\d/-]|[.,]\d)",
    r"(?<![\d.,])\d{2} \d{2} \d{2} \d{2}(?![\d,])",
    r"(?<![\d.,])\d{4} \d{4}(?![\d,])",
    r"(?<![\d.,])\d{8}(?![\d,])",
    # CVR, CPR, EAN
    r"(?i)\b(?:cvr|se|ean|p)[-\s.]*(?:nr|nummer)?\.?\s*:?\s*\d[\d ]{6,14}\d",
    r"(?<!\d)\d{6}-\d{4}(?!\d)",
    # times of day
    r"\b(?:[Kk]l\.?|[Kk]lokken)[ \t\u00a0]*\d{1,2}(?:[.:]\d{2})?(?:\s*(?:[-–]|og|til)\s*(?:(?:[Kk]l\.?|[Kk]lokken)\s*)?\d{1,2}(?:[.:]\d{2})?)?",
    # hours of the day after a word of time: "i tidsrummet fra 9 til 13", "i timerne mellem 10 og 15"
    r"(?<=(?i:\b(?:tidsrummet|tidsrum|timerne|klokkeslættene)[ \t]+(?:fra|mellem)[ \t]+))"
    r"(?:[01]?\d|2[0-4])(?:[.:][0-5]\d)?[ \t]*(?:[-–]|til|og)[ \t]*(?:[01]?\d|2[0-4])(?:[.:][0-5]\d)?"
    r"(?![\d,]|[ \t]*(?i:procent|pct|%|år|måned|dag|uge))",
    # a time with a leading zero: "09.00", "07:30"
    r"(?<![\d.,])0\d[.:][0-5]\d(?![\d,]|\.\d)",
    r"(?<![\d.,])\d{1,2}:\d{2}(?::\d{2})?(?![\d,])",
    # a ratio written with a colon: "en normering på 1:4", "1:3-normering"
    r"(?<![\d.,:])\d{1,2}:\d{1,2}(?![\d:]|[.,]\d)",
    # references of a series of publications: "Nyt fra Danmarks Statistik 2021:278"
    r"(?<![\d.,:])(?:19|20)\d\d:\d{1,4}(?![\d:]|[.,]\d)",
    # unit statements of tables: "Beløb i 1.000 kr.", "Tal i mio. kr."
    r"(?i:\b(?:beløb|beløbene|tal|tallene)(?:\s+er)?(?:\s+angivet)?\s+i\s+)1\.000(?=\s*(?i:kr))",
    # ... and with the currency first: "Beløb i DKK 1.000", "Tal i kr. 1.000"
    r"(?i:\b(?:beløb|beløbene|tal|tallene)(?:\s+er)?(?:\s+angivet)?\s+i\s+(?:dkk|kr\.?)\s*)1\.000(?![\d.,])",
    # opening hours: "åbningstider på biblioteket, 8-22 alle ugens dage", "åbent 10-16"
    r"(?i:\båbningstid\p{L}*|\båbent|\båben|\båbner|\blukker)\b[^.\n\d]{0,40}"
    r"(?<![\d.,])\d{1,2}(?:[.:]\d{2})?\s*[-–]\s*\d{1,2}(?:[.:]\d{2})?(?![\d,%])",
    # case and journal numbers, laws, paragraphs, references
    r"(?i)\b(?:sags?\.?\s?nr|sagsnummer|j\.\s?nr|jnr|journalnr|journalnummer|journal\s?nr|"
    r"ref\.?\s?nr|reference|lov\s+nr|bekendtgørelse\s+nr|nr|nummer|no|\p{L}{2,12}nr)\.?\s*:?\s*"
    r"[\w]*\d[\w/.-]*",
    # case numbers of letters and digit groups: "EMN-2023-00295", "KL-21/04512"
    r"(?<![\w-])\p{L}{1,10}-\d+(?:[-/]\d+)+(?![\w-])",
    # digit groups of a case number with a zero-padded serial: "2019-12-0034", "21/04512"
    r"(?<![\w./-])\d{2,4}(?:[-/]\d{1,4})*[-/]0\d{3,}(?![\w/-])",
    # "§§ 244, 245 og 246": every number after a double paragraph sign
    r"§§\s*\d+[a-z]?(?:(?:\s*,|\s+og|\s+eller|\s*[-–])\s*\d+[a-z]?(?![\d.,]\d))+",
    r"§+\s*\d+[a-z]?(?:,\s*stk\.\s*\d+)?(?:,\s*nr\.\s*\d+)?",
    # week numbers: "i uge 42", "uge 42-45", "ugerne 3 og 4"
    r"(?i)\buge(?:rne)?[ \t\u00a0]+\d{1,2}(?:(?:[ \t]*[-–][ \t]*|[ \t]+(?:og|til)[ \t]+)\d{1,2})?(?![\d.,]\d|\s*(?:procent|pct|%))",
    r"(?i)\bstk\.\s*\d+",
    # a rounding note: "afrundet til nærmeste 50", "til nærmeste 1.000"
    r"(?i)\btil[ \t]+nærmeste[ \t]+\d[\d.]*(?![\d,])(?![ \t]*(?i:kr|mio|mia|procent|pct|%))",
    r"(?i)\b(?:side|kapitel|bilag|afsnit|punkt|linje|rute|bus|linie|sal|etage|hus|boks|postboks|"
    r"fase|etape|trin|pulje|version|kreds|gruppe|lokale|bygning|opgang|kvote|"
    r"niveau|klasse|område|zone|stadie|stadium|modul|lokalplan|kommuneplan|"
    r"lokalplanforslag|kommuneplantillæg|tillæg|cirkulære|skema|figur|tabel|boks|note|"
    r"rapport|delområde|etape|byggefelt|matr\.?\s*nr\.?|matrikel)\s(?!\s)\d+(?:\.\d+)*[a-zA-Z]?\b"
    # and the numbers coordinated with it: "bilag 2 og 3", "fase 1, 2 og 4", "kapitel 3-5"
    r"(?:(?:[ \t]*,[ \t]*|[ \t]+(?:og|eller)[ \t]+|[ \t]*[-–][ \t]*)\d{1,2}[a-zA-Z]?\b"
    r"(?![.,]\d|[ \t]*(?i:%|pct|procent|mio|mia|kr|\p{Ll}{3,}(?:er|ere|inger)\b)))*"
    r"(?:\s+af\s+\d+)?",
    r"(?i)\b(?:set|læst|vist|delt)\s+\d[\d.]*\s+gange\b|\b\d[\d.]*\s+(?:visninger|likes|delinger)\b",
    # addresses: street + house number, postcode + town
    # (not a country, island or town with such an ending: "i Danmark 0,1 pct.", "Aarhus 450
    # nye boliger"; and never a figure with decimals or a unit: "Bornholm 1,2 procent")
    r"\b(?!(?:(?:Syd|Nord|Øst|Vest|Midt)?[Dd]anmark|Bornholm|Aarhus|Århus|Nørrebro|Vesterbro|Østerbro|Sydhavn|Hørsholm|Stockholm|"
    r"Finnmark|Lolland|Grønland|Vendsyssel|Himmerland|Thy|Djursland|Nordsjælland|Sjælland|Jylland|"
    r"Fyn)(?![\p{L}]))"
    r"\p{Lu}[\p{Ll}æøå]+(?:vej|vejen|gade|gaden|allé|alle|plads|pladsen|stræde|strædet|vænge|"
    r"torv|boulevard|toft|toften|vænget|ager|ageren|bakke|bakken|stien|sti|park|parken|kaj|kajen|vang|gård|have|haven|høj|"
    r"torvet|holm|mark|marken|dal|dalen|skov|skoven|engen|bro|broen|hus)\s+\d+[A-Za-z]?"
    r"(?![\d.,]\d|\s*(?i:%|procent|pct|promille|mio|mia|million|milliard|kr\.|kroner)(?![\p{L}]))"
    r"(?:,\s*\d+\.?\s*(?:sal|th|tv|mf)\.?)?",
    r"(?:(?<=,\s?)|(?<=^)|(?<=DK-)|(?<=\n))\d{4}[ \t]+\p{Lu}[\p{Ll}æøå]+",
    r"\b\d{1,4}[A-Za-z]?(?=,\s*(?:DK-)?\d{4}\s+\p{Lu})",
    # table cells run together by a copy without their spaces: "I alt9.4129.102", "heraf
    # eksport232209": digits glued to a word before them, or a thousands group of four digits
    # ("30.09.200329.09.2002", "2002/032001/02": a group of five digits or more after a separator)
    r"(?<![\p{L}\d])\p{L}+\d[\d.,]*\d(?![\p{L}\d])",
    r"(?<![\d.,])\d{1,3}(?:\.\d{3})*\.\d{4,}(?:[.,]\d+)*",
    r"(?<![\d.,/])\d+(?:[./-]\d+)*[./]\d{5,}[\d./-]*",
    # letters glued to numbers: COVID-19, 3.g, A4, CO2, KIK2, PM2,5
    r"\b\p{L}+[-]?\d+(?:[.,]\d+)?[\p{L}]*\b",
    r"(?<![\d.,])\d{1,2}\.?[a-zæøå](?![\p{L}])",
    r"(?<![\d.,])\d+(?:[.,]\d+)?-?(?:årsdag|års-?jubilæum|jubilæum)",
    # a decade in two digits: "i 80'erne"
    r"(?<![\d.,])\d0['’]erne(?![\p{L}])",
    # list numbering at the start of a line, and ordinals before a lowercase word
    r"(?m)(?<=^[ \t]*)(?:\d{1,2}\.(?=[ \t]+[\p{Lu}\d])|\d{1,2}\)(?=[ \t]))",
    rf"(?<![\d.,])\d{{1,3}}\.(?=\s+(?!(?:{MONTH_RE}|kvartal|kvt\.|halvår|og|til|eller|-|–)(?![\p{{L}}]))[a-zæøå])",
    # the first of two ordinals before one word: "1. og 2. kvartal", "8.-9. klasse" (not a range of
    # days: "1. til 5. maj")
    rf"(?<![\d.,])\d{{1,3}}\.(?=[ \t]*+(?:og|eller|til|-|–)[ \t]*+\d{{1,3}}\.[ \t]++(?!(?:{MONTH_RE})(?![\p{{L}}]))\p{{Ll}})",
    # a name with a numeral before its verb: "Horns Rev 3 er", "parken Anholt 2 blev" (two
    # capitalised words, or one after a lowercase word: not "Heraf 3 er" at a sentence's start)
    r"(?<=(?:\p{Lu}[\p{Ll}-]+[ \t]\p{Lu}[\p{L}-]*|\p{Ll}[ \t]\p{Lu}[\p{Ll}-]+)[ \t])\d{1,2}"
    r"(?=[ \t]+(?:er|var|blev|bliver|skal|vil|har|havde|kan|kunne|får|fik|ligger|lå|producerer|"
    r"leverer|åbner|åbnede|står|stod)(?![\p{L}]))",
    # number-word compounds and idioms: "225-timersreglen", "12-punktsplan", "på én gang"
    r"(?<![\d.,])(?!(?:19|20)\d\d-)\d+(?:,\d+)?-(?!årig|års|åre|tallet|erne|ern)(?=\p{L}{3,})\p{L}+",
    r"(?i)\b(?:på|ad|i)\s+(?:én|en|et|ét)\s+(?:gang|omgang|gangen|hug)\b",
    # idioms with "én"/"ét" that count nothing: "under ét tag", "med én stemme", "én og samme"
    r"(?i)(?:(?<=\bunder\s+)(?:ét|et)\s+tag|(?<=\bmed\s+)én\s+stemme|(?:én|ét|en|et)\s+og\s+samme"
    r"|(?:én|en)\s+gang\s+for\s+alle)(?!\p{L})",
    r"(?i)\bindeks\s+\d{4}\s*=\s*100\b",
    # a time of day after the date of a dateline: "6. jan. 2012 9.37", "12.10.2018 11.11"
    r"(?<=(?:19|20)\d\d,?[ \t]+)(?:[01]?\d|2[0-3])[.:][0-5]\d(?![\d,]|\.\d)",
    # the emergency and medical help lines: "opkald via 112", "akuttelefonen 1813", "1813-opkald"
    r"(?<=(?i:\b(?:via|til|på|ringe|ringer|ringede|ringet|ringes|forkert|opkald|opkaldene|akuttelefonen|"
    r"akuttelefon|alarmcentralen|nummer|nr\.))[ \t]+)(?:112|1813|114)(?![\d.,]\d)",
    # two of them named together: "mellem 112 og 114"
    r"(?<![\d.,])(?:112|1813|114)[ \t]+(?:og|eller)[ \t]+(?:112|1813|114)(?![\d.,]\d|[ \t]+\p{L})",
    r"(?<![\d.,])(?:112|1813|114)(?=-(?i:opkald|linjen|nummeret|telefonen|centralen))",
    # anniversaries: "850-års jubilæum", "850 års jubilæum"
    r"(?i)(?<![\d.,])\d+[- ]års(?:[- ]|\s+)(?:jubilæum|fødselsdag|dag)\b",
    # numbered items of a year and goals: "Selskabsmeddelelse 9/2012", "verdensmål 7.3"
    r"(?<![\d.,/])\d{1,3}/(?:19|20)\d\d(?![\d/])",
    r"(?i)\b(?:verdensmål|delmål|verdensmålene|målene|mål)[ \t]+(?:nr\.?[ \t]*)?\d+(?:\.\d+)*(?![\d,])",
    # the base of an index: "(2015=100)", "2010 = 100"
    r"(?<![\d.,])(?:19|20)\d\d[ \t]*=[ \t]*100(?![\d,])",
    # the denominator of a rate: "34 pr. 1.000 børn", "5,2 per 100.000 indbyggere"
    r"(?<=(?<![\p{L}])(?i:pr\.|per)[ \t\u00a0]{1,3})(?:1|10|100)(?:\.?000)*(?![\d.,]|[ \t]*(?i:kr|mio|mia|procent|pct|%))",
    # (a month in capitals is no acronym: "30. JUNI 2024")
    r"\b(?!DKK|EUR|USD|GBP|SEK|NOK|KR|CO|I\b|DEN\b|(?:JAN|FEB|MAR|APR|MAJ|JUN|JUL|AUG|SEP|OKT|NOV|DEC)\p{Lu}{0,2}[ \t])"
    r"\p{Lu}{1,5}[ \t]\d+\b(?![.,]\d)",
    r"(?<![\d.,])(?<!\([^()\n]{0,30})\d{1,2}\)(?=[ \t]+\p{L})",
    # page furniture lines
    r"(?m)(?<=^[ \t]*)\d+(?=[ \t]*$)",
    # "1-0", "2-1" scores, "24/7", "50/50", ratios written with a slash
    r"(?<![\d.,])\d{1,3}/\d{1,3}(?![\d/.,-])",
]
MASKS = WordAlternation(_MASKS)


def find_masks(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in scan(MASKS, text, "mask")]


# --------------------------------------------------------------------------- money
#: A numeral, or "en", "en halv", "halvanden" when a scale word follows ("en halv million").
_NUM_SCALED = (
    rf"(?:{NUMBER}|(?i:\b(?:en\s+halv|et\s+halvt|halvanden|halvandet|en|et|én|ét)\b)"
    rf"(?=\s+(?i:{_SCALE})))"
)
_MONEY_A = _compile(
    rf"{_B}{QUAL_OPT}(?:(?P<mellem>(?i:mellem))\s+)?(?P<n>{_NUM_SCALED})(?:(?:{_RANGE_SEP}|(?<=(?i:mellem)\s+\S+)\s+og\s+)(?P<n>{NUMBER}))?"
    rf"\s*(?P<scale>(?i:{_SCALE}))?\s*(?P<cur>(?i:{_CUR}))(?:\s*,-)?(?![\p{{L}}])"
    rf"(?:\s+og\s+(?P<ore>\d{{1,2}})\s+(?i:øre)(?![\p{{L}}]))?"
)
_MONEY_B = _compile(
    rf"{_B}{QUAL_OPT}(?P<cur>(?i:kr\.|dkk|eur|€|tkr\.|t\.kr\.))[ \t\u00a0]?(?P<n>{DIGITS})(?:{_RANGE_SEP}(?P<n>{DIGITS}))?"
    rf"(?:\s*(?P<scale>(?i:{_SCALE})))?(?:\s*,-)?{_E}"
)
_MONEY_ORE = _compile(rf"{_B}{QUAL_OPT}(?P<n>{NUMBER})\s*(?P<ore>(?i:øre)){_E}")
_MONEY_BARE = _compile(
    rf"{_B}{QUAL_OPT}(?:(?P<mellem>(?i:mellem))\s+)?(?P<n>{_NUM_SCALED})(?:(?:{_RANGE_SEP}|(?<=(?i:mellem)\s+\S+)\s+og\s+)(?P<n>{NUMBER}))?"
    rf"\s*(?P<scale>(?i:(?>mio\.|mia\.|millioner|milliarder|million|milliard|mio|mia)))(?![\p{{L}}-])"
    # (never before a unit of measure: "fra 1,72 mio. m2 til 1,71 mio. m2")
    rf"(?![ \t]*(?i:{_alt(QUANTITY_UNITS)})(?![\p{{L}}\d]))"
)
_MONEY_CONTEXT = _compile(
    r"(?i)budget|bevil|overskud|underskud|omsætning|resultat|kost|udgift|indtægt|invest|tilskud|"
    # ("gæld", a debt, not "til gengæld")
    r"pulje|afsat|afsætte|spar|millionbeløb|betal|finansi|anlæg|ramme|(?<!gen)gæld|pris|støtte|"
    # a loan, not a library's "udlån" ("biblioteksudlån") of books or the verbs "lånte", "låner"
    r"\blån\b|\blånet\b|\blånene\b|\blåne\p{L}{2,}|\blåno\p{L}+|\blånt\p{L}{2,}|"
    r"\b\p{L}{3,}(?<!ud)lån\b|\b\p{L}{3,}(?<!ud)lånet\b|\b\p{L}{3,}(?<!ud)lånene\b|"
    r"indtjening|salg|kontrakt|penge|kroner|\bkr\.|euro|dkk|bevilling|regning|omkostning|"
    # ("tab" and "gave" as words: not "stabilt", "opgave")
    r"skatte|lønsum|løn|beløb|formue|værdi|\btab|afkast|provenu|finans|fond|donation|\bgave|"
    # "575 mio. billigere": cheaper (not "dyr", an animal)
    r"billig|\bdyrere\b"
)


_YEARLIKE = _compile(r"(?:19|20)\d\d$")
#: Two cells of a table row: a column gap between two non-blank characters.
_ROW_GAP = _compile(r"\S(?:[ \u00a0]{2,}|\t)\S")


def _bad_range(ns: list[str]) -> bool:
    """A "range" whose first end is a year ("2019 og 200 mio. kr.") is two facts, not one."""
    return len(ns) == 2 and bool(_YEARLIKE.match(ns[0]))


def _money_value(m, scale_factor: float) -> Any:
    if _bad_range(m.captures("n")):
        return None
    vals = [parse_number(n) for n in m.captures("n")]
    if None in vals:
        return None
    vals = [tidy(v * scale_factor) for v in vals]
    return vals[0] if len(vals) == 1 else vals


def _plain_alternatives(pattern: regex.Pattern[str]):
    """A case-insensitive alternation of plain words as (lowercase words, pattern of the rest),
    or None when the pattern is not of that form. Looking for plain words with ``in`` is ten
    times faster than the ``regex`` search."""
    body = pattern.pattern
    if not body.startswith("(?i)"):
        return None
    alts = body[4:].split("|")
    special = set("\\()[]{}?*+.^$")
    plain = tuple(a.lower() for a in alts if a and not special & set(a))
    rest = [a for a in alts if special & set(a)]
    if any(set(a) & set("()[]") for a in rest) or not all(alts):
        return None
    return plain, (_compile("(?i)" + "|".join(rest)) if rest else None)


_MONEY_CONTEXT_PARTS = _plain_alternatives(_MONEY_CONTEXT)


def _money_context(window: str) -> bool:
    """``_MONEY_CONTEXT.search(window)``, as a boolean."""
    if _MONEY_CONTEXT_PARTS is None:
        return _MONEY_CONTEXT.search(window) is not None
    words, rest = _MONEY_CONTEXT_PARTS
    low = window.lower()
    for w in words:
        if w in low:
            return True
    return rest is not None and rest.search(window) is not None


#: A verb of change before "fra X til Y": the two figures are the levels before and after.
_CHANGE_VERB_BEFORE = _compile(
    # only ever asked whether it matches at the end: searched right to left ("(?r)")
    r"(?r)(?i)\b(?:steg|steget|stiger|stige|faldt|faldet|falder|falde|gik|gået|går|hæve[st]?|hævet|"
    r"sænke[st]?|sænket|øge[st]?|øget|forøge[st]?|forøget|reducere[st]?|reduceret|voksede|vokset|"
    r"vokser|dykkede|dykket|ændre[st]?|ændret|justere[st]?|justeret|opjusterer|opjusteret|"
    r"nedjusterer|nedjusteret|løftet|løfte[st]?|forhøje[st]?|forhøjet|nedsat|nedsætte[s]?|"
    r"skåret|barberet|udvidet|udvide[s]?|mindsket|mindske[st]?|nedbragt|nedbringe[s]?|"
    r"bevæget|bevægede|rykket|rykkede|stigning|fald|ændring)\b"
    # (the dot of an abbreviation before a lower-case word, "med 23 mio. kr. fra", ends nothing)
    r"(?:[^.!?\n]|\.(?=[ \t]\p{Ll})){0,70}\bfra\s+\S*\s*\Z"
)


def _from_to(text: str, m, value) -> list[tuple[int, int, Any, list]] | None:
    """"fra 3,3 til 3,5 mio. kr." is two figures sharing one unit, not a range: the (start, end,
    value, numeral spans) of each, or None when the match is no such pair."""
    if not isinstance(value, list) or len(m.captures("n")) != 2:
        return None
    (s0, e0), (s1, e1) = m.spans("n")
    if not _TIL_GAP.fullmatch(text[e0:s1]):
        return None
    if not _FRA_BEFORE.search(text[max(0, m.start() - 8) : m.start()]):
        return None
    if not _CHANGE_VERB_BEFORE.search(text, max(0, m.start() - 90), m.start()):
        return None  # "prisen er fra 5.000 til 8.000 kr." is a range
    return [(m.start(), e0, value[0], [(s0, e0)]), (s1, m.end(), value[1], [(s1, e1)])]


def find_money(text: str) -> Iterator[Candidate]:
    # where a figure with a currency ran: the same figure read again without it ("60 mio." of
    # "60 mio. kr.") would lose to it in any case, so it is not weighed again
    with_currency: dict[int, int] = {}
    for m in scan(_MONEY_A, text, "money"):
        scale = SCALES.get((m.group("scale") or "").lower(), 1)
        unit = CURRENCIES.get(m.group("cur").lower(), "DKK")
        if m.group("cur").lower().startswith("tkr"):
            scale *= 1000
        n0 = m.captures("n")[0].lower()
        if n0 in ("en", "et") and not m.group("scale"):
            continue
        if _COLUMN_GAP.search(text, max(m.end("n"), m.end("scale")), m.start("cur")) and \
                _DIGIT_FIRST.match(text, m.end("cur")):
            continue  # "Kr. 640,00  Kr. 800,00": the currency after the gap is the next cell's
        value = _money_value(m, scale)
        if value is not None and m.group("ore") and not isinstance(value, list):
            value = tidy(value + int(m.group("ore")) / 100)
        pair = _from_to(text, m, value)
        if pair:
            with_currency[m.start()] = m.end()
            for a, b, v, sp in pair:
                yield Candidate("money", a, b, v, 60, sp, unit, _qual(m) if a == m.start() else None)
        elif value is not None:
            with_currency[m.start()] = m.end()
            yield Candidate("money", m.start(), m.end(), value, 60, _spans(m, "n"), unit, _qual(m))
    for m in scan(_MONEY_B, text, "cur"):
        scale = SCALES.get((m.group("scale") or "").lower(), 1)
        unit = CURRENCIES.get(m.group("cur").lower(), "DKK")
        if m.group("cur").lower().startswith(("tkr", "t.kr")):
            scale *= 1000  # "tkr. 2.118": thousands of kroner, the unit written first
        value = _money_value(m, scale)
        if value is not None:
            yield Candidate("money", m.start(), m.end(), value, 60, _spans(m, "n"), unit, _qual(m))
    for m in scan(_MONEY_ORE, text, "ore"):
        value = _money_value(m, 0.01)
        if value is not None:
            yield Candidate("money", m.start(), m.end(), value, 59, _spans(m, "n"), "DKK", _qual(m))
    for m in scan(_MONEY_BARE, text, "money"):
        if with_currency.get(m.start(), -1) >= m.end():
            continue
        # Without a currency, a scale word is money only in a sentence about money.
        w0 = max(0, m.start() - 200)
        lo = max(w0, text.rfind("\n\n", w0, m.start()))
        window = text[lo : m.end() + 80]
        ls = max(w0, text.rfind("\n", w0, m.start()) + 1)
        le = text.find("\n", m.end(), m.end() + 200)
        line = text[ls : le if le >= 0 else m.end() + 200]
        if _ROW_GAP.search(line):
            # a table row: only its own label says what the figure is ("Rejser  39,9 mio.")
            window = line
        elif not _LINE_END_PUNCT.search(line) and len(line.split()) <= 15 and \
                (ls == 0 or text[max(0, ls - 2) : ls] == "\n\n"):
            # a headline summarises the paragraph after it: take the context from there too
            window = text[max(lo, m.start() - 200) : m.end() + 400]
        if not _money_context(window):
            continue
        if _counted_after(text, m.end()):
            continue
        scale = SCALES[m.group("scale").lower()]
        value = _money_value(m, scale)
        pair = _from_to(text, m, value)
        if pair:
            for a, b, v, sp in pair:
                yield Candidate("money", a, b, v, 55, sp, "DKK", _qual(m) if a == m.start() else None,
                                extra={"currency_implied": True})
        elif value is not None:
            yield Candidate("money", m.start(), m.end(), value, 55, _spans(m, "n"), "DKK",
                            _qual(m), extra={"currency_implied": True})


# --------------------------------------------------------------------------- percent
_PCT_UNIT = (
    r"(?P<pp>(?i:procentpoints?|procent-points?|pct\.?[-\s]?point(?:s)?|%-point(?:s)?|"
    r"procentpoint))|(?P<pc>(?i:procent|pct\.?|%)(?![\p{L}-]))"
)
_PCT_NUM = (rf"(?:\d{{1,3}}\.\d{{1,2}}(?=\s*(?:%|(?i:pct|procent)))|{NUMBER}|(?i:\b(?:en\s+halv|et\s+halvt|halvanden|halvandet|én|ét)\b)"
            rf"|(?i:\b(?:en|et)\b)(?=\s+(?i:procent|pct)))")
_PERCENT = _compile(
    # (never from the decimals of a figure: "4.35%" is 4,35 %, not 35 %)
    rf"{_B}(?<!\d[.,]){QUAL_OPT}(?:(?i:mellem)\s+{QUAL_OPT})?(?P<n>{_PCT_NUM})"
    rf"(?:(?:{_RANGE_SEP}|(?<=(?i:mellem)\s+(?:\S+\s+)?\S+)\s+og\s+)(?P<n>{NUMBER}))?\s*(?:{_PCT_UNIT})"
)
_BASE_AFTER = _compile(
    rf"\s+af\s+(?:de|det|alle|samtlige|i\s+alt|de\s+i\s+alt)?\s*(?P<bq>(?i:{_alt(QUALIFIERS)})\s+)?"
    rf"(?P<b>(?>{NUMBER}))(?!\s*(?:procent|%|pct|mio|mia|kr|år\b)|\s*[-–]\s*\d+\s*-?\s*årig|\s*\+?\s*-?\s*årig"
    # "af de 12 til 17-årige", "af de 65 år gamle": an age, no count
    rf"|\s+(?:til|og)\s+\d+\s*-?\s*årig|\s+år\b)"
)
#: The non-word characters between two words of one sentence (a full stop before a capital
#: ends it; "pr. time" and "(+" do not).
#: (not over a blank line: a headline without a stop ends at it)
_IN_SENTENCE_GAP = r"(?:[^\w.!?\n]|\n(?![ \t]*\n)|[.!?](?![ \t\n]+(?-i:\p{Lu})))++"
_CHANGE_BEFORE = _compile(
    r"(?r)(?i)(?<![\p{L}])(?:steget|stiger|steg|stige|faldet|falder|faldt|falde|barberet|reduceret|reducere[sr]?|"
    r"nedbragt|nedbringe|øget|øge[sr]?|forøget|vokset|voksede|vokser|vokse|skåret|mindsket|hævet|sænket|"
    # the nouns also with their article: "nedgangen på 14 procent", "stigningen på 11,6 pct."
    r"(?:stigning|reduktion|øgning|forøgelse|tilbagegang|fremgang|nedgang)(?:en|er|erne)?|fald(?:et)?|vækst(?:en)?|hop(?:pet)?|spring(?:et)?|"
    r"dykket|dykkede|"
    r"løftet|gået\s+(?:ned|op|frem|tilbage)|gik\s+(?:ned|op|frem|tilbage)|går\s+(?:frem|tilbage)|"
    r"gå\s+(?:ned|op)|styrket|svækket|forbedret|"
    # (the words between stay in the sentence: "har sænket elforbruget. Heraf har 88 procent")
    # ("flere gange om ugen (19 procent)" says how often, no change)
    r"halveret|mere|mindre|flere(?!\s+gange)|færre|højere|lavere|op|ned)" + _IN_SENTENCE_GAP
    + r"(?:\w++" + _IN_SENTENCE_GAP + r"){0,4}"
    r"(?:(?:hhv\.|henholdsvis)\s+[\d,.]+(?:\s*,\s*[\d,.]+)*\s+(?:og|eller)\s+)?\Z"
)
#: A percentage right after "fra", "til", "op på", "ned på" is a level a change starts or ends at.
_LEVEL_BEFORE = _compile(
    r"(?r)(?i)(?<![\p{L}])(?:fra|(?<!svar\p{L}{0,4}\s)(?<!svar\p{L}{0,4}\s\s)til|op\s+på|ned\s+på|oppe\s+på|nede\s+på)"
    r"(?:\s+(?:ca\.|cirka|omkring|godt|knap|næsten))?\s+\Z"
)
#: "svarer de 500 millioner til 24 procent": what a figure amounts to, not a new level
_ANSWERS_TO_BEFORE = _compile(r"(?r)(?i)(?<![\p{L}])svar\p{L}{0,4}[ \t]+(?:[\p{L}\d.,]+[ \t]+){1,4}til[ \t]+\Z")
_CHANGE_AFTER = _compile(
    r"(?i)^\s*(?:flere|færre|mere|mindre|højere|lavere|større|dyrere|billigere|stigning|fald|"
    r"i\s+forhold\s+til|sammenlignet\s+med|end\s+(?:året|sidste|i\s+fjor|samme)|ned\b"
    # "steg ... med 6 pct. fra 3.175 i 2019 til 3.378": the change of the pair after it
    r"|fra\s+(?:godt\s+|knap\s+|ca\.\s+)?\d[\d.,]*\s+(?:\S+\s+){0,4}?til\s+\d)"
)
#: The words of a rise (a change said with none of these or of ``_FALL`` says no way).
_RISE = _compile(r"(?i)stig|steg|vækst|vokse|øg|fremgang|hop|spring|løft|hæv|styrk|forbedr|flere|mere|"
                 r"højere|større|dyrere|\bop\b|\bfrem\b|\+")
_NEXT_SENTENCE = _compile(r"[.!?][ \t\n]+(?=\p{Lu})")
_FALL = _compile(
    r"(?i)fald|barber|reduc|redukt|nedbr|skåret|minds|sænk|tilbagegang|nedgang|dyk|færre|mindre|"
    r"\bdal(?:et|ede|er|e)\b|"
    r"lavere|billigere|(?<![\p{L}])ned\b|svækket|halver|\btilbage\b"
)


#: Figures before the last one of a list that shares its unit: "steg med hhv. 1,3 og 1,1 pct.".
_COORD_BEFORE = _compile(
    rf"(?r)(?P<hhv>(?i:hhv\.|henholdsvis)[ \t\u00a0]+)?(?P<n>{DIGITS})(?:[ \t]*,[ \t]+(?P<n>{DIGITS}))*"
    rf"[ \t\u00a0]+(?i:og|eller)[ \t\u00a0]+\Z"
)


def _coordinated(text: str, m, c: Candidate) -> Iterator[Candidate]:
    """The other percentages of "hhv. 1,3 og 1,1 pct." (or "1,3 og 1,1 pct."): the unit is written
    once, after the last. Without "hhv." only figures with decimals count ("2019 og 12 procent" is
    a year and a percentage)."""
    k = _COORD_BEFORE.search(text, max(0, m.start() - 60), m.start())
    if k is None:
        return
    ns = k.captures("n")
    if not k.group("hhv") and not ("," in m.captures("n")[0] and all("," in n for n in ns)):
        return
    for (s0, e0), n in zip(k.spans("n"), ns):
        v = parse_number(n)
        if v is None:
            return
        yield Candidate("percent", s0, e0, tidy(v), 62, [(s0, e0)], c.unit, None, c.role,
                        extra={key: val for key, val in c.extra.items() if key != "base_span"})


#: "38 pct. af de ledige", "44 procent af befolkningen": a share of a named group or whole.
_OF_GROUP_AFTER = _compile(
    r"\s+af\s+(?:(?:de|det|den|alle|samtlige)\s+[\p{L}\d]|\p{Ll}{3,}(?:erne|ene|rne|en|et)(?![\p{L}]))"
)
#: A verb of change a few words before "med": "steg salget i andet halvår 2023 med 3,7 pct."
_CHANGE_VERB_MED = _compile(
    rf"(?r)(?i)\b(?:steg|steget|stiger|faldt|faldet|falder|øget|øgedes|øger|øges|øgede|reduceret|reducerer|"
    rf"vokset|voksede|vokser|dykket|dykkede|forøget|forøger|nedbragt|nedbringer|skåret\s+ned|skærer\s+ned)(?:{_WS_IN_PARAGRAPH}[\p{{L}}\d.]+){{0,7}}?"
    rf"{_WS_IN_PARAGRAPH}med{_WS_IN_PARAGRAPH}\Z"
)
#: "Af de nye elever valgte 62 pct. ...": the sentence opens with the group its shares are of.
_OF_GROUP_OPENING = _compile(
    r"(?r)(?:^|[.!?:]\s+|\n)(?:Af|af)\s+(?:de|alle|disse)\s+(?:[^.!?\n]|\.(?=[ \t]\p{Ll}))*\Z")
#: The words ``_OF_GROUP_OPENING`` needs, looked for first (a tenth of its cost).
_OF_GROUP_WORDS = _compile(r"[Aa]f\s+(?:de|alle|disse)\s")
#: Between two percentages of one coordination: "i 2025 og", "og for kontorejendomme på".
_COORDINATED_GAP = _compile(
    r"(?i)(?:\s++(?:i|for)\s++[\p{L}\d]++)?(?:\s*+,|\s++(?:og|samt))\s++(?:(?:i|for)\s++[\p{L}\d]++\s++)?"
    # "reducerer emissionerne med 12% og vandforbruget med 7%": the second change of another thing
    r"(?:på\s++|(?:de[nt]?\s++)?\p{L}++\s++med\s++)?"
)


#: A sign right before a percentage, after a space or a bracket: "(+4,3 pct.)", "til -5 pct.".
_SIGN_RIGHT_BEFORE = _compile(r"(?:^|(?<=[\s(]))([+\-−])\Z")
_TOP_BEFORE = _compile(r"(?i)(?<![\p{L}])top[ \t-]\Z")
_ONE_PCT_BEFORE = _compile(r"(?r)(?i)(?<![\p{L}])(?:på|med|til|næsten|knap|godt|ca\.|cirka|omkring)\s+\Z")


def find_percent(text: str) -> Iterator[Candidate]:
    prev: Candidate | None = None
    for m in scan(_PERCENT, text, "percent"):
        if _bad_range(m.captures("n")):
            continue
        vals = [parse_number(n) for n in m.captures("n")]
        if None in vals:
            continue
        if _TOP_BEFORE.search(text, max(0, m.start() - 6), m.start()):
            continue  # "de 45.000 personer i top 1 pct.": the name of a group, no figure of the text
        first = m.captures("n")[0].lower()
        if first in ("en", "et") and len(vals) == 1 and not _ONE_PCT_BEFORE.search(
                text, max(0, m.start() - 12), m.start()):
            continue  # "en procent" alone is rarely a figure; "et fald på en pct." is one
        value = tidy(vals[0]) if len(vals) == 1 else [tidy(v) for v in vals]
        unit = "pp" if m.group("pp") else "%"
        c = Candidate("percent", m.start(), m.end(), value, 62, _spans(m, "n"), unit, _qual(m))
        ns = m.captures("n")
        if len(ns) == 2 and ns[0][:1].isalpha() and ns[1][:1].isdigit():
            # "to ud af tre - 64,5 procent - har ...": the dash of an aside, not a range from a
            # number word to a figure
            c = Candidate("percent", m.starts("n")[1], m.end(), tidy(vals[1]), 62, [m.spans("n")[1]], unit)
            vals = vals[1:]
        before = text[max(0, c.start - 60) : c.start]
        after = text[m.end() : m.end() + 80]
        b = _BASE_AFTER.match(after)
        if b and _BLANK_LINE.search(after, 0, b.end()):
            b = None  # the base of a percentage is in its own paragraph
        if _LEVEL_BEFORE.search(before) and unit != "pp" and not _CHANGE_AFTER.match(after) \
                and not _ANSWERS_TO_BEFORE.search(before):
            c.role = "level"  # "fra 41 procent til 28 procent", "steget to point til 77 pct."
        elif (sign := _SIGN_RIGHT_BEFORE.search(before)) and not _LEVEL_BEFORE.search(before[: sign.start()]):
            # "(+4,3 pct.)", "svarer til -5 pct.": a signed percentage is a change ("faldt til -3,4
            # pct. fra -3,2 pct." are two levels below zero)
            c.role = "change"
            c.extra["direction"] = "up" if sign.group(1) == "+" else "down"
        elif (word := _CHANGE_BEFORE.search(before)) or _CHANGE_AFTER.match(after) or unit == "pp" and \
                _MED_PAA_BEFORE.search(before) or _CHANGE_VERB_MED.search(before):
            c.role = "change"
            # (the words after it up to the end of its sentence: ". Regionen reducerer" is another's)
            # (a stop that ends the figure, "4 pct. Ned ...", ends its sentence as well)
            ctx = before[-40:] + " " + _NEXT_SENTENCE.split(text[m.end() - 1 : m.end() + 20], maxsplit=1)[0]
            verb = _CHANGE_VERB_MED.search(before)
            if verb is not None:
                ctx = verb.group() + " " + ctx  # "faldt antallet af ... kun med 8 pct."
            if _FALL.search(ctx):
                c.extra["direction"] = "down"
            elif word is not None or verb is not None or _RISE.search(ctx):
                c.extra["direction"] = "up"
            # (else no way is said: "endda med hele 24% fra 2020 til 2021" is a change of the
            # levels after it, whichever way they went)
        elif b or _SHARE_BEFORE.search(before) or before.rstrip().endswith("(") or _OF_GROUP_AFTER.match(after) \
                or _OF_GROUP_WORDS.search(text, max(0, c.start - 200), c.start) \
                and _OF_GROUP_OPENING.search(text, max(0, c.start - 200), c.start):
            c.role = "share"
        else:
            c.role = "level"
        if c.role == "level" and prev is not None and prev.role == "change" and prev.unit == unit \
                and _COORDINATED_GAP.fullmatch(text, prev.end, c.start):
            # "stige med 3,1 pct. i 2025 og 2,4 pct. i 2026": the second change of a pair
            c.role = "change"
            if "direction" in prev.extra:
                c.extra["direction"] = prev.extra["direction"]
        prev = c
        if b:
            bv = parse_number(b.group("b"))
            if bv is not None:
                c.base = tidy(bv)
                bs = m.end() + b.start("b")
                c.extra["base_span"] = [bs, m.end() + b.end("b")]
                c.absorbs.append((bs, m.end() + b.end("b")))
        if len(vals) == 1 and not c.qualifier and m.captures("n")[0][:1].isdigit():
            yield from _coordinated(text, m, c)
        pair = _from_to(text, m, value)
        if pair:
            (a0, b0, v0, sp0), (a1, b1, v1, sp1) = pair
            if unit != "pp":
                c.role = "level"  # "faldt fra 4,3 til 4,2 pct.": two levels; the change is theirs
                c.extra.pop("direction", None)
            yield Candidate("percent", a0, b0, v0, 62, sp0, unit, c.qualifier, c.role,
                            extra={k: v for k, v in c.extra.items() if k != "base_span"})
            c.start, c.value, c.num_spans, c.qualifier = a1, v1, sp1, None
        yield c


# --------------------------------------------------------------------------- ratio
_ORD_ALT = _alt(ORDINALS)
_FRAC_ALT = _alt(FRACTION_WORDS)
_RATIO = _compile(
    rf"{_B}{QUAL_OPT}(?:"
    rf"(?P<a>{NUMBER}|(?i:en|én|et|ét))\s+(?i:ud\s+af)\s+(?P<b>{NUMBER})"
    # "tre af fem regioner": a part of a whole the text counts ("af de 30" is a count with base)
    rf"|(?P<pa>{NUMBER}|(?i:én|ét))[ \t]+(?i:af)[ \t]+(?P<pb>{NUMBER})(?![\d\p{{L}}]|[.,]\d)"
    rf"(?=[ \t]+(?!(?i:procent|pct|mio|mia|millioner|milliarder|kr|kroner|år|måneder|uger|dage|timer)(?!\p{{L}}))\p{{Ll}}{{3,}}"
    # "otte af ti af de adspurgte"
    rf"|[ \t]+(?i:af)[ \t]+(?i:de|dem|alle|disse)(?!\p{{L}}))"
    rf"|(?i:hver(?:t)?)[ \t]+(?:(?P<ord>(?i:{_ORD_ALT}))|(?P<ordn>\d{{1,3}})\.)"
    rf"|(?P<half>(?i:halvdelen|den\s+ene\s+halvdel|halvparten|halvt\s+så\s+(?:mange|meget|store?|højt?|lang|langt)))"
    rf"|(?P<fa>(?i:en|et|én|to|tre|fire|fem|seks|syv|otte|ni|\d+))\s+(?P<fw>(?i:{_FRAC_ALT}))"
    rf"){_E}"
)


#: A rate per unit: "3,3 børn pr. voksen", "2 pædagoger per stue" (a ratio whose value is the
#: written figure). Money, percentages and physical units keep their own kinds.
_PER_RATE = _compile(
    rf"{_B}{QUAL_OPT}(?P<n>{DIGITS})[ \t]+(?P<what>\p{{L}}[\p{{L}}-]*)[ \t]+(?i:pr\.|per)[ \t]+"
    rf"(?P<per>\p{{L}}[\p{{L}}-]*)"
)
_NOT_PER_NOUN = set(CURRENCIES) | {k.rstrip(".") for k in SCALES} | set(QUANTITY_UNITS) | {
    "procent", "pct", "procentpoint", "gang", "gange", "mio", "mia", "kr", "år", "måned", "måneder",
    "uge", "uger", "dag", "døgn", "stk", "styk"}


def find_per_rates(text: str) -> Iterator[Candidate]:
    for m in scan(_PER_RATE, text, "per"):
        what = m.group("what").lower()
        if what in _NOT_PER_NOUN or what.rstrip(".") in _NOT_PER_NOUN:
            continue
        v = parse_number(m.group("n"))
        if v is None:
            continue
        c = Candidate("ratio", m.start(), m.end(), tidy(v), 63, [m.span("n")], qualifier=_qual(m))
        c.extra = {"rate": True, "of": m.group("what"), "per": m.group("per")}
        yield c


#: "X er én af tre kommuner": a member of a group of three, not one in three ("Det er én af
#: tre danskere, der ..." is a cleft sentence, and a share).
_MEMBER_BEFORE = _compile(
    r"(?r)(?i)(?<![\p{L}])(?<!(?:\bdet|\bder|\bdette|\bhvilket)[ \t]+)(?:er|var|bliver|blev)"
    r"(?:[ \t]+(?:kun|blot|nu|dermed|således|altså|også))?[ \t]+\Z")


def find_ratio(text: str) -> Iterator[Candidate]:
    for m in scan(_RATIO, text, "ratio"):
        num = den = None
        spans = []
        if m.group("a"):
            num, den = parse_number(m.group("a")), parse_number(m.group("b"))
            spans = [m.span(g) for g in ("a", "b") if m.group(g)[0].isdigit()]
        elif m.group("pa"):
            num, den = parse_number(m.group("pa")), parse_number(m.group("pb"))
            if _YEARLIKE.match(m.group("pb")) or num is None or den is None or num > den or \
                    not float(num).is_integer() or not float(den).is_integer():
                continue
            if num == 1 and _MEMBER_BEFORE.search(text, max(0, m.start() - 40), m.start()):
                continue  # "Middelfart er én af tre kommuner, der ...": one of the three, no share
            spans = [m.span(g) for g in ("pa", "pb") if m.group(g)[0].isdigit()]
        elif m.group("ord"):
            num, den = 1, ORDINALS[m.group("ord").lower()]
        elif m.group("ordn"):
            num, den = 1, int(m.group("ordn"))
        elif m.group("half"):
            num, den = 1, 2
        elif m.group("fw"):
            fa = m.group("fa").lower()
            num = 1 if fa in ("en", "et", "én") else parse_number(fa)
            den = FRACTION_WORDS[m.group("fw").lower()]
        if not num or not den or num > den:
            continue
        c = Candidate("ratio", m.start(), m.end(), round(num / den, 4), 64, spans,
                      qualifier=_qual(m))
        c.extra = {"numerator": tidy(num), "denominator": tidy(den)}
        yield c


#: A figure that has been multiplied: "er næsten halveret", "mere end fordoblede", "tredoblet".
#: Only what happened (a participle or the past tense); "skal halveres" is a target.
_MULTIPLIED = _compile(
    rf"(?<![\p{{L}}])(?:{QUAL}[ \t]+)?"
    r"(?P<mv>(?i:halver|fordobl|tredobl|firedobl|femdobl|seksdobl|tidobl))(?i:et|ede|edes)(?![\p{L}])"
)
_MULTIPLIER = {"halver": 0.5, "fordobl": 2.0, "tredobl": 3.0, "firedobl": 4.0, "femdobl": 5.0,
               "seksdobl": 6.0, "tidobl": 10.0}
#: "skal være halveret", "forventes fordoblet", "målet er at have halveret": not yet happened
_NOT_YET = _compile(r"(?r)(?i)(?<![\p{L}])(?:skal|vil|skulle|ville|kan|kunne|bør|forventes|ventes|"
                    r"forventer|mål\p{L}*|planen|håber|ønsker|at)(?:[ \t]+\p{L}+){0,3}?[ \t]+\Z")


def find_multiplied(text: str) -> Iterator[Candidate]:
    low = text.lower()
    if "halver" not in low and "dobl" not in low:
        return  # (a test for the two stems, much faster than the pattern's search)
    for m in _MULTIPLIED.finditer(text):
        if _NOT_YET.search(text, max(0, m.start() - 40), m.start()):
            continue
        c = Candidate("ratio", m.start(), m.end(), _MULTIPLIER[m.group("mv").lower()], 60, [],
                      qualifier=_qual(m))
        c.role = "change"
        c.extra = {"multiplied": True}
        yield c


# --------------------------------------------------------------------------- dates
#: "jul." alone is Christmas ("inden jul."): the month only after a day or before a year.
_NOT_JUL = rf"(?!(?i:jul\.)(?!\s*{_YEAR4}))"
_REL_YEAR = r"(?P<rel>(?i:i\s+år|i\s+fjor|sidste\s+år|næste\s+år|sidste\s+års?|samme\s+år))"
_WEEKDAY = rf"(?:(?P<wd>(?i:{_alt(WEEKDAYS)}))(?:\s+den)?\s+)?"
_DATE_DMY_WORD = (
    rf"{_WEEKDAY}(?:(?i:den)\s+)?(?P<d>\d{{1,2}})\.\s*{_MONTH}(?:\s+(?P<y>{_YEAR4})|\s+{_REL_YEAR})?"
)
_DATE_NUMERIC = (
    rf"{_WEEKDAY}(?:(?i:den)\s+)?(?P<d>[0-3]?\d)(?P<sep>[-/.])(?P<mo>[01]?\d)(?:(?P=sep)|-)(?P<y>{_YEAR4}|\d{{2}})(?![\d])"
)
_DATE_ISO = r"(?P<y>\d{4})-(?P<mo>[01]\d)-(?P<d>[0-3]\d)(?!\d)"
_PART = r"(?P<part>(?i:primo|medio|ultimo|udgangen\s+af|slutningen\s+af|begyndelsen\s+af|starten\s+af|midten\s+af|foråret|sommeren|efteråret|vinteren))"
_DATE_MONTH_YEAR = (
    rf"(?:{_PART}\s+)?{_MONTH}(?:\s+(?i:måned))?(?:\s+(?P<y>{_YEAR4})|\s+{_REL_YEAR})"
)
_DATE_PART_MONTH = rf"{_PART}\s+{_NOT_JUL}{_MONTH}(?:\s+{_REL_YEAR})?"
_DATE_PART_YEAR = rf"{_PART}\s+(?P<y>{_YEAR4}|(?i:i\s+år|næste\s+år|sidste\s+år))"
_DATE_PREP_MONTH = rf"(?<=(?i:\b(?:i|inden|før|efter|fra|til|siden|frem\s+til|frem\s+mod|senest\s+i)\s+|måneden\s+)){_NOT_JUL}{_MONTH}(?:\s+{_REL_YEAR})?(?![\p{{L}}\d])"
_DATE_PREP_YEAR = (
    rf"(?P<prep>(?i:i|inden|før|efter|fra|siden|til|frem\s+til|frem\s+mod|senest\s+i|"
    rf"allerede\s+i|også\s+i|i\s+løbet\s+af|udgangen\s+af|slutningen\s+af|begyndelsen\s+af|"
    rf"op\s+til|hele|året|år|tilbage\s+i|for|om))\s+(?P<y>{_YEAR4})(?![\d,.]\d|-\d|-\p{{L}}|\s*[-–]\s*\d)"
)
#: "det sidste år før COVID-19" is no relative year ("sidste år" = the year before publication).
_DATE_REL = rf"(?<![\p{{L}}])(?<!(?i:\bdet|\bdet\s+allersidste)\s+){_REL_YEAR}(?![\p{{L}}])"

_DATE = _alternation(_B, rf"{_DATE_DMY_WORD}|{_DATE_NUMERIC}|{_DATE_ISO}|{_DATE_MONTH_YEAR}|"
                           rf"{_DATE_PART_MONTH}|{_DATE_PART_YEAR}")
_DATE_LOOSE = _compile(rf"{_B}(?:{_DATE_PREP_MONTH}|{_DATE_PREP_YEAR}|{_DATE_REL})")

_PART_MONTH = {
    "primo": 1, "begyndelsen af": 1, "starten af": 1, "medio": 6, "midten af": 6,
    "ultimo": 12, "udgangen af": 12, "slutningen af": 12,
}


def _rel_year(rel: str | None, published: dt.date | None) -> int | None:
    if published is None or not rel:
        return None
    rel = " ".join(rel.lower().split())
    if rel in ("i år", "samme år"):
        return published.year
    if rel in ("i fjor", "sidste år", "sidste års"):
        return published.year - 1
    if rel == "næste år":
        return published.year + 1
    return None


def _year2(y: str) -> int:
    v = int(y)
    return v + 2000 if v < 70 else v + 1900 if v < 100 else v


def date_from_match(m, published: dt.date | None, g: dict | None = None
                    ) -> tuple[str | None, str, dict]:
    """Normalise a date match: (ISO value cut to precision, precision, extra). ``g`` is the
    match's ``groupdict()`` when the caller has it already."""
    if g is None:
        g = m.groupdict()
    extra: dict[str, Any] = {}
    year = _year2(g["y"]) if g.get("y") and g["y"][0].isdigit() else None
    if g.get("y") and not g["y"][0].isdigit():
        year = _rel_year(g["y"], published)
        extra["relative"] = g["y"].lower()
    if g.get("rel"):
        year = _rel_year(g["rel"], published)
        extra["relative"] = " ".join(g["rel"].lower().split())
    if g.get("wd"):
        extra["weekday"] = g["wd"].lower()
    month = None
    if g.get("month"):
        month = MONTHS[g["month"].lower()]
    elif g.get("mo"):
        month = int(g["mo"])
    part = " ".join(g["part"].lower().split()) if g.get("part") else None
    if part:
        extra["part"] = part
    day = int(g["d"]) if g.get("d") else None
    if year is None and (month or day) and g.get("rel") is None and not g.get("y"):
        # "1. juni", "i maj": the year of publication
        if published is not None:
            year = published.year
            extra["year_implied"] = True
    if year is None:
        return None, "day" if day else "month" if month else "year", extra
    if day and month:
        try:
            return dt.date(year, month, day).isoformat(), "day", extra
        except ValueError:
            extra["invalid"] = True  # "31. september", "42. oktober": no such day
            return None, "day", extra
    if month:
        if not 1 <= month <= 12:
            return None, "month", extra
        return f"{year:04d}-{month:02d}", "month", extra
    if part and part in _PART_MONTH:
        return f"{year:04d}-{_PART_MONTH[part]:02d}", "month", extra
    return f"{year:04d}", "year", extra  # also seasons: "foråret 2017" is year-precise


#: Past tense in the sentence of a date: "I december steg ...", "blev ... i november".
_PAST_TENSE = _compile(
    r"(?i)(?<![\p{L}])(?:var|blev|havde|steg|faldt|lå|kom|gik|fik|endte|viste|nåede|voksede|"
    r"dykkede|åbnede|lukkede|startede|begyndte|solgte|modtog|holdt|satte|tog|gav|så|sagde|"
    r"besluttede|vedtog|indgik|slog|fandt|stod|sad|trak|skrev|drev|lod|bød|forblev|gjorde|udgjorde|"
    r"købte|betalte|brugte|kørte|mødte|hørte|lærte|søgte|valgte|sendte|ansatte|nævnte|kendte|"
    r"(?!(?:samlede|forenede|hede|rede|brede|lede)(?!\p{L}))\p{L}{2,}ede|"
    r"(?:har|er|blev)\s+(?:steget|faldet|blevet|været|haft|kommet|gået|sket|vokset|øget|åbnet|"
    r"lukket|modtaget|solgt|fået|lavet|givet|taget|\p{L}{3,}eret))(?![\p{L}])"
)
#: Future or modal verbs and forward-looking words: the month keeps the publication year.
_FUTURE_TENSE = _compile(
    r"(?i)(?<![\p{L}])(?:vil|skal|skulle|kommer|forventes|forventer|planlægger|planlægges|"
    r"næste|kommende|frem|senest|inden|allerede\s+fra|fra\s+og\s+med)(?![\p{L}])"
)
#: Sentence ends around a date: a stop before a capital ("kl. 08 den 31. december" goes on).
_SENT_BEFORE = _compile(r"(?r)[.!?]\s+(?=[\p{Lu}\"«“])|\n")
_SENT_AFTER = _compile(r"[.!?](?=\s+[\p{Lu}\"«“]|\s*$)|\n")


def _past_month(text: str, start: int, end: int) -> bool:
    """Whether the sentence around a date is told in the past tense (and not the future)."""
    b = _SENT_BEFORE.search(text, max(0, start - 200), start)
    a = _SENT_AFTER.search(text, end, min(len(text), end + 200))
    sent = text[b.end() if b else max(0, start - 200) : a.start() if a else end + 200]
    return _PAST_TENSE.search(sent) is not None and _FUTURE_TENSE.search(sent) is None


def _later_month(month: int, pub_month: int) -> bool:
    """A month far enough after the publication month that, told in the past tense, it is last
    year's: any later month early in the year ("I december steg ..." in January), else half a
    year on (a past "i oktober" in September is more likely a slip of tense than last year)."""
    return month > pub_month and (pub_month <= 3 or month - pub_month >= 6)


#: A written year: "2023" (not "2.023", not part of a longer number).
_YEAR_TOKEN = _compile(r"(?<![\d.,])(?:19|20)\d\d(?![\d]|[.,]\d)")
_PARAGRAPH_START = _compile(r"(?r)\n[^\S\n]*\n")


#: A year a figure is compared with: "mod 4.300 i samme periode i 2022", "end i 2016".
_COMPARED_YEAR_BEFORE = _compile(
    r"(?r)(?i)(?:samme\s+(?:periode|måned|kvartal|tid)|\b(?:mod|end|sammenlignet\s+med|"
    r"i\s+forhold\s+til))(?:\s+(?:i|året))?\s*+\Z"
)


def _context_year(text: str, start: int, published: dt.date) -> int | None:
    """The last year written before ``start`` in its paragraph, when it is not after the year of
    publication and not a year compared with ("mod 4.300 i samme periode i 2022"): "Salget faldt
    i 2023. I december steg det igen" is December 2023."""
    lo = max(0, start - 600)
    b = _PARAGRAPH_START.search(text, lo, start)
    last = None
    for y in _YEAR_TOKEN.finditer(text, b.end() if b else lo, start):
        if not _COMPARED_YEAR_BEFORE.search(text, max(0, y.start() - 40), y.start()):
            last = y
    if last is None:
        return None
    year = int(last.group())
    return year if year <= published.year else None


#: A month that lies behind the writer: "siden oktober", "vurderingen fra november".
_SINCE_BEFORE = _compile(
    r"(?r)(?i)(?:\bsiden|\b(?:vurdering|prognose|skøn|forventning|opgørelse|udmelding|måling|"
    r"undersøgelse|rapport|aftale|beslutning|melding)\p{L}*\s+fra)\s+\Z"
)


def find_dates(text: str, published: dt.date | None) -> Iterator[Candidate]:
    for rx, prio in ((_DATE, 70), (_DATE_LOOSE, 50)):
        for m in scan(rx, text, "date"):
            g = m.groupdict()  # one dict of the (many) groups, not one per question
            value, precision, extra = date_from_match(m, published, g)
            if extra.get("year_implied") and value and published is not None and \
                    _past_month(text, m.start(), m.end()) and \
                    (cy := _context_year(text, m.start(), published)) is not None and \
                    cy != published.year:
                # a month told in the past tense after a year in its paragraph: that year's
                value = f"{cy:04d}{value[4:]}"
                extra["year_implied"] = "context"
            elif extra.get("year_implied") and value and published is not None and (
                    _later_month(int(value[5:7]), published.month) and _past_month(text, m.start(), m.end())
                    or int(value[5:7]) > published.month and _SINCE_BEFORE.search(
                        text, max(0, m.start() - 40), m.start())):
                # "Siden oktober har ...", "vurderingen fra november": the last such month
                # "I december steg ..." in a release of January: last year's December
                value = f"{published.year - 1:04d}{value[4:]}"
                extra["year_implied"] = "previous"
            if g.get("mo") and not 1 <= int(m.group("mo")) <= 12:
                continue
            start = m.start()
            if g.get("prep"):
                # keep the preposition out of the span but remember it
                extra["prep"] = " ".join(m.group("prep").lower().split())
                start = m.start("y")
            spans = _spans(m, "d", "mo", "y") if g.get("y") else _spans(m, "d", "mo")
            c = Candidate("date", start, m.end(), value, prio, spans, precision=precision,
                          extra=extra)
            yield c


# --------------------------------------------------------------------------- periods
_DUR_UNIT = rf"(?P<du>(?i:{_alt(DURATION_UNITS)}))"
_DUR_NUM = rf"(?P<dn>{NUMBER}|(?i:et\s+halvt|en\s+halv|halvandet|halvanden|et|en|ét|én))"
_QORD = r"(?i:første|andet|anden|tredje|fjerde|sidste|[1-4]\.)"
_QUARTER = (
    # (not "første halvdel af marts": half a month is no half-year)
    rf"(?P<qn>{_QORD})\s+(?P<qk>(?i:kvartal|kvt\.|halvår|halvdel))(?!\s+(?i:af|i)\s+(?i:{MONTH_RE}|måneden|ugen|perioden))"
    rf"(?:\s+{_REL_YEAR}|(?:\s+(?i:af|i))?(?:\s+(?P<qy>{_YEAR4})|\s+(?P<qyr>(?i:året))))?"
)
#: One end of a range: a date, a month, a year.
_POINT = (
    rf"(?:(?:den\s+)?[0-3]?\d\.\s*(?i:{MONTH_RE})(?:\s+{_YEAR4})?"
    rf"|[0-3]?\d[./][01]?\d[./-](?:{_YEAR4})"
    rf"|[0-3]?\d/[01]?\d-{_YEAR4}"
    rf"|(?i:primo|medio|ultimo)\s+(?:{_YEAR4}|(?i:{MONTH_RE})(?:\s+{_YEAR4})?)"
    rf"|{_NOT_JUL}(?i:{MONTH_RE})(?:\s+(?i:måned))?(?:\s+{_YEAR4})?"
    rf"|(?i:foråret|sommeren|efteråret|vinteren)\s+{_YEAR4}"
    rf"|{_YEAR4})"
)
_POINT_FULL = _compile(
    rf"(?:{_DATE_DMY_WORD}|{_DATE_NUMERIC}|{_DATE_PART_MONTH}|{_DATE_PART_YEAR}"
    rf"|{_MONTH}(?:\s+(?i:måned))?(?:\s+(?P<y>{_YEAR4}))?"
    rf"|(?i:foråret|sommeren|efteråret|vinteren)\s+(?P<y>{_YEAR4})|(?P<y>{_YEAR4}))$"
)
_RANGE_REL = r"(?:\s+(?P<rr>(?i:i\s+år|i\s+fjor|sidste\s+år|næste\s+år)))?"
#: Quarter ranges: "fra første kvartal 2021 til første kvartal 2022", "første til andet kvartal i 2023".
_QRANGE = _compile(
    rf"{_B}(?:(?i:fra)\s+)?(?P<qa>{_QORD})\s+(?:(?P<qka>(?i:kvartal|kvt\.|halvår))(?:\s+(?:(?i:i)\s+)?(?P<qya>{_YEAR4}))?\s+)?"
    rf"(?:(?i:til)\s+|[-–]\s*)(?P<qb>{_QORD})\s+(?P<qkb>(?i:kvartal|kvt\.|halvår))"
    rf"(?:\s+(?:(?i:i)\s+)?(?P<qyb>{_YEAR4}))?"
)
_PERIOD = WordAlternation([rf"{_B}(?:{a}){_E}" for a in alternatives(
    # fra/i perioden/mellem POINT til/-/og POINT
    rf"(?:(?P<pre>(?i:fra|i\s+perioden|perioden|mellem|i\s+årene|årene))\s+)?"
    rf"(?P<p1>{_POINT})(?P<sep>\s*[-–—]\s*|\s+(?i:til\s+og\s+med|til|og\s+frem\s+til|frem\s+til|og\s+til|og))\s*"
    rf"(?P<p2>{_POINT}){_RANGE_REL}"
    # days of one month: "20.-26. december", "fra 20. til og med 26. december 2021"
    rf"|(?:(?i:fra|i\s+perioden|perioden)\s+)?(?:(?i:den)\s+)?(?P<dd1>[0-3]?\d)\.?"
    rf"(?:\s*[-–]\s*|\s+(?i:til\s+og\s+med|til)\s+)(?:(?i:den)\s+)?(?P<dd2>[0-3]?\d)\.\s*"
    rf"{_NOT_JUL}(?P<ddm>(?i:{MONTH_RE}))(?:\s+(?P<ddy>{_YEAR4}))?"
    # YEAR-YY
    rf"|(?:(?i:perioden|årene)\s+)?(?P<y1>{_YEAR4})\s*[-–—/]\s*(?P<y2>\d{{2}})(?![\d-]|[.,]\d)"
    # "de første 10 måneder af 2016", "årets første ni måneder", "de seneste fem år"
    rf"|(?:(?i:de|det|den)|(?P<aarets>(?i:årets)))\s+(?P<drel>(?i:første|seneste|sidste|næste|kommende|forløbne|foregående))\s+"
    rf"{_DUR_NUM}\s+(?:{_DUR_UNIT}|(?P<duc>\p{{Ll}}{{3,}}år))(?:\s+(?i:af|i)\s+(?:(?P<ofy>{_YEAR4})|(?P<ofaar>(?i:året))))?"
    # the same with the number first: "årets tre første kvartaler", "de fem seneste år"
    rf"|(?:(?i:de|det|den)|(?P<aarets>(?i:årets)))\s+{_DUR_NUM}\s+(?P<drel>(?i:første|seneste|sidste|forløbne|foregående|kommende|næste))\s+"
    rf"{_DUR_UNIT}(?:\s+(?i:af|i)\s+(?:(?P<ofy>{_YEAR4})|(?P<ofaar>(?i:året))))?"
    # quarters and halves
    rf"|{_QUARTER}"
    # "en treårig periode"
    rf"|(?:(?i:en|et)\s+)?(?P<adj>{NUMBER}|(?i:{WORDS}))[-]?(?i:årig|årige)\s+(?i:periode|projektperiode|forsøgsperiode)"
    rf"(?:\s+(?i:fra|fra\s+og\s+med)\s+(?P<afy>{_YEAR4}))?"
    # open periods: "siden 2017", "fra og med september 2019"
    rf"|(?P<open>(?i:siden|fra\s+og\s+med|fra))\s+(?P<p0>{_POINT})(?!\s*[-–—]|\s+(?i:til|og)\s)"
    # durations after a cue: "på 10 måneder", "over tre år fra 2016", "i løbet af to år"
    rf"|(?P<cue>(?i:på|over|i\s+løbet\s+af|inden\s+for|indenfor|i|gennem|efter|om|hen\s+over|"
    rf"for\s+en\s+periode\s+på|i\s+en\s+periode\s+på|varighed\s+på))\s+"
    rf"(?:(?i:godt|knap|ca\.|cirka|mindst|blot|kun|bare)\s+)?{_DUR_NUM}\s+{_DUR_UNIT}"
    rf"(?:\s+(?i:fra|fra\s+og\s+med)\s+(?P<fy>{_YEAR4}))?"
    # qualified and genitive durations: "mere end to år", "fire ugers høring", "det seneste år"
    rf"|(?:(?P<dq>(?i:mere\s+end|op\s+mod|omkring|knap|næsten|højst|mindst|godt|cirka|ca\.|under|over|"
    rf"i\s+de|de|i\s+hele))\s+{_DUR_NUM}\s+{_DUR_UNIT}(?!\s+(?i:gamle?|og\s+derover|eller\s+ældre))"
    rf"|{_DUR_NUM}\s+(?P<gen>(?i:års|måneders|ugers|dages|døgns|timers))(?![-\s]?(?i:alder))"
    rf"|{_DUR_NUM}\s+{_DUR_UNIT}\s+(?P<after>(?i:senere|efter|tidligere|før|siden)))"
    rf"|(?P<one>(?i:det\s+seneste|det\s+sidste|det\s+kommende|det\s+næste|et\s+helt))\s+(?P<du1>(?i:år|halvår|kvartal))"
)])
_QN = {"første": 1, "andet": 2, "anden": 2, "tredje": 3, "fjerde": 4}


def _dur_months(n: float, unit: str) -> float | None:
    u = DURATION_UNITS[unit.lower()]
    return {"Y": 12 * n, "M": n, "Q": 3 * n, "H": 6 * n}.get(u)


def _iso_duration(n: float, unit: str) -> str:
    u = DURATION_UNITS[unit.lower()]
    if u == "Y" and not float(n).is_integer():
        return f"P{tidy(n * 12)}M"
    n = tidy(n)
    if u == "Q":
        return f"P{tidy(n * 3)}M"
    if u == "H":
        return f"P{tidy(n * 6)}M"
    return f"P{n}{u}"


def _dur_number(dn: str) -> float | None:
    d = " ".join(dn.lower().split())
    return {"et": 1, "en": 1, "et halvt": 0.5, "en halv": 0.5, "halvandet": 1.5,
            "halvanden": 1.5}.get(d) or parse_number(dn)


def _point_parts(s: str, published) -> tuple[int | None, int | None, int | None, str | None]:
    """(year, month, day, part) of a range end; missing parts are None."""
    m = _POINT_FULL.match(" ".join(s.split()))
    if not m:
        return None, None, None, None
    g = m.groupdict()
    year = None
    ys = m.captures("y") if "y" in m.re.groupindex else []
    ys = [y for y in ys if y]
    if ys and ys[-1][0].isdigit():
        year = _year2(ys[-1])
    elif g.get("rel"):
        year = _rel_year(g["rel"], published)
    month = MONTHS[g["month"].lower()] if g.get("month") else int(g["mo"]) if g.get("mo") else None
    day = int(g["d"]) if g.get("d") else None
    part = " ".join(g["part"].lower().split()) if g.get("part") else None
    if part and month is None and part in _PART_MONTH:
        month = _PART_MONTH[part]
    return year, month, day, part


def _iso(year: int, month: int | None, day: int | None) -> str | None:
    if month is None:
        return f"{year:04d}"
    if not 1 <= month <= 12:
        return None
    if day is None:
        return f"{year:04d}-{month:02d}"
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def _range_value(g, published, past: bool = False) -> dict[str, Any] | None:
    """``past``: the range is told in the past tense, so a range of months with no year that
    would end after the publication month is last year's ("faldt fra december til januar",
    published in February 2019, is December 2018 to January 2019)."""
    y1, m1, d1, _ = _point_parts(g["p1"], published)
    y2, m2, d2, _ = _point_parts(g["p2"], published)
    if g.get("rr"):
        y2 = _rel_year(g["rr"], published)
    if m1 is None and m2 is None and (y1 is None or y2 is None):
        return None
    sep = g["sep"].strip().lower()
    if sep == "og" and (g.get("pre") or "").lower() != "mellem" and not (
        d1 is None and y1 is None and m1 is not None and m2 is not None
    ):
        return None
    if y1 is None and y2 is not None:
        y1 = y2 if (m1 or 0) <= (m2 or 13) else y2 - 1
    if y2 is None and y1 is not None:
        y2 = y1
        if m1 is not None and m2 is not None and (m2, d2 or 0) < (m1, d1 or 0):
            y2 = y1 + 1  # "fra 25. december 2022 til 3. januar" ends in the next year
    if y1 is None:
        if published is None:
            return None
        y1 = y2 = published.year
        if m1 is not None and m2 is not None and (m2, d2 or 0) < (m1, d1 or 0):
            y2 = y1 + 1  # "fra 25. december til 3. januar": over the new year
        if past and m2 is not None and (y2 > published.year or _later_month(m2, published.month)):
            y1, y2 = y1 - 1, y2 - 1
    if m1 is None and m2 is not None or m2 is None and m1 is not None:
        # "2016 til maj 2018" is fine; "januar-2016"-like fragments are not ranges
        pass
    if m1 is None and m2 is None and not 0 < y2 - y1 <= 60:
        return None
    a, b = _iso(y1, m1, d1), _iso(y2, m2, d2)
    if a is None or b is None:
        return None
    return {"start": a, "end": b}


#: Metrics measured in time: waiting, processing, response times ("ventetiden", "har ventet").
_TIME_METRIC = _compile(
    r"(?i)\b(?:\p{L}*(?:vente|behandlings|svar|respons|rejse|køre|udrednings|leverings|"
    r"indlæggelses|opholds|ligge)tid\p{L}*|vente[rt]?|ventede)\b"
)
_LEVEL_VERB = _compile(r"(?r)(?i)\b(?:var|er|lå|ligger|blev|bliver|endte|lander|landede|nede|oppe|ned|op)\s+\Z")
_CHANGE_NOUN_END = _compile(r"(?r)(?i)\b(?:fald|stigning|nedgang|reduktion|forøgelse|forlængelse|forkortelse|"
                            r"forbedring|forværring|fremgang|tilbagegang|vækst)(?:en)?\s+\Z")
_SPAN_CUES = ("inden for", "indenfor", "i løbet af", "over", "gennem", "hen over", "efter", "om",
              "for en periode på", "i en periode på", "varighed på")


#: Documents, agreements and decisions dated by "fra": "aftalen fra 2014", "loven fra 2018".
_DATED_THING = _compile(
    r"(?i)(?:aftale|aftalen|forlig|forliget|lov|loven|lovforslag|lovforslaget|rapport|rapporten|"
    r"undersøgelse|undersøgelsen|analyse|analysen|plan|planen|strategi|strategien|beslutning|"
    r"beslutningen|redegørelse|redegørelsen|opgørelse|opgørelsen|notat|notatet|meddelelse|"
    r"meddelelsen|udmelding|udmeldingen|vedtagelse|vedtagelsen|reform|reformen|tal|tallene|"
    r"måling|målingen|statistik|statistikken|budget|budgettet|udbud|udbuddet|kontrakt|kontrakten)"
    rf"{_WS_IN_PARAGRAPH}\Z"
)
_MEASURE_UNIT = {"D": "dage", "W": "uger", "M": "måneder", "Y": "år", "Q": "kvartaler", "H": "halvår"}
_LAST_SENT_END = _compile(r"(?r)[.!?]\s+(?=[\p{Lu}\d])|\n|[,;]\s")


def _measured_duration(text: str, m, g) -> bool:
    """A duration is a measured quantity, not a period, when it is the value of a time metric
    ("ventetiden var på 44 dage", "havde ventet mere end 90 dages", "hvor den lå på 45 dage"),
    or a difference ("én dag kortere"). Span cues ("inden for 90 dage", "i løbet af to år") and
    "i"/"de" durations ("i to år") stay periods."""
    cue = " ".join((g.get("cue") or "").lower().split())
    if cue in _SPAN_CUES or cue == "i":
        return False
    dq = " ".join((g.get("dq") or "").lower().split())
    if dq in ("i de", "de", "i hele"):
        return False
    if _SHORTER_AFTER.match(text[m.end() : m.end() + 12]):
        return True
    lo = max(0, m.start() - 150)
    cut = _LAST_SENT_END.search(text, lo, min(len(text), m.start() + 1))
    before = text[cut.end() if cut else lo : m.start()]
    if cue == "på" and (_LEVEL_VERB.search(before) or _CHANGE_NOUN_END.search(before)):
        return True  # "lå på 44 dage"; "et fald på ni dage": how much a time changed
    return bool(_TIME_METRIC.search(before))


#: The year a sentence opens with, before "årets første ..." in it: "I 2021 landede fiskerne ...".
#: A month after January, said before "de første N måneder": something started then.
_LATER_MONTH = _compile(r"(?i)(?<![\p{L}])(?:februar|marts|april|maj|juni|juli|august|september|oktober|"
                        r"november|december)(?![\p{L}])")
_MONTH_NUMBER = {name: i for i, name in enumerate(
    ("februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november",
     "december"), start=2)}


def _started_later(text: str, pos: int, months: float | None) -> bool:
    """Whether the text before "de første N måneder" names months after January and none of them
    is the N-th: after "I slutningen af august 2013 fik kommunen ...", "de to første måneder" are
    the first months from then, not of a calendar year ("pr. 31. oktober ... de første ti
    måneder" are the year's)."""
    said = {_MONTH_NUMBER[w.lower()] for w in _LATER_MONTH.findall(text, max(0, pos - 300), pos)}
    return bool(said) and months is not None and round(months) not in said


#: Years that open a sentence: "I 2023 kan vi ...".
_YEARS_OPENED = _compile(r"(?:^|(?<=[.!?:][ \t])|(?<=\n))[ \t]*I[ \t]+((?:19|20)\d\d)(?!\d)")
_YEAR_OF_CLAUSE = _compile(r"(?r)(?:^|(?<=[.!?:][ \t])|(?<=\n))[ \t]*I[ \t]+(?P<y>(?:19|20)\d\d)(?![\d])(?:[^.!?\n]|\.(?=\d))*\Z")


def find_periods(text: str, published: dt.date | None) -> Iterator[Candidate]:
    for m in itertools.chain(scan(_QRANGE, text, "qrange"), scan(_PERIOD, text, "period")):
        g = m.groupdict()
        value: dict[str, Any] = {}
        extra: dict[str, Any] = {}
        spans: list[tuple[int, int]] = []
        prio = 80
        if g.get("qa"):
            qa, qb = g["qa"].lower().rstrip("."), g["qb"].lower().rstrip(".")
            kb = (g["qkb"] or "").lower()
            ka = (g.get("qka") or kb).lower()
            la = 6 if ka in ("halvår",) else 3
            lb = 6 if kb in ("halvår",) else 3
            na = (2 if la == 6 else 4) if qa == "sidste" else (_QN.get(qa) or int(qa))
            nb = (2 if lb == 6 else 4) if qb == "sidste" else (_QN.get(qb) or int(qb))
            yb = int(g["qyb"]) if g.get("qyb") else None
            ya = int(g["qya"]) if g.get("qya") else yb
            if not g.get("qya") and yb is not None and na * la >= nb * lb:
                ya = yb - 1  # "fra 4. til 1. kvartal 2024": from the last quarter of 2023
            if ya is None or yb is None or na * la > 12 or nb * lb > 12:
                continue
            if (ya, na * la) >= (yb, nb * lb):
                continue
            value = {"start": f"{ya}-{(na - 1) * la + 1:02d}", "end": f"{yb}-{nb * lb:02d}"}
            spans = [m.span(x) for x in ("qya", "qyb") if g.get(x)]
            prio = 82
        elif g.get("dd1"):
            d1, d2 = int(g["dd1"]), int(g["dd2"])
            mo = MONTHS[g["ddm"].lower()]
            year = int(g["ddy"]) if g.get("ddy") else published.year if published else None
            if year is None or not d1 < d2:
                continue
            a, b = _iso(year, mo, d1), _iso(year, mo, d2)
            if a is None or b is None:
                continue
            value = {"start": a, "end": b}
            spans = [m.span("dd1"), m.span("dd2")] + ([m.span("ddy")] if g.get("ddy") else [])
        elif g.get("p1"):
            past = cy = None
            ty = None if _YEAR_TOKEN.search(m.group()) or g.get("rr") else _TRAILING_YEAR.match(text, m.end())
            if ty is not None:
                # "Mellem 4. august og 2. november i 2022": the year after the range is its year
                value = _range_value(g, dt.date(int(ty.group("y")), 12, 31))
                if value is None:
                    continue
                extra["end"] = ty.end()
            elif published is not None and not g.get("rr") and not _YEAR_TOKEN.search(m.group()):
                past = _past_month(text, m.start(), m.end())
                # "Fra november til december steg ..." after "i 2023" in its paragraph
                cy = _context_year(text, m.start(), published) if past else None
            # without a year in context, a past range of months is the last one before publication
            if ty is None:
                value = _range_value(g, published, past=bool(past) and cy is None)
            if value is None:
                continue
            if cy is not None and cy != published.year:
                shift = cy - published.year
                value = {k: f"{int(v[:4]) + shift:04d}{v[4:]}" for k, v in value.items()}
                extra["year_implied"] = "context"
            spans = [m.span("p1"), m.span("p2")]
        elif g.get("y1"):
            y1 = int(g["y1"])
            y2 = (y1 // 100) * 100 + int(g["y2"])
            if not 0 < y2 - y1 <= 50:
                continue
            value = {"start": f"{y1}", "end": f"{y2}"}
            spans = [m.span("y1"), m.span("y2")]
        elif g.get("drel"):
            n = _dur_number(g["dn"])
            if n is None:
                continue
            if not g.get("du"):
                g["du"] = "år"  # "de seneste ti høstår", "de første to regnskabsår"
            value = {"duration": _iso_duration(n, g["du"])}
            rel = g["drel"].lower()
            months = _dur_months(n, g["du"])
            year = int(g["ofy"]) if g.get("ofy") else (
                published.year if (g.get("ofaar") or g.get("aarets")) and published else None)
            said = None
            if not g.get("ofy") and (g.get("aarets") or year is None and rel == "første") and \
                    published is not None and DURATION_UNITS[g["du"].lower()] in ("Q", "M") and (
                    said := _YEAR_OF_CLAUSE.search(text, max(0, m.start() - 120), m.start())):
                # "I 2021 landede fiskerne 9 ton i årets første ni måneder", "I 2017 var der
                # 4.100 kørsler de første tre måneder": that year's
                year = min(int(said.group("y")), published.year)
            if year is None and rel == "første" and published is not None and \
                    DURATION_UNITS[g["du"].lower()] in ("Q", "M") and \
                    not (DURATION_UNITS[g["du"].lower()] == "M" and _started_later(text, m.start(), months)):
                year = published.year
                extra["year_assumed"] = True  # (no year in the words: the publication year)
            if not g.get("ofy") and said is None and year is not None and published is not None \
                    and rel == "første" and months and months >= 6 and published.month < months \
                    and published.month <= 2 and year == published.year \
                    and str(published.year) not in _YEARS_OPENED.findall(text, max(0, m.start() - 400), m.start()):
                # (not a year the text names just before, nor a quarter: "I 2024 ... Rabatten
                # gælder i årets første tre måneder" in January is this year's)
                # "årets første 11 måneder" in a release of January: the year just ended (later
                # in the year they may be a plan's: "inden 1. oktober ... årets første ni måneder")
                year -= 1
                extra["year_implied"] = True
            if year is not None and months and rel == "første":
                ey, em = _add_months(year, 1, int(months) - 1)
                value = {"start": f"{year}-01", "end": f"{ey}-{em:02d}", **value}
            elif g.get("ofy") and months and float(months).is_integer() and months < 12 and \
                    rel in ("sidste", "seneste"):
                # "de sidste tre måneder af 2023" (of "året" it is unclear which year is meant)
                value = {"start": f"{year}-{13 - int(months):02d}", "end": f"{year}-12", **value}
            extra["relation"] = rel
            spans.append(m.span("dn")) if g["dn"][0].isdigit() else None
        elif g.get("qn"):
            qn = g["qn"].lower().rstrip(".")
            half = g["qk"].lower() in ("halvår", "halvdel")
            length = 6 if half else 3
            k = (2 if half else 4) if qn == "sidste" else (_QN.get(qn) or int(qn))
            if (length == 3 and k > 4) or (length == 6 and k > 2):
                continue
            year = int(g["qy"]) if g.get("qy") else _rel_year(g.get("rel"), published)
            if year is None and published is not None:
                # "tredje kvartal" in a release: the latest such quarter up to publication
                year = published.year if (k - 1) * length + 1 <= published.month else published.year - 1
                extra["year_implied"] = True
            if year is not None:
                sm = (k - 1) * length + 1
                value = {"start": f"{year}-{sm:02d}", "end": f"{year}-{sm + length - 1:02d}"}
            else:
                value = {"duration": f"P{length}M"}
                extra["part"] = f"{k}. {'halvår' if half else 'kvartal'}"
            prio = 78
        elif g.get("adj"):
            n = parse_number(g["adj"])
            if n is None:
                continue
            value = {"duration": f"P{tidy(n)}Y"}
            if g.get("afy"):
                value = {"start": g["afy"], **value, "end": str(int(g["afy"]) + int(n) - 1)}
            prio = 66
        elif g.get("open"):
            y, mo, d, _ = _point_parts(g["p0"], published)
            if y is None:
                continue
            start = _iso(y, mo, d)
            if start is None:
                continue
            extra["open"] = " ".join(g["open"].lower().split())
            value = {"start": start}
            spans = [m.span("p0")]
            prio = 52
            if extra["open"] == "fra" and _DATED_THING.search(text, max(0, m.start() - 40), m.start()):
                continue  # "boligaftalen fra 2014" dates the agreement; it starts no period
            if extra["open"] in ("siden", "fra og med"):
                prio = 72  # "siden september 2019" is a period, not the date inside it
        elif g.get("dq") or g.get("gen") or g.get("after"):
            n = _dur_number(g["dn"])
            if n is None:
                continue
            if (g.get("after") or "").lower() == "siden" and _FOR_BEFORE.search(
                    text, max(0, m.start() - 6), m.start()):
                # "for fire år siden": the year (or month) that far before publication
                ago = _ago(n, g.get("du") or "", published)
                if ago is not None:
                    value, precision = ago
                    fs = _FOR_BEFORE.search(text, max(0, m.start() - 6), m.start()).start()
                    yield Candidate("date", fs, m.end(), value, 70,
                                    [m.span("dn")] if g["dn"][0].isdigit() else [],
                                    precision=precision, extra={"relative": "siden"})
                continue
            unit = g["du"] if g.get("du") else {"års": "år", "måneders": "måneder", "ugers": "uger",
                                                 "dages": "dage", "døgns": "døgn"}.get(g["gen"].lower())
            if unit is None:
                continue
            if g.get("dq") and g["dq"].lower() in ("over", "under", "mindst") and unit.lower() == "år" and n >= 15:
                continue  # an age bound
            value = {"duration": _iso_duration(n, unit)}
            if g.get("after"):
                # "ti år senere", "to år tidligere": a step from a point in time, not a stretch
                extra["offset"] = g["after"].lower()
            if g.get("dq"):
                q = " ".join(g["dq"].lower().split())
                if q in QUALIFIERS:
                    c_q = QUALIFIERS[q]
                    extra["qualifier"] = c_q
            if g["dn"][0].isdigit():
                spans.append(m.span("dn"))
            prio = 65
        elif g.get("one"):
            if _ONE_NAMES_AFTER.match(text[m.end() : m.end() + 8]):
                continue  # "2019, det sidste år før COVID-19" names a year; it is no duration
            value = {"duration": _iso_duration(1, g["du1"])}
            prio = 65
        elif g.get("cue"):
            n = _dur_number(g["dn"])
            if n is None:
                continue
            cue = " ".join(g["cue"].lower().split())
            unit = g["du"].lower()
            # "over 25 år" of a person is an age, handled by find_age
            if cue == "over" and unit == "år" and not g.get("fy") and n >= 15:
                continue
            value = {"duration": _iso_duration(n, g["du"])}
            if g.get("fy"):
                value = {"start": g["fy"], **value}
                months = _dur_months(n, g["du"])
                if months and months % 12 == 0:
                    value["end"] = str(int(g["fy"]) + int(months // 12) - 1)
                spans.append(m.span("fy"))
            extra["cue"] = cue
            if g["dn"][0].isdigit():
                spans.append(m.span("dn"))
            prio = 66
        if (g.get("cue") or g.get("dq")) and set(value) == {"duration"} and \
                _measured_duration(text, m, g):
            # "ventetiden var på 44 dage": a measured quantity
            n = _dur_number(g["dn"])
            if n is not None:
                qs = m.start("dq") if g.get("dq") else m.start("dn")
                q = extra.get("qualifier")
                yield Candidate("quantity", qs, m.end(), tidy(n), 45,
                                [m.span("dn")] if g["dn"][0].isdigit() else [],
                                _MEASURE_UNIT[DURATION_UNITS[g["du"].lower()]], q)
            continue
        c = Candidate("period", m.start(), extra.pop("end", m.end()), value, prio, spans, extra=extra,
                      qualifier=extra.pop("qualifier", None))
        yield c


_FOR_BEFORE = _compile(r"(?r)(?<![\p{L}])(?i:for)[ \t\u00a0]+\Z")


def _ago(n: float, unit: str, published: dt.date | None) -> tuple[str, str] | None:
    """The date ``n`` units before publication, cut to the unit: ("2011", "year")."""
    if published is None or not float(n).is_integer():
        return None
    u = DURATION_UNITS.get(unit.lower())
    if u == "Y":
        return f"{published.year - int(n):04d}", "year"
    if u == "M":
        y, mo = _add_months(published.year, published.month, -int(n))
        return f"{y:04d}-{mo:02d}", "month"
    return None


def _add_months(year: int, month: int, n: int) -> tuple[int, int]:
    t = year * 12 + (month - 1) + n
    return t // 12, t % 12 + 1


_PERIOD_POINT = _compile(rf"{_B}(?:{_DATE_DMY_WORD}|{_DATE_MONTH_YEAR}|{_DATE_PART_YEAR}|(?P<y>{_YEAR4}))")


# --------------------------------------------------------------------------- age
_PERSON = (
    r"(?i:børn|unge|borgere|elever|personer|mennesker|kvinder|mænd|drenge|piger|ældre|"
    r"pensionister|folkepensionister|seniorer|voksne|patienter|ledige|danskere|beboere|"
    r"deltagere|medarbejdere|ansatte|\p{L}*modtagere|studerende|bilister|kunder|brugere|alle|"
    r"dem|folk|barn|borger|elev|person|kvinde|mand|dreng|pige|patient|ansøgere|lærlinge|"
    r"spillere|skolebørn|småbørn|teenagere|unge\s+mennesker|\p{L}*borgere|\p{L}*elever)"
)
_AGE_NUM = rf"(?:\d{{1,3}}|(?i:{WORDS}))"
_AGE = _compile(
    rf"{_B}(?:"
    rf"(?P<q>(?i:over|under|mindst|fyldt|ældre\s+end|yngre\s+end|op\s+til|fra))\s+(?P<n>\d{{1,3}})"
    rf"(?:\s*[-–]\s*(?P<n>\d{{1,3}}))?\s+(?i:år)"
    rf"(?!\s+(?i:fra|siden|i\s+træk|frem|tilbage|efter|senere|før|inden))"
    rf"|(?<=(?:^|\s){_PERSON}\s+)(?:(?P<q>(?i:over|under|mellem|på|fra|i\s+alderen))\s+)"
    rf"(?P<n>{_AGE_NUM})(?:\s*(?:[-–]|og|til)\s*(?P<n>{_AGE_NUM}))?\s+(?i:år)"
    rf"(?:\s+(?i:og|eller)\s+(?i:derover|ældre|opefter|yngre|derunder))?"
    rf"|(?:(?i:i\s+)?(?i:alderen|aldersgruppen)(?:\s+(?i:fra))?|(?i:mellem))\s+(?P<n>\d{{1,3}})\s*(?:[-–]|og|til)\s*"
    rf"(?P<n>\d{{1,3}})\s+(?i:år)"
    # "i aldersgruppen 65+", "de 80+": an age group
    rf"|(?<=(?i:aldersgruppe\p{{L}}*|de)\s+)(?P<n>\d{{2,3}})(?P<plus>\+)(?![\d\p{{L}}+])(?!\s*[-–]?\s*(?i:år))"
    # "ved 4 års-alderen", "i 3-årsalderen"
    rf"|(?P<n>\d{{1,3}})(?:[-\s]?(?i:års)[-\s]?(?i:alderen))"
    rf"|(?:(?i:de|den|en|et|unge|alle)\s+)?(?P<n>\d{{1,3}})(?P<plus>\+)?-?(?:\s*(?:[-–]|til)\s*(?P<n>\d{{1,3}}))?"
    rf"(?:-|\s)?(?i:årige|årig)"
    rf"|(?:(?i:de|den|en|et|alle)\s+)?(?P<w>(?i:{WORDS}))(?i:årige|årig)"
    rf"|(?P<n>\d{{1,3}})\s+(?i:år)\s+(?:(?i:og|eller)\s+(?i:derover|ældre|opefter|yngre|derunder)|(?i:gamle?))"
    # "28 procent flere på 80 år eller mere": an age group after "på"
    rf"|(?<=(?i:\bpå)\s)(?P<n>\d{{1,3}})\s+(?i:år)\s+(?i:og|eller)\s+(?i:mere|over)"
    # "borgere på 65 og derover": an age bound without "år"
    rf"|(?<=(?i:\b(?:på|fra|over))\s)(?P<n>\d{{1,3}})\s+(?i:og|eller)\s+(?i:derover|ældre|opefter)"
    rf"|(?i:fylder|fyldte|fyldt)\s+(?P<n>\d{{1,3}})\s+(?i:år)"
    # "når de er omkring 30 år", "da hun var 45 år": a person's age after a copula
    rf"|(?<=(?i:\b(?:jeg|du|han|hun|vi|de|man|som|når|da)\s+(?:er|var|bliver|blev)\s+))"
    rf"(?:(?P<q>(?i:omkring|cirka|ca\.|knap|godt|næsten|lige|kun|blot))\s+)?(?P<cop>\d{{1,3}})\s+(?i:år)"
    rf"(?!\s*,?\s*(?i:siden|i\s+træk|frem|tilbage|efter|senere|før|inden|om|fra|til|med|i\s+\p{{L}}))"
    rf")(?![\p{{L}}\d])"
)


#: A person noun right before an age ("børn under 3 år"); only ever asked whether it is there.
_PERSON_BEFORE = _compile(rf"(?r){_PERSON}{_WS_IN_PARAGRAPH}\Z")
_AGE_TO = _compile(r"\s+(?i:til)\s+(?P<n>\d{1,3})\s+(?i:år)(?![\p{L}\d])")


_AGE_BOUND_END = _compile(r"(?i)\s(?:og|eller)\s+(?:derover|ældre|opefter|yngre|derunder|mere|over)\Z")
_SPAN_BEFORE_AGE = _compile(r"(?r)(?i)(?<![\p{L}])(?:i|for|gennem|de\s+seneste|de\s+sidste)\s+\Z")
_CHANGE_BEFORE_AGE = _compile(
    r"(?i)\b(?:fremgang|tilbagegang|stigning|fald|vækst|steg|faldt|flere|færre|mere|mindre)\b")


def find_age(text: str) -> Iterator[Candidate]:
    for m in scan(_AGE, text, "age"):
        raw = m.captures("n") + ([m.group("w")] if m.group("w") else []) + (
            [m.group("cop")] if m.group("cop") else [])
        vals = [parse_number(n) for n in raw]
        if not vals or any(v is None or v > 120 for v in vals):
            continue
        if _AGE_NOT_AFTER.match(text[m.end() : m.end() + 30]):
            continue  # "en treårig periode" is a duration
        q = m.group("q")
        ql = " ".join(q.lower().split()) if q else None
        person = m.start() > 0 and _PERSON_BEFORE.search(text[max(0, m.start() - 40):m.start()])
        if ql in ("op til", "fra", "over", "under", "mindst") and vals[0] < 15 and not person:
            continue  # "over tre år" is a duration
        if ql in ("over", "under", "mindst", "op til") and _SPAN_BEFORE_AGE.search(
                text, max(0, m.start() - 12), m.start()):
            continue  # "den laveste ledighed i over 20 år": a span of time, not an age
        if ql == "på" and _CHANGE_BEFORE_AGE.search(text, max(0, m.start() - 50), m.start()) \
                and not _AGE_BOUND_END.search(m.group()):
            continue  # "en fremgang på 2.100 elever på fire år": the time the change took (not
            # "25 procent flere borgere på 70 år og derover": an age group)
        if m.group("cop") and vals[0] < 15:
            continue  # "projektet er 10 år" is a duration; a person's age after a copula is adult
        value = tidy(vals[0]) if len(vals) == 1 else [tidy(v) for v in vals]
        qual = QUALIFIERS.get(ql, None) if ql and ql not in ("på", "fra", "mellem", "i alderen") else None
        if m.group("plus"):
            qual = "mindst"  # "de 67+-årige": 67 and over
        spans = [s for s, n in zip(_spans(m, "n", "cop"), m.captures("n") + m.captures("cop"))
                 if n[:1].isdigit()]
        yield Candidate("age", m.start(), m.end(), value, 67, spans, "år", qual)
        if ql == "fra" and len(vals) == 1:
            # "fra 80 år til 82 år": the other end of an age bound is an age too
            tm = _AGE_TO.match(text, m.end())
            if tm and _BLANK_LINE.search(text, m.end(), tm.start("n")):
                tm = None  # the other end is in the next paragraph
            if tm and 15 <= int(tm.group("n")) <= 120:
                yield Candidate("age", tm.start("n"), tm.end(), int(tm.group("n")), 67,
                                [tm.span("n")], "år")


# --------------------------------------------------------------------------- quantity
_QUANTITY = _compile(
    rf"{_B}{QUAL_OPT}(?P<n>{NUMBER}|(?i:\b(?:halvanden|halvandet|en\s+halv|et\s+halvt|én|ét|en|et)\b))"
    rf"(?:{_RANGE_SEP}(?P<n>{NUMBER}))?\s*"
    rf"(?:(?P<scale>(?i:mio\.|mia\.|millioner|milliarder|million|milliard|tusinde?))\s*)?"
    rf"(?P<u>(?i:{_alt(QUANTITY_UNITS)}))(?![\p{{L}}\d])"
)


def find_quantity(text: str) -> Iterator[Candidate]:
    for m in scan(_QUANTITY, text, "quantity"):
        vals = [parse_number(n) for n in m.captures("n")]
        if None in vals:
            continue
        u = m.group("u")
        n0 = " ".join(m.captures("n")[0].lower().split())
        if n0 in ("en", "et", "en halv", "et halvt") and not m.group("q"):
            continue  # "en time" is an article; "lidt over en time" is a figure
        if u == "m" and not _DIGIT_FIRST.match(m.captures("n")[0][:1]):
            continue
        if m.group("scale"):
            vals = [v * SCALES[m.group("scale").lower()] for v in vals]
        value = tidy(vals[0]) if len(vals) == 1 else [tidy(v) for v in vals]
        pair = _from_to(text, m, value)
        for a, b, v, sp in pair or [(m.start(), m.end(), value, _spans(m, "n"))]:
            yield Candidate("quantity", a, b, v, 40, sp, QUANTITY_UNITS[u.lower()],
                            _qual(m) if a == m.start() else None)


# --------------------------------------------------------------------------- targets
#: Goal verbs. Infinitives and the noun "nedbringelse" state a goal on their own ("målet er at
#: reducere ...", "Planen skal nedbringe ..."); passive present forms ("hæves", "reduceres") report a
#: decided change and state a goal only after a modal ("skal reduceres"). "skal op på", "nå op på"
#: set a level to reach.
_TARGET_VERB = _compile(
    r"(?i)\b(?P<verb>reducere|nedbringe|sænke|øge|hæve|halvere|fordoble|tredoble|nedbringelse|"
    # (within a paragraph: a goal never runs across a blank line)
    rf"mindske|(?:få|komme|bringe|nå){_WS_IN_PARAGRAPH}(?:ned|op)|"
    r"(?P<passive>reduceres|nedbringes|sænkes|øges|hæves|halveres|fordobles|tredobles|mindskes)|"
    rf"(?P<modal_level>skal|skulle){_WS_IN_PARAGRAPH}(?:\p{{L}}+{_WS_IN_PARAGRAPH}){{0,2}}?(?:op|ned)"
    r"(?=\s+(?:på|til|under)\s))\b"
)
_MODAL_BEFORE = _compile(
    rf"(?r)(?i)\b(?:skal|skulle|vil|ville|må){_WS_IN_PARAGRAPH}(?:\p{{L}}+{_WS_IN_PARAGRAPH}){{0,2}}\Z"
)
_GOAL_BEFORE = _compile(r"(?r)(?i)\b(?:skal|skulle|mål\p{L}*)\b[^.!?\n]{0,60}$")
_GOAL_CUE = _compile(
    r"(?i)\bmål(?:et|ene|sætningen|sætning)?(?:\s*:|\s+er(?:,)?\s+at\b|\s+om(?:,)?\s+at\b)"
)
_CLAUSE_END = _compile(
    r"[.!?](?=\s+[\"“«(\-–]?\p{Lu})|[.!?](?=\s*(?:\n|$))|;|\n|,\s+(?:mens|men|og\s+det|hvilket)\b"
)
_T_VAL = (
    rf"{QUAL_OPT}(?!(?:19|20)\d\d(?![\d.,]))(?P<n>{DIGITS}|{WORDS})(?![\d])"
    rf"(?:\s*(?P<scale>{_SCALE}))?(?:\s*(?P<cur>{_CUR}))?(?:\s*(?P<pct>procent|pct\.?|%))?"
)
_T_FROM = _compile(
    rf"(?i)\bfra\s+{_T_VAL}(?:\s+(?P<fd>(?:primo|medio|ultimo)\s+{_YEAR4}|i\s+{_YEAR4}|{_YEAR4}))?"
)
_T_TO = _compile(rf"(?i)\btil\s+{_T_VAL}")
_T_LEVEL = _compile(rf"(?i)\b(?:op|ned)\s+(?:på|til|under)\s+(?:de\s+)?{_T_VAL}")
_T_LEVEL_AT = _compile(rf"(?i)\s+(?:på|til|under)\s+(?:de\s+)?{_T_VAL}")
_T_BY = _compile(
    rf"(?i)\bmed\s+{QUAL_OPT}(?P<n>{NUMBER})\s*(?:procent(?!point)|pct\.?(?![-\s]?point)|%(?!-point))"
)
_T_DEADLINE = _compile(
    rf"(?i)(?<!forhold\s)\b(?P<prep>inden|senest(?:\s+i)?|frem\s+mod|før|i\s+løbet\s+af|ved|til|i)\s+"
    rf"(?P<dl>(?:(?:udgangen\s+af|slutningen\s+af)\s+)?(?:[0-3]?\d\.\s*(?:{MONTH_RE})\s+{_YEAR4}|"
    rf"(?:{MONTH_RE})\s+{_YEAR4}|(?:primo|medio|ultimo)\s+{_YEAR4}|{_YEAR4}))(?![\d])"
)
_METRIC = _compile(
    r"(?i)\s+(?P<m>(?:(?:antallet|andelen|mængden|niveauet|udledningen|forbruget)(?:\s+af)?\s+)?"
    r"(?:(?!(?:fra|til|med|inden|senest|frem|før|i|på|over|under)\b)[\p{L}-]+\s*){1,3})"
)


def _t_value(m) -> float | None:
    v = parse_number(m.group("n"))
    if v is None:
        return None
    if m.group("scale"):
        v *= SCALES[m.group("scale").lower()]
    return tidy(v)


def _target(text: str, start: int, vend: int, verb: str, published, cue: bool) -> Candidate | None:
    end_m = _CLAUSE_END.search(text, vend)
    clause_end = min(end_m.start() if end_m else len(text), vend + 250)
    clause = text[vend:clause_end]
    base = vend
    value: dict[str, Any] = {}
    absorbs: list[tuple[int, int]] = []
    last = vend
    fm = _T_FROM.search(clause)
    tm = _T_TO.search(clause, fm.end() if fm else 0)
    lm = None
    if not tm:
        lm = _T_LEVEL_AT.match(clause) if verb.endswith(("op", "ned")) else _T_LEVEL.search(clause)
    bm = _T_BY.search(clause)
    if verb.startswith("halver"):
        value["change"] = -0.5
    elif verb.startswith("fordobl"):
        value["change"] = 1.0
    elif verb.startswith("tredobl"):
        value["change"] = 2.0
    used: list[tuple[int, int]] = []
    if fm:
        v = _t_value(fm)
        if v is not None:
            value["from"] = v
            if fm.group("q"):
                value["from_qualifier"] = _qual(fm)
            if fm.group("fd"):
                fdm = _PERIOD_POINT.search(fm.group("fd"))
                if fdm:
                    value["from_date"] = date_from_match(fdm, published)[0]
            absorbs.append((base + fm.start(), base + fm.end()))
            used.append(fm.span())
            last = max(last, base + fm.end())
    to = tm if tm and (fm or not bm) else lm
    if to:
        v = _t_value(to)
        if v is not None:
            value["to"] = v
            if to.group("q"):
                value["to_qualifier"] = _qual(to)
            absorbs.append((base + to.start("n") - (len(to.group("q")) + 1 if to.group("q") else 0),
                            base + to.end()))
            used.append(to.span())
            last = max(last, base + to.end())
    if bm:
        v = parse_number(bm.group("n"))
        if v is not None:
            down = verb.startswith(("reduc", "nedbr", "sænk", "minds")) or "ned" in verb
            value["change"] = tidy((-v if down else v) / 100)
            absorbs.append((base + bm.start("n") - (len(bm.group("q")) + 1 if bm.group("q") else 0),
                            base + bm.end()))
            used.append(bm.span())
            last = max(last, base + bm.end())
    after = max([e for _, e in used], default=0)
    dm = None
    for d in _T_DEADLINE.finditer(clause):
        if any(s <= d.start("dl") < e for s, e in used):
            continue
        if d.start() < after and not cue:
            continue
        if cue and not value and d.group("prep").lower().split()[0] not in ("inden", "senest",
                                                                         "frem", "ved"):
            continue
        dm = d
        break
    if dm:
        dmm = _PERIOD_POINT.search(dm.group("dl"))
        if dmm:
            value["deadline"] = date_from_match(dmm, published)[0]
            absorbs.append((base + dm.start("dl"), base + dm.end("dl")))
            last = max(last, base + dm.end())
    if cue:
        if not (("from" in value and "to" in value) or "deadline" in value):
            return None
    else:
        if not any(k in value for k in ("from", "to", "change")):
            return None
        if "from" not in value and "to" not in value and "change" in value and not bm and \
                not verb.startswith(("halver", "fordobl", "tredobl")):
            return None
    extra: dict[str, Any] = {"verb": verb}
    mm = _METRIC.match(text, vend) if not cue else None
    if mm:
        extra["metric"] = mm.group(0).strip()
    if cue:
        start = base + min(s for s, _ in used) if used else start
    c = Candidate("target", start, last, value, 90, [], extra=extra)
    c.absorbs = absorbs
    return c


def find_targets(text: str, published: dt.date | None) -> Iterator[Candidate]:
    for vm in scan(_TARGET_VERB, text, "verb"):
        verb = " ".join(vm.group("verb").lower().split())
        if vm.group("passive") and not _MODAL_BEFORE.search(text, max(0, vm.start() - 40), vm.start()):
            continue  # "hæves grænsen fra 80 til 82 år" reports a decision, not a goal
        if _REACH_VERB.match(verb) and not _GOAL_BEFORE.search(
                text, max(0, vm.start() - 80), vm.start()):
            continue  # "vil komme op på 143,8 mio. kr." is a forecast, not a goal
        c = _target(text, vm.start(), vm.end(), verb, published, cue=False)
        if c is not None:
            yield c
    for gm in _GOAL_CUE.finditer(text):
        end_m = _CLAUSE_END.search(text, gm.end())
        clause_end = min(end_m.start() if end_m else len(text), gm.end() + 250)
        if _TARGET_VERB.search(text, gm.end(), clause_end):
            continue  # the goal verb inside states the target
        c = _target(text, gm.start(), gm.end(), "mål", published, cue=True)
        if c is not None:
            yield c


# --------------------------------------------------------------------------- years and counts
_YEAR = _compile(rf"(?<![\d.,/-]){_YEAR4}(?![\d]|[.,]\d)")
_YEAR_AFTER_YEAR = _compile(rf"(?<=(?<![\d.,/-])(?:19|20)\d\d[/–-]){_YEAR4}(?![\d]|[.,]\d)")
_TRAILING_YEAR = _compile(r"[ \t]+(?:i[ \t]+)?(?P<y>(?:19|20)\d\d)(?![\d.,]\d|[\d/-])")
_SCHOOL_YEAR_AFTER = _compile(r"/(?P<y2>(?:19|20)\d\d|\d\d)(?![\d/])")
_DECADE_AFTER = _compile(r"['’]?erne(?![\p{L}])")
_COUNT = _compile(
    rf"{_B}{QUAL_OPT}(?:(?i:mellem)\s+{QUAL_OPT})?(?P<n>{DIGITS}|(?i:{WORDS})|(?i:én|ét|nul)"
    rf"|(?<!(?i:flere|mange|nogle|adskillige|par|få)\s+)(?i:hundrede|tusinde?)|{_NUM_SCALED})"
    rf"(?:(?:{_DASH}|\s+(?:til|eller)\s+|(?<=(?i:mellem)\s+(?:\S+\s+)?\S+)\s+og\s+)(?P<n>{DIGITS}|(?i:{WORDS})))?"
    rf"(?:\s*(?P<scale>(?i:mio\.|mio|millioner|million|mia\.|mia|milliarder|milliard|tusinde?)))?"
    rf"(?![\p{{L}}\d]|[.,]\d)"
)
_ARTICLE_WORDS = {"en", "et"}


_NAME_WORD = _compile(r"(\p{Lu}[\p{L}\-]*)[ \t]+$")


_PREPOSITIONS = {
    "i", "fra", "til", "siden", "inden", "efter", "før", "mod", "om", "over", "under", "med", "af",
    "på", "ved", "mellem", "gennem", "frem", "primo", "medio", "ultimo", "og", "eller", "året",
    "år", "kvt", "kvartal", "halvår", "uge", "den", "det",
}
#: Searched right to left: the same match as a forward search, found without retrying the
#: word from every one of its letters (quadratic on a long line of letters).
_HEAD_WORD = _compile(r"(?r)(\p{L}+)(?:[ \t]+(?i:for))?[ \t]+$")


def _heading_label_year(text: str, m) -> bool:
    """A year right after a noun in a heading line (its own block, no sentence punctuation, not a
    table row) is part of the heading's name; after a preposition it stays a date."""
    w0 = max(0, m.start() - 200)
    ls = text.rfind("\n", w0, m.start()) + 1
    if ls == 0 and w0 > 0:
        return False  # a long line: running text
    if ls > 0 and not (ls == 1 or text[ls - 2] == "\n"):
        return False
    le = text.find("\n", m.end(), m.end() + 200)
    if le < 0 and m.end() + 200 < len(text):
        return False
    line = text[ls : le if le >= 0 else len(text)]
    if _LINE_END_SENT.search(line) or len(line.split()) > 12 or _ROW_GAP.search(line):
        return False
    hm = _HEAD_WORD.search(text, ls, m.start())
    if not hm:
        return False
    w = hm.group(1).lower()
    return w not in _PREPOSITIONS and w not in MONTHS and w + "." not in MONTHS


#: A year before 1900 is only read as one after a word of time and before the clause ends:
#: "rekorden fra 1889.", "grundlagt i 1857," ("i 1850 boliger" counts homes).
_OLD_YEAR = _compile(
    r"(?<=(?<![\p{L}])(?i:i|fra|siden|anno|året|tilbage\s+til|grundlagt\s+i)[ \t]+)1[5-8]\d\d"
    r"(?=[ \t]*(?:[.,;:!?)]|$)|[ \t]+(?:og|til|hvor|da)(?![\p{L}]))")


def _year_period(text: str, m) -> Candidate | None:
    """The school year, season or decade a year starts ("2017/2018", "2023/24", "1960'erne")."""
    sy = _SCHOOL_YEAR_AFTER.match(text, m.end())
    if sy is not None:
        y = int(m.group())
        y2 = int(sy.group("y2")) if len(sy.group("y2")) == 4 else y // 100 * 100 + int(sy.group("y2"))
        if y2 == y + 1:
            # "skoleåret 2017/2018", "sæsonen 2023/24": one school year or season
            return Candidate("period", m.start(), sy.end(), {"start": f"{y}", "end": f"{y2}"}, 60,
                             [m.span(), sy.span("y2")])
    dec = _DECADE_AFTER.match(text, m.end())
    if dec is not None and m.group().endswith("0"):
        # "i 1960'erne": the decade, a period of ten years
        y = int(m.group())
        return Candidate("period", m.start(), dec.end(), {"start": f"{y}", "end": f"{y + 9}"}, 60,
                         [m.span()])
    return None


#: The highest priority of a candidate ``find_years`` yields.
YEARS_PRIORITY = 55


def find_year_periods(text: str) -> Iterator[Candidate]:
    """School years, seasons and decades written from a year (``_year_period``)."""
    # a year starts with a digit: the regex module's own scan for digits beats any anchoring
    for m in _YEAR.finditer(text):
        c = _year_period(text, m)
        if c is not None:
            yield c


def find_years(text: str, skip: Callable[[tuple[int, int]], bool] | None = None
               ) -> Iterator[Candidate]:
    """Bare years: a date of year precision, or a `year` when part of a name ("Budget 2024");
    never the start of a school year or decade (``find_year_periods``), and never one whose
    span ``skip`` rejects (priority at most ``YEARS_PRIORITY``)."""
    for m in _OLD_YEAR.finditer(text):
        if skip is None or not skip(m.span()):
            yield Candidate("date", m.start(), m.end(), m.group(), 20, [m.span()], precision="year")
    for m in _YEAR_AFTER_YEAR.finditer(text):
        # "i skoleåret 2033/2024", "perioden 2025-2023": a range written backwards ends in a
        # year, not a count (no period is made of it)
        if skip is None or not skip(m.span()):
            yield Candidate("year", m.start(), m.end(), int(m.group()), 20, [m.span()], precision="year")
    for m in _YEAR.finditer(text):
        if _year_period(text, m) is not None or skip is not None and skip(m.span()):
            continue
        before = text[max(0, m.start() - 40) : m.start()]
        nm = _NAME_WORD.search(before)
        is_name = False
        if nm:
            prefix = before[: nm.start()].rstrip(" \t")
            sentence_start = not prefix or prefix.endswith((".", "!", "?", ":", "\n")) or \
                before[: nm.start()].endswith("\n")
            is_name = not sentence_start
        stripped = before.rstrip(" \t")
        if _heading_label_year(text, m):
            # "Børnepasning før skolestart 2021", "Økonomiaftale for 2019: ...": a year in the
            # name a heading gives its subject
            yield Candidate("year", m.start(), m.end(), int(m.group()), 55, [m.span()],
                            precision="year", extra={"heading": True})
            continue
        if (not stripped or stripped.endswith((".", "!", "?", "\n"))) and _LOWER_AFTER.match(
            text[m.end() : m.end() + 3]
        ):
            is_name = True  # "2016 blev et rekordår": the year is the subject
        if text[m.end() : m.end() + 1] == "-" and text[m.end() + 1 : m.end() + 2].isalpha():
            is_name = True  # "2015-niveau"
        if is_name or _PLAN_BEFORE.search(before):
            yield Candidate("year", m.start(), m.end(), int(m.group()), 20, [m.span()],
                            precision="year")
        else:
            yield Candidate("date", m.start(), m.end(), m.group(), 20, [m.span()],
                            precision="year")


#: "Ti af de 30", "to af byrådets partier", "tre af skolerne": a count out of a group.
_PARTITIVE = _compile(
    rf"{_B}{QUAL_OPT}(?P<n>{DIGITS}|(?i:{WORDS}))[ \t]+(?i:af)[ \t]+"
    rf"(?:(?:(?i:de|disse|alle|de\s+i\s+alt))[ \t]+(?P<b>{DIGITS}|(?i:{WORDS}))(?![\d\p{{L}}]|[.,]\d)"
    rf"|(?i:dem|disse|disse\s+\p{{L}}+)(?![\p{{L}}])"
    rf"|(?i:de)[ \t]+(?P<noun>\p{{Ll}}[\p{{L}}-]*)(?<!\bde[ \t]+(?:største|mindste|bedste|første|sidste|fleste|eneste|mest|mere))"
    rf"|\p{{L}}+s[ \t]+(?P<noun>\p{{Ll}}[\p{{L}}-]*)"
    rf"|(?P<noun>\p{{Ll}}[\p{{L}}-]*(?:erne|ene|rne|ne)))(?![\p{{L}}])"
)


def find_partitive_counts(text: str) -> Iterator[Candidate]:
    for m in scan(_PARTITIVE, text, "partitive"):
        n = m.group("n")
        v = parse_number(n)
        if v is None or n.lower() in ("en", "et", "én", "ét") or not float(v).is_integer():
            continue
        c = Candidate("count", m.start(), m.end(), tidy(v), 12, [m.span("n")], qualifier=_qual(m),
                      extra={"partitive": True})
        if m.group("b"):
            b = parse_number(m.group("b"))
            if b is None or b < v or _YEARLIKE.match(m.group("b")):
                continue
            c.base = tidy(b)
            c.extra["base_span"] = list(m.span("b"))
            c.absorbs.append(m.span("b"))
        if m.group("noun"):
            c.extra["noun"] = m.group("noun")
        yield c


def find_counts(text: str, skip: Callable[[tuple[int, int]], bool] | None = None,
                omit: Sequence[tuple[int, int]] = ()) -> Iterator[Candidate]:
    """Counts: bare figures and number words (the lowest priority of all candidates). No match
    starts inside one of the sorted, disjoint spans ``omit``, and one whose span
    ``skip((start, end))`` rejects is left out, unless it is two figures ("fra 3.207 til 3.149")
    whose parts are yielded as counts of their own (the caller tests those again)."""
    for m in scan(_COUNT, text, "number", omit):
        caps = m.captures("n")
        if skip is not None and len(caps) == 1 and skip(m.span()):
            continue
        ns = [" ".join(n.split()) for n in caps]
        if len(ns) == 2 and (
            _bad_range(ns)
            or _FRA_BEFORE.search(text[max(0, m.start() - 6) : m.start()])
            or _CHANGE_MED_BEFORE.search(text, max(0, m.start() - 60), m.start())
            or (parse_number(ns[1]) or 0) <= (parse_number(ns[0]) or 0)
        ):
            # "fra 3.207 til 3.149" is two figures, not a range
            for (s0, e0), n in zip(m.spans("n"), m.captures("n")):
                v = parse_number(n)
                if v is not None and n.lower() not in _ARTICLE_WORDS:
                    yield Candidate("count", s0, e0, tidy(v), 10, [(s0, e0)],
                                    extra={"words": True} if n[0].isalpha() else {})
            continue
        vals = [parse_number(n) for n in ns]
        if None in vals:
            continue
        if ns[0].lower() in ("en", "et", "en halv", "et halvt") and not m.group("scale"):
            continue
        if m.group("scale"):
            vals = [v * SCALES[m.group("scale").lower()] for v in vals]
        if len(vals) == 2 and vals[1] <= vals[0]:
            # "to eller tre" fine; "5-3" (a score) is not a range
            if not ns[1].isalpha():
                continue
        value = tidy(vals[0]) if len(vals) == 1 else [tidy(v) for v in vals]
        is_word = ns[0][0].isalpha()
        yield Candidate("count", m.start(), m.end(), value, 10 if not is_word else 9,
                        _spans(m, "n"), qualifier=_qual(m), extra={"words": True} if is_word else {})


# --------------------------------------------------------------------------- tables written as text
_TABLE_MONEY_UNIT = _compile(
    r"(?i)(?:(?<![\p{L}\d])(?P<scale>mio\.?|mia\.?|millioner|milliarder|1\.000|tusinde?|t\.)\s*)?"
    r"(?<![\p{L}])(?:kr\.?|kroner|dkk)(?![\p{L}])|(?<![\p{L}])(?P<tkr>tkr\.?)(?![\p{L}])"
)
_TABLE_PCT_UNIT = _compile(
    r"(?i)(?<![\p{L}])(?:(?P<pp>procentpoint|pct\.?[-\s]?point|%-point)|procent|pct\.?|%)"
)
#: A measure in brackets at the end of a caption or header: "Ventetid (minutter)", "Affald (tons)".
_TABLE_QUANTITY_UNIT = _compile(rf"\((?P<u>(?i:{_alt(QUANTITY_UNITS)}))\)\s*$")
_TABLE_CELL = _compile(rf"(?P<sign>[+\-−–])?(?P<n>{DIGITS})\*{{0,3}}")  # "28*": a footnote mark
_TABLE_SCALES = {"mio": 1_000_000, "mio.": 1_000_000, "millioner": 1_000_000, "mia": 1_000_000_000,
                 "mia.": 1_000_000_000, "milliarder": 1_000_000_000, "1.000": 1000, "tusind": 1000,
                 "tusinde": 1000, "t.": 1000}


def _table_unit(cell: str) -> tuple[str, float, str | None] | None:
    """The unit a header cell or caption gives its column: ("money", scale, None) or
    ("percent", 1, "%" | "pp")."""
    m = _TABLE_MONEY_UNIT.search(cell)
    if m:
        if m.group("tkr"):
            return "money", 1000, "DKK"
        return "money", _TABLE_SCALES.get((m.group("scale") or "").lower(), 1), "DKK"
    m = _TABLE_PCT_UNIT.search(cell)
    if m:
        return "percent", 1, "pp" if m.group("pp") else "%"
    m = _TABLE_QUANTITY_UNIT.search(cell)
    if m:
        return "quantity", 1, QUANTITY_UNITS[m.group("u").lower()]
    return None


def find_table_cells(text: str) -> Iterator[Candidate]:
    """Bare figures in a table whose caption or column header gives the unit.

    "Hovedtal (mio. kr.)" over a column of "274", "-83", "+26" makes each cell an amount in mio. kr.
    with its sign; a header "Ændring, procent" makes its column percentages. The first column is
    the row label and is never given the unit. A year in a header row is the date of its column
    ("Elever 2023", "2024"), not a name.
    """
    from .layout import find_tables

    for table in find_tables(text):
        rows = table["rows"]
        header = rows[0]
        everywhere = None
        if table["caption"]:
            everywhere = _table_unit(text[slice(*table["caption"])])
        first = _table_unit(text[slice(*header[0])])
        everywhere = everywhere or first
        col_units = [None] + [_table_unit(text[s:e]) for s, e in header[1:]]
        for s, e in header:
            for ym in _YEAR.finditer(text, s, e):
                if text[s:e].strip().endswith(ym.group()):
                    yield Candidate("date", ym.start(), ym.end(), ym.group(), 25, [ym.span()],
                                    precision="year", extra={"table_header": True})
        for row in rows[1:]:
            for i, (s, e) in enumerate(row[1:], 1):
                unit = (col_units[i] if i < len(col_units) else None) or everywhere
                if unit is None:
                    continue
                m = _TABLE_CELL.fullmatch(text, s, e)
                if not m:
                    continue
                v = parse_number(m.group("n"))
                if v is None:
                    continue
                if m.group("sign") and m.group("sign") != "+":
                    v = -v
                kind, scale, u = unit
                c = Candidate(kind, s, e, tidy(v * scale), 58, [m.span("n")], u,
                              extra={"table": True})
                if kind == "percent":
                    c.role = "level"
                yield c


# --------------------------------------------------------------------------- index levels
_INDEX_CUE = _compile(r"(?i)\p{L}*indeks\p{L}*")
_INDEX_LEVEL = _compile(
    rf"(?<![\d.,\p{{L}}])(?P<n>{DIGITS})(?![\d]|[.,]\d|\s*(?i:%|procent|pct|procentpoint|kr|mio|mia|"
    rf"mia|millioner|milliarder|{_alt(QUANTITY_UNITS)})(?![\p{{L}}]))"
)
_SENT_STOP = _compile(r"[.!?](?=\s+[\p{Lu}\d\"“])|\n")


def find_index_levels(text: str) -> Iterator[Candidate]:
    """Bare figures in a sentence about an index ("Prisindekset ... gik fra 142,8 til 145,1") are
    index levels: a `quantity` with unit "indeks", never counts. Each sentence is scanned once."""
    done = 0
    for cm in _INDEX_CUE.finditer(text):
        if cm.end() < done:
            continue
        stop = _SENT_STOP.search(text, cm.end())
        end = stop.start() if stop else len(text)
        end = min(end, cm.end() + 300)
        for m in _INDEX_LEVEL.finditer(text, cm.end(), end):
            if _YEARLIKE.match(m.group("n")):
                continue
            v = parse_number(m.group("n"))
            if v is None:
                continue
            yield Candidate("quantity", m.start(), m.end(), tidy(v), 15, [m.span()], "indeks")
        done = end
