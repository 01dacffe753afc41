"""From grammar candidates to facts: masks, priorities, publication date, sentences, subjects."""

from __future__ import annotations

import calendar
import datetime as dt
import math
from bisect import bisect_left, bisect_right
from typing import Sequence

from kikfacts.patterns import compile as _rc

from . import grammar
from .grammar import Candidate
from .model import Block, Fact, Sentence

#: Words that end the noun phrase after a figure.
_STOP = {
    "og", "i", "af", "på", "til", "fra", "der", "som", "er", "var", "har", "havde", "blev",
    "bliver", "med", "for", "om", "at", "de", "det", "den", "en", "et", "eller", "men", "mens",
    "kr", "kroner", "mio", "mia", "procent", "pct", "over", "under", "efter", "før", "inden",
    "ved", "hos", "hvor", "hvilket", "end", "nu", "også", "kun", "bare", "så", "da", "når", "fik",
    "får", "skal", "vil", "kan", "må", "igen", "mere", "flere", "færre", "siden", "ud", "ind",
    "op", "ned", "sig", "sin", "sine", "hver", "alle", "ikke", "heraf", "mod", "per", "pr",
    "om", "år", "hvert", "ca", "cirka", "sammen", "alt", "tilbage", "kommet", "blevet",
    "gået", "dermed", "stadig", "allerede", "endnu", "derfor", "desuden", "samlet", "heraf",
    "cirka", "omkring", "næsten", "mindst", "højst", "knap", "godt", "plus", "minus",
    "hhv", "ifølge", "vores", "deres", "hans", "hendes", "dets", "dens",
    "både", "sidste", "forrige", "blive", "svært", "årligt", "årlig", "hvilket", "hvoraf",
    # prepositions and conjunctions that open a phrase after the figure, not its noun
    "blandt", "mellem", "uden", "gennem", "pga", "grundet", "trods", "via", "angående",
    "vedrørende", "samt", "ligesom", "fordi", "hvis", "selvom", "ligger", "lå",
    # words of time and comparison after "i"/"for" are not what an amount is for
    "forhold", "første", "andet", "anden", "tredje", "fjerde", "meget", "samme", "januar",
    "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober",
    "november", "december", "kvartal", "kvartalet", "perioden", "løbet", "alt",
    # "13.600 året før", "8.200 måneden før": a time the figure is of, not what it counts
    "året", "årets", "måneden", "ugen", "dagen", "døgnet", "tidligere",
}
_WORD = _rc(r"[\p{L}][\p{L}\-]*")
_HEADER_CUE = _rc(
    r"(?i)\b(?:nyhed er fra|publiceret|udgivet|dato)\b"
    # a dateline with the time of day: "Kalundborg - 22. februar 2017 kl. 12:39"
    r"|\d{4},?\s+(?:kl\.\s*)?\d{1,2}[.:]\d{2}\b"
)
#: A date labelled as the publication date anywhere in a short block: "Først publiceret: 15.
#: januar 2022" at the foot of a page.
_PUBLISHED_LABEL = _rc(
    r"(?i)\W*(?:(?:først\s+)?(?:publiceret|udgivet|offentliggjort)\b\s*:?"
    # Danmarks Statistik's foot line: "Nyt fra Danmarks Statistik, 14. november 2025 - Nr. 310"
    r"|nyt\s+fra\s+danmarks\s+statistik\s*,?)"
)
#: Datelines in the forms a publishing system writes that the fact grammar does not read as one
#: date: "13 august, 2020", "13. august, 2019", "10 Jul 2012", "Jul 10, 2012", "July 10, 2012".
#: Used on short header lines only, when no other publication date is found.
_DATELINE_MONTHS = {
    **{k.rstrip("."): v for k, v in grammar.MONTHS.items()},
    "january": 1, "february": 2, "march": 3, "may": 5, "june": 6, "july": 7, "october": 10,
    "oct": 10, "dec": 12,
}
_DATELINE_MONTH = "|".join(sorted(_DATELINE_MONTHS, key=len, reverse=True))
_DATELINE_DATE = _rc(
    rf"(?i)(?<![\p{{L}}\d])(?:(?P<d>[0-3]?\d)\.?[ \t]+(?P<m>{_DATELINE_MONTH})\.?,?[ \t]+(?P<y>(?:19|20)\d\d)"
    rf"|(?P<m2>{_DATELINE_MONTH})\.?[ \t]+(?P<d2>[0-3]?\d),?[ \t]+(?P<y2>(?:19|20)\d\d))(?![\p{{L}}\d])"
)
_DATELINE_REST = _rc(r"(?i)[ \t]*(?:(?:kl\.[ \t]*)?\d{1,2}[.:]\d{2}(?:[ \t]*(?:am|pm))?)?[ \t]*")
#: (within the paragraph, and not into the next sentence: "2,3 mia. kr.\n\nRegionsrådet har i dag
#: ..." and "koster 2,3 mio. kr. Byrådet har i dag ..." name no purpose of the amount)
_MONEY_FOR = _rc(
    rf"{grammar._WS_IN_PARAGRAPH}(?!\p{{Lu}})(?:\p{{L}}+{grammar._WS_IN_PARAGRAPH}){{0,3}}?"
    rf"(?:til|i|på|for){grammar._WS_IN_PARAGRAPH}(?:de\s+|den\s+|det\s+)?"
)
#: A minus sign written before an amount or a percentage: "minus 0,9 procentpoint", "-23,3 mio.
#: kr.", "÷ 5 mio. kr." (the accountants' sign). A hyphen counts only when it is glued to the figure
#: and stands after a space, a bracket or the start ("10-12" is a range, "2022 - 23" a dash).
_SIGN_BEFORE = _rc(
    r"(?r)(?:(?<![\p{L}\d])(?i:minus)[ \t\u00a0]+|(?<![^\s(\[])[-−]|÷[ \t\u00a0]?)\Z"
)
_SIGNED_KINDS = ("money", "percent")
_NOT_BEFORE = _rc(r"(?r)(?<![\p{L}])(?i:ikke|intet)[ \t\u00a0]+\Z")
#: A year-like number that counts what follows it: "2000 lærere", "fra 2000 forældre", "mellem 2000
#: og 3500 daglige opkald". After a year stands a verb, a preposition or a stop, not a counted noun.
_COUNTED_AFTER_YEAR = _rc(
    r"(?:[ \t]*(?:[-–]|og|til|eller)[ \t]*\d[\d.]*)?[ \t]+"
    r"(?:(?:nye|flere|øvrige|\p{Ll}{3,}(?:ige|ske|ende))[ \t]+)?"
    r"(?:\p{Ll}{3,}ere|personer|elever|børn|mennesker|ansatte|patienter|familier|husstande|boliger|"
    r"opkald|forældre|studerende|unge|ældre|kunder|virksomheder|besøgende|medlemmer|ledige|"
    r"tilfælde|ansøgninger|henvendelser|sager|gæster|turister|passagerer|stemmer|underskrifter|"
    r"respondenter|lejligheder|arbejdspladser|job|jobs|biler|elbiler|dyr|træer|gange|"
    # and their compounds: "2030 fuldtidsstillinger", "2050 fuldtidsansatte"
    r"\p{Ll}{3,}(?:stillinger|ansatte|pladser|boliger|elever|patienter))(?![\p{L}])"
)
_YEAR_NUMERAL = _rc(r"(?:19|20)\d\d")
_DATE_PREP_BEFORE = _rc(r"(?<![\p{L}])i[ \t]+\Z")
_TO_FIGURE_AFTER = _rc(r"[ \t]+til[ \t]+\d")
_NEGATED = {"under": "mindst", "over": "højst", "højst": "over", "mindst": "under"}
_EMPHATIC = _rc(r"(?i)(?:mindre|færre)\s+end\b")
_PCT_OF = _rc(r"\s+af\s+(?:de\s+|det\s+|den\s+|alle\s+)?(?P<s>(?!(?:de|det|den|alle)\s)[\p{L}][\p{L}\-]*)")


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


