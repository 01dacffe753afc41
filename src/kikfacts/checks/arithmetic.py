"""Check kinds that do arithmetic on figures: sums, flows, changes, shares."""

from __future__ import annotations

import dataclasses
from typing import Any, Iterator

import regex

from kikfacts.patterns import cached as _re
from kikfacts.patterns import compile as _rc

from ..model import Document, Fact
from .base import (
    CHANGE_NOUNS,
    MENS_CLAUSE,
    OPENING_CLAUSE,
    POINTS_BACK_TO_FIGURE,
    Interval,
    Result,
    content_stems,
    content_words,
    exact,
    loosely_shared,
    fmt_fact_value,
    fmt_number,
    fmt_percent,
    interval,
    same_unit,
    sentence_of,
    text_after,
    text_before,
)
from .structure import (
    BY_TO_MID,
    CHANGED_BEFORE,
    CHANGED_BY_BEFORE,
    FRA_MID,
    SUBSET_BETWEEN,
    TOTAL_CUE,
    TOTAL_ROW,
    LevelPair,
    Structure,
    said_as_deficit,
    said_as_difference,
)


def sum_of_parts(doc: Document, options: dict[str, Any], st: Structure) -> Iterator[Result]:
    held: set[frozenset[float]] = set()
    said: set[frozenset[str]] = set()
    for res in _differences(doc, st):
        if res.status == "verified":
            ids = frozenset(f.id for f in res.facts)
            if ids in said:
                continue  # the same difference found twice ("over det afsatte beløb" and its pair)
            said.add(ids)
            held.add(frozenset(f.number for f in res.facts))
        yield res
    for res in _parts_results(doc, st):
        key = frozenset(f.number for f in res.facts)
        if res.status == "verified":
            if res.extra.get("table") and key in held:
                continue  # the table says again what the text said and was verified: once is enough
            held.add(key)
        yield res


#: (and its compounds: "finansieringsindtægter", "skatteindtægterne")
_INCOME_BEFORE = _rc(r"(?r)(?i)\b\p{L}*indtægt(?:er|erne)?\b[^.;,\d]{0,20}\Z")
#: A total named an income, also with what it is from: "Indtægter på parkeringsafgifter: ".
_INCOME_LABEL = _rc(r"(?r)(?i)\b\p{L}*indtægt(?:er|erne)?\b[^.;,\d\n]{0,40}\Z")


def _negated(f: Fact) -> Fact:
    """A copy of an amount with its sign turned (an income in a net expense)."""
    import dataclasses

    v = [-x for x in f.value][::-1] if isinstance(f.value, list) else -f.value
    return dataclasses.replace(f, value=v)


#: An amount said besides a split: "og så er der i øvrigt 15 mia. kr.", "desuden 2 mio. kr.".
_BESIDES_BEFORE = _rc(r"(?i)\b(?:i\s*øvrigt|desuden|derudover|derover|oveni|ud\s+over\s+det|"
                      r"endvidere)\b[^.;:!?\d]{0,30}\Z")
_TOTAL_BEFORE_PART = _rc(r"(?i)\b(?:sammenlagt|tilsammen)\b(?:\s+\p{L}+){0,2}\s*$")


def _round_hundreds_count(f: Fact) -> bool:
    """A count in round hundreds, as statistics publish them ("7.800", "48.000 årsværk")."""
    return f.kind == "count" and not f.qualifier and bool(f.number) and f.number >= 1000 \
        and bool(_ROUND_HUNDREDS.search(f.text))


def _widened(f: Fact, half: float) -> Interval:
    """A figure's interval, at least ``half`` either way of it (the rounding it may carry)."""
    iv = interval(f)
    return Interval(min(iv.lo, f.number - half), max(iv.hi, f.number + half))


#: "i alt 655": a figure named a total right before it.
_TOTAL_RIGHT_BEFORE = _rc(r"(?i)\b(?:i\s+alt|total)\s+\Z")
#: Counts that statistics round from fractions: "årsværk", "fuldtidspersoner", "stillinger".
_ROUNDED_COUNT = _rc(r"(?i)årsværk|fuldtid|stilling|normering|helårs|gennemsnit")


_OPEN_BOUNDS = ("over", "under", "mindst", "højst", "op mod")


def _unbounded(f: Fact) -> Fact:
    """The figure without its open bound ("over 3,8 mio." as 3,8 mio.)."""
    return dataclasses.replace(f, qualifier=None)


def _parts_results(doc: Document, st: Structure) -> Iterator[Result]:
    tables = {id(rel) for rel in st.table_relations}
    for rel in st.parts_relations + st.table_relations:
        total, parts = rel.total, rel.parts
        loose = rel.source in ("before", "following", "back", "named")
        if loose and len(parts) > 2 and any(p.number == total.number for p in parts):
            # "3.000 - så mange mangler ... 2.400 ... 600 ... i alt mangler 3.000": the total said
            # twice is no part of itself
            parts = [p for p in parts if p.number != total.number]
        if any(p.number == total.number and same_unit(p, total) for p in parts):
            continue  # "Sådan fordeles pengene: * Af de 120 mia. kr. går ...": the total said
            # again in a list is no part of itself, and the list is no split of it
        if rel.source == "sentence" and MENS_CLAUSE.search(doc.text, total.end, parts[0].start):
            continue  # "i alt fem udbud i de fire store byer, mens der ligger 12 udbud og tre
            # afdelinger uden for dem": a group set against the total, not a split of it
        if _THRESHOLD_AFTER.match(doc.text, total.end):
            continue  # "16 bevillinger fra 100 tkr og derover": a bound of a bracket, no total
        if id(rel) not in tables and any(_TOTAL_RIGHT_BEFORE.search(text_before(doc, p, 12)) for p in parts):
            continue  # "Sæsonkorrigerede i alt 712 538 Heraf fra eksport 308 244 Faktiske i alt 655
            # 503": a table run into one line; a figure called "i alt" is a total, not a part
        if rel.source == "sentence" and any(_TOTAL_BEFORE_PART.search(text_before(doc, p, 30)) for p in parts):
            continue  # "Roning får i alt 5,6 mio. kr., mens Fægteforeningen får 200.000 kr. mere og
            # sammenlagt 1,9 mio. kr.": a figure called a total is another total, not a part
        s = sum(p.number for p in parts)
        if id(rel) in tables and total.kind == "percent" and not (
                90 <= total.number <= 110 and 50 <= s <= 150):
            continue  # "Dækningsgrad (pct.)  20 / 25 / 30 ... I alt  22": a column of rates,
            # whose total row is the rate of the totals, not a sum (shares of a whole add to
            # about 100, and a slip in one of them does not make them 646)
        if loose and 0 < s < 0.1 * total.number:
            continue  # "... mens resten, 2,9 mia. kr. Samlet udgør rammen 323,6 mia. kr.": not its parts
        if loose and len(parts) >= 3 and SUBSET_BETWEEN.search(doc.text, parts[0].end, parts[1].start) \
                and abs(parts[0].number - sum(p.number for p in parts[1:])) <= 0.01 * abs(parts[0].number):
            continue  # "i alt ca. 1.200 nye tilfælde ... Omkring 41.500 lever med den, heraf 27.300
            # voksne og 14.200 børn": a figure and its own split, not parts of the total before
        incomes = [p for p in parts if _INCOME_BEFORE.search(text_before(doc, p, 30))]
        if incomes and len(incomes) < len(parts) and total.kind == "money" \
                and not _INCOME_LABEL.search(text_before(doc, total, 60)):
            # (not when the total is an income itself: "Indtægter fra p-afgifter: 1.258.170 kr."
            # split into "Afregning til staten" and "Indtægter til kommunen")
            # "anlægsudgifter på 38,8 mio. kr., fordelt med udgifter på 40,5 mio. kr. og indtægter
            # på 1,8 mio. kr.": a net figure, the incomes are subtracted
            parts = [p if p not in incomes else _negated(p) for p in parts]
            s = sum(p.number for p in parts)
        # "30.300 + 17.600 = 48.000 årsværk" as statistics publish them: when every figure is a
        # count in round hundreds, each may be rounded to them (50 either way)
        rounded = all(_round_hundreds_count(f) for f in (total, *parts))
        # "6 kolonier: 4 ... og 3 ...": small counts of whole things are exact, no rounding to
        # add up within (full-time equivalents and tables of statistics may be rounded)
        whole = id(rel) not in tables and total.number < 100 and not _ROUNDED_COUNT.search(
            total.subject or "") and all(f.kind == "count" and not f.qualifier and "," not in f.text
                                         and float(f.number).is_integer() for f in (total, *parts))
        iv = Interval(0, 0)
        for p in parts:
            iv = iv + (_widened(p, 50) if rounded else exact(p.number) if whole else interval(p))
        tv = _widened(total, 50) if rounded else exact(total.number) if whole else interval(total)
        # "23,5 + 37 = 60,5 mio. kr.", but "430 mio. kr. + 390 mio. kr. = 1 mia. kr." across scales
        if all(fmt_fact_value(p).partition(" ")[2] == fmt_fact_value(total).partition(" ")[2] for p in parts):
            shown = [fmt_fact_value(p).split(" ")[0] for p in parts]
        else:
            shown = [fmt_fact_value(p) for p in parts]
        # "274 − 83 + 26": a part written with its minus sign is subtracted
        terms = shown[0] + "".join(f" − {t.lstrip('-')}" if t.startswith("-") else f" + {t}" for t in shown[1:])
        unit_tail = fmt_fact_value(total, s)
        arithmetic = f"{terms} = {unit_tail}"
        params = {"parts": terms, "sum": fmt_fact_value(total, s), "total": fmt_fact_value(total),
                  "difference": fmt_fact_value(total, abs(total.number - s))}
        if iv.meets(tv):
            open_bound = [f for f in (total, *parts) if f.qualifier in _OPEN_BOUNDS]
            if open_bound and not sum((interval(_unbounded(f)) if f in open_bound else interval(f)
                                       for f in parts), Interval(0, 0)).meets(
                    interval(_unbounded(total)) if total in open_bound else tv):
                continue  # "7.928.950 kr. til Fyn og over 3,8 mio. kr. til børn": a bound holds
                # almost any sum; nothing is shown to add up
            if abs(s - total.number) > 1e-9:
                arithmetic = f"{arithmetic} ≈ {fmt_fact_value(total)} (inden for afrundingen)"
            yield Result("verified", [total, *parts], params, total.number, s,
                         f"{arithmetic} ✓", extra={"table": True} if id(rel) in tables else {})
        elif rel.source in ("table-top", "table-named"):
            continue  # rows under a first "I alt" row may be its subsets, and a row named
            # "Samlet restbetaling" may be no sum of the rows above it: verified only
        elif s > tv.hi or rel.exhaustive:
            if any(_BESIDES_BEFORE.search(text_before(doc, p, 40)) for p in parts[1:]):
                continue  # "fordelt med 47,9 mia. kr. til veje og 36,4 til jernbane - og så er der
                # i øvrigt 15 mia. kr. til nye tog": maybe an amount besides the split ("Desuden
                # uddeler fondet 170 mio. kr." may also be its last part: verified when it adds up)
            if s < tv.lo and _split_goes_on(doc, parts):
                continue  # "... hvoraf kommunerne betaler 35 mio. kr., mens regionerne betaler 10
                # mio. kr. De sidste tre mio. kr. ...": the split goes on after the sentence
            if rel.source not in ("table",) and _sum_stated_nearby(doc, st, total, parts, iv):
                # "I alt har 21.500 søgt. Det er en stigning på 410. Søgningen fordeler sig med
                # 17.200 ... og 4.300": the parts add up to another figure said just before;
                # that one is their total, and the figure taken for it is something else
                continue
            missing = total.number - s
            yield Result(
                "finding", [total, *parts], params, total.number, s,
                f"{arithmetic} ≠ {fmt_fact_value(total)}",
                suggestion=(f"{fmt_fact_value(parts[-1], parts[-1].number + missing)}"
                            if parts[-1].number + missing > 0 else None),
                # a total found by its kind alone, sentences before the parts: maybe another total
                severity="warning" if rel.source in ("across", "reached", "exact") else None,
            )


#: A sentence that goes on with the split of a total: "De sidste tre mio. kr. ...", "Resten ...".
_SPLIT_GOES_ON = _rc(r"(?i)^\W{0,3}(?:(?:de|den|det)\s+(?:sidste|resterende|øvrige)|resten|yderligere|"
                     r"derudover|desuden|endelig)\b")


def _split_goes_on(doc: Document, parts: list[Fact]) -> bool:
    """The sentence after the parts' last one opens as the rest of their split and gives a
    figure of their unit: the parts in the sentence are not all of them."""
    last = max(p.sentence for p in parts)
    nxt = last + 1
    if last < 0 or nxt >= len(doc.sentences) or doc.sentences[nxt].block != doc.sentences[last].block:
        return False
    if not _SPLIT_GOES_ON.match(doc.sentence_text(nxt)):
        return False
    return any(f.sentence == nxt and same_unit(f, parts[-1]) for f in doc.facts)


#: A share said to be the total of others: "en samlet andel på", "i alt 96 pct.".
_TOTAL_SHARE_BEFORE = _rc(r"(?i)\b(?:samlet|samlede|i\s*alt|tilsammen|sammenlagt|totalt)\b(?:\s+[\p{L}-]+){0,4}?\s+(?:på\s+)?(?:\p{L}+\s+)?$")


def _multiplied_change(doc: Document, p: Fact, st: Structure) -> Result | None:
    """ "Ventetiden er næsten halveret fra 49 minutter til 25 minutter", "mere end fordoblet fra
    1,7 til 3,6 mia. kr.": the ratio of the two levels of the one pair in the sentence must be
    what the verb says, within the room its qualifier gives. Only a clear miss is a finding."""
    pairs = [lp for lp in st.level_pairs if lp.before.sentence == lp.after.sentence == p.sentence
             and not _other_clause_pair(doc, p, lp)]
    if len(pairs) != 1:
        return None
    a, b = pairs[0].before, pairs[0].after
    ia, ib = interval(a), interval(b)
    if not (ia.lo > 0 and ib.lo > 0):
        return None
    m = p.number
    q = p.qualifier
    if q in ("næsten", "knap"):
        band = (m * 0.8, m) if m > 1 else (m, m * 1.25)  # "næsten halveret": a bit more than half
    elif q in ("over", "godt"):
        band = (m, m * 1.5) if m > 1 else (m * 0.6, m)
    else:
        band = (m * 0.85, m * 1.15)
    lo, hi = ib.lo / ia.hi, ib.hi / ia.lo
    ratio = b.number / a.number
    params = {"stated": p.text, "before": fmt_fact_value(a), "after": fmt_fact_value(b),
              "ratio": fmt_number(ratio, 2)}
    shown = f"{fmt_fact_value(b)} / {fmt_fact_value(a)} = {fmt_number(ratio, 2)}"
    if lo <= band[1] and band[0] <= hi:
        return Result("verified", [p, a, b], params, m, round(ratio, 2), f"{shown} ≈ {p.text} ✓",
                      message_key="verified_multiplied")
    if hi < band[0] * 0.8 or lo > band[1] * 1.25:
        return Result("finding", [p, a, b], params, m, round(ratio, 2), _not_stated(shown, p),
                      message_key="message_multiplied", severity="warning")
    return None


def _sum_stated_nearby(doc: Document, st: Structure, total: Fact, parts: list[Fact], iv: Interval) -> bool:
    """Another figure of the total's unit, in the sentences from two before the total's to the
    last part's and in their paragraphs, that the parts add up to (not the total's own figure of
    another time: "90.000 besøg mod 120.000 i 2019")."""
    paired = {lp.before.id for lp in st.level_pairs if lp.after.id == total.id} | {
        lp.after.id for lp in st.level_pairs if lp.before.id == total.id}
    first = min(total.sentence, *(p.sentence for p in parts)) - 2
    last = max(total.sentence, *(p.sentence for p in parts))
    blocks = {total.block, *(p.block for p in parts)}
    ids = {total.id, *(p.id for p in parts)}
    for f in doc.facts:
        if f.id in ids or f.id in paired or not first <= f.sentence <= last or f.block not in blocks or \
                not same_unit(f, total) or isinstance(f.value, list) or not f.number:
            continue
        if iv.meets(interval(f)):
            return True
    return False


_COMPARED = _rc(
    r"(?i)\s*(?:\p{L}+\s+)?(?:flere|færre|mere|mindre|højere|lavere|større|dyrere|billigere|"
    r"kortere|længere)(?:\s+\p{L}+){0,2}?\s*,?\s+end\b"  # "5.018 flere opkald end i 2017"
)
#: "73.000 kroner mere i friværdi", "12,8 millioner kroner over det afsatte beløb": a difference
#: without "end", trusted only in a sentence that points back at the pair ("dermed", "det er").
_MORE = _rc(r"(?i)\s*(?:\p{L}+\s+)?(?:flere|færre|mere|mindre|dyrere|billigere|kortere|længere)\b")
_DIFF_BEFORE = _rc(
    r"(?i)(?:\bmed|\b(?:\p{L}+s)?fald\w*\s+på"
    # compounds: "medlemsfremgang", "lønstigning", "befolkningsvækst" ("affald på" is no fall)
    r"|\b\p{L}*(?:stigning|fremgang|tilbagegang|forøgelse|reduktion|nedgang|øgning|vækst)\w*\s+på)\s+$"
)
#: "Selv om energipriserne belastede regnskabet med 20 mio. kr., steg overskuddet fra 61 til 84
#: mio. kr.": an amount in a subordinate clause of its own ("selv om", "fordi", "mens" ...) that a
#: comma closes before the pair is another event's, not the pair's difference.
_SUBCLAUSE_START = _rc(
    r"(?r)(?i)(?:^|[,;:–-]\s*|\b)(?:selv\s+om|selvom|skønt|omend|fordi|idet|eftersom|hvis|når|mens|"
    r"efter\s+at|uden\s+at|på\s+trods\s+af\s+at|trods\s+at)\s[^,;:–]*$"
)
_CLAUSE_MARK = _rc(r",|\s[-–]\s")
_BACKREF = _rc(r"(?i)^\W*(?:det|dette|hvilket|faldet|stigningen|forskellen)\s+(?:er|var|svarer|giver|betyder|udgør)\b"
               r"|^\W*det\s+vil\s+sige\b|\b(?:dermed|altså|således)\b")
