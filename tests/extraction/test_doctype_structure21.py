"""Document type from the page's structure where the title says nothing orderdesk knows
(issue 20): invoices listed with when each fell due are chased (a reminder or a statement,
not a bill nor a payment); goods counted on a page that prints no money are handed over (a
delivery note), whatever bank details the footer carries. Never sure: structure is not a
title."""

from __future__ import annotations

import pytest

from tests.extraction.doctype_pages import DUPONT_SENDER
from tests.extraction.pages_for_tests import Text, rows, table_rows
from tests.extraction.test_doctype import ACCEPT, kind_of

READER = rows(330, 130, ["Garnier Cartonnages SARL", "150 chemin des Vignes", "44000 Nantes"])
FOOTER = [
    Text(
        40,
        790,
        "SARL au capital de 20 000 € – RCS Lyon 512 345 678 – "
        "IBAN FR76 3000 4000 0500 0012 3456 789 – BIC BNPAFRPP",
        7,
    )
]
COLUMNS = [40, 110, 330, 420, 490]


def _page(
    title: str,
    fields: list[str],
    table: list[list[str]],
    *extra: Text,
    columns: list[float] = COLUMNS,
) -> list[Text]:
    """The sender, the reader, a title, fields, a goods table and the bank's footer."""
    return [
        *DUPONT_SENDER,
        *READER,
        Text(40, 200, title, 18, bold=True),
        *rows(40, 225, fields),
        *table_rows(table, columns[: len(table[0])], 290),
        *extra,
        *FOOTER,
    ]


DUE_LISTED = [
    ["Facture n°", "Date", "Échéance", "Montant TTC"],
    ["F-1001", "03/01/2025", "02/02/2025", "1 200,00"],
    ["F-1002", "05/01/2025", "04/02/2025", "300,00"],
]


@pytest.mark.parametrize("title", ["Situation de compte", "Deuxième avis"])
def test_invoices_listed_with_their_due_dates_are_chased_not_billed(title: str) -> None:
    doc, confidence = kind_of(*_page(title, ["Date : 12/03/2025", "Client n° C-118"], DUE_LISTED))
    assert doc == "other"
    assert confidence < ACCEPT


def test_invoices_listed_with_what_was_paid_stay_a_payment() -> None:
    paid = [
        ["Facture n°", "Échéance", "Montant", "Montant réglé"],
        ["F-1001", "02/02/2025", "1 200,00", "1 200,00"],
        ["F-1002", "04/02/2025", "300,00", "300,00"],
    ]
    doc, _ = kind_of(*_page("Avis de virement", ["Date de valeur : 12/03/2025"], paid))
    assert doc == "payment_advice"


COUNTED = [
    ["Réf.", "Désignation", "Quantité", "Unité"],
    ["GN-M", "Gants nitrile taille M", "10", "boîte"],
    ["RA-48", "Ruban adhésif PP 48 mm", "5", "rouleau"],
]


@pytest.mark.parametrize("title", ["BL N° 2025-118", "Mouvement n° 4471"])
def test_goods_counted_on_a_page_without_money_are_delivered(title: str) -> None:
    # the footer's bank details are every document's, not a bill's sign here
    doc, confidence = kind_of(*_page(title, ["Date : 12/03/2025"], COUNTED))
    assert doc == "delivery_note"
    assert confidence < ACCEPT


def test_counted_goods_with_a_total_in_money_are_not_taken_for_a_delivery() -> None:
    totals = rows(380, 380, ["Total HT : 130,00 €", "TVA 20 % : 26,00 €", "Total TTC : 156,00 €"])
    doc, _ = kind_of(
        *_page("Facture n° F-118", ["Date : 12/03/2025", "Échéance : 11/04/2025"], COUNTED, *totals)
    )
    assert doc == "invoice"


def test_an_order_titled_as_one_keeps_its_kind_without_prices() -> None:
    doc, _ = kind_of(
        *_page("Bon de commande", ["Date : 12/03/2025", "Fournisseur : Marchand SA"], COUNTED)
    )
    assert doc == "purchase_order"


def test_a_priced_page_that_prints_the_quantity_delivered_is_a_delivery() -> None:
    delivered = [
        ["Réf.", "Désignation", "Qté cdée", "Qté livrée", "PU HT", "Montant HT"],
        ["GN-M", "Gants nitrile M", "10", "8", "12,00", "96,00"],
        ["RA-48", "Ruban PP 48", "5", "5", "2,00", "10,00"],
    ]
    page = _page(
        "N° 4471",
        ["Date : 12/03/2025", "Votre commande : CMD-7781"],
        delivered,
        columns=[40, 90, 250, 320, 390, 470],
    )
    doc, confidence = kind_of(*page)
    assert doc == "delivery_note"
    assert confidence < ACCEPT
