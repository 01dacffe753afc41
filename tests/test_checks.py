

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
