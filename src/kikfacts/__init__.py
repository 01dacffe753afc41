"""kikfacts: numeric facts in Danish press releases, extracted and cross-checked."""

from __future__ import annotations

from .extract import extract
from .model import Block, Document, Fact, Sentence

__version__ = "0.1.0"

__all__ = ["extract", "Document", "Fact", "Block", "Sentence", "__version__"]
