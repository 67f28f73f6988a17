"""Header fields of whole pages laid out the way senders the generator never imitated print
them: a delivery block without a name, a delivery note with two numbers, a note numbered
under its title's noun, delivery terms beside payment terms, a VAT id in a footer line that
also holds the IBAN or across the page from another field's label."""

from __future__ import annotations

from extraction.result import ExtractionResult
from tests.extraction.pages_for_tests import Text, printed, read, reads, rows, value

ACCEPT = 0.9


def _sure(result: ExtractionResult, name: str) -> bool:
    fv = result.fields.get(name)
    return fv is not None and fv.confidence >= ACCEPT


# a builder's invoice: its letterhead, and the works it bills under the block of where
CARTER_HEAD = printed("""
    40  40  16b Carter Building Ltd
    40  62  10  3 Station Approach
    40  75  10  Leeds LS1 4DY
    330 40  18b INVOICE
    330 70  10  Invoice no: F2025-118
    330 86  10  Date: 14/03/2025
""")
CARTER_WORKS = printed("""
    40  260 10 Description
    400 260 10 Amount
    40  276 10 Two coats of matt emulsion to walls and ceilings
    400 276 10 579.00
    300 320 10 Total
    400 320 10 694.80
""")


def _works_invoice(block: list[str]) -> list[Text]:
    return [
        *CARTER_HEAD,
        Text(40, 140, "Works at:", bold=True),
        *rows(40, 154, block),
        *CARTER_WORKS,
    ]


def test_a_street_without_a_street_word_over_its_town_is_no_name() -> None:
    """'87 Queensway' over 'York YO1 7HH' under 'Works at': an address printed without a
    name. Its street line is no customer's name and stays in the address."""
    result = read(*_works_invoice(["87 Queensway", "York YO1 7HH"]))
    assert value(result, "customer_name") != "87 Queensway"
    assert value(result, "delivery_address") == "87 Queensway, York YO1 7HH"


def test_a_named_delivery_block_keeps_its_name_out_of_the_address() -> None:
    result = read(*_works_invoice(["Mrs Fairbairn", "87 Queensway", "York YO1 7HH"]))
    assert value(result, "delivery_address") == "87 Queensway, York YO1 7HH"


def _delivery_note(numbers: list[tuple[str, str]], title: str = "Delivery note") -> list[Text]:
    return [
        *printed("""
            40 40 16b Pennine Logistics Ltd
            40 62 10  82 Mill Lane
            40 75 10  Cardiff CF10 1EP
        """),
        Text(380, 40, title, 18, bold=True),
        *[Text(380, 80 + 16 * i, label) for i, (label, _) in enumerate(numbers)],
        *[Text(470, 80 + 16 * i, v) for i, (_, v) in enumerate(numbers)],
        Text(380, 80 + 16 * len(numbers), "Date:"),
        Text(470, 80 + 16 * len(numbers), "10.04.2026"),
        *printed("""
            40  200 10b DELIVER TO
            40  214 10  Hughes Tools LLC
            40  227 10  1690 Main Street
            40  240 10  Denver, CO 80202
            40  300 10  Item no.
            140 300 10  Description
            460 300 10  Delivered
            40  316 10  CLE-742
            140 316 10  Torque wrench 1/2 in 40-200 Nm
            460 316 10  6
        """),
    ]


def test_a_shipment_number_is_not_the_delivery_notes_own_number() -> None:
    """'Number: BL26025223' and 'Shipment no.: SHP2622520' on a delivery note: the note's
    own number is the one its bare number label gives; the shipment's is another reference,
    never shown sure as the document's number."""
    result = read(
        *_delivery_note(
            [
                ("Number:", "BL26025223"),
                ("Your order:", "P28621-A"),
                ("Shipment no.:", "SHP2622520"),
            ]
        )
    )
    reads(result, document_number="BL26025223", order_number="P28621-A")


def test_a_despatch_number_alone_is_the_notes_number() -> None:
    result = read(*_delivery_note([("Despatch No.", "7484866")], title="Dispatch Note"))
    assert value(result, "document_number") == "7484866"


