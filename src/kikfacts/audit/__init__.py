"""Batch audits of news archives: ``kikfacts audit`` (see :mod:`kikfacts.audit.cli`)."""

from .runner import Options, Stats, run_audit
from .sources import Columns

__all__ = ["Options", "Stats", "run_audit", "Columns"]
