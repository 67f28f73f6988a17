"""Letters that place or confirm an order, in wordings the classifier's rules were not
written from: the subject line ("Subject: our order …", "Objet : notre commande …") and the
sentences' verbs are the evidence; a type read from them is offered, never shown sure."""

from __future__ import annotations

import pytest

from tests.extraction.pages_for_tests import ACCEPT, business_letter, read

PLACING = [
    (
        "Subject: our order PO-4512",
        ["We are writing regarding the items listed below.", "Ten brackets by 30 March."],
        "en",
    ),
    (
        "Objet : notre commande CA-2211",
        ["Les articles ci-dessous sont à livrer à notre entrepôt de Nantes", "avant le 30 mars."],
        "fr",
    ),
    (
        "Objet : notre bon de commande CA-2211",
        ["Vous voudrez bien nous adresser les articles ci-dessous", "avant le 30 mars."],
        "fr",
    ),
    (
        "",
        [
            "Following your visit, we should like to order ten",
            "steel brackets at the price quoted.",
        ],
        "en",
    ),
    (
        "Objet : commande de matériel",
        ["Pourriez-vous nous faire livrer dix équerres acier au prix de votre", "dernier tarif ?"],
        "fr",
    ),
]

CONFIRMING = [
    (
        "Subject: Order received",
        ["We are writing to confirm that we have accepted your order.", "Kind regards,"],
        "en",
    ),
    (
        "Objet : votre commande CA-2211",
        ["Votre commande a bien été enregistrée ; la livraison est prévue", "le 30 mars."],
        "fr",
    ),
    (
        "Subject: our order confirmation OC-118",
        ["The goods you ordered will leave our warehouse on 30 March.", "Kind regards,"],
        "en",
    ),
]


def _offered_as(doc_type: str, subject: str, body: list[str], lang: str) -> None:
    """The letter is read as ``doc_type``, offered rather than shown sure."""
    result = read(*business_letter(subject, body, lang))
    assert result.doc_type == doc_type
    assert result.doc_type_confidence < ACCEPT


@pytest.mark.parametrize(("subject", "body", "lang"), PLACING)
def test_a_letter_that_places_an_order_is_a_purchase_order(
    subject: str, body: list[str], lang: str
) -> None:
    _offered_as("purchase_order", subject, body, lang)


@pytest.mark.parametrize(("subject", "body", "lang"), CONFIRMING)
def test_a_letter_that_confirms_an_order_is_an_order_confirmation(
    subject: str, body: list[str], lang: str
) -> None:
    _offered_as("order_confirmation", subject, body, lang)
