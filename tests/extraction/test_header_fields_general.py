"""Header fields by general mechanisms rather than one wording each: a label in the middle of
a sentence or after a value, two labels over two values, totals labels composed of a head
word and qualifiers, a currency column between a total's label and its amount, a letter's
"City, date" line, a party box's caption, a window under a return-address line. Each test
draws a whole page and checks what a clerk is shown."""

from __future__ import annotations

from tests.extraction.pages_for_tests import Text, read, rows, value

ACCEPT = 0.9


def _confidence(result: object, name: str) -> float:
    fields = result.fields  # type: ignore[attr-defined]
    return float(fields[name].confidence)


def test_a_letter_names_its_number_order_and_dates_in_sentences() -> None:
    doc = [
        Text(160, 40, "Whitfield & Carver Limited", 16, bold=True),
        Text(180, 62, "168 Victoria Street – Manchester – M1 2AB"),
        *rows(320, 110, ["Harbour Laboratories Limited", "68 Park Avenue", "Leeds", "LS1 4DY"]),
        Text(420, 190, "Manchester, 2024-09-07"),
        Text(260, 220, "Invoice", 14, bold=True),
        Text(40, 250, "Further to your order ACH/2024/704."),
        Text(40, 290, "This invoice No. INV096959 covers the goods below."),
        Text(40, 330, "Please pay no later than 2024-10-22."),
        Text(400, 380, "Net Total"),
        Text(500, 380, "100.00"),
        Text(400, 396, "VAT 20%"),
        Text(500, 396, "20.00"),
        Text(400, 412, "Total incl. VAT"),
        Text(500, 412, "120.00"),
    ]
    result = read(*doc)
    assert value(result, "document_number") == "INV096959"
    assert value(result, "order_number") == "ACH/2024/704"
    assert value(result, "document_date") == "2024-09-07"
    # read inside a sentence: shown to a clerk, never auto-accepted
    assert _confidence(result, "document_number") < ACCEPT
    assert _confidence(result, "order_number") < ACCEPT


def test_two_labels_over_two_values_and_a_currency_column_in_the_totals() -> None:
    doc = [
        Text(400, 20, "Transports Durand SRL", 9),
        Text(40, 60, "Transports Durand SRL · Rue de la Loi 82 · 4000 Liège", 7),
        *rows(40, 76, ["Ateliers Marchand SA", "Avenue Louise 16", "1000 Bruxelles"]),
        Text(285, 60, "FACTURE DE VENTE", 14, bold=True),
        Text(285, 90, "Numéro/Date FAC004425 / 11.03.2025"),
        Text(285, 104, "Votre n° de commande"),
        Text(420, 104, "P07202-A"),
        Text(380, 400, "Total valeur nette"),
        Text(490, 400, "EUR"),
        Text(515, 400, "1 000,00"),
        Text(380, 414, "TVA 21,00 % de 1 000,00"),
        Text(490, 414, "EUR"),
        Text(515, 414, "210,00"),
        Text(380, 428, "Montant final"),
        Text(490, 428, "EUR"),
        Text(515, 428, "1 210,00"),
    ]
    result = read(*doc)
    assert value(result, "document_number") == "FAC004425"
    assert value(result, "document_date") == "2025-03-11"
    assert value(result, "order_number") == "P07202-A"
    assert value(result, "total_net") == "1000.00"
    assert value(result, "total_tax") == "210.00"
    assert value(result, "total_gross") == "1210.00"
    assert value(result, "currency") == "EUR"
    assert value(result, "customer_name") == "Ateliers Marchand SA"
    assert value(result, "billing_address") == "Avenue Louise 16, 1000 Bruxelles"


def test_a_total_before_tax_is_the_net_and_a_bracketed_total_is_read() -> None:
    doc = [
        Text(40, 40, "Hollis Tools Ltd", 16, bold=True),
        Text(420, 40, "CREDIT NOTE", 16, bold=True),
        Text(380, 80, "Credit note no. CN-2025-118"),
        Text(380, 96, "Date: 27/10/2025"),
        Text(380, 400, "Total before VAT"),
        Text(500, 400, "(458.40)"),
        Text(330, 414, "Output tax 20.00 % on 458.40"),
        Text(500, 414, "(91.68)"),
        Text(380, 428, "Final amount"),
        Text(500, 428, "(550.08)"),
    ]
    result = read(*doc)
    assert value(result, "total_net") == "458.40"
    assert value(result, "total_tax") == "91.68"
    assert value(result, "total_gross") == "550.08"


def test_a_numbered_box_caption_is_not_a_party_name() -> None:
    doc = [
        Text(40, 30, "Blanc & Fils SAS", 14, bold=True),
        Text(400, 30, "Lettre de voiture", 14, bold=True),
        Text(400, 60, "N° document : DN-2026-22267"),
        Text(40, 120, "1 Expéditeur (nom, adresse)"),
        Text(300, 120, "2 Destinataire (nom, adresse)"),
        *rows(40, 136, ["Blanc & Fils SAS", "130 bis route de Lyon", "31100 Toulouse"]),
        *rows(300, 136, ["Ateliers Perrin SA", "122 chemin des Vignes", "59000 Lille"]),
        Text(40, 200, "3 Lieu prévu pour la livraison"),
        *rows(40, 216, ["Ateliers Perrin SA", "27 bis rue des Lilas", "67000 Strasbourg"]),
    ]
    result = read(*doc)
    assert value(result, "customer_name") == "Ateliers Perrin SA"
    assert value(result, "delivery_address") == "27 bis rue des Lilas, 67000 Strasbourg"


def test_a_delivery_notes_dispatch_date_is_its_own_date() -> None:
    doc = [
        Text(40, 40, "Sullivan Textiles Ltd", 16, bold=True),
        Text(400, 40, "PACKING SLIP", 16, bold=True),
        Text(400, 70, "Packing slip no. PS-21941"),
        Text(400, 86, "Shipped on 24/04/2024"),
        Text(40, 200, "Item"),
        Text(300, 200, "Qty"),
        Text(40, 216, "Rye flour T130 25 kg sack"),
        Text(300, 216, "4"),
    ]
    result = read(*doc)
    assert value(result, "document_date") == "2024-04-24"
    assert value(result, "delivery_date") is None
