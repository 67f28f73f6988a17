"""Round trips: e-invoices and e-orders the tests write, in every syntax, bare or inside a
PDF, come out of ``extract_bytes`` with every contract field equal to what was written."""

from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest

from einvoice.xmlread import UnsupportedXmlError
from extraction.errors import CorruptDocumentError, UnsupportedFormatError
from extraction.pipeline import extract, extract_bytes
from models.settings.extraction import ExtractionSettings
from samples.einvoices import (
    Doc,
    cii_invoice,
    contract,
    facturx_pdf,
    got,
    orderx,
    pdf_with_attachment,
    ubl_despatch_advice,
    ubl_invoice,
    ubl_order,
    ubl_order_response,
    zugferd1_invoice,
)

# the mapping is under test here; the schematron engine has its own tests
SETTINGS = ExtractionSettings(validate_xml=False)
GERMAN_SELLER = dict(
    name="Lieferant GmbH",
    street="Lieferantenstraße 20",
    postcode="80333",
    city="München",
    country="DE",
    vat="DE136695976",
    tax_number="201/113/40209",
    siren=None,
    siret=None,
    endpoint=None,
)


def _german(doc: Doc) -> Doc:
    return replace(doc, seller=replace(doc.seller, **GERMAN_SELLER))  # type: ignore[arg-type]


def test_ubl_invoice_round_trip() -> None:
    doc = Doc()
    result = extract_bytes(ubl_invoice(doc), settings=SETTINGS)
    assert got(result) == contract(doc, ubl=True)
    assert result.pages == [] and result.to_contract()["pages"] == 0
    assert all(fv.source == "xml" and fv.page is None for fv in result.fields.values())
    assert result.einvoice is not None and result.einvoice.syntax == "ubl"


def test_ubl_credit_note_round_trip() -> None:
    doc = Doc(type_code="381", invoice_ref="FA-2026-0100", order_ref=None, despatch_ref=None)
    result = extract_bytes(ubl_invoice(doc, credit_note=True), settings=SETTINGS)
    assert got(result) == contract(doc, "credit_note", ubl=True)


@pytest.mark.parametrize("d22b", [False, True], ids=["D16B", "D22B"])
def test_cii_invoice_round_trip(d22b: bool) -> None:
    doc = Doc()
    result = extract_bytes(cii_invoice(doc, d22b=d22b), settings=SETTINGS)
    assert got(result) == contract(doc)
    assert result.einvoice is not None and result.einvoice.syntax == "cii"


@pytest.mark.parametrize("code", ["381", "396", "261", "262"])
def test_credit_note_type_codes(code: str) -> None:
    doc = Doc(type_code=code, invoice_ref="FA-2026-0100")
    result = extract_bytes(cii_invoice(doc), settings=SETTINGS)
    assert got(result) == contract(doc, "credit_note")


@pytest.mark.parametrize("syntax", ["cii", "ubl"])
def test_invoice_with_negative_totals_is_a_credit_note_with_positive_amounts(syntax: str) -> None:
    """Three French credit notes sent as TypeCode 380 with negative totals came out as
    invoices (issue 22)."""
    doc = Doc(sign=-1, invoice_ref="FA-2026-0100")
    data = cii_invoice(doc) if syntax == "cii" else ubl_invoice(doc)
    assert b"-" + str(doc.grand_total.quantize(Decimal("0.01"))).encode() in data
    result = extract_bytes(data, settings=SETTINGS)
    assert got(result) == contract(doc, "credit_note", ubl=syntax == "ubl")
    assert any("negative totals" in w for w in result.warnings)


def test_credit_note_with_negative_totals_charges_so_it_is_an_invoice() -> None:
    doc = Doc(type_code="381", sign=-1, invoice_ref="FA-2026-0100")
    result = extract_bytes(cii_invoice(doc), settings=SETTINGS)
    assert got(result) == contract(doc, "invoice")


