"""Payment terms stated on a line of their own or beside other items, and the document's date
where no label names it (issue 20): what a clerk sees on pages of layouts never seen."""

from __future__ import annotations

from extraction.candidates import terms
from tests.extraction.pages_for_tests import (
    Text,
    offered,
    one_item_page,
    read,
    reads,
    rows,
    sender_and_title,
    value,
)


def _said(text: str, span: tuple[int, int] | None) -> str | None:
    return text[span[0] : span[1]] if span is not None else None


def test_a_line_of_terms_words_alone_is_the_terms_without_the_means() -> None:
    """A footer line "60 jours nets par virement." states the terms and how to pay: the
    terms are what a clerk copies, the means is not part of them."""
    line = "60 jours nets par virement bancaire."
    assert _said(line, terms.terms_line(line)) == "60 jours nets"
    assert _said("2/10 Net 30", terms.terms_line("2/10 Net 30")) == "2/10 Net 30"
    assert _said("Comptant.", terms.terms_line("Comptant.")) == "Comptant"


def test_a_delivery_delay_or_a_bare_count_of_days_is_no_terms_line() -> None:
    """ "Livraison sous 30 jours" is when the goods come, "30 jours" may be any delay, and a
    thanks line has no delay at all."""
    for line in ("Livraison sous 30 jours.", "30 jours", "Merci de votre confiance."):
        assert terms.terms_line(line) is None


def test_terms_stop_where_the_next_condition_of_a_footer_starts() -> None:
    """A footer of conditions joins the terms and other clauses by dashes: the clause after
    the terms states no delay of payment and is not theirs."""
    footer = "Net 30 – Late payments bear interest at 1.5% per month"
    assert terms.up_to_another_item(footer) == "Net 30"
    # a second delay after the dash is still the terms' own words
    assert terms.up_to_another_item("Net 30 – 2% 10 days") == "Net 30 – 2% 10 days"


def test_a_payment_means_after_labelled_terms_is_dropped() -> None:
    assert terms.without_means("à 35 jours nets par chèque.") == "à 35 jours nets"
    assert terms.without_means("Virement à 45 jours") == "Virement à 45 jours"


def test_terms_on_a_line_of_their_own_after_the_totals_are_offered() -> None:
    page = one_item_page(
        "Scierie Morel SARL",
        ["12 rue des Forges", "25000 Besançon"],
        "FACTURE",
        [Text(380, 80, "Facture n° : FA-2025-0311"), Text(380, 96, "Date : 12/03/2025")],
    )
    page.append(Text(40, 420, "45 jours fin de mois par chèque."))
    offered(read(*page), "payment_terms", "45 jours fin de mois")


def test_the_date_beside_the_title_is_the_documents_date() -> None:
    """ "FACTURE F-2025-103 ... 19 juin 2025" on one line, no "Date" label anywhere: the
    lone date by the title is the document's date, offered; the order's date in the
    references line, which its label names, is not."""
    page = [
        *sender_and_title("Scierie Morel SARL", ["12 rue des Forges", "25000 Besançon"], ""),
        Text(40, 110, "FACTURE F-2025-103", 14, bold=True),
        Text(470, 112, "19 juin 2025"),
        Text(40, 135, "Votre commande PO-88 · Date de la commande 02/06/2025"),
        *rows(40, 300, ["Description", "Poutre chêne 120 x 240"]),
    ]
    result = read(*page)
    offered(result, "document_date", "2025-06-19")


def test_a_letter_dated_le_is_dated_so() -> None:
    """ "Le 05/06/2026" over the letter's text dates the letter; "Votre commande PO-88 du
    13/05/2026" dates the buyer's order, not the letter."""
    page = [
        Text(40, 40, "Ferronnerie Moreau SARL", 14, bold=True),
        *rows(40, 62, ["8 rue du Port", "44000 Nantes"]),
        *rows(330, 120, ["Transports Lemoine", "2 avenue Foch", "75008 Paris"]),
        Text(420, 180, "Le 05/06/2026"),
        Text(40, 210, "Facture n° FA-2026-0042"),
        Text(40, 226, "Votre commande PO-88 du 13/05/2026"),
        *rows(40, 300, ["Description", "Rampe acier"]),
    ]
    result = read(*page)
    offered(result, "document_date", "2026-06-05")


