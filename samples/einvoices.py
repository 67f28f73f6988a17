"""Sample e-invoices and e-orders, in every syntax orderdesk reads (the tests and
``bench.einvoice`` write theirs with it).

One ``Doc`` (the business content) is written as UBL, CII D16B / D22B, ZUGFeRD 1.0 or
Order-X following the structure of the official examples (CEN TC434, FNFE-MPE, FeRD), and
``contract`` says what ``orderdesk extract`` must give back for it, computed from the
content alone. The default ``Doc`` is a French domestic invoice that passes its schema, the
EN 16931 rules and the BR-FR rules, so a test can break exactly one thing.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from lxml import etree

from outbound.xml_writer import ElementWriter

CENT = Decimal("0.01")
UBL_NS = "urn:oasis:names:specification:ubl:schema:xsd:{}-2"
CAC = "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"
CBC = "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2"
CII: dict[str | None, str] = {
    "rsm": "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100",
    "ram": "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100",
    "qdt": "urn:un:unece:uncefact:data:standard:QualifiedDataType:100",
    "udt": "urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100",
}
ZF1: dict[str | None, str] = {
    "rsm": "urn:ferd:CrossIndustryDocument:invoice:1p0",
    "ram": "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:12",
    "udt": "urn:un:unece:uncefact:data:standard:UnqualifiedDataType:15",
}
OX: dict[str | None, str] = {
    "rsm": "urn:un:unece:uncefact:data:SCRDMCCBDACIOMessageStructure:100",
    "ram": "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:128",
    "qdt": "urn:un:unece:uncefact:data:standard:QualifiedDataType:128",
    "udt": "urn:un:unece:uncefact:data:standard:UnqualifiedDataType:128",
}
UNIT_WORDS = {"C62": "pce", "HUR": "h", "KGM": "kg", "XBX": "box"}


@dataclass
class PartyData:
    name: str
    street: str
    postcode: str
    city: str
    country: str
    vat: str | None = None
    tax_number: str | None = None  # a registration that is not VAT (schemeID FC)
    siren: str | None = None  # legal registration, scheme 0002
    siret: str | None = None  # party id, scheme 0009
    endpoint: str | None = None  # electronic address, scheme 0225 (French routing)
    email: str | None = None
    customer_number: str | None = None  # the seller's number for this buyer


@dataclass
class Item:
    line_id: str
    sku: str
    name: str
    quantity: Decimal
    unit: str
    price: Decimal
    rate: Decimal
    buyer_sku: str | None = None

    @property
    def total(self) -> Decimal:
        return (self.quantity * self.price).quantize(CENT, ROUND_HALF_UP)


SELLER = PartyData(
    name="Ateliers Moreau SAS",
    street="12 rue des Forges",
    postcode="69003",
    city="Lyon",
    country="FR",
    vat="FR11123456782",
    siren="123456782",
    siret="12345678200010",
    endpoint="123456782_FACT",
    email="factures@ateliers-moreau.fr",
)
BUYER = PartyData(
    name="Boulangeries Dupont SARL",
    street="4 avenue de la Gare",
    postcode="33000",
    city="Bordeaux",
    country="FR",
    vat="FR14987654324",
    siren="987654324",
    siret="98765432400019",
    endpoint="987654324",
    email="compta@dupont.fr",
    customer_number="CL-0042",
)


LINES = [
    Item("1", "FOR-220", "Fourneau à sole 60 cm", Decimal(2), "C62", Decimal("1250.00"),
         Decimal(20), "B-77"),
    Item("2", "SRV-MO", "Mise en service sur site", Decimal("3.5"), "HUR", Decimal("68.40"),
         Decimal(20)),
    Item("3", "FAR-T65", "Farine T65, sac de 25 kg", Decimal(10), "C62", Decimal("21.35"),
         Decimal("5.5")),
]  # fmt: skip


@dataclass
class Doc:
    number: str = "FA-2026-0117"
    issue_date: date = date(2026, 9, 14)
    due_date: date = date(2026, 10, 14)
    delivery_date: date = date(2026, 9, 10)
    currency: str = "EUR"
    type_code: str = "380"
    seller: PartyData = field(default_factory=lambda: copy.deepcopy(SELLER))
    buyer: PartyData = field(default_factory=lambda: copy.deepcopy(BUYER))
    lines: list[Item] = field(default_factory=lambda: copy.deepcopy(LINES))
    order_ref: str | None = "PO-88231"
    despatch_ref: str | None = "BL-55120"
    invoice_ref: str | None = None  # the invoice a credit note corrects
    invoice_ref_date: date = date(2026, 8, 29)
    buyer_reference: str | None = "SERV-ACHATS"
    payment_terms: str = "Paiement à 30 jours fin de mois"
    iban: str = "FR7630006000011234567890189"
    bic: str = "AGRIFRPP"
    allowance: Decimal | None = Decimal("50.00")  # document level, at the standard rate
    charge: Decimal | None = Decimal("35.00")  # transport, at the standard rate
    billing_mode: str | None = "S1"  # BT-23, the French billing mode
    guideline: str = "urn:cen.eu:en16931:2017"
    notes: list[tuple[str, str]] = field(
        default_factory=lambda: [
            ("PMT", "Indemnité forfaitaire pour frais de recouvrement : 40 euros."),
            ("PMD", "Pénalités de retard : trois fois le taux d'intérêt légal."),
            ("AAB", "Pas d'escompte pour paiement anticipé."),
        ]
    )
    sign: int = 1  # -1 writes every amount and quantity negated (a credit sent as 380)

    # -- totals, computed the EN 16931 way -------------------------------------------------
    def s(self, value: Decimal) -> Decimal:
        return value * self.sign

    @property
    def line_total(self) -> Decimal:
        return sum((li.total for li in self.lines), Decimal(0))

    @property
    def tax_basis(self) -> Decimal:
        return self.line_total - (self.allowance or 0) + (self.charge or 0)

    def taxes(self) -> list[tuple[Decimal, Decimal, Decimal]]:
        """(rate, taxable amount, tax amount) per rate; allowance and charge at 20 %."""
        base: dict[Decimal, Decimal] = {}
        for li in self.lines:
            base[li.rate] = base.get(li.rate, Decimal(0)) + li.total
        std = Decimal(20)
        base[std] = base.get(std, Decimal(0)) - (self.allowance or 0) + (self.charge or 0)
        return [
            (rate, amount, (amount * rate / 100).quantize(CENT, ROUND_HALF_UP))
            for rate, amount in sorted(base.items(), reverse=True)
        ]

    @property
    def tax_total(self) -> Decimal:
        return sum((t[2] for t in self.taxes()), Decimal(0))

    @property
    def grand_total(self) -> Decimal:
        return self.tax_basis + self.tax_total


def money(value: Decimal) -> str:
    return str(value.quantize(CENT))


def num(value: Decimal) -> str:
    return format(value.normalize(), "f")


def contract(doc: Doc, doc_type: str = "invoice", *, ubl: bool = False) -> dict[str, Any]:
    """What ``orderdesk extract --json`` must say of ``doc`` (fields, lines, references);
    ``ubl``: a UBL invoice, where the buyer's number gives way to its SIRET (one buyer
    identifier only)."""
    order = doc_type == "purchase_order"
    issuer = doc.buyer if order else doc.seller
    fields = {
        "document_number": doc.number,
        "document_date": doc.issue_date.isoformat(),
        "customer_name": doc.buyer.name,
        "supplier_name": doc.seller.name,
        "currency": doc.currency,
        "total_net": money(doc.tax_basis),
        "total_tax": money(doc.tax_total),
        "total_gross": money(doc.grand_total),
        "billing_address": f"{doc.buyer.street}, {doc.buyer.postcode} {doc.buyer.city}, "
        f"{doc.buyer.country}",
    }
    if issuer.vat:
        fields["vat_id"] = issuer.vat
    if doc.buyer.customer_number and not (ubl and doc.buyer.siret and not order):
        fields["customer_number"] = doc.buyer.customer_number
    if not order:
        fields.update(
            due_date=doc.due_date.isoformat(),
            payment_terms=doc.payment_terms,
            iban=doc.iban,
            delivery_date=doc.delivery_date.isoformat(),
        )
        if doc.order_ref:
            fields["order_number"] = doc.order_ref
    lines = [
        {
            "sku": li.sku,
            "description": li.name,
            "quantity": num(li.quantity),
            "unit": UNIT_WORDS.get(li.unit, li.unit),
            "unit_price": money(li.price),
            "line_total": money(li.total),
            "tax_rate": num(li.rate),
        }
        for li in doc.lines
    ]
    refs = []
    if doc.order_ref and not order:
        refs.append({"doc_type": "purchase_order", "number": doc.order_ref})
    if doc.invoice_ref:
        refs.append({"doc_type": "invoice", "number": doc.invoice_ref})
    if doc.despatch_ref and not order:
        refs.append({"doc_type": "delivery_note", "number": doc.despatch_ref})
    return {"doc_type": doc_type, "fields": fields, "lines": lines, "references": refs}


def got(result: Any) -> dict[str, Any]:
    """The same view of an ``ExtractionResult``'s contract JSON."""
    c = result.to_contract()
    keys = ("sku", "description", "quantity", "unit", "unit_price", "line_total", "tax_rate")
    return {
        "doc_type": c["doc_type"],
        "fields": {k: v["value"] for k, v in c["fields"].items()},
        "lines": [{k: li[k] for k in keys} for li in c["lines"]],
        "references": c["references"],
    }


