"""Header fields of whole pages laid out the way senders the generator never imitated print
them: a delivery block without a name, a delivery note with two numbers, a note numbered
under its title's noun, delivery terms beside payment terms, a VAT id in a footer line that
also holds the IBAN or across the page from another field's label."""

from __future__ import annotations

from extraction.result import ExtractionResult
from tests.extraction.pages_for_tests import Text, read, rows, value

ACCEPT = 0.9


def _sure(result: ExtractionResult, name: str) -> bool:
    fv = result.fields.get(name)
    return fv is not None and fv.confidence >= ACCEPT


def _works_invoice(block: list[str]) -> list[Text]:
    return [
        Text(40, 40, "Carter Building Ltd", 16, bold=True),
        *rows(40, 62, ["3 Station Approach", "Leeds LS1 4DY"]),
        Text(330, 40, "INVOICE", 18, bold=True),
        Text(330, 70, "Invoice no: F2025-118"),
        Text(330, 86, "Date: 14/03/2025"),
        Text(40, 140, "Works at:", bold=True),
        *rows(40, 154, block),
        Text(40, 260, "Description"),
        Text(400, 260, "Amount"),
        Text(40, 276, "Two coats of matt emulsion to walls and ceilings"),
        Text(400, 276, "579.00"),
        Text(300, 320, "Total"),
        Text(400, 320, "694.80"),
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
        Text(40, 40, "Pennine Logistics Ltd", 16, bold=True),
        *rows(40, 62, ["82 Mill Lane", "Cardiff CF10 1EP"]),
        Text(380, 40, title, 18, bold=True),
        *[Text(380, 80 + 16 * i, label) for i, (label, _) in enumerate(numbers)],
        *[Text(470, 80 + 16 * i, v) for i, (_, v) in enumerate(numbers)],
        Text(380, 80 + 16 * len(numbers), "Date:"),
        Text(470, 80 + 16 * len(numbers), "10.04.2026"),
        Text(40, 200, "DELIVER TO", bold=True),
        *rows(40, 214, ["Hughes Tools LLC", "1690 Main Street", "Denver, CO 80202"]),
        Text(40, 300, "Item no."),
        Text(140, 300, "Description"),
        Text(460, 300, "Delivered"),
        Text(40, 316, "CLE-742"),
        Text(140, 316, "Torque wrench 1/2 in 40-200 Nm"),
        Text(460, 316, "6"),
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
    assert value(result, "document_number") == "BL26025223"
    assert value(result, "order_number") == "P28621-A"


def test_a_despatch_number_alone_is_the_notes_number() -> None:
    result = read(*_delivery_note([("Despatch No.", "7484866")], title="Dispatch Note"))
    assert value(result, "document_number") == "7484866"


def test_a_number_labelled_by_the_titles_noun_is_the_documents() -> None:
    """'Note no.' on a dispatch note: the title's last word and a number mark, a label no
    list of wordings holds, in a grid of labels over their values."""
    doc = [
        Text(40, 40, "Riverside Packaging Limited", 16, bold=True),
        *rows(40, 62, ["46 Station Approach", "Manchester M1 2AB"]),
        Text(400, 40, "Dispatch note", 18, bold=True),
        Text(40, 130, "Note no."),
        Text(160, 130, "Document date"),
        Text(300, 130, "Your PO no."),
        Text(40, 146, "814134185"),
        Text(160, 146, "12 January 2025"),
        Text(300, 146, "BC2502841"),
        Text(40, 200, "Ship to", bold=True),
        *rows(40, 214, ["Northwind Supplies Ltd", "139 Park Avenue", "Leeds LS1 4DY"]),
        Text(40, 300, "Product code"),
        Text(140, 300, "Description"),
        Text(460, 300, "Delivered"),
        Text(40, 316, "ABO3261C"),
        Text(140, 316, "Software maintenance subscription"),
        Text(460, 316, "15"),
    ]
    result = read(*doc)
    assert value(result, "document_number") == "814134185"
    assert value(result, "order_number") == "BC2502841"


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
        Text(40, 40, "Hughes Supplies plc", 16, bold=True),
        *rows(40, 62, ["12 King Street", "Glasgow G2 3QZ"]),
        Text(400, 40, "INVOICE", 18, bold=True),
        Text(380, 80, "Invoice No. - INV-26511"),
        Text(380, 96, "Date - 12/03/2026"),
        Text(40, 140, "Bill to", bold=True),
        *rows(40, 154, ["Carver Tools Ltd", "5 Mill Lane", "Leeds LS1 4DY"]),
        Text(40, 260, "Description"),
        Text(460, 260, "Amount"),
        Text(40, 276, "Oil filter for screw compressor"),
        Text(460, 276, "100.00"),
        Text(380, 320, "Total"),
        Text(460, 320, "120.00"),
        Text(
            30,
            780,
            "Hughes Supplies plc - Registered in England No. 02356565 - VAT Reg. No. "
            "GB739817585 - IBAN GB75 MUUA 6266 5035 8491 29",
            7,
        ),
    ]
    result = read(*doc)
    assert value(result, "vat_id") == "GB739817585"
    assert value(result, "iban") == "GB75MUUA62665035849129"


