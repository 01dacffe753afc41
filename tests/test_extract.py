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


def test_an_amounts_subject_is_not_read_from_the_next_paragraph_or_sentence():
    doc = kikfacts.extract(
        "Regionen bygger sygehus for 2,3 mia. kr.\n\nRegionsrådet har i dag godkendt byggeriet. "
        "Byggeriet koster 2,3 mia. kr. Byrådet har i dag sagt ja. Der går 4 mio. kr. til personale.")
    assert [(f.value, f.subject) for f in doc.facts_of("money")] == [
        (2_300_000_000, None), (2_300_000_000, None), (4_000_000, "personale")]


def test_a_change_word_ending_a_headline_does_not_make_the_next_paragraphs_percent_a_change():
    doc = kikfacts.extract("Mange dukker aldrig op\n\nEn opgørelse viser, at 20 procent af kursisterne "
                           "udeblev.")
    assert [(f.value, f.role) for f in doc.facts_of("percent")] == [(20, "share")]
    doc = kikfacts.extract("Udgifterne gik op\nmed 20 procent i år.")
    assert [(f.value, f.role) for f in doc.facts_of("percent")] == [(20, "change")]


def test_tusind_after_a_figure_is_its_scale():
    doc = kikfacts.extract("Havnen håndterede 4.327 tusinde tons mod 4.428 tusinde tons, og der kom 12 tusinde "
                           "gæster og tre tusind biler.")
    assert [(f.kind, f.value, f.unit) for f in doc.facts] == [
        ("quantity", 4_327_000, "ton"), ("quantity", 4_428_000, "ton"), ("count", 12_000, None),
        ("count", 3000, None)]


def test_intet_mindre_end_is_emphatic_not_a_bound():
    doc = kikfacts.extract("Der blev uddelt intet mindre end 20.693 nummerplader i august.")
    assert [(f.value, f.qualifier) for f in doc.facts if f.kind == "count"] == [(20693, None)]


def test_changes_said_with_present_tense_verbs_and_their_direction():
    doc = kikfacts.extract("Kommunen øger antallet af pladser med 12 procent. Regionen reducerer udgifterne "
                           "med 3 pct. og vandforbruget med 7 pct. Salget ligger 25 procent højere end samme "
                           "måned sidste år.")
    assert [(f.value, f.role, f.extra.get("direction")) for f in doc.facts_of("percent")] == [
        (12, "change", "up"), (3, "change", "down"), (7, "change", "down"), (25, "change", "up")]


def test_centimetres_millimetres_and_grams_are_measures():
    doc = kikfacts.extract("Vandet nåede 177 centimeter, der faldt 70 mm regn, og hver portion vejer 250 gram.")
    assert [(f.kind, f.value, f.unit) for f in doc.facts] == [
        ("quantity", 177, "cm"), ("quantity", 70, "mm"), ("quantity", 250, "g")]


def test_a_numeral_in_a_name_is_no_count_but_a_count_of_a_compound_is():
    doc = kikfacts.extract("Koncernen ejer Kvickly, Brugsen og 365 Discount, der klarer sig dårligt. Der kom "
                           "1.200 Odense-borgere, mens udlændinge stod for 1,1 mio. Det var flest tyskere.\n\n"
                           "Aarhus 1.200 Odense 900")
    assert [f.value for f in doc.facts_of("count")] == [1200, 1_100_000, 1200, 900]


def test_this_years_first_quarter_in_january_after_the_year_is_named_is_this_years():
    text = "I 2024 falder tarifferne.\n\nRabatten gælder i årets første tre måneder."
    (p,) = [f for f in kikfacts.extract(text, published=dt.date(2024, 1, 5)).facts if f.kind == "period"]
    assert (p.value["start"], p.value["end"]) == ("2024-01", "2024-03")
    text = "I 2023 slipper vi for elafgiften.\n\nDen er fjernet i årets første seks måneder."
    (p,) = [f for f in kikfacts.extract(text, published=dt.date(2023, 1, 4)).facts if f.kind == "period"]
    assert (p.value["start"], p.value["end"]) == ("2023-01", "2023-06")


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
        "Beløbet konteres på stednr. 223042 i budgettet.",
        "Bestil den under varenr. 40177 i webshoppen.",
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