def test_german_tax_number_is_not_taken_as_the_vat_id() -> None:
    """The seller's German tax number (SpecifiedTaxRegistration schemeID FC) was taken as
    the VAT id at 0.99 on 49 documents (issue 22)."""
    doc = _german(Doc())
    doc.seller.vat = None  # only the tax number: no VAT id at all
    result = extract_bytes(cii_invoice(doc), settings=SETTINGS)
    assert "vat_id" not in result.fields
    assert result.einvoice is not None
    seller = result.einvoice.party("seller")
    assert seller is not None and seller.vat_id is None
    assert [(r.value, r.scheme) for r in seller.tax_registrations] == [("201/113/40209", "FC")]
    assert any("201/113/40209" in w and "not a VAT id" in w for w in result.warnings)
    # with both, the VAT id is the VA one whatever the order they come in
    both = _german(Doc())
    result = extract_bytes(cii_invoice(both), settings=SETTINGS)
    assert result.fields["vat_id"].value == "DE136695976"
    ubl = extract_bytes(ubl_invoice(both), settings=SETTINGS)
    assert ubl.fields["vat_id"].value == "DE136695976"
    assert (
        ubl.einvoice is not None
        and ubl.einvoice.party("seller").tax_registrations[0].scheme == "FC"
    )  # type: ignore[union-attr]


def test_zugferd_1_round_trip() -> None:
    """ZUGFeRD 1.0 was not read at all (24 documents typed 'other', issue 22)."""
    doc = _german(Doc())
    result = extract_bytes(zugferd1_invoice(doc), settings=SETTINGS)
    assert got(result) == contract(doc)
    assert result.einvoice is not None and result.einvoice.syntax == "zugferd1"


def test_ubl_order_round_trip() -> None:
    doc = Doc(number="PO-88231")
    result = extract_bytes(ubl_order(doc), settings=SETTINGS)
    expected = contract(doc, "purchase_order")
    expected["fields"]["delivery_date"] = doc.delivery_date.isoformat()
    expected["fields"]["delivery_address"] = "Quai 3, entrepôt Nord, 33300 Bordeaux, FR"
    expected["fields"]["payment_terms"] = doc.payment_terms
    assert got(result) == expected
    assert result.fields["vat_id"].value == doc.buyer.vat  # the buyer issued it


def test_ubl_order_response_keeps_each_line_status() -> None:
    doc = Doc(number="OR-5521")
    statuses = {"1": "5", "2": "3", "3": "7"}
    result = extract_bytes(ubl_order_response(doc, statuses), settings=SETTINGS)
    assert result.doc_type == "order_confirmation"
    assert result.fields["order_number"].value == doc.order_ref
    assert result.references[0].model_dump() == {
        "doc_type": "purchase_order",
        "number": doc.order_ref,
        "amount": None,
    }
    assert result.einvoice is not None and result.einvoice.response_code == "CA"
    assert [(li.line_id, li.order_line_ref, li.status_code) for li in result.einvoice.lines] == [
        ("1", "1", "5"),
        ("2", "2", "3"),
        ("3", "3", "7"),
    ]
    assert [li.sku for li in result.lines] == [li.sku for li in doc.lines]


def test_ubl_despatch_advice_round_trip() -> None:
    doc = Doc(number="BL-55120")
    result = extract_bytes(ubl_despatch_advice(doc), settings=SETTINGS)
    assert result.doc_type == "delivery_note"
    values = {k: v.value for k, v in result.fields.items()}
    assert values["document_number"] == "BL-55120"
    assert values["order_number"] == doc.order_ref
    assert values["delivery_date"] == doc.delivery_date.isoformat()
    assert values["supplier_name"] == doc.seller.name
    assert values["customer_name"] == doc.buyer.name
    assert [(li.sku, li.quantity, li.unit) for li in result.lines] == [
        ("FOR-220", "2", "pce"),
        ("SRV-MO", "3.5", "h"),
        ("FAR-T65", "10", "pce"),
    ]
    assert result.einvoice is not None
    assert [li.order_line_ref for li in result.einvoice.lines] == ["1", "2", "3"]