class _SpanSet:
    """Sorted, non-overlapping spans with a fast overlap test."""

    def __init__(self, spans: Sequence[tuple[int, int]] = ()):
        self.starts: list[int] = []
        self.ends: list[int] = []
        for s in sorted(spans):
            if self.ends and s[0] < self.ends[-1]:
                self.ends[-1] = max(self.ends[-1], s[1])
            else:
                self.starts.append(s[0])
                self.ends.append(s[1])

    def hits(self, span: tuple[int, int]) -> bool:
        i = bisect_right(self.starts, span[1] - 1) - 1
        return i >= 0 and self.ends[i] > span[0]

    def add(self, span: tuple[int, int]) -> None:
        i = bisect_left(self.starts, span[0])
        self.starts.insert(i, span[0])
        self.ends.insert(i, span[1])


#: A correction note: "Ændret 09. januar 2023 kl. 15:01" dates a change, not the release.
_CORRECTION = _rc(r"(?i)\b(?:ændret|opdateret|rettet|senest\s+opdateret|revideret|redigeret)\b\s*:?\s*(?:den\s+)?\Z")


def _published_from_header(text: str, blocks: list[Block]) -> dt.date | None:
    """The first full date in the header (before the body's second paragraph)."""
    paragraphs = 0
    for b in blocks:
        if b.kind in ("paragraph", "lead"):
            paragraphs += 1
            if paragraphs > 1:
                break
        if b.kind not in ("dateline", "headline", "heading", "furniture", "lead"):
            continue
        chunk = text[b.start : b.end]
        if b.kind in ("lead", "headline", "paragraph") and not _HEADER_CUE.search(chunk):
            # a dateline on the block's first line, glued to the lead under it ("07-03-2019" /
            # "PRESSEMEDDELELSE – Ministeren ...")
            first = chunk.split("\n", 1)[0].strip()
            if "\n" in chunk and len(first) <= 40:
                for c in grammar.find_dates(first, None):
                    if c.precision == "day" and c.value and c.priority >= 70 and c.start == 0 \
                            and c.end >= len(first) - 6:
                        return dt.date.fromisoformat(c.value)
            continue
        for c in grammar.find_dates(chunk, None):
            if c.precision == "day" and c.value and c.priority >= 70 and \
                    not _CORRECTION.search(chunk, max(0, c.start - 30), c.start):
                return dt.date.fromisoformat(c.value)
    for b in blocks:
        chunk = text[b.start : b.end]
        if len(chunk) > 120:
            continue
        m = _PUBLISHED_LABEL.match(chunk)
        if m is None:
            continue
        for c in grammar.find_dates(chunk[m.end():], None):
            if c.precision == "day" and c.value and c.priority >= 70 and c.start <= 12:
                return dt.date.fromisoformat(c.value)
    return _dateline_in_header(text, blocks)


