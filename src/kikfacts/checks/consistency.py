"""Check kinds about how figures are written and whether they agree across the text."""

from __future__ import annotations

from functools import lru_cache
from typing import Any, Iterator, NamedTuple

import regex

from kikfacts.patterns import cached as _re
from kikfacts.patterns import compile as _rc

from ..lang_da import QUALIFIERS
from ..model import Document, Fact
from .base import (
    CHANGE_NOUNS,
    DEVIATION_FROM_PLAN,
    Result,
    content_stems,
    content_words,
    loosely_shared,
    fmt_fact_value,
    same_unit,
    fmt_number,
    fmt_percent,
    in_table_row,
    half_unit,
    interval,
    text_after,
    text_before,
)
from .structure import TOTAL_CUE, TOTAL_ROW, Structure

_PAREN_OPEN = _rc(r"\(\s*$")
_PAREN_CLOSE = _rc(r"^\s*\)")
#: (or the figure it is measured from: "ligget tæt (0-4 pct.) på den officielle opgørelse")
_YEAR_LABEL_BEFORE = _rc(r"(?i)\b\p{L}+\s+(?:19|20)\d\d\s*\(\s*\Z")
_BASE_AFTER_PAREN = _rc(r"(?i)^\s*\)\s*(?:af\s+(?:de|dem|alle|samtlige|det|den|disse|\p{L}{2,}(?:erne|ene|en|et))"
                       r"|(?:på|fra)\s+(?:de|det|den))\b")
_ONLY_PAREN = _rc(r"(?:\s+[\p{L}-]+\*?){0,2}\s*\(\s*")
_PERCENT_THEN_PAREN = _rc(r"(?i)\d\s*(?:%|pct\.?|procent)\s*\(\s*$")


#: A noun of a share or a rate right before the parenthesis: it says what the percentage is.
_RATE_NOUN_BEFORE = _rc(
    r"(?i)\p{L}*(?:andel|andelen|andele|grad|graden|rate|raten|procent|procenten|margin|marginen|"
    r"afkast|afkastet|rente|renten|vækst|væksten|stigning|fald|faldet|"
    # rates that name what they measure: "lav tilslutning (7-15 %)", "den højeste dækning (55 %)"
    r"tilslutning|tilslutningen|deltagelse|deltagelsen|dækning|dækningen|belægning|belægningen|"
    r"udnyttelse|udnyttelsen|fremmøde|fremmødet|opbakning|opbakningen|tilfredshed|tilfredsheden|"
    r"ledighed|ledigheden|frekvens|frekvensen|kvote|kvoten|score|scoren|"
    # a comparison's reference: "over det nordiske gennemsnit (85 pct.)"
    r"gennemsnit|gennemsnittet|niveau|niveauet)\s*\(\s*\Z"
)


_WHOLE_NAMED_BEFORE = _rc(r"(?i)\b(?:som\s+helhed|i\s*alt|samlet|totalt|på\s+landsplan|i\s+hele\s+landet)\s*\(\s*\Z")
#: (and "omkostningsudvikling (3,4 %)", "prisudviklingen": a development is a rate of change)
_CHANGE_IN_SENTENCE = _rc(r"(?i)" + CHANGE_NOUNS + r"|\b(?:steg|faldt|steget|faldet)\b|udvikling\w*")
#: Two groups compared on a measure the sentence names: "et lavere fravær ... end lærlinge uden".
_COMPARED_GROUPS = _rc(r"(?i)\b(?:lavere|højere|større|mindre|færre|flere|bedre|dårligere)\s+\p{L}+"
                       r"[^.;:!?]{0,80}\bend\b[^.;:!?]{0,60}\(\s*\Z")
#: The sentence before a parenthesised percentage says what it is a share of: "andel" or a group.
_SHARE_IN_HEAD = _rc(r"(?i)\bandel\w*\b|\bblandt\s+(?:de|alle|dem)\b|\b\p{L}+procent(?:en)?\b|\b\p{L}+rate[n]?\b"
                     # "flest museer (47 %)", "de fleste kommuner (62 %)": the share of that group
                     r"|\bflest\s+\p{L}+\s*\(\s*\Z|\bde\s+fleste\s+\p{L}+\s*\(\s*\Z"
                     # "Størstedelen af eleverne (58 procent)", "flertallet af de adspurgte (61 pct.)"
                     # "Beskæftigelsen er højest for sygeplejersker (88 pct.)": a rate of a group
                     r"|\b(?:højest|lavest|størst|mindst|højere|lavere|større|mindre)\s+(?:for|blandt|hos|i)\s+"
                     r"[^()\n;!?]{1,80}\(\s*\Z"
                     # "En stor del af disse penge (mindst 60 procent)": the whole is named too
                     r"|\b(?:størstedelen|flertallet|hovedparten|mindretallet|majoriteten|langt\s+de\s+fleste"
                     r"|(?:en|den)\s+(?:\p{L}+\s+)?del)"
                     # ("Hovedparten af boligmassen i kommunen består af ejerboliger (52,4 %)")
                     r"\s+af\s+(?:[\p{L}-]+\s+){1,8}\(\s*\Z"
                     # "54.310 medlemmer, hvoraf størstedelen er mænd (78 %)", "Af det samlede antal
                     # tilskud gik hovedparten (ca. 81 procent)": the whole is the one just named
                     r"|\b(?:hvoraf|heraf)\s+(?:størstedelen|flertallet|hovedparten|mindretallet|majoriteten)"
                     r"\b[^()\n;]{0,40}\(\s*\Z"
                     # "Heraf kommer den største del (41 %) fra ...": a sentence that opens by
                     # pointing back at the whole just named
                     r"|^\W{0,3}(?:heraf|deraf)\b[^()\n;]{0,60}\(\s*\Z"
                     r"|^\W{0,3}af\s+(?:det|de|den)\s+[^()\n;]{0,80}\b(?:størstedelen|flertallet|hovedparten|"
                     r"mindretallet|majoriteten)\b[^()\n;]{0,40}\(\s*\Z")


_TRAILING_ZEROS = _rc(r"0+$")


#: A part of a whole said before: "Alene i København ...".
_ALONE = _rc(r"(?i)\balene\b")
#: A figure said as a change: "steg 1,3 mio. kr.", "faldt med 1,3 mio. kr.", "0,9 mio. kr. mere".
_CHANGE_BEFORE_AMOUNT = _rc(r"(?r)(?i)\b(?P<v>steg|steget|stiger|faldt|faldet|falder|dalet|dalede|øget|øgedes|"
                            r"reduceret|vokset|voksede|forøget|forringet|forbedret)\b(?:\s+(?!til\b)\p{L}+){0,5}?"
                            r"(?:\s+med)?\s+(?:ca\.\s+|godt\s+|knap\s+)?\Z")
_LEVEL_BEFORE_AMOUNT = _rc(r"(?r)(?i)\btil\s+(?:ca\.\s+|godt\s+|knap\s+|cirka\s+)?\Z")
_CHANGE_AFTER_AMOUNT = _rc(r"(?i)\s+(?:mere|mindre|flere|færre)\b")


def _may_be_one(x: str | None, y: str | None) -> bool:
    """Whether two figures said as ``_change_said`` tells may be one figure: not a level and a
    change, not a rise and a fall (a figure said neither way may be either)."""
    return x is None or y is None or x == y


def _change_said(doc: Document, f: Fact) -> str | None:
    """How a figure is said: "level" ("steg til 2,4 mio. kr."), a change "up" or "down"
    ("steg med 3.100", "3.100 flere", "faldt 1,3 mio. kr."), or None when the words around it
    do not tell."""
    if _LEVEL_BEFORE_AMOUNT.search(doc.text, max(0, f.start - 20), f.start):
        return "level"  # "steg til 2,4 mio. kr.": the level it reached
    m = _CHANGE_BEFORE_AMOUNT.search(doc.text, max(0, f.start - 90), f.start)
    if m is not None:
        return "down" if _FALL_VERB.match(m.group("v")) else "up"
    a = _CHANGE_AFTER_AMOUNT.match(doc.text, f.end, f.end + 12)
    if a is not None:
        return "down" if a.group().strip().lower() in ("mindre", "færre") else "up"
    return None


_FALL_VERB = _rc(r"(?i)fald|fal|dal|redu|forring")


def _rounded_restatement(a: Fact, b: Fact) -> bool:
    """Two counts of which one is the other rounded: a count of 10.000 or more that ends in two
    or more zeros ("214.300"), and another within half its last unit of it ("214.301")."""
    for r, x in ((a, b), (b, a)):
        digits = "".join(ch for ch in r.text if ch.isdigit())
        z = _TRAILING_ZEROS.search(digits)
        zeros = len(z.group()) if z else 0
        if zeros >= 2 and r.number >= 10_000 and x.number != r.number \
                and abs(x.number - r.number) <= 10 ** min(zeros, 3) / 2:
            return True
    return False


def _completes_a_split(doc: Document, p: Fact) -> bool:
    """A percentage in brackets that, with the others in brackets of its block and the three
    blocks either side, adds up to 100: each is a part of one whole, said once."""
    group = [f for f in doc.facts if f.kind == "percent" and f.unit != "pp" and abs(f.block - p.block) <= 3
             and _PAREN_OPEN.search(text_before(doc, f, 40)) and _PAREN_CLOSE.match(text_after(doc, f, 40))]
    return len(group) >= 3 and 99 <= sum(f.number or 0 for f in group) <= 101


def unlabelled_share(doc: Document, options: dict[str, Any], st: Structure) -> Iterator[Result]:
    """A percentage standing alone in parentheses, with no base in its clause; not three or more
    close together (each within two blocks of the next): that is a list or a table of shares
    whose whole its layout names (a heading, an intro, a caption), not a share dropped into a
    sentence."""
    found = sorted(_unlabelled_shares(doc, st), key=lambda r: r.facts[0].start)
    runs: list[list[Result]] = []
    for r in found:
        if runs and r.facts[0].block - runs[-1][-1].facts[0].block <= 2:
            runs[-1].append(r)
        else:
            runs.append([r])
    for run in runs:
        if len(run) < 3:
            yield from run


def _unlabelled_shares(doc: Document, st: Structure) -> Iterator[Result]:
    for p in doc.facts:
        if p.kind != "percent" or p.unit == "pp" or p.base is not None or p.role == "change":
            continue
        if (p.number or 0) > 100:
            continue  # "(612 %)" is no share of anything: a growth or an index
        before, after = text_before(doc, p, 40), text_after(doc, p, 40)
        if not (_PAREN_OPEN.search(before) and _PAREN_CLOSE.match(after)):
            continue
        if _BASE_AFTER_PAREN.match(after):
            continue  # "Hovedparten (88 %) af de danske fåreavlere": the base follows the bracket
        if _completes_a_split(doc, p):
            continue  # "Hovedparten (88 %) af avlerne ... / Deltidsavlere (9 %) ... /
            # Heltidsavlerne (3 %) ...": shares in brackets that add up to the whole
        if _PERCENT_THEN_PAREN.search(doc.text[max(0, p.start - 20) : p.start]):
            continue  # "27,2 pct. (29,7 pct.)": last period's figure beside this one, not a share
        if any(f is not p and f.kind in ("count", "money", "quantity") and f.end <= p.start
               and _ONLY_PAREN.fullmatch(doc.text, f.end, p.start) for f in doc.facts):
            continue  # "heraf elbiler: 30.800 (1,2 pct.)": the figure before it says what it is of
        if _RATE_NOUN_BEFORE.search(before) or _YEAR_LABEL_BEFORE.search(before):
            continue  # "markedsandel (37,0 %)", "overskudsgrad (8,1 pct.)": the noun names it;
            # "Årgang 2020 (58 %)": one group's rate in a run of them
        if _WHOLE_NAMED_BEFORE.search(before):
            continue  # "for EU som helhed (42 procent)": the whole is named
        if p.sentence >= 0 and _POINTS_BACK_OPENING.match(doc.sentence_text(p.sentence)) or any(
                f.kind == "percent" and f.end <= p.start and f is not p
                and (f.base is not None or _SHARE_OF_AFTER.match(doc.text, f.end)) for f in doc.facts):
            continue  # "16 procent af medlemmerne ... Disse medlemmer vil især bruge kreditkort (17
            # procent)", "24 pct. af befolkningen ... For nogen pårørende (19 pct.)": the text has
            # named the whole its shares are of
        sentence = doc.sentence_text(p.sentence) if p.sentence >= 0 else before
        if _CHANGE_IN_SENTENCE.search(sentence):
            continue  # "stigningen er størst i Midttrafik (46 procent)": a rate of change
        if any(lp.before.sentence == lp.after.sentence == p.sentence and max(lp.before.end, lp.after.end) <= p.start
               for lp in st.level_pairs):
            continue  # "skrumpet til 310 mio. kr. fra 415 mio. kr. (25,3 procent)": the pair's change
        if _COMPARED_GROUPS.search(doc.text, doc.sentences[p.sentence].start if p.sentence >= 0 else 0,
                                   p.start):
            continue  # "lærlinge med mentor har et lavere fravær (8 procent) end lærlinge uden
            # (15 procent)": the rate the sentence names, for each group compared
        if _RANKED_ITEM.search(doc.text, max(0, p.start - 70), p.start) and sum(
                1 for f in doc.facts if f.kind == "percent" and f.block == p.block
                and _RANKED_ITEM.search(doc.text, max(0, f.start - 70), f.start)) >= 3:
            continue  # "top ti over de varer, der oftest blev stjålet: 1. Personlig pleje (13,8%)
            # 2. Kolonial (10,5%) ...": a ranking of the shares of the whole its intro names
        intro = _list_intro(doc, p)
        if intro is not None and _CHANGE_IN_SENTENCE.search(intro):
            continue  # "Målt i stigning i besøgstal er listen: / 1. Egnsmuseet (61 %)"
        listed = 1 + sum(1 for f in doc.facts if f.kind == "percent" and f.sentence == p.sentence
                         and f is not p and _PAREN_OPEN.search(text_before(doc, f, 40))
                         and _PAREN_CLOSE.match(text_after(doc, f, 40)))
        head = doc.text[doc.sentences[p.sentence].start : p.start] if p.sentence >= 0 else before
        if _SHARE_IN_HEAD.search(head) or any(
                f.kind == "ratio" and f.sentence == p.sentence and f.end <= p.start for f in doc.facts):
            continue  # "den højeste andel findes blandt de ældste (62 pct.)", "hver anden (47 pct.)"
        # the probable base: the count the sentence introduces with "i alt", else the largest
        counts = [f for f in doc.facts if f.sentence == p.sentence and f.kind == "count"
                  and f.start < p.start and not isinstance(f.value, list) and f.number
                  and f.qualifier not in _BOUNDS]  # ("af dem under 35": an age limit, no base)
        base = None
        for f in counts:
            if _re.search(r"(?i)\bi\s*alt\s*$", text_before(doc, f, 12)):
                base = f
        if base is None and counts:
            base = max(counts, key=lambda f: f.number)
        if listed > 1 and (base is None or base.number <= listed):
            # "håb (48 procent), frustration (35 procent) og ro (32 procent)", "de tre selskaber:
            # Midttrafik (46 procent), ...": each figure of a list of the group the sentence is
            # about; only a count of that group ("i alt 454 borgere") makes them shares to spell out
            continue
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
        # the finding is the percentage's (its place is where the reader must add the base);
        # the probable base is named in the message and the suggestion
        yield Result("finding", [p], params, p.number, None,
                     f"{p.text} af hvad? Sandsynlig base: {params['base']}",
                     suggestion=suggestion, message_key=message_key)


