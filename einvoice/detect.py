"""Which syntax a piece of XML is, from its root element (namespace and name): the only
thing every sender gets right, whatever the file is called."""

from __future__ import annotations

from dataclasses import dataclass

from einvoice.model import Syntax
from einvoice.xmlread import Element, UnsupportedXmlError, local_name, namespace

UBL = "urn:oasis:names:specification:ubl:schema:xsd:{}-2"
CII = "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100"
ZUGFERD1 = "urn:ferd:CrossIndustryDocument:invoice:1p0"
ORDER_X = "urn:un:unece:uncefact:data:SCRDMCCBDACIOMessageStructure:100"

UBL_ROOTS = ("Invoice", "CreditNote", "Order", "OrderResponse", "DespatchAdvice")
KNOWN: dict[tuple[str, str], Syntax] = {
    **{(UBL.format(name), name): "ubl" for name in UBL_ROOTS},
    (CII, "CrossIndustryInvoice"): "cii",
    (ZUGFERD1, "CrossIndustryDocument"): "zugferd1",
    (ORDER_X, "SCRDMCCBDACIOMessageStructure"): "order-x",
}
READS = (
    "UBL 2.1 Invoice, CreditNote, Order, OrderResponse or DespatchAdvice, "
    "CII CrossIndustryInvoice (D16B, D22B; Factur-X, ZUGFeRD 2, XRechnung), "
    "ZUGFeRD 1.0 or Order-X, and French lifecycle statuses (CDAR)"
)


@dataclass(frozen=True)
class Detected:
    syntax: Syntax
    root: str


def detect(root: Element) -> Detected:
    """The syntax of ``root``, or ``UnsupportedXmlError`` naming what it is instead."""
    ns, name = namespace(root), local_name(root)
    syntax = KNOWN.get((ns, name))
    if syntax is None:
        shown = f"{{{ns}}}{name}" if ns else name
        hint = ""
        if name in UBL_ROOTS or name in ("CrossIndustryInvoice", "CrossIndustryDocument"):
            hint = f" (the name is right but the namespace {ns or '(none)'} is not)"
        raise UnsupportedXmlError(
            f"XML of a kind orderdesk does not read: root element {shown}{hint}; it reads {READS}"
        )
    return Detected(syntax, name)
