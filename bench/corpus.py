"""The benchmark corpus: at least 10 MB of Danish press releases built from ``corpus/docs``.

The build is deterministic: round after round, every source document is taken once, in an order
shuffled by a seeded RNG, with its figures varied by the same RNG (so repeated documents do not
hit warm caches with identical numbers), until the corpus holds ``mb`` megabytes (10**6 bytes of
UTF-8). The result is cached under ``bench/out/`` as JSON lines, keyed by size, seed, generator
version and a hash of the source documents; a changed source file gives a new cache file.

How figures are varied (chosen so that every date stays a valid date):
- a four-digit number from 1900 to 2099 is a year: all years in one document move by the same
  offset (a multiple of 4 years, so 29 February stays valid and ranges keep their order);
- numbers up to 31 (days, months, hours, small counts) and numbers written with a leading zero
  ("04-06-2019", "008" in "1.008") are kept;
- any other number gets random digits of the same length.

Run ``python bench/corpus.py [--mb 10]`` to build (or find) the cache and print its summary.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "corpus" / "docs"
OUT = ROOT / "bench" / "out"
SEED = 20240601
VERSION = 1  # bump when the generator changes, so old caches are not reused
SEP = "\n\n"

_NUMBER = re.compile(r"\d+")


def nbytes(text: str) -> int:
    return len(text.encode("utf-8"))


def load_sources(source: Path = SOURCE) -> list[tuple[str, str]]:
    """The corpus documents as (name, text), sorted by name."""
    paths = sorted(source.glob("*.txt"))
    if not paths:
        raise FileNotFoundError(f"no *.txt documents in {source}")
    return [(p.name, p.read_text(encoding="utf-8")) for p in paths]


def vary(text: str, rng: random.Random) -> str:
    """The same document with its figures varied (see the module docstring)."""
    year_shift = rng.choice((-8, -4, 4, 8))

    def repl(m: re.Match[str]) -> str:
        s = m.group()
        v = int(s)
        if len(s) == 4 and 1900 <= v <= 2099:
            return str(v + year_shift)
        if v <= 31 or s.startswith("0"):
            return s
        return str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in s[1:])

    return _NUMBER.sub(repl, text)


def _sources_hash(sources: list[tuple[str, str]]) -> str:
    h = hashlib.sha256()
    for name, text in sources:
        h.update(name.encode())
        h.update(b"\0")
        h.update(text.encode("utf-8"))
        h.update(b"\0")
    return h.hexdigest()[:12]


def generate(sources: list[tuple[str, str]], mb: float, seed: int = SEED) -> list[str]:
    """Documents (one string each) totalling at least ``mb`` * 10**6 bytes."""
    rng = random.Random(seed)
    target = int(mb * 1_000_000)
    docs: list[str] = []
    total = 0
    first_round = True
    while total < target:
        order = list(range(len(sources)))
        rng.shuffle(order)
        for i in order:
            text = sources[i][1]
            # the first round keeps the documents as written, later rounds vary their figures
            doc = text if first_round else vary(text, rng)
            docs.append(doc)
            total += nbytes(doc)
            if total >= target:
                break
        first_round = False
    return docs


def build(
    mb: float = 10.0,
    seed: int = SEED,
    cache_dir: Path | None = OUT,
    source: Path = SOURCE,
) -> list[str]:
    """The benchmark corpus, read from the cache when it is there (``cache_dir=None``: no cache)."""
    sources = load_sources(source)
    if cache_dir is None:
        return generate(sources, mb, seed)
    cache_dir = Path(cache_dir)
    key = f"corpus-v{VERSION}-{mb:g}mb-seed{seed}-{_sources_hash(sources)}.jsonl"
    path = cache_dir / key
    if path.exists():
        with path.open(encoding="utf-8") as fh:
            return [json.loads(line) for line in fh]
    docs = generate(sources, mb, seed)
    cache_dir.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    with tmp.open("w", encoding="utf-8") as fh:
        for d in docs:
            fh.write(json.dumps(d, ensure_ascii=False) + "\n")
    tmp.replace(path)
    return docs


def take(docs: list[str], mb: float) -> list[str]:
    """The first documents of ``docs`` totalling at least ``mb`` megabytes (at least one)."""
    target = int(mb * 1_000_000)
    out: list[str] = []
    total = 0
    for d in docs:
        if out and total >= target:
            break
        out.append(d)
        total += nbytes(d)
    return out


def group(docs: list[str], size: int = 4096) -> list[str]:
    """Join consecutive documents with blank lines into documents of about ``size`` bytes.

    A group holds at least one document and stops at the length nearest to ``size`` (the corpus
    documents are 1.2-1.9 KB, so a 4 KB group holds two or three of them).
    """
    out: list[str] = []
    cur: list[str] = []
    cur_bytes = 0
    for d in docs:
        b = nbytes(d)
        # close the group when adding this document would take it further from ``size``
        if cur and abs(cur_bytes + len(SEP) + b - size) > abs(cur_bytes - size):
            out.append(SEP.join(cur))
            cur, cur_bytes = [], 0
        cur_bytes += b if not cur else len(SEP) + b
        cur.append(d)
    if cur:
        out.append(SEP.join(cur))
    return out


def one_document(docs: list[str], mb: float) -> str:
    """``docs`` joined with blank lines into one document of at most ``mb`` megabytes."""
    target = int(mb * 1_000_000)
    parts: list[str] = []
    total = 0
    for d in docs:
        b = nbytes(d) + (len(SEP) if parts else 0)
        if parts and total + b > target:
            break
        parts.append(d)
        total += b
    return SEP.join(parts)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description="Build (or find) the cached benchmark corpus.")
    p.add_argument("--mb", type=float, default=10.0, help="size in MB (10**6 bytes); default 10")
    p.add_argument("--seed", type=int, default=SEED)
    args = p.parse_args(argv)
    docs = build(args.mb, args.seed)
    total = sum(nbytes(d) for d in docs)
    print(f"{len(docs)} documents, {total / 1e6:.2f} MB, "
          f"{total / len(docs) / 1000:.2f} KB per document on average (cache: {OUT})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
