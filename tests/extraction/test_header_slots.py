"""Header values no known label names (issue 20): the document's number after a word of the
sender's own or alone in the head, and an order's later head date as its delivery, found
by structure and offered under the auto-accept threshold; a phone, a postcode or a value
another label gives is never taken for the number."""

from __future__ import annotations

from tests.extraction.pages_for_tests import (
    Text,
    beside_title,
    oak_beam_item,
    offered,
    offers,
    one_item_page,
    read,
    sender_and_title,
    value,
)


def _page(title: str, head: list[str]) -> list[Text]:
    """A one-item document whose head lines, under its title, are ``head``."""
    address = ["Lindenweg 4", "3511 Utrecht"]
    return one_item_page("Houtbouw Keller BV", address, title, beside_title(*head))


def test_a_number_after_a_word_no_vocabulary_holds() -> None:
    result = read(*_page("INVOICE", ["Folio: INV-2026-0631", "Dated: 14/03/2026"]))
    offered(result, "document_number", "INV-2026-0631")


def test_a_number_alone_under_the_title() -> None:
    result = read(*_page("ORDER CONFIRMATION", ["SO26-99590", "14/03/2026"]))
    offered(result, "document_number", "SO26-99590")


def test_a_phone_a_postcode_and_a_street_are_not_the_number() -> None:
    result = read(
        *_page(
            "INVOICE",
            ["Tel: 555-9142", "Chicago, IL 60607", "Unit 27", "14/03/2026"],
        )
    )
    assert value(result, "document_number") is None


def test_an_orders_later_head_date_is_its_delivery() -> None:
    result = read(*_page("PURCHASE ORDER", ["Ref: PO-2026-0418", "02/03/2026", "16/03/2026"]))
    offered(result, "delivery_date", "2026-03-16")
    assert value(result, "document_date") == "2026-03-02"


def test_a_date_months_later_is_no_delivery() -> None:
    """A day half a year on is a validity or a term, not when the goods come."""
    result = read(*_page("PURCHASE ORDER", ["Ref: PO-2026-0418", "02/03/2026", "30/09/2026"]))
    assert value(result, "delivery_date") is None


def test_an_invoices_later_date_is_left_to_labels() -> None:
    """An invoice's second date is as often its order's or its period's: no guess."""
    result = read(*_page("INVOICE", ["Folio: INV-2026-0631", "02/03/2026", "16/03/2026"]))
    assert value(result, "delivery_date") is None
    assert value(result, "due_date") is None


def test_an_order_and_an_account_under_words_of_the_senders_own() -> None:
    """Captions no vocabulary lists, read by the concepts their pieces abbreviate: "Vt.
    cde" (votre commande), "Id. cl." (client id)."""
    result = read(
        *_page(
            "FACTURE",
            ["Pièce: FA26-07717", "Vt. cde: 052920", "Id. cl.: CL-16369", "14/03/2026"],
        )
    )
    offered(result, "order_number", "052920")
    offered(result, "customer_number", "CL-16369")


def test_an_order_and_an_account_by_the_values_own_letters() -> None:
    """No caption at all: the value's letters say what it is (a buyer's order "PO-…", an
    account "CUST-…")."""
    result = read(*_page("INVOICE", ["INV-2026-0631", "PO-2026-5771", "CUST-19477"]))
    offered(result, "order_number", "PO-2026-5771")
    offered(result, "customer_number", "CUST-19477")


def test_a_purchase_order_cites_no_order() -> None:
    """On a purchase order the order is its own number: a "PO-…" value is not its
    order reference."""
    result = read(*_page("PURCHASE ORDER", ["Ref: BC-2026-0418", "PO-2026-5771"]))
    assert value(result, "order_number") is None


def test_two_slots_claiming_the_order_are_left() -> None:
    """Two values both said to be the buyer's order: no guess between them."""
    result = read(*_page("INVOICE", ["Folio: INV-2026-0631", "PO-2026-5771", "CMD-20931"]))
    assert value(result, "order_number") is None


def test_a_caption_naming_another_matter_is_no_order() -> None:
    """A contract's number printed with an order's letters stays out of the order slot."""
    result = read(*_page("INVOICE", ["Folio: INV-2026-0631", "Contract: PO-2026-5771"]))
    assert value(result, "order_number") is None


def _values_row(title: str, values: list[str], later: str) -> list[Text]:
    """A head printing its values in one row with no caption over them, and a later date
    under a caption of its own at the right."""
    head = [Text(40 + 120 * i, 130, v) for i, v in enumerate(values)]
    head += [Text(420, 116, "ETA"), Text(420, 130, later)]
    return [
        *sender_and_title("Houtbouw Keller BV", ["Lindenweg 4"], title),
        *head,
        *oak_beam_item(),
    ]


def test_the_first_and_earliest_uncaptioned_date_in_a_row_of_values_is_the_documents() -> None:
    """Number, date and the buyer's order side by side with no caption: the date is the
    head's first and earliest; the order is told by its own letters."""
    result = read(
        *_values_row(
            "ORDER CONFIRMATION", ["SO26-99590", "02/03/2026", "PO-2026-3947"], "16/03/2026"
        )
    )
    offers(result, document_date="2026-03-02", order_number="PO-2026-3947")


def test_a_first_date_later_than_another_is_not_taken_by_place() -> None:
    """The row's first date is not the earliest (a delivery printed first, or a day and
    month read the wrong way round): no document date by place."""
    result = read(
        *_values_row(
            "ORDER CONFIRMATION", ["SO26-99590", "16/03/2026", "PO-2026-3947"], "02/03/2026"
        )
    )
    assert value(result, "document_date") is None
    offered(result, "order_number", "PO-2026-3947")


def test_an_order_in_a_column_of_values_under_the_number() -> None:
    """The order printed uncaptioned under the document's date, in the column of the head's
    values: read by its letters."""
    head = beside_title("Folio: SO26-99590", "02/03/2026", "PO-2026-3947", "Acct: CL-16369")
    result = read(*one_item_page("Houtbouw Keller BV", ["Lindenweg 4"], "ORDER CONFIRMATION", head))
    offered(result, "order_number", "PO-2026-3947")


def test_no_fitted_slot_band_promises_auto_acceptance() -> None:
    """A value found by place is never shown sure, whatever its band's share right: the
    fitted caps of every field and evidence stay under the auto-accept threshold."""
    from extraction.calibration import slots as slot_calibration

    bands = [k.split(":", 1) for k in slot_calibration._bands()]
    assert bands, "the fitted artefact holds no band"
    assert all(slot_calibration.cap(field, by) < 0.9 for field, by in bands)
    assert slot_calibration.cap("order_number", "caption") > slot_calibration.UNFITTED
