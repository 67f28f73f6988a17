"""Header fields by general mechanisms rather than one wording each: a label in the middle of
a sentence or after a value, two labels over two values, totals labels composed of a head
word and qualifiers, a currency column between a total's label and its amount, a letter's
"City, date" line, a party box's caption, a window under a return-address line. Each test
draws a whole page and checks what a clerk is shown."""

from __future__ import annotations

from tests.extraction.pages_for_tests import printed, read, reads, value

ACCEPT = 0.9


def _confidence(result: object, name: str) -> float:
    fields = result.fields  # type: ignore[attr-defined]
    return float(fields[name].confidence)


def test_a_letter_names_its_number_order_and_dates_in_sentences() -> None:
    doc = [
        *printed("""
            160 40  16b Whitfield & Carver Limited
            180 62  10  168 Victoria Street – Manchester – M1 2AB
            320 110 10  Harbour Laboratories Limited
            320 123 10  68 Park Avenue
            320 136 10  Leeds
            320 149 10  LS1 4DY
            420 190 10  Manchester, 2024-09-07
            260 220 14b Invoice
            40  250 10  Further to your order ACH/2024/704.
            40  290 10  This invoice No. INV096959 covers the goods below.
            40  330 10  Please pay no later than 2024-10-22.
            400 380 10  Net Total
            500 380 10  100.00
            400 396 10  VAT 20%
            500 396 10  20.00
            400 412 10  Total incl. VAT
            500 412 10  120.00
        """),
    ]
    result = read(*doc)
    reads(
        result, document_number="INV096959", order_number="ACH/2024/704", document_date="2024-09-07"
    )
    # read inside a sentence: shown to a clerk, never auto-accepted
    assert _confidence(result, "document_number") < ACCEPT
    assert _confidence(result, "order_number") < ACCEPT


def test_two_labels_over_two_values_and_a_currency_column_in_the_totals() -> None:
    doc = [
        *printed("""
            400 20  9   Transports Durand SRL
            40  60  7   Transports Durand SRL · Rue de la Loi 82 · 4000 Liège
            40  76  10  Ateliers Marchand SA
            40  89  10  Avenue Louise 16
            40  102 10  1000 Bruxelles
            285 60  14b FACTURE DE VENTE
            285 90  10  Numéro/Date FAC004425 / 11.03.2025
            285 104 10  Votre n° de commande
            420 104 10  P07202-A
            380 400 10  Total valeur nette
            490 400 10  EUR
            515 400 10  1 000,00
            380 414 10  TVA 21,00 % de 1 000,00
            490 414 10  EUR
            515 414 10  210,00
            380 428 10  Montant final
            490 428 10  EUR
            515 428 10  1 210,00
        """),
    ]
    result = read(*doc)
    reads(
        result,
        document_number="FAC004425",
        document_date="2025-03-11",
        order_number="P07202-A",
        total_net="1000.00",
        total_tax="210.00",
        total_gross="1210.00",
        currency="EUR",
        customer_name="Ateliers Marchand SA",
    )
    assert value(result, "billing_address") == "Avenue Louise 16, 1000 Bruxelles"


def test_a_total_before_tax_is_the_net_and_a_bracketed_total_is_read() -> None:
    doc = [
        *printed("""
            40  40  16b Hollis Tools Ltd
            420 40  16b CREDIT NOTE
            380 80  10  Credit note no. CN-2025-118
            380 96  10  Date: 27/10/2025
            380 400 10  Total before VAT
            500 400 10  (458.40)
            330 414 10  Output tax 20.00 % on 458.40
            500 414 10  (91.68)
            380 428 10  Final amount
            500 428 10  (550.08)
        """),
    ]
    result = read(*doc)
    reads(result, total_net="458.40", total_tax="91.68", total_gross="550.08")


def test_a_numbered_box_caption_is_not_a_party_name() -> None:
    doc = [
        *printed("""
            40  30  14b Blanc & Fils SAS
            400 30  14b Lettre de voiture
            400 60  10  N° document : DN-2026-22267
            40  120 10  1 Expéditeur (nom, adresse)
            300 120 10  2 Destinataire (nom, adresse)
            40  136 10  Blanc & Fils SAS
            40  149 10  130 bis route de Lyon
            40  162 10  31100 Toulouse
            300 136 10  Ateliers Perrin SA
            300 149 10  122 chemin des Vignes
            300 162 10  59000 Lille
            40  200 10  3 Lieu prévu pour la livraison
            40  216 10  Ateliers Perrin SA
            40  229 10  27 bis rue des Lilas
            40  242 10  67000 Strasbourg
        """),
    ]
    result = read(*doc)
    assert value(result, "customer_name") == "Ateliers Perrin SA"
    assert value(result, "delivery_address") == "27 bis rue des Lilas, 67000 Strasbourg"


def test_a_delivery_notes_dispatch_date_is_its_own_date() -> None:
    doc = [
        *printed("""
            40  40  16b Sullivan Textiles Ltd
            400 40  16b PACKING SLIP
            400 70  10  Packing slip no. PS-21941
            400 86  10  Shipped on 24/04/2024
            40  200 10  Item
            300 200 10  Qty
            40  216 10  Rye flour T130 25 kg sack
            300 216 10  4
        """),
    ]
    result = read(*doc)
    reads(result, document_date="2024-04-24", delivery_date=None)
