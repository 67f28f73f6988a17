"""OASIS UBL 2.1 (Peppol BIS, XRechnung UBL, EN 16931 UBL binding): Invoice, CreditNote,
Order, OrderResponse and DespatchAdvice into an ``EDocument``."""

from __future__ import annotations

from decimal import Decimal

from einvoice import codes
from einvoice import model as em
from einvoice.xmlread import (
    Element,
    attr,
    find,
    findall,
    first,
    identifier,
    identifiers,
    in_currency,
    iso_date,
    number,
    text,
    texts,
)

# where each document keeps its parties, in order of preference
PARTIES: dict[str, dict[em.PartyRole, tuple[str, ...]]] = {
    "Invoice": {
        "seller": ("AccountingSupplierParty/Party",),
        "buyer": ("AccountingCustomerParty/Party",),
        "payee": ("PayeeParty",),
        "tax_representative": ("TaxRepresentativeParty",),
    },
    "Order": {
        "buyer": ("BuyerCustomerParty/Party",),
        "seller": ("SellerSupplierParty/Party",),
        "invoicee": ("AccountingCustomerParty/Party",),
    },
    "OrderResponse": {
        "seller": ("SellerSupplierParty/Party",),
        "buyer": ("BuyerCustomerParty/Party",),
        "invoicee": ("AccountingCustomerParty/Party",),
    },
    "DespatchAdvice": {
        "seller": ("SellerSupplierParty/Party", "DespatchSupplierParty/Party"),
        "buyer": ("BuyerCustomerParty/Party", "DeliveryCustomerParty/Party"),
        "ship_to": ("DeliveryCustomerParty/Party",),
    },
}
PARTIES["CreditNote"] = PARTIES["Invoice"]
# (line element, the element inside it holding the item, quantity element)
LINES = {
    "Invoice": ("InvoiceLine", ".", "InvoicedQuantity"),
    "CreditNote": ("CreditNoteLine", ".", "CreditedQuantity"),
    "Order": ("OrderLine", "LineItem", "Quantity"),
    "OrderResponse": ("OrderLine", "LineItem", "Quantity"),
    "DespatchAdvice": ("DespatchLine", ".", "DeliveredQuantity"),
}
DOC_REFS: tuple[tuple[str, em.RefKind], ...] = (
    ("OrderReference/ID", "order"),
    ("OrderReference/SalesOrderID", "sales_order"),
    ("DespatchDocumentReference/ID", "despatch_advice"),
    ("ReceiptDocumentReference/ID", "receiving_advice"),
    ("OriginatorDocumentReference/ID", "originator"),
    ("ContractDocumentReference/ID", "contract"),
    ("Contract/ID", "contract"),
    ("ProjectReference/ID", "project"),
    ("OrderDocumentReference/ID", "order"),
    ("QuotationDocumentReference/ID", "tender"),
)


def read(root: Element, name: str) -> em.EDocument:
    doc = em.EDocument(
        syntax="ubl",
        root=name,
        version=text(root, "UBLVersionID") or "2.1",
        kind=_kind(root, name),
        guideline=text(root, "CustomizationID"),
        business_process=text(root, "ProfileID"),
        type_code=_type_code(root, name),
        number=text(root, "ID"),
        issue_date=iso_date(text(root, "IssueDate")),
        due_date=iso_date(text(root, "DueDate") or text(root, "PaymentMeans/PaymentDueDate")),
        currency=text(root, "DocumentCurrencyCode") or text(root, "PricingCurrencyCode"),
        tax_currency=text(root, "TaxCurrencyCode"),
        buyer_reference=text(root, "BuyerReference") or text(root, "CustomerReference"),
        response_code=text(root, "OrderResponseCode"),
        notes=[em.Note(text=t) for t in texts(root, "Note")],
    )
    for role, paths in PARTIES[name].items():
        for spec in paths:
            node = find(root, spec)
            if node is not None:
                doc.parties.append(party(node, role))
                break
    buyer = doc.party("buyer")
    if buyer is not None:
        buyer.account_id = text(root, "BuyerCustomerParty/SupplierAssignedAccountID")
    _delivery(root, doc)
    doc.references = _references(root)
    doc.allowances_charges = [allowance_charge(n) for n in findall(root, "AllowanceCharge")]
    doc.taxes, doc.totals = _taxes(root, doc.currency), _totals(root, doc.currency)
    doc.payment_terms = "; ".join(texts(root, "PaymentTerms/Note")) or None
    doc.payment_means = [_payment_means(n) for n in findall(root, "PaymentMeans")]
    line_path, item_path, qty_name = LINES[name]
    doc.lines = [_line(n, item_path, qty_name) for n in findall(root, line_path)]
    return doc