def test_a_past_range_of_months_after_publication_is_last_years():
    feb = dt.date(2019, 2, 8)
    assert facts("Eksporten faldt fra december til januar.", published=feb) == [
        ("period", {"start": "2018-12", "end": "2019-01"})]
    assert facts("Fra november til december steg ledigheden.", published=dt.date(2024, 1, 30)) == [
        ("period", {"start": "2023-11", "end": "2023-12"})]
    # not told in the past: the publication year, over the new year when the months say so
    assert facts("Fra juni til august holder svømmehallen sommeråbent.", published=dt.date(2024, 5, 30)) == [
        ("period", {"start": "2024-06", "end": "2024-08"})]
    assert facts("Biblioteket holder lukket fra 25. december til 3. januar.",
                 published=dt.date(2024, 12, 10)) == [("period", {"start": "2024-12-25", "end": "2025-01-03"})]


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


def test_a_currency_across_a_column_gap_belongs_to_the_next_cell():
    doc = kikfacts.extract("Takster 2025\n\nMålerafgift pr. stk.  Kr. 640,00  Kr. 800,00\n"
                           "Arealafgift pr. m2  28,40 kr.  35,50 kr.\n")
    assert [(f.kind, f.text, f.value) for f in doc.facts if f.kind == "money"] == [
        ("money", "Kr. 640,00", 640), ("money", "Kr. 800,00", 800),
        ("money", "28,40 kr.", 28.4), ("money", "35,50 kr.", 35.5)]


def test_a_written_sign_makes_an_amount_or_a_percentage_negative():
    doc = kikfacts.extract("Resultatet blev minus 23,3 mio. kr., og marginen faldt -2,1 pct.")
    assert [(f.kind, f.text, f.value) for f in doc.facts] == [
        ("money", "minus 23,3 mio. kr.", -23_300_000), ("percent", "-2,1 pct.", -2.1)]
    assert facts("Resultat før skat: ÷ 5,2 mio. kr.") == [("money", -5_200_000)]
    # a hyphen between two figures is a range or a dash, never a sign
    assert facts("Der er afsat 10-12 mio. kr.") == [("money", [10_000_000, 12_000_000])]
    assert facts("Prisen er 40 kr. - 20 kr. mere end i fjor.", published="2023-05-01")[:2] == [
        ("money", 40), ("money", 20)]


def test_paragraph_lists_index_bases_and_rate_denominators_are_no_facts():
    assert facts("Sagerne gælder straffelovens §§ 244, 245 og 246.") == []
    assert facts("Indekset (2015=100) steg.") == []
    assert facts("Der var 34 anbragte pr. 1.000 børn.") == [("count", 34)]
    assert facts("Raten er 5,2 per 100.000 indbyggere.") == []
    # "pr. 1. januar" is a date, not a denominator
    assert ("date", "2024-01-01") in facts("Kommunen har 1.000 ansatte pr. 1. januar.",
                                            published="2024-03-01")


def test_time_ago_is_a_date_and_a_season_can_start_a_period():
    pub = dt.date(2015, 6, 1)
    assert facts("For fire år siden begyndte projektet.", published=pub) == [("date", "2011")]
    assert facts("Det skete for tre måneder siden.", published=pub) == [("date", "2015-03")]
    assert facts("Siden sommeren 2013 har skolen været lukket.", published=pub) == [
        ("period", {"start": "2013"})]
    # without "for" it stays a duration
    assert facts("Hun har ventet fire år siden operationen.", published=pub) == [
        ("period", {"duration": "P4Y"})]


