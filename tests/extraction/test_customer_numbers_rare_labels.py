"""The customer's number under labels of rarer wording: the accountants' "N° tiers", a bare
"Débiteur" before its code, "Customer identifier", and, with every listed wording taken out,
"Votre code client" read from its words (a possessive, a number word and a party word).
Offered to a clerk; a third party's number is never the document's own."""

from __future__ import annotations

import pytest

from extraction.calibration.unlabelled import labels_removed
from tests.extraction.pages_for_tests import (
    Text,
    beside_title,
    grid,
    offered,
    one_item_page,
    read,
    value,
)


def _page(title: str, head: list[Text]) -> list[Text]:
    return one_item_page("Menuiserie Roux SARL", ["12 rue des Forges", "69003 Lyon"], title, head)


@pytest.mark.parametrize(
    ("title", "head", "number", "document_number"),
    [
        pytest.param(
            "FACTURE",
            ["Facture n° FA-2025-0418", "Date : 14/03/2025", "N° tiers : 411DUP07"],
            "411DUP07",
            "FA-2025-0418",
            id="a third party's number is the customer's",
        ),
        pytest.param(
            "FACTURE",
            ["Facture n° FA-2025-0418", "Date : 14/03/2025", "Débiteur : 40112"],
            "40112",
            None,
            id="a bare debtor before its code",
        ),
        pytest.param(
            "INVOICE",
            ["Invoice no: INV-2025-0418", "Date: 14/03/2025", "Customer identifier: HAR-565"],
            "HAR-565",
            None,
            id="a customer identifier",
        ),
    ],
)
def test_a_rarer_label_offers_the_customer_number(
    title: str, head: list[str], number: str, document_number: str | None
) -> None:
    result = read(*_page(title, beside_title(*head)))
    offered(result, "customer_number", number)
    if document_number is not None:
        assert value(result, "document_number") == document_number


def test_your_customer_code_read_from_its_words_in_a_grid() -> None:
    with labels_removed({"customer_number"}):
        result = read(
            *_page(
                "FACTURE",
                grid(
                    150,
                    ["Facture n°", "Date", "Votre code client"],
                    ["FA-2026-6654", "14/03/2026", "411BRU45"],
                ),
            )
        )
    offered(result, "customer_number", "411BRU45")
    assert value(result, "document_number") == "FA-2026-6654"


def test_a_third_party_number_on_an_order_is_the_supplier_s() -> None:
    """On an order the buyer's ledger's third party is its supplier: no customer number."""
    result = read(
        *_page(
            "BON DE COMMANDE",
            beside_title(
                "Bon de commande n° CMD-030351",
                "Date de commande : 19/11/2024",
                "N° tiers : 005866",
            ),
        )
    )
    assert value(result, "customer_number") is None
    assert value(result, "document_number") == "CMD-030351"
