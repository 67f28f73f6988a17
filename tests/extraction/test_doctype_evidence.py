"""Document type on layouts never seen (issue 20): the title may be small, in a box, a field's
label, or missing, so the fields a page prints (a due date and an account, a requested
delivery date and a buyer, a carrier and a receipt signature, an amount paid, the invoice
a credit corrects) are scored evidence combined with the title; a type read from them
alone, or a title they contradict, is never auto-accepted."""

from __future__ import annotations

import pytest

from extraction.doctype_fields import field_scores, negative_total
from extraction.layout import PageLayout, build_layout
from extraction.pages import read_pdf
from models.settings.extraction import ExtractionSettings
from tests.extraction.doctype_pages import DUPONT_SENDER, priced_goods
from tests.extraction.pages_for_tests import Text, cells_at, pdf, rows
from tests.extraction.test_doctype import ACCEPT, kind_of

# a sender's letterhead and the addressee's window, no title anywhere
HEAD = [
    *DUPONT_SENDER,
    *rows(330, 140, ["Garnier Cartonnages SARL", "150 chemin des Vignes", "44000 Nantes"]),
]
# the goods, priced
PRICED = priced_goods(300)


def labels(*pairs: tuple[str, str], y: float = 100) -> list[Text]:
    """A block of ``label : value`` fields at the right of the head."""
    return [Text(330, y + 13 * i, f"{k} : {v}") for i, (k, v) in enumerate(pairs)]


@pytest.mark.parametrize(
    ("fields", "want"),
    [
        (
            [("N°", "F-2025-118"), ("Date d'échéance", "14/04/2025"), ("IBAN", "FR76 3000")],
            "invoice",
        ),
        (
            [
                ("N°", "2025/0412"),
                ("Date de livraison souhaitée", "23/04/2025"),
                ("Acheteur", "K. Braun"),
            ],
            "purchase_order",
        ),
        (
            [("N°", "PAY-0412"), ("Date du virement", "14/04/2025"), ("Montant réglé", "130,00")],
            "payment_advice",
        ),
        (
            [
                ("N°", "AV-0007"),
                ("Facture d'origine", "F-2025-0102"),
                ("Motif de l'avoir", "casse"),
            ],
            "credit_note",
        ),
    ],
)
def test_a_page_without_a_title_is_typed_by_its_fields_but_never_sure(
    fields: list[tuple[str, str]], want: str
) -> None:
    doc, confidence = kind_of(*HEAD, *labels(*fields, y=200), *PRICED)
    assert doc == want
    assert confidence < ACCEPT


def test_a_delivery_slip_without_a_title_is_typed_by_its_carrier_and_receipt() -> None:
    goods = cells_at(300, [40, 400], ["Article", "Qté livrée"]) + cells_at(
        316, [40, 400], ["Gants nitrile taille M", "10"]
    )
    fields = labels(("Transporteur", "Geodis"), ("Nombre de colis", "3"), y=200)
    signed = [Text(40, 600, "Reçu par (nom, date, signature) :")]
    doc, confidence = kind_of(*HEAD, *fields, *goods, *signed)
    assert doc == "delivery_note"
    assert confidence < ACCEPT


def test_another_documents_number_in_a_label_is_not_the_title() -> None:
    """An invoice printed without a title but with the order it bills ("Bon de commande :
    PO-…"): the label names the order, the due date and the account the bill."""
    fields = labels(
        ("Bon de commande", "PO-2025-9765"),
        ("Date d'échéance", "07/02/2025"),
        ("Net à payer", "130,00 €"),
        y=200,
    )
    doc, confidence = kind_of(*HEAD, *fields, *PRICED, Text(40, 700, "IBAN FR76 3000 4000"))
    assert doc == "invoice"
    assert confidence < ACCEPT


def test_a_title_in_body_type_inside_a_form_still_names_the_document() -> None:
    """The kind printed as a form's caption, in body type, beside the addressee."""
    caption = [Text(40, 140, "BON DE COMMANDE")]
    fields = labels(("Date de livraison souhaitée", "23/04/2025"), y=200)
    doc, _ = kind_of(*HEAD, *caption, *fields, *PRICED)
    assert doc == "purchase_order"


def test_fields_that_contradict_the_title_keep_it_below_auto_accept() -> None:
    """A big "FACTURE" over an order's fields (a requested date, a buyer, an approval
    signature) is still read as the title says, but not promised; the same title over a
    bill's fields is."""
    title = [Text(330, 40, "FACTURE", 18, bold=True)]
    order = [
        *labels(
            ("Date de livraison souhaitée", "23/04/2025"),
            ("Acheteur", "K. Braun"),
            ("Centre de coût", "CC-12"),
            y=200,
        ),
        Text(40, 600, "Bon pour accord, signature et cachet :"),
    ]
    bill = labels(("Date d'échéance", "07/02/2025"), ("Net à payer", "130,00 €"), y=200)
    contested = kind_of(*HEAD, *title, *order, *PRICED)
    plain = kind_of(*HEAD, *title, *bill, *PRICED)
    assert contested[0] == "invoice" and contested[1] < ACCEPT
    assert plain == ("invoice", plain[1]) and plain[1] >= ACCEPT


def test_the_invoice_a_credit_note_corrects_does_not_contest_its_title() -> None:
    title = [Text(330, 40, "AVOIR AV-2025-0007", 18, bold=True)]
    fields = labels(("Facture liée", "FA-2025-0010"), ("Date de facture", "16/11/2025"), y=200)
    assert kind_of(*HEAD, *title, *fields, *PRICED)[0] == "credit_note"
    assert kind_of(*HEAD, *title, *fields, *PRICED)[1] >= ACCEPT


def first_page(*items: Text) -> PageLayout:
    page = read_pdf(pdf(*items), ExtractionSettings())[0]
    return build_layout(page.words, page.number, *page.frame)


def test_a_total_printed_negative_speaks_for_a_credit_but_a_discount_does_not() -> None:
    credit = first_page(*HEAD, Text(330, 500, "Total TTC"), Text(480, 500, "-156,00 €"))
    bracketed = first_page(*HEAD, Text(330, 500, "Total"), Text(480, 500, "(156.00)"))
    discount = first_page(*HEAD, Text(330, 500, "Remise totale"), Text(480, 500, "-15,00 €"))
    assert negative_total(credit) and negative_total(bracketed)
    assert not negative_total(discount)
    assert "credit_note" not in field_scores(discount)


def test_each_cue_counts_once_and_the_fields_never_outweigh_a_title() -> None:
    many = [("Date d'échéance", "1"), ("Échéance", "2"), ("IBAN", "3"), ("BIC", "4")]
    many += [("Net à payer", "5"), ("Pénalités de retard", "6"), ("Montant dû", "7")]
    scores = field_scores(first_page(*HEAD, *labels(*many)))
    assert scores["invoice"] == 3.0
