"""Check kinds that do arithmetic on figures: sums, flows, changes, shares."""

from __future__ import annotations

from typing import Any, Iterator

import regex

from kikfacts.patterns import compile as _rc

from ..model import Document, Fact
from .base import (
    Interval,
    Result,
    content_stems,
    fmt_fact_value,
    fmt_number,
    fmt_percent,
    interval,
    same_unit,
    sentence_of,
    text_after,
    text_before,
)
from .structure import LevelPair, Structure


def sum_of_parts(doc: Document, options: dict[str, Any], st: Structure) -> Iterator[Result]:
    yield from _differences(doc, st)
    for rel in st.parts_relations + st.table_relations:
        total, parts = rel.total, rel.parts
        s = sum(p.number for p in parts)
        if rel.source in ("before", "following", "back", "named") and 0 < s < 0.1 * total.number:
            continue  # "... mens resten, 2,9 mia. kr. Samlet udgør rammen 323,6 mia. kr.": not its parts
        iv = Interval(0, 0)
        for p in parts:
            iv = iv + interval(p)
        tv = interval(total)
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
            if abs(s - total.number) > 1e-9:
                arithmetic = f"{arithmetic} ≈ {fmt_fact_value(total)} (inden for afrundingen)"
            yield Result("verified", [total, *parts], params, total.number, s,
                         f"{arithmetic} ✓")
        elif s > tv.hi or rel.exhaustive:
            missing = total.number - s
            yield Result(
                "finding", [total, *parts], params, total.number, s,
                f"{arithmetic} ≠ {fmt_fact_value(total)}",
                suggestion=(f"{fmt_fact_value(parts[-1], parts[-1].number + missing)}"
                            if parts[-1].number + missing > 0 else None),
            )


_COMPARED = _rc(
    r"(?i)\s*(?:\p{L}+\s+)?(?:flere|færre|mere|mindre|højere|lavere|større|dyrere|billigere|"
    r"kortere|længere)\s*,?\s+end\b"
)
#: "73.000 kroner mere i friværdi", "12,8 millioner kroner over det afsatte beløb": a difference
#: without "end", trusted only in a sentence that points back at the pair ("dermed", "det er").
_MORE = _rc(r"(?i)\s*(?:\p{L}+\s+)?(?:flere|færre|mere|mindre|dyrere|billigere|kortere|længere)\b")
_DIFF_BEFORE = _rc(
    r"(?i)(?:\bmed|\b(?:fald|stigning|fremgang|tilbagegang|forøgelse|reduktion|nedgang|øgning|"
    r"vækst)\w*\s+på)\s+$"
)
_BACKREF = _rc(r"(?i)^\W*(?:det|dette|hvilket|faldet|stigningen|forskellen)\s+(?:er|var|svarer|giver|betyder|udgør)\b"
               r"|\b(?:dermed|altså|således)\b")


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


def _difference_result(d: Fact, a: Fact, b: Fact) -> Result:
    """``d`` states the difference between the levels ``a`` (before) and ``b`` (after)."""
    diff = abs(b.number - a.number)
    civ = interval(b) - interval(a)
    civ = Interval(min(abs(civ.lo), abs(civ.hi)) if civ.lo * civ.hi > 0 else 0, max(abs(civ.lo), abs(civ.hi)))
    hi, lo = (b, a) if b.number >= a.number else (a, b)
    shown = f"{fmt_fact_value(hi)} − {fmt_fact_value(lo)} = {fmt_fact_value(d, diff)}"
    params = {"parts": f"{fmt_fact_value(a)} + {fmt_fact_value(d)}", "sum": fmt_fact_value(a, a.number + d.number),
              "total": fmt_fact_value(b), "difference": fmt_fact_value(d, abs(diff - d.number))}
    if civ.meets(interval(d)):
        return Result("verified", [d, a, b], params, d.number, diff, f"{shown} ✓")
    return Result("finding", [d, a, b], params, d.number, diff, f"{shown} ≠ {d.text}",
                  suggestion=fmt_fact_value(d, diff))


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
        cue = bool(_DIFF_BEFORE.search(before_x) or _COMPARED.match(doc.text, x.end))
        if not cue and x.sentence == nxt and x.sentence not in (a.sentence, b.sentence):
            cue = bool(_MORE.match(doc.text, x.end))
        if not cue:
            continue
        if any(x in (o.before, o.after) for o in st.level_pairs):
            continue  # a level of another pair, not this pair's difference
        seen.add(x.id)
        yield _difference_result(x, a, b)
        break


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
    return [w.lower()[:5] for w in regex.findall(r"[\p{L}-]{5,}", np) if w.lower() not in _GENERIC_NP]


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
    stems = _np_stems(m.group("np") or m.group("np2") or m.group("np3") or "")
    if not stems:
        return None
    when = (m.groupdict().get("when") or "").strip()
    year = when[-4:] if when else None
    named: list[Fact] = []
    for w in regex.finditer(r"(?i)\p{L}*(?:" + "|".join(map(regex.escape, stems)) + r")\p{L}*", doc.text):
        if doc.sentences[d.sentence].start <= w.start() < doc.sentences[d.sentence].end:
            continue  # the difference's own words
        near = [f for f in pool if doc.sentences[f.sentence].start <= w.start() < doc.sentences[f.sentence].end]
        if near:
            f = min(near, key=lambda f: min(abs(f.start - w.end()), abs(w.start() - f.end)))
            if f not in named:
                named.append(f)
    if year:  # "færre end ved den endelige optagelse i 2020": a figure of that year
        named = [f for f in named if year in sentence_of(doc, f)]
    if len(named) != 1:
        return None
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
    return ref, other[0]


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
        yield _difference_result(d, *levels)


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
    r"\bfald\w*\s+på|\bforøgelse\s+på|\breduktion\w*\s+på|\bøgning\s+på|\bvækst\s+på|"
    r"\bnedgang\s+på|\bfremgang\s+på|\btilbagegang\s+på)\W*(?:\p{L}+\s+){0,2}$"
)


