"""The public extraction call: text in, ``Document`` with facts out."""

from __future__ import annotations

import datetime as dt

from .model import Document


def extract(
    text: str,
    published: dt.date | str | None = None,
    *,
    path: str | None = None,
    model: str | None = None,
) -> Document:
    """Read a Danish press release and return its located, typed, normalised facts.

    ``published`` is the publication date (a ``date`` or an ISO string); without it the date is
    read from the document's header when it has one, and relative dates ("i år", "i fjor")
    resolve against it. ``model`` names an installed spaCy pipeline to use instead of the
    default ``spacy.blank("da")``.
    """
    from .pipeline import run

    if isinstance(published, str):
        published = dt.date.fromisoformat(published)
    if not isinstance(text, str):
        raise TypeError(f"extract() takes a str, not {type(text).__name__}")
    doc = run(text, published, model)
    return Document(
        text=text,
        published=doc._.kf_published,
        published_source=doc._.kf_published_source,
        blocks=doc._.kf_blocks,
        sentences=doc._.kf_sentences,
        facts=doc._.kf_facts,
        path=path,
    )
