"""UN/CEFACT Cross Industry Invoice (D16B and D22B: Factur-X, ZUGFeRD 2, XRechnung CII,
EXTENDED-CTC-FR) into an ``EDocument``.

ZUGFeRD 1.0 and Order-X are the same vocabulary in other containers; their modules give a
``Dialect`` (the container and element names that differ) and reuse this reader.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from einvoice import codes
from einvoice import model as em
from einvoice.xmlread import (
    Element,
    attr,
    cii_date,
    find,
    findall,
    first,
    identifier,
    identifiers,
    in_currency,
    number,
    text,
    texts,
)


@dataclass(frozen=True)
class Dialect:
    syntax: em.Syntax = "cii"
    version: str | None = None
    context: str = "ExchangedDocumentContext"
    header: str = "ExchangedDocument"
    transaction: str = "SupplyChainTradeTransaction"
    agreement: str = "ApplicableHeaderTradeAgreement"
    delivery: str = "ApplicableHeaderTradeDelivery"
    settlement: str = "ApplicableHeaderTradeSettlement"
    summation: str = "SpecifiedTradeSettlementHeaderMonetarySummation"
    line_agreement: str = "SpecifiedLineTradeAgreement"
    line_delivery: str = "SpecifiedLineTradeDelivery"
    line_settlement: str = "SpecifiedLineTradeSettlement"
    line_summation: str = "SpecifiedTradeSettlementLineMonetarySummation"
    rate: str = "RateApplicablePercent"
    ref_id: str = "IssuerAssignedID"  # ZUGFeRD 1.0 writes ID
    quantities: tuple[str, ...] = ("BilledQuantity",)
    currencies: tuple[str, ...] = ("InvoiceCurrencyCode",)


CII = Dialect()
# (party element, the container it sits in: agreement, delivery or settlement)
PARTIES: tuple[tuple[em.PartyRole, str, str], ...] = (
    ("seller", "agreement", "SellerTradeParty"),
    ("buyer", "agreement", "BuyerTradeParty"),
    ("tax_representative", "agreement", "SellerTaxRepresentativeTradeParty"),
    ("ship_to", "delivery", "ShipToTradeParty"),
    ("payee", "settlement", "PayeeTradeParty"),
    ("invoicee", "settlement", "InvoiceeTradeParty"),
)
# (container, referenced document element, kind)
REFS: tuple[tuple[str, str, em.RefKind], ...] = (
    ("agreement", "BuyerOrderReferencedDocument", "order"),
    ("agreement", "SellerOrderReferencedDocument", "sales_order"),
    ("agreement", "ContractReferencedDocument", "contract"),
    ("agreement", "CustomerOrderReferencedDocument", "order"),
    ("agreement", "QuotationReferencedDocument", "tender"),
    ("delivery", "DespatchAdviceReferencedDocument", "despatch_advice"),
    ("delivery", "DeliveryNoteReferencedDocument", "despatch_advice"),
    ("delivery", "ReceivingAdviceReferencedDocument", "receiving_advice"),
    ("settlement", "InvoiceReferencedDocument", "invoice"),
)


def read(root: Element, name: str, dialect: Dialect = CII) -> em.EDocument:
    d = dialect
    context, header = find(root, d.context), find(root, d.header)
    trade = find(root, d.transaction)
    blocks = {
        "agreement": find(trade, d.agreement),
        "delivery": find(trade, d.delivery),
        "settlement": find(trade, d.settlement),
    }
    agreement, delivery, settlement = blocks["agreement"], blocks["delivery"], blocks["settlement"]
    type_code = text(header, "TypeCode")
    currency = next((c for c in (text(settlement, n) for n in d.currencies) if c), None)
    doc = em.EDocument(
        syntax=d.syntax,
        root=name,
        version=d.version,
        kind=kind_of(type_code, d.syntax),
        guideline=text(context, "GuidelineSpecifiedDocumentContextParameter/ID"),
        business_process=text(context, "BusinessProcessSpecifiedDocumentContextParameter/ID"),
        type_code=type_code,
        number=text(header, "ID"),
        issue_date=cii_date(find(header, "IssueDateTime")),
        language=text(header, "LanguageID"),
        currency=currency,
        tax_currency=text(settlement, "TaxCurrencyCode"),
        buyer_reference=text(agreement, "BuyerReference"),
        notes=[
            em.Note(text=t, subject=text(n, "SubjectCode"))
            for n in findall(header, "IncludedNote")
            if (t := " ".join(texts(n, "Content")))
        ],
    )
    for role, where, element in PARTIES:
        node = find(blocks[where], element)
        if node is not None:
            doc.parties.append(party(node, role))
    doc.delivery_date = cii_date(
        first(
            delivery,
            "ActualDeliverySupplyChainEvent/OccurrenceDateTime",
            "RequestedDeliverySupplyChainEvent/OccurrenceDateTime",
        )
    )
    doc.references = _references(blocks, d)
    doc.references += [
        em.DocumentRef(kind="project", id=v)
        for v in texts(agreement, "SpecifiedProcuringProject/ID")
    ]
    doc.allowances_charges = [
        allowance_charge(n, d) for n in findall(settlement, "SpecifiedTradeAllowanceCharge")
    ]
    doc.allowances_charges += [
        em.AllowanceCharge(
            charge=True,
            amount=number(n, "AppliedAmount") or Decimal(0),
            reason=text(n, "Description"),
            tax_category=text(n, "AppliedTradeTax/CategoryCode"),
            tax_rate=number(n, f"AppliedTradeTax/{d.rate}"),
        )
        for n in findall(settlement, "SpecifiedLogisticsServiceCharge")  # ZUGFeRD 1.0
    ]
    doc.taxes = [
        em.TaxBreakdown(
            category=text(t, "CategoryCode"),
            rate=number(t, d.rate),
            taxable_amount=number(t, "BasisAmount"),
            tax_amount=number(t, "CalculatedAmount"),
            exemption_reason=text(t, "ExemptionReason"),
            exemption_code=text(t, "ExemptionReasonCode"),
        )
        for t in findall(settlement, "ApplicableTradeTax")
    ]
    doc.totals = _totals(find(settlement, d.summation), currency)
    terms = findall(settlement, "SpecifiedTradePaymentTerms")
    doc.payment_terms = "; ".join(t for n in terms for t in texts(n, "Description")) or None
    doc.due_date = next((dt for n in terms if (dt := cii_date(find(n, "DueDateDateTime")))), None)
    mandate = next((m for n in terms if (m := text(n, "DirectDebitMandateID"))), None)
    doc.payment_means = [
        _payment_means(n, settlement, mandate)
        for n in findall(settlement, "SpecifiedTradeSettlementPaymentMeans")
    ]
    doc.lines = [_line(n, d) for n in findall(trade, "IncludedSupplyChainTradeLineItem")]
    return doc


def kind_of(type_code: str | None, syntax: em.Syntax) -> em.Kind:
    if type_code in codes.ORDER_RESPONSE_CODES:
        return "order_response"
    if type_code in codes.ORDER_CHANGE_CODES:
        return "order_change"
    if syntax == "order-x" or type_code in codes.ORDER_CODES:
        return "order"
    return "credit_note" if type_code in codes.CREDIT_NOTE_CODES else "invoice"


def party(node: Element, role: em.PartyRole) -> em.Party:
    legal = find(node, "SpecifiedLegalOrganization")
    p = em.Party(
        role=role,
        name=text(node, "Name"),
        trading_name=text(legal, "TradingBusinessName"),
        ids=identifiers(node, "ID", "GlobalID"),
        address=address(find(node, "PostalTradeAddress")),
        contact_name=text(node, "DefinedTradeContact/PersonName"),
        contact_phone=text(
            node, "DefinedTradeContact/TelephoneUniversalCommunication/CompleteNumber"
        ),
        contact_email=text(node, "DefinedTradeContact/EmailURIUniversalCommunication/URIID"),
    )
    if legal_id := identifier(find(legal, "ID")):
        p.legal_ids.append(legal_id)
    p.endpoint = identifier(find(node, "URIUniversalCommunication/URIID"))
    for el in findall(node, "SpecifiedTaxRegistration/ID"):
        value = text(el)
        if not value:
            continue
        scheme = (el.get("schemeID") or "").strip().upper() or None
        # only "VA" is a VAT id (BT-31); "FC" is a (German) tax number (BT-32) and stays one
        if scheme == "VA" and not p.vat_id:
            p.vat_id = value
        else:
            p.tax_registrations.append(em.Identifier(value=value, scheme=scheme))
    return p


def address(node: Element | None) -> em.Address | None:
    if node is None:
        return None
    addr = em.Address(
        lines=texts(node, "LineOne") + texts(node, "LineTwo") + texts(node, "LineThree"),
        postcode=text(node, "PostcodeCode"),
        city=text(node, "CityName"),
        subdivision=text(node, "CountrySubDivisionName"),
        country=text(node, "CountryID"),
    )
    return addr if addr.printed() else None


def _references(blocks: dict[str, Element | None], d: Dialect) -> list[em.DocumentRef]:
    refs = []
    for where, element, kind in REFS:
        for node in findall(blocks[where], element):
            value = text(node, d.ref_id) or text(node, "ID") or text(node, "IssuerAssignedID")
            if value:
                refs.append(
                    em.DocumentRef(
                        kind=kind,
                        id=value,
                        issue_date=cii_date(first(node, "FormattedIssueDateTime", "IssueDateTime")),
                    )
                )
    for node in findall(blocks["agreement"], "AdditionalReferencedDocument"):
        value = text(node, d.ref_id) or text(node, "ID")
        code = text(node, "TypeCode")
        if value:
            refs.append(em.additional_ref(value, code))
    return refs


def allowance_charge(node: Element, d: Dialect) -> em.AllowanceCharge:
    return em.AllowanceCharge(
        charge=(text(node, "ChargeIndicator/Indicator") or "").lower() == "true",
        amount=number(node, "ActualAmount") or Decimal(0),
        base_amount=number(node, "BasisAmount"),
        percent=number(node, "CalculationPercent"),
        reason=text(node, "Reason"),
        reason_code=text(node, "ReasonCode"),
        tax_category=text(node, "CategoryTradeTax/CategoryCode"),
        tax_rate=number(node, f"CategoryTradeTax/{d.rate}"),
    )


def _totals(node: Element | None, currency: str | None) -> em.Totals:
    own, other = in_currency(findall(node, "TaxTotalAmount"), currency)
    return em.Totals(
        line_total=number(node, "LineTotalAmount"),
        allowance_total=number(node, "AllowanceTotalAmount"),
        charge_total=number(node, "ChargeTotalAmount"),
        tax_basis=number(node, "TaxBasisTotalAmount"),
        tax_total=number(own, "."),
        tax_total_in_tax_currency=number(other, "."),
        grand_total=number(node, "GrandTotalAmount"),
        prepaid=number(node, "TotalPrepaidAmount"),
        rounding=number(node, "RoundingAmount"),
        payable=number(node, "DuePayableAmount"),
    )


def _payment_means(
    node: Element, settlement: Element | None, mandate: str | None
) -> em.PaymentMeans:
    code = text(node, "TypeCode")
    return em.PaymentMeans(
        code=code,
        text=text(node, "Information") or codes.PAYMENT_MEANS.get(code or ""),
        payment_id=text(settlement, "PaymentReference"),
        iban=text(node, "PayeePartyCreditorFinancialAccount/IBANID")
        or text(node, "PayeePartyCreditorFinancialAccount/ProprietaryID"),
        account_name=text(node, "PayeePartyCreditorFinancialAccount/AccountName"),
        bic=text(node, "PayeeSpecifiedCreditorFinancialInstitution/BICID"),
        debited_account=text(node, "PayerPartyDebtorFinancialAccount/IBANID"),
        mandate_id=mandate,
        card=text(node, "ApplicableTradeSettlementFinancialCard/ID"),
    )


def _line(node: Element, d: Dialect) -> em.Line:
    doc_line = find(node, "AssociatedDocumentLineDocument")
    product = find(node, "SpecifiedTradeProduct")
    agreement, delivery = find(node, d.line_agreement), find(node, d.line_delivery)
    settlement = find(node, d.line_settlement)
    quantity = next((q for q in (find(delivery, n) for n in d.quantities) if q is not None), None)
    net = find(agreement, "NetPriceProductTradePrice")
    tax = find(settlement, "ApplicableTradeTax")
    standard = find(product, "GlobalID")
    return em.Line(
        line_id=text(doc_line, "LineID"),
        seller_item_id=text(product, "SellerAssignedID"),
        buyer_item_id=text(product, "BuyerAssignedID"),
        standard_item_id=identifier(standard),
        name=text(product, "Name"),
        description=text(product, "Description"),
        quantity=number(quantity, "."),
        unit_code=attr(quantity, ".", "unitCode"),
        net_price=number(net, "ChargeAmount"),
        gross_price=number(agreement, "GrossPriceProductTradePrice/ChargeAmount"),
        price_base_quantity=number(net, "BasisQuantity"),
        line_total=number(settlement, f"{d.line_summation}/LineTotalAmount"),
        tax_category=text(tax, "CategoryCode"),
        tax_rate=number(tax, d.rate),
        allowances_charges=[
            allowance_charge(n, d) for n in findall(settlement, "SpecifiedTradeAllowanceCharge")
        ],
        order_line_ref=text(agreement, "BuyerOrderReferencedDocument/LineID"),
        note=" ".join(texts(doc_line, "IncludedNote/Content")) or None,
        status_code=text(doc_line, "LineStatusCode"),
    )
