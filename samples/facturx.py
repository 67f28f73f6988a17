"""Factur-X (CII, MINIMUM/BASIC WL profile) XML for a sample invoice, and the PDF/A-3 with
the XML embedded, built with the ``factur-x`` package."""

from __future__ import annotations

from xml.sax.saxutils import escape

from samples.content import Doc

TYPE_CODES = {"invoice": "380", "credit_note": "381"}


def cii_xml(doc: Doc, profile: str = "urn:factur-x.eu:1p0:basicwl") -> bytes:
    seller, buyer = doc.supplier, doc.customer
    cur = doc.currency
    due = ""
    if doc.due_date or doc.payment_terms:
        due = "<ram:SpecifiedTradePaymentTerms>"
        if doc.payment_terms:
            due += f"<ram:Description>{escape(doc.payment_terms)}</ram:Description>"
        if doc.due_date:
            due += (
                '<ram:DueDateDateTime><udt:DateTimeString format="102">'
                f"{doc.due_date:%Y%m%d}</udt:DateTimeString></ram:DueDateDateTime>"
            )
        due += "</ram:SpecifiedTradePaymentTerms>"
    means = ""
    if doc.iban:
        means = (
            "<ram:SpecifiedTradeSettlementPaymentMeans><ram:TypeCode>58</ram:TypeCode>"
            f"<ram:PayeePartyCreditorFinancialAccount><ram:IBANID>{doc.iban}</ram:IBANID>"
            "</ram:PayeePartyCreditorFinancialAccount></ram:SpecifiedTradeSettlementPaymentMeans>"
        )
    taxes = "".join(
        "<ram:ApplicableTradeTax>"
        f"<ram:CalculatedAmount>{amount}</ram:CalculatedAmount><ram:TypeCode>VAT</ram:TypeCode>"
        f"<ram:BasisAmount>{sum(li.total for li in doc.lines if li.tax_rate == rate)}</ram:BasisAmount>"  # noqa: E501
        f"<ram:CategoryCode>S</ram:CategoryCode><ram:RateApplicablePercent>{rate}</ram:RateApplicablePercent>"
        "</ram:ApplicableTradeTax>"
        for rate, amount in sorted(doc.tax_by_rate().items())
    )
    order = (
        f"<ram:BuyerOrderReferencedDocument><ram:IssuerAssignedID>{escape(doc.order_number)}"
        "</ram:IssuerAssignedID></ram:BuyerOrderReferencedDocument>"
        if doc.order_number
        else ""
    )
    country = seller.vat[:2]
    xml = f"""<?xml version="1.0" encoding="UTF-8"?>
<rsm:CrossIndustryInvoice
    xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100"
    xmlns:qdt="urn:un:unece:uncefact:data:standard:QualifiedDataType:100"
    xmlns:ram="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100"
    xmlns:udt="urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100">
<rsm:ExchangedDocumentContext><ram:GuidelineSpecifiedDocumentContextParameter><ram:ID>{profile}</ram:ID></ram:GuidelineSpecifiedDocumentContextParameter></rsm:ExchangedDocumentContext>
<rsm:ExchangedDocument>
<ram:ID>{escape(doc.number)}</ram:ID>
<ram:TypeCode>{TYPE_CODES.get(doc.doc_type, "380")}</ram:TypeCode>
<ram:IssueDateTime>
<udt:DateTimeString format="102">{doc.date:%Y%m%d}</udt:DateTimeString>
</ram:IssueDateTime>
</rsm:ExchangedDocument>
<rsm:SupplyChainTradeTransaction>
<ram:ApplicableHeaderTradeAgreement>
<ram:SellerTradeParty>
<ram:Name>{escape(seller.name)}</ram:Name>
<ram:PostalTradeAddress>
<ram:CountryID>{country}</ram:CountryID>
</ram:PostalTradeAddress>
<ram:SpecifiedTaxRegistration>
<ram:ID schemeID="VA">{seller.vat}</ram:ID>
</ram:SpecifiedTaxRegistration>
</ram:SellerTradeParty>
<ram:BuyerTradeParty><ram:Name>{escape(buyer.name)}</ram:Name></ram:BuyerTradeParty>
{order}
</ram:ApplicableHeaderTradeAgreement>
<ram:ApplicableHeaderTradeDelivery/>
<ram:ApplicableHeaderTradeSettlement><ram:InvoiceCurrencyCode>{cur}</ram:InvoiceCurrencyCode>{means}{taxes}{due}
<ram:SpecifiedTradeSettlementHeaderMonetarySummation>
<ram:LineTotalAmount>{doc.total_net}</ram:LineTotalAmount>
<ram:TaxBasisTotalAmount>{doc.total_net}</ram:TaxBasisTotalAmount>
<ram:TaxTotalAmount currencyID="{cur}">{doc.total_tax}</ram:TaxTotalAmount>
<ram:GrandTotalAmount>{doc.total_gross}</ram:GrandTotalAmount>
<ram:DuePayableAmount>{doc.total_gross}</ram:DuePayableAmount>
</ram:SpecifiedTradeSettlementHeaderMonetarySummation>
</ram:ApplicableHeaderTradeSettlement>
</rsm:SupplyChainTradeTransaction>
</rsm:CrossIndustryInvoice>
"""
    return xml.encode("utf-8")


def facturx_pdf(pdf: bytes, xml: bytes) -> bytes:
    """The PDF with the XML attached the Factur-X way (XSD-checked by the package)."""
    from facturx import generate_from_binary

    return bytes(generate_from_binary(pdf, xml, flavor="factur-x", check_xsd=True))
