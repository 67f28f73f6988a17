"""Embedded e-invoice / e-order XML (Factur-X, ZUGFeRD CII, Order-X) read with ``factur-x``.

XML values are structured data, so they win (source ``xml``); the page is still read and
every field where page and XML disagree gets a warning, because the PDF is what a human
signed off and a mismatch is worth a look.
"""

from __future__ import annotations

import io
import logging
from datetime import datetime
from decimal import Decimal, InvalidOperation

from lxml import etree

from extraction.parse.amounts import money_str, number_str
from extraction.parse.text import norm_compare
from extraction.result import ExtractionResult, FieldValue, LineItem

log = logging.getLogger(__name__)
logging.getLogger("factur-x").setLevel(logging.ERROR)

TYPE_CODES = {
    "380": "invoice",
    "389": "invoice",
    "384": "invoice",
    "386": "invoice",
    "751": "invoice",
    "381": "credit_note",
    "261": "credit_note",
    "396": "credit_note",
    "220": "purchase_order",
    "230": "purchase_order",
    "231": "order_confirmation",
}
XML_CONFIDENCE = 0.99
AMOUNTS = ("total_net", "total_tax", "total_gross")


def _first(node: etree._Element, path: str) -> str | None:
    found = node.xpath(path)
    if not found:
        return None
    item = found[0]
    text = item if isinstance(item, str) else item.text
    return text.strip() if text and text.strip() else None


def _date(text: str | None) -> str | None:
    if not text:
        return None
    try:
        return datetime.strptime(text[:8], "%Y%m%d").date().isoformat()
    except ValueError:
        return None


def _amount(text: str | None) -> str | None:
    if not text:
        return None
    try:
        return money_str(abs(Decimal(text)))
    except InvalidOperation:
        return None


def embedded_xml(data: bytes) -> bytes | None:
    try:
        from facturx import get_xml_from_pdf

        _name, xml = get_xml_from_pdf(io.BytesIO(data), check_xsd=False)
    except Exception as exc:  # no attachment, or one the package cannot read
        log.debug("no readable embedded XML: %s", exc)
        return None
    return bytes(xml) if xml else None


def parse_cii(xml: bytes) -> tuple[str | None, dict[str, str], list[LineItem]]:
    """(doc type, fields, lines) from CII or Order-X XML, namespace-agnostic."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    root = etree.fromstring(xml, parser=parser)

    def q(path: str) -> str:
        return "/".join(
            f"*[local-name()='{p}']" if p not in (".", "..") and not p.startswith("@") else p
            for p in path.split("/")
        )

    doc = root.xpath(".//*[local-name()='ExchangedDocument']")
    head = doc[0] if doc else root
    type_code = _first(head, q("TypeCode"))
    doc_type = TYPE_CODES.get(type_code or "")
    fields: dict[str, str] = {}

    def put(name: str, value: str | None) -> None:
        if value:
            fields[name] = value

    put("document_number", _first(head, q("ID")))
    put("document_date", _date(_first(head, q("IssueDateTime/DateTimeString"))))
    agreement = root.xpath(".//*[local-name()='ApplicableHeaderTradeAgreement']")
    settlement = root.xpath(".//*[local-name()='ApplicableHeaderTradeSettlement']")
    if agreement:
        a = agreement[0]
        put("supplier_name", _first(a, q("SellerTradeParty/Name")))
        put("customer_name", _first(a, q("BuyerTradeParty/Name")))
        issuer = "BuyerTradeParty" if doc_type == "purchase_order" else "SellerTradeParty"
        put("vat_id", _first(a, q(f"{issuer}/SpecifiedTaxRegistration/ID")))
        if doc_type != "purchase_order":
            put("order_number", _first(a, q("BuyerOrderReferencedDocument/IssuerAssignedID")))
    if settlement:
        s = settlement[0]
        put("currency", _first(s, q("InvoiceCurrencyCode")) or _first(s, q("OrderCurrencyCode")))
        put("iban", _first(s, ".//*[local-name()='IBANID']"))
        put(
            "due_date",
            _date(
                _first(s, ".//*[local-name()='DueDateDateTime']/*[local-name()='DateTimeString']")
            ),
        )
        put("payment_terms", _first(s, q("SpecifiedTradePaymentTerms/Description")))
        summ = s.xpath(q("SpecifiedTradeSettlementHeaderMonetarySummation"))
        if summ:
            m = summ[0]
            put(
                "total_net",
                _amount(_first(m, q("TaxBasisTotalAmount")) or _first(m, q("LineTotalAmount"))),
            )
            put("total_tax", _amount(_first(m, q("TaxTotalAmount"))))
            put("total_gross", _amount(_first(m, q("GrandTotalAmount"))))
    lines = []
    for item in root.xpath(".//*[local-name()='IncludedSupplyChainTradeLineItem']"):
        qty_node = item.xpath(
            ".//*[local-name()='BilledQuantity' or local-name()='RequestedQuantity']"
        )
        qty = qty_node[0].text if qty_node else None
        unit = qty_node[0].get("unitCode") if qty_node else None
        rate = _first(item, ".//*[local-name()='RateApplicablePercent']")
        lines.append(
            LineItem(
                sku=_first(item, ".//*[local-name()='SellerAssignedID']"),
                description=_first(
                    item, ".//*[local-name()='SpecifiedTradeProduct']/*[local-name()='Name']"
                ),
                quantity=number_str(Decimal(qty)) if qty else None,
                unit=unit,
                unit_price=_amount(
                    _first(
                        item,
                        ".//*[local-name()='NetPriceProductTradePrice']/*[local-name()='ChargeAmount']",
                    )
                ),
                line_total=_amount(_first(item, ".//*[local-name()='LineTotalAmount']")),
                tax_rate=number_str(Decimal(rate)) if rate else None,
                confidence=XML_CONFIDENCE,
                source="xml",
            )
        )
    return doc_type, fields, lines


def _same(name: str, a: str, b: str) -> bool:
    if name in AMOUNTS:
        try:
            return Decimal(a) == Decimal(b)
        except InvalidOperation:
            return False
    return norm_compare(a) == norm_compare(b)


def apply_embedded_xml(data: bytes, result: ExtractionResult) -> None:
    xml = embedded_xml(data)
    if xml is None:
        return
    try:
        doc_type, fields, lines = parse_cii(xml)
    except (etree.XMLSyntaxError, ValueError, InvalidOperation) as exc:
        result.warnings.append(f"embedded XML unreadable, page values kept: {exc}")
        return
    if doc_type and doc_type != result.doc_type:
        result.warnings.append(f"doc_type: XML says {doc_type}, page reads {result.doc_type}")
    if doc_type:
        result.doc_type = doc_type  # type: ignore[assignment]
        result.doc_type_confidence = XML_CONFIDENCE
    for name, value in fields.items():
        page = result.fields.get(name)
        if page is not None and not _same(name, page.value, value):
            result.warnings.append(f"{name}: XML says {value!r}, page reads {page.value!r}")
        result.fields[name] = FieldValue(
            value=value,
            confidence=XML_CONFIDENCE,
            page=page.page if page else None,
            bbox=page.bbox if page else None,
            source="xml",
        )
    if lines:
        if len(lines) != len(result.lines):
            result.warnings.append(f"lines: XML has {len(lines)}, page shows {len(result.lines)}")
        result.lines = lines