#: An item of a ranked list right before a bracket: "2. Kolonial (", "10. Øvrige varer (".
_RANKED_ITEM = _rc(r"(?:^|(?<=[\s:]))\d{1,2}\.[ \t]+[^\d()\n.;:!?]{1,60}\([ \t]*\Z")


def _list_intro(doc: Document, p: Fact) -> str | None:
    """The sentence ending in ":" that introduces the list item a figure stands in (walking back
    over at most ten short items)."""
    for si in range(p.sentence - 1, max(-1, p.sentence - 11), -1):
        t = doc.sentence_text(si).rstrip()
        if t.endswith(":"):
            return t
        if len(t) > 200:
            return None
    return None


def _shown_share(f: Fact, v: float) -> str:
    """A share as a percentage; a rate ("1,6 barn pr. kvinde") as the number it is."""
    return fmt_number(v) if f.extra.get("rate") else fmt_percent(v * 100)


def _share_value(f: Fact) -> float | None:
    if f.kind == "ratio":
        return f.number
    if f.kind == "percent" and f.unit != "pp" and f.role != "change":
        return f.number / 100
    return None


_HEAD_CHANGE = _rc(
    r"(?i)\b(?:lukket|lukker|lukkede|nedlagt|forsvundet|fjernet|faldet|falder|faldt|steget|stiger|"
    r"steg|færre|flere|mindre|mere|skåret|reduceret|halveret|fordoblet|mistet|tabt)\b"
)


def headline_ratio(doc: Document, options: dict[str, Any], st: Structure) -> Iterator[Result]:
    """A share in the headline must be supported by a share the body states or implies."""
    head_blocks = {b.index for b in doc.blocks if b.kind == "headline"}
    if not head_blocks:
        return
    tol_abs = options.get("tolerance", 0.03)
    heads = [f for f in doc.facts if f.block in head_blocks and _share_value(f) is not None
             and not _OF_A_TIME.match(doc.text, f.end)]  # ("en tredjedel af døgnet": a time's)
    def goal_of(f: Fact) -> bool:
        return f.sentence >= 0 and bool(_GOAL_BEFORE.search(
            doc.text, doc.sentences[f.sentence].start, f.start))

    for h in heads:
        hv = _share_value(h)
        htext = doc.sentence_text(h.sentence)
        prev = [f.end for f in heads if f.sentence == h.sentence and f.end <= h.start]
        if prev:
            # "reducerer CO2 emissionerne med 12% og vandforbruget med 7%": the words of its own
            # part of the headline say what a second figure is of
            htext = doc.text[prev[-1] : h.end]
        hstems = content_stems(htext)
        head_goal = bool(_GOAL_WORD.search(doc.sentence_text(h.sentence)))
        head_not = _said_not(doc, h)
        candidates: list[tuple[float, str, list[Fact]]] = []
        for f in doc.facts:
            if f.block in head_blocks:
                continue
            v = _share_value(f)
            if v is not None and goal_of(f) and not head_goal:
                continue  # "det mål, at 50 % ... skulle sorteres" is what was aimed at, not what a
                # headline of the outcome ("Over halvdelen ... sorteres nu") reports
            if v is not None and _said_not(doc, f) != head_not:
                continue  # "Fire ud af ti forløb afsluttes ikke til tiden" over "60 procent ...
                # afsluttet til tiden": the body's share is the rest of the whole, not the headline's
            if v is not None and _subgroup_share(doc, f, hstems):
                continue  # "22 procent af de tilmeldte kvinder ..., mens det gælder 18 procent af
                # de tilmeldte mænd" under "Hver femte ... dukker aldrig op": a group's rate, not
                # the headline's share of all (unless the headline names the group)
            if v is not None and hstems & content_stems(doc.sentence_text(f.sentence)) and (
                    f.qualifier not in _BOUNDS or f.qualifier == h.qualifier or abs(v - hv) < 1e-9) and (
                    bool(f.extra.get("multiplied")) <= bool(h.extra.get("multiplied"))) and \
                    not _EARLIER_BEFORE.search(text_before(doc, f, 80)):
                # ("faldt til under 0,5 procent" bounds a figure, it does not state one; "fordoblet"
                # is how a figure changed, no share of a whole, unless the headline says one too;
                # "i forhold til året forinden, hvor ... 33 procent" is the figure it is set against)
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
        # (a small share keeps a tolerance in proportion: "hver 25." (4 %) is not "hver 60.")
        tol = max(min(tol_abs, 0.5 * hv), 0.1 * hv) if h.kind == "ratio" else max(0.01, interval(h).hi / 100 - hv)
        if h.kind == "ratio" and (h.extra.get("denominator") or 0) >= 100:
            tol = 0.01  # "87 af 100" is as exact as "87 procent", not a rounded "hver ottende"
        lo, hi = hv - tol - 1e-9, hv + tol + 1e-9
        if h.qualifier in ("over", "mindst", "under", "højst", "knap", "godt", "næsten", "op mod"):
            # "over halvdelen" is held by 64 %: the qualifier's bounds, and the tolerance around them
            hiv = interval(h)
            scale = 1.0 if h.kind == "ratio" else 0.01
            lo, hi = min(lo, hiv.lo * scale - tol), max(hi, hiv.hi * scale + tol)
        support = [c for c in candidates if lo <= c[0] <= hi]
        if not support:
            # a share in the body on the headline's topic in other words of the same stem
            # ("coronasmittet" over "har været smittede"): support, never a finding
            hwords = content_words(htext)
            support = [(v, f.text, [f]) for f in doc.facts
                       if f.block not in head_blocks and (v := _share_value(f)) is not None
                       and abs(v - hv) <= tol + 1e-9
                       and (f.qualifier not in _BOUNDS or f.qualifier == h.qualifier or abs(v - hv) < 1e-9)
                       and not _EARLIER_BEFORE.search(text_before(doc, f, 80))
                       and (head_goal or not goal_of(f)) and _said_not(doc, f) == head_not
                       and not _subgroup_share(doc, f, hstems)
                       and loosely_shared(hwords, content_words(doc.sentence_text(f.sentence)))]
        if not support:
            # "91 af 100 danske skove ..." over "Danmark ligger over gennemsnittet med 91,2
            # procent": the headline's own figure in the body, in other words
            support = [(v, f.text, [f]) for f in doc.facts
                       if f.block not in head_blocks and (v := _share_value(f)) is not None
                       and abs(v - hv) <= 0.005 and f.qualifier not in _BOUNDS
                       and not _EARLIER_BEFORE.search(text_before(doc, f, 80))
                       and (head_goal or not goal_of(f)) and _said_not(doc, f) == head_not]
            if len(support) > 1 or h.kind == "percent" and sum(
                    1 for f in doc.facts if f.kind == "percent" and f.block not in head_blocks
                    and f.unit != "pp" and f.number is not None and not isinstance(f.value, list)
                    and abs(f.number - h.number) <= 0.5) > 1:
                support = []  # "4% reduktion i kørte kilometer" and "4% forbedring af udnyttelsen"
                # under "produktspildet med 4%": which one the headline means, nothing tells
        if not support and not h.qualifier:
            # "Brud på it-sikkerhed i 27 pct. af store virksomheder" over "mere end hver fjerde
            # store virksomhed": a bound in the body that the headline's figure keeps, close by
            support = [(v, f.text, [f]) for f in doc.facts
                       if f.block not in head_blocks and (v := _share_value(f)) is not None
                       and (f.qualifier in ("over", "mindst") and v < hv <= v + 0.05
                            or f.qualifier in ("under", "højst") and v - 0.05 <= hv < v)
                       and not _EARLIER_BEFORE.search(text_before(doc, f, 80))
                       and (head_goal or not goal_of(f)) and _said_not(doc, f) == head_not
                       and hstems & content_stems(doc.sentence_text(f.sentence))][:1]
        if not support and h.kind == "percent" and _AND.search(doc.sentence_text(h.sentence)):
            # "45 procent går til daginstitutioner og folkeskoler" over "24 procent ... 21 procent":
            # two shares of one paragraph that the headline adds up (when it names two things:
            # "Sikkerhedsbrud ramte 27 pct." is not held by 16 % and 12 % of overlapping kinds)
            shares: dict[int, list[Fact]] = {}
            for f in doc.facts:
                if f.kind == "percent" and f.unit != "pp" and f.role == "share" and f.block not in head_blocks \
                        and f.number and not isinstance(f.value, list):
                    shares.setdefault(f.block, []).append(f)
            support = [((a.number + b.number) / 100, f"{a.text} + {b.text}", [a, b])
                       for fs in shares.values() for i, a in enumerate(fs) for b in fs[i + 1 :]
                       if abs((a.number + b.number) / 100 - hv) <= tol + 1e-9][:1]
        if not support:
            # "Sidste år fandt man 16 mio. kr. ... 40 procent af besparelserne" and "nu fundet 24
            # mio. kr." under "de første 60 procent": a share of the whole another share implies
            support = _implied_whole_shares(doc, head_blocks, lo, hi, hstems)
        if not candidates and not support:
            continue
        if not support and _HEAD_CHANGE.search(doc.sentence_text(h.sentence)):
            # "Hver fjerde folkeskole lukket" over "et fald på over 23 procent": a change the body
            # states can back a headline that speaks of a change (it is never held against one)
            support = [(f.number / 100, f.text, [f]) for f in doc.facts
                       if f.kind == "percent" and f.role == "change" and f.unit != "pp"
                       and f.block not in head_blocks and f.number is not None
                       and not isinstance(f.value, list)
                       and hstems & (content_stems(doc.sentence_text(f.sentence)) | (
                           content_stems(doc.sentence_text(f.sentence - 1)) if f.sentence > 0 else set()))
                       and abs(f.number / 100 - hv) <= tol + 1e-9]
        if support and h.qualifier in ("over", "mindst", "godt", "under", "højst"):
            # not by a figure on the other side of it: "mere end hver tredje" is not held by 30 %
            # (said nothing of either: so near, the headline may round a figure the body has)
            side = 1 if h.qualifier in ("over", "mindst", "godt") else -1
            support = [c for c in support if side * (c[0] - hv) >= -0.005]
            if not support:
                continue
        shown_h = f"«{h.text}» ({_shown_share(h, hv)})"
        if support:
            # "over halvdelen" is best shown by the 53 % above half, not a 50 % target beside it
            side = 1 if h.qualifier in ("over", "mindst", "godt") else \
                -1 if h.qualifier in ("under", "højst", "knap", "næsten", "op mod") else 0
            # (and a body figure said as the headline says it, "næsten 40 pct.", best of all)
            # (a bound, "over 25 procent", holds an unqualified headline only when nothing else does)
            v, label, facts = min(support, key=lambda c: (
                not (abs(c[0] - hv) < 1e-9 and c[2][0].qualifier == h.qualifier),
                c[2][0].qualifier in _BOUNDS and c[2][0].qualifier != h.qualifier,
                side != 0 and side * (c[0] - hv) <= 0, abs(c[0] - hv)))
            yield Result("verified", [h, *facts], {"headline": shown_h, "body": label},
                         hv, v, f"{shown_h} ≈ {label} = {_shown_share(h, v)} ✓")
        else:
            # a body figure far from the headline's (4,2 % under "Seks ud af ti") is about something
            # else, not a slip of it: say nothing
            near = [c for c in candidates if 0.5 * hv <= c[0] <= 2 * hv]
            if not near:
                continue
            ranked = sorted(near, key=lambda c: abs(c[0] - hv))[:3]
            compared = "; ".join(f"{label} = {_shown_share(h, v)}" for v, label, _ in ranked)
            facts = [h] + [f for _, _, fs in ranked for f in fs]
            seen: set[str] = set()
            facts = [f for f in facts if not (f.id in seen or seen.add(f.id))]
            yield Result("finding", facts, {"headline": shown_h, "compared": compared}, hv,
                         ranked[0][0], f"{shown_h} ≠ {compared}",
                         suggestion=_shown_share(h, ranked[0][0]))


