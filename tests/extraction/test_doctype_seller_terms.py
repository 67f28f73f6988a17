"""A seller's terms are not a bill (issue 20, document type on unseen layouts): an order
confirmation prints its bank for a deposit, the legal late-payment penalties, a total
captioned "Invoice Total"; with no due date and no amount due, and no title that names an
invoice, those do not make the page a bill. A letterhead name that a side-band title ran
into is read as the legal line at its foot prints it."""

from __future__ import annotations

from extraction.party_evidence import cleaner_reading
from tests.extraction.pages_for_tests import Text
from tests.extraction.test_doctype import ACCEPT, kind_of
from tests.extraction.test_doctype_evidence import HEAD, PRICED, labels

# the customer's order named as the reader's: a seller writes to its customer
ANSWER = labels(("N°", "CF-2025-0412"), ("Votre commande", "BC-7781"), y=200)
# a seller's terms under the totals: its bank, the legal penalties
TERMS = [
    Text(40, 560, "IBAN FR76 3000 4000 0312 3456 7890 143"),
    Text(
        40,
        575,
        "Pénalités de retard : trois fois le taux d'intérêt légal. Indemnité forfaitaire "
        "pour frais de recouvrement : 40 €.",
        8,
    ),
    Text(330, 520, "Invoice Total"),
    Text(480, 520, "130,00 €"),
]


def test_a_sellers_terms_without_a_demand_for_payment_are_a_confirmations() -> None:
    doc, confidence = kind_of(*HEAD, *ANSWER, *PRICED, *TERMS)
    assert doc == "order_confirmation"
    assert confidence < ACCEPT


def test_the_same_terms_with_a_due_date_are_a_bill() -> None:
    due = labels(("Date d'échéance", "14/04/2025"), y=240)
    doc, confidence = kind_of(*HEAD, *ANSWER, *PRICED, *TERMS, *due)
    assert doc == "invoice"
    assert confidence < ACCEPT


def test_a_number_labelled_invoice_keeps_the_page_an_invoice() -> None:
    """ "Invoice No." names the page's own number: the terms stay a bill's."""
    own = labels(("Invoice No.", "FA-2025-0412"), ("Votre commande", "BC-7781"), y=200)
    doc, _ = kind_of(*HEAD, *own, *PRICED, *TERMS)
    assert doc == "invoice"


def test_a_bare_bill_title_is_an_invoice_never_sure() -> None:
    title = [Text(460, 40, "Bill")]
    due = labels(("Ref.", "2024/08156"), ("Requested Delivery", "05/06/2024"), y=200)
    doc, confidence = kind_of(*HEAD, *title, *due, *PRICED)
    assert doc == "invoice"
    assert confidence <= 0.85


def test_a_grid_of_a_bills_fields_is_not_a_list_of_invoices() -> None:
    """ "Invoice No. | Invoice Date | P.O. Number | Due Date" over one row of values heads
    the bill's own fields, not the invoices a payment settles."""
    heads = ["Invoice No.", "Invoice Date", "P.O. Number", "Due Date"]
    values = ["4615513", "15/03/2024", "095220", "14/04/2024"]
    grid = [Text(40 + 110 * i, 200, h) for i, h in enumerate(heads)]
    grid += [Text(40 + 110 * i, 213, v) for i, v in enumerate(values)]
    doc, _ = kind_of(*HEAD, *grid, *PRICED)
    assert doc == "invoice"


def test_the_legal_lines_name_is_the_cleaner_reading_of_a_letterhead_ran_into() -> None:
    assert cleaner_reading("BON DE Ateliers Marchand EURL", "Ateliers Marchand EURL")
    assert cleaner_reading("BORDER A E teliers Roux SAS", "Ateliers Roux SAS")
    assert cleaner_reading("Distribution SAS", "Renaud Distribution SAS")
    # the same name, or another company's, is not a cleaner reading
    assert not cleaner_reading("Ateliers Roux SAS", "Ateliers Roux SAS")
    assert not cleaner_reading("Martin Frères SA", "Durand Frères SA")
    assert not cleaner_reading("Transports Roux SAS", "Ateliers Morel SAS")


def test_a_title_word_in_the_names_place_gives_way_to_the_legal_name() -> None:
    assert cleaner_reading("livraison Mercier SAS", "Établissements Mercier SAS")
    assert not cleaner_reading("Transports Mercier SAS", "Établissements Mercier SAS")


def test_a_name_alone_at_the_foot_cleans_the_letterhead_ran_into_by_a_title() -> None:
    """No legal line, only the name at the foot: the letterhead's reading with a title's
    words in front of the name is replaced by it, never sure."""
    from extraction.parties import party_candidates
    from tests.extraction.test_doctype_evidence import first_page

    page = first_page(
        Text(40, 40, "ACCUSÉ DE Plomberie du Val de Loire SA", 14, bold=True),
        Text(40, 58, "Avenue de la Gare 64, 1003 Lausanne"),
        Text(330, 130, "Garnier Cartonnages SARL"),
        Text(330, 143, "150 chemin des Vignes"),
        Text(330, 156, "44000 Nantes"),
        Text(40, 800, "Plomberie du Val de Loire SA"),
    )
    out, _ = party_candidates([page], "order_confirmation", "text", 0.85)
    kept = [c for c in out["supplier_name"] if c.vetoed is None]
    best = max(kept, key=lambda c: c.prior)
    assert best.value == "Plomberie du Val de Loire SA"
    assert best.cap <= 0.85


def test_a_letterhead_name_ending_on_a_dash_is_not_joined_to_the_title_under_it() -> None:
    """ "Textiles Direct Ltd –" over "Consignment": a title set after the name, wrapped."""
    from extraction.parties import party_candidates
    from tests.extraction.test_doctype_evidence import first_page

    page = first_page(
        Text(330, 40, "Textiles Direct Ltd –", 14, bold=True),
        Text(330, 56, "Consignment", 14, bold=True),
        Text(40, 130, "Garnier Cartonnages SARL"),
        Text(40, 143, "150 chemin des Vignes"),
        Text(40, 156, "44000 Nantes"),
    )
    out, _ = party_candidates([page], "delivery_note", "text", 0.85)
    values = {c.value for c in out["supplier_name"] if c.vetoed is None}
    assert "Textiles Direct Ltd" in values
    assert not any("Ltd" in v and "Consignment" in v for v in values)