def _month_of_header(text: str, blocks: list[Block]) -> dt.date | None:
    """The last day of the one month with its year that the header's short lines name."""
    months = set()
    for b in blocks:
        if b.kind in ("paragraph", "lead", "bullet"):
            break
        chunk = text[b.start : b.end]
        if len(chunk) > 160:
            continue
        for c in grammar.find_dates(chunk, None):
            if c.precision == "month" and c.value and not c.extra.get("part"):
                months.add(c.value)
    if len(months) != 1:
        return None
    y, m = map(int, months.pop().split("-"))
    return dt.date(y, m, calendar.monthrange(y, m)[1])


def _dateline_in_header(text: str, blocks: list[Block]) -> dt.date | None:
    """A date in a publishing system's form on a short line of the header (the blocks before the
    body's first paragraph, and that paragraph's first line): "13 august, 2020", "Jul 10, 2012"."""
    for b in blocks:
        lines = text[b.start : b.end].split("\n")
        body = b.kind in ("paragraph", "lead")
        for line in lines[:1] if body else lines:
            line = line.strip()
            if not line or len(line) > 60:
                continue
            m = _DATELINE_DATE.search(line)
            # the date is the line, or ends it after a place ("Aabenraa, 13 august, 2020") or
            # stands before a time of day ("Jul 10, 2012 10:30")
            if m is None or not _DATELINE_REST.fullmatch(line, m.end()) or \
                    _CORRECTION.search(line, 0, m.start()):
                continue
            month = _DATELINE_MONTHS[(m["m"] or m["m2"]).lower()]
            try:
                return dt.date(int(m["y"] or m["y2"]), month, int(m["d"] or m["d2"]))
            except ValueError:
                continue
        if body:
            break
    return None