_BOUNDS = ("over", "under", "mindst", "højst")
#: A goal's words: "målet", "målsætningen", "ambitionen".
_GOAL_WORD = _rc(r"(?i)\b(?:mål|målet|målene|målsætning\w*|ambition\w*|sigter|vil\s+nå|skal\s+nå)\b")
#: A figure said as a goal, its sentence naming one before it: "satte sig det mål, at 50 % ...".
_GOAL_BEFORE = _rc(r"(?i)(?:\b(?:mål|målet|målene|målsætning\w*|ambition\w*)\b[^.;:!?]{0,80}|"
                   r"\b(?:skal|skulle)\s+(?:\p{L}+\s+)?nå\s+)\Z")
#: A figure of the time a later one is compared with: "i forhold til året forinden, hvor ...".
#: "ikke", but not "og ikke", "men ikke": an alternative set aside ("på femten måneder og ikke to år").
_NOT = _rc(r"(?i)(?<!\b(?:og|men|eller|frem\s+for)\s+)\b(?:ikke|aldrig)\b")
#: (a spaced dash too: "ni ud af ti kommuner - kun i Norddjurs stiger den ikke")
_CLAUSE_EDGE = _rc(r"[,;:.!?\n]|[ \t][-–][ \t]")
_CLAUSE_EDGE_BACK = _rc(r"(?r)[,;:!?\n]|\.(?!\d)|[ \t][-–][ \t]")


_AND = _rc(r"(?i)\b(?:og|samt)\b")


def _subgroup_share(doc: Document, f: Fact, hstems: set[str]) -> bool:
    """Whether a share is one of two or more in its sentence said "af" different groups ("af de
    tilmeldte kvinder", "af de tilmeldte mænd"), of a group the headline does not name."""
    if f.sentence < 0:
        return False
    groups = {}
    for g in doc.facts:
        if g.sentence == f.sentence and g.kind == "percent" and g.unit != "pp" and g.role != "change":
            m = _OF_GROUP_AFTER.match(doc.text, g.end)
            if m:
                groups[g.id] = m.group(1).lower().split()
    own = groups.get(f.id)
    if not own or len(groups) < 2 or all(g == own for g in groups.values()):
        return False
    return not loosely_shared(content_stems(" ".join(own)), hstems)


#: The group a share is said of: "af de tilmeldte kvinder", "af mændene".
_OF_GROUP_AFTER = _rc(r"[ \t]+af[ \t]+((?:(?:de|alle)[ \t]+)?(?:[\p{L}-]+[ \t]+)?[\p{L}-]+)")


def _said_not(doc: Document, f: Fact) -> bool:
    """Whether the clause of a figure says "ikke" ("afsluttes ikke til tiden")."""
    if f.sentence < 0:
        return False
    sent = doc.sentences[f.sentence]
    b = _CLAUSE_EDGE_BACK.search(doc.text, sent.start, f.start)
    end = min(sent.end, f.end + 60)
    e = _CLAUSE_EDGE.search(doc.text, f.end, end)
    return _NOT.search(doc.text, b.end() if b else sent.start, e.start() if e else end) is not None


_EARLIER_BEFORE = _rc(r"(?i)\b(?:i\s+forhold\s+til|sammenlignet\s+med)\s+(?:året|sidste\s+år|året\s+før|"
                      r"året\s+forinden|tidligere|forrige\s+år|\d{4})\b[^.;:!?]{0,60}\Z")
#: A share of a time, not of a group: "en tredjedel af døgnet", "halvdelen af arbejdstiden".
_OF_A_TIME = _rc(r"(?i)\s+af\s+(?:døgnet|dagen|ugen|måneden|året|timen|tiden|livet|sæsonen|\p{L}+tiden)\b")


_SHARE_OF_AFTER = _rc(r"[ \t]+af[ \t]")
#: A sentence that opens by pointing back to a group named before: "Disse medlemmer", "Blandt dem".
_POINTS_BACK_OPENING = _rc(r"\W*(?:Disse|Denne|Dette|Blandt\s+dem|Af\s+dem|Heraf|For\s+dem)\b")


def _implied_whole_shares(doc: Document, head_blocks: set[int], lo: float, hi: float, hstems: set[str]
                          ) -> list[tuple[float, str, list[Fact]]]:
    """Shares of a whole that the body implies: an amount said to be P % of it gives the whole
    (16 mio. kr. = 40 % -> 40 mio. kr.), and another amount of the unit is a share of that; the
    sentence of one of the two amounts or of the percent shares a word with the headline."""
    out = []
    body = [f for f in doc.facts if f.block not in head_blocks and f.kind in ("money", "count", "quantity")
            and not isinstance(f.value, list) and f.number]
    for p in doc.facts:
        if p.block in head_blocks or p.kind != "percent" or p.unit == "pp" or p.role == "change" \
                or isinstance(p.value, list) or not p.number or p.number >= 100:
            continue
        if not _SHARE_OF_AFTER.match(doc.text, p.end):
            continue  # "40 procent af de besparelser" is a share of a whole; "fremme inden for 5
            # minutter, fra 29,7 pct." is a rate of other things than the minutes beside it
        own = [f for f in body if f.sentence in (p.sentence, p.sentence - 1)]
        if len(own) != 1:
            continue
        whole = own[0].number / (p.number / 100)
        for b in body:
            if b is not own[0] and same_unit(b, own[0]) and lo <= b.number / whole <= hi and hstems & (
                    content_stems(doc.sentence_text(b.sentence)) | content_stems(doc.sentence_text(own[0].sentence))
                    | content_stems(doc.sentence_text(p.sentence))):
                out.append((b.number / whole, f"{fmt_fact_value(b)} af {fmt_fact_value(own[0], whole)}",
                            [b, own[0], p]))
    return out[:1]


_CHANGE_WORDS = _rc(
    r"(?i)\b(?:steg|steget|faldt|faldet|stigning|fald|mod|end|sidste\s+år|i\s+fjor|tidligere|"
    # a deviation from a budget: "0,3 mia. kr. under det budgetterede", "over budgettet"
    + DEVIATION_FROM_PLAN + r"|"
    r"forventer|forventet|forventning\w*|budgetteret|budgetterede|oprindelig\w*|nu|før(?!\s+skat)|efter(?!\s+skat)|"
    r"sammenlign\w*|i\s+forhold\s+til|dengang|prognose\w*|ekstra|yderligere|mere|flere|"
    r"mindre|færre|op\s+til|fra|til\s+og\s+med|årligt|om\s+året|om\s+måneden|hvert\s+år|pr\.|per|"
    # another instance or this year's, against a named one: "ved de tilsvarende kontroller i
    # påsken 2018", "i dette års kontrolperiode"
    r"tilsvarende|dette\s+års?|"
    # a figure revised: "blev nedjusteret til 2.400", "det korrigerede tal"
    r"\w*juster\w*|revider\w*|korriger\w*|rettet|først\s+antaget|første\s+opgørelse)(?!\w)"
)


_NUMERAL = _rc(r"\d[\d.,]*")
_WORD = _rc(r"[\p{L}-]+")
_CLAUSE_MARK = _rc(r"[,;:.!?()\n]")
_KEY_WORD = _rc(r"[\p{L}\d-]+")
_CLAUSE_END = _rc(r"[;\n]|[.!?]\s+(?=\p{Lu})")  # "kr. mere end" does not end the sentence
_FRA_SOURCE = _rc(r"(?i)\bfra\s+(?!\d|sidste|i\s+fjor|året|januar|februar|marts|april|maj|juni|"
                  r"juli|august|september|oktober|november|december)")
_ROSE_TO = _rc(r"(?i)\b(?:steg|steget|faldt|faldet|voksede|vokset)\b.*\btil\s*$")
_UP_TO_LEVEL = _rc(r"(?i).*\b(?:til|på)\s*$")
_FORECAST = _rc(r"(?i)\b(?:forvent\w*|ventes|prognose\w*|skøn\w*|budgett\w*|målet|mål\s+om)\b")
_RATE_WORDS = {"pr.", "per", "årligt", "om året", "om måneden", "hvert år"}
#: The other side of a comparison, and last year's: "i modsætning til 11 mio. kr. sidste år".
_AGAINST_BEFORE = _rc(r"(?i)\b(?:i\s+modsætning\s+til|i?mod|sammenlignet\s+med|over\s+for)\s+(?:ca\.\s+|cirka\s+)?\Z")
_LAST_YEAR_AFTER = _rc(r"(?i)[ \t]+(?:[\p{L}.]+[ \t]+){0,3}?(?:sidste\s+år|i\s+fjor|året\s+før)\b")


def _last_years(doc: Document, f: Fact) -> bool:
    """Whether a figure is last year's, set against this year's: "i modsætning til 11 mio. kr.
    sidste år", "mod 2.310 året før"."""
    return bool(_AGAINST_BEFORE.search(doc.text, max(0, f.start - 30), f.start)
                and _LAST_YEAR_AFTER.match(doc.text, f.end, f.end + 40))


def _pair_restated(doc: Document, facts: list[Fact], a: Fact, b: Fact) -> bool:
    """For a figure that is last year's in a comparison ("12.124 ansøgninger mod 11.752 sidste
    år") and its equal elsewhere, whether this year's figure of the comparison (the one before it
    in its sentence) is said beside that equal too, in its sentence or the one before ("I alt
    12.124 har søgt. Det er flere end de 11.752"): the whole comparison said again."""
    last, other = (a, b) if _last_years(doc, a) else (b, a)
    now = [f for f in facts if f.sentence == last.sentence and f.end <= last.start and same_unit(f, last)]
    if not now:
        return False
    current = now[-1].number
    near = {f.number for f in facts if f is not other and same_unit(f, other) and f.sentence != last.sentence
            and (other.sentence - 1 <= f.sentence <= other.sentence or abs(f.start - other.start) <= 80)}
    return any(abs(x - current) <= max(0.01 * current, interval(now[-1]).hi - current) for x in near)


#: "når kun til 42.100", "blot 42.100": a figure set against another, lower than it.
_ONLY_BEFORE = _rc(r"(?i)\b(?:kun|blot|bare)(?:\s+(?:til|på|op\s+på|ned\s+på))?\s+(?:ca\.\s+|cirka\s+)?\Z")


def _change_context(doc: Document, f: Fact, currents: set[str]) -> str:
    """The words around a figure that could make it another time's or another case's figure:
    its clause, 50 characters either way. "fra" after the figure only counts before a time
    ("fra 2016", "fra sidste år"), not before a source ("hentes fra kassebeholdningen")."""
    before = _CLAUSE_END.split(text_before(doc, f, 50))[-1]
    after = _CLAUSE_END.split(text_after(doc, f, 50))[0]
    after = _FRA_SOURCE.sub(" ", after)
    # "steg med 36 % til 269 mio. kr.": the figure after "til" is the new level, the current one
    if f.id in currents or _ROSE_TO.search(before):
        before = _UP_TO_LEVEL.sub("", before)
    return before + " " + after


@lru_cache(maxsize=4096)
def _digits_of(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())


def _digits(f: Fact) -> str:
    return _digits_of(f.text)


_LABEL = _rc(r"(?m)^[ \t]*(?:[-•*·▪][ \t]+)?(?P<label>[^:\n]{2,40}):[ \t]*$")


