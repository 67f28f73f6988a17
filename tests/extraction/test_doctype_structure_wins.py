"""Document type where one title word and the page's structure disagree (issue 20): a payment
titled by the invoices it settles, a reminder titled by the invoices it chases, a quotation
titled by a word for offering; and pages in languages orderdesk does not read, which say
their language and are sure of nothing."""

from __future__ import annotations

import pytest

from extraction.doctype_concepts import concept_kind
from extraction.resolve import FOREIGN_CAP
from tests.extraction.doctype_pages import DUPONT_SENDER
from tests.extraction.pages_for_tests import Text, printed, read, rows, table_rows
from tests.extraction.test_doctype import ACCEPT, kind_of

HEAD = [
    *DUPONT_SENDER,
    *rows(330, 140, ["Garnier Cartonnages SARL", "150 chemin des Vignes", "44000 Nantes"]),
]
COLUMNS = [40, 170, 290, 400, 480]


def _page(title: str, table: list[list[str]], *extra: Text) -> list[Text]:
    return [
        *HEAD,
        Text(40, 200, title, 18, bold=True),
        *extra,
        *table_rows(table, COLUMNS[: len(table[0])], 300),
    ]


PAID_EN = [
    ["Invoice No.", "Invoice date", "Amount", "Amount paid"],
    ["INV-1001", "03/02/2025", "1,200.00", "1,200.00"],
    ["INV-1002", "05/02/2025", "300.00", "300.00"],
]
# no head names the invoices nor says "paid": the fields say what was paid
PAID_FR = [
    ["Votre référence", "Date", "Montant brut", "Escompte", "Net"],
    ["F-1001", "03/02/2025", "1 200,00", "0,00", "1 200,00"],
    ["F-1002", "05/02/2025", "300,00", "0,00", "300,00"],
]
PAID_EN_FIELDS = [
    Text(330, 220, "Payment date: 14/03/2025"),
    Text(330, 233, "Total paid: 1,500.00"),
]
PAID_FR_FIELDS = [
    Text(330, 220, "Date de valeur : 14/03/2025"),
    Text(330, 233, "Total viré : 1 500,00"),
]


@pytest.mark.parametrize("title", ["Invoices paid", "Paid invoices", "Invoice", "Invoice payment"])
def test_a_list_of_paid_invoices_is_a_payment_whatever_invoice_word_titles_it(title: str) -> None:
    doc, confidence = kind_of(*_page(title, PAID_EN, *PAID_EN_FIELDS))
    assert doc == "payment_advice"
    assert confidence < ACCEPT


@pytest.mark.parametrize("title", ["Factures réglées", "Facture", "Règlement de factures"])
def test_a_french_list_of_invoices_with_what_was_wired_is_a_payment(title: str) -> None:
    doc, confidence = kind_of(*_page(title, PAID_FR, *PAID_FR_FIELDS))
    assert doc == "payment_advice"
    assert confidence < ACCEPT


def test_a_bill_that_prints_its_payments_received_stays_a_bill() -> None:
    """Goods counted and a balance still to pay: the invoice's name is the page's own."""
    goods = [
        ["Description", "Qty", "Unit price", "Amount"],
        ["Steel bracket", "12", "4.00", "48.00"],
        ["Cable ties", "3", "2.00", "6.00"],
    ]
    payments = table_rows(
        [["Invoice", "Payment date", "Amount paid"], ["INV-2207", "01/03/2025", "20.00"]],
        [40, 200, 400],
        450,
    )
    due = [Text(330, 520, "Amount due: 34.00"), Text(330, 220, "Due date: 30/03/2025")]
    doc, _ = kind_of(*_page("Invoice", goods, *payments, *due))
    assert doc == "invoice"


