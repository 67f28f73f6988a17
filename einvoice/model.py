"""One model for every e-invoice and e-order syntax (UBL, CII, ZUGFeRD 1.0, Order-X).

Each syntax module reads its XML into an ``EDocument``; ``mapping`` turns that into the
fields, lines and references of an ``ExtractionResult``. The model keeps what the contract
has no room for (every party identifier with its scheme, line ids, allowances and charges,
the VAT breakdown, payment means, the validation findings) so that later stages (lifecycle
statuses, order responses, the archive) work from it without reading the XML again.

Amounts are ``Decimal`` exactly as written in the XML (signs included); only the mapping
to the contract makes a credit positive.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Literal

from pydantic import BaseModel, Field, computed_field

Syntax = Literal["ubl", "cii", "zugferd1", "order-x"]
Kind = Literal[
    "invoice", "credit_note", "order", "order_change", "order_response", "despatch_advice"
]
PartyRole = Literal["seller", "buyer", "payee", "ship_to", "invoicee", "tax_representative"]
RefKind = Literal[
    "order", "sales_order", "despatch_advice", "receiving_advice", "invoice", "contract",
    "project", "originator", "tender", "additional",
]  # fmt: skip


class Identifier(BaseModel):
    """A value with the scheme that says what it is (``VA`` VAT, ``FC`` a tax number,
    ``0002`` SIREN, ``0009`` SIRET, ``0088`` GLN, ``EM`` e-mail…); ``None`` when unsaid."""

    value: str
    scheme: str | None = None


class Address(BaseModel):
    lines: list[str] = Field(default_factory=list)
    postcode: str | None = None
    city: str | None = None
    subdivision: str | None = None
    country: str | None = None

    def printed(self) -> str:
        """The address as printed after a party's name: lines, postcode and city, country."""
        town = " ".join(p for p in (self.postcode, self.city) if p)
        return ", ".join(p for p in (*self.lines, town, self.country) if p)


class Party(BaseModel):
    role: PartyRole
    name: str | None = None
    trading_name: str | None = None
    ids: list[Identifier] = Field(default_factory=list)  # party ids (BT-29/46), GLN …
    legal_ids: list[Identifier] = Field(default_factory=list)  # BT-30/47: SIREN, HRB …
    vat_id: str | None = None  # only a VAT registration (CII "VA", UBL TaxScheme "VAT")
    tax_registrations: list[Identifier] = Field(default_factory=list)  # the others ("FC" …)
    endpoint: Identifier | None = None  # electronic address (BT-34/49)
    address: Address | None = None
    contact_name: str | None = None
    contact_phone: str | None = None
    contact_email: str | None = None
    account_id: str | None = None  # UBL SupplierAssignedAccountID: our number for the buyer


class DocumentRef(BaseModel):
    kind: RefKind
    id: str
    issue_date: date | None = None
    type_code: str | None = None
    line_id: str | None = None


def additional_ref(value: str, type_code: str | None) -> DocumentRef:
    """An additional referenced document (BG-24, BT-17/18): a tender or lot when its type
    code is 50, as both syntaxes state it, else a supporting document."""
    kind: RefKind = "tender" if type_code == "50" else "additional"
    return DocumentRef(kind=kind, id=value, type_code=type_code)


class AllowanceCharge(BaseModel):
    charge: bool  # False: an allowance (a discount), True: a charge
    amount: Decimal
    base_amount: Decimal | None = None
    percent: Decimal | None = None
    reason: str | None = None
    reason_code: str | None = None
    tax_category: str | None = None
    tax_rate: Decimal | None = None


class TaxBreakdown(BaseModel):
    category: str | None = None
    rate: Decimal | None = None
    taxable_amount: Decimal | None = None
    tax_amount: Decimal | None = None
    exemption_reason: str | None = None
    exemption_code: str | None = None


class PaymentMeans(BaseModel):
    code: str | None = None  # UNTDID 4461: 30/58 transfer, 59 direct debit, 48 card …
    text: str | None = None
    payment_id: str | None = None  # remittance information (BT-83)
    iban: str | None = None  # account to be paid (credit transfer)
    account_name: str | None = None
    bic: str | None = None
    debited_account: str | None = None  # direct debit: the buyer's account (BT-91)
    mandate_id: str | None = None
    card: str | None = None


class Totals(BaseModel):
    line_total: Decimal | None = None  # BT-106 Σ line net amounts
    allowance_total: Decimal | None = None  # BT-107
    charge_total: Decimal | None = None  # BT-108
    tax_basis: Decimal | None = None  # BT-109 total without VAT
    tax_total: Decimal | None = None  # BT-110 in the document currency
    tax_total_in_tax_currency: Decimal | None = None  # BT-111
    grand_total: Decimal | None = None  # BT-112 total with VAT
    prepaid: Decimal | None = None  # BT-113
    rounding: Decimal | None = None  # BT-114
    payable: Decimal | None = None  # BT-115


