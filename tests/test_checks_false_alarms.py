"""False alarms found on correct, published-style releases, pinned with text written for kikfacts."""

from __future__ import annotations

from kikfacts.engine import check


def _rule(text: str, rule: str):
    report = check(text)
    return ([f for f in report.findings if f.rule == rule],
            [v for v in report.verified if v.rule == rule])


def test_a_change_in_a_count_is_not_compared_with_two_shares():
    text = ("Kommunen fik 1.240 nye ansøgninger i 2023. Det er 15,2 procent flere end i 2022, og "
            "ansøgningerne udgjorde dermed 31,0 procent af alle sager mod 26,5 procent året før.\n")
    findings, _ = _rule(text, "percent-change")
    assert findings == []


def test_a_stated_change_of_the_share_itself_is_still_checked():
    holds = "Andelen af elever med ekstra timer steg med 20 procent, fra 25 procent til 30 procent.\n"
    findings, verified = _rule(holds, "percent-change")
    assert findings == [] and len(verified) == 1
    wrong = holds.replace("steg med 20 procent", "steg med 40 procent")
    findings, _ = _rule(wrong, "percent-change")
    assert len(findings) == 1 and "20 %" in findings[0].arithmetic


def test_repeated_count_is_called_a_figure_not_an_amount():
    text = ("Foreningen har 4.512 medlemmer ved årets udgang.\n\n"
            "Fakta\n\n* Medlemmer ved årets udgang: 4.152\n")
    findings, _ = _rule(text, "repeated-figure")
    assert [f.message for f in findings] == ["Tallet for medlemmer står både som 4.512 og 4.152."]
