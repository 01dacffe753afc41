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
    resolve against it. The analysis runs on the raw text (``kikfacts.analysis``); ``model``
    names an installed spaCy pipeline to run it in instead, as spaCy components
    (``kikfacts.pipeline``), with the same facts.
    """
    if isinstance(published, str):
        published = dt.date.fromisoformat(published)
    if not isinstance(text, str):
        raise TypeError(f"extract() takes a str, not {type(text).__name__}")
    if model:
        from .pipeline import analyse

        blocks, sentences, facts, found, source = analyse(text, published, model)
    else:
        from .analysis import analyse

        blocks, sentences, facts, found, source = analyse(text, published)
    return Document(
        text=text,
        published=found,
        published_source=source,
        blocks=blocks,
        sentences=sentences,
        facts=facts,
        path=path,
    )
