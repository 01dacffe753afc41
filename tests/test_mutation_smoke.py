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


def test_findings_the_unmutated_text_already_has_do_not_count(tmp_path, capsys):
    """A mutant is detected by what it changes: a finding the original text already has (here the
    wrong first sum) says nothing about the mutated second relation."""
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "001_x.txt").write_text(
        "Kommunen afsætter samlet 12,5 mio. kr. Heraf går 8 mio. kr. til mentorer, mens 6 mio. kr. "
        "bruges på kurser.\n\nSkolen får 3 mio. kr. til lokaler og 2 mio. kr. til inventar.\n",
        encoding="utf-8")
    (docs / "001_x.yaml").write_text(
        "facts: []\nexpected:\n"
        "  - {rule: sum-of-parts, status: finding, severity: error, facts: ['12,5 mio. kr.']}\n"
        "  - {rule: sum-of-parts, status: verified, facts: ['3 mio. kr.', '2 mio. kr.']}\n",
        encoding="utf-8")
    out = run(tmp_path, None, show_misses=False)
    assert out["mutants"] == 4 and out["detected"] == 0


def test_an_operand_listed_twice_means_its_second_occurrence(tmp_path, capsys):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "001_x.txt").write_text(
        "Byrådet afsatte 68 mio. kroner til KIK. Borgmesteren er glad for de 68 mio. kroner til KIK.\n",
        encoding="utf-8")
    (docs / "001_x.yaml").write_text(
        "facts: []\nexpected:\n"
        "  - {rule: repeated-figure, status: verified, facts: ['68 mio. kroner', '68 mio. kroner']}\n",
        encoding="utf-8")
    out = run(tmp_path, None, show_misses=True)
    # digit and scale mutants of each occurrence, each one a different text
    assert out["mutants"] == 4 and out["detected"] == 4


def test_number_word_keeps_its_capital():
    assert dict(mutations("To år senere")) == {"word": "Tre år senere"}
