"""Check kinds about dates and periods: weekdays, order, lengths, targets and deadlines."""

from __future__ import annotations

import datetime as dt
from typing import Any, Iterator

from kikfacts.patterns import cached as _re
from kikfacts.patterns import compile as _rc

from ..lang_da import WEEKDAYS
from ..model import Document, Fact
from .base import (
    OPENING_CLAUSE,
    POINTS_BACK_TO_FIGURE,
    Interval,
    Result,
    fmt_fact_value,
    fmt_number,
    interval,
    text_before,
)
from .structure import DIFFERENCE_AFTER, Structure

_WEEKDAY_NAMES = {v: k for k, v in WEEKDAYS.items()}
_MONTHS_DA = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
              "september", "oktober", "november", "december"]


def _to_date(iso: str | None, end: bool = False) -> dt.date | None:
    """First (or last) day of an ISO value cut to its precision."""
    if not iso or not isinstance(iso, str):
        return None
    parts = iso.split("-")
    try:
        y = int(parts[0])
        if len(parts) == 1:
            return dt.date(y, 12, 31) if end else dt.date(y, 1, 1)
        m = int(parts[1])
        if len(parts) == 2:
            if end:
                nxt = dt.date(y + (m == 12), m % 12 + 1, 1)
                return nxt - dt.timedelta(days=1)
            return dt.date(y, m, 1)
        return dt.date(y, m, int(parts[2]))
    except ValueError:
        return None


def _months(iso: str) -> int | None:
    parts = iso.split("-")
    if len(parts) < 2:
        return None
    return int(parts[0]) * 12 + int(parts[1]) - 1


def _fmt_date(d: dt.date) -> str:
    return f"{d.day}. {_MONTHS_DA[d.month - 1]} {d.year}"


def weekday_date(doc: Document, options: dict[str, Any], st: Structure) -> Iterator[Result]:
    for f in doc.facts:
        if f.kind != "date" or "weekday" not in f.extra or f.precision != "day" or not f.value:
            continue
        d = dt.date.fromisoformat(f.value)
        said = f.extra["weekday"]
        real = _WEEKDAY_NAMES[d.weekday()]
        params = {"date": _fmt_date(d), "stated": said, "real": real}
        if WEEKDAYS[said] != d.weekday() and f.extra.get("year_implied") and \
                _weekday_in_other_year(d, WEEKDAYS[said], doc.published):
            continue  # "tirsdag den 4. februar" without a year: the year was a guess
        if WEEKDAYS[said] == d.weekday():
            yield Result("verified", [f], params, said, real, f"{_fmt_date(d)} er en {real} ✓")
        else:
            yield Result("finding", [f], params, said, real,
                         f"{_fmt_date(d)} er en {real}, ikke en {said}",
                         suggestion=f"{real} den {_fmt_date(d)}")


def _weekday_in_other_year(d: dt.date, weekday: int, published: dt.date | None) -> bool:
    """Whether the day and month of ``d`` fall on ``weekday`` in a year next to the guessed one
    or to the year of publication."""
    years = {d.year - 1, d.year + 1}
    if published is not None:
        years |= {published.year - 1, published.year, published.year + 1}
    for y in years - {d.year}:
        try:
            if dt.date(y, d.month, d.day).weekday() == weekday:
                return True
        except ValueError:
            continue
    return False


_YEAR = _rc(r"\b(?:1[89]|2[01])\d\d\b")
_PAST = _rc(
    r"(?i)\b(?:blev|var|havde|åbnede|indviede|vedtog|besluttede|startede|afsluttede|holdt|"
    r"modtog|underskrev|har\s+været|er\s+blevet|fandt\s+sted|skete)\b"
)
#: (also the future of the past, and a date agreed or set: "blev aftalt til den 1. marts 2019,
#: hvor kommunen skulle betale")
_FUTURE = _rc(r"(?i)\b(?:skal|vil|forventes|forventer|planlagt|planlagde|ventes|kommer\s+til|fra\s+og\s+med|"
              r"skulle|ville|aftalt|aftalte|fastsat|fastlagt|berammet|"
              # when a decision takes effect: "besluttede at varsle en prisstigning til ikrafttræden
              # d. 1. juli", "med virkning fra", "træder i kraft"
              r"varsle\w*|ikrafttræden|træder\s+i\s+kraft|med\s+virkning\s+fra|gældende\s+fra)\b")


_MONTH_YEAR = _rc(r"(?i)\b(?:januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|"
                  r"december)\s+(\d{4})\b")
_YEAR_RANGE = _rc(r"\b(\d{4})\s*[-–]\s*(\d{4})\b")
_PREP_YEAR = _rc(r"(?i)\b(?:i|fra|til|siden)\s+(\d{4})(?=\s*[,.]\s|\s+(?:var|blev|er|kom|steg|faldt|til|fik|"
                 r"havde|har|og(?!\s+(?:opefter|derover|derunder|over|op|mere|flere)\b))\b)")