def test_order_x_round_trip() -> None:
    doc = Doc(number="PO-77001", allowance=None, charge=None)
    result = extract_bytes(orderx(doc), settings=SETTINGS)
    expected = contract(doc, "purchase_order")
    expected["fields"]["delivery_date"] = doc.delivery_date.isoformat()
    expected["fields"]["payment_terms"] = doc.payment_terms
    assert got(result) == expected
    response = extract_bytes(orderx(doc, "231"), settings=SETTINGS)
    assert response.doc_type == "order_confirmation"
    assert response.fields["order_number"].value == doc.order_ref
    assert response.einvoice is not None and response.einvoice.response_code == "29"


def test_factur_x_pdf_round_trip() -> None:
    doc = Doc()
    result = extract_bytes(facturx_pdf(cii_invoice(doc)), settings=SETTINGS)
    assert got(result) == contract(doc)
    assert len(result.pages) == 1


def test_order_x_pdf_round_trip() -> None:
    doc = Doc(number="PO-77002", allowance=None, charge=None)
    result = extract_bytes(facturx_pdf(orderx(doc), flavor="order-x"), settings=SETTINGS)
    assert result.doc_type == "purchase_order"
    assert result.fields["document_number"].value == "PO-77002"
    assert result.fields["document_number"].source == "xml"
    assert [li.sku for li in result.lines] == [li.sku for li in doc.lines]


def test_zugferd_1_and_xrechnung_inside_a_pdf() -> None:
    doc = _german(Doc())
    zf1 = pdf_with_attachment("ZUGFeRD-invoice.xml", zugferd1_invoice(doc))
    result = extract_bytes(zf1, settings=SETTINGS)
    assert got(result) == contract(doc)
    xrechnung = replace(
        doc, guideline="urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0"
    )
    for data in (ubl_invoice(xrechnung), cii_invoice(xrechnung)):
        result = extract_bytes(pdf_with_attachment("xrechnung.xml", data), settings=SETTINGS)
        assert result.fields["document_number"].value == doc.number
        assert result.fields["total_gross"].value == str(doc.grand_total)
        assert result.einvoice is not None and result.einvoice.profile == "xrechnung"


def test_pdf_values_keep_where_they_are_printed() -> None:
    """A Factur-X whose page prints the invoice: each XML value carries its box on the page
    (found by the page reading, or among the words); where the page prints something else,
    the field keeps the printed value's box and is flagged (a warning, a low confidence)."""
    import io

    from facturx import generate_from_binary
    from reportlab.pdfgen.canvas import Canvas

    doc = Doc(allowance=None, charge=None)
    buf = io.BytesIO()
    c = Canvas(buf, invariant=1)
    c.drawString(72, 760, "Facture n° FA-2026-0999")  # the XML says FA-2026-0117
    c.drawString(72, 740, f"Date : {doc.issue_date:%d/%m/%Y}")
    c.drawString(72, 700, f"Votre commande {doc.order_ref}")
    c.drawString(360, 200, f"Total TTC : {doc.grand_total:.2f} EUR".replace(".", ","))
    c.showPage()
    c.save()
    pdf = bytes(generate_from_binary(buf.getvalue(), cii_invoice(doc), check_xsd=True))
    result = extract_bytes(pdf, settings=SETTINGS)
    date_, gross = result.fields["document_date"], result.fields["total_gross"]
    order = result.fields["order_number"]
    for field in (date_, gross, order):
        assert field.source == "xml" and field.page == 1 and field.bbox is not None
        assert field.confidence >= 0.9
    assert gross.bbox[0] > date_.bbox[0] and gross.bbox[1] > date_.bbox[1]  # type: ignore[index]
    assert order.bbox[1] > date_.bbox[1]  # type: ignore[index]  # printed below the date
    number = result.fields["document_number"]
    assert number.value == doc.number and number.source == "xml"
    assert number.page == 1 and number.bbox is not None and number.confidence < 0.9
    assert any("FA-2026-0999" in w and doc.number in w for w in result.warnings)
    assert result.fields["customer_name"].bbox is None  # not printed: nothing to show


