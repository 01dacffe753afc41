"""A bullet list of parts belongs to the nearest total before it, not to a larger figure further up.

Written for kikfacts (figures shaped like a regional budget agreement): the lead names the whole
budget, the next paragraph the sum of the new initiatives, and the list splits that sum.
"""

from __future__ import annotations

from kikfacts.engine import check

BUDGET = (
    "Regionen fordeler 31 mia. kr. i næste års budget\n\n"
    "Alle partier i regionsrådet står bag aftalen. Med budgettet fordeles knap 31 mia. kr. "
    "mellem sundhed, det sociale område og regional udvikling.\n\n"
    "Partierne afsætter i alt {total} mio. kr. til nye initiativer. Pengene fordeles sådan:\n\n"
    "• Psykiatrien: 40 mio. kr.\n"
    "• Kortere ventetider: 22 mio. kr.\n"
    "• Sundhedshuse: 12 mio. kr.\n"
    "• Børnehospice: 0,8 mio. kr.\n"
    "• Reserve: 9 mio. kr.\n"
)


def _sum_of_parts(total: str):
    report = check(BUDGET.format(total=total))
    return ([f for f in report.findings if f.rule == "sum-of-parts"],
            [v for v in report.verified if v.rule == "sum-of-parts"])


def test_list_under_its_own_total_is_verified_not_compared_with_the_lead():
    findings, verified = _sum_of_parts("83,8")
    assert findings == []
    assert len(verified) == 1 and "83,8" in verified[0].arithmetic


def test_list_that_misses_its_own_total_is_reported_against_that_total():
    findings, verified = _sum_of_parts("88,8")
    assert verified == []
    assert len(findings) == 1 and findings[0].severity == "error"
    assert "88,8" in findings[0].message and "31 mia" not in findings[0].message