#: "fra 3518 til 4962": a change between two figures; when neither is a year, they are counts
#: A change to a level: "steg med 80 til ", "faldt tallet til ", "voksede antallet med 95 til ".
_CHANGED_TO_BEFORE = _rc(r"(?i)\b(?:steg|steget|stiger|faldt|faldet|falder|voksede|vokset|vokser|øgedes|"
                         r"øget|øges|sank|sunket|reduceret|reduceres|mindsket|gik|gået|nåede|nået)\b"
                         r"[^.;:!?\d]{0,30}(?:med\s+[\d.,]+\s+)?til\s+\Z")
_FROM_TO_FIGURES = _rc(r"(?i)\bfra\s+(\d{4})\s+til\s+(\d{4})\b")
#: "fra 4000 til 9.000": the other end is a figure with a thousands point, so this is one too
_FIGURE_AFTER = _rc(r"\s+(?:til|og)\s+(?:(?:ca\.|cirka|godt|knap|over|under)\s+)?\d{1,3}(?:\.\d{3})+(?!\d|,\d)")


#: one cheap pass over the figures: runs of digits with their separators ("5016", "2.500")
_DIGIT_RUN = _rc(r"\d[\d.,]*\d|\d")


def _plausible(year: int) -> bool:
    return 1800 <= year <= 2200


_NUMBER_LABEL_BEFORE = _rc(r"(?i)(?<![\p{L}])(?:nr|nummer|no)\.?[ \t]{0,3}:?[ \t]{0,3}\Z")


def _impossible_years(doc: Document) -> Iterator[Result]:
    """ "november 5016", "5023-2026", "I 5011 var andelen": a year no modern release means (a slip
    of one digit), in a text whose other years are of our time. Only where the wording makes the
    number a year: after a month, in a range of years, after "i"/"fra"/"til" before a verb."""
    modern = any(f.kind in ("date", "period", "year") for f in doc.facts)
    seen: set[int] = set()
    hits = []
    # one cheap pass for four-digit numbers from 2200 up, then the wording around each
    text = doc.text
    for late in _DIGIT_RUN.finditer(text):
        g = late.group()
        # a four-digit number from 2200 up, not part of a longer figure ("2.500", "0,2500")
        if len(g) != 4 or not g.isdigit() or g < "2200" or late.start() and text[late.start() - 1] in ".,":
            continue
        lo = max(0, late.start() - 16)
        window = doc.text[lo : late.end() + 40]
        for m in _MONTH_YEAR.finditer(window):
            if not _plausible(int(m.group(1))):
                hits.append((lo + m.start(), lo + m.end()))
        for m in _YEAR_RANGE.finditer(window):
            a, b = int(m.group(1)), int(m.group(2))
            if 1900 <= a <= 2100 and not _plausible(b) or 1900 <= b <= 2100 and not _plausible(a):
                odd = lo + (m.start(2) if _plausible(a) else m.start(1))
                if any(f.kind in ("count", "quantity", "money", "ratio", "percent") and f.start <= odd < f.end
                       and (f.end > lo + m.end() or f.subject) for f in doc.facts):
                    continue  # "2000-3000 kursister pr. semester": a range of counts, not of years
                hits.append((lo + m.start(), lo + m.end()))
        counts = [(c.start(), c.end()) for c in _FROM_TO_FIGURES.finditer(window)
                  if not _plausible(int(c.group(1))) and not _plausible(int(c.group(2)))]
        for m in _PREP_YEAR.finditer(window) if modern else ():
            if 2200 < int(m.group(1)) <= 9999 and not _FIGURE_AFTER.match(window, m.end(1)) \
                    and not any(a <= m.start(1) < b for a, b in counts) \
                    and not _CHANGED_TO_BEFORE.search(text, max(0, lo + m.start(1) - 50), lo + m.start(1)):
                # (not "steget fra 3518 til 4962": two counts written without a thousands point;
                # nor "steg det tal med 80 til 3501": the level a count changed to)
                hits.append((lo + m.start(), lo + m.end()))
    for a, b in sorted(hits):
        if a in seen:
            continue
        seen.add(a)
        if _NUMBER_LABEL_BEFORE.search(doc.text, max(0, a - 12), a):
            continue  # "Sagsnr. / Dok.nr. 2011-3187": a case number, not a range of years
        si = next((x.index for x in doc.sentences if x.start <= a < x.end), -1)
        text = doc.text[a:b]
        f = Fact("date", text, a, b, None, sentence=si,
                 block=doc.sentences[si].block if si >= 0 else -1, id=f"year@{a}")
        yield Result("finding", [f], {"date": text}, text, None, f"{text}: intet sådant år",
                     message_key="message_invalid")