#: "er faldet med ca. en tredjedel, svarende til ca. 20.212": a change restated as an amount.
_CHANGE_EQUALS_BEFORE = _rc(
    r"(?i)\b(?:steget|faldet|steg|faldt|øget|reduceret|vokset|voksede)\s+med\s+[^;:!?\d]{0,30},?\s+"
    r"svarende\s+til\s+(?:ca\.\s+|cirka\s+|omkring\s+|godt\s+|knap\s+)?\Z")


def _differences(doc: Document, st: Structure) -> Iterator[Result]:
    """ "hæves med 800 mio. kr. fra 17,0 mia. kr. til 17,8 mia. kr.": the change is B − A.

    The difference may stand in the pair's sentence(s) ("Det er 11,8 mio. flere end i 2022, hvor
    der var 107,9 mio.") or in the sentence right after it when that sentence points back
    ("Husejeren har dermed fået 73.000 kroner mere")."""
    seen: set[str] = set()
    for lp in st.level_pairs:
        if lp.before.kind == "percent":
            continue
        yield from _pair_differences(doc, st, lp, seen)
    yield from _referenced_differences(doc, st, seen)
    yield from _table_differences(doc, st, seen)
    yield from _since_year_differences(doc, seen)


#: "siden 2015", "siden valget i 2015": the year a change is counted from.
_SINCE_YEAR_AFTER = _rc(r"(?i)[ \t]+(?:[\p{L}-]+[ \t]+){0,2}?siden[ \t]+(?:(?:valget|året|opgørelsen|"
                        r"målingen|tællingen)[ \t]+i[ \t]+)?(?P<y>(?:19|20)\d\d)\b")


def _since_year_differences(doc: Document, done: set[str]) -> Iterator[Result]:
    """ "Der er i alt 298.612 brevstemmer. ... Ved valget i 2015 blev 308.883 brevstemmer taget i
    betragtning. Antallet af brevstemmer er faldet med 10.721 siden valget i 2015": a change by
    an amount since a named year, in a paragraph with one figure of its unit in a sentence of
    that year (and no other) and one in a sentence of no year at all (the level now), both of
    the same thing."""
    for d in doc.facts:
        if d.kind not in ("money", "count", "quantity") or d.id in done or isinstance(d.value, list) \
                or not d.number or d.sentence < 0 or d.qualifier:
            continue
        m = _SINCE_YEAR_AFTER.match(doc.text, d.end)
        if m is None or _BY_VERB.search(doc.text, max(doc.sentences[d.sentence].start, d.start - 80),
                                        d.start) is None:
            continue
        year = m.group("y")
        pool = [f for f in doc.facts if f.block == d.block and f.end <= d.start and f.sentence >= 0
                and f is not d and same_unit(f, d) and not isinstance(f.value, list) and f.number
                and f.sentence != d.sentence and f.qualifier not in _BOUND_QUALIFIERS]
        then = [f for f in pool if set(_YEAR.findall(doc.sentence_text(f.sentence))) == {year}]
        now = [f for f in pool if not _YEAR.search(doc.sentence_text(f.sentence))]
        if len(then) != 1 or len(now) != 1 or not (then[0].subject and now[0].subject):
            continue
        a, b = then[0], now[0]
        if not loosely_shared(content_words(a.subject), content_words(b.subject)) or not loosely_shared(
                content_words(a.subject), content_words(doc.sentence_text(d.sentence))):
            continue  # two things, or a change of a third
        done.add(d.id)
        yield _difference_result(d, a, b)


def _one_a_deficit(doc: Document, a: Fact, b: Fact) -> bool:
    """One of two levels is called a deficit or a loss and the other not: their difference
    is not the difference of the two figures as written."""
    return said_as_deficit(doc, a) != said_as_deficit(doc, b)


def _difference_result(d: Fact, a: Fact, b: Fact) -> Result:
    """``d`` states the difference between the levels ``a`` (before) and ``b`` (after)."""
    diff = abs(b.number - a.number)
    civ = interval(b) - interval(a)
    civ = Interval(min(abs(civ.lo), abs(civ.hi)) if civ.lo * civ.hi > 0 else 0, max(abs(civ.lo), abs(civ.hi)))
    hi, lo = (b, a) if b.number >= a.number else (a, b)
    shown = f"{fmt_fact_value(hi)} − {fmt_fact_value(lo)} = {fmt_fact_value(d, diff)}"
    # the smaller level and the difference are the parts of the larger ("64 + 4 = 68 dage")
    params = {"parts": f"{fmt_fact_value(lo)} + {fmt_fact_value(d)}",
              "sum": fmt_fact_value(lo, lo.number + d.number),
              "total": fmt_fact_value(hi), "difference": fmt_fact_value(d, abs(diff - d.number)),
              "high": fmt_fact_value(hi), "low": fmt_fact_value(lo), "stated": d.text,
              "computed": fmt_fact_value(d, diff)}
    if civ.meets(interval(d)):
        if abs(diff - d.number) > 1e-9:
            shown = f"{shown} ≈ {d.text} (inden for afrundingen)"  # as sum-of-parts shows it
        return Result("verified", [d, a, b], params, d.number, diff, f"{shown} ✓",
                      message_key="verified_difference")
    return Result("finding", [d, a, b], params, d.number, diff, f"{shown} ≠ {d.text}",
                  suggestion=fmt_fact_value(d, diff), message_key="message_difference")


def _pair_differences(doc: Document, st: Structure, lp: LevelPair, seen: set[str]) -> Iterator[Result]:
    a, b = lp.before, lp.after
    s_lo, s_hi = sorted((a.sentence, b.sentence))
    if s_hi - s_lo > 1 or doc.sentences[s_lo].block != doc.sentences[s_hi].block:
        return
    sentences = {s_lo, s_hi}
    nxt = s_hi + 1
    if nxt < len(doc.sentences) and doc.sentences[nxt].block == doc.sentences[s_hi].block \
            and _BACKREF.search(doc.sentence_text(nxt)):
        sentences.add(nxt)
    for x in doc.facts:
        if x.sentence not in sentences or x in (a, b) or x.kind != a.kind or x.unit != a.unit:
            continue
        if isinstance(x.value, list) or x.id in seen or not x.number:
            continue
        before_x = doc.text[max(doc.sentences[x.sentence].start, x.start - 40):x.start]
        cue = bool(_DIFF_BEFORE.search(before_x) or _COMPARED.match(doc.text, x.end)
                   or _CHANGE_EQUALS_BEFORE.search(doc.text, max(doc.sentences[x.sentence].start,
                                                                 x.start - 80), x.start))
        if not cue and x.sentence == b.sentence and x.end <= b.start:
            # "er den pris faldet 105 kr. per kvadratmeter til 7.885 kr.": by D to the new level
            cue = bool(CHANGED_BEFORE.search(before_x) and BY_TO_MID.fullmatch(doc.text, x.end, b.start))
        if not cue and x.sentence == nxt and x.sentence not in (a.sentence, b.sentence):
            cue = bool(_MORE.match(doc.text, x.end))
        if not cue:
            continue
        if _other_clause(doc, x, a, b) or _own_subject_apart(doc, x, a, b):
            continue  # another clause's amount ("Selv om ... med 20 mio. kr., steg ... fra 61 til 84")
        if any(x in (o.before, o.after) for o in st.level_pairs):
            continue  # a level of another pair, not this pair's difference
        to = _TO_LEVEL_AFTER.match(doc.text, x.end)
        if to is not None and any(f.start == to.end() and f is not b for f in doc.facts):
            continue  # "er vokset med 9 mio. kr. til i alt 64 mio. kr., mens ... fra 41 til 105":
            # the change to a level of its own, not the difference of the pair beside it
        last = max(a.end, b.end)
        if x.start > last and any(f.kind == a.kind and f.unit == a.unit and last <= f.start and f.end <= x.start
                                  and f.number and not _YEAR_AFTER_LEVEL.match(doc.text, f.end)
                                  for f in doc.facts):
            continue  # "voksede fra 4.000 til 9.000, og 1.320 er nu medlemmer. Det er 180 flere end
            # året før": said of the nearer figure, not of the pair (a level of another year
            # between them, "216 mod 307 i 2018 - og 303 i 2017", is the pair's series)
        than = _THAN_YEAR.match(doc.text, x.end)
        if than is not None and not any(
                than.group("y") in text_before(doc, f, 40) + doc.text[f.end : f.end + 25] for f in (a, b)):
            continue  # "steg fra 33.900 i 2020 til 39.860 i 2021. Det er fortsat 773 færre end i
            # 2019": the difference from a third year's level
        if _level_of_another_year(doc, x, a, b):
            continue  # "ca. 600 flere end i 2018, hvor der blev opført 3.900" after "i 1960 blev
            # der bygget 6.412": the difference of 2019 and 2018, not of the level of 1960
        seen.add(x.id)
        if _one_a_deficit(doc, a, b):
            break  # "et overskud på 2.450 ..., 3.770 højere end ..., hvor resultatet blev et
            # underskud på 1.320": the deficit is below zero, the difference runs across it
        yield _difference_result(x, a, b)
        break


#: "med 9 mio. kr. til i alt 64 mio. kr.": what follows a change that names its new level.
_TO_LEVEL_AFTER = _rc(r"(?i)[ \t]+til[ \t]+(?:i[ \t]+alt[ \t]+|samlet[ \t]+)?")
#: "773 færre end i 2019": a difference from the level of a named year.
_THAN_YEAR = _rc(r"(?i)\s*(?:\p{L}+\s+)?(?:flere|færre|mere|mindre|højere|lavere)\s+end\s+(?:i\s+)?"
                 r"(?P<y>(?:19|20)\d\d)\b")
_YEAR_AFTER_LEVEL = _rc(r"(?i)[ \t]+(?:\p{L}+[ \t]+)?(?:i[ \t]+)?(?:19|20)\d\d\b")
_YEAR_BEFORE_LEVEL = _rc(r"(?r)(?i)\bi\s+(?P<y>(?:19|20)\d\d)\b[^.,;:!?\d]{0,30}\Z")


def _level_of_another_year(doc: Document, x: Fact, a: Fact, b: Fact) -> bool:
    """A level said of a year ("i 1960 blev der bygget 6.412") that the difference's sentence,
    which names both its years ("i 2019 ... flere end i 2018"), does not name."""
    said = set(_YEAR.findall(doc.sentence_text(x.sentence)))
    if len(said) < 2:
        return False  # "Dette er 2.556 færre end i 2007": the other year is the one before
    for f in (a, b):
        if f.sentence == x.sentence:
            continue
        m = _YEAR_BEFORE_LEVEL.search(doc.text, max(doc.sentences[f.sentence].start, f.start - 45), f.start)
        if m is not None and m.group("y") not in said:
            return True
    return False


def _other_clause(doc: Document, x: Fact, a: Fact, b: Fact) -> bool:
    """``x`` stands in a subordinate clause ("selv om", "fordi" ...) that a comma separates from
    the levels ``a`` and ``b``, before them or after them."""
    first, last = min(a.start, b.start), max(a.end, b.end)
    lo, hi = (x.end, first) if x.end <= first else (last, x.start)
    if hi > lo and ";" in doc.text[lo:hi]:
        return True  # "salget voksede med en milliard; driftsresultatet endte på -420 mod -460"
    if x.end <= first:
        return _CLAUSE_MARK.search(doc.text, x.end, first) is not None and _SUBCLAUSE_START.search(
            doc.text, doc.sentences[x.sentence].start, x.start) is not None
    if x.start >= last:
        between = doc.text[last:x.start]
        cut = _CLAUSE_MARK.search(between)  # ", selv om ..." or " - selv om ..."
        return cut is not None and _SUBCLAUSE_START.search(between, cut.start()) is not None
    return False


#: "faldt skattebetalingen med": a change that names its own subject after the verb.
_INVERTED_SUBJECT_BEFORE = _rc(
    r"(?i)\b(?:steg|faldt|voksede|øgedes|sank|stiger|falder|vokser)\s+(?P<s>\p{L}{4,}(?:en|et|ne))\s+"
    r"med\s+(?:ca\.\s+|cirka\s+|godt\s+|knap\s+|næsten\s+)?\Z")
#: A noun in its definite form ("nettoresultatet", "udgifterne").
_DEFINITE_NOUN = _rc(r"\b\p{L}{4,}(?:en|et|ne)\b")


def _own_subject_apart(doc: Document, x: Fact, a: Fact, b: Fact) -> bool:
    """ "faldt skattebetalingen med 150 mio. kr., så nettoresultatet ender på 620 mod 910": the
    change names its own subject, and the clause of the levels after it names another."""
    first = min(a.start, b.start)
    if x.end > first:
        return False
    m = _INVERTED_SUBJECT_BEFORE.search(doc.text, max(doc.sentences[x.sentence].start, x.start - 60), x.start)
    if m is None:
        return False
    between = doc.text[x.end:first]
    cut = between.find(",")
    if cut < 0:
        return False
    own = m.group("s").lower()[:5]
    return any(w.lower()[:5] != own for w in _DEFINITE_NOUN.findall(between, cut))


_NP = r"(?P<np>(?:[\p{L}-]+\s+){0,2}?[\p{L}-]{5,})"
_OVER_NP = _rc(
    r"(?i)\s*(?:[\p{L}]+\s+)?(?P<dir>over|under|mere\s*,?\s+end|mindre\s*,?\s+end|dyrere\s+end|"
    r"billigere\s+end|flere\s+end|færre\s+end|ud\s+over)\s+(?:(?:det|den|de)\s+" + _NP +
    r"|(?P<np2>\p{L}{5,}(?:et|t))|i\s+(?P<np3>\p{L}{5,}))\b(?P<when>\s+(?:i|fra|ved)\s+\d{4})?"
)
_NP_OVER = _rc(r"(?i)\b(?P<dir>overstiger|overskrider|underskrider)\s+(?:dermed\s+|altså\s+)?(?:det|den|de)\s+"
               + _NP + r"\s+med\s+$")
_GENERIC_NP = {"beløb", "beløbet", "summen", "niveau", "niveauet", "tallet", "antallet", "første", "samme",
               "forventet", "sidste", "tidligere", "januar", "februar", "marts", "april", "august",
               "september", "oktober", "november", "december", "kvartal", "måned", "måneden", "andre",
               "øvrige", "resten", "landet", "hele"}


def _np_stems(np: str) -> list[str]:
    return [w.lower()[:5] for w in _re.findall(r"[\p{L}-]{5,}", np) if w.lower() not in _GENERIC_NP]


def _named_levels(doc: Document, st: Structure, d: Fact, pool: list[Fact]) -> tuple[Fact, Fact] | None:
    """The two levels a difference ``d`` is measured between, when the text names one of them by
    its subject ("over det afsatte beløb", "mindre end i hovedstaden"): the named figure is the one
    nearest a mention of the subject's word (it must be the only one), the other is the new level
    of its pair, else the one figure before ``d`` in its sentence, else the one in the sentence
    before when ``d``'s sentence points back ("dermed")."""
    m = _OVER_NP.match(doc.text, d.end)
    if m is None:
        m = _NP_OVER.search(text_before(doc, d, 80))
    if m is None:
        return None
    np = m.group("np") or m.group("np2") or m.group("np3") or ""
    if m.group("np") and _FIRST_ESTIMATE_NP.match(doc.text, m.start("np")):
        return _first_estimate_levels(doc, st, d, pool)
    stems = _np_stems(np)
    if not stems:
        return None
    when = (m.groupdict().get("when") or "").strip()
    year = when[-4:] if when else None
    if year is None and m.group("np") and (y := _CLAUSE_YEAR.match(doc.text, m.end())):
        year = y.group("y")  # "mindre end det særtilskud, kommunen har haft i 2019 og 2020"
    if year is None and m.groupdict().get("np3") and (y := _NP_YEAR.match(doc.text, m.end())):
        year = y.group("y")  # "flere end i lastbilernes hidtidige rekordår 2021": that year's level
    named: list[Fact] = []
    for w in _re.finditer(r"(?i)\p{L}*(?:" + "|".join(map(regex.escape, stems)) + r")\p{L}*", doc.text):
        if doc.sentences[d.sentence].start <= w.start() < doc.sentences[d.sentence].end:
            continue  # the difference's own words
        near = [f for f in pool if doc.sentences[f.sentence].start <= w.start() < doc.sentences[f.sentence].end
                # (not a shortfall: "Der mangler 240.000 kroner i budgettet")
                and not _SHORTFALL_BEFORE.search(text_before(doc, f, 30))
                # (nor a deviation itself: "den reelle forbedring i forhold til budgettet kun 3,9")
                and not _DEVIATION_NOUN_BEFORE.search(text_before(doc, f, 50))]
        if near:
            f = min(near, key=lambda f: min(abs(f.start - w.end()), abs(w.start() - f.end)))
            if _OVER_NP.match(doc.text, f.end) or said_as_difference(doc.text, f.end) \
                    or _BETTER_THAN_AFTER.match(doc.text, f.end):
                return None  # "2,9 mio. kr. mere end budgetteret", "45 mio. kr. bedre end i
                # regnskab 2018": the word names another deviation's reference too; which level is
                # meant is not clear
            if f not in named:
                named.append(f)
    if year:  # "færre end ved den endelige optagelse i 2020": a figure of that year
        named = [f for f in named if year in sentence_of(doc, f)]
    if len(named) != 1 or named[0].number == d.number:
        return None  # "en overskridelse af budgettet med 1,6 mia. kr.": the difference said again
    ref = named[0]
    other = [lp.after for lp in st.level_pairs if lp.before is ref]
    if not other:
        own = [f for f in pool if f.sentence == d.sentence and f.end <= d.start and f is not ref]
        if not own and d.sentence > 0 and _BACKREF.search(sentence_of(doc, d)) and \
                doc.sentences[d.sentence - 1].block == doc.sentences[d.sentence].block:
            own = [f for f in pool if f.sentence == d.sentence - 1 and f is not ref]
        other = own
    if len(other) != 1 or other[0].number == ref.number:
        return None  # no level, or the named figure is the other level said again
    wa, wb = (ref.subject or "").lower().split()[-1:], (other[0].subject or "").lower().split()[-1:]
    if wa and wb and wa[0][:4] not in wb[0] and wb[0][:4] not in wa[0]:
        return None  # "27 personer ..., 11 færre end gennemsnittet" and "15 børn" near "i
        # gennemsnit": a figure of other things than the level
    return ref, other[0]


