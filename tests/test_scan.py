"""The scanner's shortcuts give the same matches as the patterns they stand for."""

from __future__ import annotations

from pathlib import Path

import pytest

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


@pytest.mark.parametrize("name,text", list(_texts()), ids=lambda v: v if len(v) < 40 else "")
def test_masks_by_first_character_match_the_whole_alternation(name, text):
    sc = Scanner(text)
    pos = sc.positions["mask"]
    stops = sc._stops_for(pos)
    assert pos
    matched = 0
    for p, stop in zip(pos, stops):
        whole = grammar.MASKS.pattern.match(text, p, stop)
        split = grammar.MASKS.match(text, p, stop)
        assert (split and split.span()) == (whole and whole.span()), (name, p, text[p:p + 30])
        matched += whole is not None
    if name == "masky":
        assert matched >= 30


def test_masks_cover_every_start_class():
    # each group holds what can start with its class, in the alternation's order
    assert grammar.MASKS.digit.match("40 42 64 69")
    assert grammar.MASKS.letter.match("Tlf. 40 42 64 69")
    assert grammar.MASKS.other.match("+45 2211 3344")
    assert grammar.MASKS.other.match("§ 17")
    assert not grammar.MASKS.digit.match("§ 17")