def test_a_vat_id_across_the_page_from_a_customer_field_is_the_issuers() -> None:
    """'Customer PO P60764-A' on the left, the issuer's 'VAT Registration No.' in its
    sidebar on the same line: the customer's label and value are another field's, not the
    label of the VAT id."""
    doc = [
        Text(40, 40, "Dispatch Note", 18, bold=True),
        Text(380, 40, "Print Direct plc", 14, bold=True),
        *rows(380, 60, ["65 King Street", "Glasgow G2 3QZ"]),
        Text(40, 80, "Despatch No."),
        Text(140, 80, "7484866"),
        Text(40, 100, "Customer PO P60764-A"),
        Text(380, 100, "VAT Registration No.: GB739817585"),
        Text(40, 180, "Ship To", bold=True),
        *rows(40, 194, ["Carver & Dunmore plc", "133 Park Avenue", "Bristol BS1 5TR"]),
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
        Text(150, 64, "140 avenue Jean Jaurès – BP 203 – 63000 Clermont-Ferrand", 8),
        *rows(330, 120, ["Destinataire :", "Matériaux Bernard SA", "96 avenue Jean Jaurès"]),
        Text(330, 159, "13002 Marseille"),
        Text(380, 200, "Clermont-Ferrand, le 3 avr. 2025"),
        Text(250, 240, "FACTURE", 14, bold=True),
        Text(40, 260, "N° de facture: FAC25-09600"),
        Text(40, 300, "Désignation"),
        Text(300, 300, "Qté"),
        Text(460, 300, "Total HT"),
        Text(40, 316, "Tube LED T8 18 W 120 cm 4000 K"),
        Text(300, 316, "3"),
        Text(460, 316, "34,86 €"),
    ]


def test_a_letter_spaced_letterhead_is_the_issuers_name() -> None:
    """A letterhead set in spaced letters comes out of the text layer one letter a word:
    read with the spacing undone, it is the supplier's name, not the letter's place and
    date line."""
    result = read(*_letter(_spaced(140, 40, "Emballages Fontaine EURL")))
    assert value(result, "supplier_name") == "Emballages Fontaine EURL"
    assert value(result, "customer_name") == "Matériaux Bernard SA"


def test_a_place_and_date_line_is_no_party() -> None:
    result = read(*_letter([]))
    assert value(result, "supplier_name") != "Clermont-Ferrand, le 3 avr. 2025"


def _public_invoice(caption: str, gap: float) -> list[Text]:
    return [
        Text(40, 40, "Transports de l'Ouest Sàrl", 14, bold=True),
        *rows(40, 58, ["Chemin des Crêts 91", "2000 Neuchâtel"]),
        Text(380, 40, caption),
        *rows(380, 40 + gap, ["Mairie de Rennes", "Chemin des Crêts 98", "1201 Genève"]),
        Text(250, 160, "FACTURE", 14, bold=True),
        Text(40, 190, "N°"),
        Text(180, 190, "FA202501-823"),
        Text(40, 206, "DATE DE FACTURATION"),
        Text(180, 206, "13.01.2025"),
        Text(40, 260, "Désignation"),
        Text(300, 260, "Qté"),
        Text(460, 260, "Montant HT"),
        Text(40, 276, "Café grains bio Honduras 1 kg"),
        Text(300, 276, "10"),
        Text(460, 276, "205,87"),
    ]


def test_a_caption_a_blank_line_above_its_block() -> None:
    """'Destinataire' set a blank line above the name and address it captions."""
    result = read(*_public_invoice("Destinataire", 26))
    assert value(result, "customer_name") == "Mairie de Rennes"
    assert value(result, "billing_address") == "Chemin des Crêts 98, 1201 Genève"


def test_for_the_attention_of_names_the_addressee() -> None:
    """'À l'attention de :' on an invoice: whom it is sent to, the customer, not the supplier."""
    result = read(*_public_invoice("À l'attention de :", 13))
    assert value(result, "customer_name") == "Mairie de Rennes"
    assert value(result, "supplier_name") == "Transports de l'Ouest Sàrl"


def _shop_invoice(label: str, number: str) -> list[Text]:
    return [
        Text(40, 40, "Ateliers Picard SAS", 16, bold=True),
        *rows(40, 62, ["84 bis quai de la Fosse", "69007 Lyon"]),
        Text(380, 40, "FACTURE", 18, bold=True),
        Text(330, 80, "Numéro de facture :"),
        Text(440, 80, "INV-2025-8848"),
        Text(330, 96, label),
        Text(440, 96, number),
        Text(40, 260, "Désignation"),
        Text(460, 260, "Montant"),
        Text(40, 276, "Ruban adhésif PP brun 48 mm x 66 m"),
        Text(460, 276, "13,16"),
    ]


