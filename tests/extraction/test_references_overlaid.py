"""A title printed across another block's line (an envelope window's last address line under
a large "Invoice INV-12"): the two lines are read apart, so the title keeps its number and the
address its last line."""

from __future__ import annotations

from tests.extraction.pages_for_tests import printed, read, value
from tests.extraction.test_reference_concepts import TABLE


def test_a_title_across_an_address_line_keeps_its_number() -> None:
    result = read(
        *printed("""
            330 40  12b Harbour Supplies Limited
            330 56  10  12 Quay Street
            330 70  10  Leeds LS1 4DY
            330 110 9   Invoice Date: 13/09/2025
            60  150 9   Tools Direct Limited
            60  160 9   60 King Street
            60  170 9   Norwich NR1 3JU
            20  176 16b Invoice INV037374
            60  180 9   United Kingdom
        """),
        *TABLE,
    )
    assert value(result, "document_number") == "INV037374"
    address = value(result, "billing_address") or ""
    assert "INV037374" not in address