def test_a_month_in_the_past_tense_takes_the_last_year_of_its_paragraph():
    pub = dt.date(2024, 2, 1)
    assert facts("Salget faldt i 2022. I november steg det igen.", published=pub) == [
        ("date", "2022"), ("date", "2022-11")]
    # future tense, or a year after publication: the year of publication
    assert facts("Planen blev vedtaget i 2022. I august åbner skolen.", published=pub) == [
        ("date", "2022"), ("date", "2024-08")]
    # another paragraph says nothing about it
    assert facts("Salget faldt i 2022.\n\nI november steg salget.", published=pub) == [
        ("date", "2022"), ("date", "2023-11")]
    assert facts("Salget faldt i 2022. Fra november til december steg det.", published=pub) == [
        ("date", "2022"), ("period", {"start": "2022-11", "end": "2022-12"})]


def test_a_change_and_its_new_level_are_two_figures_not_a_range():
    assert facts("Ledigheden er faldet med 6900 til 80.600 personer.") == [
        ("count", 6900), ("count", 80600)]
    assert facts("Mellem 10 til 12 personer deltog.") == [("count", [10, 12])]


def test_a_half_written_as_a_fraction_sign():
    assert facts("Kommunerne får 1½ milliarder kroner mere.") == [("money", 1_500_000_000)]


def test_help_lines_times_in_datelines_and_anniversaries_are_no_facts():
    assert facts("Der kom 743 opkald via 112, og akuttelefonen 1813 fik 400 opkald.") == [
        ("count", 743), ("count", 400)]
    assert facts("Der kom 112 borgere til mødet.") == [("count", 112)]
    assert facts("6. jan. 2012 9.37\n\nDer var 30 borgere.")[-1] == ("count", 30)
    assert len(facts("6. jan. 2012 9.37\n\nDer var 30 borgere.")) == 2
    assert facts("Byen fejrer sit 850-års jubilæum, og 850 års jubilæum er sjældent.") == []


def test_quarters_over_the_new_year_and_age_groups_with_a_plus():
    assert facts("Fra 4. til 1. kvartal 2024 faldt antallet.") == [
        ("period", {"start": "2023-10", "end": "2024-03"})]
    doc = kikfacts.extract("Blandt de 67+-årige fik 300 hjælp.")
    assert [(f.kind, f.value, f.qualifier) for f in doc.facts] == [
        ("age", 67, "mindst"), ("count", 300, None)]


def test_publication_date_from_a_dateline_with_a_time_or_a_label_at_the_foot():
    doc = kikfacts.extract("Kalundborg - 22. februar 2017 kl. 12:39\n\nDer kom 40 gæster.")
    assert doc.published == dt.date(2017, 2, 22)
    doc = kikfacts.extract("Overskrift\n\nDer kom 40 gæster.\n\nFørst publiceret: 15. januar 2022")
    assert doc.published == dt.date(2022, 1, 15)


@pytest.mark.parametrize("line, expected", [
    ("13 august, 2020", dt.date(2020, 8, 13)),
    ("13. august, 2019", dt.date(2019, 8, 13)),
    ("Jul 10, 2012", dt.date(2012, 7, 10)),
    ("July 10, 2012 10:30 am", dt.date(2012, 7, 10)),
    ("Aabenraa, 13 aug 2020 kl. 10.30", dt.date(2020, 8, 13)),
    ("Jul 10, 2012 - Nyt fra kommunen", None),  # not a dateline on its own
    ("31 september, 2020", None),  # no such day
])
def test_publication_date_from_a_publishing_systems_dateline(line, expected):
    doc = kikfacts.extract(f"{line}\n\nKommunen brugte i år 5 mio. kr. på veje.")
    assert doc.published == expected
    if expected is not None:
        assert [f.value for f in doc.facts if f.text == "i år"] == [str(expected.year)]


def test_a_publishing_systems_date_in_the_body_is_no_dateline():
    doc = kikfacts.extract("Overskrift\n\nDer kom 40 gæster.\n\nNæste møde\n\n13 august, 2020")
    assert doc.published is None


def test_a_negated_bound_turns_round_and_an_emphatic_one_states_the_figure():
    doc = kikfacts.extract("Politiet uddelte ikke mindre end 396 bøder, men ikke over 40 klip.")
    assert [(f.text, f.value, f.qualifier) for f in doc.facts] == [
        ("ikke mindre end 396", 396, None), ("ikke over 40", 40, "højst")]
    doc = kikfacts.extract("Der kom ikke under 300 gæster.")
    assert [(f.text, f.qualifier) for f in doc.facts] == [("ikke under 300", "mindst")]


