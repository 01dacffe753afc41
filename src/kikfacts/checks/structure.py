"""Relations the text itself asserts, found from its structure and cue words.

Several checks share these: a stock-and-flow series ("Da projektet startede ... 1.008 ...
151 nye ... var der 705 ... i alt 454"), level pairs ("steg fra 2.400 til 2.700"), and totals with
their parts ("samlet 60,5 mio. kr. ... heraf ..., mens ..."). Nothing here tries every
combination of figures: each relation needs the cue words that make the text assert it.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

import regex

from kikfacts.patterns import compile as _rc

from ..model import Document, Fact
from .base import numeric, same_unit, text_after, text_before

TOTAL_BEFORE = _rc(
    r"(?i)(?:\bsamlet|\bi\s+alt|\btotalt|\btotal\w*|\bsammenlagt|\btilsammen|\balt\s+i\s+alt|"
    r"\bi\s+samlet|\bbruttobudget\w*|\bsamlede)\W+(?:[\p{L}-]+\W+){0,4}$"
)
TOTAL_AFTER = _rc(r"(?i)^\s*(?:i\s+alt|samlet|tilsammen|totalt)\b")
PART_CUE = _rc(
    r"(?i)\b(?:heraf|hvoraf|fordelt\s+på|fordeler\s+sig|fordelt\s+med|bestående\s+af|går\s+til|"
    r"mens|og\s+resten|resten|øvrige|deraf|fordeles)\b|:"
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
_TABLE_ROW = _rc(
    r"(?m)^[ \t]*(?P<label>\S.*?)(?:[ \t]{2,}|\t)(?P<nums>[-+−]?\d[\d.,]*(?:(?:[ \t]{2,}|\t)[-+−]?\d[\d.,]*)*)[ \t]*$"
)
_TOTAL_LABEL = _rc(r"(?i)^(?:i\s+alt|total\w*|samlet|sum|heraf\s+i\s+alt|alle)\b")
OF_TOTAL = _rc(r"(?i)(?:^|\b)af\s+(?:de|i\s+alt)\s*$")
EXHAUSTIVE = _rc(r"(?i)\b(?:fordelt|fordeler|mens|resten|øvrige|og\s+de\s+sidste)\b")
STOP_TOTAL = _rc(r"(?i)\b(?:samlet|i\s+alt|totalt|sammenlagt|tilsammen)\b")


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
    r"(?i)\b(?:flere|færre|mere|mindre|højere|lavere|større|dyrere|billigere)\s+end\b"
)
_ANAPHOR = _rc(
    r"(?i)\b(?:tallet|antallet|niveauet|det\s+tal|var\s+der|er\s+der\s+nu|nu\s+er\s+der|"
    r"lå\s+det|ligger\s+det|var\s+det)\b"
)


class Structure:
    """Lazily found relations of one document, shared by the checks."""

    def __init__(self, doc: Document):
        self.doc = doc

    # ------------------------------------------------------------------ totals and parts
    @cached_property
    def parts_relations(self) -> list[PartsRelation]:
        doc = self.doc
        out: list[PartsRelation] = []
        facts = numeric(doc.facts)
        used: set[str] = set()
        for i, total in enumerate(facts):
            if total.id in used:
                continue
            before = text_before(doc, total, 60)
            after = text_after(doc, total, 20)
            cue = bool(TOTAL_BEFORE.search(before) or TOTAL_AFTER.match(after)
                       or OF_TOTAL.search(before))
            rel = self._parts_in_sentence(total, facts[i + 1 :], strong_only=not cue)
            if rel is None and cue:
                rel = (self._parts_following(total, facts[i + 1 :])
                       or self._parts_before(total, facts[:i])
                       or self._parts_in_list(total, facts[i + 1 :]))
            elif rel is None and self._only_one_in_sentence(total, facts):
                rel = (self._parts_following(total, facts[i + 1 :], opening=True)
                       or self._parts_in_list(total, facts[i + 1 :], announced_only=True))
            if rel and len(rel.parts) >= 2 and not any(p.id in used for p in rel.parts):
                out.append(rel)
                used.update(p.id for p in rel.parts)
                used.add(total.id)
        return out

    def _only_one_in_sentence(self, total: Fact, facts: list[Fact]) -> bool:
        """Without a cue word, a total is only trusted when it is the one such figure around."""
        return sum(1 for f in facts if f.sentence == total.sentence and same_unit(f, total)) == 1

    def _parts_before(self, total: Fact, prev: list[Fact]) -> PartsRelation | None:
        """Parts in the sentence before a total: "407 mio. kr., mens 938 mio. kr. Samlet 1.345"."""
        doc = self.doc
        if not TOTAL_BEFORE.search(text_before(doc, total, 60)):
            return None
        ps = [f for f in prev if f.sentence == total.sentence - 1
              and doc.sentences[f.sentence].block == doc.sentences[total.sentence].block]
        if len(ps) < 2 or not all(self._eligible(total, f) for f in ps):
            return None
        s = doc.sentences[ps[0].sentence]
        stext = doc.text[s.start : s.end]
        if STOP_TOTAL.search(stext) or not PART_CUE.search(stext):
            return None
        return PartsRelation(total, ps, True, "before")

    def _parts_in_list(self, total: Fact, rest: list[Fact], announced_only: bool = False
                       ) -> PartsRelation | None:
        """A total, a sentence ending in ":" that announces a split, then one part per bullet."""
        doc = self.doc
        tb = doc.sentences[total.sentence].block
        announce = None
        last = total.sentence + (2 if announced_only else 3)
        for si in range(total.sentence, min(last, len(doc.sentences))):
            st = doc.sentence_text(si).rstrip()
            cue = r"(?i)\bfordel" if announced_only else r"(?i)\bfordel|\bgår\s+til|\bbruges|\bheraf|\bsåledes"
            if st.endswith(":") and regex.search(cue, st):
                announce = si
                break
        if announce is None or doc.sentences[announce].block > tb + 2:
            return None
        parts = []
        block = doc.sentences[announce].block + 1
        for f in rest:
            b = doc.blocks[doc.sentences[f.sentence].block]
            if b.index < block:
                continue
            if b.kind != "bullet" or b.index != block:
                break
            if not self._eligible(total, f):
                return None
            parts.append(f)
            block += 1
        if len(parts) < 2:
            return None
        return PartsRelation(total, parts, True, "list")

    def _eligible(self, total: Fact, f: Fact) -> bool:
        if not same_unit(total, f) or f.number is None or total.number is None:
            return False
        if isinstance(f.value, list):
            return False
        # a part larger than its total is an error to report, not a reason to look away;
        # beyond a thousandfold (a slipped scale word) it is something else
        return 0 < f.number <= total.number * 1000.5

    def _parts_in_sentence(self, total: Fact, rest: list[Fact], strong_only: bool = False
                           ) -> PartsRelation | None:
        doc = self.doc
        same = [f for f in rest if f.sentence == total.sentence]
        if len(same) < 2:
            return None
        gap = doc.text[total.end : same[0].start]
        if not (STRONG_PART_CUE if strong_only else PART_CUE).search(gap):
            return None
        if strong_only and not same_unit(total, same[0]):
            return None
        parts = []
        for f in same:
            if not self._eligible(total, f):
                break
            parts.append(f)
        if len(parts) < 2:
            return None
        span = doc.text[total.end : parts[-1].end]
        return PartsRelation(total, parts, bool(EXHAUSTIVE.search(span)) or " og " in
                             doc.text[parts[-2].end : parts[-1].start], "sentence")

    def _parts_following(self, total: Fact, rest: list[Fact], opening: bool = False
                         ) -> PartsRelation | None:
        """Parts in the one or two sentences after the total ("..., mens 37 mio. kr. ...")."""
        doc = self.doc
        limit = 1 if opening else 2
        nxt = [f for f in rest if total.sentence < f.sentence <= total.sentence + limit]
        if not nxt:
            return None
        first_sentence = nxt[0].sentence
        parts = [f for f in nxt if f.sentence == first_sentence]
        if len(parts) < 2:
            return None
        s = doc.sentences[first_sentence]
        stext = doc.text[s.start : s.end]
        if STOP_TOTAL.search(stext) or not PART_CUE.search(stext):
            return None
        if opening and not (OPENING_PART_CUE.match(stext) or
                            STRONG_PART_CUE.search(doc.text[s.start : parts[0].start])):
            return None
        # the parts' sentence must follow the total's sentence in the same block or list
        tb = doc.blocks[doc.sentences[total.sentence].block]
        pb = doc.blocks[s.block]
        if pb.index != tb.index and not (pb.index == tb.index + 1 and
                                         {tb.kind, pb.kind} <= {"bullet", "paragraph", "lead"}):
            return None
        if not all(self._eligible(total, f) for f in parts):
            return None
        return PartsRelation(total, parts, bool(EXHAUSTIVE.search(stext)), "following")

    # ------------------------------------------------------------------ tables
    @cached_property
    def table_relations(self) -> list[PartsRelation]:
        """Columns of a table written as text that end in an "I alt" row."""
        doc = self.doc
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

        for m in _TABLE_ROW.finditer(doc.text):
            if doc.text[last_end:m.start()].count("\n") > 1 and last_end >= 0:
                rows = []  # a blank line ends a table
            last_end = m.end()
            cells = [(m.start("nums") + c.start(), m.start("nums") + c.end())
                     for c in regex.finditer(r"[-+−]?\d[\d.,]*", m.group("nums"))]
            label = m.group("label").strip()
            if _TOTAL_LABEL.match(label) and rows:
                for j, (a, b) in enumerate(cells):
                    total = cell_fact(a, b)
                    parts = []
                    for _, rc in rows:
                        if j >= len(rc) or len(rc) != len(cells):
                            parts = []
                            break
                        pf = cell_fact(*rc[j])
                        if pf is None:
                            parts = []
                            break
                        parts.append(pf)
                    if total is not None and len(parts) >= 2 and all(same_unit(total, p) for p in parts):
                        out.append(PartsRelation(total, parts, True, "table"))
                rows = []
            else:
                rows.append((label, cells))
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
                        regex.search(r"(?i)\bi\s+alt\s*$", near_before) and _OUT.search(text_after(doc, f, 80))
                        or _OUT.match(near_after[:25].lstrip(" \t")) is not None
                        or regex.match(r"\s+(?:[\p{L}-]+\s+){0,2}?(?:forlod|forladt|udskrevet|fraflyttet)\b",
                                       near_after)):
                    roles["outflow"] = f
                elif "start" not in roles and _START.search(sent):
                    roles["start"] = f
                elif "end" not in roles and "start" in roles and f.value != roles["start"].value and (
                            _END.search(near_before[-30:] + " " + near_after[:20]) or any(
                                d.kind == "date" and d.sentence == f.sentence for d in doc.facts)):
                    roles["end"] = f
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
            if a.sentence == b.sentence and 0 < a.number <= b.number and regex.fullmatch(
                r"(?i)(?:\s+[\p{L}-]+){0,2}?\s+af\s+(?:de|dem|alle|\p{L}+s)?\s*", doc.text[a.end : b.start]
            ):
                out.append((a, b))
        for i, a in enumerate(counts):
            # "130 tjenestebiler, og 42 af dem": "dem" is the count just before, in the sentence
            if i and regex.match(r"(?i)\s+af\s+dem\b", doc.text[a.end : a.end + 10]):
                b = counts[i - 1]
                if b.sentence == a.sentence and 0 < a.number <= b.number:
                    out.append((a, b))
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
            if regex.search(r"(?i)\bfra\s+$", pre) and regex.fullmatch(
                r"(?is)[^.;:!?]{0,60}?\btil\s+", mid
            ):
                out.append(LevelPair(a, b))
            elif regex.fullmatch(r"(?is)[^.;:!?]{0,40}?\b(?:mod|sammenlignet\s+med|imod)\s+", mid) \
                    and not regex.search(r"(?i)\bfra\s+$", pre):
                out.append(LevelPair(b, a))  # "217 mio. kr. mod 171 mio. kr. året før"
        out += self._series_pairs(facts)
        out += self._comparative_pairs(facts)
        for sf in self.stock_flows:
            out.append(LevelPair(sf.start, sf.end))
        return out

    def _comparative_pairs(self, facts: list[Fact]) -> list[LevelPair]:
        """ "Landmændene høstede 7,1 mio. tons. Det er 25 pct. mindre end i 2022, hvor
        produktionen var 9,5 mio. tons": the figure after "end ..., hvor" is the earlier level,
        the one figure of the same kind in the sentence before is the new one."""
        doc = self.doc
        out = []
        for m in _COMPARATIVE.finditer(doc.text):
            si = next((s.index for s in doc.sentences if s.start <= m.start() < s.end), None)
            if si is None or si == 0:
                continue
            after = [f for f in facts if f.sentence == si and f.start >= m.end() and f.kind != "percent"
                     and not isinstance(f.value, list)]
            if not after:
                continue
            y = after[0]
            if not regex.search(r"(?i)\bhvor\b|\bda\b|\bvar\b|\bde\s*$",
                                doc.text[m.end() : y.start]):
                continue
            prev = [f for f in facts if f.sentence == si - 1 and same_unit(f, y)
                    and not isinstance(f.value, list)]
            if len(prev) == 1 and doc.sentences[si - 1].block == doc.sentences[si].block:
                out.append(LevelPair(y, prev[0]))
        return out

    def _series_pairs(self, facts: list[Fact]) -> list[LevelPair]:
        """A figure at one date and the same kind of figure at a later date, in consecutive
        sentences or list items: "2.561 personer i november 2016 ... i november 2018 var
        tallet 2.185", "April 2016: 156.500" / "December 2018: 123.800"."""
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
            if not nxt or si not in dated or si + 1 not in dated or dated[si] >= dated[si + 1]:
                continue
            a = [f for f in fs if f.kind != "percent"]
            b = [f for f in nxt if f.kind != "percent"]
            if len(a) != 1 or len(b) != 1 or not same_unit(a[0], b[0]):
                continue
            b_sent = doc.sentence_text(si + 1)
            ba, bb = doc.blocks[doc.sentences[si].block], doc.blocks[doc.sentences[si + 1].block]
            listed = ba.kind == bb.kind == "bullet"
            if not listed and not _ANAPHOR.search(b_sent):
                continue
            if not listed and ba.index != bb.index:
                continue
            out.append(LevelPair(a[0], b[0]))
        return out
