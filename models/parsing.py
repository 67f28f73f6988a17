"""Reading amounts and dates back from what the stages store as text (the extract contract,
approved snapshots, JSON columns): one lenient reading for all, so a value one stage
accepts is never one another drops. What a person typed or asked for (forms, filters, the
CLI's options) is read the same way but refused, naming the field, when it is not a number
or a date (``decimal_or_refuse``, ``date_or_refuse``)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from typing import TypeVar

from models.errors import InvalidInput

T = TypeVar("T")
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


# --- what a person typed or asked for: refused with a message naming it ---------------------


def decimal_or_refuse(
    value: object, name: str, *, error: type[InvalidInput] = InvalidInput
) -> Decimal | None:
    """A number read as ``decimal_or_none`` reads it; None when empty; anything else that is
    not one raises ``error`` (a stage's own ``InvalidInput``, so its callers catch it)."""
    return _or_refuse(value, decimal_or_none, f"{name}: {value!r} is not a number", error)


def date_or_refuse(
    value: object, name: str, *, error: type[InvalidInput] = InvalidInput
) -> dt.date | None:
    """An ISO 8601 date (YYYY-MM-DD); None when empty; anything else raises ``error``."""
    return _or_refuse(value, date_or_none, f"{name}: {value!r} is not a date (YYYY-MM-DD)", error)


def _or_refuse(
    value: object, read: Callable[[object], T | None], refusal: str, error: type[InvalidInput]
) -> T | None:
    if value is None or value == "":
        return None
    found = read(value)
    if found is None:
        raise error(refusal)
    return found
