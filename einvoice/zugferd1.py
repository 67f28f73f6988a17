"""ZUGFeRD 1.0 (``CrossIndustryDocument``, 2014-2019): the CII vocabulary of its time in
other containers (``HeaderExchangedDocument``, ``ApplicableSupplyChainTradeAgreement`` …),
read by the CII reader with these names."""

from __future__ import annotations

from einvoice import cii
from einvoice.model import EDocument
from einvoice.xmlread import Element

DIALECT = cii.Dialect(
    syntax="zugferd1",
    version="1.0",
    context="SpecifiedExchangedDocumentContext",
    header="HeaderExchangedDocument",
    transaction="SpecifiedSupplyChainTradeTransaction",
    agreement="ApplicableSupplyChainTradeAgreement",
    delivery="ApplicableSupplyChainTradeDelivery",
    settlement="ApplicableSupplyChainTradeSettlement",
    summation="SpecifiedTradeSettlementMonetarySummation",
    line_agreement="SpecifiedSupplyChainTradeAgreement",
    line_delivery="SpecifiedSupplyChainTradeDelivery",
    line_settlement="SpecifiedSupplyChainTradeSettlement",
    line_summation="SpecifiedTradeSettlementMonetarySummation",
    rate="ApplicablePercent",
    ref_id="ID",
)


def read(root: Element, name: str) -> EDocument:
    return cii.read(root, name, DIALECT)