def date_order(doc: Document, options: dict[str, Any], st: Structure) -> Iterator[Result]:
    for f in doc.facts:
        if f.kind == "date" and f.extra.get("invalid"):
            yield Result("finding", [f], {"date": f.text}, f.text, None, f"{f.text}: ingen sådan dag",
                         message_key="message_invalid")
    yield from _impossible_years(doc)
    for f in doc.facts:
        if f.kind == "period" and isinstance(f.value, dict) and f.value.get("start") and f.value.get("end"):
            a, b = _to_date(f.value["start"]), _to_date(f.value["end"], end=True)
            if a and b and b < a and not _YEAR.search(f.text) and b.month < a.month:
                continue  # "fra 25. december til 3. januar": the end falls in the next year
            if a and b and b < a and _SPACED_DASH.search(f.text) and \
                    _CLAUSE_AFTER.match(doc.text, f.end):
                continue  # "Nr. 12 – Marts 2021 - 2020 blev et godt år": a dash between a date
                # and a title that opens on a year, not a range
            if a and b and b < a:
                yield Result("finding", [f], {"period": f.text}, f.value["start"], f.value["end"],
                             f"{f.value['end']} < {f.value['start']}", message_key="message_period")
    pub = doc.published
    if pub is None:
        return
    # a text revised after it was published ("(Rettet 16. oktober 2018)") may tell of its revision
    revised = [dt.date.fromisoformat(f.value) for f in doc.facts
               if f.kind == "date" and f.precision == "day" and f.value
               and _REVISED_BEFORE.search(doc.text, max(0, f.start - 30), f.start)]
    last = max([pub, *revised])
    for f in doc.facts:
        if f.kind != "date" or f.precision != "day" or not f.value or f.extra.get("relative"):
            continue
        if f.extra.get("year_implied"):
            continue  # "den 31. december" without a year: the year is our guess, not the text's
        if f.block >= 0 and doc.blocks[f.block].kind in ("dateline", "headline"):
            continue
        d = dt.date.fromisoformat(f.value)
        if d <= last:
            continue
        sentence = doc.sentence_text(f.sentence)
        if _PAST.search(sentence) and not _FUTURE.search(sentence):
            yield Result("finding", [f], {"date": f.text, "published": _fmt_date(pub)},
                         f.value, pub.isoformat(),
                         f"{_fmt_date(d)} > {_fmt_date(pub)}", message_key="message_past")


#: The word of a revision before its date: "(Rettet 16. oktober 2018)", "Senest opdateret: 3.5.2021",
#: "Teksten er blevet redigeret 12. november 2021".
_REVISED_BEFORE = _rc(r"(?i)\b(?:rettet|opdateret|korrigeret|revideret|ændret|redigeret)(?:\s+(?:d\.|den))?[\s:]*\Z")
#: "Marts 2021 - 2020": a date, a spaced dash and a bare year
#: Durations that are a window back from now: "de seneste ti år", "de sidste fem år".
_WINDOW = {"seneste", "sidste", "forløbne", "foregående"}


_SPACED_DASH = _rc(r"\s[-–—]\s+(?:19|20)\d\d$")
#: A year followed by a verb or a lower-case noun: the start of a clause about that year.
_CLAUSE_AFTER = _rc(r"[^\S\n]+\p{Ll}")
_NAMED_PART = _rc(r"(?i)kvartal|kvt\.|halvår|\d/\d")  # "2020/2021": a school or fiscal year
_CLAUSE_BREAK = _rc(r",\s+(?:og|men|mens|samt|hvor|hvilket|samtidig|dog)\b|;|\bmens\b"
                    # "i perioden januar-juni i forhold til gennemsnittet de seneste tre år": the
                    # duration is the comparison's, not the range's
                    r"|(?i:\bi\s+forhold\s+til|\bsammenlignet\s+med)")
#: "for første gang i fem år", "det laveste niveau i ti år", "under gennemsnittet for de seneste
#: fire år": a look back or a baseline, not the length of the range in the sentence
_LOOK_BACK = _rc(r"(?r)(?i)(?:gang|niveau|\p{L}+este)\s+(?:\p{L}+\s+){0,3}\Z")
_BASELINE_BEFORE = _rc(r"(?r)(?i)(?:gennemsnit\p{L}*|snit\p{L}*)\s+(?:\p{L}+\s+){0,3}\Z")
_RIGHT_AFTER = _rc(r"[ \t]*\(?[ \t]*")