def test_a_bare_order_label_on_an_invoice_is_the_order_reference() -> None:
    result = read(*_shop_invoice("Commande :", "151-4182352-2687375"))
    assert value(result, "order_number") == "151-4182352-2687375"
    assert value(result, "document_number") == "INV-2025-8848"


def test_an_order_id_on_an_invoice_is_the_order_reference() -> None:
    result = read(*_shop_invoice("Order ID:", "ORD-77120"))
    assert value(result, "order_number") == "ORD-77120"


def test_an_italian_customer_reference_is_proposed_not_sure() -> None:
    """'Vs. rif.' (your reference) on an Italian invoice: the order reference, for a clerk
    to confirm (a language orderdesk does not read)."""
    doc = [
        Text(40, 40, "Greco Elettronica S.p.A.", 16, bold=True),
        *rows(40, 62, ["Via Mazzini, 178", "40121 Bologna"]),
        Text(380, 40, "FATTURA", 18, bold=True),
        Text(330, 80, "Numero fattura: FV076149"),
        Text(330, 96, "Data: 06/08/2025"),
        Text(330, 112, "Vs. rif.: BC2526577"),
        Text(40, 260, "Descrizione"),
        Text(460, 260, "Importo"),
        Text(40, 276, "Nastro adesivo marrone 48 mm"),
        Text(460, 276, "13,16"),
    ]
    result = read(*doc)
    assert value(result, "order_number") == "BC2526577"
    assert not _sure(result, "order_number")


def test_a_delivery_date_asked_for_in_a_sentence_is_proposed() -> None:
    """'Merci de livrer au plus tard le 24-05-2024.' under an order's table: the delivery
    date, read from a sentence, so shown for a clerk to confirm."""
    doc = [
        Text(40, 40, "Lycée Jean Moulin", 16, bold=True),
        *rows(40, 62, ["12 rue Pasteur", "69007 Lyon"]),
        Text(380, 40, "BON DE COMMANDE", 16, bold=True),
        Text(330, 80, "N° de commande : BC25-55976"),
        Text(330, 96, "Date : 26/04/2024"),
        Text(40, 200, "Désignation"),
        Text(300, 200, "Qté"),
        Text(460, 200, "Montant HT"),
        Text(40, 216, "Café grains bio Honduras 1 kg"),
        Text(300, 216, "10"),
        Text(460, 216, "205,87"),
        Text(40, 300, "Merci de livrer au plus tard le 24-05-2024."),
    ]
    result = read(*doc)
    assert value(result, "delivery_date") == "2024-05-24"
    assert not _sure(result, "delivery_date")
    assert value(result, "document_date") == "2024-04-26"


def _order(head: list[Text]) -> list[Text]:
    return [
        *head,
        *rows(380, 40, ["102 Church Road", "Cardiff CF10 1EP"], 11),
        Text(380, 80, "PURCHASE ORDER", 16, bold=True),
        Text(380, 130, "PO NUMBER: 2798200"),
        Text(380, 146, "DATE OF ISSUE: 26-May-2026"),
        Text(40, 200, "VENDOR", bold=True),
        *rows(40, 214, ["Hollis & Marsh plc", "107 Station Approach", "Bristol BS1 5TR"]),
        Text(40, 300, "Description"),
        Text(300, 300, "Qty"),
        Text(460, 300, "Amount"),
        Text(40, 316, "Thermal labels 100x150 mm"),
        Text(300, 316, "2"),
        Text(460, 316, "35.42"),
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
        Text(40, 40, "Emballages Fontaine SA", 14, bold=True),
        *rows(40, 58, ["Rue de la Loi 166", "1000 Bruxelles"]),
        *title_line,
        Text(40, 200, "Client", bold=True),
        *rows(40, 214, ["Menuiserie Lemoine SA", "12 rue Pasteur", "69007 Lyon"]),
        Text(40, 300, "Désignation"),
        Text(460, 300, "Montant"),
        Text(40, 316, "Ruban adhésif PP brun 48 mm x 66 m"),
        Text(460, 316, "13,16"),
    ]


def test_the_accountants_document_reference_is_the_number() -> None:
    """'Réf. pièce : CF2606-4320' under a purchase order's title: the reference of the
    document itself (a reference label, so for a clerk to confirm)."""
    doc = _odoo(
        [
            Text(380, 40, "BON DE COMMANDE", 14, bold=True),
            Text(380, 60, "Réf. pièce : CF2606-4320"),
            Text(380, 76, "Date : 18/06/2026"),
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
