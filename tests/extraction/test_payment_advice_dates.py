"""A payment advice's payment date read from the word that governs a date (a bank's caption,
a sentence's verb, a cheque's line, a title's "du"), its own date where it says it pays
that day, never a date of the invoices it lists; and a table of paid invoices types the
page as a payment advice (extraction/payment_dates.py, extraction/payment_listing.py)."""

from __future__ import annotations

from extraction.layout import build_layout
from extraction.pages import read_pdf
from extraction.payment_dates import PAYMENT_DATE_CAP, governs
from extraction.payment_listing import PAID_LISTING, paid_listing
from models.settings.extraction import ExtractionSettings
from tests.extraction.pages_for_tests import Text, pdf, read_pages, right

HEAD = [
    Text(50, 40, "Quincaillerie Morel SARL", 16, bold=True),
    Text(50, 60, "12 rue des Forges, 69003 Lyon", 8),
    Text(330, 120, "Atelier Besson SAS"),
    Text(330, 134, "4 avenue Foch, 75008 Paris"),
]


def settled(y: float = 330) -> list[Text]:
    """A table of the invoices paid: numbers, their own dates and due dates, amounts."""
    rows = [
        ("FAC-2025-0311", "03/02/2025", "05/03/2025", "1 250,00"),
        ("FAC-2025-0342", "10/02/2025", "12/03/2025", "830,40"),
    ]
    out = [Text(50, y, "Votre facture"), Text(200, y, "Du"), Text(300, y, "Échéance")]
    out.append(right(540, y, "Réglé"))
    for i, (number, day, due, paid) in enumerate(rows):
        top = y + 16 * (i + 1)
        out += [Text(50, top, number), Text(200, top, day), Text(300, top, due)]
        out.append(right(540, top, paid))
    out += [Text(330, y + 60, "Total réglé :"), right(540, y + 60, "2 080,40 €")]
    return out


def test_the_nearest_naming_word_says_whose_date_it_is() -> None:
    assert governs("date d'execution", "") == "paid"
    assert governs("nous avons procede le", " au virement de 1 200,00 eur") == "paid"
    assert governs("notre cheque n 1234567 tire sur la banque du", "") == "paid"
    assert governs("avis de reglement du", "") == "paid"
    # the invoice paid is dated, not the payment; nor is the print
    assert governs("en reglement de votre facture du", "") == "other"
    assert governs("date d'echeance", "") == "other"
    assert governs("printed", "") == "other"
    assert governs("date", "") is None


def test_a_bank_caption_gives_the_payment_date_offered_not_sure() -> None:
    result = read_pages(
        [
            *HEAD,
            Text(50, 200, "Confirmation de virement", 14, bold=True),
            Text(50, 222, "Date : 10/03/2025"),
            Text(50, 250, "Date d'exécution"),
            Text(200, 250, "12/03/2025"),
            Text(50, 280, "Avis de paiement"),
            *settled(),
        ]
    )
    assert result.doc_type == "payment_advice"
    paid = result.fields["payment_date"]
    assert paid.value == "2025-03-12" and paid.confidence <= PAYMENT_DATE_CAP


def test_a_sentence_gives_the_day_and_the_listed_invoices_dates_are_never_taken() -> None:
    result = read_pages(
        [
            *HEAD,
            Text(330, 180, "Lyon, le 10/03/2025"),
            Text(50, 220, "Avis de virement", 14, bold=True),
            Text(50, 250, "Nous avons procédé le 13/03/2025 au virement de 2 080,40 €."),
            *settled(),
        ]
    )
    assert result.fields["payment_date"].value == "2025-03-13"


def test_an_advice_that_pays_this_day_takes_its_own_date() -> None:
    result = read_pages(
        [
            *HEAD,
            Text(330, 180, "Lyon, le 14/03/2025"),
            Text(50, 220, "Avis de virement", 14, bold=True),
            Text(50, 250, "Nous avons procédé ce jour au virement de 2 080,40 €."),
            *settled(),
        ]
    )
    paid = result.fields["payment_date"]
    assert paid.value == "2025-03-14" and paid.confidence <= PAYMENT_DATE_CAP


def test_no_payment_date_is_read_from_the_settled_invoices_alone() -> None:
    result = read_pages(
        [
            *HEAD,
            Text(50, 200, "Avis de paiement", 14, bold=True),
            Text(50, 222, "N° REG-11"),
            *settled(),
        ]
    )
    assert "payment_date" not in result.fields


def test_a_table_of_paid_invoices_is_a_payment_advices_but_one_of_open_items_is_not() -> None:
    def first(*items: Text) -> float:
        page = read_pdf(pdf(*items), ExtractionSettings())[0]
        return paid_listing(build_layout(page.words, page.number, *page.frame))

    assert first(*HEAD, *settled()) == PAID_LISTING
    owed = [t if t.text != "Réglé" else Text(t.x, t.y, "Solde dû") for t in settled()]
    assert first(*HEAD, *owed) == 0.0
    result = read_pages([*HEAD, Text(50, 200, "Remise de chèque", 14, bold=True), *settled()])
    assert result.doc_type == "payment_advice"
