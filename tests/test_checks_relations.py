"""Relations the text asserts across sentences, found from structure and cue words (issue #3).

Each text is written for this test. Every case has a version where the relation holds (it must be
verified, or at least stay silent) and a version with one figure changed the way a typo would
change it (it must be reported).
"""

from __future__ import annotations

import datetime as dt

import pytest

from kikfacts.engine import Config, check


def _findings(text, rule, published=None):
    report = check(text, Config(select=frozenset({rule})), published=published)
    return [f for f in report.findings if f.rule == rule and f.severity != "info"], report


def _verified(report, rule):
    return [v for v in report.verified if v.rule == rule]


CASES = [
    # a difference "N flere end ..., hvor der var M" in the sentence after the new level
    ("sum-of-parts",
     "Kommunen har i år 412 elever i udskolingen. Det er 27 flere end sidste år, hvor der var 385.",
     "27 flere", "37 flere"),
    # "kortere end" is a comparison too
    ("sum-of-parts",
     "Ventetiden på en ny hofte var i marts 52 dage. Det er seks dage kortere end i januar, hvor den lå på 58 dage.",
     "seks dage", "fire dage"),
    # "dermed ... mere": a difference in the sentence that points back at a "mod" pair
    ("sum-of-parts",
     ("En rækkehuslejlighed koster nu 2.460.000 kroner mod 2.310.000 kroner for et år siden. "
     "Ejeren har dermed fået 150.000 kroner mere i friværdi."),
     "150.000 kroner", "250.000 kroner"),
    # "I 2023 var tallet ...": the earlier year comes second
    ("percent-change",
     ("Borgerne kørte 4,4 mio. km med flextrafikken i 2024. I 2023 var tallet 4,0 mio. km, "
     "så der er tale om en stigning på 400.000 km eller 10 procent."),
     "10 procent", "16 procent"),
    # "Nu er tallet N" after a dated figure, and the change restated in the sentence after
    ("percent-change",
     "I januar 2024 stod 40 familier på ventelisten. Nu er tallet 52. Det er en stigning på 30 procent.",
     "30 procent", "45 procent"),
    # "Det er et fald på N, svarende til P procent": a restated change pointing back
    ("percent-change",
     ("I marts 2021 var der 8.000 ledige i regionen. I marts 2023 var tallet nede på 6.000. "
     "Det er et fald på 2.000 personer, svarende til 25 procent."),
     "25 procent", "35 procent"),
    # "Faldet svarer til ..." a paragraph after the pair
    ("percent-change",
     ("Fra januar til marts faldt ventetiden på en scanning fra 40 dage til 30 dage.\n\n"
     "Det oplyser regionen.\n\nFaldet svarer til 25 procent."),
     "25 procent", "15 procent"),
    # an ordinal's dot inside "fra ... til"
    ("percent-change",
     "Antallet af ansatte steg fra 1.200 i 2. kvartal til 1.236 i 3. kvartal, en stigning på 3 pct.",
     "3 pct.", "6 pct."),
    # "..., op fra X" is a pair written backwards
    ("percent-change",
     ("Solceller dækkede 18,5 procent af elforbruget, op fra 6,5 procent i 2015, altså en stigning på "
     "12,0 procentpoint."),
     "12,0 procentpoint", "14,0 procentpoint"),
    # "I 2012 var andelen ..." pairs two shares
    ("percent-change",
     ("I 2022 gik 12 pct. af de små børn i dagpleje. I 2012 var andelen 24 pct., så den er faldet "
     "med 12 procentpoint på ti år."),
     "med 12 procentpoint", "med 18 procentpoint"),
    # "en stigning på ... i forhold til 2022, hvor der var ..."
    ("percent-change",
     ("Der blev registreret 21,0 mio. overnatninger. Det er en stigning på 5,0 pct. i forhold til 2022, "
     "hvor der var 20,0 mio. overnatninger."),
     "5,0 pct.", "7,0 pct."),
    # "Af de N ..., er A ..., B ..., og C ...": the parts follow the total that opens the sentence
    ("sum-of-parts",
     ("Af de 150 deltagere, der afsluttede forløbet, er 70 kommet i job, 50 er begyndt på en "
     "uddannelse, og 30 er stadig ledige."),
     "og 30 er", "og 40 er"),
    # "Af de mange penge går ..." two sentences after the total
    ("sum-of-parts",
     ("Regionen afsætter 90 mio. kr. til nye akutklinikker. Beslutningen blev truffet i går. "
     "Af de mange penge går 40 mio. kr. til Holbæk, 30 mio. kr. til Nykøbing og 20 mio. kr. til Kalundborg."),
     "20 mio. kr.", "10 mio. kr."),
    # "Samlet steg ... dermed med N" after the parts
    ("sum-of-parts",
     ("Væksten kom fra sol med 3,1 PJ og fra vind med 2,4 PJ, mens biogas stod for 1,0 PJ. "
     "Samlet steg produktionen af grøn energi dermed med 6,5 PJ."),
     "6,5 PJ", "7,5 PJ"),
    # "... stod for A af X og B for C" after "i alt"
    ("sum-of-parts",
     ("Byen havde i alt 4,2 mio. overnatninger i juli. Danske gæster stod for 2,6 mio. af "
     "overnatningerne og udenlandske gæster for 1,6 mio."),
     "1,6 mio.", "1,9 mio."),
    # a difference measured against an amount named by its subject ("det afsatte beløb")
    ("sum-of-parts",
     ("Licitationen endte på 96,5 mio. kr. Det er mere end de 88 mio. kr., som kommunen har afsat. "
     "Det billigste bud ligger 8,5 mio. kr. over det afsatte beløb."),
     "8,5 mio. kr. over", "6,5 mio. kr. over"),
    # "overstiger dermed det afsatte beløb med ..." after the new amount
    ("sum-of-parts",
     ("I budgettet blev der afsat 20,5 mio. kr. til renoveringen.\n\n"
     "Det samlede projekt er nu beregnet til 24,5 mio. kr. Udgiften overstiger dermed det afsatte "
     "beløb med ca. 4,0 mio. kr."),
     "ca. 4,0 mio. kr.", "ca. 7,0 mio. kr."),
    # "henholdsvis" maps shares to the parts of a total, in order
    ("share-of-base",
     ("Budgettet på i alt 200 mio. kr. fordeles med 120 mio. kr. til skoler og 80 mio. kr. til veje. "
     "Det svarer til henholdsvis 60 procent og 40 procent af budgettet."),
     "og 40 procent", "og 45 procent"),
    # "P procent af X, det vil sige A": the share restated as an amount
    ("share-of-base",
     "Byggeriet koster 2,4 mia. kr. Kommunen betaler 10 procent af byggesummen, det vil sige 240 mio. kr.",
     "240 mio. kr.", "340 mio. kr."),
    # the base of a share in the sentence before ("af de knap 127.000 forløb")
    ("share-of-base",
     ("85 pct. af de 40.000 forløb kom i gang inden for 30 dage. Omvendt ventede 15 pct. af "
     "patienterne længere, hvilket svarer til 6.000 forløb."),
     "6.000 forløb", "9.000 forløb"),
    # the same amount in the text and in the fact box, under the same heading
    ("repeated-figure",
     ("For at få råd til byggeriet trækker forligspartierne 416 mio. kr. ud af kommunens "
     "kassebeholdning.\n\nFakta\n\n* 416 mio. kr. hentes fra kassebeholdningen\n"),
     "* 416", "* 716"),
    # a slipped decimal comma is the same figure written wrong
    ("repeated-figure",
     "Byrådet har afsat 12,4 mio. kr. til indsatsen.\n\nFakta\n\n* Budget til indsatsen: 12,4 mio. kr.\n",
     "indsatsen: 12,4", "indsatsen: 124"),
    # a count of the same things, stated twice
    ("repeated-figure",
     ("Kommunen og to boligselskaber bygger 420 nye almene boliger i Vejle.\n\n"
     "Ifølge aftalen skal de 420 nye almene boliger bygges i Vejle by og i Give."),
     "de 420", "de 720"),
]