def _topic(doc: Document, f: Fact) -> set[str]:
    """Content words that say what a figure is: the words just before it and the label of a
    "Label: figure" line (as in Fakta boxes)."""
    before = text_before(doc, f, 60)
    words = _WORD.findall(before)[-4:]
    # and the sentence's first words: its subject ("Anlægsbudgettet ... lyder på 52,5 mio. kr.")
    if f.sentence >= 0:
        words += _WORD.findall(doc.sentence_text(f.sentence)[:40])[:2]
    stems = content_stems(" ".join(words))
    if f.extra.get("table"):
        # a table cell is about its row's label ("Resultat før skat   269   198")
        line_start = doc.text.rfind("\n", 0, f.start) + 1
        label = _re.match(r"[^\d\n]*", doc.text[line_start : f.start]).group()
        return content_stems(label)
    m = _LABEL.search(doc.text[max(0, f.start - 60) : f.start])
    if m:
        stems |= content_stems(m.group("label"))
    return stems - _WHEN_WORDS - _POINTER_WORDS


#: Ordinals and parts of a year, as stems: "Fra andet til tredje kvartal steg ..." opens
#: sentences about anything, and names no topic of a figure.
_WHEN_WORDS = {"anden", "andet", "tredje", "fjerde", "kvartal", "halvår", "måned", "måneder"}
#: Words that point at a figure without saying what it counts: "I 2022 var tallet 136."
_POINTER_WORDS = content_stems("tallet antallet beløbet niveauet summen")


def _topic_after(doc: Document, f: Fact) -> set[str]:
    """Content words right after a figure, up to the end of its clause: "416 mio. kr. hentes fra
    kassebeholdningen", "12,4 mio. kr. til indsatsen"."""
    after = _CLAUSE_MARK.split(text_after(doc, f, 50), maxsplit=1)[0]
    return content_stems(" ".join(_WORD.findall(after)[:4]))


def _related_topics(a: set[str], b: set[str]) -> set[str]:
    """Stems that agree in their first five letters ("bygget"/"byggesum", "anlæg"/"anlægsbudget")."""
    pa = {x[:5]: x for x in a}
    return {pa[y[:5]] for y in b if y[:5] in pa}


def _mantissa(f: Fact) -> str:
    return _mantissa_of(f.text)


@lru_cache(maxsize=4096)
def _mantissa_of(text: str) -> str:
    """The figure's digits as written ("52,5" of "52,5 mio. kr."), or its number word ("fire" of
    "fire mio. kr.": two number words are alike only when they are the same word)."""
    m = _NUMERAL.search(text)
    if m:
        return m.group()
    # (past a qualifier: "omkring fire mio. kr." and "omkring fem mio. kr." are two figures)
    words = [w.lower() for w in _WORD.findall(text)]
    return next((w for w in words if w not in _QUALIFIER_WORDS), "")


#: The words of the qualifiers ("mere end", "ca.", "tæt på"), read past to a number word.
_QUALIFIER_WORDS = frozenset(w.rstrip(".") for q in QUALIFIERS for w in q.split())


def _in_row(doc: Document, f: Fact) -> bool:
    """A cell of a table written as text (see ``in_table_row``)."""
    return bool(f.extra.get("table")) or in_table_row(doc.text, f, gap_before=True)


def _cell(doc: Document, f: Fact) -> bool:
    """A cell of a table: ``_in_row`` without counting a line's indentation as a gap (an
    indented bullet is no row)."""
    return bool(f.extra.get("table")) or in_table_row(doc.text, f, gap_before=True, indent=False)


def _looks_like_typo(a: Fact, b: Fact, paired: bool = False) -> bool:
    """Swapped digits (68/86), one digit changed (178/188), or the same figure with another
    scale word (68 mio./68 mia.): the typical slips of the keyboard. Between two figures found
    only by their words, one digit changed counts in figures of three digits or more ("4,2"
    and "4,5" are as likely two amounts); a figure ``paired`` with its own table cell may differ
    from it by any one digit."""
    return _typo_texts(a.text, b.text, paired)


@lru_cache(maxsize=16384)
def _typo_texts(ta: str, tb: str, paired: bool = False) -> bool:
    da, db = _mantissa_of(ta), _mantissa_of(tb)
    if da == db:
        return True
    # a slipped decimal comma: "52,5 mio. kr."/"525 mio. kr." (same words around the figure)
    ga, gb = _digits_of(ta), _digits_of(tb)
    if ga == gb and ga.strip("0") and _NUMERAL.sub("", ta).lower() == _NUMERAL.sub("", tb).lower():
        return True
    if len(da) != len(db):
        return False
    # two swapped digits ("68"/"86"); one digit changed only in a figure of three significant
    # digits or more: "4,2"/"4,5" or "1"/"2" are as likely two different amounts
    if _swapped(da, db):
        return len(da) >= 2 or paired
    # one digit changed in a figure of three digits or more (two when paired), two of them
    # significant: "50,00"/"80,00" and "100,00"/"200,00" are round fees, not typos
    n = min(len(_written_digits(da)), len(_written_digits(db)))
    sig = min(len(_written_digits(da).strip("0")), len(_written_digits(db).strip("0")))
    return sig >= 2 and (n >= 3 or paired) and sum(x != y for x, y in zip(da, db)) == 1


_ITEM_LABEL_BEFORE = _rc(r"(?m)^[ \t]{0,4}[•·▪*–-][ \t]{0,3}[^()\n]{1,60}\([ \t]{0,2}\Z")
_ITEM_LABEL_AFTER = _rc(r"[^()\n]{0,30}\)[ \t.]{0,3}$", regex.M)


def _result_kinds(doc: Document, f: Fact) -> set[str]:
    """Which line of a result a figure is ("før skat", "EBIT"), named before it or right after
    it in its clause ("tjent 52 mio. kr. før skat")."""
    after = _CLAUSE_MARK.split(text_after(doc, f, 20), maxsplit=1)[0]
    return set(_RESULT_KIND.findall((text_before(doc, f, 60) + " " + after).lower()))


def _thousand_slip(a: Fact, b: Fact) -> bool:
    """One figure written a thousand times the other with the same scale word: "Resultat før
    skat: 52.317 millioner kroner" (thousands written as millions) beside "52 millioner kroner"."""
    hi, lo = (a, b) if a.number > b.number else (b, a)
    if not _THOUSANDS_WITH_SCALE.search(hi.text) or not lo.number:
        return False
    sa, sb = _SCALE_WORD.search(hi.text), _SCALE_WORD.search(lo.text)
    if not (sa and sb and sa.group()[:3].lower() == sb.group()[:3].lower()):
        return False
    return interval(lo).contains(hi.number / 1000) or abs(hi.number / 1000 - lo.number) <= 0.01 * lo.number


#: A figure of one thousands group before a scale word: "52.317 millioner", "1.306 mia.".
_THOUSANDS_WITH_SCALE = _rc(r"(?<![\d.,])\d{1,3}\.\d{3}(?![\d.,])\s+(?:mio|mia|mill)")
_SCALE_WORD = _rc(r"(?i)\b(?:mio|mia|mill|milliard)\p{L}*")


def _item_in_brackets(doc: Document, f: Fact) -> bool:
    """Whether a figure is a list item's own, in brackets after its label: "• Byggeri (41.000
    medlemmer)"."""
    lo = max(0, f.start - 72)  # (a label of up to 60 characters, a bullet and its spaces)
    nl = doc.text.rfind("\n", lo, f.start)
    if nl < 0 and lo > 0:
        return False
    line_start = nl + 1
    return bool(_ITEM_LABEL_BEFORE.search(doc.text, line_start, f.start)) and bool(
        _ITEM_LABEL_AFTER.match(doc.text, f.end))


def _written_digits(figure: str) -> str:
    """The digits of a written figure without separators and without zeros that end its
    decimals: "1.745" -> "1745", "21.000" -> "21000", "80,00" -> "80", "4,50" -> "45"."""
    whole, _, frac = figure.partition(",")
    return whole.replace(".", "") + frac.rstrip("0")


def _difference_said(doc: Document, a: Fact, b: Fact) -> bool:
    """Whether the gap between two figures is itself a figure of their kind in the paragraph of
    either ("1184 udrykninger med ambulancer ... helikopterne fløj 4 gange ... i alt 1188"), or
    the sum of those between them ("92,8 mio. kr. ... 0,7 mio. kr. ... 2,3 mio. kr. ... 4,0 mio.
    kr. Samlet ... 99,8 mio. kr.")."""
    d = abs(a.number - b.number)
    if any(f.kind == a.kind and f.number == d and f.block in (a.block, b.block)
           for f in doc.facts if f is not a and f is not b):
        return True
    lo, hi = sorted((a, b), key=lambda f: f.start)
    between = [f for f in doc.facts if f.kind == a.kind and f.unit == a.unit and lo.end <= f.start
               and f.end <= hi.start and not isinstance(f.value, list) and f.number]
    return len(between) >= 2 and abs(sum(f.number for f in between) - d) <= 1e-6 * max(d, 1)


def _year_of(doc: Document, f: Fact) -> str | None:
    """The year a figure is said of: the first year its sentence names ("For 2026 forventer
    Parken ..., på niveau med 2025, ... 145 mio. kr."), else the last one before it in its
    paragraph (None if none)."""
    if f.sentence < 0:
        return None
    own = _YEAR.search(doc.sentence_text(f.sentence))
    if own is not None:
        return own.group()
    block = doc.sentences[f.sentence].block
    year = None
    for d in doc.facts:
        if d.start >= f.start:
            break
        if d.kind in ("date", "period") and d.sentence >= 0 and doc.sentences[d.sentence].block == block:
            m = _YEAR.search(d.text)
            year = m.group() if m else year
    return year


#: A figure as counted, beside one corrected for the seasons: "i faktiske tal", "ukorrigeret".
_UNADJUSTED = _rc(r"(?i)\bfaktiske\s+tal|\b(?:ikke[- ]?sæson|u)(?:korrigere|juster)|\bfør\s+sæsonkorrektion")


def _years_said(doc: Document, f: Fact) -> set[str]:
    """The years a figure's sentence writes out ("for otte år siden, i 2012": 2012)."""
    return set(_YEAR.findall(doc.sentence_text(f.sentence))) if f.sentence >= 0 else set()


#: A year and the figure it labels: "2013: 347".
_YEAR_ROW = _rc(r"(?<![\d.,])(?:19|20)\d\d[^\S\n]*:[^\S\n]*\d")
#: A year labelling the figure after it: "2013: 347", "2012 : 377".
_LABEL_YEAR_BEFORE = _rc(r"(?r)(?<![\d.,])((?:19|20)\d\d)[^\S\n]*:[^\S\n]*\Z")


def _label_year(doc: Document, f: Fact) -> str | None:
    """The year a figure is labelled with right before it in a series of such rows on its line
    ("2014: 530 2013: 347 2012: 377"), if any ("Budget 2024: 312 mio. kr." is a title)."""
    m = _LABEL_YEAR_BEFORE.search(doc.text, max(0, f.start - 12), f.start)
    if m is None:
        return None
    a = doc.text.rfind("\n", 0, f.start) + 1
    b = doc.text.find("\n", f.end)
    return m.group(1) if len(_YEAR_ROW.findall(doc.text, a, b if b >= 0 else len(doc.text))) >= 2 else None


def _dates_of(doc: Document, dates: dict[int, set[str]], si: int) -> set[str]:
    """The dates a sentence names, or those of the sentence before when it names none and points
    back at it ("I 2. kvartal 2023 er tallet 260. I dette tal indgår 110 studerende")."""
    own = dates.get(si, set())
    if own or si < 1 or doc.sentences[si].block != doc.sentences[si - 1].block \
            or not _BACK_OPENING.match(doc.sentence_text(si)):
        return own
    return dates.get(si - 1, set())


_BACK_OPENING = _rc(r"(?i)\W*(?:i\s+(?:dette|det)\s+tal|heraf|af\s+dem|af\s+disse|tallet|beløbet)\b")


def _caption(doc: Document, f: Fact) -> str | None:
    """The caption of the table a figure is a row of: the line above the run of label-and-figure
    rows ("Lungesygdom 2.600") the figure's line belongs to, when no blank line comes between."""
    a = doc.text.rfind("\n", 0, f.start) + 1
    b = doc.text.find("\n", f.end)
    if not _ROW_LINE.fullmatch(doc.text[a : b if b >= 0 else len(doc.text)].strip()):
        return None
    while a > 0:
        prev = doc.text.rfind("\n", 0, a - 1) + 1
        line = doc.text[prev : a - 1].strip()
        if not line:
            return None
        if not _ROW_LINE.fullmatch(line):
            return " ".join(line.lower().split())
        a = prev
    return None


def _row_label(doc: Document, f: Fact) -> str:
    """The words a figure's line opens with before it ("Tarmsygdom" of "Tarmsygdom 1.590")."""
    a = doc.text.rfind("\n", 0, f.start) + 1
    return " ".join(doc.text[a : f.start].lower().split()).rstrip(":")


