"""The analysis itself, on the raw text: layout, sentences, facts and the publication date.

Every step works on character offsets into the caller's string (``layout`` finds blocks and
sentences, ``facts`` runs the fact grammar), and none reads spaCy tokens. ``kikfacts.extract``
calls :func:`analyse` directly: measured on the benchmark corpus, tokenising a release with
``spacy.blank("da")`` cost a quarter of its extraction time for tokens nothing read. The same
steps run as spaCy components (``kikfacts.pipeline``) for a caller who wants a ``Doc`` with the
facts on it, or who names an installed Danish pipeline; both give the same facts (tested).
"""

from __future__ import annotations

import datetime as dt

from .facts import find_facts
from .layout import split_blocks, split_sentences
from .model import Block, Fact, Sentence

Analysed = tuple[list[Block], list[Sentence], list[Fact], "dt.date | None", "str | None"]


def analyse(text: str, published: dt.date | None = None) -> Analysed:
    """Blocks, sentences, facts, the publication date and where it came from ("caller",
    "header" or None)."""
    blocks = split_blocks(text)
    sentences = split_sentences(text, blocks)
    facts, found = find_facts(text, blocks, sentences, published)
    if published is not None:
        return blocks, sentences, facts, published, "caller"
    if found is not None:
        return blocks, sentences, facts, found, "header"
    return blocks, sentences, facts, None, None


def warm_up() -> None:
    """Load the grammar's compiled patterns and fill the caches of one run, so that the first
    real document is as fast as the rest."""
    analyse("Kommunen afsætter 12,5 mio. kr. i 2024. Heraf går 8,5 mio. kr. til 40 mentorer "
            "(ca. 68 procent) fra 1. juni 2024 til 1. maj 2026.")