def test_figures_that_share_one_unit_written_after_the_last():
    assert facts("Priserne steg med hhv. 1,3 og 1,1 pct.") == [("percent", 1.3), ("percent", 1.1)]
    assert facts("Materialerne steg 0,4 og 0,7 pct.") == [("percent", 0.4), ("percent", 0.7)]
    # without "hhv." a whole number before "og" is not pulled in
    assert facts("I 2019 og 12 procent af dem.") == [("date", "2019"), ("percent", 12)]


def test_clock_times_announcement_numbers_and_goal_numbers_are_no_facts():
    assert facts("Mellem klokken 07.30 og 09.00 blev 40 biler kontrolleret.") == [("count", 40)]
    assert facts("Selskabsmeddelelse 9/2012") == []
    assert facts("Det bidrager til FN's verdensmål 7.3 om energi.") == []


def test_energy_units_and_genitive_minutes_are_quantities():
    doc = kikfacts.extract("Forbruget var 1.241 petajoule, og der var 40 minutters ventetid.")
    assert [(f.kind, f.value, f.unit) for f in doc.facts] == [
        ("quantity", 1241, "PJ"), ("quantity", 40, "minutter")]


def test_words_of_time_and_comparison_are_no_subjects_and_corrections_no_datelines():
    doc = kikfacts.extract("Skatten steg 2,9 mia. kr. i forhold til 2022, og driften gav 12.704 mio. "
                           "kr. i januar.")
    assert [f.subject for f in doc.facts if f.kind == "money"] == [None, None]
    doc = kikfacts.extract("Overskrift\n\nÆndret 09. januar 2023 kl. 15:01\n\nDer kom 40 gæster.")
    assert doc.published is None


def test_going_forward_or_back_by_a_percentage_is_a_change():
    doc = kikfacts.extract("Besøgstallet er gået frem med 12 procent, mens salget gik tilbage med 3 procent.")
    assert [(f.value, f.role, f.extra.get("direction")) for f in doc.facts] == [
        (12, "change", "up"), (3, "change", "down")]


def test_tæt_på_is_a_qualifier_and_the_number_may_come_before_første():
    doc = kikfacts.extract("Eksporten kom tæt på 200 milliarder kroner.")
    assert [(f.value, f.qualifier) for f in doc.facts] == [(200_000_000_000, "næsten")]
    assert facts("Regnskabet for årets tre første kvartaler viser overskud.", published="2023-11-01") == [
        ("period", {"start": "2023-01", "end": "2023-09", "duration": "P9M"})]


def test_foreign_currencies_are_not_kroner():
    doc = kikfacts.extract("Rederiet tjente 5,3 milliarder dollar, og datterselskabet 200 mio. USD.")
    assert [(f.value, f.unit) for f in doc.facts] == [(5_300_000_000, "USD"), (200_000_000, "USD")]
    doc = kikfacts.extract("Købet kostede 40 millioner svenske kroner.")
    assert [(f.value, f.unit) for f in doc.facts] == [(40_000_000, "SEK")]


def test_an_age_bound_without_år_and_standard_names_with_numbers():
    doc = kikfacts.extract("Der blev vaccineret 554.200 borgere på 65 og derover.")
    assert [(f.kind, f.value) for f in doc.facts] == [("count", 554_200), ("age", 65)]
    assert facts("Leasing efter IFRS 16 gav et løft.") == []


def roles(text, **kw):
    return [(f.value, f.role) for f in kikfacts.extract(text, **kw).facts if f.kind == "percent"]


def test_a_place_name_with_a_street_ending_is_no_address():
    # "Danmark", "Bornholm", "Aarhus" end like street names, but the figure after them is a fact
    assert facts("Priserne steg i Danmark 0,4 pct., mens de faldt på Bornholm 1,1 procent.") == [
        ("percent", 0.4), ("percent", 1.1)]
    assert facts("I fjor fik Aarhus 310 nye almene boliger.", published=dt.date(2024, 5, 1)) == [
        ("date", "2023"), ("count", 310)]
    # a street with its house number is still no fact, with or without a floor
    assert facts("Mødet holdes på Skovvej 14 og på Østergade 3, 2. sal.") == []


