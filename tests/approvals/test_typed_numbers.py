"""Numbers a clerk types are read as every stage reads amounts (``models.parsing``): with
a decimal comma and thousands spaces, or refused with the field named; "NaN" and "Infinity"
are no quantity or price."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy.orm import Session

from approvals import review
from approvals.errors import InvalidInput
from models.settings import Settings
from tests.approvals.factory import routed_po

LINE = {
    "sku": "VIS-100",
    "description": "Vis inox",
    "quantity": "12",
    "unit": "box",
    "unit_price": "12.00",
    "line_total": "144.00",
    "tax_rate": "20",
}


def test_a_typed_amount_reads_with_comma_and_thousands_spaces(
    settings: Settings, session: Session
) -> None:
    doc = routed_po(session, settings)
    line = LINE | {"quantity": "1\u202f000", "unit_price": "1,50", "line_total": "1 500,00"}
    review.correct(session, doc, actor="clara", lines=[line], settings=settings)
    assert (doc.lines[0].quantity, doc.lines[0].unit_price, doc.lines[0].line_total) == (
        Decimal(1000),
        Decimal("1.50"),
        Decimal("1500.00"),
    )


@pytest.mark.parametrize("typed", ["douze", "NaN", "Infinity"])
def test_what_is_not_a_number_is_refused_naming_the_cell(
    settings: Settings, session: Session, typed: str
) -> None:
    doc = routed_po(session, settings)
    with pytest.raises(InvalidInput, match=rf"line 1 quantity: '{typed}' is not a number"):
        review.correct(
            session, doc, actor="clara", lines=[LINE | {"quantity": typed}], settings=settings
        )