#: A year closing the noun phrase after "i" and a genitive ("i bilernes rekordår 2021").
_NP_YEAR = _rc(r"[ \t]+(?:[\p{L}-]+[ \t]+){0,2}?(?P<y>(?:19|20)\d\d)\b")
#: A year in the rest of the clause after a named reference (a relative clause about it).
_CLAUSE_YEAR = _rc(r",?[^.,;:!?\n\d]{0,50}?\b(?:i|fra|ved|på|for)\s+(?P<y>(?:19|20)\d\d)\b")
_BETTER_THAN_AFTER = _rc(r"(?i)\s+(?:[\p{L}-]+\s+){0,2}?(?:bedre|dårligere|ringere)\s+end\b")
_SHORTFALL_BEFORE = _rc(r"(?i)\b(?:mangler|manglede|mangel\w*|underskud\w*|overskud\w*|overskridelse\w*|"
                        r"besparelse\w*|merudgift\w*|ekstra)\b[^.;:!?\d]{0,20}\Z")
_DEVIATION_NOUN_BEFORE = _rc(r"(?i)\b(?:forbedring|forværring|afvigelse|forskel)"
                             r"\w*\b[^.;:!?\d]{0,40}\Z")
#: "mere, end den første vurdering lød på": the first estimate, whatever word the text used for it
_FIRST_ESTIMATE_NP = _rc(r"(?i)(?:første|oprindelige)\s+(?:vurdering|skøn|overslag|beregning|bud)\b")
_FIRST_WORD = _rc(r"(?i)\b(?:i\s+første\s+omgang|først|oprindelig\w*)\b")
_ESTIMATE_VERB = _rc(r"(?i)\b(?:anslå\w*|vurder\w*|skønne\w*|beregne\w*)\b")


def _first_estimate_levels(doc: Document, st: Structure, d: Fact, pool: list[Fact]) -> tuple[Fact, Fact] | None:
    """ "31.500.000 kr. Det er 7 mio. kr. mere, end den første vurdering lød på. ... I første
    omgang blev renoveringen anslået til at koste ca. 24.500.000 kr.": the first estimate is the
    figure nearest an estimating verb in the one other sentence that says it came first."""
    named = []
    for si in range(len(doc.sentences)):
        if si == d.sentence:
            continue
        text = doc.sentence_text(si)
        v = _ESTIMATE_VERB.search(text) if _FIRST_WORD.search(text) else None
        if v is None:
            continue
        at = doc.sentences[si].start + v.end()
        near = [f for f in pool if f.sentence == si and f.start >= at]
        if near:
            named.append(min(near, key=lambda f: f.start - at))
    if len(named) != 1 or named[0].number == d.number:
        return None  # "en overskridelse af budgettet med 1,6 mia. kr.": the difference said again
    ref = named[0]
    own = [f for f in pool if f.sentence == d.sentence and f.end <= d.start and f is not ref]
    if not own and d.sentence > 0 and _BACKREF.search(sentence_of(doc, d)) and \
            doc.sentences[d.sentence - 1].block == doc.sentences[d.sentence].block:
        own = [f for f in pool if f.sentence == d.sentence - 1 and f is not ref]
    if len(own) != 1 or own[0].number == ref.number:
        return None
    return ref, own[0]


def _referenced_differences(doc: Document, st: Structure, done: set[str]) -> Iterator[Result]:
    """A difference measured against a figure the text names by its subject: "12,8 millioner
    kroner over det afsatte beløb" (the amount "som byrådet har afsat"), "Udgiftsskønnet
    overstiger dermed det afsatte beløb med ca. 6,0 mio. kr." (the amount before it, "dermed")."""
    for d in doc.facts:
        if d.kind not in ("money", "count", "quantity") or d.id in done or isinstance(d.value, list) \
                or not d.number or d.sentence < 0:
            continue
        if not (_OVER_NP.match(doc.text, d.end) or _NP_OVER.search(text_before(doc, d, 80))):
            continue  # the cue first: most figures have none
        pool = [f for f in doc.facts if same_unit(f, d) and f is not d and not isinstance(f.value, list)
                and f.number and f.sentence >= 0]
        levels = _named_levels(doc, st, d, pool)
        if levels is None:
            continue
        done.add(d.id)
        if not _one_a_deficit(doc, *levels):
            yield _difference_result(d, *levels)


_NOUN_AFTER = _rc(r"\s+(\p{L}{5,})")


def _table_differences(doc: Document, st: Structure, done: set[str]) -> Iterator[Result]:
    """ "koncernen havde 1.240 medarbejdere, 85 flere end ved udgangen af 2023" with the earlier
    level only in a table under a header of years ("Medarbejdere  1.240  1.155"): the row is the
    one its label names (the figure's noun, or the "I alt" row for a figure said to be a total
    such as "Samlet går der 2.886 elever"), the earlier level the cell of the earlier year."""
    rows = st.year_rows
    if not rows:
        return
    for d in doc.facts:
        if d.id in done or d.kind not in ("money", "count", "quantity") or isinstance(d.value, list) \
                or not d.number or d.sentence < 0 or not _COMPARED.match(doc.text, d.end):
            continue
        sent = doc.sentences[d.sentence]
        before = [f for f in doc.facts if f.sentence == d.sentence and f.end <= d.start and same_unit(f, d)
                  and not isinstance(f.value, list)]
        if before:
            level = before[-1]
            if not _re.fullmatch(r"(?:\s+[\p{L}-]+){0,2}\s*,\s*", doc.text[level.end : d.start]):
                continue
        elif d.sentence > 0 and _BACKREF.search(doc.text[sent.start : d.start]) and \
                doc.sentences[d.sentence - 1].block == sent.block:
            # "de fem skoler": a number word is not the level
            prev = [f for f in doc.facts if f.sentence == d.sentence - 1 and same_unit(f, d)
                    and not isinstance(f.value, list) and _re.search(r"\d", f.text)]
            if len(prev) != 1:
                continue
            level = prev[0]
        else:
            continue
        if not level.number or any(level in (lp.before, lp.after) for lp in st.level_pairs):
            continue
        noun = _NOUN_AFTER.match(doc.text, level.end)
        stem = noun.group(1).lower()[:6] if noun else None
        is_total = bool(TOTAL_CUE.search(text_before(doc, level, 60)))
        matched = [(cells, years) for label, cells, years in rows
                   if len(cells) == 2 and len(set(years)) == 2 and all(same_unit(c, level) for c in cells)
                   and (is_total and TOTAL_ROW.match(label)
                        or not is_total and stem and label.lower().startswith(stem))]
        if len(matched) != 1:
            continue
        cells, years = matched[0]
        old = cells[0] if years[0] < years[1] else cells[1]
        clause = _re.split(r"[,;]", doc.text[d.end : sent.end], maxsplit=1)[0]
        named = _YEAR.findall(clause)
        if named and named[-1] != min(years):
            continue  # "flere end i 2019": not the table's earlier year
        done.add(d.id)
        if not _one_a_deficit(doc, old, level):
            yield _difference_result(d, old, level)


_YEAR = _rc(r"\b(?:19|20)\d\d\b")


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
    r"\b(?:hvilket|det|dette)\s+svarer\s+til|"
    r"\bfald\w*\s+på|\bforøgelse\s+på|\breduktion\w*\s+på|\bøgning\s+på|\bvækst\s+på|"
    r"\bnedgang\s+på|\bfremgang\s+på|\btilbagegang\s+på)\W*(?:\p{L}+\s+){0,2}$"
)


_POINTS_BACK = _rc(
    r"(?i)^\W*(?:det|dette|hvilket|det\s+svarer|faldet|stigningen|fremgangen|tilbagegangen|"
    r"ændringen|væksten|nedgangen|forøgelsen|reduktionen)\s+(?:er|var|svarer|giver|betyder|udgør)\b"
    # "Altså et fald på 23 pct.": the change of the pair just told
    r"|^\W*(?:altså|dvs\.?|det\s+vil\s+sige)\s+(?:en|et)\s+(?:\p{L}+\s+)?(?:stigning|fald|fremgang|"
    r"tilbagegang|vækst|nedgang|forøgelse|reduktion)\w*\b"
)


#: Where one clause with figures ends and another begins.
_CLAUSE_APART = _rc(
    r"(?i),\s++(?:mens|men|samtidig\w*|hvorimod|selvom|selv\s+om)\b|\bpå\s+trods\s+af,?\s+at\b"
    r"|,?(?<!\s)\s++og\s++(?:en|et)\s++(?:stigning|fald|vækst|nedgang|fremgang|tilbagegang)\w*\b|;"
    # "udbyttet er faldet fra 60 til 48 ... og arealet er 5 pct. mindre": another subject
    r"|(?<!\s)\s++og\s++\p{Ll}{3,}(?:et|en|erne|ene)\s++(?:er|var|blev|er\s+blevet)\b"
    # "steg fra 30.000 til 160.000, og abonnementer med fri data har også haft en vækst på 85
    # pct.": a second subject, said with "også"
    r"|,\s++og\s++(?:\S+\s++){1,6}?(?:har|er|var|havde|blev|steg|faldt|voksede)\s++også\b"
    # "fra 239.000 til 517.000, og antallet af 65-79-årige ventes at stige med 27 pct.": a new
    # subject named with what it is of
    r"|,\s++og\s++\p{Ll}{3,}(?:et|en|erne|ene)\s++(?:af|for|blandt)\s"
    r"|,\s++og\s++(?:\S+\s++){1,4}?(?:forventes|ventes|skønnes)\s++at\s++(?:stige|falde|vokse|skrumpe)\b"
)
#: An opening clause of its own: "Mens arealet faldt med 14 pct., ...", "Selv om omsætningen
#: steg en smule til 512,6 mio. kr., ..." (up to its comma, not a decimal comma)


#: A later clause that reports other figures: ", og senest viser nye tal ...".
_REPORTED_APART = _rc(r"(?i),\s+(?:og|men)\s+(?:\p{L}+\s+){0,3}?(?:viser|siger|melder|oplyser|fortæller|skriver)\b")
#: A change said whole with its comparative: "12 pct. flere sager", "3 pct. færre".
_COMPARATIVE_AFTER = _rc(r"(?i)\s+(?:flere|færre|mere|mindre|højere|lavere|dyrere|billigere)\b")
_OWN_VERB = _rc(r"(?i)\b(?:steg|faldt|steget|faldet|gik|voksede|vokset|dykkede|dykket)\b")


def _other_clause_pair(doc: Document, p: Fact, lp: LevelPair) -> bool:
    """The pair's levels stand in another clause of the sentence than the percent ``p``."""
    first, last = min(lp.before.start, lp.after.start), max(lp.before.end, lp.after.end)
    if first <= p.start < last:
        return False
    between = doc.text[p.end:first] if p.end <= first else doc.text[last:p.start]
    if _CLAUSE_APART.search(between) or _REPORTED_APART.search(between):
        return True
    if p.end <= first and (any(f.kind == "percent" and p.end <= f.start and f.end <= first for f in doc.facts)
                           or _COMPARATIVE_AFTER.match(doc.text, p.end) and _OWN_VERB.search(between)):
        # "Byretterne modtog 12 pct. flere sager, landsretterne 3 pct. flere og antallet ved
        # Højesteret steg fra 51 til 88": each change has its own subject, the pair is a third's
        return True
    # "Mens arealet faldt med 14 pct., faldt antallet med 8 pct., fra 6.363 til 5.839": the
    # opening "mens" clause holds its own percent
    sent = doc.sentences[p.sentence]
    m = OPENING_CLAUSE.match(doc.text, sent.start, sent.end)
    return m is not None and (p.end <= m.end() <= first or last <= m.end() <= p.start)


def _pairs_for(doc: Document, p: Fact, st: Structure):
    """Level pairs that a change percent speaks about: same sentence first, then by metric."""
    same = [lp for lp in st.level_pairs if p.sentence in (lp.before.sentence, lp.after.sentence)]
    if same:
        # only a pair of the percent's own clause: "et fald på 25 procent, samtidig med at antallet
        # ... er faldet fra 3.207 til 3.149" and "..., og en stigning på 13 pct. i ... fra 18.000
        # til 20.400" give each clause its own figures
        same = [lp for lp in same if not _other_clause_pair(doc, p, lp)]
        # and not a pair whose earlier level is named after another change of the sentence: "35
        # procent flere end samme måned sidste år, og 25 procent højere end i juli, hvor 16.449"
        same = [lp for lp in same if not any(
            q is not p and q.kind == "percent" and q.role == "change" and q.sentence == p.sentence
            and min(p.end, lp.before.end) <= q.start and q.end <= max(p.start, lp.before.start)
            for q in doc.facts)]
        if not same:
            return []
        # the pair nearest before the percent, else the nearest after it
        before = [lp for lp in same if lp.after.end <= p.start]
        after = [lp for lp in same if lp.after.end > p.start]
        for lp in before[-1:] + after[:1]:
            lo, hi = (max(lp.before.end, lp.after.end), p.start) if lp.after.end <= p.start else (
                p.end, min(lp.before.start, lp.after.start))
            if sum(1 for f in doc.facts if lo <= f.start and f.end <= hi
                   and f.kind in ("money", "count", "quantity") and same_unit(f, lp.before)) < 2:
                return [lp]
            # "steg med 12% til 410 mio. kr. fra 366 mio. kr. ... 44 mio. kr. mod 5 mio. kr.":
            # other figures stand between the percent and the pair, so it is not the pair's
        return []
    # "Det er en stigning på 4,7 procent." refers to the pair in the sentence before;
    # "Faldet svarer til ni procent." to the nearest pair in the paragraph (or the lead) before
    first_percent = next(f for f in doc.facts if f.kind == "percent" and f.sentence == p.sentence)
    if p.sentence > 0 and first_percent is p and (_POINTS_BACK.match(sentence_of(doc, p))
                                                   or _NAMED_CHANGE_OF.match(sentence_of(doc, p))):
        for back in (1, 2, 3):
            si = p.sentence - back
            if si < 0 or doc.blocks[doc.sentences[si].block].kind in ("headline", "dateline"):
                break
            if back > 1 and abs(doc.sentences[si].block - doc.sentences[p.sentence].block) > 2:
                break
            prev = [lp for lp in st.level_pairs if max(lp.after.sentence, lp.before.sentence) == si]
            if len(prev) == 1:
                return prev
            if prev or back == 1 and not _NAMED_CHANGE.match(sentence_of(doc, p)):
                break
    # "... 41,2 liter mod 68 liter i 2005. Forbruget er siden 2005 faldet med 61 %.": a change
    # since the year of the earlier level of the one pair in the sentence before
    since = _SINCE_YEAR.search(doc.text, doc.sentences[p.sentence].start, p.start) if p.sentence > 0 else None
    if since is not None and p.role == "change":
        prev = [lp for lp in st.level_pairs if max(lp.after.sentence, lp.before.sentence) == p.sentence - 1
                and doc.sentences[p.sentence - 1].block == doc.sentences[p.sentence].block]
        if len(prev) == 1 and since.group("y") in (text_before(doc, prev[0].before, 40)
                                                   + doc.text[prev[0].before.end : prev[0].before.end + 25]):
            return prev
    # a list item "Fald i perioden: ..., eller 20,9 procent" after the dated items it compares
    block = doc.blocks[p.block] if p.block >= 0 else None
    if block is not None and block.kind == "bullet":
        prev = [lp for lp in st.level_pairs if lp.after.block in (p.block - 1, p.block - 2)
                and doc.blocks[lp.after.block].kind == "bullet"]
        if len(prev) == 1 and (_CHANGE_LABEL.match(doc.text[block.start : block.end]) or not any(
                f.block == p.block and same_unit(f, prev[0].after) and not isinstance(f.value, list)
                for f in doc.facts)):
            # (an item with a figure of its own, "9.944 søgende elever ... 22 pct. højere", speaks
            # of that figure, not of the levels of the items before, unless it is labelled as
            # their change: "Fald i perioden: 32.700 personer, eller 20,9 procent")
            return prev
    # "6,5 pct., altså 3,7 procentpoint mindre end i hovedstaden": a gap to a named share
    if p.unit == "pp":
        # (two rises may be compared too: "steg med 9,4 pct. ... stigningen 6,1 pct., altså 3,3
        # procentpoint mindre")
        pool = [f for f in doc.facts if f.kind == "percent" and f.unit != "pp"
                and not isinstance(f.value, list) and f.sentence >= 0]
        levels = _named_levels(doc, st, p, pool)
        if levels is not None:
            return [LevelPair(*levels)]
    # "Et enfamiliehus blev 1,6 pct. dyrere. Prisindekset for enfamiliehuse gik fra 142,8 til
    # 145,1": the one pair of the next sentence, when it names the change's subject
    nxt = [lp for lp in st.level_pairs if lp.before.sentence == lp.after.sentence == p.sentence + 1
           and lp.before.kind != "percent"
           and not any(f.kind == "percent" and f.sentence == p.sentence + 1 for f in doc.facts)]
    if len(nxt) == 1 and p.role == "change" and not _PARALLEL.match(sentence_of(doc, nxt[0].after)) and \
            abs(doc.sentences[p.sentence + 1].block - doc.sentences[p.sentence].block) <= 1 and \
            not _COMPONENT_OPENING.match(sentence_of(doc, nxt[0].after)) and not _OWN_NEW_LEVEL.match(doc.text, p.end) \
            and not any(f.sentence == p.sentence and f.start > p.end and f.kind in ("count", "money", "quantity")
                        and not isinstance(f.value, list) for f in doc.facts) \
            and not _other_years(sentence_of(doc, p), sentence_of(doc, nxt[0].after)) \
            and not any(lp.before.kind == "percent" and lp.after.end <= p.start
                        and p.block - 2 <= lp.after.block <= p.block for lp in st.level_pairs):
        # (nor when two percentages were set against each other just before: "sukkerindhold på
        # 17,42 procent mod 17,03 procent ... sukkeret var knap 0,4 procent højere" speaks of them)
        # (not "Det dækker bl.a. over, at forbruget i institutionerne faldt fra ...": a part of
        # the whole that changed; nor after "faldt med 12 procent til 41.000 hektar": the change
        # has its own level)
        clause = _re.split(r"[,;]\s", doc.text[doc.sentences[p.sentence].start : p.end])[-1] + \
            _re.split(r"[,;]\s", text_after(doc, p, 60))[0]
        if ({w[:5] for w in content_stems(clause)} & {w[:5] for w in content_stems(sentence_of(doc, nxt[0].after))}) \
                - _TIME_STEMS - _CHANGE_STEMS:
            return [LevelPair(nxt[0].before, nxt[0].after, loose=True)]
    metrics = _metrics(sentence_of(doc, p))
    if not metrics:
        return []
    linked = []
    for sf in st.stock_flows:
        block = doc.blocks[doc.sentences[sf.start.sentence].block]
        if metrics & _metrics(doc.text[block.start : block.end]):
            linked.append(LevelPair(sf.start, sf.end))
    return linked[:1]


