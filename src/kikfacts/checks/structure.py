"""Relations the text itself asserts, found from its structure and cue words.

Several checks share these: a stock-and-flow series ("Da projektet startede ... 1.008 ...
151 nye ... var der 705 ... i alt 454"), level pairs ("steg fra 2.400 til 2.700"), and totals with
their parts ("samlet 60,5 mio. kr. ... heraf ..., mens ..."). Nothing here tries every
combination of figures: each relation needs the cue words that make the text assert it.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from functools import cached_property

from kikfacts.patterns import cached as _re
from kikfacts.patterns import compile as _rc

from ..model import Document, Fact
from .base import (
    CHANGE_NOUNS,
    DEVIATION_FROM_PLAN,
    MENS_CLAUSE,
    Interval,
    in_table_row,
    interval,
    numeric,
    same_unit,
    text_after,
    text_before,
)

TOTAL_BEFORE = _rc(
    r"(?i)(?:\bsamlet|\bi\s*alt|\btotalt|\btotal\w*|\bsammenlagt|\btilsammen|\balt\s+i\s*alt|"
    # (not over a closing bracket: "(946.502 i alt) Stormflod: 473.101" is another item)
    r"\bi\s+samlet|\bbruttobudget\w*|\bsamlede)[^\w)]+(?:[\p{L}-]+[^\w)]+){0,4}$"
)
TOTAL_AFTER = _rc(r"(?i)^\s*(?:i\s*alt|samlet|tilsammen|totalt)\b")
PART_CUE = _rc(
    r"(?i)\b(?:heraf|hvoraf|fordelt\s+på|fordeler\s+sig|fordelt\s+med|bestående\s+af|går\s+til|"
    r"mens|og\s+resten|resten|øvrige|deraf|fordeles|stod\s+for|tegnede\s+sig\s+for)\b|(?<!\d):(?!\d)"  # (not "2021:278", "kl. 10:30")
)
#: Cues that make the figure before them a total even without "samlet" or "i alt".
STRONG_PART_CUE = _rc(
    r"(?i)\b(?:heraf|hvoraf|fordelt\s+på|fordel\w*\s+sig\s+(?:på|med|således)|sig\s+på|"
    r"fordelt\s+med|deraf|bestående\s+af|finansieres\s+(?:med|af|via)|dækkes\s+af|består\s+af)\b"
)
#: A sentence that opens by pointing back at a total: "Heraf ...", "Af dem ...", "Af de mange penge".
OPENING_PART_CUE = _rc(
    r"(?i)^\W*(?:heraf|deraf|af\s+(?:dem|disse|beløbet|pengene|de\s+[\p{L}-]+(?:\s+[\p{L}-]+)?)\b(?!\s+\d))"
)
#: A cell with no figure after the first one of a row: "I/T", "n/a", "..", "-" (not available).
_NULL_CELL = r"(?:I/T|i/t|n/a|N/A|\.{2,3}|[-–—])"
_TABLE_ROW = _rc(
    r"(?m)^[ \t]*(?P<label>\S.*?)(?:[ \t]{2,}|\t)(?P<nums>[-+−]?\d[\d.,]*(?:(?:[ \t]{2,}|\t)(?:[-+−]?\d[\d.,]*|"
    + _NULL_CELL + r"))*)[ \t]*$"
)
_ROW_CELL = _rc(r"[-+−]?\d[\d.,]*|(?<!\S)" + _NULL_CELL + r"(?!\S)")
_TABLE_GAP = _rc(r"(?:(?<=\t)|(?<=[ \t]{2}))[-+−]?\d")
_TOTAL_LABEL = _rc(r"(?i)^(?:i\s*alt|total\w*|samlet|sum|heraf\s+i\s*alt|alle)\b")
_RESULT_LABEL = _rc(r"(?i)(?:resultat|indtjening|overskud|underskud|dækningsbidrag)|"
                    r"\b(?:i\s*alt|total\w*|netto\w*|brutto\w*|ebit\w*|sum|saldo)\b")
_SUM_LABEL = _rc(r"(?i)^(?:i\s*alt|total|totalt|sum|heraf\s+i\s*alt|alle\s+i\s*alt)\b|^\p{L}+\s+i\s*alt\W*$")
_SUBSET_LABEL = _rc(r"(?i)^\W*(?:heraf|herunder|deraf|hvoraf|der\s*af)\b")
_CHANGE_ROW = _rc(r"(?i)^(fald|stigning|fremgang|tilbagegang|nedgang|tilvækst|vækst)\b[^\d]*$")
TOTAL_OPENING = _rc(r"(?i)^\W*(?:samlet|i\s*alt|tilsammen|sammenlagt)\b")
OF_TOTAL_OPENING = _rc(r"(?i)^\W*af\s+(?:de|i\s*alt)\s*$")
OF_TOTAL = _rc(r"(?i)(?:^|\b)af\s+(?:de|i\s*alt)\s*$")
#: A sentence that opens on another area: "På ældreområdet ...", "Inden for skoleområdet ...".
NEW_TOPIC = _rc(
    r"(?i)\W*(?:på|inden\s+for|indenfor|for|til)\s+(?:det\s+|den\s+)?\p{L}*(?:området|siden|delen)\b"
)
EXHAUSTIVE = _rc(r"(?i)\b(?:fordelt|fordeler|mens|resten|øvrige|og\s+de\s+sidste)\b")
#: The words of ``EXHAUSTIVE`` that say a split is whole by themselves (not "mens").
_EXHAUSTIVE_WORD = _rc(r"(?i)\b(?:fordelt|fordeler|resten|øvrige|og\s+de\s+sidste)\b")
_PARTIAL = _rc(r"(?i)\b(?:heraf|hvoraf|deraf|blandt\s+andet|bl\.\s*a\.|eksempelvis|fx|for\s+eksempel)\b")
_WORDS = _rc(r"\p{L}+")
_OF_NOUN = _rc(r"(?i)\s+af\s+(?:de\s+|det\s+|den\s+)?(\p{L}{4,})\b")


#: "hvor den største post var sygehusmedicin med": a named item whose figure follows "med".
_NAMED_OTHER = _rc(r"(?r)(?i)\b(?:var|er|blev)\s+(?:[\p{L}-]+\s+){1,4}med\s*\Z")
_TO_LEVEL = _rc(r"\s+til\s+")


#: Space within a paragraph: at most one line break ("280\n\nDet er flere end ..." is another's).
_WS = r"(?:[^\S\n]*\n[^\S\n]*|[^\S\n]+)"
_DEVIATION_AFTER = _rc(
    r"(?i)" + _WS + r"(?:[\p{L}-]+" + _WS + r"){0,2}?(?:mere|mindre|flere|færre|højere|lavere|større|dyrere|"
    r"billigere)\s*,?\s+end\b|" + _WS + DEVIATION_FROM_PLAN)


_AVERAGE_BEFORE = _rc(r"(?r)(?i)\b(?:i\s+(?:gennem)?snit|gennemsnitlig\w*)\b[^.;:!?\d]{0,40}\Z|\b(?:et|sit)\s+(?:gennem)?snit\s+på\s+\Z")
_EACH_AFTER = _rc(r"(?i)(?:\s+\p{L}+){0,2}?\s+(?:på|i|til)\s+hver\b|\s+\p{L}+\s+(?:pr\.|per)\s")
_AVERAGE_CUE = _rc(r"(?i)\b(?:i\s+(?:gennem)?snit|gennemsnitlig\w*|hver|pr\.|per)\b")
_SPREAD_OVER_BEFORE = _rc(r"(?r)(?i)\bfordelt\s+(?:på|over|mellem)\s+\Z")
#: A fall by a figure: "et fald på 18,2 mio. kr.", "faldt med 300", "er reduceret med 12 mio. kr.".
_FALL_BY_BEFORE = _rc(r"(?i)\b(?:fald(?:et)?|faldt|falder|nedgang(?:en)?|reduktion(?:en)?|tilbagegang(?:en)?|"
                      r"mindsket|reduceret|nedbragt|sænket)\b(?:\s+\p{L}+){0,3}?\s+(?:på|med)\s+"
                      r"(?:ca\.\s+|cirka\s+|godt\s+|knap\s+|næsten\s+)?\Z")
#: The places or units a total is spread over: "173 daginstitutioner fordelt på 41 kommuner".
_PLACES_AFTER = _rc(r"(?i)\s+(?:[\p{L}-]+\s+)?(?:kommuner|regioner|lande|byer|bydele|områder|sogne|afdelinger|"
                    r"sale|lokaliteter|adresser|matrikler|filialer|hospitaler)\b")
#: A sentence's own split: "en omsætning på 40 mio. kr., fordelt på godt 900 arrangementer".
_SPREAD_CUE = _rc(r"(?i)\bfordel(?:t|es|er\s+sig|te\s+sig)\s+(?:på|over|mellem|med)\b")


#: The start and the end of a period in one sentence: levels at two times.
_START_AND_END = _rc(r"(?i)\bprimo\b[^.!?]{0,120}\bultimo\b|\bultimo\b[^.!?]{0,120}\bprimo\b")
#: A figure said to be a deficit or a loss: it counts against a total, not towards it.
_DEFICIT_BEFORE = _rc(
    r"(?i)\b(?:underskud\w*|tab(?:et)?|nettotab\w*|minus|negativt\s+resultat)\s+(?:på\s+)?(?:\p{L}+\s+)?\Z")


def said_as_deficit(doc, f) -> bool:
    """Whether the words before a figure call it a deficit or a loss ("et underskud på 52,1")."""
    return _DEFICIT_BEFORE.search(text_before(doc, f, 30)) is not None


#: "et mindreforbrug på 11,3", "merudgifter for 4 mio. kr.": a deviation said with its sign.
_SIGNED_BEFORE = _rc(
    r"(?i)\b(?P<dir>mer|mindre)[- ]?(?:forbrug|udgift|indtægt|indtjening|provenu)\w*\s+(?:på|for|af)\s+"
    r"(?:\p{L}+\s+)?\Z")


#: A figure named as an excess or a shortfall ("en merkompensation på", "et mindreforbrug på").
_NET_NAMED_BEFORE = _rc(r"(?i)\b(?:mer|mindre)[- ]?\p{L}{4,}\s+(?:på|for|af)\s+(?:\p{L}+\.?\s+)?\Z")


def said_sign(doc, f) -> str | None:
    """ "mer" or "mindre" when the words before a figure call it an overspend or an underspend
    (a higher or lower cost, income...) than budgeted, else None."""
    m = _SIGNED_BEFORE.search(text_before(doc, f, 40))
    return m.group("dir").lower() if m else None


_CHANGED_BY = (r"\b(?:steget|faldet|steg|faldt|vokset|voksede|øget|øgedes|forøget|reduceret|mindsket|"
               r"gået\s+(?:op|ned|frem|tilbage))\s+med\s+(?:ca\.\s+|cirka\s+|godt\s+|knap\s+)?")
#: "er steget med 1.402": how much a figure changed, not a level.
CHANGED_BY_BEFORE = _rc(r"(?i)" + _CHANGED_BY + r"\Z")
#: The same of a total, also "en vækst på 2.030", "en stigning på i alt 2.030".
_CHANGE_NOUN_BEFORE = _rc(
    r"(?i)(?:\b(?:vækst|stigning|fremgang|tilbagegang|nedgang|fald|forøgelse|reduktion)(?:en)?\s+(?:på|af)\s+"
    r"(?:i\s*alt\s+|samlet\s+|ca\.\s+|cirka\s+|godt\s+|knap\s+)?|" + _CHANGED_BY + r")\Z")


_RISE_WORD = _rc(r"(?i)\b(?:steg|steget|stiger|stigning\w*|vokset|voksede|vækst\w*|øget|øgedes|forøget|"
                 r"forøgelse\w*|fremgang\w*|gået\s+(?:op|frem))\b")
_FALL_WORD = _rc(r"(?i)\b(?:faldt|faldet|falder|fald|faldene|tilbagegang\w*|nedgang\w*|reduceret|reduktion\w*|"
                 r"mindsket|gået\s+(?:ned|tilbage))\b")


def said_as_change(doc, f) -> bool:
    """Whether the words before a figure say it is how much something changed ("er steget med
    1.402", for a total also "en vækst på 2.030")."""
    return _CHANGE_NOUN_BEFORE.search(text_before(doc, f, 40)) is not None


def _levels_only(doc, parts: list) -> list:
    """The parts without the changes of "steg 2,1 mia. kr. til 62,2 mia. kr.": the first figure
    is how much it rose, the second where it got to; only the levels add up to a total."""
    drop = {a.id for a, b in zip(parts, parts[1:]) if _TO_LEVEL.fullmatch(doc.text, a.end, b.start)}
    return [p for p in parts if p.id not in drop] if drop else parts


def _written_exactly(f: Fact) -> bool:
    """A figure written to its last digit: unqualified, one value, a whole number that is not a
    round hundred ("203.000", "23,5 mio. kr." are rounded)."""
    v = f.number
    if f.qualifier or isinstance(f.value, list) or v is None or v != int(v) or v <= 0:
        return False
    return v < 1000 or int(v) % 100 != 0


def _typing_slip(d: int) -> bool:
    """Whether a difference has the shape of a typing slip: one digit wrong (3, 20, 5.000) or two
    neighbouring digits swapped (27 for 58/85, 630 for 1.70/1.07): a multiple of 9 below 90."""
    if d <= 0:
        return False
    while d % 10 == 0:
        d //= 10
    return d <= 9 or (d % 9 == 0 and d < 90)


def _slip_short(d: float) -> bool:
    """Whether what parts lack of their total has the shape of a typing slip (``_typing_slip``
    of its digits: 300.000, 70.000, 7, 3,0), not of items left out (21,4 mio.)."""
    for _ in range(4):
        if abs(d - round(d)) < 1e-6:
            return _typing_slip(int(round(abs(d))))
        d *= 10
    return False


#: "mod 849.380 året før", "sammenlignet med 512": an earlier level set against the figure before
_THEN_BEFORE = _rc(r"(?r)(?i)(?<![\p{L}])(?:i?mod|sammenlignet\s+med|end|fra)\s+(?:\p{L}+\s+)?\Z")


_TIMES = _rc(r"(?i)gange?")


def _head_noun(subject: str | None) -> str:
    """The last word of a subject: "fyrværkeri-relaterede udrykninger" -> "udrykninger"."""
    return (subject or "").lower().rsplit(" ", 1)[-1]


def _subjects_agree(a: Fact, b: Fact) -> bool:
    """Whether two figures may count the same thing: one has no subject word, or theirs begin
    alike ("passagerer", "passagerne")."""
    if not a.subject or not b.subject:
        return True
    x, y = a.subject.lower(), b.subject.lower()
    n = min(len(x), len(y), 6)
    return x[:n] == y[:n]


def _base_word(w: str) -> str:
    """A noun without its definite ending: "boligerne" -> "bolig", "faldet" -> "fald"."""
    w = w.lower()
    for end in ("erne", "ene", "en", "et"):
        if w.endswith(end) and len(w) - len(end) >= 4:
            return w[: -len(end)]
    return w


#: "Projektet omfatter 4,5 km ny motorvej og ...": a sentence that splits something into parts
_COMPRISES = _rc(r"(?i)\b(?:omfatter|omfattede|består\s+af|bestod\s+af)\s+(?:[\p{L}-]+\s+){0,2}$")
_YEAR = _rc(r"\b(?:19|20)\d\d\b")
#: a row of a table under a header of years: cells that start with a figure and may carry a unit
#: ("Omsætning   4,4 mia. kr.   3,7 mia. kr.")
_YEAR_ROW = _rc(r"(?m)^[ \t]*(?P<label>[^\d\s][^\n]*?)(?:[ \t]{2,}|\t)(?P<nums>[-+−]?\d[^\n]*?)[ \t]*$")
_BLANK_LINE = _rc(r"\n[ \t]*\n")
_GAP_SPLIT = _rc(r"[ \t]{2,}|\t")
_CELL = _rc(r"(?:(?<=^)|(?<=\t)|(?<=[ \t]{2}))[-+−]?\d")
_COMPLEMENT = _rc(r"(?i)^[^.;:!?]{0,60}?,?\s+mens\s+(?:de|den|det)\s+(?:[\p{L}\d]+\s+)?(?:øvrige|resterende|andre)\b"
                  r"[^.;:!?]{0,40}$")
#: "er den pris faldet 105 kr. ... til": a change by a figure, then the level it came to
_CHANGE_VERB = r"(?i)\b(?:steg|steget|faldt|faldet|voksede|vokset|øget|sænket|hævet|reduceret)\s+"
CHANGED_BEFORE = _rc(_CHANGE_VERB + r"\Z")
_FELL_TO_BEFORE = _rc(_CHANGE_VERB + r"til\s+\Z")
_CHANGED_FROM_BEFORE = _rc(_CHANGE_VERB + r"fra\s+\Z")
BY_TO_MID = _rc(r"(?i)[ \t]+(?:(?:per|pr\.)[ \t]+\p{L}+[ \t]+)?til[ \t]+")
_RATE_AFTER = _rc(r"(?i)[ \t]+(?:per|pr\.)[ \t]+(\p{L}+)")
_BACK_TO_LEVEL = _rc(r"(?i)\b(?:den\s+pris|prisen|beløbet|tallet|antallet|niveauet|summen)\b")
_COUNTS_MORE_AFTER = _rc(r"(?i)\b(?:hvis|når)\s+man\s+(?:også\s+)?(?:regner|medregner|tæller|medtager|lægger)\b|"
                         r"\binkl\.|\binklusive?\b|\bmedregnet\b")
#: ", i alt 2,6 mia. kr.", " - samlet 40 mio. kr.": a total that closes the list before it
_TOTAL_CLOSING = _rc(r"(?i)(?:,|[-–()])\s*(?:i\s*alt|samlet|tilsammen|sammenlagt)\s+(?:på\s+)?(?:\p{L}+\s+)?\Z")


def _sum_interval(facts: list[Fact]) -> Interval:
    """The sum of figures, each within its rounding."""
    iv = Interval(0, 0)
    for f in facts:
        iv = iv + interval(f)
    return iv


def _adds_up(rel: PartsRelation) -> bool:
    """Whether the parts' sum meets the total, each figure within its rounding."""
    return _sum_interval(rel.parts).meets(interval(rel.total))


def _list_gap(gap: str) -> bool:
    """Between two figures of one list: up to 140 characters of words, years, commas and "og"
    ("for 2026 og et løft af servicerammen på"), no clause break and no other figure."""
    if len(gap) > 140 or not (_LIST_JOIN.search(gap)) or _CLAUSE_END.search(gap):
        return False
    return not any(ch.isdigit() for ch in _YEAR.sub("", gap))


_LIST_JOIN = _rc(r"(?i),|\bog\b")
_CLAUSE_END = _rc(r"[;:!?]|\.(?!\d)(?<!\b(?:kr|mio|mia|ca|pct|nr|pr)\.)")
#: ", og importerer ", ", og bruger ca. ": a new verb right before a figure
_NEW_VERB_BEFORE = _rc(r"(?i)(?:,\s+|\s)og\s+(?:\p{L}{3,}erer|\p{L}{3,}erede|bruger|brugte|koster|kostede|modtager|"
                       r"modtog|afsætter|afsatte|sælger|solgte|køber|købte|betaler|betalte|tjener|tjente)\s+"
                       r"(?:ca\.\s+|cirka\s+|godt\s+|knap\s+|omkring\s+)?\Z")
#: A relative clause opening between two figures: ", hvor der i år blev spillet 28 kampe".
_RELATIVE_GAP = _rc(r"(?i),\s+(?:hvor|som|der)\b")
_NEW_CLAUSE_GAP = _rc(r"(?i),\s+(?:og|men)\s+(?:\p{L}+\s+)?(?:er|var|har|havde|blev|bliver|skal|vil|kan|får|fik)\b")
_ADDED_TO = _rc(r"(?i)\b(?:supplere[st]?|suppleret|tillagt|tillægges|hertil\s+kommer|oven\s+i|foruden)\b")
#: A ranking after a count: "fem dyreste", "ti største", "tre vigtigste".
_RANKED_AFTER = _rc(r"(?i)[ \t]+(?:\p{L}+este|største|mindste|første|sidste|bedste|værste|ældste|yngste|"
                    r"mest\s+\p{L}+e)\b")
_FIGURE_THEN_BRACKET = _rc(r"\d[ \t]*\([ \t]*\Z")
_ADDITIVE_OPENING = _rc(r"(?i)^\W*(?:desuden|derudover|herudover|endvidere|yderligere|endelig)\b")
_LAST_ITEM_OPENING = _rc(r"(?i)^\W*endelig\b")
_COLUMN_SLASH = _rc(r"[ \t]+/[ \t]+")
_YEAR_AFTER = _rc(r"(?i)\s+(?:i|for)\s+(?:19|20)\d\d\b")
_IN_YEAR = _rc(r"(?i)\bi\s+(?:19|20)\d\d\b")
_FOR_COMPARISON = _rc(r"(?i)^\W*(?:til\s+sammenligning|sammenlignet\s+med|i\s+sammenligning)\b")
_SINCE = _rc(r"(?i)[^.;!?\n]{0,15}?,\s*idet\b")
_DERMED = _rc(r"(?i)\bdermed\b")
#: "for de første tre kvartaler", "årets første ni måneder", "hele året": a period to date
_CUMULATIVE = _rc(r"(?i)\b(?:(?:de|årets)\s+første\s+\p{L}+\s+(?:kvartaler|måneder)|hele\s+året|år\s+til\s+dato)\b")
#: "i første halvår", "i de første to kvartaler": the earlier part of that period
_SUB_PERIOD = _rc(r"(?i)\b(?:første\s+halvår|første\s+kvartal|(?:de|årets)\s+første\s+\p{L}+\s+(?:kvartaler|måneder))\b")
#: "i kvartalet", "i 3. kvartal", "i andet halvår": the last period
_LAST_PERIOD = _rc(r"(?i)\bi\s+(?:kvartalet|måneden|halvåret)\b|\b\d\.\s+kvartal\b|\b(?:andet|tredje|fjerde|sidste)\s+(?:kvartal|halvår)\b")
#: "Sagerne spænder vidt i størrelse:": a sentence that opens on a definite plural noun
_DEFINITE_OPENING = _rc(r"^\W*(\p{Lu}\p{Ll}{2,}(?:erne|ene|ne))\b")
_NOUN_END = _rc(r"\s+(\p{L}{3,})")


def _indefinite(word: str) -> str | None:
    """ "Sagerne" -> "sag", "Projekterne" -> "projekt", "Boligerne" -> "bolig"."""
    w = word.lower()
    for end in ("erne", "ene", "ne"):
        if w.endswith(end) and len(w) - len(end) >= 3:
            return w[: -len(end)]
    return None


def _ends_in(noun: str, stem: str) -> bool:
    """ "renoveringssager" ends in "sag" + a plural ending: it names the same things."""
    n = noun.lower()
    return any(n.endswith(stem + e) for e in ("", "e", "er", "r"))


_RAISE_FOR_YEAR = _rc(
    r"(?i)\b(?P<verb>forhøjer|forhøjes|hæver|hæves|øger|øges|sænker|sænkes|reducerer|reduceres|nedsætter)\s+"
    r"(?:[\p{L}-]+\s+){0,3}?(?P<noun>[\p{L}-]{4,})\s+for\s+(?P<year>(?:19|20)\d\d)\s+med\s+$"
)
_REACHES = _rc(r"(?i)[^.;!?]{0,60}?\b(?:når\s+op\s+på|kommer\s+op\s+på|lander\s+på|ender\s+på|bliver\s+på)\s+")
_ALL_OPENING = _rc(r"(?i)^\W*alle\s+(?:de\s+)?$")
#: "Så vil den samlede anlægssum komme op på": a whole brought up to a new level
_REACHED = _rc(r"(?i)^\W*så\s+(?:vil|vill?e|kan|kommer)?\s*(?:den|det|de)\s+samlede\s+(?P<noun>\p{L}{5,})\s+"
               r"(?:vil\s+|kan\s+)?(?:komme|kommer|nå|når)\s+op\s+på\s+$")
_SHORTFALL = _rc(r"(?i)\bder\s+(?:vil\s+)?(?:stadig|fortsat)\s+(?:vil\s+)?mangle\s+$")
_PRICE_BEFORE = _rc(r"(?i)\b(?:prisen|regningen|udgiften|prisen\s+for\s+\p{L}+)\s+(?:lyder|ender|lander|er|bliver)\s+på\s+$")
_ACROSS_CUE = _rc(r"(?i)\b(?:omfatte|består\s+af|bestod\s+af|mens\s+de|stod\s+for|står\s+for)")
_STOOD_ANY = _rc(r"(?i)\b(?:stod|står)\s+for\b")
_STOOD_FOR = _rc(r"(?i)\b(?:stod|står)\s+for\s+$")


#: "Besøgene i 2020 fordelte sig med", "Pengene fordeles således": a split announced before the parts
_SPLIT_BEFORE = _rc(r"(?i)\b(?:fordel\w*\s+sig\s+(?:med|på|således)|fordeles\s+(?:med|på|således))\s+$")
_IN_ADDITION = _rc(r"(?i)^\W*(?:ud\s*over|foruden|oven\s+i)\b")
#: A line of a list written without bullet marks: a short label, a colon and one figure.
_LABEL_LINE = _rc(r"[^\d\n:][^\n:]{0,39}:[ \t]*[-+−]?\d[\d.,]*(?:[ \t]*(?:\p{L}{1,12}\.?|%))?[ \t]*")
_SUBSET_CUE = _rc(r"(?i)\b(?:hvoraf|heraf|deraf)\b")
#: A sentence that gives the rest of a total: "De resterende 212 ...", "Resten, 90 mio. kr., ...".
_REST_OPENING = _rc(r"(?i)^\W*(?:de\s+resterende|den\s+resterende|det\s+resterende|resten|de\s+øvrige|"
                    r"de\s+andre|de\s+sidste)\b")
#: "fordeler de 640 sig på private skader": the figure is a part, the verb's object follows it.
_SPLIT_WORD_BEFORE = _rc(r"(?i)\bfordel(?:er|te)\s+(?:de\s+)?\Z")
_SIG_PAA = _rc(r"(?i)\s+sig\s+på\b")
#: Between a group and a part of it: "6.420 ledige ..., hvoraf 3.088 har fået arbejde", "næsten
#: 1.200 ... - heraf vedrørte omkring 80 pct.".
SUBSET_BETWEEN = _rc(r"(?i)\b(?:hvoraf|heraf|deraf|af\s+dem|af\s+disse|blandt\s+dem)\b")
#: A figure said to be a total ("samlet", "i alt"), and a table row that holds one.
TOTAL_CUE = _rc(r"(?i)\b(?:samlet|i\s*alt|tilsammen|sammenlagt)\b")
TOTAL_ROW = _rc(r"(?i)^(?:i\s*alt|total\w*|samlet|sum)\b")
STOP_TOTAL = _rc(r"(?i)\b(?:samlet|i\s*alt|totalt|sammenlagt|tilsammen)\b")


@dataclass
class PartsRelation:
    total: Fact
    parts: list[Fact]
    exhaustive: bool
    source: str  # "sentence" | "following"


@dataclass
class StockFlow:
    start: Fact
    inflow: Fact
    end: Fact
    outflow: Fact


@dataclass
class LevelPair:
    before: Fact
    after: Fact
    #: paired through a shared subject word across sentences, not by cue words: report at most a warning
    loose: bool = False


_START = _rc(
    r"(?i)\b(?:startede|start(?:en)?|begyndelse\w*|begyndte|primo|oprindelig\w*|udgangspunkt\w*|"
    r"før\s+projektet|ved\s+årets\s+start|ved\s+indgangen|til\s+at\s+begynde\s+med)\b"
)
_END = _rc(
    r"(?i)\b(?:var\s+der|er\s+der\s+nu|nu\s+er\s+der|i\s+dag|status|tilbage|ultimo|ved\s+udgangen|"
    r"opgjort|pr\.)\b"
)
_IN = _rc(r"(?i)\b(?:nye|ny|kommet\s+til|kom\s+til|tilgang\w*|tilgået|nytilkomne|tilflyt\w*|yderligere)\b")
_OUT = _rc(
    r"(?i)\b(?:flyttet\s+sig|afgang\w*|forladt|forlod|kommet\s+(?:i|ud|væk|videre)|flyttet|"
    r"afsluttet|overgået|ud\s+af|væk\s+fra|udskrevet|fraflyt\w*)\b"
)


_COMPARATIVE = _rc(
    r"(?i)\b(?:flere|færre|mere|mindre|højere|lavere|større|dyrere|billigere|kortere|længere)"
    # "5.018 flere opkald end i 2017, hvor ..." (but "flere gange end" is "more often")
    r"(?!\s+gange\b)(?:\s+\p{L}+){0,2}?\s+end\b"
    r"|\b(?:stigning|fald|fremgang|tilbagegang)\w*\s+på\s+[^;:!?\n]{1,25}?\s+i\s+forhold\s+til\b"
)


def _mixed_nouns(rel: PartsRelation) -> bool:
    """Parts that count, each more than once, what the total counts and something else: "I alt
    ... 1.630 børn. 112 mødre og 64 børn ..., mens 58 mødre og 39 børn ...": no split of it."""
    total = (rel.total.subject or "").lower()[:4]
    if rel.total.kind != "count" or len(total) < 4:
        return False
    keys = [(p.subject or "").lower()[:4] for p in rel.parts]
    # (each said twice or more: two counts for each of several groups, not one split of the total)
    return keys.count(total) >= 2 and any(len(k) == 4 and k != total and keys.count(k) >= 2 for k in keys)


def _counts_other_things(rel: PartsRelation) -> bool:
    """ "i alt 6 hejrekolonier ... den største koloni havde 870 reder, mens den næststørste havde
    540 reder": each "part" alone larger than the total (or all of them far below it), and
    counting another noun: figures of another measure, not parts of it."""
    t = rel.total
    if not (t.kind == "count" and t.subject and t.number and all(
            p.kind == "count" and p.subject and not _subjects_agree(p, t) for p in rel.parts)):
        return False
    # (or, together, under a tenth of it: "4 spor ..., samt tre specialklasser ..., i alt ca.
    # 950 elever" counts the school's tracks and classes, then its pupils)
    return all(p.number > t.number for p in rel.parts) or \
        sum(p.number for p in rel.parts) < 0.1 * t.number


#: Nouns that count groups of things: "seks par" are twelve animals, not six.
_COLLECTIVE = _rc(r"(?i)\A(?:par|parrene|hold|holdene|kuld|flokke|flokkene|familier|familierne|husstande|"
                  r"husstandene|teams|grupper|grupperne|klasser|klasserne)\b")


def _collective_on_one_side(doc: Document, rel: PartsRelation) -> bool:
    """ "fordeler sig på seks par, der består af 10 kendte bævere og to bævere": a total and parts
    of which one side counts groups ("par", "familier", "hold") and the other does not."""
    def collective(f: Fact) -> bool:
        return bool(_COLLECTIVE.match(doc.text[f.end : f.end + 20].lstrip()))
    total = collective(rel.total)
    return any(collective(p) != total for p in rel.parts)


class Structure:
    """Lazily found relations of one document, shared by the checks."""

    def __init__(self, doc: Document):
        self.doc = doc

    @cached_property
    def numbers(self) -> list[Fact]:
        """The document's figures of amounts, counts and quantities (``numeric``), once."""
        return numeric(self.doc.facts)

    # ------------------------------------------------------------------ totals and parts
    @cached_property
    def parts_relations(self) -> list[PartsRelation]:
        doc = self.doc
        out: list[PartsRelation] = []
        # a deviation ("1,3 mia. kr. mindre end budgetteret", "0,9 mia. kr. under budgettet") is
        # a difference between two figures, never a part of a total
        # and an average ("i gennemsnit 18 patienter på hver afdeling") or the number of groups a
        # total is spread over ("fordelt på 30 afdelinger") is no part either
        facts = [f for f in self.numbers if not _DEVIATION_AFTER.match(doc.text, f.end)
                 and not _AVERAGE_BEFORE.search(doc.text, max(0, f.start - 60), f.start)
                 and not _EACH_AFTER.match(doc.text, f.end)
                 and not (_SPREAD_OVER_BEFORE.search(doc.text, max(0, f.start - 20), f.start)
                          and (_AVERAGE_CUE.search(doc.text, f.end, doc.sentences[f.sentence].end)
                               or _PLACES_AFTER.match(doc.text, f.end)))]
        used: set[str] = set()
        for i, total in enumerate(facts):
            if total.id in used or in_table_row(doc.text, total, indent=False):
                continue  # (a table's rows and columns are read as a table, below)
            if total.text.isalpha() and _RANKED_AFTER.match(doc.text, total.end):
                continue  # "De fem dyreste anlæg er:" counts the items of a list, it is no sum of
                # the figures in them ("Jammerbugt 2", "Kattegat 1")
            if _FIGURE_THEN_BRACKET.search(doc.text, max(0, total.start - 12), total.start):
                continue  # "Havørnen: 618.169 (946.502 i alt)": one item's own total in brackets
            if _SPLIT_WORD_BEFORE.search(text_before(doc, total, 20)) and _SIG_PAA.match(doc.text, total.end):
                continue  # "Af skaderne fordeler de 640 sig på private skader, ...": the first part
            before = text_before(doc, total, 60)
            after = text_after(doc, total, 20)
            cue = bool(TOTAL_BEFORE.search(before) or TOTAL_AFTER.match(after)
                       or OF_TOTAL.search(before))
            # "Samlet steg forbruget af vedvarende energi dermed med 13,5 PJ": a sentence that
            # opens with "Samlet"/"I alt" about its one figure of that kind
            opens_total = bool(TOTAL_OPENING.match(doc.sentence_text(total.sentence))) and \
                self._only_one_in_sentence(total, facts)
            cue = cue or opens_total
            # "Af de 281 unge, der forlod ..., er 118 ..., 97 ..., og 66 ...": the parts follow
            # the total that opens the sentence, without another cue
            of_total = bool(OF_TOTAL_OPENING.search(before))
            rel = self._parts_listed_before(total, facts[:i]) if cue else None
            rel = rel or self._parts_in_sentence(total, facts[i + 1 :], strong_only=not cue, of_total=of_total)
            if rel is None and cue:
                rel = (self._parts_following(total, facts[i + 1 :])
                       or self._parts_before(total, facts[:i])
                       or self._parts_in_list(total, facts[i + 1 :]))
            elif rel is None and self._only_one_in_sentence(total, facts):
                rel = (self._parts_following(total, facts[i + 1 :], opening=True)
                       or self._parts_in_list(total, facts[i + 1 :], announced_only=True))
            if rel and len(rel.parts) >= 2 and not any(p.id in used for p in rel.parts):
                rel.parts += self._parts_in_addition(rel, facts, used)
                out.append(rel)
                used.update(p.id for p in rel.parts)
                used.add(total.id)
        out += self._parts_pointing_back(facts, used)
        out += self._parts_of_named_total(facts, used)
        out += self._parts_across(facts, used)
        out += self._periods_to_date(facts, used)
        out += self._list_of_named_total(facts, used)
        out += self._raised_from_year_row(facts, used)
        out += self._total_reached(facts, used)
        out += self._exact_sums(facts, used)
        # "Ud over de gennemrejsende startede 8.000 ..., mens 7.500 ... Det giver samlet 67.500":
        # parts said in addition to a figure elsewhere are not the whole of their total
        out = [r for r in out if not self._in_addition(r.parts[0]) and not _mixed_nouns(r)
               and not _counts_other_things(r)
               and not self._changes_both_ways(r) and not _collective_on_one_side(doc, r)]
        # "Basisresultatet øges fra 9 mio. kr. ... til 26,4 mio. kr.": one figure before and after,
        # and "5.120 / 5.460": one row's two columns; neither are two parts of one whole
        pairs = {frozenset((lp.before.id, lp.after.id)) for lp in self.level_pairs}
        return [r for r in out if not any(
            frozenset((a.id, b.id)) in pairs or _COLUMN_SLASH.fullmatch(doc.text, a.end, b.start)
            for a, b in zip(r.parts, r.parts[1:]))]

    def _changes_both_ways(self, rel: PartsRelation) -> bool:
        """ "et fald på 3.100 ... faldet med hhv. 1.900, 1.200 og 2.400, mens ... steg med 2.400":
        a net change whose groups changed both ways (in the parts' sentence or the next one of
        their block); the falls alone are not its parts."""
        doc = self.doc
        m = _CHANGE_NOUN_BEFORE.search(text_before(doc, rel.total, 40))
        if m is None:
            return False
        other = _RISE_WORD if _FALL_WORD.search(m.group()) else _FALL_WORD if _RISE_WORD.search(m.group()) else None
        if other is None:
            return False
        last = max(p.sentence for p in rel.parts)
        end = doc.sentences[last].end
        if last + 1 < len(doc.sentences) and doc.sentences[last + 1].block == doc.sentences[last].block:
            end = doc.sentences[last + 1].end
        return other.search(doc.text, rel.total.end, end) is not None

    def _in_addition(self, part: Fact) -> bool:
        """The part's sentence, or the one before it in its paragraph, opens with "Ud over"."""
        doc = self.doc
        si = part.sentence
        if _IN_ADDITION.match(doc.sentence_text(si)):
            return True
        return si > 0 and doc.sentences[si - 1].block == doc.sentences[si].block and \
            bool(_IN_ADDITION.match(doc.sentence_text(si - 1)))

    def _total_reached(self, facts: list[Fact], used: set[str]) -> list[PartsRelation]:
        """ "Det beløb, der oftest nævnes, er 8,8 millioner kroner. Så vil den samlede anlægssum
        komme op på 143,8 millioner kroner": a whole that an amount in the sentence before brings
        up to a new level is that amount plus the one earlier figure said of the same thing
        (a word that begins like the whole's noun: "anlægsbudgettet" for "anlægssum"). Paired by
        a word, so a difference is a warning."""
        doc = self.doc
        out: list[PartsRelation] = []
        if "op på" not in doc.text:
            return out
        for t in facts:
            if t.id in used or isinstance(t.value, list) or t.sentence < 1:
                continue
            m = _REACHED.search(text_before(doc, t, 80))
            if m is None:
                continue
            sent = doc.sentences[t.sentence]
            prev = [f for f in facts if f.sentence == t.sentence - 1 and same_unit(f, t)
                    and not isinstance(f.value, list)]
            if len(prev) != 1 or doc.sentences[t.sentence - 1].block != sent.block or \
                    any(f.sentence == t.sentence and f.end <= t.start and same_unit(f, t) for f in facts):
                continue
            stem = m.group("noun").lower()[:5]
            named = []
            for f in facts:
                if f.sentence >= t.sentence - 1 or f.sentence < 0 or not same_unit(f, t) or \
                        isinstance(f.value, list) or f.id in used:
                    continue
                words = _WORDS.findall(doc.sentence_text(f.sentence))
                if any(w.lower().startswith(stem) for w in words):
                    named.append(f)
            if len({f.sentence for f in named}) != 1 or len(named) != 1:
                continue
            base, added = named[0], prev[0]
            if not all(self._eligible(t, p) for p in (base, added)):
                continue
            out.append(PartsRelation(t, [base, added], True, "reached"))
            used.update((t.id, base.id, added.id))
            # "..., og der vil stadig mangle 4 millioner kroner": the new level and the shortfall
            # make the price, the one figure the text calls the price ("prisen lyder på")
            short = [f for f in facts if f.sentence == t.sentence and f.start > t.end and same_unit(f, t)
                     and not isinstance(f.value, list)]
            if len(short) != 1 or not _SHORTFALL.search(doc.text[t.end : short[0].start]):
                continue
            prices = [f for f in facts if 0 <= f.sentence < t.sentence and same_unit(f, t) and f.id not in used
                      and not isinstance(f.value, list) and _PRICE_BEFORE.search(text_before(doc, f, 60))]
            if len(prices) == 1 and all(self._eligible(prices[0], p) for p in (t, short[0])):
                out.append(PartsRelation(prices[0], [t, short[0]], True, "reached"))
                used.update((prices[0].id, short[0].id))
        return out

    def _raised_from_year_row(self, facts: list[Fact], used: set[str]) -> list[PartsRelation]:
        """ "Lovforslaget forhøjer investeringsrammen for 2020 med 12.120 mio. kr., så rammen for i
        år når op på 14.420 mio. kr." with the year's level only in a table whose rows are years
        ("2020    2.300" under "År   Ramme, mio. kr."): the new level is the old plus the rise
        (a cut: the old is the new plus the cut)."""
        doc = self.doc
        out: list[PartsRelation] = []
        cells = [f for f in facts if f.extra.get("table") and not isinstance(f.value, list)]
        if not cells:
            return out
        text = doc.text
        for d in facts:
            if d.id in used or isinstance(d.value, list) or d.extra.get("table") or d.sentence < 0:
                continue
            m = _RAISE_FOR_YEAR.search(text_before(doc, d, 120))
            if m is None:
                continue
            after = [f for f in facts if f.sentence == d.sentence and f.start > d.end and same_unit(f, d)
                     and not isinstance(f.value, list)]
            if not after or not _REACHES.fullmatch(text, d.end, after[0].start):
                continue
            new = after[0]
            noun = m.group("noun").lower()
            rows = []
            for c in cells:
                if not same_unit(c, d):
                    continue
                ls = text.rfind("\n", 0, c.start) + 1
                le = text.find("\n", c.end)
                if text[ls : c.start].strip() != m.group("year") or text[c.end : le if le >= 0 else None].strip():
                    continue
                # the table's header: the nearest line above without a figure names what it lists
                head, pos = "", ls - 1
                for _ in range(12):
                    if pos <= 0:
                        break
                    start = text.rfind("\n", 0, pos) + 1
                    line = text[start:pos]
                    if not any(ch.isdigit() for ch in line):
                        head = line
                        break
                    pos = start - 1
                words = [w.lower() for w in _re.findall(r"\p{L}{4,}", head)]
                if any(noun.endswith(w) or noun.rstrip("n").endswith(w) for w in words):
                    rows.append(c)
            if len(rows) != 1 or rows[0].id in used or {d.id, new.id} & used:
                continue
            old = rows[0]
            if m.group("verb").lower().startswith(("sænk", "reduc", "nedsæt")):
                out.append(PartsRelation(old, [new, d], True, "year-row"))
            else:
                out.append(PartsRelation(new, [old, d], True, "year-row"))
            used.update((d.id, new.id, old.id))
        return out

    def _list_of_named_total(self, facts: list[Fact], used: set[str]) -> list[PartsRelation]:
        """ "De fordeler sig på 453 renoveringssager ... Sagerne spænder vidt i størrelse:" and a
        list with one count per item: a list announced by a sentence that opens on a definite
        noun ("Sagerne") splits the one earlier figure whose noun ends in that word
        ("renoveringssager"). The items need not cover it all: only items that add up to more
        are reported, as a warning."""
        doc = self.doc
        out: list[PartsRelation] = []
        for si, sent in enumerate(doc.sentences):
            if si < 1 or sent.block + 1 >= len(doc.blocks) or doc.blocks[sent.block + 1].kind != "bullet":
                continue
            text = doc.sentence_text(si).rstrip()
            m = _DEFINITE_OPENING.match(text) if text.endswith(":") else None
            if m is None:
                continue
            stem = _indefinite(m.group(1))
            if stem is None:
                continue
            parts = []
            block = sent.block + 1
            while block < len(doc.blocks) and doc.blocks[block].kind == "bullet":
                fs = [f for f in facts if f.block == block and not isinstance(f.value, list)]
                if not fs or fs[0].id in used:
                    break
                parts.append(fs[0])
                block += 1
            if len(parts) < 2 or not all(same_unit(p, parts[0]) for p in parts):
                continue
            cands = [f for f in facts if f.sentence < si and f.sentence >= 0 and same_unit(f, parts[0])
                     and sent.block - doc.sentences[f.sentence].block <= 3 and f.id not in used
                     and not isinstance(f.value, list)
                     and _NOUN_END.match(doc.text, f.end) is not None
                     and _ends_in(_NOUN_END.match(doc.text, f.end).group(1), stem)]
            if len(cands) != 1 or not all(self._eligible(cands[0], p) for p in parts):
                continue
            out.append(PartsRelation(cands[0], parts, False, "across"))
            used.update(p.id for p in parts)
            used.add(cands[0].id)
        return out

    def _periods_to_date(self, facts: list[Fact], used: set[str]) -> list[PartsRelation]:
        """ "Resultatet blev 52 mio. kr. i kvartalet. For de første tre kvartaler lander
        overskuddet dermed på 427 mio. kr., idet selskabet i første halvår tjente 375 mio. kr.":
        a figure for a period to date ("dermed") is the earlier periods' figure ("idet ...") plus
        the last period's, the one figure of its kind in the sentence before."""
        doc = self.doc
        out: list[PartsRelation] = []
        if "idet" not in doc.text:
            return out  # one cheap pass: the cue word is rare
        for total in facts:
            if total.id in used or isinstance(total.value, list) or total.sentence < 1:
                continue
            m = _SINCE.match(doc.text, total.end)
            if m is None or not _DERMED.search(text_before(doc, total, 100)):
                continue
            sent = doc.sentences[total.sentence]
            if not _CUMULATIVE.search(doc.text[sent.start : total.start]):
                continue
            rest = [f for f in facts if f.sentence == total.sentence and f.start >= m.end()]
            prev = [f for f in facts if f.sentence == total.sentence - 1 and same_unit(f, total)]
            if len(rest) != 1 or len(prev) != 1 or not same_unit(rest[0], total) or \
                    doc.sentences[total.sentence - 1].block != sent.block:
                continue
            earlier, last = rest[0], prev[0]
            if not _SUB_PERIOD.search(doc.text[m.end() : earlier.start]) or \
                    not _LAST_PERIOD.search(doc.sentence_text(total.sentence - 1)):
                continue
            if not all(self._eligible(total, p) for p in (earlier, last)) or \
                    {earlier.id, last.id} & used:
                continue
            out.append(PartsRelation(total, [last, earlier], True, "to-date"))
            used.update((earlier.id, last.id, total.id))
        return out

    def _exact_sums(self, facts: list[Fact], used: set[str]) -> list[PartsRelation]:
        """Figures written to the last digit that add up to an earlier one, or miss it by a slip:
        "I alt passerede 812.460 passagerer havnen. Udenrigsruterne steg ... til 301.220
        passagerer. Indenrigsruterne ... til 402.315, mens charterruterne ... til 108.898"
        (812.433). No word says they are its parts; the digits do. The parts are a run of figures
        of the total's unit in the eight sentences after it (its paragraph and the four after),
        each written exactly (no qualifier, not a round hundred, 100 or more), and the total has at least
        four significant digits. A run that adds up to it exactly is verified; sums of unrelated
        exact figures land on a total by chance too rarely to matter. A slip is only reported
        for a total said to be one ("i alt", "samlet") and the run that starts right after it,
        whose subject words agree with it, missing it by the shape of a typing slip (one digit
        wrong or two swapped) by under 1 %: near misses by chance are common in texts dense with
        figures. Paired by the digits alone, so a slip is a warning."""
        doc = self.doc
        out: list[PartsRelation] = []
        earlier = {lp.before.id for lp in self.level_pairs}
        for i, t in enumerate(facts):
            if t.id in used or not _written_exactly(t) or t.number < 1000 or \
                    len(str(int(t.number)).rstrip("0")) < 4 or in_table_row(doc.text, t):
                continue  # (a table's rows and columns have their own checks)
            tb = doc.sentences[t.sentence].block
            run: list[Fact] = []
            for f in facts[i + 1 :]:
                if f.sentence > t.sentence + 8 or doc.sentences[f.sentence].block > tb + 4:
                    break
                if same_unit(f, t) and f.id not in used:
                    run.append(f)
            # the levels things came to, not the changes or the earlier levels they came from
            run = [f for f in _levels_only(doc, run) if not DIFFERENCE_AFTER.match(doc.text, f.end)
                   and f.id not in earlier and not _THEN_BEFORE.search(doc.text, max(0, f.start - 30), f.start)]
            # (parts of three digits or more: "1 + 1 + 2 + 1.184 = 1.188" is met by chance)
            ok = [_written_exactly(f) and 100 <= f.number < t.number and not in_table_row(doc.text, f)
                  for f in run]
            said_total = bool(TOTAL_BEFORE.search(text_before(doc, t, 60)) or
                              TOTAL_AFTER.match(text_after(doc, t, 20)) or
                              TOTAL_OPENING.match(doc.sentence_text(t.sentence)))
            found = None
            for a in range(len(run)):
                for b in range(a + 1, len(run)):
                    if not (ok[a] and ok[b]):
                        break
                    slip = int(t.number) - int(sum(f.number for f in run[a : b + 1]))
                    if slip == 0 or (a == 0 and said_total and abs(slip) <= 0.01 * t.number
                                     and _typing_slip(abs(slip))
                                     and all(_subjects_agree(t, f) for f in run[: b + 1])):
                        found = run[a : b + 1]
                        break
                if found:
                    break
            if found:
                out.append(PartsRelation(t, found, True, "exact"))
                used.update(p.id for p in found)
                used.add(t.id)
        return out

    def _parts_across(self, facts: list[Fact], used: set[str]) -> list[PartsRelation]:
        """Parts that say they are shares of something, with their total in an earlier sentence:
        "Projektet omfatter 4,5 km ny motorvej og ombygning af 1,5 km ..." after "Strækningen på
        cirka seks km", or "... gæster, der stod for 32,2 mio. overnatninger. ... De danske gæster
        stod for 30,8 mio. overnatninger" after "63,0 mio. overnatninger". The total is the one
        figure of the parts' kind in the sentences before them (an earlier level of a pair, "mod
        62,9 mio. i 2022", is not a total). The parts need not cover the total ("loose"): only
        parts that exceed it are reported, as a warning."""
        doc = self.doc
        out: list[PartsRelation] = []
        if not _ACROSS_CUE.search(doc.text):
            return out  # one cheap pass: most texts have none of the cues
        by_sentence: dict[int, list[Fact]] = {}
        for f in facts:
            if not isinstance(f.value, list) and f.id not in used:
                by_sentence.setdefault(f.sentence, []).append(f)
        groups: list[list[Fact]] = []
        for si, fs in by_sentence.items():
            if si < 1:
                continue
            head = doc.text[doc.sentences[si].start : fs[0].start]
            text = doc.sentence_text(si)
            if _COMPRISES.search(head) and not STOP_TOTAL.search(text):
                ps = [f for f in fs if same_unit(f, fs[0])]
                if len(ps) == len(fs) == 2 and not SUBSET_BETWEEN.search(doc.text, ps[0].end, ps[1].start):
                    # ("omfatter 6.420 ledige, hvoraf 3.088 har fået arbejde": a group and a part of it)
                    groups.append(ps)
            # "De tre nordligste anlæg får 61,2 MW, mens de tre øvrige tilsammen får 37,4 MW"
            else:
                ps = [f for f in fs if f.kind != "count" or any(ch.isdigit() for ch in f.text)]  # "de tre øvrige"
                if len(ps) == 2 and same_unit(*ps) and \
                        _COMPLEMENT.search(doc.text[ps[0].end : ps[1].start]) and \
                        not STOP_TOTAL.search(doc.text[doc.sentences[si].start : ps[0].start]):
                    groups.append(ps)
        # "stod for N" in two sentences of one paragraph
        stood = [f for f in facts if f.id not in used and not isinstance(f.value, list)
                 and _STOOD_FOR.search(text_before(doc, f, 30))] if _STOOD_ANY.search(doc.text) else []
        for a, b in zip(stood, stood[1:]):
            if b.sentence - a.sentence in (1, 2) and same_unit(a, b) and \
                    doc.sentences[a.sentence].block == doc.sentences[b.sentence].block and \
                    len(by_sentence.get(a.sentence, [])) == 1 and len(by_sentence.get(b.sentence, [])) == 1 and \
                    not any(same_unit(f, a) for si in range(a.sentence + 1, b.sentence)
                            for f in by_sentence.get(si, [])):
                groups.append([a, b])
        if not groups:
            return out
        earlier = {lp.before.id for lp in self.level_pairs}
        for parts in groups:
            if any(p.id in used for p in parts):
                continue
            first = parts[0]
            pb = doc.sentences[first.sentence].block
            cands = [f for f in facts if f.sentence < first.sentence and same_unit(f, first)
                     and f.id not in earlier and not isinstance(f.value, list) and f.sentence >= 0
                     # "Til sammenligning var ...": a figure brought in from outside
                     and not _FOR_COMPARISON.match(doc.sentence_text(f.sentence))
                     and pb - doc.sentences[f.sentence].block <= 2
                     and doc.blocks[doc.sentences[f.sentence].block].kind not in ("headline", "dateline")
                     and f.qualifier not in ("over", "under", "mindst", "højst", "op mod")]
            if len(cands) != 1 or cands[0].id in used or not all(self._eligible(cands[0], p) for p in parts):
                continue
            if sum(p.number for p in parts) < 0.5 * cands[0].number:
                continue  # parts of something smaller, not of this figure
            out.append(PartsRelation(cands[0], parts, False, "across"))
            used.update(p.id for p in parts)
            used.add(cands[0].id)
        return out

    def _parts_of_named_total(self, facts: list[Fact], used: set[str]) -> list[PartsRelation]:
        """ "20 af boligerne er til borgere med demens, mens de øvrige 28 er almindelige": the
        parts name their total by its noun ("af boligerne", "af faldet"); the total is the one
        figure before them, of the same kind, nearest a mention of that noun."""
        doc = self.doc
        out = []
        by_sentence: dict[int, list[Fact]] = {}
        for f in facts:
            by_sentence.setdefault(f.sentence, []).append(f)
        for si, fs in by_sentence.items():
            if si < 1 or len(fs) < 2 or any(f.id in used for f in fs):
                continue
            m = _OF_NOUN.match(doc.text, fs[0].end)
            # the extractor may keep "af boligerne" in the count: "20 af boligerne"
            noun = m.group(1) if m else fs[0].extra.get("noun") if fs[0].extra.get("partitive") else None
            text = doc.sentence_text(si)
            if not noun or not EXHAUSTIVE.search(text) or STOP_TOTAL.search(text):
                continue
            parts = [f for f in fs if same_unit(f, fs[0]) and not isinstance(f.value, list)]
            if len(parts) != 2 or parts[0].kind != "count":
                continue  # "N af boligerne" is a count's idiom; "skære en milliard af rammen" is not
            word = _base_word(noun)
            # the figures the noun is said of: in their subject ("48 nye plejeboliger") or just
            # before them ("et fald på 23.212")
            named = [f for f in facts if si - 8 <= f.sentence < si and same_unit(f, parts[0])
                     and f.id not in used and not isinstance(f.value, list)
                     and (word in (f.subject or "").lower()
                          or word in " ".join(_WORDS.findall(text_before(doc, f, 30))[-3:]).lower())]
            if len({f.number for f in named}) != 1 or not all(0 < p.number <= named[-1].number * 10 for p in parts):
                continue  # none, or figures of different size: which one is meant?
            # "17 af landets kommuner har betalt parkering, mens 44 kommuner har vagter": "mens"
            # alone sets two groups side by side, which need not cover the whole (nor each other);
            # "de øvrige 28", "resten" say they do
            cues = {m.group().lower() for m in EXHAUSTIVE.finditer(text)}
            out.append(PartsRelation(named[-1], parts, cues != {"mens"}, "named"))
            used.update(p.id for p in parts)
            used.add(named[-1].id)
        return out

    def _parts_pointing_back(self, facts: list[Fact], used: set[str]) -> list[PartsRelation]:
        """ "I 2020 fik huset 148.000 besøg mod 312.000 i 2019. ... Besøgene i 2020 fordelte sig
        med 96.000 ..., 38.000 ... og 14.000 ...": a sentence that splits something before its first
        figure, and the one figure of that kind (of the year it names) in the two sentences before."""
        doc = self.doc
        out = []
        by_sentence: dict[int, list[Fact]] = {}
        for f in facts:
            by_sentence.setdefault(f.sentence, []).append(f)
        for si, fs in by_sentence.items():
            if si < 1 or len(fs) < 2 or any(f.id in used for f in fs):
                continue
            head = doc.text[doc.sentences[si].start : fs[0].start]
            if not _SPLIT_BEFORE.search(head) or STOP_TOTAL.search(doc.sentence_text(si)):
                continue
            parts = [f for f in fs if same_unit(f, fs[0]) and not isinstance(f.value, list)]
            if len(parts) < 2:
                continue
            year = _re.search(r"\b(?:19|20)\d\d\b", head)
            cands = []
            for sj in (si - 1, si - 2):
                if sj < 0 or abs(doc.sentences[sj].block - doc.sentences[si].block) > 1:
                    break
                cands = [f for f in by_sentence.get(sj, []) if same_unit(f, parts[0]) and f.id not in used
                         and not isinstance(f.value, list)
                         # "Det svarer til en stigning på 410 elever": a change, not what is split
                         and not _CHANGE_BY_BEFORE.search(text_before(doc, f, 40))
                         and not DIFFERENCE_AFTER.match(doc.text, f.end)]
                if year:
                    cands = [f for f in cands if year.group() in text_before(doc, f, 40) + text_after(doc, f, 20)
                             and not _re.search(r"\b(?:19|20)\d\d\b", text_after(doc, f, 20).replace(year.group(), ""))]
                if cands:
                    break
            if len(cands) != 1 or not all(self._eligible(cands[0], p) for p in parts):
                continue
            closed = " og " in doc.text[parts[-2].end : parts[-1].start]
            out.append(PartsRelation(cands[0], parts, closed or bool(EXHAUSTIVE.search(head)), "back"))
            used.update(p.id for p in parts)
            used.add(cands[0].id)
        return out

    def _only_one_in_sentence(self, total: Fact, facts: list[Fact]) -> bool:
        """Without a cue word, a total is only trusted when it is the one such figure around."""
        return sum(1 for f in facts if f.sentence == total.sentence and same_unit(f, total)) == 1

    def _parts_before(self, total: Fact, prev: list[Fact]) -> PartsRelation | None:
        """Parts in the sentence before a total: "407 mio. kr., mens 938 mio. kr. Samlet 1.345"."""
        doc = self.doc
        if not (TOTAL_BEFORE.search(text_before(doc, total, 60))
                or TOTAL_OPENING.match(doc.sentence_text(total.sentence))):
            return None
        ps = [f for f in prev if f.sentence == total.sentence - 1
              and doc.sentences[f.sentence].block == doc.sentences[total.sentence].block]
        if len(ps) < 2 or not all(self._eligible(total, f) for f in ps):
            return None
        beside = [f for f in self.numbers if f.sentence == total.sentence and f.start > total.end
                  and same_unit(f, total)]
        if beside and MENS_CLAUSE.search(doc.text, total.end, beside[0].start):
            return None  # "De nordiske bevillinger stiger samlet med 97,3 mio. kr., mens bevillingerne
            # fra erhvervslivet stiger med 12,4 mio. kr.": one of two items side by side, each its own
        s = doc.sentences[ps[0].sentence]
        stext = doc.text[s.start : s.end]
        if STOP_TOTAL.search(stext) or not PART_CUE.search(stext):
            return None
        if any(_SUBSET_BEFORE.search(text_before(doc, f, 20)) for f in ps[1:]):
            return None  # "2.400 møller, heraf 8 havmøller": a figure and its subset, not siblings
        years_t = set(_YEAR.findall(doc.sentence_text(total.sentence)))
        years_p = set(_YEAR.findall(stext))
        if years_t and years_p and not years_t & years_p:
            return None  # "I 1990 ... 2.400 ... I 2000 var det samlede antal 4.100": two years
        return PartsRelation(total, ps, True, "before")

    def _parts_in_list(self, total: Fact, rest: list[Fact], announced_only: bool = False
                       ) -> PartsRelation | None:
        """A total, a sentence ending in ":" that announces a split, then one part per bullet."""
        doc = self.doc
        tb = doc.sentences[total.sentence].block
        announce = None
        last = total.sentence + (3 if announced_only else 4)
        for si in range(total.sentence, min(last, len(doc.sentences))):
            st = doc.sentence_text(si).rstrip()
            cue = r"(?i)\bfordel" if announced_only else r"(?i)\bfordel|\bgår\s+til|\bbruges|\bheraf|\bsåledes"
            if st.endswith(":") and _re.search(cue, st):
                announce = si
                break
        if announce is None or doc.sentences[announce].block > tb + 2:
            return None
        # Another figure of the same kind between the total and the list ("knap 31 mia. kr. ...
        # I alt 83,8 mio. kr. til nye initiativer. Pengene fordeles sådan:"): the list may split
        # either, so the farther total keeps it only if the parts add up to it.
        nearer = any(f.sentence <= announce and same_unit(f, total) and not isinstance(f.value, list)
                     for f in rest)
        parts = []
        block = doc.sentences[announce].block + 1
        indent = None
        for f in rest:
            b = doc.blocks[doc.sentences[f.sentence].block]
            if b.index < block:
                continue
            if b.index != block or b.kind != "bullet" and not (
                    b.kind in ("heading", "paragraph") and _LABEL_LINE.fullmatch(doc.text, b.start, b.end)
                    and b.start < f.start):
                break  # (a list item is a bullet, or a line "Uge 51: 223" of a list without marks)
            # a bullet set further out than the first part is the outer list's next item:
            # "• 900 søgende ... fordeles således: / • 700 ... / • 200 ... / • 1.300 ..."
            own = b.start - (doc.text.rfind("\n", 0, b.start) + 1)
            if indent is None:
                indent = own
            elif own < indent:
                break
            if not self._eligible(total, f):
                return None
            parts.append(f)
            block += 1
        if len(parts) < 2:
            return None
        if nearer and not _sum_interval(parts).meets(interval(total)):
            return None
        return PartsRelation(total, parts, True, "list")

    def _eligible(self, total: Fact, f: Fact) -> bool:
        if not same_unit(total, f) or f.number is None or total.number is None:
            return False
        if said_as_deficit(self.doc, f) and not said_as_deficit(self.doc, total):
            return False  # "overskud på 412,6 ... investeringerne 468,0, mens driften gav et
            # underskud på 52,1": a deficit takes away from the total, it is not added
        if _NET_NAMED_BEFORE.search(text_before(self.doc, total, 40)) and \
                not _NET_NAMED_BEFORE.search(text_before(self.doc, f, 40)):
            return False  # "Ekstraudgifterne ... 39,1 mio. kr., ... kompensation ... 62,2 mio. kr.
            # Samlet ... en merkompensation på ca. 23 mio. kr.": an excess is a difference, its
            # gross figures are no parts of it
        sign = said_sign(self.doc, f)
        if sign is not None and sign != (said_sign(self.doc, total) or "mer"):
            return False  # "et merforbrug på 6,7 ... 11,5 ..., et mindreforbrug på 11,3 ... og et
            # merforbrug på 6,5": an underspend takes away from a total overspend
        if _FALL_BY_BEFORE.search(text_before(self.doc, f, 40)) and \
                not _FALL_BY_BEFORE.search(text_before(self.doc, total, 40)):
            return False  # "stiger med 42,5 mio. kr., mens ... giver et fald på 18,2 mio. kr.": a
            # fall takes away from a total rise, it is not added
        if CHANGED_BY_BEFORE.search(text_before(self.doc, f, 40)) and not said_as_change(self.doc, total):
            return False  # "beskæftigede 18.420 ... Sengeafsnit er steget med 1.402": a change is
            # no part of a level
        if f.kind == "count" and _TIMES.fullmatch(f.subject or "") and not _TIMES.fullmatch(total.subject or ""):
            return False  # "i alt 812 ambulancer ..., mens bådene var ude 2 gange": how often, no part
        if isinstance(f.value, list):
            return False
        # a part larger than its total is an error to report, not a reason to look away;
        # beyond a thousandfold (a slipped scale word) it is something else
        return 0 < f.number <= total.number * 1000.5

    def _parts_in_sentence(self, total: Fact, rest: list[Fact], strong_only: bool = False,
                           of_total: bool = False) -> PartsRelation | None:
        doc = self.doc
        same = [f for f in rest if f.sentence == total.sentence]
        if len(same) < 2:
            return None
        gap = doc.text[total.end : same[0].start]
        if _NEW_CLAUSE_GAP.search(gap) or _ADDED_TO.search(gap):
            return None  # "10 lokalbaner fordelt på hele Sjælland, og er ejet af de 45 kommuner":
            # the figures after a new clause are another thing's; "el købt fra nettet (140 mio.
            # kWh) blev suppleret med egen produktion fordelt på 310 og 95 mio. kWh": an addition
        if not (of_total and same_unit(total, same[0])) and \
                not (STRONG_PART_CUE if strong_only else PART_CUE).search(gap):
            return None
        if strong_only and not same_unit(total, same[0]):
            return None
        parts = []
        for f in same:
            if not self._eligible(total, f):
                break
            if len(parts) >= 2 and _SUBSET_BEFORE.search(text_before(doc, f, 20)):
                break  # "fordelt med 210 ... og 90 ..., heraf 15 mio. kr. til ...": a part of a part
            if parts and _NEW_VERB_BEFORE.search(doc.text, parts[-1].end, f.start):
                break  # "eksporterer 7 mio. kg, heraf 3 mio. kg i glas, og importerer 12 mio.
                # kg": the figure after a verb of its own is that verb's, not a part
            if parts and f.kind == "count" and not _subjects_agree(parts[-1], f) \
                    and _RELATIVE_GAP.search(doc.text, parts[-1].end, f.start):
                continue  # "Nordhallen med 12.500 pladser, hvor der blev spillet 28 kampe, og
                # Sydhallen med 11.000": a figure of its own in a clause about the part before
            parts.append(f)
        parts = _levels_only(doc, parts)
        if len(parts) < 2:
            return None
        span = doc.text[total.end : parts[-1].end]
        # "et løft på fem mia. kr., hvoraf 400 mio. kr. ... og 600 mio. kr. ...": "heraf" lists are
        # often the whole ("60 plejeboliger, heraf 24 ... og 36 ..."), but parts that come to
        # more than 8 % under the total may be some of it ("169.000 ansatte, heraf 65.000 ...,
        # 20.000 ... og 51.000 ...", "25 operationer, heraf 4 reoperationer og 7 med robot",
        # "66 bygningsbrande, heraf 35 med boliger og 4 gårdbrande"); a slip in a split
        # leaves it nearly whole or too large
        share = sum(p.number for p in parts) / total.number if total.number else 0.0
        # (a split by years, "12,4 mio. kr. over to år, heraf 7,2 mio. kr. i 2024 og 5,2 mio. kr.
        # i 2025", names every year of it)
        by_year = all(_YEAR_AFTER.match(doc.text, p.end) for p in parts)
        exhaustive = (bool(EXHAUSTIVE.search(span)) or " og " in doc.text[parts[-2].end : parts[-1].start]) \
            and not (_PARTIAL.search(span) and share < (0.7 if by_year else 0.92))
        if exhaustive and share < 0.92 and not _EXHAUSTIVE_WORD.search(span) \
                and MENS_CLAUSE.search(doc.text, parts[-2].end, parts[-1].start) \
                and not _slip_short(total.number - sum(p.number for p in parts)):
            # "Af de 48.600 ha blev 29.000 ha brugt til nåletræ, mens der stod løvtræ på 14.000 ha":
            # two uses set against each other with "mens" may be two of several; a slip in a
            # split leaves it nearly whole (or too large, which is still found)
            exhaustive = False
        if exhaustive and (of_total or _PARTIAL.search(span)) and not EXHAUSTIVE.search(span) \
                and share < 0.9 and total.subject \
                and all(_head_noun(p.subject) == _head_noun(total.subject) for p in parts):
            # "Af de 44 udrykninger er der 14 udrykninger til øjenskader og 16 udrykninger til
            # håndskader": each part repeats the whole's noun to pick out a kind of it, not all of
            # it (a split names its parts: "60 plejeboliger, heraf 24 til borgere med demens og
            # 36 almindelige boliger"); a slip in a split leaves it nearly whole or too large
            exhaustive = False
        if exhaustive and (total.kind == "count" or share < 0.9) and _SUBSET_CUE.search(gap) \
                and MENS_CLAUSE.search(span):
            # "131 sigtede førere, hvoraf 20 var i ulykker, mens 63 førere blev sigtet for ...":
            # groups of people picked out of the total, not a split of it; "62,1 mio. kr., hvoraf
            # 39,7 mio. er håndværk, mens bygningsværdien er 14,25 mio. kr.": two items of it
            exhaustive = False
        return PartsRelation(total, parts, exhaustive, "sentence")

    def _each_its_own_date(self, parts: list[Fact], total: Fact | None = None) -> bool:
        """Whether each figure of one sentence has a date of its own right before it (after the
        figure before it), and the dates differ: values of one thing at several times."""
        doc = self.doc
        seen = set()
        lo = doc.sentences[parts[0].sentence].start
        for p in parts:
            own = [d for d in doc.facts if d.kind == "date" and lo <= d.start and d.end <= p.start]
            if not own:
                return self._each_its_own_year(parts, total)
            seen.add(str(own[-1].value) if own[-1].value is not None else own[-1].text.lower())
            lo = p.end
        return len(seen) == len(parts) or self._each_its_own_year(parts, total)

    def _each_its_own_year(self, parts: list[Fact], total: Fact | None) -> bool:
        """Whether each figure of one sentence has a year of its own right before or right after
        it, and the years differ: "For hele 2020 lå tallet på 9,0 mio., mens det var 5,3 mio. i
        2019" (one figure of two years; a total over those years would name them)."""
        doc = self.doc
        s = doc.sentences[parts[0].sentence]
        if STRONG_PART_CUE.search(doc.text, s.start, s.end):
            return False  # "De er fordelt med 0,5 mio. kr. i 2018, 4,0 mio. kr. i 2019 og ...": a
            # total split by year
        years = [d for d in doc.facts if d.kind == "date" and d.precision == "year"
                 and s.start <= d.start and d.end <= s.end]
        taken: set[str] = set()
        for i, p in enumerate(parts):
            lo = parts[i - 1].end if i else s.start
            hi = parts[i + 1].start if i + 1 < len(parts) else s.end
            before = [d for d in years if lo <= d.start and d.end <= p.start and str(d.value)[:4] not in taken]
            after = [d for d in years if p.end <= d.start and d.end <= hi and str(d.value)[:4] not in taken]
            own = before[-1:] or after[:1]
            if not own:
                return False
            taken.add(str(own[0].value)[:4])
        if total is not None and taken <= set(_YEAR.findall(doc.sentence_text(total.sentence))):
            return False  # "I alt 14,3 mio. i 2019 og 2020 ...": a total of those years
        return len(taken) == len(parts)

    def _parts_following(self, total: Fact, rest: list[Fact], opening: bool = False
                         ) -> PartsRelation | None:
        """Parts in the one or two sentences after the total ("..., mens 37 mio. kr. ...")."""
        doc = self.doc
        limit = 3 if opening else 2
        nxt = [f for f in rest if total.sentence < f.sentence <= total.sentence + limit]
        if opening:
            # "1 mia. kr. ... [a sentence without amounts] ... Af de mange penge går 430 mio. kr.
            # til ..., 390 mio. kr. ... og 180 mio. kr. ...": the next amounts after the total
            nxt = [f for f in nxt if same_unit(f, total)]
        if not nxt:
            return None
        first_sentence = nxt[0].sentence
        parts = _levels_only(doc, [f for f in nxt if f.sentence == first_sentence])
        if any(_SUBSET_BEFORE.search(doc.text, a.end, b.start) or _NEW_VERB_BEFORE.search(doc.text, a.end, b.start)
               for a, b in zip(parts, parts[1:])):
            return None  # "Vi eksporterer 7 mio. kg, heraf 3 mio. kg i glas, og importerer 12 mio.
            # kg": a figure and a part of it, not parts side by side
        same = [f for f in parts if same_unit(f, total)]
        if len(same) == 1:
            rel = self._part_and_rest(total, same[0], rest)
            if rel is not None:
                return rel
        if len(parts) < 2:
            return None
        if any(p.qualifier and 0.9 * total.number <= p.number <= 1.1 * total.number for p in parts):
            return None  # "De 1.714 anmeldelser ... Af de ca. 1.700 anmeldelser var næsten 1.200":
            # the total said again, and a part of it: no list of parts
        s = doc.sentences[first_sentence]
        stext = doc.text[s.start : s.end]
        if STOP_TOTAL.search(stext) or not (PART_CUE.search(stext) or opening and OPENING_PART_CUE.match(stext)):
            return None
        if _START_AND_END.search(stext):
            return None  # "Primo 2021 var der 184 klinikker, mens der ultimo året var 182": one
            # count at two times, no parts of a total
        if self._each_its_own_date(parts, total):
            return None  # "I marts 2014 var tallet 52.000, mens det i marts 2013 var 49.000": one
            # figure at two times
        if opening and not (OPENING_PART_CUE.match(stext) or
                            STRONG_PART_CUE.search(doc.text[s.start : parts[0].start])):
            return None
        # the parts' sentence must follow the total's sentence in the same block or list
        tb = doc.blocks[doc.sentences[total.sentence].block]
        pb = doc.blocks[s.block]
        reach = 2 if opening and OPENING_PART_CUE.match(stext) else 1
        if pb.index != tb.index and not (tb.index < pb.index <= tb.index + reach and
                                         {tb.kind, pb.kind} <= {"bullet", "paragraph", "lead"}):
            return None
        if pb.index != tb.index and pb.kind != "bullet" and not opening and \
                not STRONG_PART_CUE.search(doc.text[s.start : parts[0].start]):
            return None  # a new paragraph goes on with parts only when it says so ("Heraf ...")
        if NEW_TOPIC.match(stext):
            return None  # "På ældreområdet afsættes 1 mio. kr. ..., mens ...": another area
        if opening and first_sentence > total.sentence + 1 and not OPENING_PART_CUE.match(stext):
            return None
        if not all(self._eligible(total, f) for f in parts):
            return None
        lead = [f for f in self.numbers if f.sentence == first_sentence and f.end <= parts[0].start]
        if lead and _SPREAD_CUE.search(doc.text, lead[-1].end, parts[0].start):
            return None  # "..., en omsætning på 40 mio. kr., fordelt på godt 900 arrangementer i
            # de seks sale": the sentence splits its own figure, not the total before it
        # "Af de mange penge går 430 ..., 390 ... og 180 ...": a list closed with "og" covers the
        # total, unless "heraf" says the parts are only some of it
        closed = " og " in doc.text[parts[-2].end : parts[-1].start] and not _PARTIAL.search(stext)
        cues = {m.group().lower() for m in EXHAUSTIVE.finditer(stext)}
        if cues == {"mens"} and not closed and total.number and not STRONG_PART_CUE.search(stext) and \
                sum(p.number or 0 for p in parts) < 0.5 * total.number:
            # "Der afsættes 1 mio. kr. til X, mens 4,5 mio. kr. går til Y" after a total of 13,3:
            # "mens" sets two amounts side by side; under half the total, they are not its parts
            return None
        listed = sum(p.number or 0 for p in parts)
        share = listed / total.number if total.number else 0.0
        if _PARTIAL.search(stext) and 0 < share < 0.75 and not _slip_short(total.number - listed) \
                and not (any(abs(share * k - 1) < 0.05 for k in (10, 100, 1000))
                         and all(any(ch.isdigit() for ch in p.text) for p in parts)):
            # "73,4 mio. kr. ... Heraf kom 34 millioner fra ..., 12 millioner fra ..., mens 6
            # millioner var ...": a "heraf" list well short of its total names the main items
            # (unless the shortfall has the shape of a slip: a digit, a comma, a scale word)
            return PartsRelation(total, parts, False, "following")
        # "godt 2500 boliger ... Af disse var knap 1800 enfamiliehuse, mens 165 ejerlejligheder":
        # two kinds set against each other with "mens" may be two of several (a slip in a split
        # leaves it nearly whole, or short by what a slip takes: 700, 30.000)
        only_mens = cues == {"mens"} and not closed and share < 0.92 \
            and not _slip_short(total.number - listed) \
            and not any(abs(share * k - 1) < 0.05 for k in (10, 100, 1000))  # (a slipped comma)
        return PartsRelation(total, parts, (bool(cues) or closed) and not only_mens, "following")

    def _part_and_rest(self, total: Fact, part: Fact, rest: list[Fact]) -> PartsRelation | None:
        """ "I alt 443 konkurser. Heraf var 231 i aktive virksomheder. De resterende 212 var i
        nulvirksomheder.": one part said with "heraf", the rest in the next sentence."""
        doc = self.doc
        si = part.sentence
        if si != total.sentence + 1 or not OPENING_PART_CUE.match(doc.sentence_text(si)) \
                or not self._eligible(total, part):
            return None
        if sum(1 for f in rest if f.sentence == si and same_unit(f, total)) != 1:
            return None
        nxt = [f for f in rest if f.sentence == si + 1 and same_unit(f, total)]
        if len(nxt) != 1 or not self._eligible(total, nxt[0]) or \
                doc.sentences[si + 1].block != doc.sentences[si].block:
            return None
        if not _REST_OPENING.match(doc.sentence_text(si + 1)):
            return None
        return PartsRelation(total, [part, nxt[0]], True, "following")

    # ------------------------------------------------------------------ tables
    @cached_property
    def table_relations(self) -> list[PartsRelation]:
        """Columns of a table written as text that end in an "I alt" row."""
        doc = self.doc
        if not _TABLE_GAP.search(doc.text):
            return []  # no figure after a run of spaces or a tab: no table (one cheap pass)
        by_start = {f.start: f for f in doc.facts}
        covering = sorted(doc.facts, key=lambda f: f.start)
        out: list[PartsRelation] = []
        rows: list[tuple[str, list[tuple[int, int]]]] = []
        last_end = -1

        def cell_fact(a: int, b: int) -> Fact | None:
            f = by_start.get(a)
            if f is None:
                for g in covering:
                    if g.start <= a and b <= g.end:
                        f = g
                        break
                    if g.start > a:
                        break
            if f is None or f.kind not in ("count", "money", "quantity", "percent"):
                return None
            return f

        base_row: list[tuple[int, int]] | None = None
        loose_base = False  # the base row came right after another unsigned row
        signed_rows: list[list[tuple[int, int]]] = []
        # "I alt" as the first row, its parts under it (as Danmarks Statistik sets tables): only
        # verified when they add up, since rows under a total may also be its subsets
        top: list[tuple[int, int]] | None = None
        top_rows: list[list[tuple[int, int]]] = []

        def flush_top() -> None:
            if top is None or len(top_rows) < 2:
                return
            for j, (a, b) in enumerate(top):
                total = cell_fact(a, b)
                if total is None or total.kind == "percent":
                    continue
                parts = [cell_fact(*r[j]) for r in top_rows if len(r) == len(top)]
                if len(parts) == len(top_rows) and all(p is not None and same_unit(total, p) for p in parts):
                    out.append(PartsRelation(total, parts, False, "table-top"))

        for m in _TABLE_ROW.finditer(doc.text):
            if doc.text[last_end:m.start()].count("\n") > 1 and last_end >= 0:
                rows = []  # a blank line ends a table
                base_row, signed_rows = None, []
                flush_top()
                top, top_rows = None, []
            last_end = m.end()
            # (a cell with no figure, "I/T", keeps its column: cell_fact gives None for it, and the
            # column's sum is not checked)
            cells = [(m.start("nums") + c.start(), m.start("nums") + c.end())
                     for c in _ROW_CELL.finditer(m.group("nums"))]
            label = m.group("label").strip()
            if _SUBSET_LABEL.match(label) and not _TOTAL_LABEL.match(label):
                # "Heraf til investering i immaterielt  -1.200": a part of the row above, in no
                # sum of the rows (and no row of its own for a total at the top)
                continue
            signs = [doc.text[a] in "+-−" for a, b in cells if any(ch.isdigit() for ch in doc.text[a:b])]
            # an accounts table: a result row, rows written with their sign ("-83", "+26"), then
            # the next result row, which is the first plus the signed rows
            if any(signs) and not all(signs) and not _RESULT_LABEL.search(label):
                # some cells signed and some not ("Pengestrøm til investering  -6.100  1.200"): a
                # signed row with a positive figure written without its plus, or a base? Unclear,
                # so the running sum ends here
                base_row, signed_rows = None, []
            elif all(signs):
                if base_row is not None and len(cells) == len(base_row):
                    signed_rows.append(cells)
                else:
                    base_row, signed_rows = None, []
            else:
                if base_row is not None and signed_rows and len(cells) == len(base_row) \
                        and _RESULT_LABEL.search(label) and not loose_base:
                    # (only a result closes the running sum: "Investeringsafkast" after
                    # "Præmier" and "-Pensionsydelser" is one more line, not their sum)
                    for j, (a, b) in enumerate(cells):
                        total = cell_fact(a, b)
                        parts = [cell_fact(*base_row[j])] + [cell_fact(*r[j]) for r in signed_rows]
                        if total is not None and all(p is not None and same_unit(total, p) for p in parts):
                            out.append(PartsRelation(total, parts, True, "table"))
                    base_row, signed_rows, loose_base = cells, [], False
                elif signed_rows:
                    base_row, signed_rows = None, []  # the running sum is broken
                else:
                    # two unsigned lines in a row ("Præmier  3.412", "Afkast  2.870") before the
                    # signed ones: a key-figure table of selected lines, no running sum
                    loose_base = base_row is not None and not _RESULT_LABEL.search(label) and not all(
                        _YEAR.fullmatch(doc.text, a, b) for a, b in base_row)  # (not a header)
                    base_row = cells
            # "Januar 2020  64.125 / August 2022  40.913 / Fald  23.212": a change row under the
            # two levels it is the change between
            ch = _CHANGE_ROW.match(label)
            if ch and len(rows) >= 2 and len(rows[-1][1]) == len(rows[-2][1]) == len(cells):
                for j, (a, b) in enumerate(cells):
                    d, x, y = cell_fact(a, b), cell_fact(*rows[-2][1][j]), cell_fact(*rows[-1][1][j])
                    if d is None or x is None or y is None or not (same_unit(d, x) and same_unit(d, y)):
                        continue
                    if ch.group(1).lower().startswith(("fald", "tilbagegang", "nedgang")):
                        out.append(PartsRelation(x, [y, d], True, "table"))  # 40.913 + 23.212 = 64.125
                    else:
                        out.append(PartsRelation(y, [x, d], True, "table"))
                rows = []
                continue
            if top is not None and not _SUBSET_LABEL.match(label):  # ("Heraf i alt" is a side row)
                if _TOTAL_LABEL.match(label) or len(cells) != len(top):
                    flush_top()  # another total or another shape ends it
                    top, top_rows = None, []
                else:
                    top_rows.append(cells)
            elif _TOTAL_LABEL.match(label) and not rows and not _SUBSET_LABEL.match(label):
                top, top_rows = cells, []
            if _TOTAL_LABEL.match(label) and rows:
                # (a header of years over the columns, "  2021  2022  2023", is no row of figures)
                body = [r for r in rows if not (_YEAR.fullmatch(r[0]) and all(
                    _YEAR.fullmatch(doc.text, a, b) for a, b in r[1]))]
                found: list[PartsRelation] = []
                for j, (a, b) in enumerate(cells):
                    total = cell_fact(a, b)
                    parts = []
                    for _, rc in body:
                        if j >= len(rc) or len(rc) != len(cells):
                            parts = []
                            break
                        pf = cell_fact(*rc[j])
                        if pf is None:
                            parts = []
                            break
                        parts.append(pf)
                    if total is not None and len(parts) >= 2 and all(same_unit(total, p) for p in parts):
                        # "I alt", "Total" sum the rows above; "Samlet restbetaling" may be one
                        # more figure of a table of key figures
                        named = not _SUM_LABEL.match(label)
                        found.append(PartsRelation(total, parts, not named, "table-named" if named else "table"))
                if len(body) < len(rows) and len(found) >= 2 and not any(_adds_up(r) for r in found):
                    found = []  # a column for each year, none adding up to its total: the total
                    # counts otherwise than its rows (each person once, say), not a slip in every year
                out += found
                rows = []
            else:
                rows.append((label, cells))
        flush_top()
        return out

    @cached_property
    def year_rows(self) -> list[tuple[str, list[Fact], list[str]]]:
        """Rows of a table written as text under a header of years ("Hovedtal  2024  2023",
        "Skole  Elever 2022  Elever 2023"): (label, one fact per cell, the column's years)."""
        doc = self.doc
        text = doc.text
        # only the lines with a figure after a run of spaces or a tab (one cheap pass), and only
        # in a text that names a year somewhere
        if ("  " not in text and "\t" not in text) or not _YEAR.search(text):
            return []
        starts = []
        pos = 0
        for line in text.split("\n"):
            if ("  " in line or "\t" in line) and any(ch.isdigit() for ch in line):
                starts.append(pos)
            pos += len(line) + 1
        out = []
        header: list[str] | None = None
        last_end = -1
        facts = sorted((g for g in doc.facts if g.number is not None), key=lambda g: g.start)
        fstarts = [g.start for g in facts]
        for line_start in starts:
            m = _YEAR_ROW.match(text, line_start)
            if m is None:
                continue
            if last_end < 0 or _BLANK_LINE.search(text, last_end, m.start()):
                # the first row of a table: its header is the line before, if it names years
                prev_end = line_start - 1
                prev = text[text.rfind("\n", 0, max(prev_end, 0)) + 1 : prev_end] if prev_end > 0 else ""
                years = _YEAR.findall(prev)
                header = years if len(years) >= 2 else None
            last_end = m.end()
            texts = _GAP_SPLIT.split(m.group("nums").strip())
            if not all(t[:1].isdigit() or t[:1] in "+-−" for t in texts):
                continue  # a sentence with a double space, not a row of figures
            years = [_YEAR.findall(t) for t in texts]
            if len(texts) >= 2 and all(len(y) == 1 for y in years):
                header = [y[0] for y in years]  # "Hovedtal   2024   2023", "3. kvt. 2023   3. kvt. 2022"
                continue
            if header is None or len(texts) != len(header):
                continue
            cells = []
            for c in _CELL.finditer(m.group("nums")):
                a = m.start("nums") + c.start()
                i = bisect.bisect_right(fstarts, a) - 1
                # the fact that covers the cell's first digit ("kr.      3,7 mia." starts before it)
                f = facts[i] if i >= 0 and facts[i].end > a else None
                if f is None or isinstance(f.value, list):
                    break
                cells.append(f)
            if len(cells) == len(header):
                out.append((m.group("label").strip(), cells, header))
        return out

    # ------------------------------------------------------------------ stock and flow
    @cached_property
    def stock_flows(self) -> list[StockFlow]:
        doc = self.doc
        out = []
        counts = [f for f in doc.facts if f.kind == "count" and not isinstance(f.value, list)]
        by_block: dict[int, list[Fact]] = {}
        for f in counts:
            by_block.setdefault(f.block, []).append(f)
        for block, fs in by_block.items():
            roles: dict[str, Fact] = {}
            for f in fs:
                sent = doc.sentence_text(f.sentence)
                near_after = text_after(doc, f, 40)
                near_before = text_before(doc, f, 60)
                if "inflow" not in roles and _IN.search(near_after[:30] + " " + near_before[-20:]):
                    roles["inflow"] = f
                elif "outflow" not in roles and (
                        _I_ALT_END.search(near_before) and _OUT.search(text_after(doc, f, 80))
                        or _OUT.match(near_after[:25].lstrip(" \t")) is not None
                        or _LEFT_AFTER.match(near_after)):
                    roles["outflow"] = f
                elif "start" not in roles and _START.search(sent):
                    roles["start"] = f
                elif "end" not in roles and "start" in roles and f.value != roles["start"].value and (
                            _END.search(near_before[-30:] + " " + near_after[:20]) or any(
                                d.kind == "date" and d.sentence == f.sentence for d in doc.facts)):
                    roles["end"] = f
            if len(roles) == 3 and "outflow" not in roles:
                # "... i dag står der nul borgere på listen. Alle 48 har fået en bolig": the sentence
                # after the end that opens on "Alle N" counts all who left
                end = roles["end"]
                nxt = [f for f in fs if f.sentence == end.sentence + 1]
                if len(nxt) == 1 and _ALL_OPENING.match(text_before(doc, nxt[0], 20)) and \
                        nxt[0] not in roles.values():
                    roles["outflow"] = nxt[0]
            if len(roles) == 4:
                out.append(StockFlow(roles["start"], roles["inflow"], roles["end"], roles["outflow"]))
        return out

    # ------------------------------------------------------------------ "N af M"
    @cached_property
    def part_of_pairs(self) -> list[tuple[Fact, Fact]]:
        """A count and the count it is part of: "190 af skolens 1.000 elever"."""
        doc = self.doc
        counts = [f for f in doc.facts if f.kind == "count" and not isinstance(f.value, list)]
        out = []
        for a, b in zip(counts, counts[1:]):
            if a.sentence == b.sentence and 0 < a.number <= b.number and _N_OF_M.fullmatch(doc.text[a.end : b.start]):
                out.append((a, b))
        for i, a in enumerate(counts):
            # "130 tjenestebiler, og 42 af dem": "dem" is the count just before, in the sentence
            # (the extractor may keep "af dem" in the count's own text: "42 af dem")
            if i and (_AF_DEM.match(doc.text[a.end : a.end + 10]) or _AF_DEM_END.search(a.text)):
                b = counts[i - 1]
                if b.sentence == a.sentence and 0 < a.number <= b.number:
                    out.append((a, b))
        by_sentence: dict[int, list[Fact]] = {}
        for f in counts:
            by_sentence.setdefault(f.sentence, []).append(f)
        for si, fs in by_sentence.items():
            if si < 0:
                continue
            start = doc.sentences[si].start
            # "Af de 8.240 solgte biler var 655 elbiler": the whole opens the sentence, the part follows
            if len(fs) >= 2 and _OF_THE_OPENING.fullmatch(doc.text, start, fs[0].start) \
                    and not _PART_BREAK.search(doc.text, fs[0].end, fs[1].start):
                b, a = fs[0], fs[1]
                if 0 < a.number < b.number:
                    out.append((a, b))
            # "I alt 8.240 varebiler. Af dem var 655 elvarebiler": the whole is the sentence before's
            elif fs and si > 0 and _OF_THEM_OPENING.fullmatch(doc.text, start, fs[0].start) \
                    and doc.sentences[si - 1].block == doc.sentences[si].block:
                prev = by_sentence.get(si - 1, [])
                if len(prev) == 1 and 0 < fs[0].number < prev[0].number:
                    out.append((fs[0], prev[0]))
        return out

    # ------------------------------------------------------------------ level pairs
    @cached_property
    def level_pairs(self) -> list[LevelPair]:
        """Pairs "fra X til Y" with X and Y of the same kind and unit in one sentence."""
        doc = self.doc
        out = []
        facts = numeric(doc.facts, ("money", "count", "quantity", "percent"))
        for a, b in zip(facts, facts[1:]):
            if a.sentence != b.sentence or not same_unit(a, b):
                continue
            if isinstance(a.value, list) or isinstance(b.value, list):
                continue
            pre = text_before(doc, a, 12)
            mid = doc.text[a.end : b.start]
            # an ordinal's dot ("i 2. kvartal") does not end the clause
            after_fra = bool(_FRA_END.search(pre))
            if after_fra and _TIL_MID.fullmatch(mid):
                out.append(LevelPair(a, b))
            elif not after_fra and _MOD_MID.fullmatch(mid):
                out.append(LevelPair(b, a))  # "217 mio. kr. mod 171 mio. kr. året før"
            elif _OP_FRA_MID.fullmatch(mid):
                out.append(LevelPair(b, a))  # "48,4 procent af forbruget, op fra 25,1 procent i 2012"
            elif FRA_MID.fullmatch(mid) and _CHANGED_TO_BEFORE.search(text_before(doc, a, 40)):
                out.append(LevelPair(b, a))  # "er skrumpet til 310 mio. kr. fra 415 mio. kr."
        out += self._series_pairs(facts)
        out += self._subject_pairs(facts)
        out += self._comparative_pairs(facts)
        out += self._compared_year_pairs(facts)
        out += self._changed_by_to_pairs(facts)
        out += self._changed_from_pairs(facts, out)
        for sf in self.stock_flows:
            out.append(LevelPair(sf.start, sf.end))
        seen: set[tuple[str, str]] = set()
        return [lp for lp in out if not ((lp.before.id, lp.after.id) in seen
                                         or seen.add((lp.before.id, lp.after.id)))]

    def _parts_listed_before(self, total: Fact, prev: list[Fact]) -> PartsRelation | None:
        """ "et løft på 2,35 mia. kr. for 2026 og et løft på 0,8 mia. kr. for 2025, i alt 2,6 mia.
        kr.": a list of figures closed by their total in the same sentence."""
        doc = self.doc
        if not _TOTAL_CLOSING.search(doc.text, max(doc.sentences[total.sentence].start, total.start - 25),
                                     total.start):
            return None
        if _COUNTS_MORE_AFTER.search(text_after(doc, total, 80)):
            return None  # "- i alt 68.968 elever, hvis man regner ungdomsskolerne med": more than the list
        ps = [f for f in prev if f.sentence == total.sentence and same_unit(f, total)
              and not isinstance(f.value, list)]
        ps = [f for f in _levels_only(doc, ps) if not DIFFERENCE_AFTER.match(doc.text, f.end)]
        if len(ps) < 2 or not all(self._eligible(total, f) for f in ps):
            return None
        if not all(_list_gap(doc.text[a.end : b.start]) for a, b in zip(ps, ps[1:])):
            return None  # figures of one list: "A ... og B ...", "A, B og C"
        if any(_FRA_END.search(text_before(doc, f, 12)) for f in ps):
            return None  # "fra 2,1 til 2,6 mia. kr., i alt ...": a level pair
        return PartsRelation(total, ps, True, "sentence")

    def _parts_in_addition(self, rel: PartsRelation, facts: list[Fact], used: set[str]) -> list[Fact]:
        """ "Heraf går 70 mio. kr. til ..., mens 80 mio. kr. ... Desuden uddeler fonden cirka 100
        mio. kr. til ...": figures of the parts' unit in the sentence right after them that opens
        by adding to them are parts too, when the parts fall short of the total without them."""
        doc = self.doc
        last = rel.parts[-1]
        si = last.sentence + 1
        if si >= len(doc.sentences) or doc.sentences[si].block != doc.sentences[last.sentence].block \
                or not _ADDITIVE_OPENING.match(doc.sentence_text(si)):
            return []
        if _sum_interval(rel.parts).hi >= interval(rel.total).lo and not _LAST_ITEM_OPENING.match(
                doc.sentence_text(si)):
            return []  # the parts already make the total: what is added comes on top of it
            # (but "Endelig solgte netbutikkerne for ca. 0,5 mia. kr." is the list's last item)
        more = [f for f in facts if f.sentence == si and f.id not in used and not isinstance(f.value, list)]
        if not more or not all(self._eligible(rel.total, f) for f in more):
            return []
        return _levels_only(doc, more)

    def _changed_from_pairs(self, facts: list[Fact], pairs: list[LevelPair]) -> list[LevelPair]:
        """ "... fra 14.300 i 2. kvartal til 14.600 i 3. kvartal. Sammenlignes med 3. kvartal 2021,
        er antallet steget fra 13.900, svarende til ...": a change from a level with no "til" in
        its sentence comes to the new level of the one pair in the sentence before (in its
        paragraph or the one before)."""
        doc = self.doc
        out = []
        for x in facts:
            if x.sentence < 1 or isinstance(x.value, list) or \
                    not _CHANGED_FROM_BEFORE.search(doc.text, doc.sentences[x.sentence].start, x.start):
                continue
            if any(f.sentence == x.sentence and f is not x and same_unit(f, x) for f in facts):
                continue  # the sentence has its own other level ("fra X til Y")
            prev = [lp for lp in pairs if lp.after.sentence == lp.before.sentence == x.sentence - 1
                    and same_unit(lp.after, x)]
            if len(prev) == 1 and doc.sentences[x.sentence].block - doc.sentences[x.sentence - 1].block <= 1:
                out.append(LevelPair(x, prev[0].after))
        return out

    def _changed_by_to_pairs(self, facts: list[Fact]) -> list[LevelPair]:
        """ "For et år siden fik sælgerne 8.890 kr. per kvadratmeter. Et år senere er den pris
        faldet 105 kr. per kvadratmeter til 7.885 kr.": a change by D to L whose sentence names
        no level it came from takes the one figure of its unit in the sentence before, when the
        change points back at it ("den pris", "prisen", "tallet") or says it per the same unit."""
        doc = self.doc
        out = []
        for lv in facts:
            # "Ved udgangen af oktober var prisen faldet til 372 kr.": to a level, no figure by
            if lv.sentence < 1 or isinstance(lv.value, list) or \
                    not _FELL_TO_BEFORE.search(doc.text, doc.sentences[lv.sentence].start, lv.start):
                continue
            head = doc.text[doc.sentences[lv.sentence].start : lv.start]
            if not _BACK_TO_LEVEL.search(head) or any(
                    f.sentence == lv.sentence and f.end <= lv.start and same_unit(f, lv) for f in facts):
                continue
            prev = [f for f in facts if f.sentence == lv.sentence - 1 and same_unit(f, lv)
                    and not isinstance(f.value, list)]
            if len(prev) == 1 and doc.sentences[lv.sentence - 1].block == doc.sentences[lv.sentence].block:
                out.append(LevelPair(prev[0], lv))
        for d, lv in zip(facts, facts[1:]):
            if d.sentence != lv.sentence or d.sentence < 1 or not same_unit(d, lv) \
                    or isinstance(d.value, list) or isinstance(lv.value, list):
                continue
            if not CHANGED_BEFORE.search(doc.text, doc.sentences[d.sentence].start, d.start) or \
                    not BY_TO_MID.fullmatch(doc.text, d.end, lv.start):
                continue
            if any(f.sentence == d.sentence and f.end <= d.start and same_unit(f, d) for f in facts):
                continue  # the sentence has its own earlier level ("fra 9.420 kr.")
            prev = [f for f in facts if f.sentence == d.sentence - 1 and same_unit(f, d)
                    and not isinstance(f.value, list)]
            if len(prev) != 1 or doc.sentences[d.sentence - 1].block != doc.sentences[d.sentence].block:
                continue
            head = doc.text[doc.sentences[d.sentence].start : d.start]
            rate = _RATE_AFTER.match(doc.text, prev[0].end)
            same_rate = rate is not None and _RATE_AFTER.match(doc.text, d.end) is not None and \
                _RATE_AFTER.match(doc.text, d.end).group(1).lower() == rate.group(1).lower()
            if same_rate or _BACK_TO_LEVEL.search(head):
                out.append(LevelPair(prev[0], lv))
        return out

    def _compared_year_pairs(self, facts: list[Fact]) -> list[LevelPair]:
        """ "En svømmer bruger 41,2 liter pr. besøg. Til sammenligning lå forbruget i 2005 på 68
        liter pr. besøg.": a sentence that says it compares, with a year and one figure, gives the
        earlier level of the one figure of its unit in the sentence before (which names no year
        of its own)."""
        doc = self.doc
        out = []
        if "ammenlign" not in doc.text:
            return out  # (one cheap test: "Til sammenligning", "Sammenlignet med")
        by_sentence: dict[int, list[Fact]] = {}
        for f in facts:
            if not isinstance(f.value, list):
                by_sentence.setdefault(f.sentence, []).append(f)
        for si, fs in by_sentence.items():
            text = doc.sentence_text(si)
            if si < 1 or len(fs) != 1 or not _FOR_COMPARISON.match(text) or not _IN_YEAR.search(text):
                continue
            prev = [f for f in by_sentence.get(si - 1, []) if same_unit(f, fs[0])]
            if len(prev) == 1 and doc.sentences[si - 1].block == doc.sentences[si].block and \
                    not _YEAR.search(doc.sentence_text(si - 1)):
                out.append(LevelPair(fs[0], prev[0]))
        return out

    def _comparative_pairs(self, facts: list[Fact]) -> list[LevelPair]:
        """ "Landmændene høstede 7,1 mio. tons. Det er 25 pct. mindre end i 2022, hvor
        produktionen var 9,5 mio. tons": the figure after "end ..., hvor" is the earlier level,
        the one figure of the same kind in the sentence before is the new one."""
        doc = self.doc
        out = []
        starts = [s.start for s in doc.sentences]
        for m in _COMPARATIVE.finditer(doc.text):
            i = bisect.bisect_right(starts, m.start()) - 1
            si = doc.sentences[i].index if i >= 0 and m.start() < doc.sentences[i].end else None
            if si is None or si == 0:
                continue
            after = [f for f in facts if f.sentence == si and f.start >= m.end() and f.kind != "percent"
                     and not isinstance(f.value, list)]
            if not after:
                continue
            y = after[0]
            if not _re.search(r"(?i)\bhvor\b|\bda\b|\bvar\b|\bde\s*$",
                                doc.text[m.end() : y.start]):
                continue
            if _NEW_CLAUSE.search(doc.text, m.end(), y.start):
                continue  # "lavere end i de seneste 40 år, hvorfor ... de ti": another clause's figure
            if _NAMED_OTHER.search(doc.text, m.end(), y.start):
                continue  # "..., hvor den største post var sygehusmedicin med 11,9 mia. kr.": the
                # earlier level of another item, named before "med"
            # "registreret 40.900 besøg, hvilket er tre procent flere end sidste år, hvor 39.700":
            # the new level stands before the comparison in its own sentence, else in the one before
            own = [f for f in facts if f.sentence == si and f.end <= m.start() and same_unit(f, y)
                   and not isinstance(f.value, list)
                   and not DIFFERENCE_AFTER.match(doc.text, f.end)  # ("Det er 5.018 flere end")
                   # the comparison is a clause about the figure: "40.900 besøg, hvilket er ..."
                   # (not "Det er 167 - eller cirka 22 procent - flere end": 167 is the difference)
                   and _ABOUT_IT.search(doc.text, f.end, m.start())]
            if own:
                if len(own) == 1:
                    out.append(LevelPair(y, own[0]))
                continue
            if any(f.sentence == si and f.end <= m.start() and same_unit(f, y)
                   and not isinstance(f.value, list) and not DIFFERENCE_AFTER.match(doc.text, f.end)
                   for f in facts):
                continue  # the sentence has its own level of the kind: the one before is not it
            prev = [f for f in facts if f.sentence == si - 1 and same_unit(f, y)
                    and not isinstance(f.value, list)]
            if len(prev) > 2 and abs(sum(f.number for f in prev[1:]) - prev[0].number) < 0.5:
                prev = prev[:1]  # "De 742 kørsler er fordelt på 520 ... og 222 ...": the whole
            if len(prev) == 1 and doc.sentences[si - 1].block == doc.sentences[si].block:
                out.append(LevelPair(y, prev[0]))
        return out

    def _subject_pairs(self, facts: list[Fact]) -> list[LevelPair]:
        """ "Omsætningen steg til 4,2 mia. kr. ... I 2023 var omsætningen 3,7 mia. kr.": the same
        subject word, its new level ("steg til") a few sentences before its level of a named
        earlier year."""
        doc = self.doc
        out = []
        for b in facts:
            if b.kind == "percent" or isinstance(b.value, list) or b.sentence < 0:
                continue
            m = _YEAR_SUBJECT.match(doc.text[doc.sentences[b.sentence].start : b.start])
            if m is None:
                continue
            stem = m.group("noun").lower()[:6]
            for si in range(b.sentence - 1, max(-1, b.sentence - 4), -1):
                if doc.blocks[doc.sentences[si].block].kind in ("headline", "dateline"):
                    break
                cands = [a for a in facts if a.sentence == si and same_unit(a, b) and not isinstance(a.value, list)
                         and _NEW_LEVEL.search(text_before(doc, a, 60))
                         and stem in text_before(doc, a, 60).lower()]
                if len(cands) == 1:
                    out.append(LevelPair(b, cands[0]))
                    break
        return out

    def _series_pairs(self, facts: list[Fact]) -> list[LevelPair]:
        """A figure at one date and the same kind of figure at another date, in consecutive
        sentences or list items: "2.561 personer i november 2016 ... i november 2018 var
        tallet 2.185", "April 2016: 156.500" / "December 2018: 123.800". The second sentence
        must point back at the figure ("tallet", "antallet", "var der") or be a sibling list
        item; the earlier date is the "before" level ("8,7 mia. km i 2023. I 2022 var tallet
        8,5 mia. km"), and "Nu er tallet 30" after a dated figure is the later one."""
        doc = self.doc
        dated: dict[int, str] = {}
        for d in doc.facts:
            if d.kind == "date" and d.value and d.sentence not in dated:
                dated[d.sentence] = str(d.value)
        by_sentence: dict[int, list[Fact]] = {}
        for f in facts:
            if not isinstance(f.value, list):
                by_sentence.setdefault(f.sentence, []).append(f)
        out = []
        for si, fs in by_sentence.items():
            nxt = by_sentence.get(si + 1)
            if not nxt:
                continue
            b_sent = doc.sentence_text(si + 1)
            ba, bb = doc.blocks[doc.sentences[si].block], doc.blocks[doc.sentences[si + 1].block]
            listed = ba.kind == bb.kind == "bullet" and ba.index != bb.index  # two sibling items
            a = [f for f in fs if f.kind != "percent"]
            b = [f for f in nxt if f.kind != "percent"]
            if listed:
                if si not in dated or si + 1 not in dated or dated[si] == dated[si + 1]:
                    continue
                if len(a) != 1 or len(b) != 1 or not same_unit(a[0], b[0]):
                    continue
                if si > 0 and doc.sentences[si - 1].block == doc.sentences[si].block:
                    # the items are parallel from their first sentences: the last sentence of a
                    # longer item ("Det er højere end januar 2022, hvor der blev indgået 5.300
                    # aftaler") is no level of the next item's figure
                    continue
                first, second = a[0], b[0]
            else:
                if ba.index != bb.index:
                    continue
                # the figure the anaphor introduces: "I 2022 var tallet 8,5 mia. km, ...";
                # "I 2011 var andelen 30 pct." for a share
                pointed = [f for f in b if _ANAPHOR_BEFORE.search(text_before(doc, f, 30))
                           and not DIFFERENCE_AFTER.match(doc.text, f.end)]  # "Det er 136.000
                # flere patienter end i 2014": a difference, not the level of 2014
                pointed += [f for f in nxt if f.kind == "percent" and f.unit != "pp" and f.role != "change"
                            and _SHARE_ANAPHOR.search(text_before(doc, f, 30))]
                if not pointed:
                    continue
                second = min(pointed, key=lambda f: f.start)
                pool = a if second.kind != "percent" else [
                    f for f in fs if f.kind == "percent" and f.role != "change"]
                same = [f for f in pool if same_unit(f, second)]
                if len(same) != 1:
                    continue
                first = same[0]
            da, db = dated.get(si), dated.get(si + 1)
            if da and db:
                if da == db or (da[:len(db)] == db[:len(da)]):
                    continue  # the same time: two figures of one moment, no change
                out.append(LevelPair(first, second) if da < db else LevelPair(second, first))
            elif da and not listed and _NOW.search(b_sent):
                out.append(LevelPair(first, second))  # "I februar 2019 stod 16 ... Nu er tallet 30"
            elif not da and db and _BEFORE_NOW.search(doc.sentence_text(si)):
                out.append(LevelPair(first, second))  # "Før ombygningen kørte 18.400 ... I august i år var tallet 15.900"
        return out


_OF_THE_OPENING = _rc(r"(?i)\W*(?:af|blandt)\s+(?:de|disse|alle\s+de)\s+(?:(?:godt|knap|ca\.|cirka|omkring)\s+)?")
_OF_THEM_OPENING = _rc(r"(?i)\W*(?:af|blandt)\s+(?:dem|disse)\s+(?:[\p{L}-]+\s+){0,3}?(?:(?:godt|knap|ca\.|cirka|omkring)\s+)?")
#: between the whole and its part: another clause or another whole
_PART_BREAK = _rc(r"(?i)[;:]|,\s+(?:mens|men|og)\b|\bmod\b")
_ABOUT_IT = _rc(r"(?i),\s+(?:hvilket|som|og\s+det|det)\b")
_NEW_CLAUSE = _rc(r"(?i),\s+(?:hvorfor|så|men|derfor|og\s+det|selvom|selv\s+om)\b")
_SUBSET_BEFORE = _rc(r"(?i)\b(?:heraf|hvoraf|deraf)\s+(?:\p{L}+\s+)?$")
#: "en stigning på 410", "faldt med 12": the figure is a change
_CHANGE_BY_BEFORE = _rc(
    r"(?i)(?:" + CHANGE_NOUNS + r"|\bfald\w*|\bforøgelse\w*|\breduktion\w*|\bændring\w*)\s+på\s+(?:\p{L}+\s+)?$"
    r"|\b(?:steg|steget|faldt|faldet|voksede|vokset|øget|øgede|reduceret|reducerede)\s+(?:\p{L}+\s+){0,2}?med\s+$"
)
#: A figure that is a difference: "5.018 flere opkald", "seks dage kortere" (also read by timeline).
DIFFERENCE_AFTER = _rc(
    r"(?i)\s+(?:[\p{L}-]+\s+){0,2}?(?:flere|færre|mere|mindre|højere|lavere|større|kortere|længere|dyrere|billigere)\b"
)


def said_as_difference(text: str, end: int) -> bool:
    """Whether the figure ending at ``end`` is a difference ("5.018 flere", "en million mere")."""
    return DIFFERENCE_AFTER.match(text, end) is not None
_N_OF_M = _rc(r"(?i)(?:\s+[\p{L}-]+){0,2}?\s+af\s+(?:de|dem|alle|\p{L}+s)?\s*")
_I_ALT_END = _rc(r"(?i)\bi\s*alt\s*$")
_LEFT_AFTER = _rc(r"\s+(?:[\p{L}-]+\s+){0,2}?(?:forlod|forladt|udskrevet|fraflyttet)\b")
_AF_DEM = _rc(r"(?i)\s+af\s+dem\b")
_AF_DEM_END = _rc(r"(?i)\baf\s+dem$")
_FRA_END = _rc(r"(?i)\bfra\s+$")
_TIL_MID = _rc(r"(?is)(?:[^.;:!?]|(?<=\d)\.|\.(?=[ \t]+\p{Ll})){0,60}?\btil\s+")
_MOD_MID = _rc(r"(?is)(?:[^.;:!?]|(?<=\d)\.|\.(?=[ \t]+\p{Ll})){0,40}?"
              # Statistics Denmark's aside: "..., når der er korrigeret for sæsonudsving, mod ..."
              r"(?:,\s*når\s+der\s+er\s+(?:korrigeret|justeret)\s+for\s+sæson\p{L}*,?\s*)?"
              r"\b(?:mod|sammenlignet\s+med|imod)\s+")
FRA_MID = _rc(r"[ \t]+fra[ \t]+")
#: "er skrumpet til": a change to the level that follows (its earlier level after "fra").
_CHANGED_TO_BEFORE = _rc(
    r"(?i)\b(?:steg|steget|stiger|faldt|faldet|falder|voksede|vokset|vokser|øget|sænket|hævet|reduceret|"
    r"skrumpet|skrumpede|dykket|dykkede|forbedret|forværret|gået\s+(?:op|ned|frem|tilbage))\s+"
    r"(?:[\p{L}-]+\s+){0,2}?til\s+\Z")
_OP_FRA_MID = _rc(r"(?is)(?:[^.;:!?]|(?<=\d)\.|\.(?=[ \t]+\p{Ll})){0,50}?,?\s*\b(?:op|ned)\s+fra\s+")
#: "I 2023 var omsætningen 3,7 mia. kr.": an earlier year's figure for a subject named before
_YEAR_SUBJECT = _rc(r"(?i)^\W*i\s+(?P<year>(?:19|20)\d\d)\s+(?:var|lå|udgjorde)\s+(?P<noun>\p{L}{5,})\s+(?:på\s+)?$")
_NEW_LEVEL = _rc(r"(?i)\b(?:steg|steget|faldt|faldet|voksede|vokset)\s+(?:\p{L}+\s+){0,3}?til\s+$")


_ANAPHOR_BEFORE = _rc(
    r"(?i)\b(?:tallet|antallet|niveauet|det\s+tal|var\s+der|er\s+der\s+nu|nu\s+er\s+der|"
    r"lå\s+det|ligger\s+det|var\s+det)(?:\s+(?:nede|oppe|kun|blot|steget|faldet)){0,2}(?:\s+(?:på|til))?\s*$"
)
_SHARE_ANAPHOR = _rc(r"(?i)\b(?:var|er|lå|blev)\s+andelen(?:\s+(?:nede|oppe|kun|blot)){0,2}(?:\s+(?:på|til))?\s*$")
_NOW = _rc(r"(?i)^\W*(?:nu|i\s+dag|i\s+år|aktuelt)\b")
_BEFORE_NOW = _rc(r"(?i)^\W*(?:før|inden|tidligere|oprindelig\w*)\b")