def period_length(doc: Document, options: dict[str, Any], st: Structure) -> Iterator[Result]:
    for f in doc.facts:
        if f.kind != "period" or not isinstance(f.value, dict):
            continue
        v = f.value
        dur = v.get("duration")
        if not (dur and v.get("start") and v.get("end")) or not dur.endswith(("M", "Y")):
            continue
        if f.extra.get("year_assumed"):
            continue  # "i løbet af de første seks måneder": dated by the publication year only,
            # so its dates show nothing (the first months of a study, a project?)
        if f.text.lower().startswith("årets") and any(
                x is not f and x.kind == "period" and x.sentence == f.sentence and isinstance(x.value, dict)
                and _YEAR.fullmatch(str(x.value.get("start"))) and _YEAR.fullmatch(str(x.value.get("end")))
                and not int(x.value["start"]) <= int(str(v["start"])[:4]) <= int(x.value["end"]) for x in doc.facts):
            continue  # "I årene 2014-2017 ... efter årets første seks måneder": each of those
            # years' first months, not this year's
        n = int(float(dur[1:-1])) * (12 if dur.endswith("Y") else 1)
        s, e = _months(v["start"] if "-" in v["start"] else v["start"] + "-01"), _months(
            v["end"] if "-" in v["end"] else v["end"] + "-12")
        if s is None or e is None:
            continue
        span = e - s + 1
        params = {"period": f.text, "months": fmt_number(span), "stated": fmt_number(n)}
        if span == n:
            yield Result("verified", [f], params, n, span,
                         f"{v['start']} – {v['end']} = {span} måneder ✓")
        else:
            yield Result("finding", [f], params, n, span,
                         f"{v['start']} – {v['end']} = {span} måneder, ikke {n}")
    # a range and a duration stated in the same sentence ("fra januar til oktober, i 10 måneder")
    for f in doc.facts:
        if f.kind != "period" or not isinstance(f.value, dict):
            continue
        v = f.value
        if not (v.get("start") and v.get("end")) or v.get("duration") or _NAMED_PART.search(f.text):
            continue  # "andet kvartal 2024" names a quarter; it states no length to check
        # the duration nearest the range: "gennem de seneste 40 år ... de ti foregående år
        # (2012-2021)" gives the range the ten years
        near = sorted((d for d in doc.facts if d.kind == "period" and d.sentence == f.sentence
                       and d is not f and isinstance(d.value, dict)),
                      key=lambda d: min(abs(d.start - f.end), abs(f.start - d.end)))
        for d in near:
            if _bound_or_step(doc, d):
                continue  # "til salg i højst en måned", "ti år senere": no length of the range
            dur = d.value.get("duration")
            if not dur or d.value.get("start") or not dur.endswith(("M", "Y")) or dur == "P1Y" \
                    or _NAMED_PART.search(d.text) or d.text.lower().startswith("årets"):
                # "1. halvår i årene 2009-2012", "i perioden 2003-2006 ... efter årets første seks
                # måneder": each year's part; "2,0 pct. dyrere på et år" compares with a year before
                continue
            gap = min(abs(d.start - f.end), abs(f.start - d.end))
            if any(r is not f and r.kind == "period" and r.sentence == f.sentence
                   and isinstance(r.value, dict) and r.value.get("start") and r.value.get("end")
                   and not r.value.get("duration")
                   and min(abs(d.start - r.end), abs(r.start - d.end)) < gap for r in doc.facts):
                break  # "fra 2018 til 2019 ... og fra 2011 til 2019 steget ... på kun otte år":
                # the length is the nearer range's
            lo, hi = sorted((f, d), key=lambda x: x.start)
            if d.extra.get("relation") in _WINDOW and any(
                    x.kind in ("date", "period") and lo.end <= x.start and x.end <= hi.start
                    for x in doc.facts):
                continue  # "I de seneste ti år er prisen kun set i efteråret 2018 og i 2014-2015":
                # a window back from now with things in it, not the length of one of them
            sent = doc.sentences[f.sentence]
            opening = OPENING_CLAUSE.match(doc.text, sent.start, sent.end)
            if opening is not None and lo.start < opening.end() <= hi.start:
                continue  # "Mens der var en vækst fra 2010-2015, har antallet ligget stabilt de
                # sidste 5 år": the opening clause's period and the main clause's length
            if _CLAUSE_BREAK.search(doc.text, lo.end, hi.start) or \
                    _LOOK_BACK.search(doc.text, max(0, d.start - 40), d.start) or (
                    _BASELINE_BEFORE.search(doc.text, max(0, d.start - 40), d.start)
                    and not (d.end <= f.start and _RIGHT_AFTER.fullmatch(doc.text, d.end, f.start))):
                # ("januar og februar i år ... under gennemsnittet for de seneste fire år": the
                # years of a baseline, unless they are the range itself: "gennemsnittet over de
                # foregående tre år (2017-2019)")
                continue  # "Fra 2005 til 2007 steg ..., og i de første fem måneder i år ...": two
                # periods of two clauses; "for første gang i fem år": a look back, not a length
            if _CONCESSIVE_BEFORE.search(doc.text, sent.start, lo.start):
                continue  # "trods en tørke i maj og juni har nedbøren de seneste 6 måneder ...": the
                # range of a concessive clause and the main clause's length
            if _IN_A_ROW.match(doc.text, d.end) or _EXAMPLE.search(
                    doc.text, max(sent.start, f.start - 30), min(sent.end, f.end + 40)):
                continue  # "i fem år i træk været faldende - fra 2021 til 2022 faldt antallet
                # eksempelvis": a run of years and one step of it, not the run's length
            n = float(dur[1:-1]) * (12 if dur.endswith("Y") else 1)
            a, b = _to_date(v["start"]), _to_date(v["end"], end=len(v["end"]) < 10)
            if a is None or b is None:
                continue
            # whole months between the dates, counting a started month when the range is by month
            span = (b.year - a.year) * 12 + b.month - a.month + (1 if len(v["end"]) < 10 else 0)
            if len(v["end"]) == 10 and b.day > a.day:
                span += 1 if b.day - a.day > 15 else 0
            if len(v["start"]) == len(v["end"]) == 4 and n in (span, span - 12):
                # "fra 2013 til 2023 ... over en tiårig periode": two yearly figures ten years
                # apart, or eleven calendar years; both ways of counting hold
                span = round(n)
            if len(v["end"]) == 7 and n == span - 1 and (
                    len(v["start"]) == 7 and a.month == b.month
                    or _CHANGE_WORDS.search(doc.sentence_text(f.sentence))):
                # "på de to år fra marts 2019 til marts 2021": from a month to the same month
                # years later is whole years; "fra marts til juni ... en stigning på 4.000 over
                # de tre måneder": a change from one month's level to another's spans the
                # months between them
                span = round(n)
            params = {"period": f.text, "months": fmt_number(span), "stated": fmt_number(n)}
            if abs(span - n) <= 0.5:
                yield Result("verified", [f, d], params, n, span,
                             f"{v['start']} – {v['end']} = {span} måneder = {d.text} ✓")
            else:
                yield Result("finding", [f, d], params, n, span,
                             f"{v['start']} – {v['end']} = {span} måneder, ikke {d.text}")
            break
    yield from _durations_between(doc, st)
    yield from _durations_beside(doc)
    # a status date at the end of a "de første N måneder af ÅÅÅÅ" period confirms it
    for f in doc.facts:
        if f.kind != "period" or not isinstance(f.value, dict) or not f.value.get("end"):
            continue
        if not f.value.get("duration") or len(f.value["end"]) != 7:
            continue
        for d in doc.facts:
            if d.kind == "date" and d.precision == "day" and d.value and d.value[:7] == f.value["end"] \
                    and _to_date(d.value) == _to_date(f.value["end"], end=True):
                n = f.value["duration"][1:-1]
                months = int(float(n)) * (12 if f.value["duration"].endswith("Y") else 1)
                yield Result("verified", [f, d], {"period": f.text, "date": d.text,
                                                  "months": fmt_number(months)}, f.value["end"],
                             d.value, f"{f.text} slutter {d.text} ✓")
                break


