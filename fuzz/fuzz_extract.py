"""Coverage-guided fuzz target (atheris/libFuzzer) for ``kikfacts.extract`` and the checks.

Run (seed the corpus first with ``fuzz/seed_corpus.py``)::

    .venv/bin/python fuzz/seed_corpus.py
    .venv/bin/python fuzz/fuzz_extract.py -atheris_runs=2000 -dict=fuzz/danish.dict fuzz/corpus

Every input is decoded as UTF-8 (invalid bytes replaced), extracted and checked. A crash is any
exception, a fact whose span does not lie in the text or does not match its ``text``, or a check
that fails internally (``Report.errors``). libFuzzer writes the crashing input to ``crash-*``.
"""

from __future__ import annotations

import sys

import atheris

with atheris.instrument_imports(include=["kikfacts"]):
    import kikfacts
    from kikfacts.engine import Config, check

CONFIG = Config(preview=True)
#: Inputs longer than this are cut: the target looks for crashes, not for slowness.
MAX_CHARS = 4000


def test_one_input(data: bytes) -> None:
    text = data.decode("utf-8", errors="replace")[:MAX_CHARS]
    doc = kikfacts.extract(text, "2019-06-04" if len(data) % 2 else None)
    n = len(text)
    for f in doc.facts:
        if not (0 <= f.start < f.end <= n) or text[f.start:f.end] != f.text:
            raise AssertionError(f"bad span {f.kind} {f.start}:{f.end} {f.text!r}")
    report = check(doc, CONFIG)
    if report.errors:
        raise AssertionError(f"internal check error: {report.errors}")


def main(argv: list[str]) -> None:
    kikfacts.extract("Kommunen bruger 5 mio. kr.")  # build the pipeline before fuzzing
    atheris.Setup(argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main(sys.argv)