def _subject_after(text: str, end: int, limit: int = 60) -> str | None:
    """The noun phrase right after a figure: "151 nye aktivitetsparate" -> "nye aktivitetsparate"."""
    words = []
    pos = end
    seg = text[end : end + limit]
    for m in _WORD.finditer(seg):
        gap = seg[pos - end : m.start()]
        if gap.strip() and gap.strip() not in ("-",):
            break
        if "\n\n" in gap:
            break
        w = m.group()
        low = w.lower()
        if low in _STOP and not (low == "og" and words and words[-1].endswith("-")):
            break
        if w[0].isupper() and (words or "\n" in gap):
            break  # (a capitalised word on the next line starts a new item: "Vinterlys: 188.562")
        words.append(w)
        pos = end + m.end()
        if len(words) >= 3 or not (w.endswith("-") or low in ("og",) or _is_adjective(low)):
            break
    while words and (words[-1] == "og" or words[-1].endswith("-")):
        words.pop()
    return " ".join(words) if words else None


def _is_adjective(word: str) -> bool:
    """Danish plural adjectives before a noun end in -e ("nye", "deltagende", "ledige")."""
    return word in {"nye", "nyt", "flere", "øvrige", "ekstra", "nuværende", "deltagende", "ledige",
                    "unge", "ældre", "danske", "udenlandske", "faste", "fuldtidsbeskæftigede"} or (
        word.endswith(("ende", "ige", "ske")) and len(word) > 6
        or word.endswith("ede") and len(word) > 4  # "øgede medicinudgifter", "samlede udgifter"
    )


def _money_subject(text: str, end: int) -> str | None:
    """What an amount is for: "23,5 mio. kr. investeres i personale" -> "personale"."""
    m = _MONEY_FOR.match(text[end : end + 80])
    if m:
        return _subject_after(text, end + m.end() - 1) or None
    return None


_AFTER_COUNT_NOT = _rc(
    # a figure before a unit of time is a duration or an age ("80 år"), never a count;
    # "tre gange så mange" is a multiplier
    # (read within the paragraph: what follows a blank line says nothing about the figure)
    rf"{grammar._WS_IN_PARAGRAPH}(?:år|års|måned|måneder|uge|uger|dag|dage|døgn|timer|minutter)"
    r"(?![\p{L}])"
    rf"|{grammar._WS_IN_PARAGRAPH}gange{grammar._WS_IN_PARAGRAPH}"
    r"(?:så|større|flere|mere|mindre|færre|højere|lavere|som)"
    r"(?![\p{L}])"
)


def _counting_year(text: str, c: Candidate) -> bool:
    """A date, period or year read from a number that counts the noun after it ("2000 lærere")."""
    if c.kind not in ("date", "year", "period") or not c.num_spans:
        return False
    s, e = c.num_spans[0]
    if _DATE_PREP_BEFORE.search(text, max(0, s - 4), s):
        return False  # "fra 3.100 børn i 2016 til 3.520 børn i 2020": "i 2016" is a date
    return e - s == 4 and _YEAR_NUMERAL.fullmatch(text, s, e) is not None and \
        _COUNTED_AFTER_YEAR.match(text, e) is not None


#: A capitalised word right after a figure, not a compound ("Odense-borgere") nor a label
#: before another figure ("Aarhus 1.200 Odense 900"): the figure is part of a name.
_NAME_AFTER = _rc(r"[ \t]\p{Lu}\p{Ll}{2,}(?![\p{L}\d-])(?![ \t]*\d)")
#: ... after a word in lower case (not a label or a sentence start: "I 2020 Aarhus").
_WORD_BEFORE_NAME = _rc(r"(?<![\p{L}])(?:\p{Ll}+|og|eller),?[ \t]\Z")


