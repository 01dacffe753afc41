"""bench/mutation.py runs end to end on a few documents (no thresholds: the full run is the record)."""

from __future__ import annotations

from bench.mutation import mutations, run

from .conftest import CORPUS


def test_mutations_change_one_operand_the_way_typos_do():
    kinds = dict(mutations("60,5 mio. kr."))
    assert kinds["digit"] == "90,5 mio. kr."
    assert kinds["comma"] == "605 mio. kr."
    assert kinds["scale"] == "60,5 mia. kr."
    assert dict(mutations("to borgere")) == {"word": "tre borgere"}


def test_mutation_benchmark_smoke(capsys):
    out = run(CORPUS, limit=3, show_misses=True)
    printed = capsys.readouterr().out
    assert out["documents"] == 3 and out["mutants"] > 0
    assert 0 <= out["detected"] <= out["mutants"]
    assert "false errors on the unmutated corpus" in printed
    assert out["false_errors"] == 0