# -- a small element writer ------------------------------------------------------------------
class Writer(ElementWriter):
    """outbound's element writer; the namespaces are declared once, on the root (``_root``)."""

    def __init__(self, nsmap: dict[str | None, str]) -> None:
        super().__init__(nsmap, declare=False)


def _root(writer: Writer, tag: str, children: list[Any]) -> Any:
    root = writer(tag, *children)
    nsmap = {k: v for k, v in writer.nsmap.items()}
    fresh = etree.Element(root.tag, nsmap=nsmap)
    fresh.extend(list(root))
    return fresh


def serialise(root: Any) -> bytes:
    return bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True))


# -- UBL ---------------------------------------------------------------------------------------
def _ubl(root_name: str) -> Writer:
    return Writer({None: UBL_NS.format(root_name), "cac": CAC, "cbc": CBC})


def _ubl_party(w: Writer, p: PartyData, *, with_tax: bool = True) -> Any:
    return w(
        "cac:Party",
        w("cbc:EndpointID", p.endpoint, schemeID="0225") if p.endpoint else None,
        w("cac:PartyIdentification", w("cbc:ID", p.siret, schemeID="0009")) if p.siret else None,
        # one buyer identifier only (UBL-SR-16); the French rules want it with its scheme
        w("cac:PartyIdentification", w("cbc:ID", p.customer_number))
        if p.customer_number and not p.siret
        else None,
        w("cac:PartyName", w("cbc:Name", p.name)),
        w(
            "cac:PostalAddress",
            w("cbc:StreetName", p.street),
            w("cbc:CityName", p.city),
            w("cbc:PostalZone", p.postcode),
            w("cac:Country", w("cbc:IdentificationCode", p.country)),
        ),
        w(
            "cac:PartyTaxScheme",
            w("cbc:CompanyID", p.vat),
            w("cac:TaxScheme", w("cbc:ID", "VAT")),
        )
        if p.vat and with_tax
        else None,
        w(
            "cac:PartyTaxScheme",
            w("cbc:CompanyID", p.tax_number),
            w("cac:TaxScheme", w("cbc:ID", "FC")),
        )
        if p.tax_number and with_tax
        else None,
        w(
            "cac:PartyLegalEntity",
            w("cbc:RegistrationName", p.name),
            w("cbc:CompanyID", p.siren, schemeID="0002") if p.siren else None,
        ),
        w("cac:Contact", w("cbc:ElectronicMail", p.email)) if p.email else None,
    )