def test_bare_xml_through_extract_from_a_file(tmp_path: Path) -> None:
    path = tmp_path / "facture.xml"
    path.write_bytes(cii_invoice(Doc()))
    result = extract(path, settings=SETTINGS)
    assert result.doc_type == "invoice" and result.to_contract()["pages"] == 0


def test_xml_of_another_kind_is_a_typed_error() -> None:
    xml = b'<?xml version="1.0"?><catalog xmlns="urn:example:catalog"><item/></catalog>'
    with pytest.raises(UnsupportedXmlError) as err:
        extract_bytes(xml, settings=SETTINGS)
    assert err.value.code == "unsupported_xml"
    assert "catalog" in str(err.value) and "UBL" in str(err.value)
    assert isinstance(err.value, UnsupportedFormatError)


def test_broken_and_hostile_xml_are_refused() -> None:
    with pytest.raises(CorruptDocumentError):
        extract_bytes(b"<?xml version='1.0'?><Invoice><cbc:ID>1</Invoice>", settings=SETTINGS)
    bomb = (
        b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 '
        b'"&lol;&lol;&lol;&lol;">]><Invoice xmlns="urn:oasis:names:specification:ubl:'
        b'schema:xsd:Invoice-2">&lol2;</Invoice>'
    )
    with pytest.raises(UnsupportedXmlError, match="DOCTYPE"):
        extract_bytes(bomb, settings=SETTINGS)


def test_an_html_page_is_not_taken_for_xml() -> None:
    with pytest.raises(UnsupportedFormatError) as err:
        extract_bytes(b"<!DOCTYPE html><html><body>Commande</body></html>", settings=SETTINGS)
    assert not isinstance(err.value, UnsupportedXmlError)


EXAMPLES = Path(__file__).resolve().parents[1] / "data" / "en16931-examples"


def test_official_examples_are_read() -> None:
    """The CEN examples: every one is read with its number, as an invoice or credit note,
    and the negative BIS 3 example is a credit note with positive amounts."""
    files = sorted(p for p in EXAMPLES.glob("*/*") if p.suffix.lower() == ".xml")
    assert len(files) >= 30
    from lxml import etree

    for path in files:
        result = extract(path, settings=SETTINGS)
        tree = etree.parse(str(path))
        number = tree.xpath(
            "/*/*[local-name()='ID'] | //*[local-name()='ExchangedDocument']/*[local-name()='ID']"
        )[0].text
        assert result.fields["document_number"].value == number.strip(), path.name
        assert result.doc_type in ("invoice", "credit_note"), path.name
    negative = extract(EXAMPLES / "ubl" / "BIS3_Invoice_negativ.XML", settings=SETTINGS)
    assert negative.doc_type == "credit_note"
    assert Decimal(negative.fields["total_gross"].value) > 0


def test_a_known_date_is_found_whichever_way_the_page_writes_it() -> None:
    """An English page printing 11/03/2017 for the 3rd of November: looking for the XML's
    date, both readings count (the page reading alone cannot tell)."""
    from extraction.einvoice.locate import locate
    from extraction.result import PageResult, Word

    words = [
        Word(text="Invoice", bbox=(40, 100, 80, 110)),
        Word(text="Date", bbox=(84, 100, 110, 110)),
        Word(text="11/03/2017", bbox=(114, 100, 170, 110)),
    ]
    page = PageResult(number=1, text="", source="text", width=595, height=842, words=words)
    assert locate([page], "document_date", "2017-11-03") == (1, (114, 100, 170, 110))
    assert locate([page], "document_date", "2017-03-11") == (1, (114, 100, 170, 110))
    assert locate([page], "document_date", "2017-03-12") is None
    turned = page.model_copy(update={"turn": 90})  # boxes not in the page's frame
    assert locate([turned], "document_date", "2017-11-03") is None