OPEN_EN = [
    ["Invoice", "Date", "Due date", "Amount"],
    ["INV-1001", "03/01/2025", "02/02/2025", "1,200.00"],
    ["INV-1002", "05/01/2025", "04/02/2025", "300.00"],
]
OPEN_FR = [
    ["Facture", "Date", "Échéance", "Montant TTC"],
    ["F-1001", "03/01/2025", "02/02/2025", "1 200,00"],
    ["F-1002", "05/01/2025", "04/02/2025", "300,00"],
]


@pytest.mark.parametrize(
    ("title", "table"),
    [
        ("Overdue invoices", OPEN_EN),
        ("Unpaid invoices", OPEN_EN),
        ("Payment overdue", OPEN_EN),
        ("Factures impayées", OPEN_FR),
        ("Factures échues", OPEN_FR),
        ("Retard de paiement", OPEN_FR),
    ],
)
def test_a_page_titled_by_what_is_overdue_is_a_reminder_not_a_bill(
    title: str, table: list[list[str]]
) -> None:
    doc, confidence = kind_of(*_page(title, table, Text(330, 220, "Date : 14/03/2025")))
    assert doc == "other"
    assert confidence < ACCEPT


GOODS_FR = [
    ["Désignation", "Qté", "PU HT", "Montant HT"],
    ["Gants nitrile", "10", "12,00", "120,00"],
    ["Ruban adhésif", "5", "2,00", "10,00"],
]


@pytest.mark.parametrize(
    "title", ["Proposition", "Offre commerciale", "Cotation", "Proposition tarifaire"]
)
def test_a_priced_proposal_is_a_quotation_not_a_bill(title: str) -> None:
    fields = [Text(330, 220, "Date : 14/03/2025"), Text(330, 233, "Validité : 30 jours")]
    doc, confidence = kind_of(*_page(title, GOODS_FR, *fields))
    assert doc == "other"
    assert confidence < ACCEPT


@pytest.mark.parametrize(
    ("heading", "kind"),
    [
        ("Factures impayées", "other"),
        ("Outstanding invoices", "other"),
        ("Devis", "other"),
        # an order placed on a quotation names both: no precedence, the title phrases decide
        ("Commande sur devis", None),
        # a quotation accepted: the confirmation of the order it becomes
        ("Acceptation du devis", "order_confirmation"),
        # a field's caption is no title
        ("Balance outstanding", None),
    ],
)
def test_what_a_headings_concepts_name(heading: str, kind: str | None) -> None:
    folded = heading.lower().replace("é", "e")
    assert concept_kind(folded) == kind