def _ubl_tax_category(w: Writer, rate: Decimal, tag: str = "cac:TaxCategory") -> Any:
    return w(
        tag, w("cbc:ID", "S"), w("cbc:Percent", num(rate)), w("cac:TaxScheme", w("cbc:ID", "VAT"))
    )


def _ubl_allowance(
    w: Writer, charge: bool, amount: Decimal, reason: str, code: str, cur: str
) -> Any:
    return w(
        "cac:AllowanceCharge",
        w("cbc:ChargeIndicator", "true" if charge else "false"),
        w("cbc:AllowanceChargeReasonCode", code),
        w("cbc:AllowanceChargeReason", reason),
        w("cbc:Amount", money(amount), currencyID=cur),
        _ubl_tax_category(w, Decimal(20)),
    )


def ubl_invoice(doc: Doc, *, credit_note: bool = False) -> bytes:
    name = "CreditNote" if credit_note else "Invoice"
    w, cur, s = _ubl(name), doc.currency, doc.s
    line_tag, qty_tag = (
        ("CreditNoteLine", "CreditedQuantity")
        if credit_note
        else ("InvoiceLine", "InvoicedQuantity")
    )
    means = w(
        "cac:PaymentMeans",
        w("cbc:PaymentMeansCode", "58"),
        w("cbc:PaymentDueDate", doc.due_date.isoformat()) if credit_note else None,
        w("cbc:PaymentID", doc.number),
        w(
            "cac:PayeeFinancialAccount",
            w("cbc:ID", doc.iban),
            w("cac:FinancialInstitutionBranch", w("cbc:ID", doc.bic)),
        ),
    )
    children = [
        w("cbc:CustomizationID", doc.guideline),
        w("cbc:ProfileID", doc.billing_mode) if doc.billing_mode else None,
        w("cbc:ID", doc.number),
        w("cbc:IssueDate", doc.issue_date.isoformat()),
        None if credit_note else w("cbc:DueDate", doc.due_date.isoformat()),
        w("cbc:CreditNoteTypeCode" if credit_note else "cbc:InvoiceTypeCode", doc.type_code),
        [w("cbc:Note", f"#{subject}#{text}") for subject, text in doc.notes],
        w("cbc:DocumentCurrencyCode", cur),
        w("cbc:BuyerReference", doc.buyer_reference) if doc.buyer_reference else None,
        w("cac:OrderReference", w("cbc:ID", doc.order_ref)) if doc.order_ref else None,
        w(
            "cac:BillingReference",
            w(
                "cac:InvoiceDocumentReference",
                w("cbc:ID", doc.invoice_ref),
                w("cbc:IssueDate", doc.invoice_ref_date.isoformat()),
            ),
        )
        if doc.invoice_ref
        else None,
        w("cac:DespatchDocumentReference", w("cbc:ID", doc.despatch_ref))
        if doc.despatch_ref
        else None,
        w("cac:AccountingSupplierParty", _ubl_party(w, doc.seller)),
        w("cac:AccountingCustomerParty", _ubl_party(w, doc.buyer)),
        w(
            "cac:Delivery",
            w("cbc:ActualDeliveryDate", doc.delivery_date.isoformat()),
        ),
        means,
        w("cac:PaymentTerms", w("cbc:Note", doc.payment_terms)),
    ]
    children += [
        _ubl_allowance(w, False, s(doc.allowance), "Remise fidélité", "95", cur)
        if doc.allowance
        else None,
        _ubl_allowance(w, True, s(doc.charge), "Transport", "FC", cur) if doc.charge else None,
        w(
            "cac:TaxTotal",
            w("cbc:TaxAmount", money(s(doc.tax_total)), currencyID=cur),
            [
                w(
                    "cac:TaxSubtotal",
                    w("cbc:TaxableAmount", money(s(base)), currencyID=cur),
                    w("cbc:TaxAmount", money(s(tax)), currencyID=cur),
                    _ubl_tax_category(w, rate),
                )
                for rate, base, tax in doc.taxes()
            ],
        ),
        w(
            "cac:LegalMonetaryTotal",
            w("cbc:LineExtensionAmount", money(s(doc.line_total)), currencyID=cur),
            w("cbc:TaxExclusiveAmount", money(s(doc.tax_basis)), currencyID=cur),
            w("cbc:TaxInclusiveAmount", money(s(doc.grand_total)), currencyID=cur),
            w("cbc:AllowanceTotalAmount", money(s(doc.allowance or Decimal(0))), currencyID=cur),
            w("cbc:ChargeTotalAmount", money(s(doc.charge or Decimal(0))), currencyID=cur),
            w("cbc:PayableAmount", money(s(doc.grand_total)), currencyID=cur),
        ),
        [
            w(
                f"cac:{line_tag}",
                w("cbc:ID", li.line_id),
                w(f"cbc:{qty_tag}", num(s(li.quantity)), unitCode=li.unit),
                w("cbc:LineExtensionAmount", money(s(li.total)), currencyID=cur),
                w(
                    "cac:Item",
                    w("cbc:Name", li.name),
                    w("cac:BuyersItemIdentification", w("cbc:ID", li.buyer_sku))
                    if li.buyer_sku
                    else None,
                    w("cac:SellersItemIdentification", w("cbc:ID", li.sku)),
                    _ubl_tax_category(w, li.rate, "cac:ClassifiedTaxCategory"),
                ),
                w("cac:Price", w("cbc:PriceAmount", money(li.price), currencyID=cur)),
            )
            for li in doc.lines
        ],
    ]
    return serialise(_root(w, name, children))