_POINTS_BACK = _rc(
    r"(?i)^\W*(?:det|dette|hvilket|det\s+svarer|faldet|stigningen|fremgangen|tilbagegangen|"
    r"ændringen|væksten|nedgangen|forøgelsen|reduktionen)\s+(?:er|var|svarer|giver|betyder|udgør)\b"
)


def _pairs_for(doc: Document, p: Fact, st: Structure):
    """Level pairs that a change percent speaks about: same sentence first, then by metric."""
    same = [lp for lp in st.level_pairs if p.sentence in (lp.before.sentence, lp.after.sentence)]
    if same:
        # the pair nearest before the percent, else the nearest after it
        before = [lp for lp in same if lp.after.end <= p.start]
        return [before[-1]] if before else [same[0]]
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
    # a list item "Fald i perioden: ..., eller 20,9 procent" after the dated items it compares
    block = doc.blocks[p.block] if p.block >= 0 else None
    if block is not None and block.kind == "bullet":
        prev = [lp for lp in st.level_pairs if lp.after.block in (p.block - 1, p.block - 2)
                and doc.blocks[lp.after.block].kind == "bullet"]
        if len(prev) == 1:
            return prev
    # "6,5 pct., altså 3,7 procentpoint mindre end i hovedstaden": a gap to a named share
    if p.unit == "pp":
        pool = [f for f in doc.facts if f.kind == "percent" and f.unit != "pp" and f.role != "change"
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
            abs(doc.sentences[p.sentence + 1].block - doc.sentences[p.sentence].block) <= 1:
        clause = regex.split(r"[,;]\s", doc.text[doc.sentences[p.sentence].start : p.end])[-1] + \
            regex.split(r"[,;]\s", text_after(doc, p, 60))[0]
        if ({w[:5] for w in content_stems(clause)} & {w[:5] for w in content_stems(sentence_of(doc, nxt[0].after))}) \
                - _TIME_STEMS:
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


_TIME_STEMS = {"janua", "febru", "marts", "april", "augus", "septe", "oktob", "novem", "decem", "kvart",
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
    before = regex.split(r"[,;]\s|[.!?]\s", text_before(doc, p, 30))[-1]
    ups = [m.end() for m in _UP_WORDS.finditer(before)]
    downs = [m.end() for m in _DOWN_WORDS.finditer(before)]
    if not ups and not downs:
        return None
    return "up" if max(ups, default=-1) > max(downs, default=-1) else "down"


def _is_change(doc: Document, p: Fact, st: Structure) -> bool:
    if p.role == "change":
        return True
    sent = sentence_of(doc, p)
    head = doc.text[doc.sentences[p.sentence].start : p.start]
    # "Det er et fald på 23.212 personer, svarende til 36,2 procent": a restated change in a
    # sentence that points back at a pair; "Fald i perioden: 32.700, eller 20,9 procent"
    if _RESTATE.search(head) and (_POINTS_BACK.match(sent) or _CHANGE_LABEL.match(sent)):
        return True
    if _NAMED_CHANGE_OF.match(head) and regex.search(r"(?i)\bpå\s+$", head):
        return True  # "Stigningen på 13,5 procent skyldes ..."
    # "fra 41 procent til 47 procent, altså 6 procentpoint": a restated change after a pair
    return any(x.sentence == p.sentence and x.end <= p.start
               for lp in st.level_pairs for x in (lp.before, lp.after)) \
        and bool(_RESTATE.search(doc.text[doc.sentences[p.sentence].start : p.start]))


def percent_change(doc: Document, options: dict[str, Any], st: Structure) -> Iterator[Result]:
    in_pairs = {f.id for lp in st.level_pairs for f in (lp.before, lp.after)}
    for p in doc.facts:
        if p.kind != "percent" or isinstance(p.value, list) or p.id in in_pairs:
            continue
        if not _is_change(doc, p, st):
            continue
        if p.id in in_pairs:
            continue  # "faldt fra 5,1 procent til 4,5 procent": levels, not the change
        for lp in _pairs_for(doc, p, st):
            a, b = lp.before, lp.after
            if a.number == 0:
                continue
            if a.kind == "percent" and p.unit == "pp":
                computed = b.number - a.number
                civ = interval(b) - interval(a)
                shown = f"{fmt_number(b.number)} − {fmt_number(a.number)} = {fmt_number(computed, 1)} procentpoint"
            elif p.unit == "pp":
                continue
            else:
                computed = (b.number - a.number) / a.number * 100
                ia, ib = interval(a), interval(b)
                lo = (ib.lo - ia.hi) / ia.hi * 100 if ia.hi else computed
                hi = (ib.hi - ia.lo) / ia.lo * 100 if ia.lo else computed
                civ = Interval(min(lo, hi), max(lo, hi))
                shown = (f"({fmt_fact_value(b)} − {fmt_fact_value(a)}) / {fmt_fact_value(a)} = "
                         f"{fmt_percent(computed)}")
            stated = p.number
            direction = _local_direction(doc, p) or p.extra.get("direction")
            if direction == "down" or (direction is None and computed < 0):
                stated = -abs(stated)
            siv = interval(p)
            if stated < 0:
                siv = Interval(-siv.hi, -siv.lo)
            # the stated figure may be rounded to whole percent even from exact levels
            params = {"stated": p.text, "computed": fmt_percent(abs(computed)) if p.unit != "pp"
                      else f"{fmt_number(abs(computed), 1)} procentpoint",
                      "before": fmt_fact_value(a), "after": fmt_fact_value(b)}
            if siv.meets(civ):
                yield Result("verified", [p, a, b], params, stated, round(computed, 2), f"{shown} ✓")
            else:
                sev = None if abs(siv.distance(civ)) > 1.0 and not lp.loose else "warning"
                yield Result("finding", [p, a, b], params, stated, round(computed, 2),
                             f"{shown}, ikke {p.text}", severity=sev,
                             suggestion=params["computed"])


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
        if countable and p.subject and regex.match(r"(?i)kr|mio|mia|procent", p.subject):
            continue
        x = p.number * n / 100
        siv = interval(p)
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
    params = {"percent": p.text, "base": fmt_fact_value(base), "computed": fmt_percent(x),
              "whole": fmt_fact_value(part)}
    m = regex.search(r",(\d+)", p.text)
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
    q = regex.search(r"(?i)\b(knap|godt|ca\.|cirka|omkring|næsten|over|under)\s+$", doc.text[max(0, a - 12):a])
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
    for p in doc.facts:
        if not plain(p) or p.base is not None:
            continue
        sent = doc.sentences[p.sentence]
        after = [f for f in doc.facts if f.sentence == p.sentence and f.start > p.end
                 and f.kind in ("money", "count", "quantity") and not isinstance(f.value, list)]
        after = [f for f in after if _RESTATED_AMOUNT.search(doc.text[p.end : f.start])]
        if not after:
            continue
        x = after[0]
        if not regex.match(r"(?i)\s+af\s+\p{L}", doc.text[p.end : p.end + 30]):
            continue  # "10 procent af anskaffelsessummen": the percent names its base
        same = [f for f in doc.facts if f.sentence == p.sentence and f.start < p.start
                and same_unit(f, x) and not isinstance(f.value, list)]
        if not same and p.sentence > 0 and doc.sentences[p.sentence - 1].block == sent.block:
            same = [f for f in doc.facts if f.sentence == p.sentence - 1 and same_unit(f, x)
                    and not isinstance(f.value, list)]
            if x.kind == "count":  # "85 pct. af de knap 127.000 forløb": the base of a share
                same += [_base_fact(doc, f) for f in doc.facts if f.sentence == p.sentence - 1
                         and f.kind == "percent" and f.base and f.extra.get("base_span")]
        if len(same) != 1 or not same[0].number:
            continue
        res = _share_result(p, x, same[0])
        if same[0].number <= x.number:
            res.severity = "warning"  # the amount is larger than its base: maybe another base
        yield res


_OF_BASE = _rc(r"(?i)^\s*af\s+(?:de|det|den|alle|borgerne|\p{L}+erne)\b")
_RESTATE_SHARE = _rc(r"(?i)\b(?:hvilket\s+(?:var|er|svarer\s+til)|svarende\s+til|eller|altså|dvs\.?)\s+$")


def _restated_count_shares(doc: Document) -> list[tuple[Fact, Fact, float]]:
    """ "omkring 1.100 elbusser ..., hvilket var over en tredjedel af de cirka 3.200 busser": the
    count before the restating cue is the part, the count after "af de" the base."""
    out = []
    counts = [f for f in doc.facts if f.kind == "count" and not isinstance(f.value, list) and f.number]
    for sh in doc.facts:
        if sh.kind not in ("percent", "ratio") or sh.base is not None or isinstance(sh.value, list):
            continue
        base = next((c for c in counts if c.sentence == sh.sentence and c.start >= sh.end
                     and regex.fullmatch(r"(?i)\s+af\s+(?:de|det|den|alle)?\s*", doc.text[sh.end : c.start])), None)
        if base is None:
            continue
        before = [c for c in counts if c.sentence == sh.sentence and c.end <= sh.start]
        if not before or not _RESTATE_SHARE.search(doc.text[before[-1].end : sh.start][-60:]):
            continue
        out.append((before[-1], base, base.number))
    return out


def counted_shares(doc: Document, options: dict[str, Any], st: Structure) -> Iterator[Result]:
    """ "Ti af de 30 på ventelisten, altså hver tredje": the count pair and the share agree."""
    pairs: list[tuple[Fact, Fact | None, float]] = [(a, b, b.number) for a, b in st.part_of_pairs]
    pairs += [(f, None, f.base) for f in doc.facts
              if f.kind == "count" and f.base and not isinstance(f.value, list)]
    pairs += _restated_count_shares(doc)
    for a, bfact, base in pairs:
        shares = [f for f in doc.facts if f.sentence == a.sentence and f.kind in ("percent", "ratio")
                  and f.role != "change" and f.unit != "pp" and not isinstance(f.value, list)
                  and f.base is None]
        if len(shares) != 1 or not base:
            continue
        sh = shares[0]
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
        else:
            yield Result("finding", facts, params, stated, round(x, 4), f"{shown}, ikke {sh.text}",
                         message_key="message_count", suggestion=fmt_percent(x * 100))


_DISTRIBUTION = _rc(
    r"(?i)\b(?:af\s+(?:de|dem|disse|alle)|fordelt|fordeler|heraf|hvoraf|enten|resten|de\s+øvrige)\b"
)
_ALL = _rc(r"(?i)\b(?:resten|de\s+øvrige|øvrige|de\s+sidste|den\s+resterende|enten)\b")


def shares_total(doc: Document, options: dict[str, Any], st: Structure) -> Iterator[Result]:
    by_sentence: dict[int, list[Fact]] = {}
    for p in doc.facts:
        if p.kind != "percent" or p.unit == "pp" or isinstance(p.value, list):
            continue
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
        text = doc.sentence_text(sent)
        iv = Interval(0, 0)
        for p in ps:
            iv = iv + interval(p)
        s = sum(p.number for p in ps)
        covers_all = bool(_ALL.search(text))
        terms = " + ".join(fmt_number(p.number) for p in ps)
        params = {"shares": terms, "sum": fmt_percent(s)}
        if iv.lo > 100:
            yield Result("finding", ps, params, 100, s, f"{terms} = {fmt_percent(s)} > 100 %")
        elif iv.contains(100):
            yield Result("verified", ps, params, 100, s, f"{terms} = {fmt_percent(s)} ✓")
        elif covers_all:
            yield Result("finding", ps, params, 100, s, f"{terms} = {fmt_percent(s)} ≠ 100 %",
                         message_key="message_not_all", severity="warning")
