"""The scanner's shortcuts give the same matches as the patterns they stand for."""

from __future__ import annotations

from pathlib import Path

import pytest
import regex

from kikfacts import grammar
from kikfacts.scan import Scanner

ROOT = Path(__file__).resolve().parents[1]
TEXTS = sorted((ROOT / "corpus" / "docs").glob("*.txt")) + sorted(
    (ROOT / "corpus" / "heldout").glob("*.txt"))

#: Text with a mask of every shape (written for kikfacts), where each mask starts with a digit,
#: a letter or a sign.
MASKY = """Kontakt: Tlf. 40 42 64 69, mobil +45 2211 3344, mail presse@kommune.dk, www.kommune.dk
CVR-nr. 12345678, sagsnr. EMN-2023-00295, j.nr. 21/04512, lov nr. 1234, § 17, stk. 2, §§ 244, 245 og 246.
Mødet er kl. 10.30-12, og dørene åbner 09.00; åbningstider 8-22 alle dage. Ring 1813 hvis du er syg.
Beløb i 1.000 kr. Se side 4, bilag 2 og 3, uge 42-45, Hovedgade 12, 2. sal, 6200 Aabenraa.
COVID-19, 3.g, CO2, 80'erne, 225-timersreglen, på én gang, under ét tag, indeks 2015=100.
1. Første punkt
2) Andet punkt
Horns Rev 3 er bygget. 24/7 og 50/50. Verdensmål 7.3 og 34 pr. 1.000 børn. 6. jan. 2012 9.37.
"""


def _texts():
    yield "masky", MASKY
    for p in TEXTS:
        yield p.name, p.read_text(encoding="utf-8")


#: The patterns matched through a ``WordAlternation``, with the scanner kind they run under.
ALTERNATIONS = [("MASKS", "mask"), ("_PERIOD", "period"), ("_DATE", "date")]


@pytest.mark.parametrize("name,text", list(_texts()), ids=lambda v: v if len(v) < 40 else "")
def test_word_alternations_match_the_whole_alternation(name, text):
    # at every candidate start of every kind (not only their own), the alternatives chosen by
    # the word there give the whole alternation's match: the same span and the same groups
    sc = Scanner(text)
    every = sorted({p for pos in sc.positions.values() for p in pos})
    stops = [sc.stop(p) for p in every]
    assert every
    for attr, kind in ALTERNATIONS:
        alt = getattr(grammar, attr)
        matched = 0
        for p, stop in zip(every, stops):
            whole = alt.pattern.match(text, p, stop)
            split = alt.match(text, p, stop)
            assert (split and split.span()) == (whole and whole.span()), (attr, p, text[p:p + 30])
            if whole is not None:
                assert split.groupdict() == whole.groupdict(), (attr, p, text[p:p + 30])
                matched += 1
        if name == "masky" and attr == "MASKS":
            assert matched >= 30


def test_word_alternation_leaves_out_what_cannot_match_there():
    masks = grammar.MASKS
    phone = next(i for i, a in enumerate(masks.alternatives) if a.startswith("(?i)\\b(?:tlf"))
    assert phone in masks.choose("Tlf. ")
    assert phone not in masks.choose("på ")
    assert masks.choose("borgere ") == ()  # an ordinary word starts no mask
    period = grammar._PERIOD
    # "i" may start a duration ("i to år") or "i perioden ...", never "fra ... til"'s second form
    both = period.choose("i ")
    assert 0 < len(both) < len(period.alternatives)
    assert period.choose("i perioden ", both) != period.choose("i 0 ", both)
    # a group of an alternative left out is there, and not set
    m = period.match("over tre år fra 2016", 0)
    assert m is not None and m.group("fy") == "2016" and m.group("p1") is None


def test_relax_keeps_every_match():
    from kikfacts.scan import relax

    # (pattern, a text, where in it the pattern matches)
    cases = [
        (r"(?<![\d.,])0\d[.:][0-5]\d(?![\d,]|\.\d)", "kl. 09.45 og", 4),
        (r"(?:(?<=,\s?)|(?<=DK-))\d{4}[ \t]+\p{Lu}\p{Ll}+", "Vej 3, 6200 Aabenraa", 7),
        (r"(?!(?:19|20)\d\d-)\d+-(?=\p{L}{3,})\p{L}+", "en 225-timersregel", 3),
        (r"(?<=(?i:pr\.|per)[ \t]{1,3})(?:1|10|100)(?:\.?000)*", "34 pr. 100.000 børn", 7),
        (r"(?P<y1>(?:19|20)\d\d)[^0]", "i 2019-20", 2),
    ]
    zeros = str.maketrans("123456789", "000000000")
    for pattern, text, at in cases:
        relaxed = regex.compile(relax(pattern))
        assert "(?<" not in relax(pattern)
        assert regex.compile(pattern).match(text, at) is not None
        # the relaxed pattern needs no context, and any digits do: the shape "0000" of "2019"
        assert relaxed.match(text[at:]) is not None
        assert relaxed.match(text[at:].translate(zeros)) is not None
    # what it drops is only what needs the context: a negative look-ahead without digits stays
    assert relax(r"\d+(?!\s*kr)") == r"\d+(?!\s*kr)"
    assert relax(r"\d+(?!0)") == r"\d+"


def test_alternatives_split_at_the_top_level_only():
    from kikfacts.scan import alternatives

    assert alternatives("(?:x|y)|z") == ["x", "y", "z"]
    assert alternatives("(?:x|y)+|z") == ["(?:x|y)+", "z"]
    assert alternatives(r"a\|b|[|]|c") == [r"a\|b", "[|]", "c"]


#: Goal verbs where a whitespace word holds more than the verb (written for kikfacts).
VERBY = """Vi vil (halvere) ventetiden og CO2-reducere med 30 pct. Antallet SKAL ned på 800.
Målet er at "nedbringe" fraværet fra 9 til 7 procent, og udgifterne skal/kan reduceres med 5 mio.
Vi vil komme
ned på 12 procent. Tallet skulle gerne op til 40. Ledigheden hæves-sænkes ikke."""


@pytest.mark.parametrize("name,text", [("verby", VERBY), *list(_texts())],
                         ids=lambda v: v if len(v) < 40 else "")
def test_goal_verbs_are_found_at_their_words(name, text):
    # the scanner tries a target's verb only at the words that can start one, and finds what
    # searching the whole text finds
    from kikfacts.scan import scanning

    with scanning(text) as sc:
        scanned = [m.span() for m in sc.finditer(grammar._TARGET_VERB, "verb")]
    assert scanned == [m.span() for m in grammar._TARGET_VERB.finditer(text)]
    if name == "verby":
        assert len(scanned) >= 8