#: the verbs of a change say nothing of what changed
_SINCE_YEAR = _rc(r"(?i)\bsiden\s+(?P<y>(?:19|20)\d\d)\b")
_CHANGE_STEMS = {"faldt", "falde", "steg", "stege", "stige", "vokse", "øgede", "reduc", "stign", "forøg"}
_COMPONENT_OPENING = _rc(r"(?i)^\W*(?:det\s+dækker|heraf|deraf|blandt\s+andet|bl\.\s*a\.|det\s+skyldes|"
                         r"det\s+gælder|især|særligt|navnlig)\b")
_OWN_NEW_LEVEL = _rc(r"(?i)\s+til\s+(?:(?:godt|knap|ca\.|cirka|omkring|næsten)\s+)?\d")
_TIME_STEMS = {"samle", "total", "janua", "febru", "marts", "april", "augus", "septe", "oktob", "novem", "decem", "kvart",
               "måned", "halvå", "første", "andet", "tredj", "fjerd", "sidst", "forri"}
#: A sentence that opens on another development: "I samme periode er antallet af ældre faldet".
_PARALLEL = _rc(r"(?i)^\W*(?:i\s+samme\s+periode|samtidig|til\s+gengæld|derimod|omvendt|også)\b")
_NAMED_CHANGE = _rc(
    r"(?i)^\W*(?:faldet|stigningen|fremgangen|tilbagegangen|ændringen|væksten|nedgangen|"
    r"forøgelsen|reduktionen)\b"
)
#: "Stigningen på 13,5 procent skyldes ...": the rise just described
_NAMED_CHANGE_OF = _rc(
    r"(?i)^\W*(?:faldet|stigningen|fremgangen|tilbagegangen|ændringen|væksten|nedgangen|"
    r"forøgelsen|reduktionen)\s+på\b"
)
_CHANGE_LABEL = _rc(r"(?i)^\W*(?:fald|stigning|fremgang|tilbagegang|ændring|vækst|nedgang)\w*\b[^:]{0,30}:")


_UP_WORDS = _rc(r"(?i)\b(?:stigning\w*|steg|steget|voksede|vokset|hop|fremgang\w*|forøgelse\w*|øgning\w*|vækst\w*|op)\b")
_DOWN_WORDS = _rc(r"(?i)\b(?:fald\w*|faldt|nedgang\w*|tilbagegang\w*|reduktion\w*|reduceret|barberet|ned|"
                  r"nedsættelse\w*|mindre|færre|lavere)\b")


def _local_direction(doc: Document, p: Fact) -> str | None:
    """The direction the words just before a change say ("en stigning på 16 pct."), which beats
    a direction read from farther away in the sentence."""
    clauses = _re.split(r"[,;]\s|[.!?]\s", text_before(doc, p, 80))
    before = clauses[-1][-30:]
    after = _re.split(r"[,;]\s|[.!?](?:\s|$)", text_after(doc, p, 30))[0]
    if len(clauses) > 1 and _APPOSITION.match(clauses[-1]) and not (
            _UP_WORDS.search(before) or _DOWN_WORDS.search(before)
            or _UP_WORDS.search(after) or _DOWN_WORDS.search(after)):
        # "faldt omkostningerne endnu mere, nemlig med 9 pct.": the clause it explains says it
        before = clauses[-2]
    ups = [m.end() for m in _UP_WORDS.finditer(before)]
    downs = [m.end() for m in _DOWN_WORDS.finditer(before)]
    if not ups and not downs:
        return None
    return "up" if max(ups, default=-1) > max(downs, default=-1) else "down"


_APPOSITION = _rc(r"(?i)\s*(?:nemlig|dvs\.?|altså|det\s+vil\s+sige)\b")
_SHARE_OF_AFTER = _rc(r"\s+af\s+(?:de\s+|det\s+|den\s+|alle\s+)?\p{L}")


def _own_direction(doc: Document, a: Fact, computed: float) -> bool:
    """Whether the words before a pair's first level say which way it went, the way it went."""
    s = doc.sentences[a.sentence]
    before = doc.text[max(s.start, a.start - 80) : a.start]
    words = _UP_WORDS if computed > 0 else _DOWN_WORDS
    return words.search(before) is not None


def _is_change(doc: Document, p: Fact, st: Structure) -> bool:
    if p.role == "change":
        return True
    if _SHARE_OF_AFTER.match(doc.text, p.end):
        return False  # "44, svarende til 5,8 % af skaderne": a share of something, not a change
    sent = sentence_of(doc, p)
    head = doc.text[doc.sentences[p.sentence].start : p.start]
    # "Det er et fald på 23.212 personer, svarende til 36,2 procent": a restated change in a
    # sentence that points back at a pair; "Fald i perioden: 32.700, eller 20,9 procent"
    if _RESTATE.search(head) and (_POINTS_BACK.match(sent) or _CHANGE_LABEL.match(sent)):
        return True
    if _NAMED_CHANGE_OF.match(head) and _re.search(r"(?i)\bpå\s+$", head):
        return True  # "Stigningen på 13,5 procent skyldes ..."
    if _CHANGE_OF_IT.search(head[-80:]):
        return True  # "..., hvilket er en nedsættelse på 6,7 procent"
    if _ROSE_BY.search(head[-60:]) and _re.match(r"\s+til\s+\d", doc.text[p.end : p.end + 12]):
        return True  # "steg i årets første kvartal med 36 % til 269 mio. kr."
    # "fra 41 procent til 47 procent, altså 6 procentpoint": a restated change after a pair
    return any(x.sentence == p.sentence and x.end <= p.start
               for lp in st.level_pairs for x in (lp.before, lp.after)) \
        and bool(_RESTATE.search(doc.text[doc.sentences[p.sentence].start : p.start]))


_UP_COMPARED = _rc(r"(?i)\s*(?:\p{L}+\s+)?(?:flere|mere|højere|større|dyrere|længere)\b")
_IMPLIED_BACK = _rc(r"(?i)^\W*(?:det|dette|hvilket)\s+(?:er|var)\b")


def _implied_level_change(doc: Document, p: Fact) -> Result | None:
    """ "I april havde 621 hoteller åbent. Det er 185 flere end i april 1992, svarende til en
    stigning på 42 pct.": the earlier level is never written, but the new level and the
    difference give it (621 − 185 = 436), and the percent must be 185 / 436. The difference is
    the one figure before the percent with "flere/færre end" after it; the level is the one figure
    of its kind before it in the sentence, else (when the sentence points back: "Det er") the one
    in the sentence before."""
    if p.sentence < 0 or p.role != "change" and not _RESTATE.search(text_before(doc, p, 60)):
        return None
    sent = doc.sentences[p.sentence]
    ds = [f for f in doc.facts if f.sentence == p.sentence and f.end <= p.start
          and f.kind in ("money", "count", "quantity") and not isinstance(f.value, list)]
    if len(ds) not in (1, 2) or not _COMPARED.match(doc.text, ds[-1].end):
        return None
    d = ds[-1]
    if not d.number or not _RESTATE.search(doc.text[d.end : p.start]):
        return None
    if len(ds) == 2:
        if not same_unit(ds[0], d) or not _re.fullmatch(r"(?:\s+[\p{L}-]+){0,2}\s*,\s*", doc.text[ds[0].end : d.start]):
            return None
        level = ds[0]
    else:
        if p.sentence == 0 or not _IMPLIED_BACK.match(doc.text[sent.start : d.start]) or \
                doc.sentences[p.sentence - 1].block != sent.block:
            return None
        prev = [f for f in doc.facts if f.sentence == p.sentence - 1 and same_unit(f, d)
                and not isinstance(f.value, list)]
        if len({f.number for f in prev}) != 1:
            return None  # (one figure, or one said twice: "211 dræbte" over "... omkom 211")
        level = prev[-1]
    return _change_of_old_level(doc, p, d, level, bool(_UP_COMPARED.match(doc.text, d.end)))


def _change_of_old_level(doc: Document, p: Fact, d: Fact, level: Fact, up: bool) -> Result | None:
    """The stated change ``p`` against ``d`` / (the old level): the old level is the new
    ``level`` less the difference ``d`` (plus it, for a fall)."""
    il, idf = interval(level), interval(d)
    old = level.number - d.number if up else level.number + d.number
    iold = il - idf if up else il + idf
    if old <= 0 or iold.lo <= 0:
        return None
    computed = (level.number - old) / old * 100
    lo, hi = (il.lo - iold.hi) / iold.hi * 100, (il.hi - iold.lo) / iold.lo * 100
    civ = Interval(min(lo, hi), max(lo, hi))
    stated, siv = _signed_change(doc, p, computed)
    op = "−" if up else "+"
    shown = (f"{fmt_fact_value(d)} / ({fmt_fact_value(level)} {op} {fmt_fact_value(d)}) = "
             f"{fmt_percent(abs(computed), p)}")
    if not siv.meets(civ) and _round_hundreds_count(d) and _round_hundreds_count(level) \
            and abs(abs(stated) - abs(computed)) <= _rounding_room(d, level, computed):
        # "steget med 4.000 til 10.000, svarende til en stigning på 65 pct.": counts published
        # in round hundreds or thousands hide the exact change (66,7 % of the round figures)
        civ = siv
        shown = f"{shown} ≈ {p.text} (inden for afrundingen)"
    params = {"stated": p.text, "computed": fmt_percent(abs(computed), p),
              "before": fmt_fact_value(level, old), "after": fmt_fact_value(level)}
    return _change_result([p, d, level], p, params, stated, computed, shown, siv, civ)


_BY_TO_MID = _rc(r"\s+til\s+")
#: Between a change as an amount and as a percent: " eller ", ", svarende til ".
_RESTATE_OR = _rc(r"(?i)(?:\s*+,)?\s++(?:eller|svarende\s++til)\s++(?:(?:ca\.|cirka|godt|knap|næsten)\s++)?")
#: The same, with the unit, the comparison and the change's name between: " kursister i forhold
#: til sidste år, svarende til en stigning i kursisttallet på ".
_RESTATE_AS_CHANGE = _rc(
    r"(?i)(?:[ \t]+[\p{L}-]+)?(?:[ \t]+(?:i[ \t]+forhold[ \t]+til|sammenlignet[ \t]+med)(?:[ \t]+[\p{L}-]+){1,3})?"
    r"[ \t]*,?[ \t]+(?:svarende[ \t]+til|hvilket[ \t]+svarer[ \t]+til)[ \t]+(?:en[ \t]+|et[ \t]+)?"
    r"(?:stigning|fremgang|vækst|tilbagegang|fald|nedgang)(?:[ \t]+i[ \t]+[\p{L}-]+)?[ \t]+på[ \t]+"
    r"(?:(?:ca\.|cirka|godt|knap|næsten)[ \t]+)?"
)
#: "en stigning på ", "et fald på ": a change named before its amount.
_CHANGE_NOUN_BEFORE = _rc(r"(?i)\b(?:stigning|fald|fremgang|tilbagegang|nedgang|forøgelse|reduktion|vækst)"
                          r"\s+på\s+(?:(?:ca\.|cirka|godt|knap|næsten)\s+)?\Z")
_FALL_NOUNS = ("fald", "tilbagegang", "nedgang", "reduktion")
_BY_VERB = _rc(
    r"(?r)(?i)\b(?P<verb>steg|steget|stiger|øget|øgedes|vokset|voksede|forøget|hævet|løftet|faldt|"
    r"faldet|falder|reduceret|mindsket|sænket|dykket|dykkede)\b[^.;!?\d]{0,50}?\bmed\s+\Z"
)
_BY_DOWN = {"faldt", "faldet", "falder", "reduceret", "mindsket", "sænket", "dykket", "dykkede"}


def _by_percent_to_level(doc: Document, p: Fact) -> Result | None:
    """ "EBITDA steg med 10 procent til 544,8 mio. kr., hvilket er 43,5 mio. kr. større end sidste
    år": the new level and the amount of the change give the old level (544,8 − 43,5), and the
    percent must be the change of it."""
    m = _BY_VERB.search(doc.text, max(doc.sentences[p.sentence].start, p.start - 80), p.start)
    after = [f for f in doc.facts if f.sentence == p.sentence and f.start >= p.end
             and f.kind in ("money", "count", "quantity") and not isinstance(f.value, list)]
    if m is None or len(after) < 2 or not _BY_TO_MID.fullmatch(doc.text, p.end, after[0].start):
        return None
    level, d = after[0], after[1]
    amount = _AMOUNT_OF_CHANGE.fullmatch(doc.text, level.end, d.start)
    if amount is None or not same_unit(level, d) or not d.number or not level.number \
            or not _MORE_OR_LESS.match(doc.text, d.end):
        return None
    return _change_of_old_level(doc, p, d, level, m.group("verb").lower() not in _BY_DOWN)


#: Between a new level and the amount it changed by: ", hvilket er ", ", svarende til ".
_AMOUNT_OF_CHANGE = _rc(r"(?i)[ \t]*,[ \t]*(?:hvilket|det)[ \t]+er[ \t]+(?:(?:ca\.|cirka|godt|knap)[ \t]+)?")
_MORE_OR_LESS = _rc(r"(?i)[ \t]+(?:større|mere|flere|højere|mindre|færre|lavere)\b")


def _by_to_change(doc: Document, p: Fact) -> Result | None:
    """ "Omsætningen steg med 721 mio. kr. til 59,4 mia. kr., svarende til 1,8 pct.": the change
    and the new level give the old level (59,4 mia. − 721 mio.), and the percent must be the
    change of it. The same for a change said as an amount "eller" a percent before its new level
    ("steg med 65 mio. kr. eller 76 % til 190 mio. kr.") or after it, in a sentence pointing
    back ("ligger nu på 190 mio. kr. Det er en stigning på 65 mio. kr. eller 76 %")."""
    if p.sentence < 0 or p.unit == "pp":
        return None
    res = _by_percent_to_level(doc, p)
    if res is not None:
        return res
    ds = [f for f in doc.facts if f.sentence == p.sentence and f.end <= p.start
          and f.kind in ("money", "count", "quantity") and not isinstance(f.value, list)]
    for d, level in zip(ds, ds[1:]):
        if not same_unit(d, level) or not _BY_TO_MID.fullmatch(doc.text, d.end, level.start):
            continue
        m = _BY_VERB.search(doc.text, max(doc.sentences[p.sentence].start, d.start - 80), d.start)
        if m is None or not d.number or not level.number:
            continue
        if not _RESTATE.search(doc.text[level.end : p.start]):
            return None  # the percent must restate this change ("svarende til", "eller")
        if _OF_NAMED_BASE.match(doc.text, p.end):
            return None  # "til 89.700 eller 3,3 procent af arbejdsstyrken": the level as a share
        return _change_of_old_level(doc, p, d, level, m.group("verb").lower() not in _BY_DOWN)
    if not ds:
        return None
    d = ds[-1]  # "steg med 65 mio. kr. eller 76 % til 190 mio. kr.", "en stigning på 65 mio. kr. eller 76 %"
    if _RESTATE_OR.fullmatch(doc.text, d.end, p.start):
        level = next((f for f in doc.facts if f.sentence == p.sentence and f.start >= p.end
                      and f.kind == d.kind and same_unit(f, d) and not isinstance(f.value, list)), None)
        m = _BY_VERB.search(doc.text, max(doc.sentences[p.sentence].start, d.start - 80), d.start)
        if level is not None and m is not None and _BY_TO_MID.fullmatch(doc.text, p.end, level.start):
            return _change_of_old_level(doc, p, d, level, m.group("verb").lower() not in _BY_DOWN)
    elif not _RESTATE_AS_CHANGE.fullmatch(doc.text, d.end, p.start):
        return None  # ("en fremgang på 560 kursister i forhold til sidste år svarende til en
        # stigning i kursisttallet på 2,33 %": the same change, restated as a percent)
    n = _CHANGE_NOUN_BEFORE.search(doc.text, max(doc.sentences[p.sentence].start, d.start - 40), d.start)
    if n is None or p.sentence == 0 or not POINTS_BACK_TO_FIGURE.match(doc.sentence_text(p.sentence)):
        return None
    prev = doc.sentences[p.sentence - 1]
    if prev.block != doc.sentences[p.sentence].block:
        return None
    levels = [f for f in doc.facts if f.sentence == p.sentence - 1 and same_unit(f, d)
              and not isinstance(f.value, list)]
    if len(levels) != 1 or not d.number or not levels[0].number or levels[0].number <= d.number:
        return None  # "ligger nu på 190 mio. kr. Det er en stigning på 65 mio. kr. eller 76%"
    return _change_of_old_level(doc, p, d, levels[0], not n.group(0).lower().startswith(_FALL_NOUNS))