def assert_holds_and_mutant_reported(rule, text, old, new):
    """The relation holds in ``text`` (verified, no finding); replacing ``old`` by ``new`` makes
    the rule report it, with the arithmetic shown. Shared with test_checks_relations2."""
    found, report = _findings(text, rule)
    assert found == [], [f.message for f in found]
    assert _verified(report, rule), f"{rule} did not verify: {text}"
    assert text.count(old) == 1
    mutant = text.replace(old, new)
    found, _ = _findings(mutant, rule)
    assert found, f"{rule} missed the changed figure: {mutant}"
    for f in found:
        assert f.arithmetic and ("≠" in f.arithmetic or "ikke" in f.arithmetic), f.arithmetic


@pytest.mark.parametrize("rule,text,old,new", CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_relation_holds_and_its_mutant_is_reported(rule, text, old, new):
    assert_holds_and_mutant_reported(rule, text, old, new)


def test_difference_against_a_figure_of_another_year_is_not_paired():
    """ "færre end ved den endelige optagelse i 2020": the fact box's 2021 figure is not it."""
    text = ("Da efteroptaget var afsluttet, var 5.120 nye studerende begyndt i 2021. Det er 300 færre "
            "end ved den endelige optagelse i 2020.\n\nFakta\n\n  • Endelig optagelse i 2021: 5.120\n")
    found, _ = _findings(text, "sum-of-parts")
    assert found == []


def test_small_counts_are_not_taken_for_repetitions():
    """48 and 28 plejeboliger are two different groups, not a typo."""
    text = ("Med 48 nye plejeboliger har alle på ventelisten fået en plads.\n\n"
            "Heraf er 20 indrettet til borgere med demens, mens de øvrige 28 nye plejeboliger er almindelige.")
    found, _ = _findings(text, "repeated-figure")
    assert found == []


def test_same_rate_in_two_places_is_compared():
    """ "pr. barn" in both places is one rate, not a change: a changed digit is a slip."""
    text = ("Den højeste takst bliver i 2018 kr. 1.400 pr. barn.\n\n"
            "Fakta\n\n  - Maksimal takst: kr. 4.400 pr. barn\n")
    found, _ = _findings(text, "repeated-figure")
    assert found and found[0].severity == "error"


def test_period_over_new_year_is_not_reversed():
    text = "Politiet opgør derfor en særlig juleperiode fra 25. december til 3. januar."
    found, _ = _findings(text, "date-order", published=dt.date(2017, 12, 28))
    assert found == []


def test_english_keeps_document_words_quoted():
    text = "Ti af de 30 på ventelisten, altså hver fjerde, bor alene."
    (f,) = [f for f in check(text, Config(lang="en")).findings if f.rule == "share-of-base"]
    assert f.message == "10 of 30 is 33 %, but the text says «hver fjerde»."
    assert f.arithmetic == "10 of 30 = 33 %, not «hver fjerde»"


MORE_CASES = [
    # an accounts table: a result row, rows written with their sign, the next result row
    ("sum-of-parts",
     ("Hovedtal (mio. kr.)              2024          2023\n"
     "Indtægter i alt                  412           398\n"
     "Udgifter                         -150          -141\n"
     "Resultat før skat                262           257\n"),
     "262           257", "562           257"),
    # a duration said of a change between two dated levels
    ("period-length",
     ("I 2012 gik 24 pct. af børnene i dagpleje. I 2022 var andelen 12 pct., så den er faldet med "
     "12 procentpoint på ti år."),
     "på ti år", "på tolv år"),
    ("period-length",
     "I november 2021 var der 1.840 ledige i kommunen. To år senere, i november 2023, var tallet 1.510.",
     "To år senere", "Tre år senere"),
    # "over fire år" and the years of the next sentence
    ("period-length",
     "Boligselskabet vil bygge 180 nye boliger over fire år. Boligerne skal stå klar i perioden 2025-2028.",
     "over fire år", "over seks år"),
    # a gap in percentage points to a share named by its place
    ("percent-change",
     ("Priserne steg mest i Region Sjælland med 9,4 pct. For hele landet var stigningen 6,1 pct., "
     "altså 3,3 procentpoint mindre end i Region Sjælland."),
     "3,3 procentpoint", "4,3 procentpoint"),
    # a change and the index pair of the next sentence about the same thing
    ("percent-change",
     ("En sommerhusgrund blev i gennemsnit 2,0 pct. dyrere. Prisindekset for sommerhusgrunde gik fra "
     "150,0 i fjerde kvartal til 153,0 i første kvartal."),
     "2,0 pct.", "3,0 pct."),
]


@pytest.mark.parametrize("rule,text,old,new", MORE_CASES, ids=[f"{c[0]}-more-{i}" for i, c in enumerate(MORE_CASES)])
def test_more_relations_hold_and_mutants_are_reported(rule, text, old, new):
    test_relation_holds_and_its_mutant_is_reported(rule, text, old, new)


def test_subject_link_to_next_sentence_pair_is_only_a_warning():
    """Paired only by a shared word across sentences: a mismatch is a warning, not an error."""
    text = ("En sommerhusgrund blev i gennemsnit 5,0 pct. dyrere. Prisindekset for sommerhusgrunde gik fra "
            "150,0 i fjerde kvartal til 153,0 i første kvartal.")
    found, _ = _findings(text, "percent-change")
    assert [f.severity for f in found] == ["warning"]


def test_another_development_in_the_next_sentence_is_not_paired():
    text = ("Her har de ældre over 80 år oplevet et fald i hjemmehjælpstimerne på 25 procent. I samme "
            "periode er antallet af ældre over 80 år faldet en smule, fra 3.207 til 3.149.")
    found, report = _findings(text, "percent-change")
    assert found == [] and _verified(report, "percent-change") == []


LATER_CASES = [
    # "I 2023 var omsætningen ..." after "Omsætningen steg til ...", and "Stigningen på ..."
    ("percent-change",
     ("Firmaet kom ud af 2024 med et rekordresultat. Omsætningen steg til 2,4 mia. kr.\n\n"
     "Det fremgår af årsregnskabet.\n\n"
     "I 2023 var omsætningen 2,0 mia. kr. Stigningen på 20 procent skyldes især nye kunder."),
     "20 procent", "30 procent"),
    # a split announced before its parts, of the one figure of that year before it
    ("sum-of-parts",
     ("I 2021 fik museet 90.000 besøg mod 120.000 i 2019.\n\n"
     "Besøgene i 2021 fordelte sig med 50.000 i udstillingerne, 30.000 i caféen og 10.000 til koncerter."),
     "10.000 til", "40.000 til"),
]


@pytest.mark.parametrize("rule,text,old,new", LATER_CASES, ids=[f"{c[0]}-later-{i}" for i, c in enumerate(LATER_CASES)])
def test_later_relations_hold_and_mutants_are_reported(rule, text, old, new):
    test_relation_holds_and_its_mutant_is_reported(rule, text, old, new)


def test_parts_of_a_rise_are_not_parts_of_the_whole_frame():
    """The parts before "Med løftet udgør den samlede ramme ..." are the rise, not the frame."""
    text = ("Godt en halv milliard kommer fra ældrereformen, mens resten, knap 2,9 mia. kr., er nye penge. "
            "Med løftet udgør den samlede serviceramme 323,6 mia. kr.")
    found, _ = _findings(text, "sum-of-parts")
    assert found == []


def test_the_words_just_before_a_change_give_its_direction():
    text = ("Vindkraften voksede fra 50 PJ i 2018 til 58 PJ i 2019, en stigning på 16 pct. "
            "Kulforbruget faldt samtidig fra 67 PJ til 40 PJ.")
    found, report = _findings(text, "percent-change")
    assert found == [] and _verified(report, "percent-change")


def test_months_alone_do_not_link_a_change_to_the_next_sentence():
    text = ("Eksporten steg med 7,8 procent fra december til januar. Overskuddet gik fra 6,5 mia. kr. "
            "i december til 9,1 mia. kr. i januar, et hop på 40 procent.")
    found, report = _findings(text, "percent-change")
    assert found == [] and len(_verified(report, "percent-change")) == 1


def test_last_periods_figure_in_parentheses_is_no_unlabelled_share():
    text = "Nøgletal\n\n  • Fremme inden for 10 minutter: 65,2 pct. (68,5 pct.)\n"
    found, _ = _findings(text, "unlabelled-share")
    assert found == []


@pytest.mark.parametrize("text", [
    # an outcome and the year's expectation for the same line
    ("Resultatet før skat blev 130 mio. kr. i halvåret.\n\n"
    "Koncernen holder fast i forventningen om et resultat før skat på 230 mio. kr. for hele året."),
    # "kr. mere end" is the same clause: the first amount is compared with last year
    ("Resultatet før skat blev 130 mio. kr., 17 mio. kr. mere end i samme periode sidste år.\n\n"
    "Resultatet før skat for hele året ventes at blive 230 mio. kr."),
    # "til sammenligning ... dengang": another year's count
    ("Politiet standsede lidt under 19.000 køretøjer ved påskekontrollen.\n\n"
    "Til sammenligning standsede politiet lidt over 13.000 køretøjer ved kontrollerne i påsken 2018."),
])
def test_different_figures_for_the_same_subject_are_not_repetitions(text):
    found, _ = _findings(text, "repeated-figure")
    assert found == []


@pytest.mark.parametrize("text,bad", [
    ("I november 2016 var der 2.561 på kontanthjælp. To år senere, i november 5018, var tallet 2.185.",
     "november 5018"),
    ("Budgetaftalen for 5023-2026 afsætter 1 mia. kr. til nye skoler.", "5023-2026"),
    ("I 2021 gik 15 pct. af børnene i dagpleje. I 5011 var andelen 30 pct.", "I 5011"),
])
def test_a_year_no_release_means_is_reported(text, bad):
    found, _ = _findings(text, "date-order")
    assert [f.spans[0]["text"] for f in found] == [bad]
    assert "findes ikke i kalenderen" in found[0].message


def test_years_of_our_time_and_other_four_digit_numbers_are_fine():
    text = ("I 2021 blev der solgt 5.011 boliger i kommunen. Budgetaftalen for 2023-2026 afsætter "
            "1 mia. kr., og i 3000 meters højde måler stationen vinden.")
    found, _ = _findings(text, "date-order")
    assert found == []


def test_a_measure_in_text_and_fact_box_is_compared_without_a_shared_word():
    text = ("Regionen har bygget et nyt hospital på 133.000 kvadratmeter.\n\n"
            "Fakta\n\n- Nybyggeri: 133.000 kvadratmeter\n")
    found, report = _findings(text, "repeated-figure")
    assert found == [] and _verified(report, "repeated-figure")
    found, _ = _findings(text.replace("- Nybyggeri: 133", "- Nybyggeri: 433"), "repeated-figure")
    assert [f.severity for f in found] == ["warning"]


def test_count_of_them_and_its_share():
    """ "42 af dem" (the extractor keeps "af dem" in the count) is a part of the count before it."""
    text = "Kommunen har 130 tjenestebiler, og 42 af dem kører nu på strøm, så knap en tredjedel af flåden er elbiler."
    found, report = _findings(text, "share-of-base")
    assert found == [] and _verified(report, "share-of-base")
    found, _ = _findings(text.replace("130 tjenestebiler", "430 tjenestebiler"), "share-of-base")
    assert found


def test_restated_share_larger_than_its_base_is_a_warning():
    text = "Byggeriet koster 2,4 mia. kr. Kommunen betaler 10 procent af byggesummen, det vil sige 240 mia. kr."
    found, _ = _findings(text, "share-of-base")
    assert [f.severity for f in found] == ["warning"]


def test_count_restated_as_a_share_of_a_later_count():
    text = ("Ved udgangen af året kørte der omkring 900 elbusser i landet, hvilket var over en fjerdedel "
            "af de cirka 3.000 busser, som selskaberne havde.")
    found, report = _findings(text, "share-of-base")
    assert found == [] and _verified(report, "share-of-base")
    found, _ = _findings(text.replace("omkring 900", "omkring 400"), "share-of-base")
    assert found and "400 af 3.000" in found[0].arithmetic


NAMED_CASES = [
    # the parts name their total by its noun ("af boligerne")
    ("sum-of-parts",
     "Med 60 nye plejeboliger er ventelisten tømt.\n\nByggeriet blev færdigt i maj. "
     "25 af boligerne er indrettet til borgere med demens, mens de øvrige 35 er almindelige boliger.",
     "de øvrige 35", "de øvrige 65"),
    ("sum-of-parts",
     "Det er et fald på 9.000 personer. Langtidsledige står for 5.400 af faldet, mens de øvrige 3.600 "
     "har været ledige i kortere tid.",
     "5.400 af", "8.400 af"),
]


@pytest.mark.parametrize("rule,text,old,new", NAMED_CASES, ids=[f"{c[0]}-named-{i}" for i, c in enumerate(NAMED_CASES)])
def test_parts_of_a_named_total(rule, text, old, new):
    test_relation_holds_and_its_mutant_is_reported(rule, text, old, new)


def test_an_amount_cut_off_a_frame_is_not_its_part():
    text = ("Anlægsrammen hæves med 800 mio. kr. til 17,8 mia. kr.\n\n"
            "Ministeren ville skære en milliard kroner af anlægsrammen, mens KL ønskede fire milliarder kroner mere.")
    found, _ = _findings(text, "sum-of-parts")
    assert found == []