def _kind(root: Element, name: str) -> em.Kind:
    if name == "CreditNote":
        return "credit_note"
    if name == "Invoice":
        code = text(root, "InvoiceTypeCode")
        return "credit_note" if code in codes.CREDIT_NOTE_CODES else "invoice"
    if name == "Order":
        return "order_change" if text(root, "OrderTypeCode") == "230" else "order"
    return "order_response" if name == "OrderResponse" else "despatch_advice"


def _type_code(root: Element, name: str) -> str | None:
    for spec in ("InvoiceTypeCode", "CreditNoteTypeCode", "OrderTypeCode"):
        code = text(root, spec)
        if code:
            return code
    return {"CreditNote": "381", "OrderResponse": "231", "DespatchAdvice": "351"}.get(name)


def party(node: Element, role: em.PartyRole) -> em.Party:
    legal = find(node, "PartyLegalEntity")
    trading = text(node, "PartyName/Name")
    p = em.Party(
        role=role,
        name=text(legal, "RegistrationName") or trading,
        trading_name=trading,
        ids=identifiers(node, "PartyIdentification/ID"),
        legal_ids=identifiers(node, "PartyLegalEntity/CompanyID"),
        address=address(find(node, "PostalAddress")),
        contact_name=text(node, "Contact/Name"),
        contact_phone=text(node, "Contact/Telephone"),
        contact_email=text(node, "Contact/ElectronicMail"),
    )
    p.endpoint = identifier(find(node, "EndpointID"))
    for scheme in findall(node, "PartyTaxScheme"):
        value = text(scheme, "CompanyID")
        if not value:
            continue
        tax_scheme = (text(scheme, "TaxScheme/ID") or "").upper()
        # BT-31/48 is the VAT registration; any other tax scheme (BT-32 "FC", "LOC" …)
        # is a registration, not a VAT id
        if (tax_scheme == "VAT" or attr(scheme, "CompanyID", "schemeID") == "VA") and not p.vat_id:
            p.vat_id = value
        else:
            p.tax_registrations.append(em.Identifier(value=value, scheme=tax_scheme or None))
    return p


def address(node: Element | None) -> em.Address | None:
    if node is None:
        return None
    lines = [
        t
        for t in (
            text(node, "StreetName"),
            text(node, "AdditionalStreetName"),
            *texts(node, "AddressLine/Line"),
        )
        if t
    ]
    addr = em.Address(
        lines=lines,
        postcode=text(node, "PostalZone"),
        city=text(node, "CityName"),
        subdivision=text(node, "CountrySubentity"),
        country=text(node, "Country/IdentificationCode"),
    )
    return addr if addr.printed() else None


def _delivery(root: Element, doc: em.EDocument) -> None:
    delivery = find(root, "Delivery")
    if delivery is None:
        delivery = find(root, "Shipment/Delivery")
    if delivery is None:
        return
    doc.delivery_date = (
        iso_date(text(delivery, "ActualDeliveryDate"))
        or iso_date(text(delivery, "RequestedDeliveryPeriod/StartDate"))
        or iso_date(text(delivery, "PromisedDeliveryPeriod/StartDate"))
        or iso_date(text(delivery, "EstimatedDeliveryPeriod/StartDate"))
    )
    place = first(delivery, "DeliveryLocation/Address", "DeliveryAddress")
    name = text(delivery, "DeliveryParty/PartyName/Name")
    if doc.party("ship_to") is None and (place is not None or name):
        location = identifier(find(delivery, "DeliveryLocation/ID"))
        doc.parties.append(
            em.Party(
                role="ship_to",
                name=name,
                ids=[location] if location else [],
                address=address(place),
            )
        )


def _references(root: Element) -> list[em.DocumentRef]:
    refs = [
        em.DocumentRef(kind=kind, id=value)
        for spec, kind in DOC_REFS
        for value in texts(root, spec)
    ]
    for node in findall(root, "BillingReference/InvoiceDocumentReference"):
        number_ = text(node, "ID")
        if number_:
            refs.append(
                em.DocumentRef(
                    kind="invoice", id=number_, issue_date=iso_date(text(node, "IssueDate"))
                )
            )
    for node in findall(root, "AdditionalDocumentReference"):
        number_ = text(node, "ID")
        if number_:
            refs.append(em.additional_ref(number_, text(node, "DocumentTypeCode")))
    return refs


