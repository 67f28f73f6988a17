"""Parties on layouts of senders whose captions orderdesk has no word for: the blocks are
found by their place and shape (a short caption over a name over lines closed by a postcode
and town), their side by the issuer's identity, and nothing so found is shown as sure."""

from __future__ import annotations

from tests.extraction.pages_for_tests import Text, one_item, read, reads, rows, value

UNSURE = 0.9


def _letterhead() -> list[Text]:
    return [
        Text(40, 40, "Pennine Hydraulics Limited", 16, bold=True),
        *rows(40, 62, ["175 Queensway", "Glasgow G2 3QZ"]),
        Text(40, 88, "T: 0132 309 4319 · sales@pennine.co.uk", 8),
        Text(330, 40, "INVOICE", 18, bold=True),
        Text(330, 70, "Invoice No.: IN-2025-0817"),
        Text(330, 86, "Invoice Date: 14/03/2025"),
    ]


def _lines(top: float) -> list[Text]:
    captions = ("Description", "Qty", "Unit Price", "Amount")
    return one_item(top, captions, ("Torque wrench 1/2 in", "3", "79.80", "239.40"), "Total")


def test_two_blocks_under_captions_of_unknown_words_are_billed_then_delivered() -> None:
    doc = [
        *_letterhead(),
        Text(40, 150, "Invoicee", 8),
        *rows(40, 162, ["Riverside Print Ltd", "61 Station Approach", "Bristol BS1 5TR"]),
        Text(330, 150, "Goods recipient", 8),
        *rows(330, 162, ["Riverside Print Ltd", "Unit 13", "65 Queensway", "Norwich NR1 3JU"]),
        *_lines(260),
    ]
    result = read(*doc)
    assert result.doc_type == "invoice"
    # the captions are neither the customer's name nor part of an address
    assert value(result, "customer_name") == "Riverside Print Ltd"
    assert value(result, "billing_address") == "61 Station Approach, Bristol BS1 5TR"
    assert value(result, "delivery_address") == "Unit 13, 65 Queensway, Norwich NR1 3JU"
    for name in ("billing_address", "delivery_address", "customer_name"):
        assert result.fields[name].confidence < UNSURE


def test_the_window_block_is_billed_and_the_captioned_one_beside_it_delivered() -> None:
    doc = [
        *_letterhead(),
        Text(40, 150, "CONSIGNMENT POINT", 8),
        *rows(40, 162, ["Riverside Print Ltd", "Unit 13", "65 Queensway", "Norwich NR1 3JU"]),
        *rows(330, 162, ["Riverside Print Ltd", "61 Station Approach", "Bristol BS1 5TR"]),
        *_lines(260),
    ]
    result = read(*doc)
    assert value(result, "customer_name") == "Riverside Print Ltd"
    assert value(result, "billing_address") == "61 Station Approach, Bristol BS1 5TR"
    assert value(result, "delivery_address") == "Unit 13, 65 Queensway, Norwich NR1 3JU"
    assert result.fields["delivery_address"].confidence < UNSURE


def test_a_block_naming_the_issuer_is_not_the_customers() -> None:
    doc = [
        *_letterhead(),
        Text(40, 150, "Remittance:", 8),
        *rows(40, 162, ["Pennine Hydraulics Limited", "PO Box 12", "Glasgow G2 3QZ"]),
        Text(330, 150, "Account holder:", 8),
        *rows(330, 162, ["Harper Textiles Limited", "166 Mill Lane", "Leeds LS1 4DY"]),
        *_lines(260),
    ]
    result = read(*doc)
    reads(
        result, supplier_name="Pennine Hydraulics Limited", customer_name="Harper Textiles Limited"
    )
    assert value(result, "billing_address") == "166 Mill Lane, Leeds LS1 4DY"
    assert value(result, "delivery_address") is None


def _order_head(buyer: str, address: list[str], contact: str, number: str, date: str) -> list[Text]:
    """A buyer's purchase order head: its name, address and contact line, the title, the
    order's number and date."""
    return [
        Text(40, 40, buyer, 16, bold=True),
        *rows(40, 62, address),
        Text(40, 88, contact, 8),
        Text(330, 40, "PURCHASE ORDER", 18, bold=True),
        Text(330, 70, f"PO Number: {number}"),
        Text(330, 86, f"Order Date: {date}"),
    ]


