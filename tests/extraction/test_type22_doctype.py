"""Document type on whole pages whose title names two kinds, names the one the page
follows from, or titles a seller's printout of the customer's order (issue 20, type22):
the page's make-up settles a title naming two kinds, and such pages are never sure."""

from __future__ import annotations

import pytest

from tests.extraction.doctype_pages import DUPONT_SENDER, priced_goods
from tests.extraction.pages_for_tests import Text, rows
from tests.extraction.test_doctype import ACCEPT, kind_of

READER = rows(330, 130, ["Garnier Cartonnages SARL", "150 chemin des Vignes", "44000 Nantes"])
BILL = [
    *rows(330, 380, ["Total HT 130,00", "TVA 20 % 26,00", "Net à payer 156,00 €"]),
    Text(40, 440, "Règlement à 30 jours fin de mois", 9),
    Text(40, 455, "IBAN FR76 3000 4000 0500 0012 3456 789", 9),
]


def _page(title: str, fields: list[str], *extra: Text) -> list[Text]:
    return [
        *DUPONT_SENDER,
        *READER,
        Text(40, 200, title, 18, bold=True),
        *rows(40, 225, fields),
        *priced_goods(290),
        *extra,
    ]


@pytest.mark.parametrize(
    "title",
    ["Facture / Bon de livraison", "Bon de livraison / Facture", "Facture valant bon de livraison"],
)
def test_a_bill_titled_as_two_kinds_is_the_bill_and_never_sure(title: str) -> None:
    doc, confidence = kind_of(*_page(title, ["N° F-2025-118", "Date : 12/03/2025"], *BILL))
    assert doc == "invoice"
    assert confidence < ACCEPT


@pytest.mark.parametrize("title", ["Commande suite à devis", "Order further to quotation"])
def test_an_order_named_after_the_quotation_it_follows_is_the_order(title: str) -> None:
    fields = ["N° BC-2025-77", "Date : 12/03/2025", "Livraison souhaitée : 30/03/2025"]
    doc, confidence = kind_of(*_page(title, fields))
    assert doc == "purchase_order"
    assert confidence < ACCEPT


def test_an_order_to_deliver_is_an_order_not_a_delivery() -> None:
    fields = ["N° BC-2025-78", "Date : 12/03/2025", "Livraison souhaitée : 30/03/2025"]
    doc, _confidence = kind_of(*_page("Commande à livrer", fields))
    assert doc == "purchase_order"


def test_an_order_titled_page_naming_the_readers_account_is_not_sure() -> None:
    fields = ["N° 9436822", "Date : 12/03/2025", "Compte client : C98166"]
    doc, confidence = kind_of(*_page("Bon de commande", fields))
    assert doc in ("purchase_order", "order_confirmation")
    assert confidence < ACCEPT


@pytest.mark.parametrize("title", ["Facture pro forma", "Pro-forma invoice"])
def test_a_pro_forma_invoice_is_not_split_in_two_kinds(title: str) -> None:
    doc, _confidence = kind_of(*_page(title, ["N° PF-118", "Date : 12/03/2025"]))
    assert doc == "other"
