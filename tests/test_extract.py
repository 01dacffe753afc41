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


# --------------------------------------------------------------- evaluator reports (generic rules)
def test_call_verb_numbers_are_masked_but_counts_after_them_are_not():
    from kikfacts import grammar

    def masked(t):
        return [t[a:b] for a, b in grammar.find_masks(t)]

    assert any("112" in s for s in masked("Ring 112 ved ulykker."))
    assert any("1813" in s for s in masked("Kontakt 1813 hvis du er syg."))
    assert masked("Vi vil kontakte 300 borgere om ordningen.") == []
    assert masked("Kommunen ringer til 250 ældre i næste uge.") == []


def test_past_tense_month_after_publication_is_last_year():
    pub = dt.date(2023, 1, 15)
    assert facts("I december steg antallet af ledige.", published=pub) == [("date", "2022-12")]
    assert facts("Antallet er steget i november.", published=pub) == [("date", "2022-11")]
    # future or present tense: the publication year, as before
    assert facts("I december vil antallet stige.", published=pub) == [("date", "2023-12")]
    assert facts("I december stiger antallet.", published=pub) == [("date", "2023-12")]
    # late in the year a month just after publication keeps its year (a slip of tense)
    assert facts("Budgettet blev behandlet, og vedtagelsen sker den 12. oktober.",
                 published=dt.date(2022, 9, 23)) == [("date", "2022-10-12")]


def test_range_over_the_new_year_with_a_written_start_year():
    assert facts("Der er lukket fra 25. december 2022 til 3. januar.") == [
        ("period", {"start": "2022-12-25", "end": "2023-01-03"})]


def test_table_caption_and_header_units_make_money_and_years_stay_dates():
    text = (
        "Kommunens regnskab\n\n"
        "Hovedtal, mio. kr.    2022     2023\n"
        "Skoler                 274      301\n"
        "Ældre                  512      540\n"
    )
    got = facts(text, published=dt.date(2024, 1, 10))
    assert got == [("date", "2022"), ("date", "2023"), ("money", 274_000_000), ("money", 301_000_000),
                   ("money", 512_000_000), ("money", 540_000_000)]
    text2 = (
        "Kommunens regnskab\n\n"
        "Beløb i mio. kr.\n"
        "Område          2022     2023\n"
        "Skoler           274      301\n"
        "Ældre            512      540\n"
    )
    assert facts(text2, published=dt.date(2024, 1, 10))[:3] == [
        ("date", "2022"), ("date", "2023"), ("money", 274_000_000)]


def test_currency_before_a_figure_does_not_run_over_a_column_gap():
    assert facts("Prisen er kr. 1.500 for et kort.") == [("money", 1500)]
