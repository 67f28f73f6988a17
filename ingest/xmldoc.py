"""The door check of an XML file: well-formed, no DOCTYPE, and an e-invoice, e-order or
lifecycle status orderdesk reads (its root element); anything else goes to quarantine with
the reason.

ingest may not import extraction, so the roots are listed here too;
tests/ingest/test_xml_intake.py keeps this list and extraction's the same.
"""

from __future__ import annotations

from lxml import etree

from ingest.sniff import NotADocument

UBL = "urn:oasis:names:specification:ubl:schema:xsd:{}-2"
E_DOCUMENT_ROOTS = frozenset(
    {
        *((UBL.format(n), n) for n in ("Invoice", "CreditNote", "Order", "OrderResponse")),
        (UBL.format("DespatchAdvice"), "DespatchAdvice"),
        ("urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100", "CrossIndustryInvoice"),
        ("urn:ferd:CrossIndustryDocument:invoice:1p0", "CrossIndustryDocument"),
        (
            "urn:un:unece:uncefact:data:SCRDMCCBDACIOMessageStructure:100",
            "SCRDMCCBDACIOMessageStructure",
        ),
        (  # a French lifecycle status (CDAR) from a platform
            "urn:un:unece:uncefact:data:standard:CrossDomainAcknowledgementAndResponse:100",
            "CrossDomainAcknowledgementAndResponse",
        ),
    }
)
KINDS = (
    "UBL Invoice, CreditNote, Order, OrderResponse, DespatchAdvice, CII CrossIndustryInvoice "
    "(Factur-X, ZUGFeRD, XRechnung), ZUGFeRD 1.0, Order-X, and lifecycle statuses (CDAR)"
)


def root_of(data: bytes) -> tuple[str, str]:
    """(namespace, local name) of the root element, read without expanding anything."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    try:
        tree = etree.fromstring(data, parser=parser).getroottree()
    except (etree.XMLSyntaxError, ValueError) as exc:
        raise NotADocument(f"damaged XML: it is not well-formed ({exc})", "corrupt") from exc
    if tree.docinfo.doctype:
        raise NotADocument(
            "XML with a DOCTYPE: e-invoices and e-orders never carry one, and entity "
            "declarations are a known way to attack XML readers",
            "unsupported_xml",
        )
    name = etree.QName(tree.getroot())
    return name.namespace or "", name.localname


def inspect_xml(data: bytes) -> int:
    """0 pages: an XML document has none. NotADocument when it is not one we read."""
    ns, local = root_of(data)
    if (ns, local) not in E_DOCUMENT_ROOTS:
        shown = f"{{{ns}}}{local}" if ns else local
        raise NotADocument(
            f"XML of a kind orderdesk does not read (root element {shown}); it reads {KINDS}",
            "unsupported_xml",
        )
    return 0
