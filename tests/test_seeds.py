"""The two seed releases against ../shared/seeds/EXPECTED.md (skipped when absent)."""

import pytest

from kikfacts.evaluate import evaluate_seeds

from .conftest import SEEDS

pytestmark = pytest.mark.skipif(not (SEEDS / "EXPECTED.md").exists(), reason="no ../shared/seeds")


def test_every_expected_fact_is_found_and_no_non_fact():
    results = evaluate_seeds(SEEDS)
    assert len(results) == 2
    for name, r in results.items():
        assert r["expected"] >= 10, name
        assert r["missing"] == [], name
        assert r["not_fact_hits"] == [], name


def test_publication_dates():
    results = evaluate_seeds(SEEDS)
    assert results["000_6d659044e33390b2.txt"]["published"] == "2019-06-04"
    assert results["001_69556d00bdc9fcd0.txt"]["published"] == "2016-12-14"


def _report(name):
    from kikfacts.engine import check

    return check((SEEDS / name).read_text(encoding="utf-8"))


def test_seed_000_checks():
    r = _report("000_6d659044e33390b2.txt")
    assert [f for f in r.findings if f.severity == "error"] == []
    (sop,) = [v for v in r.verified if v.rule == "sum-of-parts"]
    assert sop.arithmetic == "23,5 + 37 = 60,5 mio. kr. ✓"
    assert {"share-of-base", "target-consistency"} <= {v.rule for v in r.verified}


def test_seed_001_checks():
    r = _report("001_69556d00bdc9fcd0.txt")
    assert [f for f in r.findings if f.severity == "error"] == []
    verified = {v.rule: v for v in r.verified}
    assert verified["stock-flow"].arithmetic == "1.008 + 151 − 705 = 454 ✓"
    assert "30 %" in verified["percent-change"].arithmetic
    assert any(v.stated == 68_000_000 for v in r.verified if v.rule == "repeated-figure")
    warnings = [f for f in r.findings if f.severity == "warning"]
    assert sorted(f.rule for f in warnings) == ["headline-ratio", "unlabelled-share", "unlabelled-share"]
    (head,) = [f for f in warnings if f.rule == "headline-ratio"]
    assert "454 af 1.159 = 39 %" in head.message
    assert all("454" in f.message for f in warnings if f.rule == "unlabelled-share")