def test_a_number_labelled_by_the_titles_noun_is_the_documents() -> None:
    """'Note no.' on a dispatch note: the title's last word and a number mark, a label no
    list of wordings holds, in a grid of labels over their values."""
    doc = [
        *printed("""
            40  40  16b Riverside Packaging Limited
            40  62  10  46 Station Approach
            40  75  10  Manchester M1 2AB
            400 40  18b Dispatch note
            40  130 10  Note no.
            160 130 10  Document date
            300 130 10  Your PO no.
            40  146 10  814134185
            160 146 10  12 January 2025
            300 146 10  BC2502841
            40  200 10b Ship to
            40  214 10  Northwind Supplies Ltd
            40  227 10  139 Park Avenue
            40  240 10  Leeds LS1 4DY
            40  300 10  Product code
            140 300 10  Description
            460 300 10  Delivered
            40  316 10  ABO3261C
            140 316 10  Software maintenance subscription
            460 316 10  15
        """),
    ]
    result = read(*doc)
    reads(result, document_number="814134185", order_number="BC2502841")


def test_delivery_terms_are_not_payment_terms() -> None:
    """'Terms of delivery: CPT' names the Incoterm: no payment terms, surely not 'of
    delivery: CPT' shown sure."""
    doc = _delivery_note([("Number:", "BL26025223")])
    doc += [Text(40, 400, "Carrier: UPS"), Text(40, 416, "Terms of delivery: CPT")]
    result = read(*doc)
    got = value(result, "payment_terms")
    assert got is None or "delivery" not in got


def test_a_vat_id_in_a_footer_line_with_the_iban() -> None:
    """A footer line holding the company number, the VAT id and the IBAN: the VAT id is
    read, though the line names an IBAN too."""
    doc = [
        *printed("""
            40  40  16b Hughes Supplies plc
            40  62  10  12 King Street
            40  75  10  Glasgow G2 3QZ
            400 40  18b INVOICE
            380 80  10  Invoice No. - INV-26511
            380 96  10  Date - 12/03/2026
            40  140 10b Bill to
            40  154 10  Carver Tools Ltd
            40  167 10  5 Mill Lane
            40  180 10  Leeds LS1 4DY
            40  260 10  Description
            460 260 10  Amount
            40  276 10  Oil filter for screw compressor
            460 276 10  100.00
            380 320 10  Total
            460 320 10  120.00
        """),
        Text(
            30,
            780,
            "Hughes Supplies plc - Registered in England No. 02356565 - VAT Reg. No. "
            "GB739817585 - IBAN GB75 MUUA 6266 5035 8491 29",
            7,
        ),
    ]
    result = read(*doc)
    reads(result, vat_id="GB739817585", iban="GB75MUUA62665035849129")


def test_a_vat_id_across_the_page_from_a_customer_field_is_the_issuers() -> None:
    """'Customer PO P60764-A' on the left, the issuer's 'VAT Registration No.' in its
    sidebar on the same line: the customer's label and value are another field's, not the
    label of the VAT id."""
    doc = [
        *printed("""
            40  40  18b Dispatch Note
            380 40  14b Print Direct plc
            380 60  10  65 King Street
            380 73  10  Glasgow G2 3QZ
            40  80  10  Despatch No.
            140 80  10  7484866
            40  100 10  Customer PO P60764-A
            380 100 10  VAT Registration No.: GB739817585
            40  180 10b Ship To
            40  194 10  Carver & Dunmore plc
            40  207 10  133 Park Avenue
            40  220 10  Bristol BS1 5TR
        """),
    ]
    result = read(*doc)
    assert value(result, "vat_id") == "GB739817585"
    assert _sure(result, "vat_id")


