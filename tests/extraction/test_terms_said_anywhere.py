"""Payment terms read by what they say wherever a sender prints them (issue 20): a
sentence whose caption is a subject ("Our terms are Net 30"), the terms in brackets beside
the due date, a box whose title is "Terms & Conditions" and whose line opens with its own
caption, a moment of paying in advance, a sentence of penalties after a labelled delay.
Every such new reading is offered to a clerk, never shown sure; a means with its details
in brackets is no terms; the delivery said under an estimated or expected caption."""

from __future__ import annotations

from tests.extraction.pages_for_tests import Text, offered, read, value, with_foot


def _invoice(*foot: str, head: tuple[str, ...] = ()) -> list[Text]:
    lines = ["N° FA-2025-0412", "Date : 14/03/2025", *head]
    return with_foot(
        "Menuiserie Roux SARL", ["12 rue des Lilas", "69007 Lyon"], "FACTURE", lines, foot
    )


def _invoice_en(*foot: str, head: tuple[str, ...] = ()) -> list[Text]:
    lines = ["Invoice no. INV-88213", "Date: 14 March 2025", *head]
    return with_foot(
        "Harbour Joinery Ltd", ["4 Quay Street", "Bristol BS1 4DJ"], "INVOICE", lines, foot
    )


def test_terms_named_by_the_subject_of_a_sentence_are_the_words_after_its_verb() -> None:
    result = read(*_invoice_en("Our terms are 30% deposit, balance at 30 days.", "Thank you."))
    offered(result, "payment_terms", "30% deposit, balance at 30 days")


def test_terms_in_brackets_beside_the_due_date_are_the_bracketed_words() -> None:
    result = read(
        *_invoice("Échéance : 28/04/2025 (45 j fin de mois)", "Merci de votre confiance.")
    )
    offered(result, "payment_terms", "45 j fin de mois")
    assert value(result, "due_date") == "2025-04-28"


def test_a_box_of_terms_and_conditions_gives_the_terms_on_its_line_not_its_title() -> None:
    result = read(*_invoice_en("Terms & Conditions", "Terms: 2/10 net 30", "Method: Bank transfer"))
    assert value(result, "payment_terms") == "2/10 net 30"


def test_a_line_that_opens_with_a_short_caption_gives_the_terms_after_it() -> None:
    result = read(*_invoice("Conditions", "Délai : LCR à 60 jours", "Par virement bancaire"))
    offered(result, "payment_terms", "LCR à 60 jours")


def test_paying_in_advance_is_terms() -> None:
    offered(
        read(*_invoice("Cette facture est payable d'avance.")), "payment_terms", "payable d'avance"
    )
    offered(read(*_invoice_en("Prepayment", "Thank you.")), "payment_terms", "Prepayment")


def test_a_labelled_delay_followed_by_penalties_in_one_paragraph_is_read() -> None:
    said = "Paiement : Virement à 30 jours. Pénalités de retard : trois fois le taux légal."
    offered(read(*_invoice(said)), "payment_terms", "Virement à 30 jours")


def test_a_card_with_its_digits_in_brackets_is_a_means_not_terms() -> None:
    result = read(*_invoice("Règlement : Carte bancaire (Visa •••• 4853)"))
    assert value(result, "payment_terms") is None


def test_a_delivery_under_an_estimated_or_expected_caption() -> None:
    fr = read(*_invoice("Livraison estimée : 17/04/2025"))
    assert value(fr, "delivery_date") == "2025-04-17"
    en = read(*_invoice_en("Expected: April 17, 2025"))
    offered(en, "delivery_date", "2025-04-17")
