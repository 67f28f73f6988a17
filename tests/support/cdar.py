"""Lifecycle status messages (CDAR) as a platform sends them, written by the tests in the
shape of the normative examples of XP Z12-012 annexe B (a platform, role WK, transmits the
status a party set; the seller is named by its SIREN in the reference)."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

from samples.einvoices import BUYER, SELLER, Writer, _root, serialise

CDAR = {
    "rsm": "urn:un:unece:uncefact:data:standard:CrossDomainAcknowledgementAndResponse:100",
    "ram": "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100",
    "qdt": "urn:un:unece:uncefact:data:standard:QualifiedDataType:100",
    "udt": "urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100",
}
LABELS = {"205": "Approuvée", "207": "En_litige", "210": "Refusée", "212": "Encaissée"}


def platform_status(
    *,
    invoice: str = "FA-2026-0117",
    invoice_date: date = date(2026, 9, 14),
    code: str = "210",
    seller_siren: str | None = SELLER.siren,
    setter: tuple[str, str, str] = (BUYER.siren or "", BUYER.name, "BY"),
    recipient: tuple[str, str, str, str] = (
        SELLER.siren or "",
        SELLER.name,
        "SE",
        SELLER.endpoint or "",
    ),
    reason_code: str | None = "TX_TVA_ERR",
    reason: str | None = "Taux de TVA erroné",
    action_code: str | None = "NIN",
    collected: list[tuple[Decimal, Decimal]] | None = None,
    message_id: str = "FA-2026-0117_210_20261002093000",
    at: datetime = datetime(2026, 10, 2, 9, 30),
) -> bytes:
    w = Writer(dict(CDAR))

    def stamp(tag: str, value: datetime) -> Any:
        return w(tag, w("udt:DateTimeString", value.strftime("%Y%m%d%H%M%S"), format="204"))

    detail = None
    if reason_code or collected or action_code:
        detail = w(
            "ram:SpecifiedDocumentStatus",
            w("ram:ReasonCode", reason_code) if reason_code else None,
            w("ram:Reason", reason) if reason else None,
            w("ram:RequestedActionCode", action_code) if action_code else None,
            w("ram:SequenceNumeric", "1"),
            [
                w(
                    "ram:SpecifiedDocumentCharacteristic",
                    w("ram:TypeCode", "MEN"),
                    w("ram:ValueChangedIndicator", w("udt:IndicatorString", "false")),
                    w("ram:ValueAmount", str(amount), currencyID="EUR"),
                    w("ram:ValuePercent", str(rate)),
                )
                for amount, rate in collected or []
            ],
        )
    children = [
        w(
            "rsm:ExchangedDocumentContext",
            w("ram:BusinessProcessSpecifiedDocumentContextParameter", w("ram:ID", "REGULATED")),
            w(
                "ram:GuidelineSpecifiedDocumentContextParameter",
                w("ram:ID", "urn.cpro.gouv.fr:1p0:CDV:invoice"),
            ),
        ),
        w(
            "rsm:ExchangedDocument",
            w("ram:ID", message_id),
            w("ram:Name", f"{invoice}-CDV-{code}_{LABELS.get(code, code)}"),
            stamp("ram:IssueDateTime", at),
            w("ram:SenderTradeParty", w("ram:RoleCode", "WK")),
            w(
                "ram:IssuerTradeParty",
                w("ram:GlobalID", setter[0], schemeID="0002"),
                w("ram:Name", setter[1]),
                w("ram:RoleCode", setter[2]),
            ),
            w(
                "ram:RecipientTradeParty",
                w("ram:GlobalID", recipient[0], schemeID="0002"),
                w("ram:Name", recipient[1]),
                w("ram:RoleCode", recipient[2]),
                w(
                    "ram:URIUniversalCommunication",
                    w("ram:URIID", recipient[3], schemeID="0225"),
                ),
            ),
        ),
        w(
            "rsm:AcknowledgementDocument",
            w("ram:MultipleReferencesIndicator", w("udt:Indicator", "false")),
            w("ram:TypeCode", "23"),
            stamp("ram:IssueDateTime", at),
            w(
                "ram:ReferenceReferencedDocument",
                w("ram:IssuerAssignedID", invoice),
                w("ram:TypeCode", "380"),
                w(
                    "ram:FormattedIssueDateTime",
                    w("qdt:DateTimeString", invoice_date.strftime("%Y%m%d"), format="102"),
                ),
                w("ram:ProcessConditionCode", code),
                w("ram:ProcessCondition", LABELS.get(code, code)),
                w("ram:IssuerTradeParty", w("ram:GlobalID", seller_siren, schemeID="0002"))
                if seller_siren
                else None,
                detail,
            ),
        ),
    ]
    return serialise(_root(w, "rsm:CrossDomainAcknowledgementAndResponse", children))