def _month_span(a: str, b: str) -> tuple[int, int] | None:
    """Whole months from date ``a`` to date ``b`` (ISO, cut to year or month), as the interval
    their precision allows: 2011 to 2021 is 109-131 months, April 2004 to April 2023 is 228."""
    if len(a) < 4 or len(b) < 4:
        return None
    def bounds(iso: str) -> tuple[int, int]:
        y = int(iso[:4])
        if len(iso) >= 7:
            m = y * 12 + int(iso[5:7]) - 1
            return m, m
        return y * 12, y * 12 + 11
    (a0, a1), (b0, b1) = bounds(a), bounds(b)
    lo, hi = sorted((abs(b0 - a1), abs(b1 - a0)))
    if (b0 - a1) * (b1 - a0) < 0:
        lo = 0
    return lo, hi


#: (not "over": "over de tre måneder" is across them)
#: A change named right before a duration: "et fald på en halv måned", "en stigning på".
_CHANGE_BY_BEFORE = _rc(r"(?i)\b(?:fald|stigning|reduktion|forlængelse|forkortelse|nedgang|fremgang|"
                        r"forbedring|forværring)(?:en|et)?\s+(?:på\s+)?(?:\p{L}+\s+)?\Z")
_FRA = _rc(r"(?i)^fra\s+")
_BOUND_BEFORE = _rc(r"(?i)\b(?:højst|mindst|op\s+til|mere\s+end|mindre\s+end|maksimalt|minimum)\s+$")


#: A concessive clause's opening: "trods", "selv om", "på trods af", "skønt".
_CONCESSIVE_BEFORE = _rc(r"(?i)\b(?:trods|selv\s+om|selvom|skønt)\b[^,.;:!?]*\Z")
#: "fem år i træk": a run of years, each a step; "eksempelvis", "fx": an example from within it.
_IN_A_ROW = _rc(r"[^\S\n]+i[^\S\n]+(?:træk|streg)\b")
_EXAMPLE = _rc(r"(?i)\b(?:eksempelvis|for\s+eksempel|fx|f\.\s?eks\.|blandt\s+andet|bl\.\s?a\.)")


def _bound_or_step(doc: Document, d: Fact) -> bool:
    """A duration that is a bound ("i højst en måned", "mere end to år") or a step from a point
    ("ti år senere")."""
    return bool(d.extra.get("offset") or d.qualifier in ("højst", "mindst")
                or (d.qualifier in ("over", "under") and "cue" not in d.extra)
                or _BOUND_BEFORE.search(doc.text, max(0, d.start - 15), d.start))


_YEARS_WORD = _rc(r"(?i)\bårs?\b")
_DURATION_QUALIFIER = _rc(r"(?i)\b(knap|næsten|godt|over|mere\s+end|under|små|ca\.|cirka|omkring)\s+(?:\p{L}+\s+)?$")


def _duration_months(doc: Document, f: Fact) -> tuple[float, float, float] | None:
    """A duration's stated months and the interval its wording allows ("knap 20 år": 17,5-20,5)."""
    dur = f.value.get("duration") if isinstance(f.value, dict) else None
    if not dur or not dur.endswith(("M", "Y")) or f.value.get("start") or f.value.get("end"):
        return None
    unit = 12 if dur.endswith("Y") else 1
    n = float(dur[1:-1]) * unit
    lo, hi = n - unit / 2, n + unit / 2
    if unit == 1 and _YEARS_WORD.search(f.text):
        # "2,5 år" (kept as 30 months) is rounded to a quarter of a year at the finest
        lo, hi = n - 3, n + 3
    q = _re.search(r"(?i)\b(knap|næsten|godt|over|mere\s+end|ca\.|cirka|omkring)\b", f.text)
    q = q.group(1).lower() if q else None
    if q is None:
        m = _DURATION_QUALIFIER.search(doc.text[max(0, f.start - 20):f.start])
        q = m.group(1).lower() if m else None
    if q in ("knap", "næsten"):
        lo = n * 0.85 - unit / 2
    elif q == "godt":
        hi = n * 1.15 + unit / 2
    elif q in ("ca.", "cirka", "omkring"):
        lo, hi = n * 0.9 - unit / 2, n * 1.1 + unit / 2
    elif q in ("over", "mere end") and "cue" not in f.extra:
        hi = float("inf")  # "mere end et år", not "over fire år" (= in the course of)
    return n, lo, hi


