"""Document type when the title is small, odd or missing and the body speaks for several
kinds (issue 20, type on unseen layouts): a bill tells of the delivery it bills, its legal
small print is no reminder, a grid of its fields is no listing of invoices, a closing
"thank you for your order" is no title; never promised when no title names the kind."""

from __future__ import annotations

from extraction.doctype_fields import field_scores
from tests.extraction.pages_for_tests import Text, cells_at
from tests.extraction.test_doctype import ACCEPT, kind_of
from tests.extraction.test_doctype_evidence import HEAD, PRICED, first_page, labels

BILL = labels(("N°", "FA-2025-0261"), ("Date d'échéance", "18/12/2025"), y=200)


def test_a_bill_that_says_the_goods_were_delivered_stays_a_bill() -> None:
    """No title: a due date asks for payment; "the goods were delivered" tells of the
    delivery billed, it does not make the page a delivery note."""
    said = [Text(40, 420, "The goods were delivered to your Nantes depot on 12/12/2025.")]
    doc, confidence = kind_of(*HEAD, *BILL, *PRICED, *said)
    assert doc == "invoice"
    assert confidence < ACCEPT
    # without the demand for payment the same sentence still speaks for a delivery
    slip = labels(("N°", "BL-2025-0261"), y=200)
    assert kind_of(*HEAD, *slip, *PRICED, *said)[0] == "delivery_note"


def test_the_legal_small_print_of_a_bill_is_not_a_reminder() -> None:
    small = [
        Text(40, 420, "Pénalités de retard : trois fois le taux d'intérêt légal, indemnité"),
        Text(40, 433, "forfaitaire pour frais de recouvrement : 40 €."),
    ]
    doc, confidence = kind_of(*HEAD, *BILL, *PRICED, *small)
    assert doc == "invoice"
    assert confidence < ACCEPT


def test_a_grid_of_fields_under_a_kinds_head_is_not_a_listing_of_invoices() -> None:
    """ "Facture N° | Date | Votre commande" over their values, then the next heads and
    their values: the page's own fields, not the invoices a payment settles."""
    grid = [
        *cells_at(150, [330, 420, 500], ["Facture N°", "Date", "Votre commande n°"], 8),
        *cells_at(162, [330, 420, 500], ["FA-2025-0261", "18/12/2025", "CMD-73197"], 8),
        *cells_at(176, [330, 420, 500], ["N° client", "Marché n°", "Contact"], 8),
        *cells_at(188, [330, 420, 500], ["021947", "2025-080-LOT4", "K. Braun"], 8),
    ]
    due = labels(("Date d'échéance", "18/01/2026"), ("Net à payer", "130,00 €"), y=420)
    assert kind_of(*HEAD, *grid, *PRICED, *due)[0] == "invoice"


def test_thanks_for_the_order_closing_a_short_page_is_not_its_title() -> None:
    """A payment advice of a few lines ends with the shop's courtesy in body type, high on
    the page: it does not make the page a confirmation."""
    paid = labels(("Payment Ref.", "PAY26-55446"), ("Payment date", "01/27/2026"), y=200)
    table = [
        *cells_at(250, [40, 200, 330], ["Invoice No.", "Date", "Paid"]),
        *cells_at(266, [40, 200, 330], ["INV.25.6466", "12/14/2025", "5,522.63"]),
        *cells_at(282, [40, 200, 330], ["4113959", "11/28/2025", "4,728.27"]),
    ]
    thanks = [Text(40, 310, "Thank you for your order.")]
    assert kind_of(*HEAD, *paid, *table, *thanks)[0] != "order_confirmation"
    big = [Text(40, 110, "Thank you for your order!", 18, bold=True)]
    assert kind_of(*HEAD, *big, *PRICED)[0] == "order_confirmation"


def test_a_title_that_says_only_confirmation_names_a_confirmation() -> None:
    title = [Text(330, 40, "Confirmation", 16, bold=True)]
    fields = labels(("N° de confirmation", "CDE202503-595"), ("Votre commande", "4586"), y=200)
    bank = labels(("IBAN", "FR76 3000 4000 0312 3456 7890 143"), ("BIC", "BNPAFRPP"), y=420)
    doc, _ = kind_of(*HEAD, *title, *fields, *PRICED, *bank)
    assert doc == "order_confirmation"


def test_label_value_pairs_run_on_one_line_are_read_one_by_one() -> None:
    line = [Text(40, 420, "Colis : 2 – Poids brut : 56 kg – Transporteur : Geodis – Suivi : X1")]
    assert field_scores(first_page(*HEAD, *line)).get("delivery_note") == 1.5
    sentence = [Text(40, 420, "Les colis vous seront remis par notre transporteur habituel demain")]
    assert "delivery_note" not in field_scores(first_page(*HEAD, *sentence))


def test_a_small_title_in_a_box_is_not_outvoted_by_a_bill_like_body() -> None:
    """ "Confirmation de commande" printed in body type in a box under the addresses, over
    a body that prints what bills print (payment terms, penalties, bank details, the amount
    to pay): the title names the page, not promised."""
    boxed = [Text(40, 360, "Confirmation de commande"), Text(330, 360, "N° CC-2025-118")]
    goods = [Text(t.x, t.y + 120, t.text, t.size, t.bold) for t in PRICED]
    billish = labels(
        ("Net à payer", "130,00 €"),
        ("IBAN", "FR76 3000 4000 0312 3456 7890 143"),
        ("Pénalités de retard", "3 fois le taux légal"),
        ("Échéance", "30 jours fin de mois"),
        y=600,
    )
    doc, confidence = kind_of(*HEAD, *boxed, *goods, *billish)
    assert doc == "order_confirmation"
    assert confidence < ACCEPT
