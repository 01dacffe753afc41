

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
