

def test_a_split_announced_with_a_colon_may_list_label_lines_without_bullets():
    from kikfacts.engine import check
    text = ("Flere besøg\n\n"
            "Museet havde i alt 1.240 gæster i efterårsferien, fordelt per dag som følger:\n\n"
            "Mandag: 210\nTirsdag: 260\nOnsdag: 250\nTorsdag: 240\nFredag: 280\n\n"
            "Det er flere end sidste år.\n")
    report = check(text)
    assert [v.arithmetic for v in report.verified if v.rule == "sum-of-parts"] == [
        "210 + 260 + 250 + 240 + 280 = 1.240 ✓"]
    wrong = text.replace("Fredag: 280", "Fredag: 380")
    report = check(wrong)
    assert [f.arithmetic for f in report.findings if f.rule == "sum-of-parts"] == [
        "210 + 260 + 250 + 240 + 380 = 1.340 ≠ 1.240"]


def _table(rows: str) -> str:
    return ("Gæsteforskere på universitetet\n\nAntallet af gæsteforskere fordelt på herkomst.\n\n"
            "  2021  2022  2023\n" + rows)


def test_a_table_under_a_header_of_years_is_summed_by_column():
    from kikfacts.engine import check
    rows = ("NORDEN  41  45  52\nASIEN  63  70  66\nAFRIKA  22  25  29\nEUROPA  210  230  245\n"
            "TOTAL  336  370  392\n")
    report = check(_table(rows))
    assert [v.arithmetic for v in report.verified if v.rule == "sum-of-parts"] == [
        "41 + 63 + 22 + 210 = 336 ✓", "45 + 70 + 25 + 230 = 370 ✓", "52 + 66 + 29 + 245 = 392 ✓"]
    # a slip in one year's total is found
    report = check(_table(rows.replace("TOTAL  336  370  392", "TOTAL  336  370  382")))
    assert [f.arithmetic for f in report.findings if f.rule == "sum-of-parts"] == [
        "52 + 66 + 29 + 245 = 392 ≠ 382"]
    # a total that differs in every year counts otherwise than its rows: no finding
    report = check(_table(rows.replace("TOTAL  336  370  392", "TOTAL  320  351  371")))
    assert [f for f in report.findings if f.rule == "sum-of-parts"] == []


def test_a_cell_with_no_figure_leaves_its_column_unchecked_and_keeps_the_table():
    from kikfacts.engine import check
    rows = ("NORDEN  41  45  52\nASIEN  63  70  66\nOCEANIEN  5  3  I/T\nAFRIKA  22  25  29\n"
            "EUROPA  210  230  245\nTOTAL  341  373  392\n")
    report = check(_table(rows))
    assert [f for f in report.findings if f.rule == "sum-of-parts"] == []
    assert [v.arithmetic for v in report.verified if v.rule == "sum-of-parts"] == [
        "41 + 63 + 5 + 22 + 210 = 341 ✓", "45 + 70 + 3 + 25 + 230 = 373 ✓"]


def test_a_difference_of_two_rates_closing_their_sentence_as_a_percent_is_points():
    from kikfacts.engine import check
    text = ("Ledigheden faldt\n\nLedigheden i kommunen faldt fra 4,8 procent i 2022 til 4,2 procent i "
            "2023, et fald på 0,6 procent.\n")
    found = [f for f in check(text).findings if f.rule == "percent-change"]
    assert [(f.severity, f.suggestion) for f in found] == [("warning", "0,6 procentpoint")]
    assert "4,2 − 4,8 = 0,6 procentpoint" in found[0].arithmetic and "-12,5 %" in found[0].arithmetic
    # said in points, it holds; the next sentence pointing back is the same change
    points = text.replace("et fald på 0,6 procent.", "et fald på 0,6 procentpoint.")
    assert [f for f in check(points).findings if f.rule == "percent-change"] == []
    back = text.replace(", et fald på 0,6 procent.", ". Det er et fald på 0,6 procent.")
    assert len([f for f in check(back).findings if f.rule == "percent-change"]) == 1
    # a relative change of something else in the sentence is not read as the rates' change
    other = ("Ledigheden\n\nAntallet af ledige faldt 8 procent, og ledigheden gik fra 12 procent "
             "til 20 procent.\n")
    assert [f for f in check(other).findings if f.rule == "percent-change"] == []