def _spaced(x: float, y: float, text: str, size: float = 16) -> list[Text]:
    """``text`` set letter-spaced: one drawn letter at a time, three points apart, words
    a space further."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    out: list[Text] = []
    for ch in text:
        if ch == " ":
            x += 8
            continue
        out.append(Text(x, y, ch, size))
        x += stringWidth(ch, "Helvetica", size) + 3
    return out


def _letter(head: list[Text]) -> list[Text]:
    return [
        *head,
        *printed("""
            150 64  8   140 avenue Jean Jaurès – BP 203 – 63000 Clermont-Ferrand
            330 120 10  Destinataire :
            330 133 10  Matériaux Bernard SA
            330 146 10  96 avenue Jean Jaurès
            330 159 10  13002 Marseille
            380 200 10  Clermont-Ferrand, le 3 avr. 2025
            250 240 14b FACTURE
            40  260 10  N° de facture: FAC25-09600
            40  300 10  Désignation
            300 300 10  Qté
            460 300 10  Total HT
            40  316 10  Tube LED T8 18 W 120 cm 4000 K
            300 316 10  3
            460 316 10  34,86 €
        """),
    ]


def test_a_letter_spaced_letterhead_is_the_issuers_name() -> None:
    """A letterhead set in spaced letters comes out of the text layer one letter a word:
    read with the spacing undone, it is the supplier's name, not the letter's place and
    date line."""
    result = read(*_letter(_spaced(140, 40, "Emballages Fontaine EURL")))
    reads(result, supplier_name="Emballages Fontaine EURL", customer_name="Matériaux Bernard SA")


def test_a_place_and_date_line_is_no_party() -> None:
    result = read(*_letter([]))
    assert value(result, "supplier_name") != "Clermont-Ferrand, le 3 avr. 2025"


def _public_invoice(caption: str, gap: float) -> list[Text]:
    return [
        *printed("""
            40 40 14b Transports de l'Ouest Sàrl
            40 58 10  Chemin des Crêts 91
            40 71 10  2000 Neuchâtel
        """),
        Text(380, 40, caption),
        *rows(380, 40 + gap, ["Mairie de Rennes", "Chemin des Crêts 98", "1201 Genève"]),
        *printed("""
            250 160 14b FACTURE
            40  190 10  N°
            180 190 10  FA202501-823
            40  206 10  DATE DE FACTURATION
            180 206 10  13.01.2025
            40  260 10  Désignation
            300 260 10  Qté
            460 260 10  Montant HT
            40  276 10  Café grains bio Honduras 1 kg
            300 276 10  10
            460 276 10  205,87
        """),
    ]


def test_a_caption_a_blank_line_above_its_block() -> None:
    """'Destinataire' set a blank line above the name and address it captions."""
    result = read(*_public_invoice("Destinataire", 26))
    assert value(result, "customer_name") == "Mairie de Rennes"
    assert value(result, "billing_address") == "Chemin des Crêts 98, 1201 Genève"


def test_for_the_attention_of_names_the_addressee() -> None:
    """'À l'attention de :' on an invoice: whom it is sent to, the customer, not the supplier."""
    result = read(*_public_invoice("À l'attention de :", 13))
    reads(result, customer_name="Mairie de Rennes", supplier_name="Transports de l'Ouest Sàrl")


def _shop_invoice(label: str, number: str) -> list[Text]:
    return [
        *printed("""
            40  40 16b Ateliers Picard SAS
            40  62 10  84 bis quai de la Fosse
            40  75 10  69007 Lyon
            380 40 18b FACTURE
            330 80 10  Numéro de facture :
            440 80 10  INV-2025-8848
        """),
        Text(330, 96, label),
        Text(440, 96, number),
        *printed("""
            40  260 10 Désignation
            460 260 10 Montant
            40  276 10 Ruban adhésif PP brun 48 mm x 66 m
            460 276 10 13,16
        """),
    ]


def test_a_bare_order_label_on_an_invoice_is_the_order_reference() -> None:
    result = read(*_shop_invoice("Commande :", "151-4182352-2687375"))
    reads(result, order_number="151-4182352-2687375", document_number="INV-2025-8848")


def test_an_order_id_on_an_invoice_is_the_order_reference() -> None:
    result = read(*_shop_invoice("Order ID:", "ORD-77120"))
    assert value(result, "order_number") == "ORD-77120"


def test_an_italian_customer_reference_is_proposed_not_sure() -> None:
    """'Vs. rif.' (your reference) on an Italian invoice: the order reference, for a clerk
    to confirm (a language orderdesk does not read)."""
    doc = [
        *printed("""
            40  40  16b Greco Elettronica S.p.A.
            40  62  10  Via Mazzini, 178
            40  75  10  40121 Bologna
            380 40  18b FATTURA
            330 80  10  Numero fattura: FV076149
            330 96  10  Data: 06/08/2025
            330 112 10  Vs. rif.: BC2526577
            40  260 10  Descrizione
            460 260 10  Importo
            40  276 10  Nastro adesivo marrone 48 mm
            460 276 10  13,16
        """),
    ]
    result = read(*doc)
    assert value(result, "order_number") == "BC2526577"
    assert not _sure(result, "order_number")