def _order_line(
    w: Writer, li: Item, cur: str, *, status: str | None = None, ref: bool = False
) -> Any:
    return w(
        "cac:OrderLine",
        w(
            "cac:LineItem",
            w("cbc:ID", li.line_id),
            w("cbc:LineStatusCode", status) if status else None,
            w("cbc:Quantity", num(li.quantity), unitCode=li.unit),
            w("cbc:LineExtensionAmount", money(li.total), currencyID=cur),
            w("cac:Price", w("cbc:PriceAmount", money(li.price), currencyID=cur)),
            w(
                "cac:Item",
                w("cbc:Name", li.name),
                w("cac:BuyersItemIdentification", w("cbc:ID", li.buyer_sku))
                if li.buyer_sku
                else None,
                w("cac:SellersItemIdentification", w("cbc:ID", li.sku)),
                _ubl_tax_category(w, li.rate, "cac:ClassifiedTaxCategory"),
            ),
        ),
        w("cac:OrderLineReference", w("cbc:LineID", li.line_id)) if ref else None,
    )


def _order_totals(w: Writer, doc: Doc, tag: str) -> list[Any]:
    cur = doc.currency
    return [
        w(
            "cac:TaxTotal",
            w("cbc:TaxAmount", money(doc.tax_total), currencyID=cur),
        ),
        w(
            tag,
            w("cbc:LineExtensionAmount", money(doc.line_total), currencyID=cur),
            w("cbc:TaxExclusiveAmount", money(doc.tax_basis), currencyID=cur),
            w("cbc:TaxInclusiveAmount", money(doc.grand_total), currencyID=cur),
            w("cbc:AllowanceTotalAmount", money(doc.allowance or Decimal(0)), currencyID=cur),
            w("cbc:ChargeTotalAmount", money(doc.charge or Decimal(0)), currencyID=cur),
            w("cbc:PayableAmount", money(doc.grand_total), currencyID=cur),
        ),
    ]


def ubl_order(doc: Doc) -> bytes:
    """A Peppol BIS 3 Order: the buyer orders; its ship-to is the buyer's address."""
    w, cur = _ubl("Order"), doc.currency
    children = [
        w("cbc:CustomizationID", "urn:fdc:peppol.eu:poacc:trns:order:3"),
        w("cbc:ProfileID", "urn:fdc:peppol.eu:poacc:bis:ordering:3"),
        w("cbc:ID", doc.number),
        w("cbc:IssueDate", doc.issue_date.isoformat()),
        w("cbc:OrderTypeCode", "220"),
        w("cbc:DocumentCurrencyCode", cur),
        w("cbc:CustomerReference", doc.buyer_reference) if doc.buyer_reference else None,
        w(
            "cac:BuyerCustomerParty",
            w("cbc:SupplierAssignedAccountID", doc.buyer.customer_number)
            if doc.buyer.customer_number
            else None,
            _ubl_party(w, replace(doc.buyer, customer_number=None)),
        ),
        w("cac:SellerSupplierParty", _ubl_party(w, doc.seller)),
        w(
            "cac:Delivery",
            w(
                "cac:DeliveryLocation",
                w(
                    "cac:Address",
                    w("cbc:StreetName", "Quai 3, entrepôt Nord"),
                    w("cbc:CityName", "Bordeaux"),
                    w("cbc:PostalZone", "33300"),
                    w("cac:Country", w("cbc:IdentificationCode", "FR")),
                ),
            ),
            w("cac:RequestedDeliveryPeriod", w("cbc:StartDate", doc.delivery_date.isoformat())),
        ),
        w("cac:PaymentTerms", w("cbc:Note", doc.payment_terms)),
        _ubl_allowance(w, False, doc.allowance, "Remise fidélité", "95", cur)
        if doc.allowance
        else None,
        _ubl_allowance(w, True, doc.charge, "Transport", "FC", cur) if doc.charge else None,
        *_order_totals(w, doc, "cac:AnticipatedMonetaryTotal"),
        [_order_line(w, li, cur) for li in doc.lines],
    ]
    return serialise(_root(w, "Order", children))


