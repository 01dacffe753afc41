"""The data model: facts, documents and their layout.

Everything the extractor produces is one of these plain dataclasses; ``to_dict`` gives the stable
JSON form described by ``schema/document.schema.json``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

SCHEMA_VERSION = "1.0"

#: Every fact kind the extractor emits, in the order reports list them.
FACT_KINDS = (
    "money",
    "count",
    "percent",
    "ratio",
    "date",
    "period",
    "target",
    "age",
    "year",
    "quantity",
)

#: Layout kinds of a block.
BLOCK_KINDS = ("headline", "dateline", "lead", "paragraph", "bullet", "contact", "furniture")


@dataclass(slots=True)
class Block:
    """A layout unit: headline, dateline, paragraph, bullet item, contact block..."""

    index: int
    kind: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {"index": self.index, "kind": self.kind, "start": self.start, "end": self.end}


@dataclass(slots=True)
class Sentence:
    index: int
    start: int
    end: int
    block: int

    def to_dict(self) -> dict[str, Any]:
        return {"index": self.index, "start": self.start, "end": self.end, "block": self.block}


@dataclass(slots=True)
class Fact:
    """One located, typed, normalised fact.

    ``value`` depends on ``kind``: a number for money/count/percent/ratio/age/year/quantity
    (a ``[low, high]`` list for ranges), an ISO string cut to its precision for dates, and a dict
    for periods (``start``, ``end``, ``duration``) and targets (``from``, ``to``, ``deadline``,
    ``change``).
    """

    kind: str
    text: str
    start: int
    end: int
    value: Any
    unit: str | None = None
    qualifier: str | None = None
    subject: str | None = None
    role: str | None = None
    base: float | None = None
    precision: str | None = None
    sentence: int = -1
    block: int = -1
    id: str = ""
    #: Kind-specific detail (ratio numerator/denominator, target metric, range bounds...).
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def number(self) -> float | None:
        """The fact's value as one number (the midpoint of a range), or None."""
        v = self.value
        if isinstance(v, bool):
            return None
        if isinstance(v, (int, float)):
            return float(v)
        if isinstance(v, list) and len(v) == 2 and all(isinstance(x, (int, float)) for x in v):
            return (v[0] + v[1]) / 2
        return None

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "id": self.id,
            "kind": self.kind,
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "sentence": self.sentence,
            "block": self.block,
            "value": self.value,
            "unit": self.unit,
            "qualifier": self.qualifier,
            "subject": self.subject,
        }
        if self.role is not None:
            d["role"] = self.role
        if self.base is not None:
            d["base"] = self.base
        if self.precision is not None:
            d["precision"] = self.precision
        if self.extra:
            d["extra"] = self.extra
        return d


@dataclass(slots=True)
class Document:
    """A read and analysed document: its text, layout and facts."""

    text: str
    published: dt.date | None = None
    #: Where the publication date came from: "header", "caller" or None.
    published_source: str | None = None
    blocks: list[Block] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)
    path: str | None = None

    def sentence_text(self, index: int) -> str:
        s = self.sentences[index]
        return self.text[s.start : s.end]

    def block_of_sentence(self, index: int) -> Block:
        return self.blocks[self.sentences[index].block]

    def facts_of(self, kind: str) -> list[Fact]:
        return [f for f in self.facts if f.kind == kind]

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema_version": SCHEMA_VERSION,
            "path": self.path,
            "published": self.published.isoformat() if self.published else None,
            "published_source": self.published_source,
            "blocks": [b.to_dict() for b in self.blocks],
            "sentences": [s.to_dict() for s in self.sentences],
            "facts": [f.to_dict() for f in self.facts],
        }