#: A row of a table: a label and a figure ("Lungesygdom 2.600"), not a caption ending in a year.
_ROW_LINE = _rc(r"[^\d\n]{2,60}?[ \t:]+(?!(?:19|20)\d\d$)[-+−]?\d[\d.,]*(?:[ \t]+\S+){0,3}")


def _line_label(doc: Document, f: Fact) -> str | None:
    """The label a line opens with before a colon, when the figure is on that line after it
    ("Rykkerskrivelse 1: Tillægges næste regning kr. 100,00" -> "rykkerskrivelse 1")."""
    a = doc.text.rfind("\n", 0, f.start) + 1
    m = None
    if f.sentence >= 0 and doc.sentences[f.sentence].start > a:
        # a fact box run into one line: "Antal teatre: Fra 307 til 312. Antal spillesteder: ...":
        # the label the figure's own sentence opens with
        m = _LABEL_OPENING.match(doc.text, doc.sentences[f.sentence].start, f.start)
    m = m or _LABEL_OPENING.match(doc.text, a, f.start)
    return m.group(1).strip().lower() if m else None


_LABEL_OPENING = _rc(r"[^\S\n]*(?:(?:[-•*·–]|\d{1,2}[.)])[^\S\n]*)?([^\d:\n][^:\n]{1,40}?)(?::|[^\S\n][-–])[^\S\n]")


def _dash_heading(doc: Document, f: Fact) -> bool:
    """A figure in a heading of the form "Modernisering af folkeskoler - 270 millioner kroner"."""
    if f.block < 0:
        return False
    b = doc.blocks[f.block]
    line = doc.text[b.start : b.end].strip()
    return "\n" not in line and len(line.split()) <= 10 and not line.endswith((".", "!", "?")) and \
        _DASH_LABEL_LINE.match(doc.text, b.start, f.start) is not None


_DASH_LABEL_LINE = _rc(r"[^\d\n]{2,60}?[^\S\n][-–][^\S\n]+\Z")


def _swapped(da: str, db: str) -> bool:
    """Two neighbouring digits swapped ("68"/"86", "1.745"/"1.754"); not any other reordering
    ("2.889"/"2.988" are two figures)."""
    da, db = da.replace(".", "").replace(",", ""), db.replace(".", "").replace(",", "")  # "18,7"/"17,8"
    diff = [i for i, (x, y) in enumerate(zip(da, db)) if x != y]
    return len(diff) == 2 and diff[1] == diff[0] + 1 and da[diff[0]] == db[diff[1]] \
        and da[diff[1]] == db[diff[0]]


def _breakdown_of(doc: Document, facts: list[Fact], part: Fact, whole: Fact) -> bool:
    """``part`` is one of three or more figures of its kind and unit in one sentence that
    together make ``whole`` (within 2 %): the whole split up, written without "i alt"."""
    if part.sentence < 0 or part.number >= whole.number:
        return False
    siblings = [f for f in facts if f.sentence == part.sentence and f.kind == part.kind
                and f.unit == part.unit and f.id != whole.id]
    if len(siblings) < 3:
        return False
    total = sum(f.number for f in siblings)
    return abs(total - whole.number) <= 0.02 * whole.number


def _same_list(doc: Document, a: Fact, b: Fact) -> bool:
    """Two items of one bullet list or table are siblings, not repetitions."""
    lo, hi = sorted((a.block, b.block))
    if lo < 0:
        return False
    return all(doc.blocks[i].kind in ("bullet", "heading") for i in range(lo, hi + 1)) or (
        lo == hi and doc.blocks[lo].kind == "bullet")


#: A part named as such right before its figure: "heraf 163.000 ton", "hvoraf ca. 400".
_SUBSET_BEFORE = _rc(r"(?i)\b(?:heraf|hvoraf|deraf)\s+(?:[\p{L}.]+\s+){0,2}\Z")


def _in_run(doc: Document, facts: list[Fact], f: Fact) -> bool:
    """Whether a figure is one of three or more of its kind and unit with nothing but space
    between them: cells of a table or list flattened to one line ("148 dage 171 dage 176 dage")."""
    def next_to(x: Fact, after: bool) -> Fact | None:
        for g in facts:
            if g is not x and same_unit(g, x) and (
                    _SPACE_ONLY.fullmatch(doc.text, x.end, g.start) if after
                    else _SPACE_ONLY.fullmatch(doc.text, g.end, x.start)):
                return g
        return None

    run = 1
    for after in (False, True):
        x = f
        while run < 3 and (x := next_to(x, after)) is not None:
            run += 1
    return run >= 3


_SPACE_ONLY = _rc(r"\s+")


class _Traits(NamedTuple):
    """What ``repeated_figure`` asks of one figure, whatever it is paired with."""

    each: bool        # an amount of each of several ("hver især giver 60 mio. kr.")
    given_up: bool    # a figure given up for another ("men det tal er nu hævet til 2900")
    beside: bool      # a cell of a row run together ("308 244")
    top_member: bool  # a named member's superlative before it ("Mest sol fik region Nordjylland")
    name: str | None  # the noun naming an amount ("indtægter på"), for money
    sentence: str     # its sentence, white space made single


def _beside_figure(doc: Document, facts: list[Fact], f: Fact) -> bool:
    """A figure with another of its kind and unit right beside it, nothing but space between
    ("308 244"): a cell of a table row written without its column gaps."""
    return any(g is not f and same_unit(g, f) and (
        _SPACE_ONLY.fullmatch(doc.text, f.end, g.start) or _SPACE_ONLY.fullmatch(doc.text, g.end, f.start))
        for g in facts if abs(g.start - f.start) < 40)


def _money_name(doc: Document, f: Fact) -> str | None:
    """The noun an amount is named by: right before it with "på" ("indtægter på 12,7 mia. kr."),
    else its subject ("på driftsudgifter")."""
    m = _NAMED_PAA_BEFORE.search(doc.text, max(0, f.start - 40), f.start)
    name = m.group(1) if m else f.subject
    return name.lower().split()[-1] if name else None


#: "indtægter på ", "et overskud på ca. ": the noun that names the amount after it.
_NAMED_PAA_BEFORE = _rc(r"(?i)\b(\p{L}{4,})\s+(?:på|for)\s+(?:(?:ca\.|cirka|godt|knap|omkring|næsten)\s+)?\Z")
#: "..., men det tal er nu hævet til 2900": the figure before it was given up for another.
_SUPERSEDED_AFTER = _rc(r"(?i)[^.;!?]{0,60}\b(?:men|og)\s+(?:det|dette)\s+tal\s+(?:er|blev)\s+(?:nu\s+)?"
                        r"(?:hævet|sænket|ændret|øget|justeret|nedjusteret|opjusteret|rettet)\b")
#: "hver især giver", "giver hver": an amount of each of several.
_EACH_BEFORE = _rc(r"(?i)\bhver(?:t)?(?:\s+især)?\b[^.;:!?\d]{0,25}\Z")


def _sibling_items(doc: Document, a: Fact, b: Fact) -> bool:
    """Two figures in two marked items of one list ("· Investeringer i nye boringer ... ca. 60 mio.
    kr." / "· Investeringer i nye vandtårne ... ca. 60 mio. kr."), nothing else between them, the
    items worded alike but for what each is about."""
    lo, hi = sorted((a.block, b.block))
    if not (0 <= lo < hi and all(doc.blocks[i].kind == "bullet" for i in range(lo, hi + 1))):
        return False
    heads = []
    for f in (a, b):
        m = _ITEM_MARK.match(doc.text, doc.blocks[f.block].start, f.start)
        if m is None:
            return False
        heads.append(doc.text[m.end() : f.start].split())
    (ha, hb) = heads
    return bool(ha and hb) and ha[0].lower() == hb[0].lower() and ha != hb


def _two_records(doc: Document, a: Fact, b: Fact) -> bool:
    """Two figures on lines of one form with other figures in them ("Projekt i alt 1.310.000 kr.
    Bevilliget beløb 150.000 kr." / "Projekt i alt 1.145.500 kr. Bevilliget beløb 150.000 kr."):
    the lines' words up to the figures are the same, their earlier figures are not."""
    la, lb = (doc.text[doc.text.rfind("\n", 0, f.start) + 1 : f.start] for f in (a, b))
    return la != lb and _FIGURES.sub("#", la).split() == _FIGURES.sub("#", lb).split() \
        and _FIGURES.search(la) is not None


def _parallel_items(doc: Document, a: Fact, b: Fact) -> bool:
    """Two sentences of one form that differ in one word before the figures, the item they are
    about, and in the figures before them ("En plads i dagpleje går fra 3.105 kroner til 3.880
    kroner" / "En plads i vuggestue går fra 3.790 kroner til 3.880 kroner"): the same place of
    two statements, equal by chance."""
    if a.sentence < 0 or b.sentence < 0:
        return False
    ta, tb = (doc.text[doc.sentences[f.sentence].start : f.start] for f in (a, b))
    wa, wb = _FIGURES.sub("#", ta).split(), _FIGURES.sub("#", tb).split()
    diff = [i for i, (x, y) in enumerate(zip(wa, wb)) if x.lower() != y.lower()]
    # (and figures before them that differ: a restatement says the same figures again)
    return len(wa) == len(wb) >= 3 and len(diff) == 1 and "#" not in wa[diff[0]] \
        and _FIGURES.findall(ta) != _FIGURES.findall(tb) and _FIGURES.search(ta) is not None


def _two_subjects(doc: Document, a: Fact, b: Fact) -> bool:
    """Two side-by-side sentences (next to each other, or in two neighbouring paragraphs or
    items) that say the same thing of two subjects, each its first figure: "Aarhus Kommune
    bidrager med 966 mio. kr., hvoraf 135 ..." / "Staten bidrager med 962 mio. kr., hvoraf 32
    ...". The words before the figures end alike and open with different capitalised words, and
    the words after them go on alike to figures that differ."""
    if a.sentence < 0 or b.sentence < 0 or a.sentence == b.sentence:
        return False
    if not (abs(a.sentence - b.sentence) == 1 or abs(a.block - b.block) == 1):
        return False
    ta, tb = (doc.text[doc.sentences[f.sentence].start : f.start] for f in (a, b))
    if _FIGURES.search(ta) or _FIGURES.search(tb):
        return False
    wa, wb = [w.lower() for w in ta.split()], [w.lower() for w in tb.split()]
    k = 0
    while k < min(len(wa), len(wb)) and wa[-1 - k] == wb[-1 - k]:
        k += 1
    pa, pb = ta.split()[: len(wa) - k], tb.split()[: len(wb) - k]
    if not (k >= 1 and pa and pb and pa[0][:1].isupper() and pb[0][:1].isupper()
            and not {w.lower() for w in pa} & {w.lower() for w in pb}):
        return False
    # and both go on alike with figures of their own: a restatement names the figure again
    # ("Sønderjysk Biogas skal omdanne 540.000 tons" / "Anlægget vil omdanne omkring 540.000 tons")
    ra, rb = (doc.text[f.end : doc.sentences[f.sentence].end] for f in (a, b))
    fa, fb = _FIGURES.findall(ra), _FIGURES.findall(rb)
    return bool(fa and fb) and fa != fb and \
        _FIGURES.sub("#", ra).split()[:4] == _FIGURES.sub("#", rb).split()[:4]


#: Figures (with their separators), for comparing lines of a form.
_FIGURES = _rc(r"\d[\d.,]*")
#: The mark of a list item: a bullet, a dash or a number.
_ITEM_MARK = _rc(r"[ \t]*(?:[•·*▪‣◦-]|–|\d{1,2}[.)])[ \t]+")


def _words_of(doc: Document, a: Fact, b: Fact, stems: set[str]) -> str:
    """The document's own words behind topic stems ("omsætni" -> "omsætningen")."""
    text = doc.sentence_text(a.sentence) + " " + doc.sentence_text(b.sentence) if a.sentence >= 0 \
        and b.sentence >= 0 else doc.text
    words = []
    for stem in sorted(stems):
        m = _re.search(r"(?i)\b" + regex.escape(stem) + r"\p{L}*", text)
        words.append(m.group().lower() if m else stem)
    return ", ".join(words)


def _subject_key(f: Fact) -> str | None:
    if not f.subject:
        return None
    return _key_of(f.subject)


@lru_cache(maxsize=4096)
def _key_of(subject: str) -> str:
    return " ".join(w.lower() for w in _KEY_WORD.findall(subject))


def _same_subject(a: Fact, b: Fact) -> bool:
    """Subjects that name the same thing: "anlæg"/"anlægsprojekter", "almene boliger"."""
    ka, kb = _subject_key(a), _subject_key(b)
    if not ka or not kb:
        return False
    return ka == kb or (len(ka) >= 5 and len(kb) >= 5 and ka[:5] == kb[:5]) or bool(
        _key_stems(ka) & _key_stems(kb))


def _compound_of(ka: str | None, kb: str | None) -> bool:
    """One one-word subject is a compound ending in the other ("smålam"/"lam", "smågrise"/"grise")."""
    if not ka or not kb or " " in ka or " " in kb or ka == kb:
        return False
    short, long_ = sorted((ka, kb), key=len)
    return len(short) >= 3 and long_.endswith(short)