def _signed_change(doc: Document, p: Fact, computed: float) -> tuple[float, Interval]:
    """The stated change ``p`` with its sign (a fall is negative: from the words around it, else
    from the computed change), and its interval."""
    stated = abs(p.number)
    direction = _local_direction(doc, p) or p.extra.get("direction")
    if direction is None and p.number < 0:
        direction = "down"  # written with its sign: "-2,1 pct.", "minus 0,9 procentpoint"
    if direction == "down" or (direction is None and computed < 0):
        stated = -stated
    siv = interval(p)
    if p.number < 0:
        siv = Interval(-siv.hi, -siv.lo)  # its size
    if stated < 0:
        siv = Interval(-siv.hi, -siv.lo)
    return stated, siv


def _not_stated(shown: str, p: Fact) -> str:
    """A computed change held against the stated one: "= 9,2 %, ikke 8,5 procent" (with "≠" when
    the text's own words open with "ikke": "≠ ikke mindre end 8,5 procent")."""
    return f"{shown} ≠ {p.text}" if p.text.lower().startswith("ikke ") else f"{shown}, ikke {p.text}"


def _with_stated(shown: str, p: Fact, computed: float) -> str:
    """A verified change shown with the figure the text states beside the computed one, when
    they read differently ("= 4,4 % ≈ 4 procent"): the reader sees what was held against what."""
    if "≈" in shown or p.number is None or fmt_percent(abs(computed), p) == fmt_percent(abs(p.number), p):
        return shown
    return f"{shown} ≈ {p.text}"


def _change_result(facts: list[Fact], p: Fact, params: dict[str, Any], stated: float,
                   computed: float, shown: str, siv: Interval, civ: Interval) -> Result:
    """A stated change ``p`` against the one computed from its levels: verified when their
    intervals meet; a finding otherwise (a warning when it is off by at most a point)."""
    if siv.meets(civ):
        return Result("verified", facts, params, stated, round(computed, 2), f"{_with_stated(shown, p, computed)} ✓")
    sev = None if abs(siv.distance(civ)) > 1.0 else "warning"
    return Result("finding", facts, params, stated, round(computed, 2), _not_stated(shown, p),
                  severity=sev, suggestion=params["computed"], message_key=_direction_key(p, computed))


def _other_years(change: str, levels: str) -> bool:
    """ "Fra 2020 til 2021 er beskæftigelsen øget med 2,4 procent. ... i dag 21.000 ansatte mod
    15.000 før krisen": a change dated by its own years is not one of levels that name none of them."""
    years = set(_YEAR.findall(change))
    return bool(years) and not years & set(_YEAR.findall(levels))


def _direction_key(p: Fact, computed: float) -> str:
    """ "Fra 68 liter til 41,2 liter er et fald på 39 %": the message that says the direction."""
    if p.unit == "pp" or not computed:
        return "message"
    return "message_rise" if computed > 0 else "message_fall"


_UNDER_LEVEL = _rc(
    r"(?i)\s+(?P<dir>under|over|lavere\s+end|højere\s+end|mindre\s+end|mere\s+end|større\s+end)\s+"
    r"(?:[\p{L}-]+\s+){1,4}?på\s+$"
)
_BELOW = {"under", "lavere end", "mindre end"}
_UNDER_LEVEL_START = _rc(r"(?i)\s+(?:under|over|lavere\s+end|højere\s+end|mindre\s+end|mere\s+end|større\s+end)\s")


def _names_its_level(doc: Document, p: Fact) -> bool:
    """The change names the level it is measured against: "mindre end gennemsnittet på Y"."""
    ys = [f for f in doc.facts if f.sentence == p.sentence and f.start > p.end
          and f.kind in ("money", "count", "quantity") and not isinstance(f.value, list)]
    return bool(ys) and _UNDER_LEVEL.fullmatch(doc.text, p.end, ys[0].start) is not None


def _change_against_named_level(doc: Document, p: Fact, st: Structure) -> Result | None:
    """ "Det er 25 pct. mindre end i 2022, ... og knap en fjerdedel under normalhøsten på 9,3 mio.
    tons": a change said against a level named right after it ("under normalhøsten på Y"), from
    the level the sentence is about: the new level of its pair, else the one figure of that kind
    before the change in the sentence."""
    ys = [f for f in doc.facts if f.sentence == p.sentence and f.start > p.end
          and f.kind in ("money", "count", "quantity") and not isinstance(f.value, list)]
    if not ys:
        return None
    y = ys[0]
    m = _UNDER_LEVEL.fullmatch(doc.text, p.end, y.start)
    if m is None or not y.number:
        return None
    cur = list({lp.after.id: lp.after for lp in st.level_pairs
                if lp.before.sentence == p.sentence and same_unit(lp.after, y) and lp.after is not y}.values())
    if not cur:
        cur = [f for f in doc.facts if f.sentence == p.sentence and f.end <= p.start and same_unit(f, y)
               and not isinstance(f.value, list)]
    if not cur and p.sentence > 0 and POINTS_BACK_TO_FIGURE.match(doc.sentence_text(p.sentence)) \
            and doc.sentences[p.sentence - 1].block == doc.sentences[p.sentence].block:
        # "Fiskerne landede 4,2 mio. kg mod 5,0 mio. kg året før. Det er desuden 9 pct. mindre end
        # gennemsnittet på 4,6 mio. kg": the level of the sentence before (its pair's new one)
        prev = p.sentence - 1
        cur = list({lp.after.id: lp.after for lp in st.level_pairs
                    if lp.after.sentence == prev and same_unit(lp.after, y)}.values())
        if not cur:
            cur = [f for f in doc.facts if f.sentence == prev and same_unit(f, y) and not isinstance(f.value, list)]
    if len(cur) != 1 or not cur[0].number:
        return None
    a, b = y, cur[0]
    computed = (b.number - a.number) / a.number * 100
    ia, ib = interval(a), interval(b)
    lo, hi = (ib.lo - ia.hi) / ia.hi * 100, (ib.hi - ia.lo) / ia.lo * 100
    civ = Interval(min(lo, hi), max(lo, hi))
    siv = interval(p)
    if p.kind == "ratio":  # "en fjerdedel" is a rounded way of saying it
        siv = Interval(min(siv.lo, p.number * 0.9) * 100, max(siv.hi, p.number * 1.1) * 100)
    below = " ".join(m.group("dir").lower().split()) in _BELOW
    stated = -p.number * (100 if p.kind == "ratio" else 1) if below else p.number * (100 if p.kind == "ratio" else 1)
    if below:
        siv = Interval(-siv.hi, -siv.lo)
    shown = f"({fmt_fact_value(b)} − {fmt_fact_value(a)}) / {fmt_fact_value(a)} = {fmt_percent(computed, p)}"
    params = {"stated": p.text, "computed": fmt_percent(abs(computed), p),
              "before": fmt_fact_value(a), "after": fmt_fact_value(b)}
    return _change_result([p, a, b], p, params, stated, computed, shown, siv, civ)


_CHANGE_OF_IT = _rc(
    r"(?i)\b(?:hvilket|det)\s+(?:er|svarer\s+til|betyder)\s+(?:en|et)\s+(?:stigning|fald|nedsættelse|"
    r"forhøjelse|reduktion|nedgang|øgning|forøgelse)\s+på\s+$"
)
_NOW_WORDS = _rc(r"(?i)\b(?:i\s+dag|nu|hidtil|i\s+øjeblikket|indtil\s+nu)\b")
_LATER_OPENING = _rc(r"(?i)^\W*(?:i|fra)\s+(?:20\d\d|næste\s+år)\b|^\W*(?:fremover|næste\s+år)\b")


def _now_and_then(doc: Document, p: Fact) -> LevelPair | None:
    """ "Forældre betaler i dag 1.500 kr. ... I 2018 bliver den højeste takst kr. 1.400 pr. barn,
    hvilket er en nedsættelse på 6,7 procent": today's level in the sentence before ("i dag"),
    a coming year's level ("I 2018") in the change's sentence, one figure of the kind in each."""
    if p.sentence < 1:
        return None
    sent = doc.sentences[p.sentence]
    if not _CHANGE_OF_IT.search(doc.text[max(sent.start, p.start - 80) : p.start]):
        return None
    bs = [f for f in doc.facts if f.sentence == p.sentence and f.end <= p.start
          and f.kind in ("money", "count", "quantity") and not isinstance(f.value, list)]
    if len(bs) != 1 or doc.sentences[p.sentence - 1].block != sent.block:
        return None
    b = bs[0]
    if not _LATER_OPENING.match(doc.text[sent.start : b.start]) or \
            not _NOW_WORDS.search(doc.sentence_text(p.sentence - 1)):
        return None
    a = [f for f in doc.facts if f.sentence == p.sentence - 1 and same_unit(f, b) and not isinstance(f.value, list)]
    if len(a) != 1 or not a[0].number:
        return None
    return LevelPair(a[0], b)


_TO_LEVEL = _rc(r"\s+til\s+$")
_ROSE_BY = _rc(r"(?i)\b(?:steg|steget|faldt|faldet|voksede|vokset)\b[^.;!?]{0,40}?\bmed\s+$")


def _level_in_table(doc: Document, p: Fact, st: Structure) -> LevelPair | None:
    """ "Bankens resultat før skat steg i årets første kvartal med 36 % til 269 mio. kr." with the
    year before only in a table under a header of years ("Resultat før skat   269   198"): the
    row the words before the change name, whose later year's cell is the new level as written;
    the earlier year's cell is the old level."""
    if not st.year_rows:
        return None
    from .consistency import _label_near  # the same reading of a row's label as for repetitions

    nxt = [f for f in doc.facts if f.sentence == p.sentence and f.start > p.end
           and f.kind in ("money", "count", "quantity") and not isinstance(f.value, list)]
    if not nxt or not _TO_LEVEL.fullmatch(doc.text[p.end : nxt[0].start]):
        return None
    level = nxt[0]
    words = [w.lower() for w in _re.findall(r"[\p{L}-]+", doc.text[doc.sentences[p.sentence].start : p.start])]
    found = []
    for label, cells, years in st.year_rows:
        if len(cells) != 2 or len(set(years)) != 2 or not all(same_unit(c, level) for c in cells):
            continue
        if not _label_near(label, words):
            continue
        later = 0 if years[0] > years[1] else 1
        if cells[later].number == level.number:
            found.append(cells[1 - later])
    if len(found) != 1 or not found[0].number:
        return None
    return LevelPair(found[0], level)


#: the clause before a stated change names a share or rate as what changed
def _tight_relative_change(doc: Document, p: Fact, a: Fact, b: Fact) -> bool:
    """ "er faldet med 45 pct. fra 22 pct. til 14,4 pct.": a percent said right before the two
    percentages it changes between, and not their difference in points, is their relative change."""
    if p.end > a.start or not FRA_MID.fullmatch(doc.text, p.end, a.start) \
            or not CHANGED_BY_BEFORE.search(text_before(doc, p, 40)):
        return False
    d = interval(b) - interval(a)
    size = Interval(min(abs(d.lo), abs(d.hi)) if d.lo * d.hi > 0 else 0.0, max(abs(d.lo), abs(d.hi)))
    return not size.meets(interval(p))  # (in points, "med 7,6 procent": the other slip, not this)




_SHARE_CHANGE = _rc(r"(?i)\b(?:andel\w*|procentdel\w*|\w*rate[nr]?|\w*kvote[nr]?)\b[^.;!?]*$")


def percent_change(doc: Document, options: dict[str, Any], st: Structure) -> Iterator[Result]:
    """Stated changes against their levels. A pair that its own percentage verifies, or a
    percentage that verifies its own pair, is not reported against another one: "faldt 20 pct.
    fra 2.527 til 2.018 mio. kr. ... nemlig 22 pct. fra 21,6 til 16,8 mia. kr." holds twice."""
    # "en vækst på 21 procent i lokal valuta", "organisk vækst", "i faste priser": a change measured
    # another way than the amounts the text gives, so they can neither confirm nor refute it
    results = [r for r in _percent_changes(doc, options, st)
               if not (r.facts and r.facts[0].kind == "percent" and _measured_otherwise(doc, r.facts[0]))]
    held = [r for r in results if r.status == "verified"]
    held_ids = {f.id for r in held for f in r.facts}
    for r in results:
        if r.status == "finding" and len(r.facts) == 3 and (
                r.facts[0].id in held_ids or {r.facts[1].id, r.facts[2].id} <= held_ids):
            continue
        yield r


def _other_period_between(doc: Document, a: Fact, b: Fact, p: Fact) -> bool:
    """ "fra 2018 til 2019 vokset fra 4,1 til 4,4 mio. - og fra 2011 til 2019 steget med 40%":
    the pair has a period of its own before it, and the change after it another one."""
    first, last = min(a.start, b.start), max(a.end, b.end)
    if p.start < last:
        return False

    def years(x: Fact) -> bool:  # a range of years: "fra 2011 til 2019"
        v = x.value
        return x.kind == "period" and isinstance(v, dict) and bool(v.get("start")) and bool(
            v.get("end")) and not v.get("duration") and v["start"][:4] != v["end"][:4]

    return any(years(x) and last <= x.start and x.end <= p.start for x in doc.facts) and any(
        years(x) and x.sentence == a.sentence and x.end <= first for x in doc.facts)


def _measured_otherwise(doc: Document, p: Fact) -> bool:
    return bool(_OTHER_MEASURE_AFTER.match(doc.text, p.end)
                or _OTHER_MEASURE_BEFORE.search(text_before(doc, p, 40)))


_OTHER_MEASURE_AFTER = _rc(r"(?i)[ \t]{0,3},?[ \t]{0,3}(?:målt[ \t]{1,3})?(?:i[ \t]{1,3}lokal[e]?[ \t]{1,3}valuta|"
                           r"i[ \t]{1,3}faste[ \t]{1,3}priser|organisk|realt|korrigeret[ \t]{1,3}for|"
                           r"justeret[ \t]{1,3}for|i[ \t]{1,3}løbende[ \t]{1,3}valuta)")
_OTHER_MEASURE_BEFORE = _rc(r"(?i)\b(?:organisk\w*|real(?:vækst|stigning|fald)\w*|i\s+faste\s+priser|i\s+lokal\s+valuta)\b")


def _change_interval(ia: Interval, ib: Interval, computed: float) -> Interval:
    """The relative change from a level in ``ia`` to one in ``ib``, in percent."""
    lo = (ib.lo - ia.hi) / ia.hi * 100 if ia.hi else computed
    hi = (ib.hi - ia.lo) / ia.lo * 100 if ia.lo else computed
    return Interval(min(lo, hi), max(lo, hi))


def _level_interval(f: Fact) -> Interval:
    """A level's interval for a percent change: a count in round hundreds ("fra 7.800 i 2021 til
    10.200 i 2022", as statistics publish them) may be rounded to them."""
    if _round_hundreds_count(f):
        return _widened(f, 500 if _ROUND_THOUSANDS.search(f.text) else 50)  # "fra 3.000 til 12.000"
    return interval(f)


def _rounding_room(a: Fact, b: Fact, computed: float) -> float:
    """How far a stated change may be from the one computed from round levels: a point for
    round hundreds, a twentieth of the change for two levels in round thousands."""
    if all(x.kind == "count" and _ROUND_THOUSANDS.search(x.text) for x in (a, b)):
        return max(1.0, 0.05 * abs(computed))
    return 1.0


_ROUND_THOUSANDS = _rc(r"\d\.000(?![\d,])")


def _round_tens(p: Fact) -> bool:
    """A percentage said in whole tens ("40 procent"), with no qualifier."""
    return not p.qualifier and p.number is not None and float(p.number).is_integer() and \
        p.number % 10 == 0 and p.number != 0 and "," not in p.text


_ROUND_HUNDREDS = _rc(r"\d\.?\d00(?![\d,])")
#: The change of a named thing: "et 20 pct. mindre forbrug af naturgas".
_CLAUSE_CUT = _rc(r"[,;:]\s|\s[-–]\s")
_CHANGED_NOUN = _rc(r"(?i)\s+(?:mindre|lavere|højere|større|mere|færre|flere)\s+(?P<noun>\p{L}{5,})")


