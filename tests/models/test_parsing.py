"""``models.parsing``: the one lenient reading of stored amounts and dates, and the strict
one for what a person typed. The last test pins what a merge of extraction's own
``decimal_or_none`` into this one relies on: on the values extraction stores (a Decimal's
text) both read the same."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from extraction.parse.amounts import decimal_or_none as extraction_decimal_or_none
from models.errors import InvalidInput
from models.parsing import date_or_none, date_or_refuse, decimal_or_none, decimal_or_refuse


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("1 234,50", Decimal("1234.50")),
        ("1\u00a0234,50", Decimal("1234.50")),  # no-break space
        ("1\u202f234.50", Decimal("1234.50")),  # narrow no-break space
        ("1234.50", Decimal("1234.50")),
        ("-12,00", Decimal("-12.00")),
        (7, Decimal(7)),
        (Decimal("3.5"), Decimal("3.5")),
        ("", None),
        (None, None),
        ("abc", None),
        ("NaN", None),
        ("Infinity", None),
        (Decimal("NaN"), None),
    ],
)
def test_decimal_or_none(value: object, expected: Decimal | None) -> None:
    assert decimal_or_none(value) == expected


def test_date_or_none() -> None:
    assert date_or_none("2025-03-14") == dt.date(2025, 3, 14)
    assert date_or_none(" 2025-03-14 ") == dt.date(2025, 3, 14)
    assert date_or_none(dt.date(2025, 1, 2)) == dt.date(2025, 1, 2)
    assert date_or_none("14/03/2025") is None
    assert date_or_none("") is None


class FormError(InvalidInput):
    """A stage's own refusal, which its callers catch."""


def test_what_a_person_typed_is_refused_with_the_callers_error_naming_the_field() -> None:
    assert decimal_or_refuse("1 234,50", "quantity") == Decimal("1234.50")
    assert decimal_or_refuse("", "quantity") is None
    with pytest.raises(FormError, match="quantity: 'lots' is not a number"):
        decimal_or_refuse("lots", "quantity", error=FormError)
    with pytest.raises(InvalidInput, match="from"):
        date_or_refuse("yesterday", "from")
    assert date_or_refuse("2025-03-14", "from") == dt.date(2025, 3, 14)


@pytest.mark.parametrize(
    "stored",
    ["1028.80", "-57.00", "0", "0.00", "176187.00", "1E+2", "0.055", " 12.5 ", "", None, "x"],
)
def test_extractions_stored_amounts_read_the_same_here(stored: str | None) -> None:
    assert decimal_or_none(stored) == extraction_decimal_or_none(stored)