def test_due_on_receipt_is_no_due_date_label() -> None:
    """ "Due on receipt" under "Payment" in a band of heads starts like a due date's label
    but is the terms: the date in the next column is the delivery's, not a due date."""
    page = [
        *sender_and_title("Hughes & Harper Ltd", ["153 Church Road", "Bristol BS1 5TR"], ""),
        Text(40, 120, "Sales Order Confirmation", 14, bold=True),
        *[
            Text(x, 150, t, 8)
            for x, t in ((40, "Confirmation no."), (150, "Payment"), (260, "Expected delivery"))
        ],
        *[
            Text(x, 164, t)
            for x, t in ((40, "OC.24.9760"), (150, "Due on receipt"), (260, "04/07/2024"))
        ],
        Text(40, 100, "Date: 02/07/2024"),
        *rows(40, 300, ["Description", "Oak beam"]),
    ]
    result = read(*page)
    reads(result, due_date=None)
    assert value(result, "payment_terms") == "Due on receipt"


def test_terms_under_their_caption_in_a_row_of_captions() -> None:
    """Captions in a row over their values, one caption no vocabulary reads ("Imprimé")
    beside the terms' and a notice under the terms' value: the terms are the value under
    their caption, neither the caption beside it nor cut off by the notice under it."""
    page = [
        *sender_and_title("Transports Garnier SAS", ["4 rue du Port", "69002 Lyon"], "DEVIS"),
        *[
            Text(x, 150, t, 8)
            for x, t in ((40, "Offre n°"), (150, "Date"), (230, "Conditions de paiement"))
        ],
        Text(380, 150, "Imprimé", 8),
        *[
            Text(x, 162, t)
            for x, t in ((40, "D-2024-4920"), (150, "09.04.2024"), (230, "30 jours fin de mois"))
        ],
        Text(380, 162, "26.04.2024"),
        Text(40, 176, "En cas de retard de paiement, une pénalité de 40 € sera due."),
        *rows(40, 300, ["Description", "Poutre chêne 120 x 240"]),
    ]
    assert value(read(*page), "payment_terms") == "30 jours fin de mois"


def test_a_delivery_stated_as_a_week_has_no_date_by_place() -> None:
    """An order whose delivery is "semaine 42" prints another date after its own (a print
    date): that date is not the delivery's."""
    page = [
        *sender_and_title("Ateliers Lefèvre SARL", ["4 rue du Port", "69002 Lyon"], ""),
        Text(40, 120, "Bon de commande", 14, bold=True),
        *[Text(x, 150, t, 8) for x, t in ((40, "Commande n°"), (150, "Date"), (250, "Livraison"))],
        Text(350, 150, "Tiré le", 8),
        *[Text(x, 162, t) for x, t in ((40, "BC-2024-744"), (150, "05/10/2024"), (250, "S42"))],
        Text(350, 162, "25/10/2024"),
        *rows(40, 300, ["Description", "Poutre chêne 120 x 240"]),
    ]
    reads(read(*page), delivery_date=None)


def test_a_page_whose_dates_all_read_both_ways_is_not_shown_sure() -> None:
    """ "06/08/2025" as the date and as the due date, and no date that reads one way only:
    the due date follows the date in either reading, so that proves neither; both are
    offered, not auto-accepted (an American page means 8 June)."""
    page = one_item_page(
        "Hughes & Harper Ltd",
        ["153 Church Road", "Bristol BS1 5TR"],
        "INVOICE",
        [
            Text(380, 80, "Invoice no.: SI-2025-0311"),
            Text(380, 96, "Date: 06/08/2025"),
            Text(380, 112, "Due date: 06/08/2025"),
        ],
    )
    result = read(*page)
    for name in ("document_date", "due_date"):
        assert result.fields[name].confidence < 0.9
