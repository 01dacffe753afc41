"""The false-alarm guard on held-out text (corpus/heldout: documents written from real releases by
someone who had not seen the extractor; never tuned on).

A checker that cries wolf on correct, published releases gets switched off, so every error or
warning the checks raise on a held-out document must be one its gold file expects (the planted
errors). Scores on these documents are reported by ``kikfacts eval corpus/heldout`` and are not
asserted here: they show how the extractor generalises, and floors would invite tuning to them.
"""

from __future__ import annotations

import pytest

from kikfacts.engine import check
from kikfacts.evaluate import corpus_documents, load_gold, match_checks

from .conftest import CORPUS

HELDOUT = corpus_documents(CORPUS / "heldout")


def test_the_heldout_set_is_there():
    assert len(HELDOUT) >= 30


@pytest.mark.parametrize(("txt", "gold_path"), HELDOUT, ids=[t.stem for t, _ in HELDOUT])
def test_no_unexpected_error_or_warning_on_a_heldout_document(txt, gold_path):
    gold = load_gold(gold_path)
    text = txt.read_text(encoding="utf-8")
    report = check(text, published=gold.get("published"))
    res = match_checks(report.document, gold.get("expected") or [], report)
    unexpected = [u for u in res["fp"] if u["status"] == "finding"]
    assert not unexpected, [(u["rule"], u["severity"], u["message"]) for u in unexpected]
    assert not report.errors