def test_a_change_restated_as_an_amount_after_svarende_til_is_the_pairs_difference():
    from kikfacts.engine import check
    text = ("Færre på kontanthjælp\n\nLandet gik fra 64.125 fuldtidspersoner på kontanthjælp i januar "
            "2020 til 40.913 i august 2022. Det vil sige, at antallet er faldet med ca. en tredjedel, "
            "svarende til ca. 20.212 fuldtidspersoner.\n")
    found = [f.arithmetic for f in check(text).findings if f.rule == "sum-of-parts"]
    assert found == ["64.125 − 40.913 = 23.212 ≠ ca. 20.212"]
    right = text.replace("ca. 20.212", "ca. 23.200")
    report = check(right)
    assert [f for f in report.findings if f.rule == "sum-of-parts"] == []
    assert [v.arithmetic for v in report.verified if v.rule == "sum-of-parts"] == [
        "64.125 − 40.913 = 23.212 ≈ ca. 23.200 (inden for afrundingen) ✓"]


def test_a_share_of_all_of_a_noun_is_held_against_the_one_total_of_that_noun():
    from kikfacts.engine import check
    text = ("Flere ældre hjemløse\n\nI Danmark er der i alt 5.789 hjemløse ifølge tællingen i 2022.\n\n"
            "I 2019 var der 414 hjemløse over 60 år, mens der i 2022 var 451, hvilket svarer til 9% af "
            "alle hjemløse i 2022.\n")
    found = [f for f in check(text).findings if f.rule == "share-of-base"]
    assert [f.arithmetic for f in found] == ["451 af 5.789 = 7,8 %, ikke 9%"]
    assert found[0].start == text.index("451")  # said where the share is
    right = text.replace("9% af", "8% af")
    report = check(right)
    assert [f for f in report.findings if f.rule == "share-of-base"] == []
    assert [v.arithmetic for v in report.verified if v.rule == "share-of-base"] == ["451 af 5.789 = 7,8 % ≈ 8% ✓"]
    # a whole of another year, or two wholes of the noun, hold nothing
    other_year = right.replace("tællingen i 2022", "tællingen i 2019")
    assert [v for v in check(other_year).verified if v.rule == "share-of-base"] == []
    two = right.replace("i 2022.\n\nI 2019", "i 2022. I 2009 var der i alt 4.998 hjemløse.\n\nI 2019")
    assert [v for v in check(two).verified if v.rule == "share-of-base"] == []


def test_a_change_said_as_an_amount_or_a_percent_next_to_its_new_level():
    from kikfacts.engine import check
    text = ("Lufthavnen\n\nOmsætningen ligger nu på 190 millioner kroner. Det er en stigning på 65 "
            "millioner kroner eller 76%.\n")
    found = [f.arithmetic for f in check(text).findings if f.rule == "percent-change"]
    assert found == ["65 mio. kr. / (190 mio. kr. − 65 mio. kr.) = 52 %, ikke 76%"]
    right = text.replace("76%", "52%")
    assert [v.arithmetic for v in check(right).verified if v.rule == "percent-change"] == [
        "65 mio. kr. / (190 mio. kr. − 65 mio. kr.) = 52 % ✓"]
    inline = "Lufthavnen\n\nOmsætningen faldt med 65 millioner kroner eller 25% til 190 millioner kroner.\n"
    assert [v.arithmetic for v in check(inline).verified if v.rule == "percent-change"] == [
        "65 mio. kr. / (190 mio. kr. + 65 mio. kr.) = 25 % ✓"]
    # a level of another thing before "Det er" holds nothing: two levels, no one of them is meant
    two = text.replace("ligger nu på 190 millioner kroner.",
                       "ligger nu på 190 millioner kroner og resultatet på 20 millioner kroner.")
    assert [f for f in check(two).findings if f.rule == "percent-change"] == []