def ubl_order_response(doc: Doc, statuses: dict[str, str]) -> bytes:
    """The seller's answer to order ``doc.order_ref``: OrderResponseCode CA (accepted with
    changes) and a line status per line (UNCL 1229: 5 accepted, 3 changed, 7 rejected)."""
    w, cur = _ubl("OrderResponse"), doc.currency
    children = [
        w("cbc:CustomizationID", "urn:fdc:peppol.eu:poacc:trns:order_response:3"),
        w("cbc:ProfileID", "urn:fdc:peppol.eu:poacc:bis:ordering:3"),
        w("cbc:ID", doc.number),
        w("cbc:IssueDate", doc.issue_date.isoformat()),
        w("cbc:OrderResponseCode", "CA"),
        w("cbc:DocumentCurrencyCode", cur),
        w("cac:OrderReference", w("cbc:ID", doc.order_ref)),
        w("cac:SellerSupplierParty", _ubl_party(w, doc.seller)),
        w("cac:BuyerCustomerParty", _ubl_party(w, doc.buyer)),
        w(
            "cac:Delivery",
            w("cac:PromisedDeliveryPeriod", w("cbc:StartDate", doc.delivery_date.isoformat())),
        ),
        [_order_line(w, li, cur, status=statuses.get(li.line_id), ref=True) for li in doc.lines],
    ]
    return serialise(_root(w, "OrderResponse", children))


def ubl_despatch_advice(doc: Doc) -> bytes:
    w = _ubl("DespatchAdvice")
    children = [
        w("cbc:CustomizationID", "urn:fdc:peppol.eu:poacc:trns:despatch_advice:3"),
        w("cbc:ProfileID", "urn:fdc:peppol.eu:poacc:bis:despatch_advice:3"),
        w("cbc:ID", doc.number),
        w("cbc:IssueDate", doc.issue_date.isoformat()),
        w("cac:OrderReference", w("cbc:ID", doc.order_ref)),
        w("cac:DespatchSupplierParty", _ubl_party(w, doc.seller)),
        w("cac:DeliveryCustomerParty", _ubl_party(w, doc.buyer)),
        w(
            "cac:Shipment",
            w("cbc:ID", "1"),
            w(
                "cac:Delivery",
                w("cbc:ActualDeliveryDate", doc.delivery_date.isoformat()),
            ),
        ),
        [
            w(
                "cac:DespatchLine",
                w("cbc:ID", li.line_id),
                w("cbc:DeliveredQuantity", num(li.quantity), unitCode=li.unit),
                w("cac:OrderLineReference", w("cbc:LineID", li.line_id)),
                w(
                    "cac:Item",
                    w("cbc:Name", li.name),
                    w("cac:SellersItemIdentification", w("cbc:ID", li.sku)),
                ),
            )
            for li in doc.lines
        ],
    ]
    return serialise(_root(w, "DespatchAdvice", children))


# -- the CII family ------------------------------------------------------------------------------
def _cii_party(w: Writer, p: PartyData, *, global_id: bool = True, legal: bool = True) -> list[Any]:
    return [
        w("ram:ID", p.customer_number) if p.customer_number else None,
        w("ram:GlobalID", p.siret, schemeID="0009") if p.siret and global_id else None,
        w("ram:Name", p.name),
        w("ram:SpecifiedLegalOrganization", w("ram:ID", p.siren, schemeID="0002"))
        if p.siren and legal
        else None,
        w(
            "ram:DefinedTradeContact",
            w("ram:EmailURIUniversalCommunication", w("ram:URIID", p.email)),
        )
        if p.email
        else None,
        _cii_address(w, p),
        w("ram:URIUniversalCommunication", w("ram:URIID", p.endpoint, schemeID="0225"))
        if p.endpoint
        else None,
        w("ram:SpecifiedTaxRegistration", w("ram:ID", p.vat, schemeID="VA")) if p.vat else None,
        w("ram:SpecifiedTaxRegistration", w("ram:ID", p.tax_number, schemeID="FC"))
        if p.tax_number
        else None,
    ]


def _cii_agreement(
    w: Writer,
    doc: Doc,
    tag: str,
    party: Callable[[Writer, PartyData], list[Any]],
    *,
    order_ref: bool = True,
    ref_id: str = "ram:IssuerAssignedID",
) -> Any:
    """The header trade agreement: the buyer's reference, both parties (as ``party`` writes
    them) and, with ``order_ref``, the order referred to (ZUGFeRD 1 names its id ``ID``)."""
    return w(
        tag,
        w("ram:BuyerReference", doc.buyer_reference) if doc.buyer_reference else None,
        w("ram:SellerTradeParty", party(w, doc.seller)),
        w("ram:BuyerTradeParty", party(w, doc.buyer)),
        w("ram:BuyerOrderReferencedDocument", w(ref_id, doc.order_ref))
        if order_ref and doc.order_ref
        else None,
    )


def _cii_delivery(
    w: Writer,
    doc: Doc,
    tag: str,
    event: str,
    despatch: str | None,
    *,
    ref_id: str = "ram:IssuerAssignedID",
) -> Any:
    """The header trade delivery: the delivery date (``event``: delivered, or requested on
    an order) and the despatch advice or delivery note referred to, where there is one."""
    return w(
        tag,
        w(event, _dt(w, "ram:OccurrenceDateTime", doc.delivery_date)),
        w(despatch, w(ref_id, doc.despatch_ref)) if despatch and doc.despatch_ref else None,
    )


def _dt(w: Writer, tag: str, day: date, fmt_ns: str = "udt") -> Any:
    return w(tag, w(f"{fmt_ns}:DateTimeString", day.strftime("%Y%m%d"), format="102"))