def _percent_changes(doc: Document, options: dict[str, Any], st: Structure) -> Iterator[Result]:
    in_pairs = {f.id for lp in st.level_pairs for f in (lp.before, lp.after)}
    for p in doc.facts:
        if p.kind == "ratio" and p.extra.get("multiplied"):
            res = _multiplied_change(doc, p, st)
            if res is not None:
                yield res
            continue
        if p.kind in ("percent", "ratio") and p.unit != "pp" and not isinstance(p.value, list) \
                and p.id not in in_pairs and p.sentence >= 0 and _UNDER_LEVEL_START.match(doc.text, p.end):
            res = _change_against_named_level(doc, p, st)
            if res is not None:
                yield res
                continue
            if _names_its_level(doc, p):
                continue  # "9 pct. mindre end gennemsnittet på 4,6 mio. kg": not another pair's change
        if p.kind != "percent" or isinstance(p.value, list) or p.id in in_pairs:
            continue
        res = _by_to_change(doc, p)  # "steg med 721 mio. kr. til 59,4 mia. kr., svarende til 1,8 pct."
        if res is not None:
            yield res
            continue
        if not _is_change(doc, p, st):
            continue
        if p.id in in_pairs:
            continue  # "faldt fra 5,1 procent til 4,5 procent": levels, not the change
        pairs = _pairs_for(doc, p, st)
        if not pairs and p.unit != "pp":
            res = _implied_level_change(doc, p)
            if res is not None:
                yield res
                continue
            lp = _now_and_then(doc, p) or _level_in_table(doc, p, st)
            if lp is not None:
                pairs = [lp]
        changed = _CHANGED_NOUN.match(doc.text, p.end)
        for lp in pairs:
            a, b = lp.before, lp.after
            if a.number == 0:
                continue
            if _other_period_between(doc, a, b, p):
                continue
            if changed is not None and not loosely_shared(
                    content_words(changed.group("noun")),
                    content_words(_CLAUSE_CUT.split(text_before(doc, a, 80))[-1] + " "
                                  + _CLAUSE_CUT.split(text_before(doc, b, 80))[-1])):
                continue  # "et 10 pct. lavere forbrug af vand" is no change of "udgifterne ... 8 mio. kr."
            if a.kind == "percent" and p.unit == "pp":
                computed = b.number - a.number
                civ = interval(b) - interval(a)
                shown = f"{fmt_number(b.number)} − {fmt_number(a.number)} = {fmt_number(computed, 1)} procentpoint"
            elif p.unit == "pp":
                continue
            elif a.kind == "percent" and not _SHARE_CHANGE.search(text_before(doc, p, 80)) \
                    and not _tight_relative_change(doc, p, a, b):
                # "23,8 procent flere end i 2021, og elbilerne stod dermed for 20,8 procent ...
                # mod 12,9 procent": a relative change of two percentages is only meant when the
                # text says the share itself changed ("andelen steg med 20 procent"); but a change
                # that closes the levels' own sentence or opens the next ("fra 4,8 procent til 4,2
                # procent, et fald på 0,6 procent") is theirs: in points, written as a percent
                res = _points_closing_pair(doc, p, a, b)
                if res is not None:
                    yield res
                continue
            else:
                computed = (b.number - a.number) / a.number * 100
                civ = _change_interval(interval(a), interval(b), computed)
                shown = (f"({fmt_fact_value(b)} − {fmt_fact_value(a)}) / {fmt_fact_value(a)} = "
                         f"{fmt_percent(computed, p)}")
            stated, siv = _signed_change(doc, p, computed)
            # the stated figure may be rounded to whole percent even from exact levels
            params = {"stated": p.text, "computed": fmt_percent(abs(computed), p) if p.unit != "pp"
                      else f"{fmt_number(abs(computed), 1)} procentpoint",
                      "before": fmt_fact_value(a), "after": fmt_fact_value(b)}
            direction = _local_direction(doc, p) or p.extra.get("direction")
            if not siv.meets(civ) and direction and p.unit != "pp" and b.number and \
                    (direction == "down") != (computed < 0):
                # the text says the figure fell where the pair rose (or the other way round):
                # "42 konkurser i januar 2009 mod 26 i januar 2010 - et fald på 38,1 pct." names
                # the later level first; levels of another sentence are another subject's
                back = (a.number - b.number) / b.number * 100
                ia, ib = interval(a), interval(b)
                lo = (ia.lo - ib.hi) / ib.hi * 100 if ib.hi else back
                hi = (ia.hi - ib.lo) / ib.lo * 100 if ib.lo else back
                if siv.meets(Interval(min(lo, hi), max(lo, hi))):
                    params.update(before=fmt_fact_value(b), after=fmt_fact_value(a),
                                  computed=fmt_percent(abs(back)))
                    yield Result("verified", [p, b, a], params, stated, round(back, 2),
                                 f"({fmt_fact_value(a)} − {fmt_fact_value(b)}) / {fmt_fact_value(b)} = "
                                 f"{fmt_percent(back, p)} ✓")
                    continue
                if p.sentence not in (a.sentence, b.sentence) and _own_direction(doc, a, computed):
                    continue  # "... en stigning i vindkraft fra 50 PJ til 58 PJ": its own change
            if not siv.meets(civ) and p.unit != "pp" and a.kind != "percent" \
                    and abs(stated - computed) <= _rounding_room(a, b, computed) \
                    and siv.meets(_change_interval(_level_interval(a), _level_interval(b), computed)):
                # "30 pct. fra 7.800 til 10.200" (30,8 %): levels in round hundreds, as statistics
                # publish them, may hide that much
                civ = siv
                shown = f"{shown} ≈ {p.text} (inden for afrundingen)"
            if not siv.meets(civ) and _round_tens(p) and (stated < 0) == (computed < 0) \
                    and abs(abs(stated) - abs(computed)) < 1.0:
                # "fra 600 til 355 - et fald på 40 procent" (40,8 %): a change said in round tens
                civ = siv
                shown = f"{shown} ≈ {p.text} (inden for afrundingen)"
            if siv.meets(civ):
                if (a.qualifier or b.qualifier) and abs(stated - computed) > max(1.0, 0.3 * abs(stated)):
                    continue  # "fra ca. 512.000 til godt 505.000" (-1,4 %) does not confirm "knap 6
                    # procent": the qualifiers only leave room, nothing is shown to hold
                yield Result("verified", [p, a, b], params, stated, round(computed, 2),
                             f"{_with_stated(shown, p, computed)} ✓")
                continue
            sev = None if abs(siv.distance(civ)) > 1.0 and not lp.loose else "warning"
            if a.kind == "percent" and p.unit != "pp":
                points = b.number - a.number
                if siv.meets(interval(b) - interval(a)) and points:
                    # "fra 31 procent til 36 procent, en stigning på fem procent": the difference
                    # in points, written as a percent
                    params["points"] = f"{fmt_number(round(abs(points), 1))} procentpoint"
                    yield Result("finding", [p, a, b], params, stated, round(computed, 2),
                                 f"{fmt_number(b.number)} − {fmt_number(a.number)} = {params['points']}; "
                                 + _not_stated(shown, p), severity=sev,
                                 message_key="points_as_percent", suggestion=params["points"])
                    continue
            yield Result("finding", [p, a, b], params, stated, round(computed, 2),
                         _not_stated(shown, p), severity=sev,
                         suggestion=params["computed"], message_key=_direction_key(p, computed))


#: Between a pair of percentages and the change that closes them: ", et fald på", ". Det er en
#: stigning på", " - en fremgang på".
_CLOSING_CHANGE = _rc(r"(?i)(?:\s+i\s+(?:19|20)\d\d)?\s*(?:[,.:;]|\s[-–])\s*(?:det\s+(?:er|var|svarer\s+til)\s+)?"
                      r"(?:en|et)\s+(?:samlet\s+)?(?:stigning|fald|fremgang|tilbagegang|nedgang|forøgelse|"
                      r"reduktion)\s+på\s+(?:\p{L}+\s+)?\Z")


def _points_closing_pair(doc: Document, p: Fact, a: Fact, b: Fact) -> Result | None:
    """ "fra 4,8 procent til 4,2 procent, et fald på 0,6 procent": a change said right after the
    two percentages it changes, that is their difference in points and not their relative
    change, is a difference in points written as a percent (a finding); otherwise nothing."""
    if p.qualifier or p.start < b.end or b.start < a.end or "pct.-point" in p.text:
        return None
    if not _CLOSING_CHANGE.fullmatch(doc.text, b.end, p.start):
        return None
    points = b.number - a.number
    stated = abs(p.number)
    relative = abs(points) / a.number * 100 if a.number else None
    if not points or relative is None or not (interval(b) - interval(a)).meets(
            Interval(-stated, -stated) if points < 0 else Interval(stated, stated)):
        return None
    if abs(relative - stated) < 1.0:
        return None  # (levels near 100 %: the relative change is the difference, too)
    shown_points = f"{fmt_number(round(abs(points), 1))} procentpoint"
    params = {"stated": p.text, "computed": fmt_percent(relative, p), "points": shown_points,
              "before": fmt_fact_value(a), "after": fmt_fact_value(b)}
    shown = (f"({fmt_fact_value(b)} − {fmt_fact_value(a)}) / {fmt_fact_value(a)} = "
             f"{fmt_percent(points / a.number * 100, p)}")
    return Result("finding", [p, a, b], params, p.number, round(points / a.number * 100, 2),
                  f"{fmt_number(b.number)} − {fmt_number(a.number)} = {shown_points}; "
                  + _not_stated(shown, p), severity="warning",
                  message_key="points_as_percent", suggestion=shown_points)


def share_of_base(doc: Document, options: dict[str, Any], st: Structure) -> Iterator[Result]:
    yield from counted_shares(doc, options, st)
    yield from stated_shares(doc, options, st)
    countable = options.get("countable_only", True)
    for p in doc.facts:
        if p.kind != "percent" or p.base is None or p.unit == "pp" or isinstance(p.value, list):
            continue
        n = p.base
        if n <= 0 or n != int(n) or n > options.get("max_base", 10_000):
            continue
        if countable and p.subject and _re.match(r"(?i)kr|mio|mia|procent", p.subject):
            continue
        span = p.extra.get("base_span")
        if span and _KINDS_COUNTED.match(doc.text, span[1]):
            continue  # "33 % af syv udvalgte typer affald": a share of what the kinds hold, not
            # of the seven kinds
        x = p.number * n / 100
        siv = interval(p)
        if (siv.hi - siv.lo) * n / 100 >= 1:
            # "12 procent af de 8.760": every percent so written gives a whole number of a base
            # this large, so the test says nothing either way
            continue
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


#: A base that counts kinds of something ("syv udvalgte fokustyper af affald", "fem slags"): a
#: percent of it is of what they hold, so it need not come to a whole number of them.
_KINDS_COUNTED = _rc(r"(?i)(?:\s+[\p{L}-]+){0,2}?\s+\p{L}*(?:slags|typer|kategorier|fraktioner|arter|sorter|"
                     r"former|brancher|sektorer|grupper)\b")
_RESPECTIVELY = _rc(r"(?i)\bhenholdsvis\b")
_RESTATED_AMOUNT = _rc(
    r"(?i)(?:\bdet\s+vil\s+sige|\bdvs\.?|\bsvarende\s+til|\bhvilket\s+svarer\s+til|\baltså|\beller)"
    r"\s+(?:[\p{L}-]+\s+){0,2}$"
)


def _share_result(p: Fact, part: Fact, base: Fact) -> Result:
    """A percent stated for a part of a base: part / base must give the percent."""
    x = part.number / base.number * 100
    ip, ib = interval(part), interval(base)
    civ = Interval(ip.lo / ib.hi * 100 if ib.hi else x, ip.hi / ib.lo * 100 if ib.lo > 0 else x)
    siv = interval(p)
    if p.kind == "ratio":
        # "en tredjedel", "halvdelen" are rounded ways of saying it
        siv = Interval(min(siv.lo, p.number * 0.9) * 100, max(siv.hi, p.number * 1.1) * 100)
    params = {"percent": p.text, "base": fmt_fact_value(base), "computed": fmt_percent(x),
              "whole": fmt_fact_value(part)}
    m = _re.search(r",(\d+)", p.text)
    decimals = len(m.group(1)) if m else 0
    shown = f"{fmt_fact_value(part)} / {fmt_fact_value(base)} = {fmt_number(round(x, decimals), decimals)} %"
    if siv.meets(civ):
        return Result("verified", [p, part, base], params, p.number, round(x, 4),
                      f"{shown} ≈ {p.text} ✓", message_key="verified_count")
    return Result("finding", [p, part, base], params, p.number, round(x, 4), f"{shown} ≠ {p.text}",
                  message_key="message_count", suggestion=fmt_percent(x))


def _base_fact(doc: Document, p: Fact) -> Fact:
    """The written base of a share ("af de knap 127.000 forløb") as a count of its own."""
    a, b = p.extra["base_span"]
    q = _re.search(r"(?i)\b(knap|godt|ca\.|cirka|omkring|næsten|over|under)\s+$", doc.text[max(0, a - 12):a])
    return Fact("count", doc.text[a:b], a, b, p.base, qualifier=(q.group(1).lower() if q else None),
                sentence=p.sentence, block=p.block, id=f"{p.id}-base")


def stated_shares(doc: Document, options: dict[str, Any], st: Structure) -> Iterator[Result]:
    """Percents stated for amounts the text gives, paired by cue words:

    - "145, 98 og 69 mio. kr. ... Det svarer til henholdsvis 46,5, 31,4 og 22,1 procent af
      anlægsbudgettet": the parts of a total, in order;
    - "1,05 mia. kr. ... 10 procent af anskaffelsessummen, det vil sige 105 mio. kr.": a percent
      of the one amount before it, restated as an amount."""
    def plain(f: Fact) -> bool:
        return f.kind == "percent" and f.unit != "pp" and f.role != "change" and not isinstance(f.value, list)

    for rel in st.parts_relations:
        last = rel.parts[-1].sentence
        for si in (last, last + 1):
            if si >= len(doc.sentences) or doc.sentences[si].block != doc.sentences[last].block:
                continue
            m = _RESPECTIVELY.search(doc.sentence_text(si))
            if not m:
                continue
            at = doc.sentences[si].start + m.end()
            ps = [f for f in doc.facts if f.sentence == si and f.start >= at and plain(f)]
            if len(ps) != len(rel.parts) or rel.total.number <= 0:
                continue
            for p, part in zip(ps, rel.parts):
                yield _share_result(p, part, rel.total)
            break
    yield from _ratio_of_stated(doc, st)
    # "står for 13.540 af faldet (ca. 58 %), mens de øvrige 9.672 ...": a part's share of its
    # total, in brackets right after it
    for rel in st.parts_relations:
        if not rel.total.number:
            continue
        for part in rel.parts:
            m = _BRACKET_SHARE.match(doc.text, part.end)
            if m is None:
                continue
            # (the extractor may take a bracketed percent after "af faldet" for a change)
            p = next((f for f in doc.facts if f.start == m.end() and f.kind == "percent" and f.unit != "pp"
                      and not isinstance(f.value, list) and f.base is None), None)
            if p is not None and _PAREN_END.match(doc.text, p.end):
                yield _share_result(p, part, rel.total)
    for p in doc.facts:
        if not plain(p) or p.base is not None:
            continue
        sent = doc.sentences[p.sentence]
        after = [f for f in doc.facts if f.sentence == p.sentence and f.start > p.end
                 and f.kind in ("money", "count", "quantity") and not isinstance(f.value, list)]
        after = [f for f in after if _RESTATED_AMOUNT.search(doc.text[p.end : f.start])]
        if after and any(q.kind == "percent" and p.end <= q.start < after[0].start for q in doc.facts):
            # "udgør 1,5 procent af beskæftigelsen, men har stået for 6 procent af stigningen,
            # svarende til 12.000": the amount restates the nearer percent
            continue
        if not after:
            continue
        x = after[0]
        if not _re.match(r"(?i)\s+af\s+\p{L}", doc.text[p.end : p.end + 30]):
            continue  # "10 procent af anskaffelsessummen": the percent names its base
        same = [f for f in doc.facts if f.sentence == p.sentence and f.start < p.start
                and same_unit(f, x) and not isinstance(f.value, list)]
        if not same and p.sentence > 0 and doc.sentences[p.sentence - 1].block == sent.block:
            same = [f for f in doc.facts if f.sentence == p.sentence - 1 and same_unit(f, x)
                    and not isinstance(f.value, list)]
            prev_text = doc.sentence_text(p.sentence - 1)
            if _other_years(doc.sentence_text(p.sentence), prev_text) or any(
                    f.kind == "percent" and f.sentence == p.sentence - 1 for f in doc.facts):
                # "I 2018 var der 5.200 ..., svarende til 38,5 pct. ... I 2022 udgjorde den 31,0
                # pct. ..., svarende til 3.900": another year's part, with its own share
                same = []
            if x.kind == "count":  # "85 pct. af de knap 127.000 forløb": the base of a share
                same += [_base_fact(doc, f) for f in doc.facts if f.sentence == p.sentence - 1
                         and f.kind == "percent" and f.base and f.extra.get("base_span")]
        if len(same) != 1 or not same[0].number:
            continue
        res = _share_result(p, x, same[0])
        if same[0].number <= x.number:
            res.severity = "warning"  # the amount is larger than its base: maybe another base
        yield res
    yield from _share_of_named_amount(doc)
    yield from _amount_of_named_share(doc)
    yield from _restated_shares_of_written_base(doc)


#: "14 pct. af det samlede budget på 3,8 mia. kr.": a percent of a base whose amount is named
_OF_BASE_ON = _rc(r"(?i)\s+af\s+(?:de[nt]?\s+|hele\s+)?(?:[\p{L}-]+\s+){1,3}?(?:på|lyder\s+på)\s+"
                  r"(?:(?:godt|knap|ca\.|cirka|omkring|næsten)\s+)?$")


def _shares_with_amounts_after(doc: Document) -> Iterator[tuple[Fact, list[Fact]]]:
    """Each plain percent without a base, with the amounts, counts and measures after it in its
    sentence."""
    for p in doc.facts:
        if p.kind != "percent" or p.unit == "pp" or p.role == "change" or isinstance(p.value, list) \
                or p.base is not None or p.sentence < 0:
            continue
        yield p, [f for f in doc.facts if f.sentence == p.sentence and f.start > p.end
                  and f.kind in ("money", "count", "quantity") and not isinstance(f.value, list)]


def _share_of_named_amount(doc: Document) -> Iterator[Result]:
    """ "Budgettet skrider med 650 mio. kr. Det svarer til 14 pct. af det samlede budget på 3,8
    mia. kr.": the one amount of the sentence (or of the sentence before, which this one points
    back at) over the base named after the percent."""
    for p, after in _shares_with_amounts_after(doc):
        if not after or not _OF_BASE_ON.fullmatch(doc.text, p.end, after[0].start):
            continue
        base = after[0]
        # (a number word counts a group, not its part: "De tre største byer har haft ca. 58 pct. af
        # tilvæksten på knap 90.000")
        parts = [f for f in doc.facts if f.sentence == p.sentence and f.end <= p.start and same_unit(f, base)
                 and any(ch.isdigit() for ch in f.text)]
        if not parts and p.sentence > 0 and POINTS_BACK_TO_FIGURE.match(doc.sentence_text(p.sentence)) \
                and doc.sentences[p.sentence - 1].block == doc.sentences[p.sentence].block:
            parts = [f for f in doc.facts if f.sentence == p.sentence - 1 and same_unit(f, base)]
        if len(parts) != 1 or isinstance(parts[0].value, list) or not parts[0].number or not base.number \
                or parts[0].number >= base.number:
            continue
        yield _share_result(p, parts[0], base)


