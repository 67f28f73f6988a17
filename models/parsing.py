"""Reading amounts and dates back from what the stages store as text (the extract contract,
approved snapshots, JSON columns): one lenient reading for all, so a value one stage
accepts is never one another drops. Strict parsing of what a person typed, with a message
to show, stays with the forms (``approvals.review.parse_decimal``, built on this one)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal, InvalidOperation

# spaces people and PDFs put between thousands: plain, no-break, narrow no-break
_THOUSANDS = str.maketrans("", "", " \u00a0\u202f")


def decimal_or_none(value: object) -> Decimal | None:
    """A Decimal from ``"1 234,50"``, ``"1234.50"``, an int or a Decimal; None when empty or
    not a number (``NaN`` and ``Infinity`` are no amount or quantity either)."""
    if value is None or value == "":
        return None
    if isinstance(value, Decimal):
        return value if value.is_finite() else None
    try:
        number = Decimal(str(value).translate(_THOUSANDS).replace(",", "."))
    except InvalidOperation:
        return None
    return number if number.is_finite() else None


def date_or_none(value: object) -> dt.date | None:
    """A date from an ISO 8601 string (or a date, kept as it is); None when empty or not one."""
    if isinstance(value, dt.date):
        return value
    if not value:
        return None
    try:
        return dt.date.fromisoformat(str(value).strip())
    except ValueError:
        return None