def test_a_year_like_number_before_what_it_counts_is_a_count():
    assert facts("Svarene kommer fra 2000 forældre i kommunen.") == [("count", 2000)]
    assert facts("Hver dag ringede mellem 1900 og 2400 borgere.") == [("count", 1900), ("count", 2400)]
    assert facts("Undersøgelsen omfatter 2050 nye medarbejdere.") == [("count", 2050)]
    # a year followed by a verb or a preposition stays a year
    assert facts("I 2000 boede der 1200 borgere i byen.") == [("date", "2000"), ("count", 1200)]


def test_ranges_with_mellem_and_a_qualifier_and_an_aside_between_dashes():
    assert facts("Mellem omkring 80 og 120 frivillige hjalp til.") == [("count", [80, 120])]
    assert facts("Renten lå mellem 2,5 og 3,5 pct. hele året.") == [("percent", [2.5, 3.5])]
    # a dash of an aside after a ratio is no range from "fem" to 81,3
    assert facts("Fire ud af fem - 81,3 procent - svarede ja.") == [("ratio", 0.8), ("percent", 81.3)]


def test_percent_roles_of_named_groups_coordinated_changes_and_change_nouns():
    assert roles("I 2023 fik 41 pct. af de ledige job.") == [(41, "share")]
    assert roles("Af de nye studerende valgte 55 pct. jura, 30 pct. medicin og 15 pct. noget andet.") == [
        (55, "share"), (30, "share"), (15, "share")]
    assert roles("Lønnen ventes at stige med 3,4 pct. i 2025 og 2,9 pct. i 2026.") == [
        (3.4, "change"), (2.9, "change")]
    assert roles("På Fyn var stigningen på 9 procent.") == [(9, "change")]
    assert roles("Omsætningen steg i tredje kvartal 2024 med 4,2 pct.") == [(4.2, "change")]
    # "top" is no change ("op"), and a hop is one
    assert roles("Odense ligger i top med 38 procent.") == [(38, "level")]
    assert roles("Det er et hop på 12 procent.") == [(12, "change")]


def test_age_groups_with_a_plus_and_ages_of_children():
    assert facts("Flere i aldersgruppen 80+ bor alene.") == [("age", 80)]
    assert facts("Børn ved 5 års-alderen og i 3-årsalderen.") == [("age", 5), ("age", 3)]
    assert [(f.kind, f.value) for f in kikfacts.extract("Der kom 40+ deltagere.").facts] == [("count", 40)]


def test_months_behind_the_writer_and_years_compared_with():
    feb = dt.date(2024, 2, 15)
    assert facts("Siden november har 30 procent skiftet bank.", published=feb)[0] == ("date", "2023-11")
    assert facts("Skønnet er hævet i forhold til prognosen fra december.", published=feb) == [
        ("date", "2023-12")]
    # a strong verb in the past tense, and the year of the paragraph rather than a compared year
    text = "I 2023 blev der bygget 640 boliger, mod 510 i samme periode i 2022. I oktober slog byggeriet rekord."
    assert facts(text, published=dt.date(2024, 3, 1))[-1] == ("date", "2023-10")


def test_publication_date_in_a_statistics_foot_line_or_glued_to_the_lead():
    text = "Færre ledige\n\nI september faldt ledigheden med 600.\n\nNyt fra Danmarks Statistik, 9. oktober 2025 - Nr. 288\n"
    doc = kikfacts.extract(text)
    assert doc.published == dt.date(2025, 10, 9) and doc.facts[0].value == "2025-09"
    glued = ("Kortere kø\n\n12-04-2021\nPRESSEMEDDELELSE – Regionen glæder sig over, at køen er blevet kortere, "
             "viser tal offentliggjort i dag.\n\nI marts ventede 410 patienter.\n")
    assert kikfacts.extract(glued).published == dt.date(2021, 4, 12)


