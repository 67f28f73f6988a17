"""Where an address block begins: after a blank line, a caption or a rule, never in the middle
of another block. The tail of the letterhead's address (town, postcode, country) looks like a
block of its own; taking it for the envelope window's block billed the customer at the
supplier's postcode."""

from __future__ import annotations

from tests.extraction.pages_for_tests import Text, read, rows, value

UNSURE = 0.9


def _staggered_delivery_note() -> list[Text]:
    """A delivery note whose letterhead address runs over five lines, and whose Deliver-To
    block (left) and unlabelled billing block (right) are set half a line apart."""
    return [
        Text(40, 60, "Fairbairn & Bennett Ltd", 14, bold=True),
        *rows(40, 78, ["103 Victoria Street", "Cardiff", "CF10 1EP", "United Kingdom"], 12),
        Text(40, 140, "Deliver To", 8),
        *rows(40, 152, ["Fasteners Direct Limited", "Unit 3", "177 Station Approach"], 14),
        *rows(40, 194, ["Norwich", "NR1 3JU"], 14),
        *rows(300, 159, ["Fasteners Direct Limited", "135 King Street", "Manchester"], 14),
        Text(300, 201, "M1 2AB"),
        Text(40, 250, "Delivery Note WH/OUT/00294", 12, bold=True),
        Text(40, 270, "Date: 12/11/2025"),
        Text(40, 300, "Description", bold=True),
        Text(400, 300, "Delivered", bold=True),
        Text(40, 316, "Powder-free nitrile gloves size M"),
        Text(400, 316, "6"),
        Text(40, 330, "Soluble cutting oil 20 L drum"),
        Text(400, 330, "25"),
    ]


def test_the_letterheads_town_and_country_are_not_the_window_block() -> None:
    result = read(*_staggered_delivery_note())
    assert result.doc_type == "delivery_note"
    assert value(result, "billing_address") == "135 King Street, Manchester, M1 2AB"
    assert value(result, "delivery_address") == "Unit 3, 177 Station Approach, Norwich, NR1 3JU"
    assert value(result, "supplier_name") == "Fairbairn & Bennett Ltd"
    assert result.fields["billing_address"].confidence < UNSURE


def test_a_window_block_under_a_blank_line_is_still_found() -> None:
    """The same letterhead, and the recipient set a blank line under it in the same column:
    the gap begins a block."""
    doc = [
        Text(40, 60, "Fairbairn & Bennett Ltd", 14, bold=True),
        *rows(40, 78, ["103 Victoria Street", "Cardiff CF10 1EP"], 12),
        *rows(40, 150, ["Fasteners Direct Limited", "135 King Street", "Manchester M1 2AB"]),
        Text(40, 220, "INVOICE IN-2025-0817", 12, bold=True),
        Text(40, 240, "Invoice Date: 14/03/2025"),
        Text(40, 280, "Description", bold=True),
        Text(400, 280, "Amount", bold=True),
        Text(40, 296, "Torque wrench 1/2 in"),
        Text(400, 296, "239.40"),
        Text(300, 320, "Total"),
        Text(400, 320, "239.40"),
    ]
    result = read(*doc)
    assert value(result, "customer_name") == "Fasteners Direct Limited"
    assert value(result, "billing_address") == "135 King Street, Manchester M1 2AB"


def _invoice_with(blocks: list[Text], foot: list[Text]) -> list[Text]:
    """An invoice whose letterhead is at the top, ``blocks`` under it and ``foot`` after its
    table."""
    return [
        Text(40, 40, "Pennine Hydraulics Limited", 16, bold=True),
        *rows(40, 62, ["175 Queensway", "Glasgow G2 3QZ"]),
        Text(330, 40, "INVOICE", 18, bold=True),
        Text(330, 70, "Invoice No.: IN-2025-0817"),
        Text(330, 86, "Invoice Date: 14/03/2025"),
        *blocks,
        Text(40, 330, "Description", bold=True),
        Text(400, 330, "Amount", bold=True),
        Text(40, 346, "Torque wrench 1/2 in"),
        Text(400, 346, "239.40"),
        Text(300, 370, "Total"),
        Text(400, 370, "239.40"),
        *foot,
    ]