def _amount_of_named_share(doc: Document) -> Iterator[Result]:
    """ "Legaterne uddelte tilsammen 20,0 mia. kr. De 30 største stod for 80 % af beløbet - omsat
    til kroner svarer det til 15,6 mia.": the amount the share is said to be, over the one figure
    of its unit in the sentence before (or before the share in its own sentence)."""
    for p, after in _shares_with_amounts_after(doc):
        if len(after) != 1 or not _OF_IT_AS_AMOUNT.fullmatch(doc.text, p.end, after[0].start):
            continue
        part = after[0]
        bases = [f for f in doc.facts if f.sentence == p.sentence and f.end <= p.start and same_unit(f, part)]
        if not bases and p.sentence > 0 and doc.sentences[p.sentence - 1].block == doc.sentences[p.sentence].block:
            bases = [f for f in doc.facts if f.sentence == p.sentence - 1 and same_unit(f, part)]
        if len(bases) != 1 or isinstance(bases[0].value, list) or not part.number or not bases[0].number \
                or part.number >= bases[0].number:
            continue
        yield _share_result(p, part, bases[0])


#: "80 % af beløbet - omsat til kroner svarer det til": a share of a whole said before, then the
#: amount it comes to
_OF_IT_AS_AMOUNT = _rc(
    r"(?i)\s+af\s+(?:beløbet|det|dette|budgettet|summen|pengene|midlerne|udgifterne|rammen|puljen)"
    r"[^.;:!?\d]{0,40}?\b(?:svarer\s+(?:det\s+|dette\s+)?til|svarende\s+til)\s+"
    r"(?:(?:ca\.|cirka|omkring|godt|knap)\s+)?")


#: "De nye parker svarer dermed til godt 17 procent af ...": a share of two figures said before
_SHARE_POINTS_BACK = _rc(
    r"(?i)(?:\b(?:svarer|svarede)\s+(?:dermed\s+|altså\s+|således\s+|hermed\s+)?til|"
    r"\b(?:udgør|udgjorde)\s+(?:dermed|altså|således|hermed))\s+(?:[\p{L}]+\s+)?$"
)
_SHARE_BACK_OPENING = _rc(r"(?i)\b(?:dermed|altså|således|hermed)\b")
_WHOLE_CUE = _rc(r"(?i)\b(?:samlede|samlet|i\s*alt|hele)\b")
_BOUND_QUALIFIERS = {"over", "under", "mindst", "højst", "op mod"}
#: "omkring en tredjedel af stigningen": a share of a change the text just gave
_OF_CHANGE = _rc(r"(?i)\s+af\s+(?:stigningen|faldet|væksten|fremgangen|tilbagegangen|nedgangen|forøgelsen|"
                 r"reduktionen|øgningen)\b")
_CHANGE_BEFORE = _rc(
    r"(?i)\b(?:(?:steg|steget|faldt|faldet|voksede|vokset|øget|øgedes|reduceret|sænket|hævet|gik\s+(?:op|ned))\s+med|"
    r"(?:stigning|fald|fremgang|tilbagegang|vækst|nedgang|forøgelse|reduktion|øgning)\w*\s+på)\s+$"
)
_OF_NAMED_BASE = _rc(r"(?i)\s+af\s+(?:de[nt]?\s+|alle\s+)?\p{L}")


def _ratio_of_stated(doc: Document, st: Structure) -> Iterator[Result]:
    """A share of two figures the text states apart, when the share's sentence points back at
    them and names no figure of its own:

    - "Anlæggene får tilsammen 98,6 MW. ... i hele Danmark 576,6 MW ... De nye parker svarer
      dermed til godt 17 procent af den nuværende kapacitet": the two figures of one kind in the
      sentence and the two before it;
    - "steg med 1,0 PJ ... Det samlede forbrug steg med 3,0 PJ, så omkring en tredjedel af
      stigningen kan tilskrives elbilerne": the two changes ("steg med") in the sentence and the
      one before.

    There must be exactly two such figures: the smaller is the part, the larger the base. A pair
    of levels ("fra 100 til 120") is a change, not a part and its base."""
    for p in doc.facts:
        if p.kind not in ("percent", "ratio") or p.base is not None or isinstance(p.value, list) \
                or p.sentence < 0 or p.unit == "pp" or p.role == "change" or not p.number:
            continue
        share = p.number if p.kind == "ratio" else p.number / 100
        if not 0 < share < 1:
            continue
        sent = doc.sentences[p.sentence]
        head = doc.text[sent.start : p.start]
        of_change = bool(_OF_CHANGE.match(doc.text, p.end))
        if not of_change:
            if not (_SHARE_POINTS_BACK.search(head) and _SHARE_BACK_OPENING.search(head)
                    and _OF_NAMED_BASE.match(doc.text, p.end)):
                continue
        if any(f.sentence == p.sentence and f.start >= p.end and f.kind in ("money", "count", "quantity", "percent")
               for f in doc.facts):
            continue  # the share's own sentence names a figure after it: not a share of figures before
        # the figures of the sentence and the two before it (one for a change); one sentence
        # farther must hold no other figure of their kind, or which two are meant is not clear
        reach = 1 if of_change else 2
        cands = []
        for f in doc.facts:
            if f.sentence < p.sentence - reach - 1 or f.sentence > p.sentence:
                continue
            if f.kind not in ("money", "count", "quantity") or isinstance(f.value, list) or not f.number:
                continue
            if f.sentence == p.sentence and f.start >= p.start:
                continue
            if abs(doc.sentences[f.sentence].block - sent.block) > 1 or \
                    doc.blocks[doc.sentences[f.sentence].block].kind in ("headline", "dateline"):
                continue
            if of_change and not _CHANGE_BEFORE.search(text_before(doc, f, 60)):
                continue
            cands.append(f)
        groups: dict[tuple[str, str], list[Fact]] = {}
        for f in cands:
            if f.sentence >= p.sentence - reach:
                groups.setdefault((f.kind, f.unit or ""), []).append(f)
        pairs = [k for k, g in groups.items() if len(g) >= 2]
        if len(pairs) != 1 or len(groups[pairs[0]]) != 2 or \
                sum(1 for f in cands if (f.kind, f.unit or "") == pairs[0]) != 2:
            continue
        a, b = groups[pairs[0]]
        if a.qualifier in _BOUND_QUALIFIERS or b.qualifier in _BOUND_QUALIFIERS:
            continue  # "over 2.000" is a bound, not a part to divide
        if a.sentence == b.sentence and _CONTRAST_BETWEEN.search(doc.text, min(a.end, b.end), max(a.start, b.start)):
            continue  # "360.000 har let astma, mens 40.000 har svær astma. Let astma udgør således
            # 90 % af alle": two groups side by side, the share is of both together
        if a.sentence == b.sentence and _COORDINATED_PARTS.fullmatch(
                doc.text, min(a.end, b.end), max(a.start, b.start)):
            continue  # "valgt 11 kvinder og 8 mænd. Kvinder udgjorde således 58 pct. af de valgte":
            # two parts of one whole, not a part and its whole
        if a.number == b.number or any({lp.before.id, lp.after.id} == {a.id, b.id} for lp in st.level_pairs):
            continue
        # the base is the one said to be the whole ("den samlede kapacitet"), else the larger
        whole = [f for f in (a, b) if _WHOLE_CUE.search(text_before(doc, f, 80))]
        if len(whole) == 1:
            base = whole[0]
            part = b if base is a else a
        else:
            part, base = (a, b) if a.number < b.number else (b, a)
        if not of_change and _other_named_base(doc, p, base):
            continue
        if 0.9 * base.number < part.number < 1.1 * base.number:
            continue  # "98.600 ... revideret til 98.500, hvilket ligeledes svarer til 3,4 pct. af
            # arbejdsstyrken": two values of one level; nobody states a share of nearly 100 % so
        if not of_change and any(
                f.kind in ("percent", "ratio") and f is not p and f.role != "change"
                and f.sentence in (a.sentence, b.sentence) and f.sentence != p.sentence
                and min(a.start, b.start) < f.start < max(a.end, b.end) for f in doc.facts):
            continue  # "2.400 fartøjer, heraf lidt over en fjerdedel, i alt 640 ... Fiskeriet udgør
            # dermed cirka 12 procent af fødevareeksporten": the pair has its own share already
        yield _share_result(p, part, base)


_COORDINATED_PARTS = _rc(r"[ \t]+[\p{L}-]+[ \t]*(?:,|og|samt)[ \t]+")
_NAMED_BASE_NP = _rc(r"(?i)\s+af\s+(?:de[nt]?\s+|alle\s+)?(?P<np>(?:[\p{L}-]+\s+){0,2}(?P<head>[\p{L}-]{5,}))\b")


def _other_named_base(doc: Document, p: Fact, base: Fact) -> bool:
    """The share names a whole that the base figure's sentence does not speak of: "steg med 1.900
    til 73.300 personer. Ledigheden udgjorde dermed 2,5 pct. af arbejdsstyrken" is a share of
    the labour force, not of 73.300."""
    m = _NAMED_BASE_NP.match(doc.text, p.end)
    if m is None or m.group("head").lower() in _GENERIC_NP:
        return False
    named = content_words(m.group("np"))
    return bool(named) and not loosely_shared(named, content_words(doc.sentence_text(base.sentence)))


_BRACKET_SHARE = _rc(r"(?i)(?:\s+af\s+\p{L}+)?\s*\(\s*")
_PAREN_END = _rc(r"\s*\)")
#: The words that say a figure again as a share: "eller", "svarende til", "hvilket svarer til".
_RESTATE_CUES = r"hvilket\s+(?:var|er|svarer\s+til)|svarende\s+til|eller|altså|dvs\.?"
_RESTATE_SHARE = _rc(rf"(?i)\b(?:{_RESTATE_CUES})\s+$")
_RESTATE_BETWEEN = _rc(rf"(?i)\b(?:{_RESTATE_CUES})\b")
#: A share said as a pair ("fire ud af fem", "3 af 10"), not as a fraction ("en tredjedel").
_OUT_OF = _rc(r"(?i)\baf\b")


def _restated_count_shares(doc: Document) -> list[tuple[Fact, Fact, float]]:
    """ "omkring 1.100 elbusser ..., hvilket var over en tredjedel af de cirka 3.200 busser": the
    count before the restating cue is the part, the count after "af de" the base."""
    out = []
    counts = [f for f in doc.facts if f.kind == "count" and not isinstance(f.value, list) and f.number]
    for sh in doc.facts:
        if sh.kind not in ("percent", "ratio") or sh.base is not None or isinstance(sh.value, list):
            continue
        base = next((c for c in counts if c.sentence == sh.sentence and c.start >= sh.end
                     and _re.fullmatch(r"(?i)\s+af\s+(?:de|det|den|alle)?\s*", doc.text[sh.end : c.start])), None)
        if base is None:
            continue
        before = [c for c in counts if c.sentence == sh.sentence and c.end <= sh.start]
        if not before or not _RESTATE_SHARE.search(doc.text[before[-1].end : sh.start][-60:]):
            continue
        out.append((before[-1], base, base.number))
    return out


def _all_of_shares(doc: Document) -> list[tuple[Fact, None, float]]:
    """ "i 2022 var der 451, hvilket svarer til 9% af alle hjemløse i 2022" after "I Danmark er der
    i alt 5.789 hjemløse": a share of "alle <noun>" whose whole the text gives once, with "i alt",
    in a sentence of the same year."""
    out = []
    counts = [f for f in doc.facts if f.kind == "count" and not isinstance(f.value, list) and f.number]
    totals = [c for c in counts if c.subject and _TOTAL_JUST_BEFORE.search(text_before(doc, c, 15))]
    for sh in doc.facts:
        if sh.kind != "percent" or sh.base is not None or isinstance(sh.value, list) or sh.unit == "pp":
            continue
        m = _OF_ALL_AFTER.match(doc.text, sh.end)
        if m is None:
            continue
        noun = m.group("noun").lower()
        wholes = [c for c in totals if c.sentence != sh.sentence and c.subject.lower().split()[-1][:6] == noun[:6]]
        if len({c.number for c in wholes}) != 1:
            continue  # none, or several wholes of that noun: which one is meant, nothing tells
        whole = wholes[0]
        before = [c for c in counts if c.sentence == sh.sentence and c.end <= sh.start]
        if not before or not _RESTATE_SHARE.search(doc.text[before[-1].end : sh.start][-60:]) \
                or before[-1].number >= whole.number:
            continue
        said = set(_YEAR.findall(doc.text[sh.end : doc.sentences[sh.sentence].end]))
        if said and not said <= set(_YEAR.findall(doc.sentence_text(whole.sentence))):
            continue  # "af alle hjemløse i 2022" is not held against the count of another year
        out.append((before[-1], None, whole.number))  # (said where the share is, not the whole)
    return out


#: "af alle hjemløse", "af samtlige elever": a share of all of something named after it.
_OF_ALL_AFTER = _rc(r"(?i)\s+af\s+(?:alle|samtlige)\s+(?P<noun>\p{L}{4,})\b")
#: "i alt 5.789", "samlet 1.240": a figure given as a whole.
_TOTAL_JUST_BEFORE = _rc(r"(?i)\b(?:i\s+alt|samlet|sammenlagt|tilsammen)\s+(?:(?:ca\.|cirka|godt|knap)\s+)?\Z")


#: A sentence that opens by pointing back at the whole before it: "Heraf var", "Deraf er".
_HERAF_OPENING = _rc(r"(?i)\W*(?:heraf|deraf)\s+(?:\p{L}+\s+){0,3}?(?:(?:godt|knap|ca\.|cirka|omkring)\s+)?")
#: Between a part and its share said right after it: "250 eller 39 pct.", "1.200 (25 pct.)",
#: "310 kvinder, svarende til 25 procent".
_SHARE_RIGHT_AFTER = _rc(
    rf"(?i)(?:[ \t]+\p{{L}}+){{0,2}}?(?:[ \t]*,)?[ \t]+(?:{_RESTATE_CUES})[ \t]+"
    r"(?:(?:godt|knap|ca\.|cirka|omkring|næsten)[ \t]+)?|[ \t]*\([ \t]*(?:ca\.[ \t]*)?")


def _heraf_shares(doc: Document) -> list[tuple[Fact, Fact, float]]:
    """ "I alt var der 640 lukninger. Heraf var 250 eller 39 pct. aktive foreninger": the part
    opens its sentence after "Heraf", its share follows it at once, and the whole is the one
    count of the sentence before (in the same paragraph)."""
    out = []
    counts = [f for f in doc.facts if f.kind == "count" and not isinstance(f.value, list) and f.number]
    for a in counts:
        si = a.sentence
        if si <= 0 or doc.sentences[si - 1].block != doc.sentences[si].block:
            continue
        if not _HERAF_OPENING.fullmatch(doc.text, doc.sentences[si].start, a.start):
            continue
        share = next((f for f in doc.facts if f.sentence == si and f.kind == "percent" and f.start >= a.end), None)
        if share is None or not _SHARE_RIGHT_AFTER.fullmatch(doc.text, a.end, share.start):
            continue
        prev = [f for f in counts if f.sentence == si - 1]
        if len(prev) == 1 and a.number < prev[0].number:
            out.append((a, prev[0], prev[0].number))
    return out


def _restated_shares_of_written_base(doc: Document) -> Iterator[Result]:
    """ "I alt 730 husstande har solceller, hvilket svarer til 12 procent af de 8.760 husstande":
    the count before the restating cue is the part of the base the percent names."""
    for p in doc.facts:
        if p.kind != "percent" or not p.base or p.unit == "pp" or p.role == "change" \
                or isinstance(p.value, list) or not p.extra.get("base_span") or not p.subject:
            continue
        before = [f for f in doc.facts if f.sentence == p.sentence and f.end <= p.start]
        if not before or before[-1].kind != "count" or isinstance(before[-1].value, list) \
                or not before[-1].number or not before[-1].subject:
            continue
        c = before[-1]
        if not _RESTATE_SHARE.search(doc.text[c.end : p.start][-60:]) or not loosely_shared(
                content_words(c.subject), content_words(p.subject)):
            continue
        yield _share_result(p, c, _base_fact(doc, p))


def counted_shares(doc: Document, options: dict[str, Any], st: Structure) -> Iterator[Result]:
    """ "Ti af de 30 på ventelisten, altså hver tredje": the count pair and the share agree."""
    pairs: list[tuple[Fact, Fact | None, float]] = [(a, b, b.number) for a, b in st.part_of_pairs]
    pairs += [(f, None, f.base) for f in doc.facts
              if f.kind == "count" and f.base and not isinstance(f.value, list)]
    pairs += _restated_count_shares(doc)
    pairs += _all_of_shares(doc)
    pairs += [pair for pair in _heraf_shares(doc)
              if not any(pair[0] is a and pair[1] is b for a, b, _ in pairs)]
    for a, bfact, base in pairs:
        shares = [f for f in doc.facts if f.sentence == a.sentence and f.kind in ("percent", "ratio")
                  and f.role != "change" and f.unit != "pp" and not isinstance(f.value, list)
                  and f.base is None]
        if len(shares) != 1 or not base:
            continue
        sh = shares[0]
        if sh.start > a.end and SUBSET_BETWEEN.search(doc.text, a.end, sh.start):
            continue  # "næsten 1.200 ... - heraf vedrørte omkring 80 pct. to kommuner": a share of the part
        if _THRESHOLD_AFTER.match(doc.text, sh.end) or (
                sh.start > a.end and _THE_SHARE_OF.search(doc.text, a.end, sh.start)):
            continue  # "I 61 af landets 98 kommuner er andelen af cyklister 40 pct. eller derover":
            # a share within each of them, no share of the 98
        ends = [a] + ([bfact] if bfact is not None else [])
        lo, hi = (max(f.end for f in ends), sh.start) if sh.start >= a.end else (sh.end, a.start)
        if any(f.kind in ("count", "money") and f not in ends and lo <= f.start and f.end <= hi
               for f in doc.facts if f.sentence == sh.sentence):
            continue  # "i 41 af 52 skoler, hvor ændringen i 17 skoler var på mere end 3 pct.": the
            # share is of the nearer figure
        named = _NAMED_BASE_NP.match(doc.text, sh.end)
        if named and not any(sh.end <= f.start <= named.end() + 12 for f in doc.facts) \
                and a.subject and not loosely_shared(content_words(named.group("np")),
                                                      content_words(a.subject)):
            continue  # "27 af de 32 borgmestre, som repræsenterer knap fire femtedele af landets
            # indbyggere": the share names a base of its own
        den = sh.extra.get("denominator") if _OUT_OF.search(sh.text) else None
        if den and den != base and sh.kind == "ratio":
            noun = _NOUN_AFTER.match(doc.text, sh.end)
            whole = (bfact.subject if bfact is not None else None) or a.subject
            if noun and whole and noun.group(1).lower()[:5] != whole.lower().split()[-1][:5]:
                continue  # "fire ud af syv partier, svarende til 16 ud af de 21 medlemmer": a
                # share of parties restated as seats, two wholes of two things
        if den and den != base and not _RESTATE_BETWEEN.search(doc.text, min(sh.end, a.end), max(sh.start, a.start)):
            continue  # "fire ud af fem kommuner ligger i top 30 af de 98": a share said with its
            # own whole is of that whole
        if _CONTRAST_BETWEEN.search(doc.text, min(sh.end, a.end), max(sh.start, a.start)):
            # "lidt over halvdelen har hævet prisen, mens kun 61 ud af 300 har sænket den": the
            # share is of the other group of a contrast
            continue
        if sh.start > a.end and _NATIONAL.search(doc.text, sh.start, min(doc.sentences[sh.sentence].end, sh.end + 60)):
            continue  # "Her får 11 ud af 1.000 sovemedicin, hvor knap 9 ud af 1.000 får det på
            # landsplan": the country's rate beside a region's
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
        elif sh.qualifier not in _BOUND_QUALIFIERS or sh.start > a.end and (
                _RESTATE_BETWEEN.search(doc.text, a.end, sh.start) or "(" in doc.text[a.end : sh.start]):
            # (a bound that does not hold is no finding unless it restates the pair: "13 kommuner
            # kommer over 40 pct. - og fire af dem ..." and "otte af de 30 lande lå over to
            # procent" are thresholds of each, not the share of the four or the eight)
            yield Result("finding", facts, params, stated, round(x, 4), f"{shown}, ikke {sh.text}",
                         message_key="message_count", suggestion=fmt_percent(x * 100))