# invoices and a delivery note in languages orderdesk does not read (our own wordings)
FOREIGN = {
    "es": """
        40  40  16b Suministros Ebro S.L.
        40  62  10  Calle Mayor 21, 50001 Zaragoza
        400 40  18b FACTURA
        360 80  10  Nº factura: A-2025-0412
        360 96  10  Fecha: 14/03/2025
        40  150 10  Cliente: Talleres Norte S.A.
        40  220 10  Descripción
        300 220 10  Cantidad
        380 220 10  Precio
        480 220 10  Importe
        40  236 10  Tornillo M8 x 40
        300 236 10  100
        380 236 10  0,25
        480 236 10  25,00
        330 300 10  Base imponible
        480 300 10  25,00 €
        330 316 10  IVA 21 %
        480 316 10  5,25 €
        330 332 10  Total
        480 332 10  30,25 €
        40  380 10  Vencimiento: 13/04/2025
    """,
    "it": """
        40  40  16b Forniture Adriatiche S.r.l.
        40  62  10  Via Roma 8, 40121 Bologna
        400 40  18b FATTURA
        360 80  10  Fattura n.: 112/2025
        360 96  10  Data: 14/03/2025
        40  150 10  Spett. Officine Lombarde S.p.A.
        40  220 10  Descrizione
        300 220 10  Quantità
        380 220 10  Prezzo
        480 220 10  Importo
        40  236 10  Guanti in nitrile
        300 236 10  10
        380 236 10  2,50
        480 236 10  25,00
        330 300 10  Imponibile
        480 300 10  25,00 €
        330 316 10  IVA 22 %
        480 316 10  5,50 €
        330 332 10  Totale documento
        480 332 10  30,50 €
        40  380 10  Scadenza: 13/04/2025
    """,
    "nl": """
        40  40  16b Van Dijk Techniek B.V.
        40  62  10  Havenstraat 4, 3011 Rotterdam
        400 40  18b FACTUUR
        360 80  10  Factuurnummer: 2025-0412
        360 96  10  Factuurdatum: 14-03-2025
        40  150 10  Klant: Bakker Installaties B.V.
        40  220 10  Omschrijving
        300 220 10  Aantal
        380 220 10  Prijs
        480 220 10  Bedrag
        40  236 10  Kabelgoot 2 m
        300 236 10  4
        380 236 10  12,50
        480 236 10  50,00
        330 300 10  Subtotaal
        480 300 10  50,00 €
        330 316 10  BTW 21 %
        480 316 10  10,50 €
        330 332 10  Totaal
        480 332 10  60,50 €
        40  380 10  Vervaldatum: 13-04-2025
    """,
    "de": """
        40  40  16b Hofmann Werkzeuge GmbH
        40  62  10  Bahnhofstraße 3, 90402 Nürnberg
        400 40  18b LIEFERSCHEIN
        360 80  10  Lieferschein-Nr.: LS-77120
        360 96  10  Datum: 14.03.2025
        40  150 10  Kunde: Schneider Bau KG
        40  220 10  Artikel
        300 220 10  Menge
        40  236 10  Bohrer 8 mm
        300 236 10  12
        40  252 10  Dübel 8 mm
        300 252 10  200
    """,
    # German said in compound words no list holds whole ("Rechnungsdatum", "Nettobetrag")
    "de-compounds": """
        40  40  16b Krause Metallbau GmbH
        40  62  10  Am Hafen 7, 28195 Bremen
        400 40  18b Rechnung
        360 80  10  Rechnungsdatum: 14.03.2025
        360 96  10  Kundennr.: 40817
        360 112 10  Lieferdatum: 10.03.2025
        40  150 10  Firma Vogel Anlagenbau
        40  220 10  Pos.
        80  220 10  Bezeichnung
        300 220 10  Anzahl
        380 220 10  Einheit
        480 220 10  Betrag
        40  236 10  1
        80  236 10  Flachstahl 40 x 5
        300 236 10  20
        380 236 10  Stk
        480 236 10  180,00
        330 300 10  Nettobetrag
        480 300 10  180,00 €
        330 316 10  Umsatzsteuer 19 %
        480 316 10  34,20 €
        330 332 10  Gesamtsumme
        480 332 10  214,20 €
        40  380 10  Bankverbindung: Sparkasse Bremen
    """,
    # a short Spanish slip: a few Spanish words, none French or English
    "es-short": """
        40  40  16b Hierros Cantábrico S.A.
        40  62  10  Polígono Industrial 3, 39011 Santander
        400 40  18b Albarán de entrega
        360 80  10  Núm.: 2025-771
        360 96  10  Fecha de envío: 14/03/2025
        40  150 10  Destinatario: Construcciones Lago S.L.
        40  220 10  Referencia
        200 220 10  Artículo
        400 220 10  Unidades
        40  236 10  HC-100
        200 236 10  Perfil de acero 2 m
        400 236 10  30
        40  300 10  Recibí conforme:
    """,
}


@pytest.mark.parametrize("name", sorted(FOREIGN))
def test_a_page_in_a_language_not_read_says_so_and_is_sure_of_nothing(name: str) -> None:
    result = read(*printed(FOREIGN[name]))
    assert result.language == name.split("-")[0]
    assert result.doc_type_confidence <= FOREIGN_CAP
    assert all(fv.confidence <= FOREIGN_CAP for fv in result.fields.values())
    assert all(line.confidence <= FOREIGN_CAP for line in result.lines)
    assert result.lines  # read and offered, not dropped
