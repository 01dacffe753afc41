import datetime as dt

import pytest

import kikfacts


def facts(text, **kw):
    return [(f.kind, f.value) for f in kikfacts.extract(text, **kw).facts]


def test_money_parts_with_subjects():
    doc = kikfacts.extract(
        "Kommunen investerer samlet 60,5 millioner kroner. 23,5 millioner kroner investeres i "
        "personale, mens 37 millioner kroner investeres i indsatser."
    )
    money = doc.facts_of("money")
    assert [f.value for f in money] == [60_500_000, 23_500_000, 37_000_000]
    assert money[1].subject == "personale"
    assert doc.text[money[0].start : money[0].end] == money[0].text


def test_counts_with_number_words_and_subjects():
    doc = kikfacts.extract("To borgere er kommet i job, mens otte øvrige er i praktik.")
    counts = doc.facts_of("count")
    assert [(f.value, f.subject) for f in counts] == [(2, "borgere"), (8, "øvrige")]


def test_article_is_not_a_count():
    assert facts("En borger fik et job i går.") == []


def test_percent_with_base_absorbs_the_base():
    doc = kikfacts.extract("Forventningen er, at 60 procent af de 20 deltagende borgere bliver selvforsørgende.")
    (p,) = doc.facts
    assert (p.kind, p.value, p.base, p.role) == ("percent", 60, 20, "share")


def test_relative_date_uses_publication_date():
    doc = kikfacts.extract("Status: 31. oktober i år var der 705.", published=dt.date(2016, 12, 14))
    assert ("date", "2016-10-31") in [(f.kind, f.value) for f in doc.facts]
    assert ("count", 705) in [(f.kind, f.value) for f in doc.facts]


def test_publication_date_from_header_is_day_first():
    doc = kikfacts.extract("Nyhed er fra 04-06-2019\n\nOverskrift\n\nTekst med 20 borgere.")
    assert doc.published == dt.date(2019, 6, 4)
    assert doc.published_source == "header"


@pytest.mark.parametrize(
    "text",
    [
        "Ring på tlf.: 40 42 64 69 for mere.",
        "Skriv til es@aabenraa.dk i dag.",
        "Mødet starter kl. 10.30 på rådhuset.",
        "Projektet hedder KIK II og kører videre.",
        "Adressen er Skelbækvej 2, 6200 Aabenraa.",
    ],
)
def test_not_facts(text):
    assert facts(text) == []


def test_page_furniture_date_split_over_lines_is_not_a_count():
    assert facts("Overskrift\n\n04\n062019\n\nBrødtekst uden tal.") == []


def test_spans_lie_inside_the_text():
    text = open(__file__, encoding="utf-8").read()
    for f in kikfacts.extract(text).facts:
        assert text[f.start : f.end] == f.text


def test_extract_rejects_bytes():
    with pytest.raises(TypeError):
        kikfacts.extract(b"bytes")