@lru_cache(maxsize=4096)
def _key_stems(key: str) -> frozenset[str]:
    return frozenset(content_stems(key))


def _counted_before(doc: Document, f: Fact) -> str | None:
    """What a figure with nothing counted after it counts, named before it in its sentence:
    "Antallet af sopolte (endnu ikke drægtige gylte) var 224.000" -> "sopolte"."""
    if f.sentence < 0:
        return None
    m = _NUMBER_OF.search(doc.text, doc.sentences[f.sentence].start, f.start)
    return m.group(1) if m else None


_NUMBER_OF = _rc(r"(?i)\b(?:antallet|bestanden|tallet)\s+af\s+([\p{L}-]{4,})[^.;:!?\d]{0,60}\Z")


def _restated_from(doc: Document, f: Fact) -> Fact | None:
    """The figure of the same kind that ``f`` says in other terms, right before it in its
    sentence: "1,5 mia. kr., hvilket svarer til 7,6 mio. kr. for kommunen" -> 1,5 mia. kr."""
    before = [g for g in doc.facts if g.sentence == f.sentence and g.end <= f.start and g.kind == f.kind
              and not isinstance(g.value, list) and g.number]
    if not before or f.sentence < 0 or not _SAID_AS.fullmatch(doc.text, before[-1].end, f.start):
        return None
    return before[-1]


#: Between a figure and the same in other terms: ", hvilket svarer til ", " svarende til ".
_SAID_AS = _rc(r"(?i)[ \t]*+,?[ \t]*+(?:(?:hvilket|det)[ \t]+svarer[ \t]+til|svarende[ \t]+til|"
               r"dvs\.?|det[ \t]+vil[ \t]+sige)[ \t]+(?:(?:ca\.|cirka|omkring|godt|knap)[ \t]+)?")


#: A reference value named right before its figure: "50-års-hændelsen på", "grænseværdien på",
#: "rekorden på", "normalen på".
_REFERENCE_BEFORE = _rc(r"(?i)(?:hændelse|grænse|grænseværdi|normal|rekord|tærskel|målsætning)(?:n|en|et)?"
                        r"[ \t]+(?:på|er|lyder\s+på|ligger\s+på)[ \t]+(?:(?:ca\.|cirka|omkring)[ \t]+)?\Z")
#: Units of a level or a distance, whose figures in one text cluster by nature.
_LEVEL_UNITS = {"cm", "mm", "m", "km", "grader", "km/t"}


def _distinctive(f: Fact) -> bool:
    """A figure with three or more significant digits ("1.345", "123.800") is hardly a coincidence."""
    return len(_digits(f).strip("0")) >= 3


#: A sentence that opens on a named place or body: "I Region Syddanmark ...", "Hos Arla ...".
_PLACE_OPENING = _rc(r"\W*(?:I|På|For|Hos|Blandt)\s+((?:\p{Lu}[\p{L}-]*(?:\s+og)?\s+)*\p{Lu}[\p{L}-]*)")


#: Words that tell one line of a result from another ("før skat", "periodens", "EBIT").
_RESULT_KIND = _rc(r"\b(?:før\s+skat|efter\s+skat|periodens|primær\w*|ebitda|ebit|ebt|"
                   r"netto\w*|brutto\w*|ekskl|inkl)\b")
#: A counted noun narrowed by what follows it: "havne med godshåndtering", "borgere, der bor alene".
_RESTRICTED = _rc(r"(?i)[ \t]+\p{L}+,?[ \t]+(?:med|uden|der|som|hvor)[ \t]+\p{L}")
_ALL_OF_THEM = _rc(r"(?i)\b(?:i\s*alt|samlet|tilsammen|sammenlagt)\b(?:\s+\p{L}+){0,3}\s*\Z")
def _named_total(doc: Document, f: Fact) -> bool:
    """A figure called a total: "i alt 118 havne", "Den samlede pulje på 625 mio. kr.", "Den samlede
    ramme for alle lokalområder og skoler er 625 mio. kr."."""
    return bool(_ALL_OF_THEM.search(text_before(doc, f, 25))) or (
        f.sentence >= 0 and _TOTAL_OPENING.match(doc.text, doc.sentences[f.sentence].start, f.start) is not None)


_TOTAL_OPENING = _rc(r"(?i)\W*(?:den|det|de)\s+samlede\b[^.;:!?\d]{0,80}\Z")
#: The same figure said of another thing: "ligeledes", "også", "tilsvarende".
_LIKEWISE = _rc(r"(?i)\b(?:ligeledes|tilsvarende|ligeså|også)\b")


#: A figure said to be an average: "ca. 4,2 mia. kr. årligt", "i gennemsnit 320 om ugen".
_AVERAGE_AFTER = _rc(r"(?i)[ \t]+(?:\p{L}+[ \t]+)?(?:årligt|om\s+året|pr\.\s+år|i\s+gennemsnit|i\s+snit)\b")
_AVERAGE_BEFORE = _rc(r"(?i)\b(?:i\s+gennemsnit|i\s+snit|gennemsnitlig\w*|årligt)\s+(?:\p{L}+\s+){0,3}\Z")


#: Several years: "de seneste fire år", "i perioden 2019-2022", "over fem år".
_SEVERAL_YEARS = _rc(r"(?i)\b(?:de\s+(?:seneste|sidste|foregående|forløbne)\s+\S+\s+år|i\s+perioden|over\s+\S+\s+år)\b")


def _averaged(doc: Document, f: Fact) -> bool:
    """A yearly average over several years ("De seneste fire år ... ca. 4,2 mia. kr. årligt")."""
    return f.sentence >= 0 and bool(
        _AVERAGE_AFTER.match(doc.text, f.end) or _AVERAGE_BEFORE.search(text_before(doc, f, 40))) and bool(
        _SEVERAL_YEARS.search(doc.sentence_text(f.sentence)))


#: A group set apart from the one before it: "landets øvrige scener", "resten af landet".
_OTHER_GROUP = _rc(r"(?i)\b(?:øvrige|resterende|resten\s+af|de\s+andre|andre\s+steder)\b")


_AREA = _rc(r"\b(?:Region|Kommune|Politikreds)\s+\p{Lu}[\p{L}-]*|\b\p{Lu}[\p{L}-]+\s+(?:Kommune|Politikreds|Politi)\b")


def _areas(doc: Document, f: Fact) -> frozenset[str]:
    """The regions, municipalities and police districts the figure's sentence names."""
    return frozenset(m.group() for m in _AREA.finditer(doc.sentence_text(f.sentence))) if f.sentence >= 0 \
        else frozenset()


def _place(doc: Document, f: Fact) -> str | None:
    if f.sentence < 0:
        return None
    m = _PLACE_OPENING.match(doc.sentence_text(f.sentence))
    return " ".join(m.group(1).lower().split()) if m else None


def _named_before(doc: Document, f: Fact) -> str | None:
    """The place or company named right before a figure in its clause ("rekorden hos Alfa lød på
    5300", "rekorden i Beta lød på 3300")."""
    if f.sentence < 0:
        return None
    m = _PLACE_BEFORE.search(doc.text, max(doc.sentences[f.sentence].start, f.start - 50), f.start)
    return m.group(1).lower() if m else None


_PLACE_BEFORE = _rc(r"\b(?:hos|i)\s+(\p{Lu}[\p{Ll}-]+)\b[^.;:\d]{0,40}\Z")


