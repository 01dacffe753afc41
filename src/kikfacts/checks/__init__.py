"""The check kinds: the Python side of the rule engine.

A rule file in ``rules/`` names one of these kinds under ``check:`` and configures it with
``options:``. Each kind is a function ``(document, options, structure) -> iterable of Result``.
"""

from __future__ import annotations

from .arithmetic import percent_change, share_of_base, shares_total, stock_flow, sum_of_parts
from .base import Result
from .consistency import headline_ratio, repeated_figure, unlabelled_share
from .rates import rate_per_time
from .structure import Structure
from .timeline import date_order, period_length, target_consistency, weekday_date

#: Every check kind a rule may name, with its function.
CHECK_KINDS = {
    "sum_of_parts": sum_of_parts,
    "stock_flow": stock_flow,
    "percent_change": percent_change,
    "share_of_base": share_of_base,
    "shares_total": shares_total,
    "unlabelled_share": unlabelled_share,
    "headline_ratio": headline_ratio,
    "repeated_figure": repeated_figure,
    "period_length": period_length,
    "target_consistency": target_consistency,
    "weekday_date": weekday_date,
    "date_order": date_order,
    "rate_per_time": rate_per_time,
}

__all__ = ["CHECK_KINDS", "Result", "Structure"]