def test_small_counts_of_whole_things_add_up_exactly():
    from kikfacts.engine import check
    text = "Hejrer\n\nI alt blev der talt 6 kolonier: 4 i Nordskoven og 3 ved kysten.\n"
    found = [f.arithmetic for f in check(text).findings if f.rule == "sum-of-parts"]
    assert found == ["4 + 3 = 7 ≠ 6"]
    right = text.replace("6 kolonier", "7 kolonier")
    assert [v.arithmetic for v in check(right).verified if v.rule == "sum-of-parts"] == ["4 + 3 = 7 ✓"]
    # full-time equivalents are rounded from fractions: within that rounding they still hold
    fte = "Personale\n\nI alt er der 17 årsværk: 15 årsværk til pædagoger og 3 årsværk til ledelse.\n"
    report = check(fte)
    assert [f for f in report.findings if f.rule == "sum-of-parts"] == []
    assert [v.arithmetic for v in report.verified if v.rule == "sum-of-parts"] == [
        "15 + 3 = 18 ≈ 17 (inden for afrundingen) ✓"]


def test_a_change_of_a_time_in_days_is_checked_against_its_two_levels():
    text = ("Kortere ventetid\n\nVentetiden til en høreprøve faldt fra 61 dage i 2022 til 54 dage i 2023, "
            "et fald på syv dage.\n")
    from kikfacts import extract
    from kikfacts.engine import check
    report = check(text)
    assert [f for f in report.findings if f.rule == "sum-of-parts"] == []
    assert [v.arithmetic for v in report.verified if v.rule == "sum-of-parts"] == ["61 dage − 54 dage = 7 dage ✓"]
    report = check(text.replace("syv dage", "ni dage"))
    findings = [f for f in report.findings if f.rule == "sum-of-parts"]
    assert len(findings) == 1 and findings[0].suggestion == "7 dage"
    # a span after "på" is still a period: "steg med 8 procent på to år"
    doc = extract("Priserne steg med 8 procent på to år.\n")
    assert [f.kind for f in doc.facts] == ["percent", "period"]


def _rates(text: str):
    from kikfacts.engine import check
    report = check(text)
    return ([f.arithmetic for f in report.findings if f.rule == "rate-per-time"],
            [v.arithmetic for v in report.verified if v.rule == "rate-per-time"])


def test_a_years_figure_said_again_per_day_is_divided_by_the_days_of_a_year():
    # the sentence before, pointed back to with "Det svarer til"
    holds = "Politiet fik 14.600 anmeldelser om indbrud sidste år. Det svarer til 40 anmeldelser om dagen.\n"
    assert _rates(holds) == ([], ["14.600 / 365 = 40 om dagen ≈ 40 ✓"])
    slip = holds.replace("40 anmeldelser om dagen", "42 anmeldelser om dagen")
    assert _rates(slip) == (["14.600 / 365 = 40 om dagen ≠ 42"], [])
    # the figure of what the rate counts, not the nearest one
    two = ("I 2022 kom der 127.200 henvendelser om 75.000 borgere, svarende til 348 henvendelser om dagen.\n")
    assert _rates(two) == ([], ["127.200 / 365 = 348 om dagen ≈ 348 ✓"])
    # per week and per month
    assert _rates("Kommunen bruger 18,4 mio. kr. om året på vintertjeneste, svarende til 365.000 kr. om ugen.\n") \
        == (["18,4 mio. kr. / 52 = 353.846 kr. om ugen ≠ 365.000 kr."], [])
    assert _rates("Fonden uddelte 6 mio. kr. i 2023, svarende til 500.000 kr. om måneden.\n") \
        == ([], ["6 mio. kr. / 12 = 500.000 kr. om måneden ≈ 500.000 kr. ✓"])


def test_a_rate_on_another_base_or_of_part_of_a_year_is_left_alone():
    # per working day (62.500 / 250): far from the calendar's 171, so another base, not a slip
    assert _rates("Jobcentret holdt 62.500 samtaler i 2023, svarende til 250 samtaler om dagen.\n") == ([], [])
    # half a year, a season, several years: not one year's figure
    assert _rates("I første halvår 2024 havde færgen 1,2 mio. passagerer, svarende til 6.800 passagerer om dagen.\n") \
        == ([], [])
    assert _rates("I perioden 2020-2023 kom der 14.600 anmeldelser, svarende til 41 anmeldelser om dagen.\n") == ([], [])
    # a rate not said to be the year's figure
    assert _rates("Der kom 14.600 anmeldelser i 2023, og nu kommer der 42 anmeldelser om dagen.\n") == ([], [])


