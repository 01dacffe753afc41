"""Batch audits of news archives: ``kikfacts audit`` (see :mod:`kikfacts.audit.cli`).

The names below are imported on first use, so that registering the ``audit`` subcommand costs
nothing when another command runs.
"""

from __future__ import annotations

__all__ = ["Options", "Stats", "run_audit", "Columns"]


def __getattr__(name: str):
    if name in ("Options", "Stats", "run_audit"):
        from . import runner

        return getattr(runner, name)
    if name == "Columns":
        from .sources import Columns

        return Columns
    raise AttributeError(name)
