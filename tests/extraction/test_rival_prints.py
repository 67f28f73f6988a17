"""Header values that another field's evidence claims, read on whole pages
(extraction/rival_prints.py, candidates/terms.py, candidates/references.py): the look-alike
printed beside a field is not offered as that field, and a value that comes first only
because its rival went is never shown sure."""

from __future__ import annotations

from tests.extraction.pages_for_tests import (
    ACCEPT,
    DUPONT_HEAD,
    FRENCH_TOTALS,
    Text,
    printed,
    read_pages,
    reads,
    rows,
    value,
)

BUYER = printed("""
    40 130 10 Garage Martin SAS
    40 143 10 8 avenue Foch
    40 156 10 75008 Paris
""")


def _invoice(*extra: Text) -> list[Text]:
    return [*printed(DUPONT_HEAD), *BUYER, *FRENCH_TOTALS, *extra]


def test_an_early_payment_discount_sentence_is_no_terms() -> None:
    result = read_pages(
        _invoice(
            Text(40, 600, "Escompte de 2 % pour paiement sous 8 jours."),
            Text(40, 614, "Règlement par virement bancaire."),
        )
    )
    reads(result, payment_terms=None)


def test_a_discount_in_english_is_no_terms_and_the_terms_beside_it_are() -> None:
    result = read_pages(
        _invoice(
            Text(40, 600, "Take 1% off for payment in 7 days."),
            Text(40, 614, "Payment terms: Net 30"),
        )
    )
    reads(result, payment_terms="Net 30")


def test_a_run_in_line_gives_each_reference_to_its_own_label() -> None:
    result = read_pages(
        [
            *printed("""
                40  40  14b Pennine Textiles Corp.
                40  62  10  1680 Commerce Drive, Denver, CO 80202
                380 40  16b Sales Order Confirmation OC25-85486
                40  90  10  Document date December 20, 2025
            """),
            Text(
                40,
                104,
                "Contract no.: 592656 ; Customer no.: CL-16531 ; Your purchase order: P40268-A",
                9,
            ),
            *rows(40, 140, ["Ashworth & Hollis Corp.", "690 Industrial Parkway", "Denver, CO"]),
        ]
    )
    reads(result, order_number="P40268-A", customer_number="CL-16531")


def test_a_ship_date_that_is_the_documents_date_is_no_delivery_date() -> None:
    result = read_pages(
        printed("""
            40  40  14b Harper & Brooks plc
            40  62  10  36 Mill Lane, Manchester M1 2AB
            400 40  14b Dispatch note
            400 66  10  Order       HGLLLBHZW
            400 80  10  Ship date   21.07.2024
            40  130 10  Emma Hughes
            40  143 10  35 Victoria Street
            40  156 10  Glasgow G2 3QZ
        """)
    )
    assert value(result, "document_date") == "2024-07-21"
    reads(result, delivery_date=None)


def test_a_deposit_dated_before_the_invoice_is_no_due_date() -> None:
    result = read_pages(
        _invoice(
            Text(40, 600, "Date limite de paiement : 02/03/2025"),
        )
    )
    reads(result, due_date=None)


def test_the_due_date_after_the_invoice_is_kept() -> None:
    result = read_pages(_invoice(Text(40, 600, "Date limite de paiement : 13/04/2025")))
    reads(result, due_date="2025-04-13")


def test_a_balance_after_a_deposit_is_not_the_gross_total() -> None:
    result = read_pages(
        [
            *printed(DUPONT_HEAD),
            *BUYER,
            *printed("""
                330 520 10 Total HT
                480 520 10 1 000,00 €
                330 536 10 TVA 20 %
                480 536 10 200,00 €
                330 552 10 Montant TTC
                480 552 10 1 200,00 €
                330 568 10 Acompte reçu le 02/03/2025
                480 568 10 -300,00 €
                330 584 10 Total à payer
                480 584 10 900,00 €
            """),
        ]
    )
    reads(result, total_net="1000.00", total_tax="200.00", total_gross="1200.00")


def test_no_value_is_shown_sure_because_its_rival_was_removed() -> None:
    # the only due-like date is before the invoice: removed, nothing else comes up sure
    result = read_pages(
        _invoice(
            Text(40, 600, "Date limite de paiement : 02/03/2025"),
            Text(40, 614, "Échéance au 10/03/2025"),
        )
    )
    due = result.fields.get("due_date")
    assert due is None or due.confidence < ACCEPT


def test_a_late_payment_rate_under_a_terms_label_is_no_terms() -> None:
    result = read_pages(_invoice(Text(40, 600, "Payment terms: Interest of 1.5% per month")))
    reads(result, payment_terms=None)


def test_terms_that_state_a_discount_rate_are_offered_not_shown_sure() -> None:
    result = read_pages(_invoice(Text(40, 600, "Terms: 2% 10, net 30")))
    assert value(result, "payment_terms") == "2% 10, net 30"
    assert result.fields["payment_terms"].confidence < ACCEPT


def test_the_amount_left_after_a_deposit_is_no_gross_when_no_gross_is_printed() -> None:
    result = read_pages(
        [
            *printed(DUPONT_HEAD),
            *BUYER,
            *printed("""
                330 520 10 Total HT
                480 520 10 1 000,00 €
                330 536 10 TVA 20 %
                480 536 10 200,00 €
                330 552 10 Acompte versé
                480 552 10 300,00 €
                330 568 10 Net à payer
                480 568 10 900,00 €
            """),
        ]
    )
    assert value(result, "total_gross") != "900.00"
    for name in ("total_net", "total_tax", "total_gross"):
        field = result.fields.get(name)
        assert field is None or field.confidence < ACCEPT


def test_a_means_or_a_day_under_a_payment_caption_is_no_terms() -> None:
    means = read_pages(_invoice(Text(40, 600, "Règlement effectué par chèque")))
    reads(means, payment_terms=None)
    day = read_pages(_invoice(Text(40, 600, "Règlement attendu le : 19/04/2025")))
    assert value(day, "payment_terms") is None