def _fmt_span(months: float) -> str:
    if months % 12 == 0:
        return f"{fmt_number(months / 12)} år"
    return f"{fmt_number(months)} måneder"


def _nearest_date(doc: Document, f: Fact) -> Fact | None:
    dates = [d for d in doc.facts if d.kind == "date" and d.sentence == f.sentence and d.value
             and isinstance(d.value, str) and not d.extra.get("relative")]
    if not dates:
        return None
    return min(dates, key=lambda d: min(abs(d.start - f.end), abs(f.start - d.end)))


_WINDOW_OR_BEFORE = _rc(r"(?i)(?<![\p{L}])(?:inden[ \t]{0,2}for|efter)[ \t]{1,3}\Z")


def _durations_between(doc: Document, st: Structure) -> Iterator[Result]:
    """ "I 2021 ... 15 pct. I 2011 var andelen 30 pct., så den er faldet ... på ti år": a duration
    said of a change between two dated levels must be the time between their dates."""
    used: set[str] = set()
    for lp in st.level_pairs:
        da, db = _nearest_date(doc, lp.before), _nearest_date(doc, lp.after)
        if da is None or db is None or da.value == db.value or da is db:
            continue
        span = _month_span(da.value, db.value)
        if span is None:
            continue
        last = max(lp.before.sentence, lp.after.sentence)
        sentences = {lp.before.sentence, lp.after.sentence}
        if last + 1 < len(doc.sentences) and doc.sentences[last + 1].block == doc.sentences[last].block \
                and _POINTS_BACK.match(doc.sentence_text(last + 1)):
            sentences.add(last + 1)
        for f in doc.facts:
            if f.kind != "period" or f.sentence not in sentences or f.id in used:
                continue
            if f.extra.get("relation") in ("foregående", "kommende", "næste"):
                continue  # "færre end de to foregående år": years before now, not between the levels
            if _WINDOW_OR_BEFORE.search(doc.text, max(0, f.start - 14), f.start):
                continue  # "røget inden for det sidste år" is a window of the measure; "efter 8
                # års nedgang" a time before the first level: neither is the time between them
            offset = f.extra.get("offset")
            if offset and not (
                    offset in ("senere", "efter") and f.sentence == lp.after.sentence != lp.before.sentence
                    or offset in ("tidligere", "før") and f.sentence == lp.before.sentence != lp.after.sentence):
                # "To år senere, i november 2018, var tallet 2.185" steps from the level before it;
                # "Ti år senere, i 2000, ..." with that level as the earlier one steps from another
                continue
            got = _duration_months(doc, f)
            if got is None:
                continue
            n, lo, hi = got
            used.add(f.id)
            params = {"period": f"{da.text} – {db.text}", "months": _fmt_span(round((span[0] + span[1]) / 2)),
                      "stated": f.text}
            shown = f"{da.value} – {db.value} = {_fmt_span(round((span[0] + span[1]) / 2))}"
            # "de sidste 20 år" from April 2004 to April 2023 counts the years of both ends
            top = span[1] + (12 if _LAST_YEARS.search(f.text) else 0)
            if lo <= top and span[0] <= hi:
                yield Result("verified", [f, da, db], params, n, span, f"{shown} ≈ {f.text} ✓",
                             message_key="verified_between")
            elif not _third_dated_level(doc, lp, (da.value, db.value)):
                yield Result("finding", [f, da, db], params, n, span, f"{shown}, ikke {f.text}",
                             message_key="message_between")
            break


def _third_dated_level(doc: Document, lp, dates: tuple[str, str]) -> bool:
    """Another figure of the pair's measure in its paragraph, at a date of its own: "I 2019 var
    tallet 2.280 ... Går man tilbage til 2016 var tallet 3.905, så der er i 5 års perioden sket
    et fald" after the level of 2020: the length may run from that level, not the pair's."""
    a = lp.before
    block = doc.sentences[a.sentence].block
    for x in doc.facts:
        if x.kind != a.kind or x.unit != a.unit or x in (lp.before, lp.after) or x.sentence < 0 \
                or doc.sentences[x.sentence].block != block:
            continue
        d = _nearest_date(doc, x)
        if d is not None and d.value not in dates:
            return True
        if d is None and any(y not in {v[:4] for v in dates}
                             for y in _YEAR.findall(doc.sentence_text(x.sentence))):
            return True  # ("2.310 knallerter i hver måned i 2. kvartal af 2020": dated by a period)
    return False


_CHANGE_WORDS = _rc(
    r"(?i)\b(?:stigning\w*|fald|faldet|steg|faldt|steget|vækst|fremgang\w*|tilbagegang\w*|nedgang\w*|"
    r"forøgelse\w*|reduktion\w*)\b"
)
_POINTS_BACK = _rc(r"(?i)^\W*(?:det|dette|hvilket|faldet|stigningen|dermed)\b")
_LAST_YEARS = _rc(r"(?i)\b(?:sidste|seneste|forløbne)\s+\S+\s+år\b")