def allowance_charge(node: Element) -> em.AllowanceCharge:
    return em.AllowanceCharge(
        charge=(text(node, "ChargeIndicator") or "").lower() == "true",
        amount=number(node, "Amount") or Decimal(0),
        base_amount=number(node, "BaseAmount"),
        percent=number(node, "MultiplierFactorNumeric"),
        reason=text(node, "AllowanceChargeReason"),
        reason_code=text(node, "AllowanceChargeReasonCode"),
        tax_category=text(node, "TaxCategory/ID"),
        tax_rate=number(node, "TaxCategory/Percent"),
    )


def _taxes(root: Element, currency: str | None) -> list[em.TaxBreakdown]:
    totals = findall(root, "TaxTotal")
    own, _ = in_currency([t for t in totals if find(t, "TaxAmount") is not None], currency)
    source = own if own is not None else (totals[0] if totals else None)
    return [
        em.TaxBreakdown(
            category=text(sub, "TaxCategory/ID"),
            rate=number(sub, "TaxCategory/Percent"),
            taxable_amount=number(sub, "TaxableAmount"),
            tax_amount=number(sub, "TaxAmount"),
            exemption_reason=text(sub, "TaxCategory/TaxExemptionReason"),
            exemption_code=text(sub, "TaxCategory/TaxExemptionReasonCode"),
        )
        for sub in findall(source, "TaxSubtotal")
    ]


def _totals(root: Element, currency: str | None) -> em.Totals:
    money = find(root, "LegalMonetaryTotal")
    if money is None:
        money = find(root, "AnticipatedMonetaryTotal")
    own, other = in_currency(findall(root, "TaxTotal/TaxAmount"), currency)
    return em.Totals(
        line_total=number(money, "LineExtensionAmount"),
        allowance_total=number(money, "AllowanceTotalAmount"),
        charge_total=number(money, "ChargeTotalAmount"),
        tax_basis=number(money, "TaxExclusiveAmount"),
        tax_total=number(own, "."),
        tax_total_in_tax_currency=number(other, "."),
        grand_total=number(money, "TaxInclusiveAmount"),
        prepaid=number(money, "PrepaidAmount"),
        rounding=number(money, "PayableRoundingAmount"),
        payable=number(money, "PayableAmount"),
    )


def _payment_means(node: Element) -> em.PaymentMeans:
    code = text(node, "PaymentMeansCode")
    return em.PaymentMeans(
        code=code,
        text=attr(node, "PaymentMeansCode", "name") or codes.PAYMENT_MEANS.get(code or ""),
        payment_id=text(node, "PaymentID"),
        iban=text(node, "PayeeFinancialAccount/ID"),
        account_name=text(node, "PayeeFinancialAccount/Name"),
        bic=text(node, "PayeeFinancialAccount/FinancialInstitutionBranch/ID"),
        debited_account=text(node, "PaymentMandate/PayerFinancialAccount/ID"),
        mandate_id=text(node, "PaymentMandate/ID"),
        card=text(node, "CardAccount/PrimaryAccountNumberID"),
    )


def _line(container: Element, item_path: str, qty_name: str) -> em.Line:
    node = container if item_path == "." else find(container, item_path)
    item = find(node, "Item")
    standard = find(item, "StandardItemIdentification/ID")
    price = find(node, "Price")
    rate_node = find(item, "ClassifiedTaxCategory")
    gross = number(price, "AllowanceCharge/BaseAmount")
    return em.Line(
        line_id=text(node, "ID"),
        seller_item_id=text(item, "SellersItemIdentification/ID"),
        buyer_item_id=text(item, "BuyersItemIdentification/ID"),
        standard_item_id=identifier(standard),
        name=text(item, "Name"),
        description=text(item, "Description"),
        quantity=number(node, qty_name),
        unit_code=attr(node, qty_name, "unitCode"),
        net_price=number(price, "PriceAmount"),
        gross_price=gross,
        price_base_quantity=number(price, "BaseQuantity"),
        line_total=number(node, "LineExtensionAmount"),
        tax_category=text(rate_node, "ID"),
        tax_rate=number(rate_node, "Percent"),
        allowances_charges=[allowance_charge(n) for n in findall(node, "AllowanceCharge")],
        order_line_ref=text(container, "OrderLineReference/LineID"),
        note=text(node, "Note") or text(container, "Note"),
        status_code=text(node, "LineStatusCode"),
    )
