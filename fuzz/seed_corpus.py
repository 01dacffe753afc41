"""Seed ``fuzz/corpus`` from the annotated corpus: the documents of ``corpus/docs`` (whole, and
each paragraph on its own) and every surface form listed in ``corpus/forms``.

    .venv/bin/python fuzz/seed_corpus.py [OUT]      # default OUT: fuzz/corpus
"""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]


def seeds() -> list[str]:
    out: list[str] = []
    for doc in sorted((ROOT / "corpus" / "docs").glob("*.txt")):
        text = doc.read_text(encoding="utf-8")
        out.append(text)
        out += [p for p in text.split("\n\n") if any(c.isdigit() for c in p)]
    for form_file in sorted((ROOT / "corpus" / "forms").glob("*.yaml")):
        data = yaml.safe_load(form_file.read_text(encoding="utf-8")) or {}
        for ex in data.get("examples", []) or []:
            for form in ex.get("forms", []) if isinstance(ex, dict) else []:
                if isinstance(form, str):
                    out.append(form)
                    out.append(f"Kommunen oplyser, at {form} i 2019.")
    return out


def main(argv: list[str]) -> int:
    dest = Path(argv[1]) if len(argv) > 1 else ROOT / "fuzz" / "corpus"
    dest.mkdir(parents=True, exist_ok=True)
    n = 0
    for s in seeds():
        data = s.encode("utf-8")
        (dest / hashlib.sha1(data).hexdigest()).write_bytes(data)
        n += 1
    print(f"{n} seeds in {dest}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