def test_a_labelled_block_ends_at_its_postcode_and_town() -> None:
    """What is typed under the town (a request, the bank details) is not the address."""
    doc = _invoice_with(
        [Text(40, 130, "Invoice to:"), *rows(40, 143, ["Riverside Print Ltd", "Leeds LS1 4DY"])],
        [
            Text(40, 410, "Delivery address:"),
            *rows(40, 423, ["Riverside Print Ltd", "Site office", "116 Mill Lane"]),
            *rows(40, 462, ["Manchester M1 2AB", "Bring it on 17th July please"]),
        ],
    )
    result = read(*doc)
    assert value(result, "delivery_address") == "Site office, 116 Mill Lane, Manchester M1 2AB"


def test_the_country_under_the_town_is_the_seventh_line_of_a_block() -> None:
    """A name, a department, a unit, a street, a town, a postcode and the country: the
    country is still the address's."""
    lines = ["Bradshaw Packaging Limited", "Purchasing Dept.", "Unit 30", "62 Mill Lane"]
    doc = _invoice_with(
        [Text(40, 130, "Invoice to:"), *rows(40, 143, [*lines, "Norwich", "NR1 3JU", "UK"])],
        [],
    )
    result = read(*doc)
    assert (
        value(result, "billing_address")
        == "Purchasing Dept., Unit 30, 62 Mill Lane, Norwich, NR1 3JU, UK"
    )


def test_the_holder_of_the_vat_id_at_the_foot_is_the_issuer_without_a_legal_form() -> None:
    """A page without a letterhead whose sender's block at the foot names a firm without a
    legal form: its name over its street, town, phone and VAT id is the supplier, unsure; the
    caption over the name is not."""
    doc = [
        Text(40, 60, "Facture", 18, bold=True),
        Text(40, 90, "Référence : F.26.6506"),
        Text(40, 104, "Date d'émission : 7 avril 2026"),
        Text(40, 130, "Facturé à :"),
        *rows(40, 143, ["Quincaillerie du Littoral SA", "39 rue Pasteur", "63000 Clermont"]),
        Text(40, 230, "Description", bold=True),
        Text(400, 230, "Montant", bold=True),
        Text(40, 246, "Clé dynamométrique 1/2 pouce"),
        Text(400, 246, "239,40"),
        Text(300, 270, "Total"),
        Text(400, 270, "239,40"),
        Text(40, 688, "Expéditeur du document", 8),
        *rows(40, 700, ["Ateliers Girard", "170 allée des Tilleuls", "67000 Strasbourg"], 11),
        *rows(40, 733, ["Tél : 03 72 24 96 67 · info@girard.fr", "Identifiant TVA FR90585462732"]),
    ]
    result = read(*doc)
    assert value(result, "supplier_name") == "Ateliers Girard"
    assert result.fields["supplier_name"].confidence < UNSURE
    assert value(result, "customer_name") == "Quincaillerie du Littoral SA"


def test_a_customer_code_before_the_name_does_not_close_the_block() -> None:
    """'CL-69740 Hollis &' reads like a postcode and town; the name line closes nothing, so
    the block runs on to its town and country."""
    lines = ["Kingsley Ltd", "Unit 21", "152 Mill Lane", "Cardiff", "CF10 1EP", "United Kingdom"]
    doc = _invoice_with(
        [Text(40, 130, "Customer: CL-69740 Hollis &"), *rows(40, 143, lines)],
        [],
    )
    result = read(*doc)
    want = "Unit 21, 152 Mill Lane, Cardiff, CF10 1EP, United Kingdom"
    assert value(result, "billing_address") == want
