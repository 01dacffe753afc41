"""spaCy integration: the blank Danish pipeline with kikfacts' two components.

``kikfacts_layout_v1`` splits press-release layout (headline, dateline, paragraphs, bullets) and
sets sentence starts; ``kikfacts_facts_v1`` runs the fact grammar and stores the facts on the Doc.
The default pipeline is ``spacy.blank("da")`` plus these components: nothing is downloaded.

``kikfacts.extract`` runs the same steps on the raw text without building a ``Doc``
(``kikfacts.analysis``), since none of them reads tokens; this module is for a caller who wants
the facts on a spaCy ``Doc`` (``run``), or names an installed Danish pipeline (``--model``).
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from functools import lru_cache

import numpy
import spacy
from spacy.attrs import IDX, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from .facts import find_facts
from .layout import split_blocks, split_sentences

for _name in ("kf_blocks", "kf_sentences", "kf_facts", "kf_published", "kf_published_source"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


class LayoutComponent:
    """Finds blocks and sentences on the raw text and marks sentence starts on tokens."""

    def __call__(self, doc: Doc) -> Doc:
        text = _text(doc)
        blocks = split_blocks(text)
        sentences = split_sentences(text, blocks)
        doc._.kf_blocks = blocks
        doc._.kf_sentences = sentences
        if len(doc):
            # one array write: setting token.is_sent_start one by one makes spaCy re-check
            # the whole document each time (quadratic in its length)
            token_starts = _token_starts(doc)
            # SENT_START: 1 starts a sentence, -1 (as uint64) does not
            flags = numpy.full((len(doc), 1), numpy.iinfo(numpy.uint64).max, dtype=numpy.uint64)
            flags[0, 0] = 1
            for s in sentences:
                i = bisect_right(token_starts, s.start) - 1
                if 0 <= i < len(doc):
                    flags[i, 0] = 1
            doc.from_array([SENT_START], flags)
        return doc


def _text(doc: Doc) -> str:
    """The document's text: the caller's string when we have it (``Doc.text`` rebuilds it
    from the tokens on every access)."""
    t = doc.user_data.get("kf_text")
    return t if t is not None else doc.text


def _token_starts(doc: Doc) -> list[int]:
    cached = doc.user_data.get("kf_token_starts")
    if cached is None:
        # one array read instead of a Python Token object per token
        cached = doc.to_array([IDX]).ravel().tolist() if len(doc) else []
        doc.user_data["kf_token_starts"] = cached
    return cached


class FactsComponent:
    """Runs the fact grammar. The publication date is read from ``doc._.kf_published``."""

    def __call__(self, doc: Doc) -> Doc:
        published = doc._.kf_published
        facts, found = find_facts(_text(doc), doc._.kf_blocks, doc._.kf_sentences, published)
        if published is None and found is not None:
            doc._.kf_published = found
            doc._.kf_published_source = "header"
        doc._.kf_facts = facts
        return doc


@Language.factory("kikfacts_layout_v1")
def make_layout(nlp: Language, name: str) -> LayoutComponent:
    return LayoutComponent()


@Language.factory("kikfacts_facts_v1")
def make_facts(nlp: Language, name: str) -> FactsComponent:
    return FactsComponent()


def build_nlp(model: str | None = None) -> Language:
    """The default pipeline: ``spacy.blank("da")`` (or an installed Danish model) + components."""
    if model:
        nlp = spacy.load(model, exclude=["senter", "parser"])
    else:
        nlp = spacy.blank("da")
    # the blank pipeline has no parser or NER, so long documents cost linear memory only
    nlp.max_length = 50_000_000
    nlp.add_pipe("kikfacts_layout_v1")
    nlp.add_pipe("kikfacts_facts_v1", last=True)
    return nlp


def get_nlp(model: str | None = None) -> Language:
    """The pipeline for ``model`` (None: the default), built once per process."""
    return _get_nlp(model or None)


@lru_cache(maxsize=4)
def _get_nlp(model: str | None) -> Language:
    return build_nlp(model)


#: A process runs this many documents the ordinary way, which fills spaCy's tokenizer cache
#: (bounded by spaCy at 10,000 chunks) with the words that recur in every release; every later
#: document runs inside an ``nlp.memory_zone()``, which frees the strings and lexemes it added
#: to the vocabulary when the document is done. Without it, a long audit or a server grows by
#: every new word it has seen (each new figure is one), and its memory is never flat.
WARM_DOCS = 500
_runs = 0


def run(text: str, published: dt.date | None = None, model: str | None = None) -> Doc:
    """The processed spaCy ``Doc`` (outside any memory zone: for callers that keep it)."""
    nlp = get_nlp(model)
    doc = nlp.make_doc(text)
    doc.user_data["kf_text"] = text
    if published is not None:
        doc._.kf_published = published
        doc._.kf_published_source = "caller"
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    return doc


def analyse(text: str, published: dt.date | None = None, model: str | None = None):
    """Blocks, sentences, facts and the publication date (and its source) of a text.

    Returns Python objects only, never spaCy's, so that after ``WARM_DOCS`` documents the work
    can run in a memory zone (see there) whose tokens are gone when this returns.
    """
    global _runs
    _runs += 1
    nlp = get_nlp(model)
    if _runs <= WARM_DOCS or nlp.vocab.in_memory_zone:  # zones do not nest
        return _analysed(run(text, published, model))
    with nlp.memory_zone():
        return _analysed(run(text, published, model))


def _analysed(doc: Doc):
    x = doc._
    return x.kf_blocks, x.kf_sentences, x.kf_facts, x.kf_published, x.kf_published_source
