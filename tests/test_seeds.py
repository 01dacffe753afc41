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