def test_months_in_capitals_quota_names_and_rounding_notes():
    assert facts("REGNSKAB (PERIODE 1. JANUAR – 30. JUNI 2025)") == [
        ("period", {"start": "2025-01-01", "end": "2025-06-30"})]
    assert facts("Ansøgningen sker via kvote 2 mandag. Tallene er afrundet til nærmeste 100.") == []
    assert facts("De nærmeste 200 naboer får brev.") == [("count", 200)]


def test_number_words_in_ratios_changes_and_percentages():
    assert facts("Syv af ti af de spurgte er enige.") == [("ratio", 0.7)]
    assert facts("Antallet af indlagte faldt med elleve til 96.") == [("count", 11), ("count", 96)]
    assert facts("Det er et fald på en pct.") == [("percent", 1)]
    assert facts("En procent af dem.") == []


def test_decades_half_a_month_and_spans_that_are_no_ages():
    assert facts("Byen voksede i 1950'erne, ikke i 90'erne.") == [("period", {"start": "1950", "end": "1959"})]
    # half a month is no half-year
    assert all(k != "period" for k, _ in facts("Forbruget faldt i første halvdel af maj.",
                                                published=dt.date(2024, 6, 1)))
    assert [f.kind for f in kikfacts.extract("Det er den laveste ledighed i over 30 år.").facts] == []
    assert ("age", 5) not in facts("Det er en stigning på 900 elever på fem år.")
    assert facts("Tilbuddet gælder borgere over 67 år.") == [("age", 67)]


def test_a_decimal_point_in_a_percentage():
    assert facts("Det svarer til 4.35% af medlemmerne.") == [("percent", 4.35)]
    assert facts("Prisen steg 1.000 procent.") == [("percent", 1000)]


def test_a_scale_before_a_unit_is_a_measure_and_money_words_are_whole_words():
    assert facts("Arealet faldt fra 1,64 mio. m2 til 1,62 mio. m2.") == [
        ("quantity", 1_640_000), ("quantity", 1_620_000)]
    # "stabilt" and "opgave" say nothing about money
    assert facts("Byggeriet var stabilt med 2,1 mio. i alt.") == [("count", 2_100_000)]
    assert facts("Opgaven omfatter 2,1 mio. i alt.") == [("count", 2_100_000)]
    assert facts("Budgettet er 2,1 mio. i alt.") == [("money", 2_100_000)]


def test_numbers_coordinated_with_a_numbered_item_are_no_facts():
    assert facts("Se bilag 2 og 3 samt kapitel 4-6.") == []
    assert facts("I etape 2 og 40 boliger.") == [("count", 40)]


def test_a_paragraph_that_mentions_a_phone_is_no_contact_block():
    text = ("Flere ældre er online\n\nHele 87 procent af de ældre har en mobil.\n\n"
            "Kommunen fik 2.900 henvendelser på telefon og e-mail.\n\n"
            "Kontakt: Jens Jensen, mobil 40 42 64 69\n\nDøgnvagten: tlf. 114\n")
    assert facts(text) == [("percent", 87), ("count", 2900)]


def test_a_year_after_a_range_and_a_dateline_in_capitals():
    assert facts("Mellem 3. juli og 1. oktober i 2021 kom 140 nye medlemmer til.",
                 published=dt.date(2024, 3, 1))[0] == ("period", {"start": "2021-07-03", "end": "2021-10-01"})
    doc = kikfacts.extract("Delårsrapport\n\nAARHUS, DEN 7. MAJ 2024\n\nOmsætningen steg til 98 mio. kr.\n")
    assert doc.published == dt.date(2024, 5, 7) and doc.facts[0].value == "2024-05-07"


def test_the_last_months_of_a_named_year_have_a_start_and_an_end():
    assert facts("I de sidste tre måneder af 2023 kom der 400 klager.") == [
        ("period", {"start": "2023-10", "end": "2023-12", "duration": "P3M"}), ("count", 400)]
    # of "året" the year is unclear: a length only
    assert facts("Årets sidste to kvartaler gav vækst.", published="2024-01-10") == [
        ("period", {"duration": "P6M"})]


