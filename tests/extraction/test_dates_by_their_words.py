"""Header dates whose role their label's words say, wherever the label stands: a caption
that names the delivery is no label of the document's date (a bare "Date" in it had read
it so), the document's own date said at its foot when its head gives none."""

from __future__ import annotations

from tests.extraction.pages_for_tests import (
    grid,
    oak_beam_item,
    offered,
    read,
    reads,
    sender_and_title,
    with_foot,
)

SENDER = ("Tuileries du Val SARL", ["4 rue des Forges", "37000 Tours"])


def test_a_caption_naming_the_arrival_is_not_the_documents_date() -> None:
    page = [
        *sender_and_title(*SENDER, "COMMANDE D'ACHAT"),
        *grid(
            160,
            ["N° document", "Date", "Date d'arrivée souhaitée"],
            ["CA.24.4246", "05/09/24", "30/09/24"],
        ),
        *oak_beam_item(),
    ]
    result = read(*page)
    reads(result, document_date="2024-09-05", delivery_date="2024-09-30")


def test_the_documents_date_said_at_its_foot_is_offered() -> None:
    page = with_foot(
        "Ashworth Roofing Ltd",
        ["3 Victoria Street", "Leeds LS1 4DY"],
        "QUOTATION",
        ["No. Q-2025-118"],
        ["Thank you for your enquiry.", "Prepared on 13 July 2025."],
    )
    offered(read(*page), "document_date", "2025-07-13")