def repeated_figure(doc: Document, options: dict[str, Any], st: Structure) -> Iterator[Result]:
    """The same quantity for the same thing, written twice: the two must agree."""
    # a signed figure ("-23,3 mio. kr.") is a result or a change, compared by its words elsewhere
    facts = [f for f in doc.facts if f.kind in ("money", "count", "quantity")
             and not isinstance(f.value, list) and (f.number or 0) > 0]
    # "186 mio." without a currency word is an amount by context: it may be compared with a
    # written amount for a finding, but two of them never verify each other
    implied = {f.id for f in facts if f.extra.get("currency_implied")}
    topic_cache: dict[str, set[str]] = {}
    wide_cache: dict[str, set[str]] = {}

    def topic(f: Fact) -> set[str]:
        if f.id not in topic_cache:
            topic_cache[f.id] = _topic(doc, f)
        return topic_cache[f.id]

    def wide(f: Fact) -> set[str]:
        if f.id not in wide_cache:
            wide_cache[f.id] = topic(f) | _topic_after(doc, f)
        return wide_cache[f.id]
    related: set[frozenset[str]] = set()
    whole_of: dict[str, float] = {}  # a part -> the total it is a part of
    for rel in st.parts_relations + st.table_relations:
        members = [rel.total, *rel.parts]
        related |= {frozenset((x.id, y.id)) for x in members for y in members}
        for p in rel.parts:
            whole_of[p.id] = rel.total.number
    for lp in st.level_pairs:
        related.add(frozenset((lp.before.id, lp.after.id)))
    # "133 af 135 medarbejdere" in the headline: figures of those values elsewhere are the part
    # and the whole, not one figure written twice
    part_whole = {frozenset((a.number, b.number)) for a, b in st.part_of_pairs} | {
        frozenset((float(f.extra["numerator"]), float(f.extra["denominator"]))) for f in doc.facts
        if f.kind == "ratio" and f.extra.get("numerator") and f.extra.get("denominator")}
    # the new level of a pair ("steg fra 142 til 186 mio. kr.") is the current figure: the change
    # words around it speak about the old one
    currents = {lp.after.id for lp in st.level_pairs}
    earlier = {lp.after.id: lp.before for lp in st.level_pairs}
    max_ratio = options.get("max_ratio", 10.0)
    echoed: set[frozenset[str]] = set()
    for res in _table_echoes(doc, st, currents):
        echoed.add(frozenset(f.id for f in res.facts))
        yield res
    related |= echoed
    paired: set[str] = set()
    flagged: set[tuple[str, str]] = set()
    flagged_against: set[tuple[str, float]] = set()
    # per figure once, not per pair: a 200-figure document has 20.000 pairs
    ivs = {f.id: interval(f) for f in facts}
    keys = {f.id: _subject_key(f) for f in facts}
    change_words: dict[str, set[str]] = {}
    dates: dict[int, set[str]] = {}
    days: dict[int, set[str]] = {}  # the dates alone, as ISO strings cut to their precision
    for d in doc.facts:
        if d.kind in ("date", "period"):
            dates.setdefault(d.sentence, set()).add(str(d.value))
        if d.kind == "date" and isinstance(d.value, str):
            days.setdefault(d.sentence, set()).add(d.value)
        elif d.kind == "period" and isinstance(d.value, dict) and _YEAR.match(str(d.value.get("start"))) \
                and _YEAR.match(str(d.value.get("end"))):
            # "i regnskabsåret 2020-2021": the years it spans (not one said of 2022)
            start, end = str(d.value["start"]), str(d.value["end"])
            span = range(int(start[:4]), int(end[:4]) + 1)
            days.setdefault(d.sentence, set()).update(
                {start, end} | ({str(y) for y in span} if len(span) <= 20 else set()))

    def words_of(f: Fact) -> set[str]:
        if f.id not in change_words:
            change_words[f.id] = {w.lower() for w in _CHANGE_WORDS.findall(_change_context(doc, f, currents))}
        return change_words[f.id]

    labels: dict[str, str | None] = {}
    captions: dict[str, str | None] = {}

    def caption_of(f: Fact) -> str | None:
        if f.id not in captions:
            captions[f.id] = _caption(doc, f)
        return captions[f.id]
    sentence_dates: dict[int, set[str]] = {}

    def label_of(f: Fact) -> str | None:
        if f.id not in labels:
            labels[f.id] = _line_label(doc, f)
        return labels[f.id]

    def dates_of(si: int) -> set[str]:
        if si not in sentence_dates:
            sentence_dates[si] = _dates_of(doc, dates, si)
        return sentence_dates[si]

    items: dict[str, bool] = {}

    def bracketed(f: Fact) -> bool:
        if f.id not in items:
            items[f.id] = _item_in_brackets(doc, f)
        return items[f.id]

    averages: dict[str, bool] = {}

    def averaged(f: Fact) -> bool:
        if f.id not in averages:
            averages[f.id] = _averaged(doc, f)
        return averages[f.id]

    runs: dict[str, bool] = {}

    def in_run(f: Fact) -> bool:
        if f.id not in runs:
            runs[f.id] = _in_run(doc, facts, f)
        return runs[f.id]

    traits: dict[str, _Traits] = {}

    def trait(f: Fact) -> _Traits:
        # (asked of the same figures for every pair: computed once per figure)
        if f.id not in traits:
            start = doc.sentences[f.sentence].start
            traits[f.id] = _Traits(
                each=bool(_EACH_BEFORE.search(doc.text, max(start, f.start - 30), f.start)),
                given_up=bool(_SUPERSEDED_AFTER.match(doc.text, f.end)),
                beside=_beside_figure(doc, facts, f),
                top_member=bool(_MEMBER_SUPERLATIVE.search(doc.text, start, f.start)),
                name=_money_name(doc, f) if f.kind == "money" else None,
                sentence=" ".join(doc.sentence_text(f.sentence).split()))
        return traits[f.id]

    def forecast(f: Fact) -> bool:
        return f.sentence >= 0 and bool(_FORECAST.search(doc.sentence_text(f.sentence)))

    def params_for(a: Fact, b: Fact, shared: set[str]) -> dict[str, Any]:
        return {"first": a.text, "second": b.text,
                "subject": a.subject or b.subject or _words_of(doc, a, b, shared) or ""}

    buckets: dict[tuple[str, str | None], list[Fact]] = {}
    for f in facts:
        buckets.setdefault((f.kind, f.unit), []).append(f)
    pairs = ((a, b) for group in buckets.values() for i, a in enumerate(group) for b in group[i + 1 :])
    for a, b in sorted(pairs, key=lambda ab: (ab[0].start, ab[1].start)):
        if a.sentence == b.sentence or a.id in implied and b.id in implied:
            continue
        if a.id in whole_of and b.id in whole_of and whole_of[a.id] != whole_of[b.id]:
            continue  # "1.020 bofællesskaber ... 933 af kommunerne" and "680 værksteder ... 633 af
            # kommunerne": parts of two different totals, not one figure said twice
        if a.block != b.block and (ca := caption_of(a)) and (cb := caption_of(b)) and ca != cb \
                and _row_label(doc, a) == _row_label(doc, b):
            continue  # "Tarmsygdom 1.590" under "... blandt kvinder" and "Tarmsygdom 1.595" under
            # "... blandt mænd": rows of two tables, each of its own caption
        if a.unit == "indeks":
            continue  # index levels ("fra indeks 115 til 164", "uændret på 104") of several
            # series are alike by nature: a digit apart is no slip
        if a.kind == "count" and _YEAR.fullmatch(a.text) and _YEAR.fullmatch(b.text):
            continue  # "skoleårene 2020/2021 til 2022/2023" said twice: years, not counts
        if (abs(a.block - b.block) <= 1 or _same_list(doc, a, b) or _dash_heading(doc, a) and _dash_heading(doc, b)) \
                and (la := label_of(a)) and (lb := label_of(b)) and la != lb:
            continue  # "Rykkerskrivelse: ... kr. 100,00" / "Lukkeskrivelse: ... kr. 200,00": two
            # items; "1. FC Nord: Omsætningen var 1,4 mia. kr." / "3. SK Syd: ...": two clubs
        if echoed and frozenset((a.id, b.id)) in echoed:
            continue  # compared as a text figure and its table cell above
        # (figures that differ only: the same figure may name its thing in other words)
        differ = a.number != b.number
        wa_ = content_words(a.subject or _counted_before(doc, a) or "") if differ else set()
        wb_ = content_words(b.subject or _counted_before(doc, b) or "") if differ else set()
        if wa_ and wb_ and not loosely_shared(wa_, wb_):
            continue  # "220.000 diegivende søer" and "Antallet af sopolte (...) var 224.000"
        sa, sb = _restated_from(doc, a), _restated_from(doc, b)
        if sa is not None and sb is not None and sa.number != sb.number:
            continue  # "1,5 mia. kr., hvilket svarer til 7,6 mio. kr. for kommunen" and "1,3 mia. kr.
            # svarende til 6,6 mio. kr. for kommunen": each the share of its own amount
        if bool(_REFERENCE_BEFORE.search(text_before(doc, a, 40))) != bool(
                _REFERENCE_BEFORE.search(text_before(doc, b, 40))):
            continue  # "lige under 50-års-hændelsen på 170 cm" beside "nåede op på 177 cm": a
            # threshold or a record named by what it is, beside a measured figure
        if averaged(a) != averaged(b):
            continue  # "4,2 mia. kr. i 2022" and "de seneste fire år ... ca. 4,2 mia. kr. årligt":
            # one year's figure and the average of several
        if bracketed(a) != bracketed(b) and not ivs[a.id].meets(ivs[b.id]):
            continue  # "• Den offentlige sektor (33.000 medlemmer)" is that sector's figure; "3F
            # har 35.000 forbundsmedlemmer af anden etnisk herkomst" another group's
        equal = ivs[a.id].meets(ivs[b.id]) and abs(a.number - b.number) <= 0.01 * a.number
        if a.kind == "count" and not (a.qualifier or b.qualifier):
            # "199" and "198" people are two counts, not one rounded; "214.300" is "214.301"
            # rounded to hundreds (a large round count said again of the exact one)
            equal = a.number == b.number or _rounded_restatement(a, b)
        elif equal and a.number != b.number and not (a.qualifier or b.qualifier) \
                and abs(half_unit(a) - half_unit(b)) <= 1e-9 * max(a.number, b.number):
            equal = False  # "835 mio. kr." and "834 mio. kr.": written alike, one figure would be
            # written with the same digits; they are two figures (or a slip), never one confirmed
        same_subject = _same_subject(a, b) if a.kind == "money" else (
            bool(keys[a.id]) and keys[a.id] == keys[b.id])
        if not same_subject and not equal and _compound_of(keys[a.id], keys[b.id]):
            # "13.870 smålam ... hvert døgn" and "13.780 lam i døgnet": a compound names a kind
            # of its last word; two figures a typo apart said of both are one figure (equal
            # figures of "elbiler" and "biler" are not confirmed by it)
            same_subject = True
        # a table cell is named by its row's label, and two amounts "til KIK" by their subject:
        # firmer pairings than the words around a figure
        slip = not equal and _thousand_slip(a, b)
        if not equal and not slip and not _looks_like_typo(
                a, b, paired=same_subject or _in_row(doc, a) or _in_row(doc, b)):
            continue  # different amounts may well be different things: say nothing
        shared = topic(a) & topic(b)
        if keys[a.id] and keys[b.id] and not same_subject and not _same_subject(a, b):
            continue  # "4,5 mio. kr. til anlæg" and "1,5 mio. kr. til rekruttering": two things
        if _two_subjects(doc, a, b):
            continue  # "Kommunen bidrager med 966 mio. kr." / "Staten bidrager med 962 mio. kr."
        if equal:
            if (a.id in implied or b.id in implied):
                continue
            if {a.qualifier, b.qualifier} & {"over", "under", "mindst", "højst"}:
                continue  # "over 200 mia." is a bound: 199,8 mia. is not the same figure
            if not _may_be_one(_change_said(doc, a), _change_said(doc, b)):
                continue  # "steg til 2,4 mio. kr." and "steg med 2,4 mio. kr.": a level and a
                # change; "steg 1,3 mio. kr." and "faldt 1,3 mio. kr.": two changes
            if _LIKEWISE.search(doc.text, doc.sentences[b.sentence].start, b.start) or (
                    (pa := _place(doc, a)) and (pb := _place(doc, b)) and pa != pb):
                continue  # "I videnservice er beskæftigelsen ligeledes steget med 4.900": another's
            if _sibling_items(doc, a, b) or _two_records(doc, a, b) or _parallel_items(doc, a, b):
                continue  # "· nye boringer ... ca. 60 mio. kr." and "· nye vandtårne ... ca. 60 mio.
                # kr.": two items of one list, equal by chance; so are two records of one form
            if _last_years(doc, a) != _last_years(doc, b) and not _pair_restated(doc, facts, a, b):
                continue  # "14 mio. kr. i modsætning til 11 mio. kr. sidste år" and "11 mio. kr. i
                # kommunekassen": last year's figure of a comparison and another, equal by chance
            if a.number != b.number and _ONLY_BEFORE.search(doc.text, max(0, b.start - 30), b.start):
                continue  # "ca. 42.500 indbyggere" and "Danmarks Statistik når kun til 42.100": the
                # word that sets them apart, not a rounded restatement
            # without a shared word, only four significant digits are no coincidence, or three
            # with related words after them ("27,3 mia." can be two things)
            sig = max(len(_digits(a).strip("0")), len(_digits(b).strip("0")))
            if a.kind != "money" and sig < 3 and (a.number < 100 or sig < 2):
                continue  # "to puljer" twice, "500" twice: too common a figure to call it one
                # ("cirka 60.000" for 60.035 is a rounded restatement, and confirmed)
            if a.kind == "money" and sig < 2 and not same_subject and a.qualifier != b.qualifier \
                    and {a.qualifier, b.qualifier} & {"godt", "knap", "over", "under", "mindst", "højst", "næsten"}:
                continue  # "løftede psykiatrien med en milliard kroner" and "hævede budgettet for
                # parkering med godt én milliard kroner": a round amount, one of them bounded,
                # is no restatement without the same subject
            ta, tb = trait(a), trait(b)
            if ta.sentence == tb.sentence:
                continue  # "Er du dagplejer ... Dermed er din timeløn blevet ca. 3 kr. mere værd." and
                # the same sentence after "Er du portør ...": one form said of two groups
            if ta.each != tb.each:
                continue  # "to lokale fonde giver hver især 60 mio. kr." and "kommunen har afsat 60
                # mio. kr.": an amount of each and an amount of one, equal by chance
            if ta.given_up != tb.given_up:
                continue  # "havde regnet med 2200 tilskuere ..., men det tal er nu hævet til 2900"
                # is a figure given up, not the one another club's stadium is approved for
            if ta.beside and tb.beside:
                continue  # "Heraf i aktive værfter 308 244" and "Nordjylland 308 211": cells of a
                # table run into lines, equal by chance
            if _cell(doc, a) and _cell(doc, b):
                continue  # two cells of price tables ("Vuggestue  3.420 kr." and "Dagpleje  3.420
                # kr."): equal cells of other rows or tables are no restatement
            if any(t is not a and t is not b and same_unit(t, a) and t.block in (a.block, b.block)
                   and t.number and (ivs[a.id] + ivs[b.id]).meets(ivs[t.id])
                   and _ALL_OF_THEM.search(text_before(doc, t, 25)) for t in facts):
                continue  # "i alt 150 mio. m3 ... egen boring 75 mio. m3 ... køb fra værkerne 75
                # mio. m3": two equal halves of a total given beside them, not one figure twice
            da_, db_ = days.get(a.sentence, set()), days.get(b.sentence, set())
            if bool(da_) != bool(db_) and doc.published is not None and all(
                    x[:4].isdigit() and int(x[:4]) < doc.published.year - 10 for x in da_ | db_):
                continue  # "Ved nytår boede der 48.219" and "i 1980'erne toppede den på 48.219":
                # a figure of now and one of decades ago, equal or not, are no restatement (a
                # sentence naming last year may well say this year's figure again)
            if da_ and db_ and not any(x[:len(y)] == y[:len(x)] for x in da_ for y in db_):
                continue  # the same figure said of 2010 and of 2021: no restatement to confirm
            if b.id not in paired and (shared or same_subject or (
                    _distinctive(a) and a.number == b.number
                    and (len(_digits(a).strip("0")) >= 4 or a.kind == "quantity"
                         or _related_topics(wide(a), wide(b))))):
                paired.add(b.id)
                params = params_for(a, b, shared)
                yield Result("verified", [a, b], params, a.number, b.number,
                             f"{a.text} = {b.text} ✓", extra={"quotes": [params["subject"]]},
                             message_key="verified" if params["subject"] else "verified_unnamed")
            continue
        # a finding needs more: said of the same thing, outside any relation; a count or a
        # measure only with three or more digits, two of them significant
        # (a warning: "420 nye boliger" / "720 nye boliger" is a slip or two projects)
        shared = shared or _related_topics(wide(a), wide(b))
        # without a shared word, only two measures of three or more significant digits each
        # ("133.000 kvadratmeter" / "433.000 kvadratmeter") are hardly a coincidence: a warning
        lone = not (shared or same_subject)
        if lone and not (a.kind == "quantity" and _distinctive(a) and _distinctive(b)
                         and min(a.number, b.number) >= 100 and a.unit not in _LEVEL_UNITS):
            continue  # (small measures with decimals, "1,22 kWh" and "1,32 kWh", are alike by nature;
            # so are heights, depths and temperatures: "vandet nåede 177 cm" at one station and
            # "174 cm" at another, beside "50-års-hændelsen på 170 cm")
        if a.kind != "money" and not (min(len(_digits(a)), len(_digits(b))) >= 3
                                      and len(_digits(a).strip("0")) >= 2
                                      and (same_subject or shared or lone)):
            continue
        if frozenset((a.id, b.id)) in related or _same_list(doc, a, b) \
                or frozenset((a.number, b.number)) in part_whole:
            continue
        if _in_row(doc, a) and _in_row(doc, b):
            continue  # two cells of tables: other rows or columns, checked as tables
        if in_run(a) or in_run(b):
            continue  # "148 dage 171 dage 176 dage": a table flattened to a run of cells
        if _difference_said(doc, a, b):
            continue  # "1184 udrykninger ... 4 flyvninger ... i alt 1188": the difference is given
        if bool(_ALONE.search(doc.text, doc.sentences[a.sentence].start, a.start)) != bool(
                _ALONE.search(doc.text, doc.sentences[b.sentence].start, b.start)):
            continue  # "Alene i København ... 170.000" after "næsten 180.000" in two kommuner:
            # a part and the whole
        if _named_total(doc, a) != _named_total(doc, b):
            continue  # "113 havne med godshåndtering" and "i alt 118 havne": a part and the whole
        if _result_kinds(doc, a) != _result_kinds(doc, b):
            continue  # "Resultat før skat ... 242 mio." and "Periodens resultat ... 202 mio.": two lines
        if a.kind == "count" and \
                bool(_RESTRICTED.match(doc.text, a.end)) != bool(_RESTRICTED.match(doc.text, b.end)):
            continue  # "113 havne med godshåndtering" and "118 havne": a subset and all of them
        if {a.qualifier, b.qualifier} & {"over", "under", "mindst", "højst"}:
            continue  # bounds, not values
        if bool(a.extra.get("partitive")) != bool(b.extra.get("partitive")) or bool(
                _SUBSET_BEFORE.search(text_before(doc, a, 30))) != bool(_SUBSET_BEFORE.search(text_before(doc, b, 30))):
            continue  # "tæt ved 12.000 af de nyetablerede selskaber", "227.000 ton, heraf 163.000 ton
            # fra detailhandlen": a subset; a figure of another sentence may be another subset
        aa, ab = _areas(doc, a), _areas(doc, b)
        if aa and ab and aa != ab:
            continue  # "1.400 plejeboliger i Region Sjælland" / "1.800 ... i Region Midtjylland"
        if _breakdown_of(doc, facts, b, a) or _breakdown_of(doc, facts, a, b):
            continue  # "750 stillinger" and "i Region Syd 150 stillinger" of a list adding up to
            # 750: a part of the whole, not the whole mistyped
        if bool(_OTHER_GROUP.search(doc.text, doc.sentences[a.sentence].start, a.start)) != bool(
                _OTHER_GROUP.search(doc.text, doc.sentences[b.sentence].start, b.start)):
            continue  # "de regionale scener ... 4.800 koncerter" and "landets øvrige scener ... 4.600
            # koncerter": the same measure of another group
        pa, pb = _place(doc, a), _place(doc, b)
        if (pa or pb) and pa != pb or (
                (na := _named_before(doc, a)) and (nb := _named_before(doc, b)) and na != nb):
            continue  # "I Sydsjællands Politikreds skete der 889 ..." after "I Midt- og Vestsjællands
            # Politikreds skete der 829 ...": the same measure of two places
        if _two_records(doc, a, b):
            continue  # "Projekt i alt 980.000 kr. Bevilliget beløb 125.000 kr." / "Projekt i alt
            # 1.412.000 kr. Bevilliget beløb 152.000 kr.": two records of one form
        words_a, words_b = words_of(a), words_of(b)
        if words_a - _RATE_WORDS or words_b - _RATE_WORDS or (words_a != words_b):
            continue  # a change, a comparison or another time; "pr. barn" in both is one rate
        if forecast(a) != forecast(b):
            continue  # an expectation and an outcome are two different figures
        if bool(_UNADJUSTED.search(doc.sentence_text(a.sentence))) != bool(
                _UNADJUSTED.search(doc.sentence_text(b.sentence))):
            continue  # "I faktiske tal var der 185.300 beskæftigede" beside the seasonally
            # adjusted 184.300: two measures of one thing
        dates_a, dates_b = dates_of(a.sentence), dates_of(b.sentence)
        if dates_a and dates_b and not dates_a & dates_b:
            continue
        la, lb = _label_year(doc, a), _label_year(doc, b)
        ya, yb = ({la} if la else _years_said(doc, a)), ({lb} if lb else _years_said(doc, b))
        if (la or lb) and ya and yb and ya.isdisjoint(yb):
            continue  # "i 2012 ... 377 anholdelser" and "2013: 347 2012: 377": the row labelled
            # with another year is that year's figure
        if not (dates_a and dates_b) and (ya := _year_of(doc, a)) and (yb := _year_of(doc, b)) \
                and ya != yb:
            continue  # "... opjusteres forventningerne til 2025. ... resultat før skat forventes i
            # niveauet 155 mio. kr." and "For 2026 forventer Parken ... 145 mio. kr.": two years'
        ratio = max(a.number, b.number) / min(a.number, b.number)
        if ratio > max_ratio and _mantissa(a) != _mantissa(b) and _digits(a) != _digits(b) and not slip:
            continue  # an order of magnitude apart: two different amounts (not a slipped comma)
        ta, tb = trait(a), trait(b)
        if (na_ := ta.name) and (nb_ := tb.name) and na_[:5] != nb_[:5] and na_ not in nb_ \
                and nb_ not in na_:
            continue  # "indtægter på 12,7 mia. kr." and "12,2 mia. kr. på driftsudgifter": two
            # amounts named for two things
        if ta.top_member != tb.top_member:
            continue  # "På landsplan skinnede solen 143 timer" and "Mest sol fik region Nordjylland
            # med 153 timer": the whole and its largest member (not "Anlægsbudgettet er det
            # største i kommunens historie og lyder på 52,5 mio.": the figure itself)
        ea, eb = earlier.get(a.id), earlier.get(b.id)
        if (ea or eb) and not (ea and eb and ea.number == eb.number) \
                and all(f.id in earlier or _CHANGED_TO.search(text_before(doc, f, 50)) for f in (a, b)):
            continue  # "stiger betalingen fra 205 kroner til 426 kroner" and "stiger til 246 kroner"
            # after 95 kroner: the new levels of two changes from other levels, two series
        if (a.id, b.id) in flagged:
            continue
        # the same wrong figure against another copy of the same right one: said once
        if (a.id, b.number) in flagged_against or (b.id, a.number) in flagged_against:
            continue
        flagged.add((a.id, b.id))
        flagged_against.update({(a.id, b.number), (b.id, a.number)})
        params = params_for(a, b, shared)
        yield Result("finding", [a, b], params, a.number, b.number, f"{a.text} ≠ {b.text}",
                     severity=None if a.kind == "money" and not lone else "warning",
                     extra={"quotes": [params["subject"]]},
                     message_key="message" if params["subject"] else "message_unnamed")


