"""References set as runs no "label: value" reader pairs (``candidates.reference_runs``):
a line split by pipes or bullets, a value in the cell before its label's, a bare buyer's
word in a cell before a code. Every such reading is offered (at most 0.85), never sure,
and a value must be shaped as a reference."""

from __future__ import annotations

from extraction.candidates.reference_constraints import _other_number, phone_numbers
from extraction.candidates.reference_runs import bare_field, label_field, reference_shaped
from tests.extraction.pages_for_tests import Text, one_item_page, printed, read, reads

SENDER = ("Atelier Dupont SARL", ["12 rue des Lilas", "69003 Lyon"])


def _page(title: str, head: list[Text]) -> list[Text]:
    return one_item_page(SENDER[0], SENDER[1], title, head)


def test_a_reference_is_one_token_with_a_digit_and_no_other_number() -> None:
    """Dates, amounts, IBANs, VAT numbers and words are no reference."""
    assert reference_shaped("INV-58213") == "INV-58213"
    assert reference_shaped("411DUP") == "411DUP"
    assert reference_shaped("12/03/2025") is None
    assert reference_shaped("1 250,00") is None
    assert reference_shaped("850.00") is None
    assert reference_shaped("FR7630006000011234567890189") is None
    assert reference_shaped("FR40303265045") is None
    assert reference_shaped("Lyon") is None


def test_a_bare_word_names_a_reference_by_whose_it_is() -> None:
    assert bare_field("customer", "invoice") == "customer_number"
    assert bare_field("invoice", "invoice") == "document_number"
    assert bare_field("order", "invoice") == "order_number"
    assert bare_field("order", "purchase_order") == "document_number"  # an order's own
    assert bare_field("delivery", "invoice") is None
    assert bare_field("page", "invoice") is None
    assert label_field("(order number)", "purchase_order") == "document_number"
    assert label_field("Date", "invoice") is None


def test_a_line_of_references_split_by_pipes_gives_each_piece_to_its_field() -> None:
    line = "Invoice INV-58213 | Your order PO-99812 | Customer C-4471 | Date 12/03/2025"
    result = read(*_page("INVOICE", [Text(40, 130, line, 9)]))
    reads(result, document_number="INV-58213", order_number="PO-99812", customer_number="C-4471")
    assert result.fields["customer_number"].confidence <= 0.85


def test_a_value_in_the_cell_before_its_label_is_that_labels() -> None:
    head = [
        Text(380, 80, "INV-58213", 10),
        Text(460, 80, "Invoice number", 8),
        Text(380, 96, "PO-99812", 10),
        Text(460, 96, "Your order", 8),
        Text(380, 112, "C-4471", 10),
        Text(460, 112, "Customer no.", 8),
    ]
    result = read(*_page("INVOICE", head))
    reads(result, document_number="INV-58213", order_number="PO-99812", customer_number="C-4471")
    for name in ("document_number", "order_number", "customer_number"):
        assert result.fields[name].confidence <= 0.85


def test_a_bare_customer_cell_before_a_code_is_the_account() -> None:
    head = [
        Text(380, 80, "Document", 9),
        Text(480, 80, "INV-58213", 9),
        Text(380, 94, "Customer", 9),
        Text(480, 94, "C-4471", 9),
    ]
    result = read(*_page("INVOICE", head))
    reads(result, customer_number="C-4471")
    assert result.fields["customer_number"].confidence <= 0.85


def test_a_bare_customer_cell_before_a_name_is_no_account() -> None:
    head = [Text(380, 80, "Customer", 9), Text(480, 80, "Transports Lemoine", 9)]
    reads(read(*_page("INVOICE", head)), customer_number=None)


def test_a_run_of_labels_then_values_of_mixed_shape_pairs_nothing() -> None:
    """ "Customer | C-4471 | INV-58213": a label then two values is no run of pairs."""
    head = [
        Text(300, 80, "Customer", 9),
        Text(380, 80, "C-4471", 9),
        Text(460, 80, "AB-77", 9),
    ]
    reads(read(*_page("INVOICE", head)), customer_number=None)


def test_a_row_of_values_over_their_captions_gives_each_value_to_its_caption() -> None:
    """Cards of a value over its small caption, a date among them."""
    cards = [
        ("INV-58213", "INVOICE NUMBER"),
        ("12/03/2025", "ISSUE DATE"),
        ("C-4471", "CUSTOMER ACCOUNT"),
        ("PO-99812", "PURCHASE ORDER"),
    ]
    head = [t for i, (v, c) in enumerate(cards) for t in _card(40 + 120 * i, v, c)]
    result = read(*_page("INVOICE", head))
    reads(result, document_number="INV-58213", order_number="PO-99812", customer_number="C-4471")
    for name in ("document_number", "order_number", "customer_number"):
        assert result.fields[name].confidence <= 0.85


def _card(x: float, value: str, caption: str) -> list[Text]:
    return [Text(x, 120, value, 11), Text(x, 134, caption, 7)]


def test_a_reference_that_is_a_phone_iban_or_vat_number_is_vetoed() -> None:
    phones = phone_numbers([])
    assert phones == set()
    assert _other_number("0478123456", {"0478123456"}, set()) is not None
    assert _other_number("FR7630006000011234567890189", set(), set()) is not None
    assert _other_number("FR40303265045", set(), set()) is not None
    assert _other_number("INV-58213", {"0478123456"}, set()) is None
    assert _other_number("45009123", {"0478123456"}, set()) is None


def test_an_order_number_beside_a_phone_label_is_the_phone() -> None:
    """ "Order no. 0478123456" where "Tél. 04 78 12 34 56" is printed: a phone, no order."""
    head = [Text(380, 80, "Your order no. 0478123456", 10)]
    sender = [Text(40, 88, "Tél. 04 78 12 34 56", 10)]
    reads(read(*_page("INVOICE", head), *sender), order_number=None)


def test_a_grid_values_row_is_not_the_value_of_the_heading_under_it() -> None:
    """Captions over their values ("N° facture | Date | Vos réf."), then the buyer's block
    headed by a bare "Client": the invoice number has its caption over it, so the heading
    under it does not make it the customer's account (once read so at 0.685: the same print
    offered for two references)."""
    head = printed("""
        40  130 8b  N° facture
        160 130 8b  Date
        280 130 8b  Vos réf.
        40  144 10  FA.25.0117
        160 144 10  03/02/2025
        280 144 10  P8812-C
        40  170 9b  Client
        40  184 10  Marchand & Fils SARL
        40  198 10  8 rue Neuve
        40  212 10  69002 Lyon
    """)
    result = read(*_page("FACTURE", head))
    reads(result, document_number="FA.25.0117", order_number="P8812-C", customer_number=None)


def test_a_value_that_prints_its_own_label_is_not_a_far_labels() -> None:
    """A column of captions over values at the right; the title at the left shares its row
    with "PO 086260 / 12/13/2025": that number is the buyer's order its own "PO" names, not
    the invoice number the title would give it (it once won over the captioned number)."""
    column = ["Reference no.", "SI202512-564", "Date", "12/26/2025", "Acct. no.", "TEX162"]
    head = [Text(380, 80 + 14 * i, line, 9) for i, line in enumerate(column)]
    head += [
        Text(40, 190, "TAX INVOICE", 14, bold=True),
        Text(380, 190, "PO 086260 / 12/13/2025", 9),
    ]
    result = read(*one_item_page(SENDER[0], SENDER[1], "", head))
    reads(result, document_number="SI202512-564", order_number="086260", customer_number="TEX162")
    assert result.fields["order_number"].confidence <= 0.85
