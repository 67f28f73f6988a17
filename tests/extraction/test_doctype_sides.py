"""Document type from who wrote the page to whom (issue 20, third round): a seller writes to
its customer (the customer's order, number and VAT id named as the reader's, the goods sent
to someone else than the sender), a buyer's order does not. On such a page an order named
by a generic title or a label is the customer's order, answered; a priced answer that asks
for no payment is a confirmation, never promised."""

from __future__ import annotations

from extraction.doctype_fields import field_scores
from extraction.doctype_structure import others_receive, seller_cues
from tests.extraction.pages_for_tests import Text
from tests.extraction.test_doctype import ACCEPT, kind_of, letter
from tests.extraction.test_doctype_evidence import HEAD, PRICED, first_page, labels

# the customer's order and number named as the reader's, its VAT id under the window
TO_CUSTOMER = [
    *labels(("N°", "CF-2025-0412"), ("Votre commande", "BC-7781"), ("N° client", "C0451"), y=200),
    Text(330, 180, "Votre n° TVA FR12345678901"),
]
# a generic title printed big at the top
ORDER_TITLE = [Text(40, 110, "Commande", 18, bold=True)]


def test_a_sellers_page_titled_order_is_its_confirmation_not_a_purchase_order() -> None:
    doc, confidence = kind_of(*HEAD, *ORDER_TITLE, *TO_CUSTOMER, *PRICED)
    assert doc == "order_confirmation"
    assert confidence < ACCEPT


def test_a_buyers_page_titled_order_stays_a_purchase_order() -> None:
    """The same title over a buyer's fields (the supplier labelled, a buyer, the goods sent
    to the sender itself) is the buyer's order."""
    buyer = labels(("N°", "BC-7781"), ("Acheteur", "K. Braun"), ("Fournisseur", "Garnier"), y=200)
    ship = [Text(40, 240, "Livrer à"), Text(40, 253, "Atelier Dupont SARL")]
    doc, _ = kind_of(*HEAD, *ORDER_TITLE, *buyer, *ship, *PRICED)
    assert doc == "purchase_order"


def test_a_priced_answer_without_a_bill_is_a_confirmation_and_with_one_an_invoice() -> None:
    """No title: the customer's order answered with prices is confirmed; the same page with
    a due date and an amount to pay is a bill."""
    unbilled = kind_of(*HEAD, *TO_CUSTOMER, *PRICED)
    bill = labels(("Payable le", "14/04/2025"), ("Net à payer", "130,00 €"), y=400)
    billed = kind_of(*HEAD, *TO_CUSTOMER, *PRICED, *bill)
    assert unbilled[0] == "order_confirmation" and unbilled[1] <= 0.7
    assert billed[0] == "invoice" and billed[1] < ACCEPT


def test_an_order_named_in_a_label_of_a_sellers_page_is_the_one_it_answers() -> None:
    """ "Bon de commande : …" on a page written to the customer, whose fields say it is a
    credit (the invoice it cancels), is not read as a purchase order."""
    fields = labels(
        ("Réf.", "AV-2025-0007"),
        ("Bon de commande", "BC-7781"),
        ("Annule et remplace facture", "FA-2025-0010"),
        ("N° client", "C0451"),
        y=200,
    )
    window = [Text(330, 180, "Votre n° TVA FR12345678901")]
    assert kind_of(*HEAD, *fields, *window, *PRICED)[0] == "credit_note"


def test_the_cues_of_who_is_written_to() -> None:
    page = first_page(*HEAD, *TO_CUSTOMER, Text(40, 700, "Merci de votre commande."))
    assert set(seller_cues(page)) == {"order", "customer", "thanks"}
    assert seller_cues(first_page(*HEAD, *PRICED)) == {}
    to_other = first_page(*HEAD, Text(40, 240, "Livrer à"), Text(40, 253, "Garnier Cartonnages"))
    to_self = first_page(*HEAD, Text(40, 240, "Livrer à"), Text(40, 253, "Atelier Dupont SARL"))
    assert others_receive(to_other) and not others_receive(to_self)


def test_terms_payable_on_receipt_are_not_a_due_date_but_a_date_payable_is() -> None:
    terms = first_page(*HEAD, *labels(("Terms of payment", "Due on receipt")))
    due = first_page(*HEAD, *labels(("Due", "June 17, 2025"), ("N°", "1")))
    assert "invoice" not in field_scores(terms)
    assert field_scores(due)["invoice"] == 1.5


def test_a_quotation_signed_to_be_accepted_is_not_a_delivery() -> None:
    fields = labels(("Quote No.", "Q-2025-5017"), ("Valid until", "14/11/2025"), y=200)
    sign = [Text(40, 650, "Please sign and return to accept this quotation.")]
    doc, _ = kind_of(*HEAD, *fields, *PRICED, *sign)
    assert doc == "other"


def test_invoices_listed_with_what_is_still_owed_are_a_reminder() -> None:
    head = ["Facture n°", "Date", "Échéance", "Montant TTC", "Restant dû"]
    xs = [40, 150, 250, 350, 460]
    rows = [head, ["FA-0090", "19/08", "18/09", "3 609,27", "3 609,27"]]
    rows.append(["FA-0096", "08/08", "07/09", "733,84", "733,84"])
    listed = [
        Text(x, 300 + 16 * i, t) for i, r in enumerate(rows) for x, t in zip(xs, r, strict=True)
    ]
    dues = labels(("Montant dû", "4 343,11 €"), ("Date d'échéance", "25/01/2025"), y=400)
    doc, confidence = kind_of(*HEAD, *listed, *dues)
    assert doc == "other"
    assert confidence < ACCEPT


def test_a_sentence_wrapped_onto_a_line_that_starts_with_a_kind_is_not_a_title() -> None:
    """ "… quote our order number on your / delivery note and invoice.": the second line is
    the rest of the buyer's sentence, in lower case, not a delivery note's title."""
    doc, _ = kind_of(
        *letter(
            "Our order F27493",
            "We are pleased to place an order for the goods listed below. Please quote our",
            "delivery note and invoice.",
        )
    )
    assert doc == "purchase_order"