_YEAR = _rc(r"\b(?:19|20)\d\d\b")
#: A named member with a superlative before a figure: "Mest sol fik region Nordjylland med",
#: "Fyn fik mest sol med", "Varmest var det i region Syd med", "Den største koloni lå ved Mølledammen med".
_SUPERLATIVE = (r"(?i:mest|flest|højest|lavest|færrest|størst|mindste|vådest|tørrest|varmest|koldest|"
                r"solrigest)\w*")
_MEMBER_SUPERLATIVE = _rc(
    rf"\b{_SUPERLATIVE}\b(?:\s+[\p{{L}}-]+){{0,3}}?\s+(?i:fik|havde|har|lå|ligger|var\s+det\s+i|i|på|ved|"
    rf"blandt|hos)\s+(?:\p{{Ll}}+\s+)?\p{{Lu}}[^.;:!?]{{0,60}}\Z"
    rf"|\b\p{{Lu}}[\p{{L}}-]+\s+(?i:fik|havde|har)\s+{_SUPERLATIVE}\b[^.;:!?]{{0,40}}\Z")
#: The new level of a change: "stiger betalingen til ", "er steget til ca. ".
_CHANGED_TO = _rc(r"(?i)\b(?:stiger|steg|steget|falder|faldt|faldet|vokser|voksede|vokset|øges|øget|"
                  r"hæves|hævet|sænkes|sænket)\b[^.;:!?\d]{0,30}\btil\s+(?:(?:ca\.|cirka|godt|knap)\s+)?\Z")
_OTHER_TIME = _rc(r"(?i)\b(?:sidste\s+år|året\s+før|i\s+fjor|samme\s+\p{L}+\s+sidste)\b")


@lru_cache(maxsize=1024)
def _label_keys(label: str) -> tuple[str | None, tuple[str, ...] | None]:
    words = [w.lower() for w in _WORD.findall(label)]
    long = [w for w in words if len(w) >= 5]
    return (long[0][:6] if long else None), (tuple(words[-2:]) if len(words) >= 3 else None)


def _label_near(label: str, near: list[str]) -> bool:
    """A row's label said next to a figure (``near``: the words there, in lower case): its first
    long word's stem ("Omsætning" in "omsætningen"), or its last two words ("Resultat før skat"
    in "Overskuddet før skat")."""
    stem, tail = _label_keys(label)
    if stem and any(w.startswith(stem) for w in near):
        return True
    return tail is not None and any(tuple(near[i : i + 2]) == tail for i in range(len(near) - 1))


def _table_echoes(doc: Document, st: Structure, currents: set[str]) -> Iterator[Result]:
    """A figure of the text and its cell in a table under a header of years: the row its label
    names ("Omsætning", an "I alt" row for a figure said to be a total), the column of the year
    its clause names ("I 2023 var omsætningen 3,7 mia. kr."), or for the two levels of a pair
    ("steg fra 142 til 186 mio. kr.") the earlier and the later year. Equal is verified; a figure
    that differs from its cell the way a typo does (one digit, the comma, the scale word) is
    reported; any other difference is left alone (it may be another measure)."""
    rows = st.year_rows
    if not rows:
        return
    in_rows = {c.id for _, cells, _ in rows for c in cells}
    pair_of: dict[str, tuple[str, object]] = {}
    for lp in st.level_pairs:
        pair_of.setdefault(lp.before.id, ("before", lp))
        pair_of.setdefault(lp.after.id, ("after", lp))
    kinds = {(c.kind, c.unit or "") for _, cells, _ in rows for c in cells}
    for f in doc.facts:
        if f.id in in_rows or f.sentence < 0 or (f.number or 0) <= 0 or isinstance(f.value, list) \
                or (f.kind, f.unit or "") not in kinds or f.qualifier in ("over", "under", "mindst", "højst"):
            continue
        before = text_before(doc, f, 60)
        # the row's word before the figure or as its noun ("39,9 millioner rejser")
        near = [w.lower() for w in _WORD.findall(before) + _WORD.findall(f.text)
                + _WORD.findall(text_after(doc, f, 30))[:2]]
        found: list[tuple[str, Fact]] = []
        for label, cells, years in rows:
            if len(set(years)) != len(years) or \
                    not all(c.kind == f.kind and (c.unit or "") == (f.unit or "") for c in cells):
                continue
            if TOTAL_ROW.match(label):
                if not TOTAL_CUE.search(before):
                    continue
            elif not _label_near(label, near):
                continue
            cell = _cell_for(doc, f, cells, years, pair_of, currents)
            if cell is not None:
                found.append((label, cell))
        if len(found) > 1:
            # two rows the words fit ("Basisresultat", "Basisresultat før nedskrivninger"):
            # only a cell that agrees tells which
            found = [(label, cell) for label, cell in found if _equal(f, cell)]
        if len(found) != 1:
            continue
        label, cell = found[0]
        if (cell.number or 0) < 0:
            # "-5.237" in the table is "et underskud på 5.237 mio. kr." in the text: the words
            # carry the sign, and a size is no typo of its negative
            continue
        params = {"first": f.text, "second": cell.text, "subject": label}
        if _equal(f, cell):
            yield Result("verified", [f, cell], params, f.number, cell.number, f"{f.text} = {cell.text} ✓",
                         extra={"quotes": [label]})
        elif _looks_like_typo(f, cell, paired=True) or _digits(f) == _digits(cell):  # "39,9 millioner" / "399 mio."
            yield Result("finding", [f, cell], params, f.number, cell.number, f"{f.text} ≠ {cell.text}",
                         severity=None if f.kind == "money" else "warning", extra={"quotes": [label]})


def _equal(a: Fact, b: Fact) -> bool:
    return interval(a).meets(interval(b)) and abs(a.number - b.number) <= 0.01 * a.number


def _cell_for(doc: Document, f: Fact, cells: list[Fact], years: list[str], pair_of: dict,
              currents: set[str]) -> Fact | None:
    """The cell of a row that a figure of the text is: by its pair's role, else by its year."""
    role = pair_of.get(f.id)
    if role is not None:
        if len(years) != 2:
            return None
        earlier = 0 if years[0] < years[1] else 1
        return cells[earlier] if role[0] == "before" else cells[1 - earlier]
    sent = doc.sentences[f.sentence]
    head = _re.split(r"[,;]", doc.text[sent.start : f.start])[-1]
    tail = _re.split(r"[,;]", doc.text[f.end : sent.end], maxsplit=1)[0]
    named = set(_YEAR.findall(head + " " + tail))
    if len(named) != 1 or _OTHER_TIME.search(head + " " + tail) or \
            _CHANGE_WORDS.search(_change_context(doc, f, currents)):
        return None
    year = named.pop()
    return cells[years.index(year)] if year in years else None


__all__ = ["unlabelled_share", "headline_ratio", "repeated_figure"]