def test_the_first_of_two_ordinals_before_one_word_is_no_count():
    assert facts("I 1. og 2. kvartal steg salget med 4 procent.", published="2024-01-10") == [
        ("period", {"start": "2023-04", "end": "2023-06"}), ("percent", 4)]
    assert facts("Eleverne i 8.-9. klasse fik 3 timer mere.") == [("quantity", 3)]
    # a range of days keeps its first day
    assert facts("Fra 1. til 5. maj 2023 var der 40 besøg.") == [
        ("period", {"start": "2023-05-01", "end": "2023-05-05"}), ("count", 40)]


def test_a_measure_in_a_caption_one_blank_line_above_a_table_gives_its_cells_the_unit():
    text = ("Ventetid på skadestuen (minutter)\n\n"
            "Region          2021    2022\n"
            "Nord              41      38*\n"
            "Syddanmark        52      47\n\n"
            "* Ny opgørelse.\n")
    cells = [(f.kind, f.value, f.unit) for f in kikfacts.extract(text).facts if f.extra.get("table")]
    assert cells == [("quantity", 41, "minutter"), ("quantity", 38, "minutter"),
                     ("quantity", 52, "minutter"), ("quantity", 47, "minutter")]
    # two blank lines part a caption from the table
    far = text.replace("(minutter)\n\n", "(minutter)\n\n\n")
    assert not any(f.kind == "quantity" for f in kikfacts.extract(far).facts)


def test_a_region_ending_like_a_street_is_no_address():
    assert facts("I Region Syddanmark 49 minutter og på Bakkemark 12 ingen.") == [("quantity", 49)]


def test_a_figure_that_has_been_halved_or_doubled_is_a_ratio_of_change():
    doc = kikfacts.extract("Ventetiden er næsten halveret, og omsætningen blev mere end fordoblet.")
    assert [(f.kind, f.value, f.qualifier, f.role) for f in doc.facts] == [
        ("ratio", 0.5, "næsten", "change"), ("ratio", 2, "over", "change")]
    # what is still to happen is no fact of what happened
    assert facts("Antallet skal være halveret, og målet er at have fordoblet salget.") == []


def test_the_years_first_months_said_in_january_are_of_the_year_just_ended():
    assert facts("I årets første 11 måneder kom 400.", published="2024-01-10") == [
        ("period", {"start": "2023-01", "end": "2023-11", "duration": "P11M"}), ("count", 400)]
    assert facts("I årets første 11 måneder kom 400.", published="2023-12-05") == [
        ("period", {"start": "2023-01", "end": "2023-11", "duration": "P11M"}), ("count", 400)]
    # in March they are this year's, as a plan's
    assert facts("Ventetiden skal ned i løbet af årets første ni måneder.", published="2024-03-15") == [
        ("period", {"start": "2024-01", "end": "2024-09", "duration": "P9M"})]


def test_a_name_with_a_numeral_before_its_verb_is_no_count():
    assert facts("Havvindmølleparken Horns Rev 3 er den største.") == []
    assert facts("Parken Anholt 2 blev bygget med 111 møller.") == [("count", 111)]
    # a count after an opening word is still a count
    assert facts("Heraf 3 er kvinder.") == [("count", 3)]


def test_an_age_written_with_a_space_before_alderen():
    doc = kikfacts.extract("Børn i 5 års alderen screenes, og det tager 5 års arbejde.")
    assert [(f.kind, f.text) for f in doc.facts] == [("age", "5 års alderen"), ("period", "5 års")]


def test_a_duration_of_one_written_with_an_accent():
    assert facts("Prisen steg 3 procent på én måned.")[1] == ("period", {"duration": "P1M"})
    assert facts("I ét år har vi ventet.") == [("period", {"duration": "P1Y"})]


