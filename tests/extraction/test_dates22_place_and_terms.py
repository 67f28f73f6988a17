"""Dates and payment terms as real senders print them (issue 20, dates22): a letter's
place-and-date line parted from its place by a comma, a dash or "Fait à X le", over the
title or above the signature under the table; a "No. / Date" caption pair over its values
in a grid; a line of items whose other item prints a date; terms after a caption of a few
words, after the payment means and a comma, in brackets after the due date; a discount
for paying early that is no terms. Each such reading is offered, never shown sure."""

from __future__ import annotations

from collections.abc import Sequence

from tests.extraction.pages_for_tests import (
    Text,
    grid,
    oak_beam_item,
    offered,
    read,
    sender_and_title,
    value,
    with_foot,
)

_SENDER = ("Scierie Vidal SARL", ["3 chemin des Prés", "38000 Grenoble"])


def _headed(title: str, head: list[Text], foot: Sequence[str] = ()) -> list[Text]:
    page = [*sender_and_title(*_SENDER, title), *head, *oak_beam_item()]
    return page + [Text(40, 420 + 16 * i, line) for i, line in enumerate(foot)]


def test_a_place_and_date_line_said_with_its_verb_dates_the_document() -> None:
    result = read(
        *_headed(
            "FACTURE F-2025-0412",
            [
                Text(380, 150, "Fait à Annecy le 18/08/2024"),
                Text(40, 260, "Imprimé le 19/08/2024 · Livré le 02/09/2024"),
            ],
        )
    )
    offered(result, "document_date", "2024-08-18")


def test_a_place_parted_from_its_date_by_a_dash_dates_the_document() -> None:
    result = read(
        *_headed(
            "INVOICE INV-2025-88",
            [
                Text(380, 150, "Derby – 14 April 2025"),
                Text(40, 260, "Order date 25 March 2025 · Your order 079624"),
            ],
        )
    )
    offered(result, "document_date", "2025-04-14")


def test_a_place_and_date_line_above_the_signature_dates_an_undated_page() -> None:
    result = read(*_headed("FACTURE F-2025-0413", [], ["Lyon, le 3 mars 2025", "Bon pour accord"]))
    offered(result, "document_date", "2025-03-03")


def test_a_number_and_date_caption_pair_reads_the_cell_under_it() -> None:
    head = grid(
        150,
        ["Invoice # / Date", "Your ref.", "Due"],
        ["5166530 / 16/04/2025", "P81974-A", "31/05/2025"],
        (40, 250, 400),
    )
    result = read(*_headed("INVOICE", head))
    assert value(result, "document_date") == "2025-04-16"
    assert value(result, "document_number") == "5166530"


def test_terms_after_a_caption_of_a_few_words_beside_a_discount_clause() -> None:
    result = read(
        *with_foot(
            *_SENDER,
            "FACTURE",
            ["N° FA-2025-0577", "Date : 14/03/2025"],
            [
                "Escompte de 1 % pour paiement sous 8 jours.",
                "Nos conditions : 60 jours date de facture.",
                "Pas d'escompte pour paiement anticipé.",
            ],
        )
    )
    offered(result, "payment_terms", "60 jours date de facture")


def test_a_discount_alone_is_no_terms() -> None:
    result = read(
        *with_foot(
            *_SENDER,
            "FACTURE",
            ["N° FA-2025-0578", "Date : 14/03/2025"],
            ["Escompte de 2 % pour paiement sous 10 jours."],
        )
    )
    assert value(result, "payment_terms") is None


def test_the_means_before_a_comma_is_no_part_of_the_terms() -> None:
    result = read(
        *with_foot(
            *_SENDER,
            "FACTURE",
            ["N° FA-2025-0579", "Date : 14/03/2025"],
            ["Mode et délai : chèque, escompte 2 % à 10 jours, net à 30 jours."],
        )
    )
    offered(result, "payment_terms", "escompte 2 % à 10 jours, net à 30 jours")


def test_a_date_caption_paired_with_an_unread_one_reads_its_half_of_the_cell() -> None:
    head = grid(
        150,
        ["Pièce / Date", "Réf. commande", "Client n°"],
        ["2024/10655 / 8 août 24", "ACH/2024/559", "CL-5708"],
        (40, 250, 400),
    )
    result = read(*_headed("BON DE LIVRAISON", head))
    assert value(result, "document_date") == "2024-08-08"