_OF_THE_BEFORE = _rc(r"(?i)\baf\s+(?:de|dem|disse)\s+\Z")
#: A bound, not a value: "40 pct. eller derover", "30 procent og mere".
_THRESHOLD_AFTER = _rc(r"(?i)\s+(?:eller|og)\s+(?:derover|derunder|mere|mindre|over|under|højere|lavere)\b")
#: Another share named before the figure: "er andelen af cyklister 40 pct.".
_THE_SHARE_OF = _rc(r"(?i)\bandelen\s+af\s+\p{L}")
_CONTRAST_BETWEEN = _rc(r"(?i)\b(?:mens|men|hvorimod|imens|derimod|omvendt)\b")
_DISTRIBUTION = _rc(
    r"(?i)\b(?:af\s+(?:de|dem|disse|alle)|fordelt|fordeler|heraf|hvoraf|enten|resten|de\s+øvrige)\b"
)
#: (not "i resten af regionen": a place, not the rest of the whole)
_ALL = _rc(r"(?i)\b(?:(?<!\bi\s)resten|de\s+øvrige|øvrige|de\s+sidste|den\s+resterende|enten)\b")


#: Words between two percentages that compare one share at two times or places.
_THEN_AND_NOW = _rc(
    r"(?i)\b(?:i?mod|over\s+for|sammenlignet\s+med|i\s+forhold\s+til|end|året\s+før|steg|faldt|"
    r"fremfor|frem\s+for|i\s+stedet\s+for|"
    r"tidligere|sidste\s+år|i\s+fjor)\b|\b(?:19|20)\d\d\b"
)


#: The group a share is of, right after it: "af de 30-49-årige", "af kvinderne".
#: (with what the group is about: "af sagerne om promillekørsel", "af sagerne om øvrige overtrædelser")
_OF_WHICH_GROUP = _rc(r"(?i)\s+af\s+(?P<g>(?:(?:de|dem|alle)\s+)?[\w-]+"
                      r"(?:\s+(?:om|med|vedrørende|angående)\s+(?:(?:øvrige|andre|anden|andet)\s+)?[\w-]+)?)")
#: Right between a figure and the one in brackets after it: "48,2 % (53,9 %)".
_LAST_IN_BRACKETS = _rc(r"[ \t]*\([ \t]*")
#: The same share said again of another group: "..., mens andelen var 78,5 pct. i Østbyen".
_SAME_SHARE_AGAIN = _rc(
    r"(?i)\b(?:andelen|den\s+tilsvarende\s+andel|tallet|niveauet)\s+(?:var|er|lå|ligger|blev|udgjorde)\b")
#: Shares of different groups, each of its own whole: "den højeste andel ... blandt de ældste".
#: The country as a whole, whose rate a place's is set beside.
_NATIONAL_WORDS = (r"\blandsgennemsnit|\bpå\s+landsplan\b|\bi\s+hele\s+landet\b|\blandet\s+som\s+helhed\b"
                   r"|\bresten\s+af\s+landet\b")
_NATIONAL = _rc(r"(?i)" + _NATIONAL_WORDS)
_GROUP_RATES = _rc(
    # ("den næstlaveste andel", "efterfulgt af Herning Kommune, hvor det var 66,1 pct.": a ranking)
    r"(?i)\b(?:næst|tredje)?(?:højeste|laveste|største|mindste)\s+andel|\bblandt\s+(?:de|alle|dem)\b"
    r"|\befterfulgt\s+af\b"
    # a place's rate beside the country's ("ligger over landsgennemsnittet, hvor 43 pct. ...")
    r"|" + _NATIONAL_WORDS + r"|\b(?:over|under)\s+gennemsnittet\b"
    # rates of change per unit ("stigningen er størst i ...: Midttrafik (46 procent), ...")
    r"|" + CHANGE_NOUNS + r"|\bsteg\b|\bfaldt\b"
    # a question with several answers: "Der kunne vælges fire", "flere svar"
    r"|\bkunne\s+(?:vælge|vælges|angive|angives|nævne|svare)\b|\bflere\s+svar\w*"
    # a rate of each place or group: "stemmeprocenten", "ledighedsraten"
    r"|\b\p{L}+procent(?:en)?\b|\b\p{L}+rate[n]?\b"
    # one figure for each of several things: "i de to kommuner stemte hhv. 68,4 og 68,9 pct."
    r"|\bhenholdsvis\b|\bhhv\."
    # shares within thresholds, each including the one before: "inden for 10 minutter i 77 %"
    r"|\binden\s+for\s+\d"
    # the turnout of each election: "70,8 procent af de stemmeberettigede ... til kommunalvalget,
    # mens 70,7 procent ... til regionsrådsvalget"
    r"|\bstemmeberettigede\b|\bvalgdeltagelse\w*"
)
#: A share of those who have, use or own something: one property each, not one split.
_HAS_VERB = _rc(r"(?i)\b(?:har|havde|bruger|brugte|ejer|ejede|kender|kendte|læser|ser|får|fik)\b")
_PAREN_BEFORE = _rc(r"\(\s*$")
_BUT_BETWEEN = _rc(r"(?i)\bmen\b")
#: A share's base named with its place: "af patienterne i Region Vest", "af eleverne på Fyn".
_BASE_IN_PLACE = _rc(r"\s+af\s+(?:de\s+|alle\s+)?\p{L}+\s+(?:i|på)\s+"
                     r"(?P<place>(?:Region\s+)?\p{Lu}[\p{L}-]*(?:\s+Kommune)?)")
#: "... inden for 3 minutter", "indenfor to døgn": a share within a time limit.
_WITHIN_TIME_AFTER = _rc(r"(?i)[^.;:!?]{0,50}?\binden\s*for\s+(?:de\s+første\s+)?[\p{L}\d,]+\s+"
                         r"(?:sekund|minut|time|døgn|dag|uge|måned|år)\w*")
_IN_PLACE = _rc(r"\b(?:i|på)\s+(?:Region\s+|Kommune\s+)?\p{Lu}\p{Ll}")
_MULTI_ANSWER = _rc(r"(?i)\bkunne\s+(?:vælge|vælges|angive|angives|nævne|svare)\b|\bflere\s+svar\w*")


#: A second "that"-clause: "Optællingen viser, at 88 procent ..., og at 47 procent ...".
_AND_THAT = _rc(r"(?i),?\s+og\s+at\s")
#: What a share of people did, in its own clause: "84 procent har skiftet ...", "har 84 procent
#: skiftet ..." (the word after the auxiliary, or after the share when the auxiliary is before it).
_AUX = r"(?:har|havde|vil|ville|kan|kunne|skal|skulle)"
_DID_AFTER = _rc(r"[ \t]+" + _AUX + r"[ \t]+(?:også[ \t]+|ikke[ \t]+)?(?P<w>\p{L}+)")
_AUX_BEFORE = _rc(r"(?r)(?i)(?<![\p{L}])" + _AUX + r"[ \t]+(?:ca\.[ \t]+|godt[ \t]+|knap[ \t]+)?\Z")
_WORD_AFTER = _rc(r"[ \t]+(?:af[ \t]+\p{L}+[ \t]+)?(?P<w>\p{L}+)")


def _what_each_did(doc: Document, ps: list[Fact]) -> bool:
    """Whether each share is of those who did a thing of their own, not all the same ("Heraf har
    91 procent slukket lyset, 86 procent har slukket apparaterne, og 62 procent har sænket
    varmen"): answers to several questions, which may overlap, not one split of a whole ("har
    valgt bus, ... har valgt tog" is one question's answers, and still checked)."""
    done = []
    for p in ps:
        m = _DID_AFTER.match(doc.text, p.end)
        if m is None and _AUX_BEFORE.search(doc.text, max(0, p.start - 20), p.start):
            m = _WORD_AFTER.match(doc.text, p.end)
        if m is None:
            return False
        done.append(m.group("w").lower())
    return len(set(done)) >= 2


#: A share narrowed to a subgroup right after it: "67 procent med andre sygdomme", "af de nye
#: fleksjobbere med angst".
_SUBGROUP_AFTER = _rc(r"(?i)[ \t]+(?:af[ \t]+(?:de|alle)[ \t]+(?:[\p{L}-]+[ \t]+){1,3}?)?(?:med|uden|blandt)[ \t]+\p{L}+")
#: Owning a part of something: each stake is a share of its own company.
_OWNS = _rc(r"(?i)\b(?:ejer|ejede|ejet|ejes|ejerandel\w*|aktiepost\w*|kapitalandel\w*|aktiemajoritet\w*)\b")


def shares_total(doc: Document, options: dict[str, Any], st: Structure) -> Iterator[Result]:
    by_sentence: dict[int, list[Fact]] = {}
    for p in doc.facts:
        if p.kind != "percent" or p.unit == "pp" or isinstance(p.value, list) or not p.number:
            continue  # (a share of 0 adds nothing: "Øvrige: 0,3 procent / 0 mandater (0,0 procent)")
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
        groups = {(m.group().lower() if (m := _SUBGROUP_AFTER.match(doc.text, p.end)) else None) for p in ps}
        if len(groups) > 1:
            continue  # "75 procent af de nye fleksjobbere med angst ... og 67 procent med andre
            # sygdomme": rates within subgroups, each of its own base ("64 procent af alle
            # hjertestop uden for hospital" and "36 procent af alle hjertestop uden for hospital"
            # name one)
        if _OWNS.search(doc.sentence_text(sent)):
            continue  # "rederiet, som fonden ejer 62 pct. af, ... Nordlys A/S (45 pct.) og Kornmo
            # A/S (51 pct.)": stakes in different companies, each a share of its own
        if not ps[0].subject and ps[0].base is None and any(p.subject for p in ps[1:]):
            continue  # "godt 75 pct. sendt videre, hvor størstedelen er til revisorer (65 pct. af
            # henvisningerne)": a later share that names its own base is a share of something else
        if any(_THEN_AND_NOW.search(doc.text, x.end, y.start) or _LAST_IN_BRACKETS.fullmatch(doc.text, x.end, y.start)
               for x, y in zip(ps, ps[1:])):
            continue  # "62 pct. i 2008 mod 61 pct. i 2007": one share at two times; "Marginen blev
            # 48,2 % (53,9 %)": this year's with last year's in brackets, as reports write it
        mens = MENS_CLAUSE.search(doc.text, ps[0].end, ps[1].start) if len(ps) == 2 else None
        if mens and _HAS_VERB.search(doc.text, doc.sentences[sent].start, mens.start()) and \
                _HAS_VERB.search(doc.text, mens.end(), doc.sentences[sent].end):
            continue  # "30 pct. har en fastnettelefon, mens 96 pct. har en mobil": two properties
        if mens and _IN_PLACE.search(doc.text, mens.end(), ps[1].start):
            continue  # "56 pct. i Region Sjælland, mens de i Region Syddanmark stod for 64 pct.":
            # one group's share in two places
        if any(_SAME_SHARE_AGAIN.search(doc.text, x.end, y.start) for x, y in zip(ps, ps[1:])):
            continue  # "91,2 pct. af lejlighederne i Vestbyen, mens andelen var 78,5 pct. i Østbyen"
        if any((p.number or 0) >= 100 for p in ps):
            continue  # "103,6 %" is no share of a whole: a ratio or an index; "I 27,5 % af
            # husene er den på 100 %": a full level beside a share, no part of a split
        bracketed = [p for p in ps if _PAREN_BEFORE.search(text_before(doc, p, 12))]
        if len(ps) >= 3 and len(bracketed) == len(ps) - 1 and any(
                p not in bracketed and abs(p.number - sum(q.number for q in bracketed)) <= 0.5 * len(ps)
                for p in ps):
            continue  # "har 57 procent følelsen enten hver dag (23 procent), ... (19 procent) eller ...
            # (15 procent)": a subtotal said with its parts
        places = {" ".join(m.group("place").split()) for p in ps
                  if (m := _BASE_IN_PLACE.match(doc.text, p.end))}
        if len(places) >= 2:
            continue  # "88 procent af patienterne i Region Vest ..., mens det gjaldt 57 procent af
            # patienterne i Region Øst": each share of its own place's whole
        groups = [g.group("g").lower() for p in ps if (g := _OF_WHICH_GROUP.match(doc.text, p.end))]
        if len(groups) >= 2 and len(set(groups)) > 1:
            continue  # "54,2 % af de 30-49-årige ... 56,8 % af de 50-64-årige": shares of two groups
        if _OF_THE_BEFORE.search(text_before(doc, ps[0], 12)):
            ps = ps[1:]  # "af de 58 pct. af befolkningen, der ..., havde 31 pct. ... og 44 pct. ...":
            # the first is the group the others are shares of
            if len(ps) < 2:
                continue
        if any(p.qualifier in ("mindst", "over", "under", "højst") for p in ps):
            continue  # "Asien 35 procent, mens mindst 25 procent af Sverige": a bound of another
            # whole's share, no part of a split
        if any(_TOTAL_SHARE_BEFORE.search(text_before(doc, p, 60)) for p in ps[1:]):
            continue  # "20 pct. ..., hvilket giver en samlet søgefrekvens på knap 96 pct.": a
            # total share that holds the ones before it
        if sum(1 for p in ps if _WITHIN_TIME_AFTER.match(doc.text, p.end)) >= 2:
            continue  # "51 procent besvaret inden for 3 minutter, 82 procent inden for 10": shares
            # by a time limit hold each other (cumulative), no split of one whole
        if _GROUP_RATES.search(doc.sentence_text(sent)):
            continue  # "den højeste andel findes blandt de ældste (62 pct.)": rates of groups
        if all(_PAREN_BEFORE.search(text_before(doc, p, 12)) for p in ps) and \
                sum(p.number for p in ps) > 100:
            continue  # "Aarhus-Aalborg (70 procent) og Odense-Fredericia (66 procent)": one rate each
        if any(_MULTI_ANSWER.search(doc.sentence_text(i)) for i in range(max(0, sent - 2), sent)
               if doc.sentences[i].block >= doc.sentences[sent].block - 1):
            continue  # "Der kunne vælges fire. ... For EU som helhed valgte flest usikkerhed (45 procent), ..."
        text = doc.sentence_text(sent)
        iv = Interval(0, 0)
        for p in ps:
            iv = iv + interval(p)
        s = sum(p.number for p in ps)
        # "..., mens de øvrige 22 pct. ...": the word for the rest stands before the last share
        # (after it, "mens resten af erstatningerne går til ...", the rest has no figure)
        covers_all = bool(_ALL.search(text)) and bool(
            _ALL.search(doc.text, doc.sentences[sent].start, ps[-1].start))
        terms = " + ".join(fmt_number(p.number) for p in ps)
        params = {"shares": terms, "sum": fmt_percent(s)}
        if iv.lo > 100:
            if any(_BUT_BETWEEN.search(doc.text, x.end, y.start) or _AND_THAT.search(doc.text, x.end, y.start)
                   for x, y in zip(ps, ps[1:])):
                continue  # "72 procent ønsker efteruddannelse, men 38 procent mener ikke, at de
                # kommer på kurser", "viser, at 88 procent ..., og at 47 procent ...": answers to
                # two questions, or two findings of one count, not one split
            if _what_each_did(doc, ps):
                continue  # "har 84 procent skiftet ..., 71 procent har sænket ...": several things done
            yield Result("finding", ps, params, 100, s, f"{terms} = {fmt_percent(s)} > 100 %")
        elif iv.contains(100):
            yield Result("verified", ps, params, 100, s, f"{terms} = {fmt_percent(s)} ✓")
        elif covers_all and not any(
                f.kind == "percent" and f.unit != "pp" and f.sentence < sent and f.role != "change"
                and doc.sentences[f.sentence].block == doc.sentences[sent].block for f in doc.facts):
            # (with shares in the sentences before, "de sidste 6 pct." may close a longer list)
            yield Result("finding", ps, params, 100, s, f"{terms} = {fmt_percent(s)} ≠ 100 %",
                         message_key="message_not_all", severity="warning")