def _plausible_count(text: str, c: Candidate) -> bool:
    """A count counts whole things: no decimals without a scale ("3,4 i dagplejen" is an average
    or a level, not a count), no duration, and a number word needs the counted noun after it."""
    vals = c.value if isinstance(c.value, list) else [c.value]
    if any(not float(v).is_integer() for v in vals):
        return False
    if c.extra.get("partitive"):
        return True
    if _AFTER_COUNT_NOT.match(text, c.end):
        return False
    if text[c.end - 1].isdigit() and _NAME_AFTER.match(text, c.end) and _WORD_BEFORE_NAME.search(
            text, max(0, c.start - 20), c.start):
        return False  # "ejer Kvickly, Brugsen og 365 Discount, der ...": a name with a numeral
    if c.extra.get("words"):
        # a number word is a count only when it counts something written after it, or is the
        # change to a figure ("steg med tolv til 140")
        if _subject_after(text, c.end) is None and not (
                _TO_FIGURE_AFTER.match(text, c.end)
                and grammar._CHANGE_MED_BEFORE.search(text, max(0, c.start - 60), c.start)):
            return False
    return True


def _find_facts(
    text: str,
    blocks: list[Block],
    sentences: list[Sentence],
    published: dt.date | None,
) -> tuple[list[Fact], dt.date | None]:
    found = None
    if published is None:
        found = _published_from_header(text, blocks)
    # without a publication date, the month a header names ("Danmarks Statistik, bilsalg, maj
    # 2021") is what "i april" and "i år" are read against (it is not the publication date)
    pub = published or found or _month_of_header(text, blocks)

    masks = _SpanSet(grammar.find_masks(text))
    skip_blocks = _SpanSet(
        [(b.start, b.end) for b in blocks if b.kind in ("furniture", "contact")]
    )

    candidates: list[Candidate] = []
    candidates += grammar.find_targets(text, pub)
    candidates += grammar.find_periods(text, pub)
    candidates += grammar.find_dates(text, pub)
    candidates += grammar.find_money(text)
    candidates += grammar.find_percent(text)
    candidates += grammar.find_ratio(text)
    candidates += grammar.find_multiplied(text)
    candidates += grammar.find_age(text)
    candidates += grammar.find_quantity(text)
    candidates += grammar.find_year_periods(text)
    after_years: list[Candidate] = []
    after_years += grammar.find_table_cells(text)
    after_years += grammar.find_per_rates(text)
    after_years += grammar.find_partitive_counts(text)
    after_years += grammar.find_index_levels(text)

    hits = masks.hits

    def masked(c: Candidate) -> bool:
        for s in c.num_spans:
            if hits(s):
                return True
        return skip_blocks.hits((c.start, c.end)) and c.kind != "date"

    taken = _SpanSet()
    absorbed = _SpanSet()
    accepted: list[Candidate] = []
    targets: list[Candidate] = []

    def select(candidates: list[Candidate]) -> None:
        """Take the candidates in order of priority, then length, each unless it overlaps one
        taken before it (or a part a taken one absorbed)."""
        candidates = [c for c in candidates if not masked(c) and not _counting_year(text, c)]
        candidates.sort(key=lambda c: (-c.priority, -(c.end - c.start), c.start))
        for c in candidates:
            span = (c.start, c.end)
            if c.kind == "target":
                if any(_overlaps(span, (t.start, t.end)) for t in targets):
                    continue
                targets.append(c)
                for a in c.absorbs:
                    absorbed.add(a)
                continue
            if absorbed.hits(span) or taken.hits(span):
                continue
            if c.kind in ("percent", "count") and c.absorbs:
                # the base of a percent ("60 procent af de 20") or a count ("Ti af de 30") is
                # part of it
                for a in c.absorbs:
                    if not taken.hits(a):
                        absorbed.add(a)
            taken.add(span)
            accepted.append(c)

    def over() -> _SpanSet:
        """What is taken or absorbed so far, as one set of spans."""
        return _SpanSet(list(zip(taken.starts, taken.ends)) + list(zip(absorbed.starts, absorbed.ends)))

    # Candidates are taken in order of priority, so a finder whose candidates all rank below
    # those taken so far runs after them: one of its candidates over a fact already taken
    # would be left out anyway, and is never built. Bare years rank at most YEARS_PRIORITY;
    # plain counts rank below every other kind (most numbers in a release are inside a fact
    # taken before them: the "60" of "60 mio. kr.").
    top = grammar.YEARS_PRIORITY
    select([c for c in candidates + after_years if c.priority > top])
    years = list(grammar.find_years(text, skip=over().hits))
    select([c for c in candidates if c.priority <= top] + years
           + [c for c in after_years if c.priority <= top])
    taken_so_far = over()
    select(list(grammar.find_counts(text, skip=taken_so_far.hits,
                                    omit=list(zip(taken_so_far.starts, taken_so_far.ends)))))
    accepted += targets
    accepted.sort(key=lambda c: (c.start, c.end))

    sent_starts = [s.start for s in sentences]
    facts: list[Fact] = []
    for c in accepted:
        nums = c.value if isinstance(c.value, list) else [c.value]
        if any(isinstance(v, float) and not math.isfinite(v) for v in nums):
            continue  # a 400-digit run is no figure
        if c.kind == "count" and not _plausible_count(text, c):
            continue
        if c.qualifier in _NEGATED and (neg := _NOT_BEFORE.search(text, max(0, c.start - 8), c.start)):
            # "ikke over 40" is at most 40; "ikke mindre end 396 bøder" is said for emphasis of
            # the figure itself, as press releases use it: the value, not a bound below it
            c.start = neg.start()
            if c.qualifier == "under" and _EMPHATIC.match(text, neg.end()):
                c.qualifier = None
            else:
                c.qualifier = _NEGATED[c.qualifier]
        if c.kind in _SIGNED_KINDS and not c.qualifier and isinstance(c.value, (int, float)) \
                and c.value > 0:
            sign = _SIGN_BEFORE.search(text, max(0, c.start - 8), c.start)
            if sign is not None:
                c.start = sign.start()
                c.value = -c.value
        si = bisect_right(sent_starts, c.start) - 1
        sentence = sentences[si].index if si >= 0 else -1
        block = sentences[si].block if si >= 0 else -1
        fact = Fact(
            kind=c.kind,
            text=text[c.start : c.end],
            start=c.start,
            end=c.end,
            value=c.value,
            unit=c.unit,
            qualifier=c.qualifier,
            role=c.role,
            base=c.base,
            precision=c.precision,
            sentence=sentence,
            block=block,
            extra={k: v for k, v in c.extra.items() if k != "words"},
        )
        if c.kind in ("count", "percent", "quantity"):
            after = text[c.end : c.end + 80]
            if c.kind == "count" and c.extra.get("partitive"):
                fact.subject = c.extra.get("noun") or (
                    _subject_after(text, c.extra["base_span"][1]) if c.extra.get("base_span") else None)
            elif c.kind == "percent" and c.extra.get("base_span"):
                fact.subject = _subject_after(text, c.extra["base_span"][1])
            elif c.kind == "percent":
                m = _PCT_OF.match(after)
                fact.subject = m.group("s") if m else None
            else:
                fact.subject = _subject_after(text, c.end)
        elif c.kind == "money":
            fact.subject = _money_subject(text, c.end)
        elif c.kind == "target":
            fact.subject = c.extra.get("metric")
        facts.append(fact)
    for i, f in enumerate(facts, 1):
        f.id = f"f{i}"
    return facts, found


def find_facts(
    text: str,
    blocks: list[Block],
    sentences: list[Sentence],
    published: dt.date | None,
) -> tuple[list[Fact], dt.date | None]:
    """All facts of a text, with the publication date found in its header (if any)."""
    from .scan import scanning

    with scanning(text):
        return _find_facts(text, blocks, sentences, published)