def _durations_beside(doc: Document) -> Iterator[Result]:
    """ "... bygge 420 boliger over fire år. Boligerne skal stå klar i perioden 2024-2027.": a
    duration with "over"/"på"/"i løbet af" and a range of years in the next sentence of the same
    paragraph (the range counts its years both ways: 2024-2027 is three or four years)."""
    periods = [f for f in doc.facts if f.kind == "period" and isinstance(f.value, dict)]
    for f in periods:
        got = _duration_months(doc, f)
        if got is None or f.extra.get("cue") not in ("over", "på", "i løbet af"):
            continue
        if _CHANGE_BY_BEFORE.search(doc.text, max(0, f.start - 30), f.start):
            continue  # "et fald på en halv måned": how much a time changed, not how long it took
        near = [r for r in periods if r is not f and r.value.get("start") and r.value.get("end")
                and not r.value.get("duration") and abs(r.sentence - f.sentence) == 1
                and doc.sentences[r.sentence].block == doc.sentences[f.sentence].block]
        others = [g for g in periods if g is not f and g.sentence in (f.sentence, *(r.sentence for r in near))
                  and g not in near]
        if len(near) != 1 or others:
            continue
        r = near[0]
        if r.sentence < f.sentence and _PROPER_START.match(doc.sentence_text(f.sentence)) \
                and not _POINTS_BACK.match(doc.sentence_text(f.sentence)):
            continue  # "sendte naturplanen for 2024 til 2030 i høring. På et halvt år modtog
            # forvaltningen 240 bemærkninger": the time something else took, not the range's length
        if r.sentence > f.sentence and f.sentence > 0 and len({
                str(d.value)[:4] for d in doc.facts if d.kind == "date" and d.value
                and d.sentence in (f.sentence - 1, f.sentence)}) >= 2:
            continue  # "I 2016 var gebyret 1.840 kr., i 2020 1.210 kr. Det er faldet ... over fem
            # år. Alene fra 2019 til 2020 ...": the years before the duration are its ends
        start, end = str(r.value["start"]), str(r.value["end"])
        if len(start) != 4 or len(end) != 4:
            continue  # only ranges of whole years
        years = int(end) - int(start)
        n, lo, hi = got
        span = (years * 12, (years + 1) * 12)
        # (the message says "Fra {period}": "fra 2018 til 2022" without its own "fra")
        params = {"period": _FRA.sub("", r.text, count=1), "months": _fmt_span((years + 1) * 12), "stated": f.text}
        shown = f"{start} – {end} = {fmt_number(years)}-{fmt_number(years + 1)} år"
        if lo <= span[1] and span[0] <= hi:
            yield Result("verified", [f, r], params, n, span, f"{shown} ≈ {f.text} ✓",
                         message_key="verified_between")
        else:
            yield Result("finding", [f, r], params, n, span, f"{shown}, ikke {f.text}",
                         message_key="message_between")


#: A sentence that opens with its duration: "På et halvt år modtog ...", "I løbet af tre år ...".
_PROPER_START = _rc(r"(?i)\W*(?:på|i\s+løbet\s+af|over)\s")
_PROGRAMME = _rc(r"(?i)\b(?:løber|strategi\w*|projekt\w*|periode\w*|indsats\w*|aftale\w*|program\w*)\b")


def _decimals(x: float) -> int:
    """How many decimals a figure is written with (0, 1 or 2)."""
    return 0 if abs(x - round(x)) < 1e-9 else 1 if abs(x * 10 - round(x * 10)) < 1e-9 else 2


#: A target whose levels are percentages: "fra 24,62 til 25,12 pct.".
_IN_PERCENT = _rc(r"(?i)\d[ \t]*(?:pct\.?|procent|%)[ \t]*\Z|\btil[ \t]+[\d,.]+[ \t]*(?:pct|procent|%)")
#: Qualifiers of a figure said roughly (not bounds): within a tenth of the goal's own arithmetic.
_ABOUT = {"ca.", "godt", "knap", "næsten", "lidt over", "lidt under", "små", "op mod"}


