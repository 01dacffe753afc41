"""Extraction benchmarks (issue #2) and a smoke test of ``bench/extraction.py``.

The ``benchmark`` tests are skipped in an ordinary run (``--benchmark-skip`` in addopts); run them
with ``.venv/bin/python -m pytest tests/test_bench.py --benchmark-only``. The smoke test is an
ordinary test: it runs the benchmark script on a tiny input and checks that it prints its table.
It asserts nothing about speed.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.corpus import build, group, load_sources, nbytes, one_document  # noqa: E402


@pytest.fixture(scope="module")
def doc_4kb() -> str:
    """A ~4 KB press-release text: consecutive corpus documents joined with blank lines."""
    texts = [t for _, t in load_sources()]
    doc = group(texts, 4096)[0]
    assert 3000 <= nbytes(doc) <= 5200
    return doc


@pytest.mark.benchmark(group="4 KB document")
def test_bench_extract_4kb(benchmark, doc_4kb):
    import kikfacts

    kikfacts.extract(doc_4kb)  # load the pipeline before timing
    benchmark.extra_info["bytes"] = nbytes(doc_4kb)
    result = benchmark(kikfacts.extract, doc_4kb)
    assert result.facts


@pytest.mark.benchmark(group="4 KB document")
def test_bench_spacy_tokenise_4kb(benchmark, doc_4kb):
    import spacy

    nlp = spacy.blank("da")
    nlp.make_doc(doc_4kb)
    benchmark.extra_info["bytes"] = nbytes(doc_4kb)
    result = benchmark(nlp.make_doc, doc_4kb)
    assert len(result)


def test_corpus_is_deterministic_and_sized(tmp_path):
    a = build(0.05, cache_dir=None)
    b = build(0.05, cache_dir=tmp_path)  # written to the cache
    c = build(0.05, cache_dir=tmp_path)  # read back from it
    assert a == b == c
    assert sum(nbytes(d) for d in a) >= 50_000
    assert 0.008e6 <= nbytes(one_document(a, 0.01)) <= 0.01e6


def test_extraction_script_runs_on_a_tiny_input(tmp_path):
    """The script's whole code path (a-e) on ~50 KB; a smoke test, not a timing test."""
    out = tmp_path / "figures.json"
    cmd = [
        sys.executable, str(ROOT / "bench" / "extraction.py"),
        "--mb", "0.05", "--reps", "1", "--batches", "2", "--sd-mb", "0.005",
        "--linear-mb", "0.01", "--linear-reps", "1", "--timeout", "30", "--series", "0.004",
        "--cold-runs", "1", "--cache-dir", str(tmp_path / "cache"), "--json", str(out), "--quiet",
    ]
    r = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    for label in ("extract throughput", "floor", "extract / floor", "search_dates",
                  "large / small", "cold:", "goal", "result"):
        assert label in r.stdout, label
    data = json.loads(out.read_text(encoding="utf-8"))
    for key in ("extract_over_floor", "extract_over_search_dates", "linearity", "cold_start"):
        assert data["ratios"][key] is not None and data["ratios"][key] > 0, key
    assert data["throughput"]["corpus_mb"] >= 0.05