def test_without_a_publication_date_the_month_of_the_header_dates_bare_months():
    text = ("Bilsalget steg i maj\n\nDanmarks Statistik, nye biler, maj 2021\n\n"
            "Der blev solgt 18.300 biler, 7,8 pct. flere end i april. Bestanden ultimo maj var 2,6 mio.\n")
    doc = kikfacts.extract(text)
    assert doc.published is None  # the month is no publication date
    assert [(f.text, f.value) for f in doc.facts if f.kind == "date"] == [
        ("maj", "2021-05"), ("maj 2021", "2021-05"), ("april", "2021-04"), ("ultimo maj", "2021-05")]
    # two months in the header: no reference
    two = text.replace("maj 2021", "maj 2021 og juni 2020")
    assert [f.value for f in kikfacts.extract(two).facts if f.text == "april"] == [None]


def test_both_levels_of_a_change_between_two_years_are_counts():
    # a year between the two figures ("i 2019 til 4,6 mio.") is a date, and the count after it
    # is read on its own: it used to be lost in a range "2019 til 4,6 mio." left over the date
    text = "Antallet af gæster faldt fra 17,3 mio. i 2019 til 5,2 mio. i 2020 og steg igen til 9,8 mio."
    got = facts(text)
    assert ("count", 17_300_000) in got
    assert ("count", 5_200_000) in got
    assert ("count", 9_800_000) in got
    assert [v for k, v in got if k == "date"] == ["2019", "2020"]


def test_a_change_word_of_the_sentence_before_does_not_make_a_percentage_a_change():
    # "sænket" ends the sentence before: "88 procent" is no change
    assert roles("De har sænket elforbruget. Heraf har 88 procent slukket lyset.") == [(88, "level")]
    assert roles("Antallet er steget. Sidste år søgte omkring 80 pct. af en årgang.") == [(80, "level")]
    # inside the sentence the change word still counts, also over an abbreviation
    assert roles("Eksporten går frem med 767 mio. kr. (+4,3 pct.).") == [(4.3, "change")]
    assert roles("Samme år steg lønnen pr. time 1,8 pct.") == [(1.8, "change")]


def test_a_signed_percentage_and_one_said_to_go_down_are_changes():
    doc = kikfacts.extract("Personbiler: 17.944 (+5,0 procent)\n\nGodstransport: 3.238 (-6 procent)\n\n"
                           "I husholdningerne gik forbruget 3 pct. ned.\n")
    assert [(f.value, f.role, f.extra.get("direction")) for f in doc.facts if f.kind == "percent"] == [
        (5.0, "change", "up"), (-6, "change", "down"), (3, "change", "down")]
    # a level below zero after "fra" stays a level
    assert roles("Indikatoren faldt til -3,4 pct. fra -3,2 pct. i maj.")[1] == (-3.2, "level")


def test_no_fact_starts_inside_a_figure_written_with_a_decimal_point():
    from kikfacts import extract
    doc = extract("Projektet koster 0.7 millioner kroner.\n")
    assert [f.value for f in doc.facts if f.kind == "money"] == []  # never 7 mio. kr.


def test_thousands_of_kroner_written_before_the_figure():
    from kikfacts import extract
    doc = extract("Fritidsaktiviteter tkr. 2.118 og kunst t.kr. 1.277.\n")
    assert [(f.text, f.value) for f in doc.facts if f.kind == "money"] == [
        ("tkr. 2.118", 2118000), ("t.kr. 1.277", 1277000)]


def test_a_year_shaped_number_of_times_is_a_count():
    from kikfacts import extract
    doc = extract("Fogeden blev tilkaldt over 2000 gange i 2011.\n")
    assert [(f.kind, f.text) for f in doc.facts] == [("count", "over 2000"), ("date", "2011")]


def test_a_year_range_written_backwards_ends_in_a_year_not_a_count():
    doc = kikfacts.extract("Skolen venter 1.787 elever i skoleåret 2033/2024, og projektet løber i perioden 2025-2023.\n")
    assert [(f.kind, f.text) for f in doc.facts if f.kind in ("count", "year")] == [
        ("count", "1.787"), ("year", "2024"), ("year", "2023")]
    # a range written forwards is still one period
    doc = kikfacts.extract("I skoleåret 2023/2024 går 1.787 elever på skolen.\n")
    assert [(f.kind, f.text) for f in doc.facts] == [("period", "2023/2024"), ("count", "1.787")]