def _cii_address(w: Writer, p: PartyData) -> Any:
    """A party's postal address, the same element in every CII syntax."""
    return w(
        "ram:PostalTradeAddress",
        w("ram:PostcodeCode", p.postcode),
        w("ram:LineOne", p.street),
        w("ram:CityName", p.city),
        w("ram:CountryID", p.country),
    )


def _cii_standard_vat(
    w: Writer, rate: Decimal, rate_tag: str = "ram:RateApplicablePercent"
) -> list[Any]:
    """Type, category and rate of standard-rated VAT (ZUGFeRD 1 names the rate
    ``ApplicablePercent``, the later syntaxes ``RateApplicablePercent``)."""
    return [w("ram:TypeCode", "VAT"), w("ram:CategoryCode", "S"), w(rate_tag, num(rate))]


def _cii_product(w: Writer, li: Item, industry_id: str | None = None) -> Any:
    """A line's product: the seller's article number, the buyer's if known, and its name."""
    return w(
        "ram:SpecifiedTradeProduct",
        w("ram:SellerAssignedID", li.sku),
        w("ram:BuyerAssignedID", li.buyer_sku) if li.buyer_sku else None,
        w("ram:IndustryAssignedID", industry_id) if industry_id else None,
        w("ram:Name", li.name),
    )


def _cii_line_trade(
    w: Writer, li: Item, amount: Callable[[Decimal], Decimal], *quantities: Any
) -> list[Any]:
    """A line's agreement (its net price), delivery (``quantities``) and settlement (its
    VAT and its amount, signed or not by ``amount``), as CII and Order-X write them."""
    return [
        w(
            "ram:SpecifiedLineTradeAgreement",
            w("ram:NetPriceProductTradePrice", w("ram:ChargeAmount", money(li.price))),
        ),
        w("ram:SpecifiedLineTradeDelivery", *quantities),
        w(
            "ram:SpecifiedLineTradeSettlement",
            w("ram:ApplicableTradeTax", _cii_standard_vat(w, li.rate)),
            w(
                "ram:SpecifiedTradeSettlementLineMonetarySummation",
                w("ram:LineTotalAmount", money(amount(li.total))),
            ),
        ),
    ]


def _cii_credit_transfer(w: Writer, doc: Doc) -> list[Any]:
    """Payment reference, currency and the seller's account, as an invoice's settlement
    opens in both CII and ZUGFeRD 1."""
    return [
        w("ram:PaymentReference", doc.number),
        w("ram:InvoiceCurrencyCode", doc.currency),
        w(
            "ram:SpecifiedTradeSettlementPaymentMeans",
            w("ram:TypeCode", "58"),
            w("ram:PayeePartyCreditorFinancialAccount", w("ram:IBANID", doc.iban)),
            w("ram:PayeeSpecifiedCreditorFinancialInstitution", w("ram:BICID", doc.bic)),
        ),
    ]


def _cii_payment_terms(w: Writer, doc: Doc) -> Any:
    """The payment terms as text with the due date."""
    return w(
        "ram:SpecifiedTradePaymentTerms",
        w("ram:Description", doc.payment_terms),
        _dt(w, "ram:DueDateDateTime", doc.due_date),
    )


def _cii_header_totals(
    w: Writer, doc: Doc, amount: Callable[[Decimal], Decimal], *, payable: bool
) -> Any:
    """The document totals of CII and Order-X (``amount`` signs them or not); an invoice
    also states the amount due."""
    return w(
        "ram:SpecifiedTradeSettlementHeaderMonetarySummation",
        w("ram:LineTotalAmount", money(amount(doc.line_total))),
        w("ram:ChargeTotalAmount", money(amount(doc.charge or Decimal(0)))),
        w("ram:AllowanceTotalAmount", money(amount(doc.allowance or Decimal(0)))),
        w("ram:TaxBasisTotalAmount", money(amount(doc.tax_basis))),
        w("ram:TaxTotalAmount", money(amount(doc.tax_total)), currencyID=doc.currency),
        w("ram:GrandTotalAmount", money(amount(doc.grand_total))),
        w("ram:DuePayableAmount", money(amount(doc.grand_total))) if payable else None,
    )


def _cii_allowance(
    w: Writer,
    charge: bool,
    amount: Decimal,
    reason: str,
    code: str,
    rate_tag: str = "ram:RateApplicablePercent",
) -> Any:
    return w(
        "ram:SpecifiedTradeAllowanceCharge",
        w("ram:ChargeIndicator", w("udt:Indicator", "true" if charge else "false")),
        w("ram:ActualAmount", money(amount)),
        w("ram:ReasonCode", code),
        w("ram:Reason", reason),
        w("ram:CategoryTradeTax", _cii_standard_vat(w, Decimal(20), rate_tag)),
    )


