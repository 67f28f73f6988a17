"""The door check of an XML file: well-formed, no DOCTYPE, and an e-invoice, e-order or
lifecycle status orderdesk reads (its root element); anything else goes to quarantine with
the reason. The roots are the ones ``einvoice`` reads, so the door and the reader agree.
"""

from __future__ import annotations

from lxml import etree

from einvoice.cdar import ROOT as CDAR_ROOT
from einvoice.detect import KNOWN
from ingest.sniff import NotADocument

# what the e-invoice readers take, and lifecycle statuses (CDAR) from a platform
E_DOCUMENT_ROOTS = frozenset({*KNOWN, CDAR_ROOT})
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
