"""Payment terms in the shapes unseen layouts print them (issue 20, blind recall 20/56): under
a caption of the due date, under a short caption of their own with the means after them,
carried on to the next line, followed in their sentence by another condition, at the end of
a footer of legal items that wraps after a separator; a means under its own caption is no
terms; and sentences of terms in Spanish or German, whose pages say their language and are
sure of nothing. Every such reading is offered to a clerk, never shown sure."""

from __future__ import annotations

from extraction.resolve import FOREIGN_CAP
from tests.extraction.pages_for_tests import offered, printed, read, value

# the same French and English invoices as the other tests of terms said anywhere
from tests.extraction.test_terms_said_anywhere import _invoice, _invoice_en


def test_terms_under_a_caption_of_the_due_date_are_the_delay_after_it() -> None:
    result = read(*_invoice("Échéance de paiement : 30 jours fin de mois", "Merci."))
    offered(result, "payment_terms", "30 jours fin de mois")


def test_terms_under_a_short_caption_of_their_own_leave_the_means_after_them() -> None:
    result = read(*_invoice("Modalités : 45 jours fin de mois par virement", "Merci."))
    offered(result, "payment_terms", "45 jours fin de mois")


def test_terms_carried_on_to_the_next_line_are_read_whole() -> None:
    result = read(*_invoice_en("Payment is due within 30 days", "of the invoice date."))
    offered(result, "payment_terms", "due within 30 days of the invoice date")
    result = read(*_invoice("Règlement : 30 jours à compter de la", "date de facture"))
    offered(result, "payment_terms", "30 jours à compter de la date de facture")


def test_a_next_line_that_starts_another_sentence_is_not_the_terms() -> None:
    result = read(*_invoice_en("Payment terms: Net 30", "Thank you for your business."))
    assert value(result, "payment_terms") == "Net 30"


def test_terms_end_at_a_comma_that_opens_another_condition() -> None:
    said = "Nos conditions de vente : paiement à 45 jours fin de mois, franco de port dès 500 €."
    offered(read(*_invoice(said)), "payment_terms", "paiement à 45 jours fin de mois")
    said = "Paiement : 30 % à la commande, le solde à la livraison"
    offered(read(*_invoice(said)), "payment_terms", "30 % à la commande, le solde à la livraison")


def test_a_share_paid_in_advance_is_terms() -> None:
    offered(read(*_invoice_en("Payment: 100% in advance")), "payment_terms", "100% in advance")


def test_terms_as_the_last_item_of_a_wrapped_footer_are_read() -> None:
    foot = (
        "Morel SARL · au capital de 150 000 € · RCS Nantes B 133 393 348 · "
        "Délais : à 30 jours date de réception ·"
    )
    result = read(*_invoice("Merci de votre commande.", foot, "APE 6339B · N° TVA FR57133393348"))
    offered(result, "payment_terms", "à 30 jours date de réception")


def test_a_means_under_its_caption_is_no_terms() -> None:
    result = read(*_invoice("Conditions de règlement", "Mode : LCR"))
    assert value(result, "payment_terms") is None


SPANISH = """
    40  40  16b Climatizaciones Levante S.L.
    40  62  10  Avda. del Puerto 118
    40  75  10  46023 Valencia
    400 40  18b FACTURA
    360 80  10  Número de factura: F-2025-0381
    360 96  10  Fecha: 21/05/2025
    40  140 10  Cliente: Hostelería Marina S.A.
    40  170 10  Le agradecemos su pedido y le facturamos lo siguiente.
    40  220 10  Descripción
    300 220 10  Cantidad
    380 220 10  Precio
    470 220 10  Importe
    40  238 10  Revisión equipo split 3 kW
    300 238 10  4
    380 238 10  85,00
    470 238 10  340,00
    330 520 10  Base imponible
    480 520 10  340,00 €
    330 536 10  IVA 21 %
    480 536 10  71,40 €
    330 552 10  Total factura
    480 552 10  411,40 €
    40  600 10  Pago a 30 días fecha factura.
"""

GERMAN = """
    40  40  16b Elektro Hansen GmbH
    40  62  10  Industriestraße 7
    40  75  10  24103 Kiel
    400 40  18b Rechnung
    360 80  10  Rechnungsnummer: RE-25-0917
    360 96  10  Datum: 21.05.2025
    40  140 10  Kunde: Bäckerei Voss KG
    40  220 10  Bezeichnung
    300 220 10  Menge
    380 220 10  Einzelpreis
    470 220 10  Gesamtpreis
    40  238 10  Kabelkanal 40x60 weiß
    300 238 10  12
    380 238 10  8,50
    470 238 10  102,00
    330 520 10  Nettobetrag
    480 520 10  102,00 €
    330 536 10  MwSt. 19 %
    480 536 10  19,38 €
    330 552 10  Gesamtbetrag
    480 552 10  121,38 €
    40  600 10  Zahlbar innerhalb von 14 Tagen ohne Abzug.
    40  616 10  Vielen Dank für Ihren Auftrag.
"""


def test_terms_said_in_a_sentence_of_another_language_are_offered_at_its_cap() -> None:
    for page, language, terms in (
        (SPANISH, "es", "Pago a 30 días fecha factura"),
        (GERMAN, "de", "Zahlbar innerhalb von 14 Tagen ohne Abzug"),
    ):
        result = read(*printed(page))
        assert result.language == language
        assert value(result, "payment_terms") == terms
        assert max(f.confidence for f in result.fields.values()) <= FOREIGN_CAP


def test_terms_among_legal_items_parted_by_slashes_end_at_the_next_item() -> None:
    foot = "SARL au capital de 10 000 € / RCS Lyon 812 345 678 / Paiement à 30 jours fin de mois / TVA FR12812345678"  # noqa: E501
    offered(read(*_invoice(foot)), "payment_terms", "Paiement à 30 jours fin de mois")