def target_consistency(doc: Document, options: dict[str, Any], st: Structure) -> Iterator[Result]:
    for t in doc.facts:
        if t.kind != "target" or not isinstance(t.value, dict):
            continue
        v = t.value
        frm, to, change = v.get("from"), v.get("to"), v.get("change")
        # 1. size: "halvere fra 1.008 til 504"
        if frm and to is not None and change is not None:
            # (to the hundredth a figure is written with: "fra 24,62 til 25,12")
            nd = max(_decimals(frm), _decimals(to))
            expected = frm * (1 + change)
            shown = f"{fmt_number(frm, nd)} × {fmt_number(1 + change, 2)} = {fmt_number(expected, nd)}"
            # (half the last written digit of the change, in percent: "0,5 pct." is 0,45-0,55)
            half = 0.5 * 10 ** -_decimals(round(100 * change, 6))
            tol = abs(frm) * half / 100 + 0.6 * 10 ** -nd
            if _IN_PERCENT.search(t.text) and abs(frm + 100 * change - to) < abs(expected - to):
                # "hæve skatten med 0,5 pct. fra 24,62 til 25,12 pct.": a change of a percentage
                # said in points, when that reads it better
                expected = frm + 100 * change
                shown = f"{fmt_number(frm, nd)} + {fmt_number(100 * change)} procentpoint = {fmt_number(expected, nd)}"
                tol = half + 0.6 * 10 ** -nd
            params = {"from": fmt_number(frm, nd), "to": fmt_number(to, nd), "expected": fmt_number(expected, nd)}
            if not nd:
                tol = max(abs(frm) * 0.02, 0.5)  # whole figures of a goal are often round
            if abs(expected - to) <= tol:
                yield Result("verified", [t], params, to, expected, f"{shown} ✓")
            elif _ABOUT & {v.get("from_qualifier"), v.get("to_qualifier")} and \
                    abs(expected - to) <= 0.1 * abs(expected):
                pass  # "tredoble ... fra 41.000 til cirka 116.000": a round goal, said roughly
            else:
                yield Result("finding", [t], params, to, expected, f"{shown} ≠ {fmt_number(to, nd)}",
                             message_key="message_size")
        # 2. deadline against the programme's period in the same paragraph or list
        deadline = _to_date(v.get("deadline"))
        if deadline is not None:
            for p in doc.facts:
                if p.kind != "period" or not isinstance(p.value, dict) or not p.value.get("end"):
                    continue
                near = abs(doc.sentences[p.sentence].block - doc.sentences[t.sentence].block) <= 1 \
                    if p.sentence >= 0 and t.sentence >= 0 else False
                if not near or not _PROGRAMME.search(doc.sentence_text(p.sentence)):
                    continue
                end = _to_date(p.value["end"], end=len(p.value["end"]) < 10)
                if end is None:
                    continue
                params = {"deadline": v["deadline"], "end": p.value["end"], "period": p.text}
                # "inden maj 2022" means before May 2022 starts; a programme ending 1 May agrees
                if deadline <= end + dt.timedelta(days=31):
                    yield Result("verified", [t, p], params, v["deadline"], p.value["end"],
                                 f"frist {v['deadline']} ≤ slut {p.value['end']} ✓")
                else:
                    yield Result("finding", [t, p], params, v["deadline"], p.value["end"],
                                 f"frist {v['deadline']} > slut {p.value['end']}",
                                 message_key="message_deadline")
                break
        # 3. the difference the text gives: "fra 58 til 52 dage ... Det svarer til seks dage kortere"
        if frm is not None and to is not None:
            res = _target_difference(doc, t, frm, to)
            if res is not None:
                yield res
        # 4. progress (info): a halving target and a stock series for the same metric
        if change is not None and frm is None and st.stock_flows:
            sf = st.stock_flows[0]
            start, now = sf.start.number, sf.end.number
            goal = start * -change
            done = start - now
            if goal > 0 and done >= 0:
                params = {"goal": fmt_number(goal), "done": fmt_number(done),
                          "share": fmt_number(round(done / goal * 100))}
                yield Result("finding", [t, sf.start, sf.end], params, goal, done,
                             f"{fmt_number(start)} × {fmt_number(-change, 2)} = {fmt_number(goal)}; "
                             f"{fmt_number(start)} − {fmt_number(now)} = {fmt_number(done)} "
                             f"({params['share']} %)",
                             severity="info", message_key="message_progress")




def _target_difference(doc: Document, t: Fact, frm: float, to: float) -> Result | None:
    """A figure said to be the difference of a target's two levels, after the target in its
    sentence or in the next one that points back at it ("Det svarer til seks dage kortere")."""
    for d in doc.facts:
        if d.kind not in ("quantity", "count", "money") or isinstance(d.value, list) or not d.number:
            continue
        if not (d.sentence == t.sentence and d.start >= t.end or d.sentence == t.sentence + 1
                and POINTS_BACK_TO_FIGURE.match(doc.sentence_text(d.sentence))):
            continue
        if not DIFFERENCE_AFTER.match(doc.text, d.end):
            continue
        unit_word = {"money": "kr", "count": None}.get(d.kind, d.unit)
        if unit_word and unit_word.lower() not in doc.text[t.start : t.end + 15].lower():
            continue  # "fra 58 til 52 dage" and "seks dage": the same unit
        diff = abs(frm - to)
        params = {"from": fmt_number(frm), "to": fmt_number(to), "stated": d.text,
                  "computed": fmt_fact_value(d, diff)}
        shown = f"{fmt_number(max(frm, to))} − {fmt_number(min(frm, to))} = {fmt_number(diff)}"
        if interval(d).meets(Interval(diff - 1e-9, diff + 1e-9)):
            return Result("verified", [t, d], params, d.number, diff, f"{shown} ≈ {d.text} ✓",
                          message_key="verified_difference")
        return Result("finding", [t, d], params, d.number, diff, f"{shown}, ikke {d.text}",
                      message_key="message_difference", suggestion=fmt_fact_value(d, diff))
    return None


__all__ = ["weekday_date", "date_order", "period_length", "target_consistency", "interval",
           "text_before", "Fact"]