def cii_invoice(doc: Doc, *, d22b: bool = False, profile: str | None = None) -> bytes:
    """CII as EN 16931 binds it (the structure of CII_example*.xml); ``d22b`` adds an
    element only D22B has (the product's IndustryAssignedID)."""
    w, s = Writer(dict(CII)), doc.s
    lines = [
        w(
            "ram:IncludedSupplyChainTradeLineItem",
            w("ram:AssociatedDocumentLineDocument", w("ram:LineID", li.line_id)),
            _cii_product(w, li, f"IND-{li.sku}" if d22b else None),
            _cii_line_trade(
                w, li, s, w("ram:BilledQuantity", num(s(li.quantity)), unitCode=li.unit)
            ),
        )
        for li in doc.lines
    ]
    children = [
        w(
            "rsm:ExchangedDocumentContext",
            w("ram:BusinessProcessSpecifiedDocumentContextParameter", w("ram:ID", doc.billing_mode))
            if doc.billing_mode
            else None,
            w(
                "ram:GuidelineSpecifiedDocumentContextParameter",
                w("ram:ID", profile or doc.guideline),
            ),
        ),
        w(
            "rsm:ExchangedDocument",
            w("ram:ID", doc.number),
            w("ram:TypeCode", doc.type_code),
            _dt(w, "ram:IssueDateTime", doc.issue_date),
            [
                w("ram:IncludedNote", w("ram:Content", text), w("ram:SubjectCode", subject))
                for subject, text in doc.notes
            ],
        ),
        w(
            "rsm:SupplyChainTradeTransaction",
            lines,
            _cii_agreement(w, doc, "ram:ApplicableHeaderTradeAgreement", _cii_party),
            _cii_delivery(
                w,
                doc,
                "ram:ApplicableHeaderTradeDelivery",
                "ram:ActualDeliverySupplyChainEvent",
                "ram:DespatchAdviceReferencedDocument",
            ),
            w(
                "ram:ApplicableHeaderTradeSettlement",
                *_cii_credit_transfer(w, doc),
                [
                    w(
                        "ram:ApplicableTradeTax",
                        w("ram:CalculatedAmount", money(s(tax))),
                        w("ram:TypeCode", "VAT"),
                        w("ram:BasisAmount", money(s(base))),
                        w("ram:CategoryCode", "S"),
                        w("ram:DueDateTypeCode", "72"),
                        w("ram:RateApplicablePercent", num(rate)),
                    )
                    for rate, base, tax in doc.taxes()
                ],
                _cii_allowance(w, False, s(doc.allowance), "Remise fidélité", "95")
                if doc.allowance
                else None,
                _cii_allowance(w, True, s(doc.charge), "Transport", "FC") if doc.charge else None,
                _cii_payment_terms(w, doc),
                _cii_header_totals(w, doc, s, payable=True),
                w(
                    "ram:InvoiceReferencedDocument",
                    w("ram:IssuerAssignedID", doc.invoice_ref),
                    w(
                        "ram:FormattedIssueDateTime",
                        w(
                            "qdt:DateTimeString",
                            doc.invoice_ref_date.strftime("%Y%m%d"),
                            format="102",
                        ),
                    ),
                )
                if doc.invoice_ref
                else None,
            ),
        ),
    ]
    return serialise(_root(w, "rsm:CrossIndustryInvoice", children))


def zugferd1_invoice(doc: Doc, profile: str = "comfort") -> bytes:
    """ZUGFeRD 1.0 (CrossIndustryDocument) as FeRD's examples write it: a German seller
    with its tax number (FC) beside its VAT id."""
    w, cur = Writer(dict(ZF1)), doc.currency

    def money_el(tag: str, value: Decimal) -> Any:
        return w(tag, money(value), currencyID=cur)

    lines = [
        w(
            "ram:IncludedSupplyChainTradeLineItem",
            w("ram:AssociatedDocumentLineDocument", w("ram:LineID", li.line_id)),
            w(
                "ram:SpecifiedSupplyChainTradeAgreement",
                w("ram:NetPriceProductTradePrice", money_el("ram:ChargeAmount", li.price)),
            ),
            w(
                "ram:SpecifiedSupplyChainTradeDelivery",
                w("ram:BilledQuantity", num(li.quantity), unitCode=li.unit),
            ),
            w(
                "ram:SpecifiedSupplyChainTradeSettlement",
                w("ram:ApplicableTradeTax", _cii_standard_vat(w, li.rate, "ram:ApplicablePercent")),
                w(
                    "ram:SpecifiedTradeSettlementMonetarySummation",
                    money_el("ram:LineTotalAmount", li.total),
                ),
            ),
            _cii_product(w, li),
        )
        for li in doc.lines
    ]

    def party(w: Writer, p: PartyData) -> list[Any]:
        return [
            w("ram:ID", p.customer_number) if p.customer_number else None,
            w("ram:Name", p.name),
            _cii_address(w, p),
            w("ram:SpecifiedTaxRegistration", w("ram:ID", p.tax_number, schemeID="FC"))
            if p.tax_number
            else None,
            w("ram:SpecifiedTaxRegistration", w("ram:ID", p.vat, schemeID="VA")) if p.vat else None,
        ]

    children = [
        w(
            "rsm:SpecifiedExchangedDocumentContext",
            w(
                "ram:GuidelineSpecifiedDocumentContextParameter",
                w("ram:ID", f"urn:ferd:CrossIndustryDocument:invoice:1p0:{profile}"),
            ),
        ),
        w(
            "rsm:HeaderExchangedDocument",
            w("ram:ID", doc.number),
            w("ram:Name", "RECHNUNG"),
            w("ram:TypeCode", doc.type_code),
            _dt(w, "ram:IssueDateTime", doc.issue_date),
            [w("ram:IncludedNote", w("ram:Content", text)) for _s, text in doc.notes],
        ),
        w(
            "rsm:SpecifiedSupplyChainTradeTransaction",
            _cii_agreement(
                w, doc, "ram:ApplicableSupplyChainTradeAgreement", party, ref_id="ram:ID"
            ),
            _cii_delivery(
                w,
                doc,
                "ram:ApplicableSupplyChainTradeDelivery",
                "ram:ActualDeliverySupplyChainEvent",
                "ram:DeliveryNoteReferencedDocument",
                ref_id="ram:ID",
            ),
            w(
                "ram:ApplicableSupplyChainTradeSettlement",
                *_cii_credit_transfer(w, doc),
                [
                    w(
                        "ram:ApplicableTradeTax",
                        money_el("ram:CalculatedAmount", tax),
                        w("ram:TypeCode", "VAT"),
                        money_el("ram:BasisAmount", base),
                        w("ram:CategoryCode", "S"),
                        w("ram:ApplicablePercent", num(rate)),
                    )
                    for rate, base, tax in doc.taxes()
                ],
                _cii_allowance(
                    w, False, doc.allowance, "Treuerabatt", "95", "ram:ApplicablePercent"
                )
                if doc.allowance
                else None,
                _cii_allowance(w, True, doc.charge, "Fracht", "FC", "ram:ApplicablePercent")
                if doc.charge
                else None,
                _cii_payment_terms(w, doc),
                w(
                    "ram:SpecifiedTradeSettlementMonetarySummation",
                    money_el("ram:LineTotalAmount", doc.line_total),
                    money_el("ram:ChargeTotalAmount", doc.charge or Decimal(0)),
                    money_el("ram:AllowanceTotalAmount", doc.allowance or Decimal(0)),
                    money_el("ram:TaxBasisTotalAmount", doc.tax_basis),
                    money_el("ram:TaxTotalAmount", doc.tax_total),
                    money_el("ram:GrandTotalAmount", doc.grand_total),
                    money_el("ram:DuePayableAmount", doc.grand_total),
                ),
            ),
            lines,
        ),
    ]
    return serialise(_root(w, "rsm:CrossIndustryDocument", children))