def test_a_rate_said_with_that_or_written_in_round_thousands_is_read_as_such():
    # "Det svarer til, at ..." in the next paragraph, with the rate's noun, in round thousands
    text = ("Rekord på broen\n\n8,4 millioner biler. Så mange kørte over broen i 2024.\n\n"
            "Det svarer til, at 23.000 biler i gennemsnit kørte over broen i døgnet.\n")
    assert _rates(text) == ([], ["8,4 mio. / 365 = 23.014 i døgnet ≈ 23.000 ✓"])
    assert _rates(text.replace("23.000 biler", "25.000 biler")) == ([], [])  # 9 % off: another base
    assert _rates(text.replace("23.000 biler", "23.900 biler")) == (["8,4 mio. / 365 = 23.014 i døgnet ≠ 23.900"], [])
    # "Det vil sige, at ... hver dag", the year's figure two sentences back
    said = ("I løbet af 2023 sigtede politiet 5.840 bilister for spritkørsel. Heraf var 910 involveret i "
            "ulykker. Det vil sige, at politiet i gennemsnit sigter cirka 16 bilister hver dag.\n")
    assert _rates(said) == ([], ["5.840 / 365 = 16 om dagen ≈ cirka 16 ✓"])


def test_the_help_lines_named_together_are_no_counts():
    from kikfacts import extract
    doc = extract("Mange ringer forkert. Folk skelner ikke mellem 112 og 114, og nogle har ringet 114, "
                  "selv om de burde ringe 112.\n")
    assert [f.kind for f in doc.facts] == []


def test_a_percent_right_before_two_percentages_it_changes_between_is_their_relative_change():
    from kikfacts.engine import check
    text = "Unge mænd, der drikker for meget, er faldet med 45 pct. fra 26 pct. til 17 pct.\n"
    report = check(text)
    assert [(f.arithmetic, f.suggestion) for f in report.findings if f.rule == "percent-change"] == [
        ("(17 % − 26 %) / 26 % = -35 %, ikke 45 pct.", "35 %")]
    held = check(text.replace("45 pct. fra", "35 pct. fra"))
    assert [v.arithmetic for v in held.verified if v.rule == "percent-change"] == [
        "(17 % − 26 %) / 26 % = -35 % ✓"]
    # the difference in points is not held against the relative change
    points = check(text.replace("45 pct. fra", "9 pct. fra"))
    assert [f for f in points.findings if f.rule == "percent-change"] == []


def test_a_headline_under_a_dateline_is_the_headline():
    from kikfacts import extract
    from kikfacts.engine import check
    text = ("Nyhed er fra 12-03-2024\n\nTre ud af ti operationer gennemføres til tiden\n\n"
            "I første halvår blev 45 procent af operationerne på sygehusene gennemført til tiden.\n")
    assert [b.kind for b in extract(text).blocks] == ["dateline", "headline", "lead"]
    report = check(text)
    assert [f.suggestion for f in report.findings if f.rule == "headline-ratio"] == ["45 %"]
    held = check(text.replace("45 procent", "30 procent"))
    assert [v.arithmetic for v in held.verified if v.rule == "headline-ratio"] == [
        "«Tre ud af ti» (30 %) ≈ 30 procent = 30 % ✓"]


def test_a_rate_beside_a_time_limit_implies_no_whole_of_minutes():
    from kikfacts.engine import check
    text = ("Nyhed er fra 21-11-2019\n\nAmbulancerne blev langsommere i tre af fem regioner\n\n"
            "Opgørelsen viser, hvor mange ambulancer der var fremme efter 5 minutter og 10 minutter.\n\n"
            "Størst var tilbagegangen i Nordjylland. Her faldt andelen, der var fremme inden for 5 "
            "minutter, fra 29,7 pct. til 27,2 pct.\n")
    report = check(text)
    assert [v for v in report.verified if v.rule == "headline-ratio"] == []
    assert [f for f in report.findings if f.rule == "headline-ratio"] == []


def test_a_stated_change_that_opens_with_ikke_is_shown_once_negated():
    from kikfacts.engine import check
    report = check("Medlemstallet steg fra 314.000 til 343.000, en stigning på ikke mindre end 8,5 procent.\n")
    assert [f.arithmetic for f in report.findings if f.rule == "percent-change"] == [
        "(343.000 − 314.000) / 314.000 = 9,2 % ≠ ikke mindre end 8,5 procent"]