def test_a_delivery_date_asked_for_in_a_sentence_is_proposed() -> None:
    """'Merci de livrer au plus tard le 24-05-2024.' under an order's table: the delivery
    date, read from a sentence, so shown for a clerk to confirm."""
    doc = [
        *printed("""
            40  40  16b Lycée Jean Moulin
            40  62  10  12 rue Pasteur
            40  75  10  69007 Lyon
            380 40  16b BON DE COMMANDE
            330 80  10  N° de commande : BC25-55976
            330 96  10  Date : 26/04/2024
            40  200 10  Désignation
            300 200 10  Qté
            460 200 10  Montant HT
            40  216 10  Café grains bio Honduras 1 kg
            300 216 10  10
            460 216 10  205,87
            40  300 10  Merci de livrer au plus tard le 24-05-2024.
        """),
    ]
    result = read(*doc)
    assert value(result, "delivery_date") == "2024-05-24"
    assert not _sure(result, "delivery_date")
    assert value(result, "document_date") == "2024-04-26"


def _order(head: list[Text]) -> list[Text]:
    return [
        *head,
        *printed("""
            380 40  10  102 Church Road
            380 51  10  Cardiff CF10 1EP
            380 80  16b PURCHASE ORDER
            380 130 10  PO NUMBER: 2798200
            380 146 10  DATE OF ISSUE: 26-May-2026
            40  200 10b VENDOR
            40  214 10  Hollis & Marsh plc
            40  227 10  107 Station Approach
            40  240 10  Bristol BS1 5TR
            40  300 10  Description
            300 300 10  Qty
            460 300 10  Amount
            40  316 10  Thermal labels 100x150 mm
            300 316 10  2
            460 316 10  35.42
        """),
    ]


def test_a_name_wrapped_over_three_lines_of_large_type_is_one_name() -> None:
    """'Carver' over 'Laboratories' over 'Ltd' in the letterhead's large type."""
    name = ["Carver", "Laboratories", "Ltd"]
    result = read(*_order([Text(40, 36 + 17 * i, w, 14, bold=True) for i, w in enumerate(name)]))
    assert value(result, "customer_name") == "Carver Laboratories Ltd"


def test_the_second_line_of_a_wrapped_title_is_no_name() -> None:
    """'COMMANDE' over "D'ACHAT" in large type: a title wrapped over two lines, its second
    line no issuer's name."""
    head = [Text(40, 36, "COMMANDE", 24, bold=True), Text(40, 66, "D'ACHAT", 24, bold=True)]
    head += [Text(40, 100, "Établissements Lemoine", 11)]
    result = read(*_order(head))
    assert value(result, "customer_name") != "D'ACHAT"


def _odoo(title_line: list[Text]) -> list[Text]:
    return [
        *printed("""
            40 40 14b Emballages Fontaine SA
            40 58 10  Rue de la Loi 166
            40 71 10  1000 Bruxelles
        """),
        *title_line,
        *printed("""
            40  200 10b Client
            40  214 10  Menuiserie Lemoine SA
            40  227 10  12 rue Pasteur
            40  240 10  69007 Lyon
            40  300 10  Désignation
            460 300 10  Montant
            40  316 10  Ruban adhésif PP brun 48 mm x 66 m
            460 316 10  13,16
        """),
    ]


def test_the_accountants_document_reference_is_the_number() -> None:
    """'Réf. pièce : CF2606-4320' under a purchase order's title: the reference of the
    document itself (a reference label, so for a clerk to confirm)."""
    doc = _odoo(
        [
            *printed("""
                380 40 14b BON DE COMMANDE
                380 60 10  Réf. pièce : CF2606-4320
                380 76 10  Date : 18/06/2026
            """),
        ]
    )
    assert value(read(*doc), "document_number") == "CF2606-4320"


def test_the_title_followed_by_the_number_gives_the_number() -> None:
    """'Note de crédit AV/2025/00975' as a heading: the credit note's own number."""
    doc = _odoo(
        [
            Text(40, 130, "Note de crédit AV/2025/00975", 14, bold=True),
            Text(40, 150, "Date : 18/06/2026"),
        ]
    )
    result = read(*doc)
    assert result.doc_type == "credit_note"
    assert value(result, "document_number") == "AV/2025/00975"