class Line(BaseModel):
    line_id: str | None = None  # BT-126: what order responses and lifecycle refer to
    seller_item_id: str | None = None
    buyer_item_id: str | None = None
    standard_item_id: Identifier | None = None  # GTIN …
    name: str | None = None
    description: str | None = None
    quantity: Decimal | None = None
    unit_code: str | None = None  # UN/ECE rec. 20 (C62, KGM …)
    net_price: Decimal | None = None  # BT-146, per ``price_base_quantity`` units
    gross_price: Decimal | None = None
    price_base_quantity: Decimal | None = None
    line_total: Decimal | None = None  # BT-131
    tax_category: str | None = None
    tax_rate: Decimal | None = None
    allowances_charges: list[AllowanceCharge] = Field(default_factory=list)
    order_line_ref: str | None = None
    note: str | None = None
    status_code: str | None = None  # order responses: accepted, changed, rejected per line

    @property
    def unit_price(self) -> Decimal | None:
        """Net price of one unit (the XML may price per 10, per 100 …)."""
        if self.net_price is None:
            return None
        base = self.price_base_quantity
        return self.net_price / base if base not in (None, 0) else self.net_price


class Note(BaseModel):
    text: str
    subject: str | None = None  # UNTDID 4451 (AAB, PMT, PMD, BAR …)


class EDocument(BaseModel):
    syntax: Syntax
    root: str  # the root element's local name ("Invoice", "CrossIndustryInvoice" …)
    version: str | None = None  # "2.1", "D16B", "D22B", "1.0" …
    kind: Kind
    guideline: str | None = None  # BT-24 specification identifier / UBL CustomizationID
    business_process: str | None = None  # BT-23 (French billing mode: S1, B1 …)
    profile: str | None = None  # short name of the guideline (en16931, extended, xrechnung …)
    type_code: str | None = None  # UNTDID 1001 (380, 381 …; 220, 231 for orders)
    number: str | None = None
    issue_date: date | None = None
    due_date: date | None = None
    delivery_date: date | None = None  # actual delivery, or the one asked for on an order
    currency: str | None = None
    tax_currency: str | None = None
    buyer_reference: str | None = None  # BT-10
    language: str | None = None
    response_code: str | None = None  # order responses (UBL OrderResponseCode, Order-X)
    notes: list[Note] = Field(default_factory=list)
    parties: list[Party] = Field(default_factory=list)
    references: list[DocumentRef] = Field(default_factory=list)
    allowances_charges: list[AllowanceCharge] = Field(default_factory=list)
    taxes: list[TaxBreakdown] = Field(default_factory=list)
    totals: Totals = Field(default_factory=Totals)
    payment_terms: str | None = None
    payment_means: list[PaymentMeans] = Field(default_factory=list)
    lines: list[Line] = Field(default_factory=list)

    def party(self, role: PartyRole) -> Party | None:
        return next((p for p in self.parties if p.role == role), None)

    def refs(self, kind: RefKind) -> list[DocumentRef]:
        return [r for r in self.references if r.kind == kind]


FindingFlag = Literal["fatal", "warning", "information"]
RuleFamily = Literal["xsd", "en16931", "br-fr", "runtime"]


class Finding(BaseModel):
    """One broken rule: which (``BR-CO-14``, ``BR-FR-10_BT-30``, ``XSD``), how bad, what it
    means in words, and where in the XML."""

    rule: str
    flag: FindingFlag
    message: str
    family: RuleFamily
    location: str | None = None

    @classmethod
    def not_checked(cls, what: str, error: object) -> Finding:
        """A set of rules the engine could not run (a timeout, a crash): a warning, and the
        validation is not complete."""
        return cls(
            rule="NOT-CHECKED",
            flag="warning",
            family="runtime",
            message=f"The {what} could not be checked: {error}",
        )


class Validation(BaseModel):
    """What was checked and what failed. ``complete`` is False when a check could not run
    (a timeout, a crash of the rule engine): such a document is not taken as valid."""

    checked: list[str] = Field(default_factory=list)  # artefacts run, with their version
    skipped: list[str] = Field(default_factory=list)  # not applicable here, and why
    findings: list[Finding] = Field(default_factory=list)
    complete: bool = True

    @property
    def fatal(self) -> list[Finding]:
        return [f for f in self.findings if f.flag == "fatal"]

    @computed_field  # type: ignore[prop-decorator]
    @property
    def passed(self) -> bool:
        return self.complete and not self.fatal