def test_an_orders_own_blocks_under_unknown_captions_are_billed_and_delivered() -> None:
    doc = [
        *_order_head(
            "Ateliers Faure SARL",
            ["124 boulevard Voltaire", "63000 Clermont-Ferrand"],
            "Téléphone 01 06 59 56 24 · achats@ateliers.fr",
            "PO-2025-10438",
            "28/03/2025",
        ),
        *rows(330, 120, ["Bonnet Industrie EURL", "26 allée des Tilleuls", "69007 Lyon"]),
        Text(40, 190, "Accounts payable", 8),
        *rows(40, 202, ["Ateliers Faure SARL", "124 boulevard Voltaire", "63000 Clermont-Ferrand"]),
        Text(330, 190, "Goods inwards", 8),
        *rows(330, 202, ["Ateliers Faure SARL", "49 rue de la République", "67000 Strasbourg"]),
        *_lines(290),
    ]
    result = read(*doc)
    assert result.doc_type == "purchase_order"
    assert value(result, "supplier_name") == "Bonnet Industrie EURL"
    assert value(result, "billing_address") == "124 boulevard Voltaire, 63000 Clermont-Ferrand"
    assert value(result, "delivery_address") == "49 rue de la République, 67000 Strasbourg"
    assert result.fields["delivery_address"].confidence < UNSURE


def test_a_block_ends_at_its_town_and_country_not_at_the_next_caption() -> None:
    # two blocks stacked with a narrow gap: the first ends with its postcode line and
    # country; the caption under it opens the second
    doc = [
        *_order_head(
            "Krüger Logistik GmbH",
            ["Gewerbering 47", "50667 Köln"],
            "Telefon +49 113 2479173 · sales@kruger.de",
            "5315467",
            "20/02/2026",
        ),
        *rows(330, 150, ["Verpackung Allgäu AG", "Gewerbering 158", "70173 Stuttgart"]),
        Text(40, 150, "Invoicing point", 8),
        *rows(40, 161, ["Krüger Logistik GmbH", "Gewerbering 47", "50667 Köln", "Deutschland"]),
        Text(40, 222, "Goods inwards", 8),
        *rows(40, 233, ["Krüger Logistik GmbH", "Hauptstraße 162", "80331 München"]),
        *_lines(300),
    ]
    result = read(*doc)
    assert result.doc_type == "purchase_order"
    assert value(result, "billing_address") == "Gewerbering 47, 50667 Köln, Deutschland"
    assert value(result, "delivery_address") == "Hauptstraße 162, 80331 München"


def _invoice_with(*header: Text) -> list[Text]:
    return [
        *_letterhead(),
        *header,
        *rows(40, 160, ["Harper Textiles Limited", "166 Mill Lane", "Leeds LS1 4DY"]),
        *_lines(260),
    ]


def test_a_bare_client_label_before_an_identifier_is_the_customer_number_unsure() -> None:
    result = read(*_invoice_with(Text(330, 102, "Client : C-10023")))
    assert value(result, "customer_number") == "C-10023"
    assert result.fields["customer_number"].confidence < UNSURE


def test_debtor_and_sold_to_numbers_are_customer_numbers() -> None:
    result = read(*_invoice_with(Text(330, 102, "Debtor No.: 4711-88")))
    assert value(result, "customer_number") == "4711-88"
    result = read(*_invoice_with(Text(330, 102, "Sold-to party no. 1000234")))
    assert value(result, "customer_number") == "1000234"


def test_a_bare_compte_before_an_iban_is_no_customer_number() -> None:
    result = read(*_invoice_with(Text(330, 102, "Compte : FR76 3000 4000 0312 3456 7890 143")))
    assert value(result, "customer_number") is None


def test_the_last_labelled_line_over_a_caption_is_not_the_customers_name() -> None:
    # a column of "label value" lines runs down to the caption of the customer's block
    doc = [
        Text(200, 40, "Haustechnik Elbtal GmbH", 16, bold=True),
        *rows(200, 62, ["Lindenweg 69", "50667 Köln"]),
        Text(200, 88, "Telefon +49 85 5762927 · contact@haustechnik.de", 8),
        Text(40, 110, "INVOICE", 18, bold=True),
        *rows(40, 136, ["Invoice No. 2025/44061", "Invoice Date 06.02.2025", "Carrier DPD"]),
        Text(40, 176, "Invoicee", 8.5),
        *rows(40, 188, ["Werkzeuge Allgäu KG", "Einkauf", "Gewerbering 142", "70173 Stuttgart"]),
        *_lines(280),
    ]
    result = read(*doc)
    assert value(result, "customer_name") == "Werkzeuge Allgäu KG"
    assert value(result, "billing_address") == "Einkauf, Gewerbering 142, 70173 Stuttgart"