def orderx(doc: Doc, type_code: str = "220", level: str = "comfort") -> bytes:
    """Order-X (``SCRDMCCBDACIOMessageStructure``): an order (220) the buyer sends, or the
    seller's response (231) to order ``doc.order_ref``."""
    w, cur = Writer(dict(OX)), doc.currency
    response = type_code == "231"
    lines = [
        w(
            "ram:IncludedSupplyChainTradeLineItem",
            w(
                "ram:AssociatedDocumentLineDocument",
                w("ram:LineID", li.line_id),
                w("ram:LineStatusCode", "5") if response else None,
            ),
            _cii_product(w, li),
            _cii_line_trade(
                w,
                li,
                lambda v: v,
                w("ram:RequestedQuantity", num(li.quantity), unitCode=li.unit),
                w("ram:AgreedQuantity", num(li.quantity), unitCode=li.unit) if response else None,
            ),
        )
        for li in doc.lines
    ]
    children = [
        w(
            "rsm:ExchangedDocumentContext",
            w("ram:BusinessProcessSpecifiedDocumentContextParameter", w("ram:ID", "A1")),
            w(
                "ram:GuidelineSpecifiedDocumentContextParameter",
                w("ram:ID", f"urn:order-x.eu:1p0:{level}"),
            ),
        ),
        w(
            "rsm:ExchangedDocument",
            w("ram:ID", doc.number),
            w("ram:TypeCode", type_code),
            w("ram:StatusCode", "29") if response else None,
            _dt(w, "ram:IssueDateTime", doc.issue_date),
            w("ram:PurposeCode", "9"),
            w("ram:RequestedResponseTypeCode", "AC") if not response else None,
        ),
        w(
            "rsm:SupplyChainTradeTransaction",
            lines,
            _cii_agreement(
                w,
                doc,
                "ram:ApplicableHeaderTradeAgreement",
                lambda w, p: _cii_party(w, p, legal=False),
                order_ref=response,
            ),
            _cii_delivery(
                w,
                doc,
                "ram:ApplicableHeaderTradeDelivery",
                "ram:RequestedDeliverySupplyChainEvent",
                None,
            ),
            w(
                "ram:ApplicableHeaderTradeSettlement",
                w("ram:OrderCurrencyCode", cur),
                # the basis below counts the document-level allowance and charge: state them
                _cii_allowance(w, False, doc.allowance, "Remise fidélité", "95")
                if doc.allowance
                else None,
                _cii_allowance(w, True, doc.charge, "Transport", "FC") if doc.charge else None,
                w("ram:SpecifiedTradePaymentTerms", w("ram:Description", doc.payment_terms)),
                _cii_header_totals(w, doc, lambda v: v, payable=False),
            ),
        ),
    ]
    return serialise(_root(w, "rsm:SCRDMCCBDACIOMessageStructure", children))


def facturx_pdf(xml: bytes, flavor: str = "factur-x", orderx_type: str = "order") -> bytes:
    """A one-page PDF with ``xml`` embedded the Factur-X / Order-X way (the ``factur-x``
    package checks the XML against its schema while it writes)."""
    from facturx import generate_from_binary

    return bytes(
        generate_from_binary(
            blank_pdf(), xml, flavor=flavor, orderx_type=orderx_type, check_xsd=True
        )
    )


def pdf_with_attachment(name: str, xml: bytes, text: str = "Rechnung") -> bytes:
    """A PDF carrying ``xml`` as an embedded file named ``name`` (ZUGFeRD 1.0, XRechnung)."""
    import io

    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    for page in PdfReader(io.BytesIO(blank_pdf(text))).pages:
        writer.add_page(page)
    writer.add_attachment(name, xml)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def blank_pdf(text: str = "Document") -> bytes:
    import io

    from reportlab.pdfgen.canvas import Canvas

    buf = io.BytesIO()
    c = Canvas(buf, invariant=1)
    c.drawString(72, 760, text)
    c.showPage()
    c.save()
    return buf.getvalue()
