"""An invoice's decision as the French lifecycle status the platforms exchange (a CDAR
message, UN/CEFACT D22B, profile ``urn.cpro.gouv.fr:1p0:CDV:invoice``), and the webhook
payload that carries it.

Who sends what (XP Z12-012): the buyer approves (205), approves in part (206), disputes
(207), suspends (208), refuses (210) and says it has paid (211); the seller says it has been
paid (212). 206, 207, 208 and 210 need a reason from the closed list the BR-FR-CDV rules
give for each; 212 needs the amount collected per VAT rate.

Pure: facts in, ``CdarMessage`` and bytes out. ``einvoice.cdar`` reads the same
model back, and ``einvoice.validation.cdar`` checks the bytes before they leave.
"""

from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from decimal import ROUND_HALF_UP, Decimal
from typing import Any, Literal

from lxml import etree

from einvoice.cdar import (
    GUIDELINE,
    NS,
    PROCESSING,
    CdarMessage,
    CdarParty,
    Characteristic,
    StatusDetail,
    StatusReference,
    siren_of,
    status_label,
)
from einvoice.model import EDocument, Identifier, Party
from models.errors import InvalidInput
from outbound.outbox import safe_name
from outbound.xml_writer import ElementWriter, amount_text

Role = Literal["buyer", "seller"]
RAM = "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100"
UDT = "urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100"
QDT = "urn:un:unece:uncefact:data:standard:QualifiedDataType:100"
NSMAP: dict[str | None, str] = {"rsm": NS, "ram": RAM, "qdt": QDT, "udt": UDT}
SIREN_SCHEME = "0002"
ROUTING_SCHEME = "0225"  # the French directory's electronic addresses
CENT = Decimal("0.01")

# what orderdesk sends, and from which side of the invoice
BUYER_STATUSES = ("205", "206", "207", "208", "210", "211")
SELLER_STATUSES = ("212",)
NEEDS_REASON = frozenset({"206", "207", "208", "210"})  # BR-FR-CDV-15
# MDT-113: the reasons each status accepts (BR-FR-CDV-CL-09, rules 1.4.0)
ALLOWED_REASONS: dict[str, tuple[str, ...]] = {
    "206": ("AUTRE", "CMD_ERR", "SIRET_ERR", "CODE_ROUTAGE_ERR", "REF_CT_ABSENT", "REF_ERR",
            "PU_ERR", "REM_ERR", "QTE_ERR", "ART_ERR", "MODPAI_ERR", "QUALITE_ERR",
            "LIVR_INCOMP"),
    "207": ("AUTRE", "COORD_BANC_ERR", "TX_TVA_ERR", "MONTANTTOTAL_ERR", "CALCUL_ERR",
            "NON_CONFORME", "DOUBLON", "DEST_INC", "DEST_ERR", "TRANSAC_INC", "EMMET_INC",
            "CONTRAT_TERM", "DOUBLE_FACT", "CMD_ERR", "ADR_ERR", "SIRET_ERR",
            "CODE_ROUTAGE_ERR", "REF_CT_ABSENT", "REF_ERR", "PU_ERR", "REM_ERR", "QTE_ERR",
            "ART_ERR", "MODPAI_ERR", "QUALITE_ERR", "LIVR_INCOMP"),
    "208": ("JUSTIF_ABS", "COORD_BANC_ERR", "CMD_ERR", "SIRET_ERR", "CODE_ROUTAGE_ERR",
            "REF_CT_ABSENT", "REF_ERR"),
    "210": ("TX_TVA_ERR", "MONTANTTOTAL_ERR", "CALCUL_ERR", "NON_CONFORME", "DOUBLON",
            "DEST_ERR", "TRANSAC_INC", "EMMET_INC", "CONTRAT_TERM", "DOUBLE_FACT", "CMD_ERR",
            "ADR_ERR", "REF_CT_ABSENT"),
}  # fmt: skip
REASONS: dict[str, str] = {
    "TX_TVA_ERR": "Taux de TVA erroné",
    "MONTANTTOTAL_ERR": "Montant total erroné",
    "CALCUL_ERR": "Erreur de calcul",
    "NON_CONFORME": "Facture non conforme",
    "DOUBLON": "Facture en doublon",
    "DEST_INC": "Destinataire inconnu",
    "DEST_ERR": "Destinataire erroné",
    "TRANSAC_INC": "Transaction inconnue",
    "EMMET_INC": "Émetteur inconnu",
    "CONTRAT_TERM": "Contrat terminé",
    "DOUBLE_FACT": "Double facturation",
    "CMD_ERR": "Référence de commande erronée ou absente",
    "ADR_ERR": "Adresse erronée",
    "SIRET_ERR": "SIRET erroné ou absent",
    "CODE_ROUTAGE_ERR": "Code de routage erroné",
    "REF_CT_ABSENT": "Référence contractuelle absente",
    "REF_ERR": "Référence erronée",
    "PU_ERR": "Prix unitaire erroné",
    "REM_ERR": "Remise erronée",
    "QTE_ERR": "Quantité facturée erronée",
    "ART_ERR": "Article facturé erroné",
    "MODPAI_ERR": "Modalités de paiement erronées",
    "QUALITE_ERR": "Qualité non conforme",
    "LIVR_INCOMP": "Livraison incomplète",
    "JUSTIF_ABS": "Justificatif absent",
    "COORD_BANC_ERR": "Coordonnées bancaires erronées",
    "AUTRE": "Autre motif",
}
# MDT-121: what the sender of a status asks the seller to do (BR-FR-CDV-CL-10)
ACTIONS: dict[str, str] = {
    "NOA": "Aucune action requise",
    "PIN": "Information complémentaire requise",
    "NIN": "Émettre une facture rectificative",
    "CNF": "Émettre un avoir total",
    "CNP": "Émettre un avoir partiel",
    "CNA": "Rembourser le paiement",
    "OTH": "Autre action",
}


class LifecycleError(InvalidInput):
    """A status cannot be written for this invoice; the message says what is missing."""

    code = "lifecycle_status"


@dataclass(frozen=True)
class InvoiceFacts:
    """What a status needs to know about its invoice."""

    number: str
    issue_date: date
    type_code: str
    seller: CdarParty
    buyer: CdarParty
    currency: str | None = None
    received_at: datetime | None = None  # MDT-95: when the status setter got the invoice
    # (VAT rate, amount with VAT) per rate, to split a payment as 212 asks
    vat_shares: tuple[tuple[Decimal, Decimal], ...] = ()


@dataclass(frozen=True)
class StatusRequest:
    """One status to say: its code, when it was set (MDT-78), and what goes with it."""

    code: str
    set_at: datetime
    reason_code: str | None = None
    reason: str | None = None
    action_code: str | None = None
    action: str | None = None
    note: str | None = None
    amount: Decimal | None = None  # 211 paid, 212 collected (with VAT)
    characteristics: tuple[Characteristic, ...] = field(default_factory=tuple)


def party_of(party: Party | None, role: str) -> CdarParty:
    """An invoice party as a CDAR party: its SIREN (MDT-38/57), name, and electronic address
    (BT-34/49; by default its SIREN in the French directory, scheme 0225)."""
    if party is None:
        return CdarParty(role=role)
    siren = siren_of(party)
    endpoint = party.endpoint
    if endpoint is None and siren:
        endpoint = Identifier(value=siren, scheme=ROUTING_SCHEME)
    return CdarParty(
        role=role,
        name=party.name,
        ids=[Identifier(value=siren, scheme=SIREN_SCHEME)] if siren else [],
        endpoint=endpoint,
    )


def invoice_facts(doc: EDocument, received_at: datetime | None = None) -> InvoiceFacts:
    """The facts of an e-invoice read from its XML; ``LifecycleError`` when the invoice lacks
    what every status must carry (its number, date, and the seller's SIREN)."""
    if not doc.number:
        raise LifecycleError("the invoice has no number (BT-1)")
    if doc.issue_date is None:
        raise LifecycleError(f"invoice {doc.number} has no issue date (BT-2)")
    seller = party_of(doc.party("seller"), "SE")
    if seller.id_for(SIREN_SCHEME) is None:
        raise LifecycleError(
            f"the seller of invoice {doc.number} has no SIREN (legal id scheme 0002, SIRET or "
            "French VAT id): French lifecycle statuses are for invoices of French sellers"
        )
    shares: list[tuple[Decimal, Decimal]] = []
    for tax in doc.taxes:
        if tax.rate is not None and tax.taxable_amount is not None:
            shares.append((tax.rate, abs(tax.taxable_amount + (tax.tax_amount or Decimal(0)))))
    return InvoiceFacts(
        number=doc.number,
        issue_date=doc.issue_date,
        type_code=doc.type_code or ("381" if doc.kind == "credit_note" else "380"),
        seller=seller,
        buyer=party_of(doc.party("buyer"), "BY"),
        currency=doc.currency,
        received_at=received_at,
        vat_shares=tuple(shares),
    )


def split_by_rate(
    amount: Decimal, shares: tuple[tuple[Decimal, Decimal], ...]
) -> list[tuple[Decimal, Decimal]]:
    """A payment spread over the invoice's VAT rates in proportion to each rate's amount
    with VAT (the cents left by rounding go to the last rate)."""
    total = sum((gross for _, gross in shares), Decimal(0))
    if not shares or total == 0:
        raise LifecycleError("the invoice has no VAT breakdown to spread the payment over")
    out: list[tuple[Decimal, Decimal]] = []
    left = amount
    for i, (rate, gross) in enumerate(shares):
        part = (
            left if i == len(shares) - 1 else (amount * gross / total).quantize(CENT, ROUND_HALF_UP)
        )
        out.append((rate, part))
        left -= part
    return out


def check_request(request: StatusRequest, role: Role) -> None:
    code = request.code
    allowed = BUYER_STATUSES if role == "buyer" else SELLER_STATUSES
    if code not in allowed:
        side = "the buyer" if role == "buyer" else "the seller"
        raise LifecycleError(
            f"status {code} ({status_label(code)}) is not one {side} of an invoice sends; "
            f"{side} sends {', '.join(allowed)}"
        )
    if code in NEEDS_REASON:
        if not request.reason_code:
            raise LifecycleError(
                f"status {code} ({status_label(code)}) needs a reason code, one of "
                + ", ".join(ALLOWED_REASONS[code])
            )
        if request.reason_code not in ALLOWED_REASONS[code]:
            raise LifecycleError(
                f"reason {request.reason_code} is not allowed with status {code} "
                f"({status_label(code)}); use one of {', '.join(ALLOWED_REASONS[code])}"
            )
    if request.action_code and request.action_code not in ACTIONS:
        raise LifecycleError(
            f"requested action {request.action_code} is unknown; use one of {', '.join(ACTIONS)}"
        )
    if code in ("211", "212") and (request.amount is None or request.amount <= 0):
        raise LifecycleError(f"status {code} ({status_label(code)}) needs the amount paid")


def status_message(
    facts: InvoiceFacts,
    request: StatusRequest,
    *,
    role: Role,
    message_id: str,
    now: datetime | None = None,
) -> CdarMessage:
    """The CDAR message for one status of one invoice, set by ``role`` (we are that party)."""
    check_request(request, role)
    us, them = (facts.buyer, facts.seller) if role == "buyer" else (facts.seller, facts.buyer)
    if us.id_for(SIREN_SCHEME) is None:
        raise LifecycleError(
            f"our SIREN is unknown: invoice {facts.number} names none for its "
            f"{role} (set ORDERDESK_EINVOICING__COMPANY_SIREN)"
        )
    if them.endpoint is None:
        raise LifecycleError(
            f"the {'seller' if role == 'buyer' else 'buyer'} of invoice {facts.number} has no "
            "SIREN nor electronic address to send the status to"
        )
    characteristics = list(request.characteristics)
    if request.code == "212":
        assert request.amount is not None
        collected = [
            Characteristic(
                type_code="MEN", amount=part, currency=facts.currency, percent=rate, changed=False
            )
            for rate, part in split_by_rate(request.amount, facts.vat_shares)
        ]
        characteristics = [*collected, *characteristics]
    elif request.code == "211" and request.amount is not None:
        paid = Characteristic(type_code="MPA", amount=request.amount, currency=facts.currency)
        characteristics = [paid, *characteristics]
    details: list[StatusDetail] = []
    reason = request.reason or (REASONS.get(request.reason_code) if request.reason_code else None)
    if request.reason_code or characteristics or request.note or request.action_code:
        details.append(
            StatusDetail(
                reason_code=request.reason_code,
                reason=reason,
                action_code=request.action_code,
                action=request.action
                or (ACTIONS.get(request.action_code) if request.action_code else None),
                sequence=1,
                notes=[request.note] if request.note else [],
                characteristics=characteristics,
            )
        )
    label = status_label(request.code)
    return CdarMessage(
        message_id=message_id,
        name=f"{facts.number}-CDV-{request.code}_{label}",
        issued_at=(now or datetime.now(UTC)).replace(microsecond=0),
        business_process="REGULATED",
        guideline=GUIDELINE,
        # the sender (MDG-9) is named by its role only, as in the official examples (a
        # GlobalID there marks a B2G platform in rule BR-FR-CDV-CL-09)
        sender=CdarParty(role=us.role),
        issuer=us,
        recipients=[them],
        type_code=PROCESSING,
        set_at=request.set_at.replace(microsecond=0),
        references=[
            StatusReference(
                invoice_number=facts.number,
                type_code=facts.type_code,
                issue_date=facts.issue_date,
                received_at=facts.received_at.replace(microsecond=0) if facts.received_at else None,
                status_code=request.code,
                status=label,
                seller=CdarParty(role="SE", ids=facts.seller.ids),
                details=details,
            )
        ],
    )


# --- XML ------------------------------------------------------------------------------------


def build_cdar(msg: CdarMessage) -> bytes:
    """The message as CDAR D22B XML, elements in the schema's order."""
    w = ElementWriter(NSMAP)
    root = w("rsm:CrossDomainAcknowledgementAndResponse")
    root.append(
        w(
            "rsm:ExchangedDocumentContext",
            w(
                "ram:BusinessProcessSpecifiedDocumentContextParameter",
                w("ram:ID", msg.business_process),
            )
            if msg.business_process
            else None,
            w("ram:GuidelineSpecifiedDocumentContextParameter", w("ram:ID", msg.guideline)),
        )
    )
    root.append(
        w(
            "rsm:ExchangedDocument",
            w("ram:ID", msg.message_id),
            w("ram:Name", msg.name),
            _datetime(w, "ram:IssueDateTime", msg.issued_at),
            _party(w, "ram:SenderTradeParty", msg.sender),
            _party(w, "ram:IssuerTradeParty", msg.issuer),
            *[_party(w, "ram:RecipientTradeParty", p) for p in msg.recipients],
        )
    )
    root.append(
        w(
            "rsm:AcknowledgementDocument",
            w(
                "ram:MultipleReferencesIndicator",
                w("udt:Indicator", "true" if len(msg.references) > 1 else "false"),
            ),
            w("ram:TypeCode", msg.type_code),
            _datetime(w, "ram:IssueDateTime", msg.set_at),
            *[_reference(w, ref) for ref in msg.references],
        )
    )
    return bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True))


def _datetime(w: ElementWriter, tag: str, value: datetime | None) -> Any:
    if value is None:
        return None
    utc = value.astimezone(UTC)
    return w(tag, w("udt:DateTimeString", utc.strftime("%Y%m%d%H%M%S"), format="204"))


def _party(w: ElementWriter, tag: str, party: CdarParty | None) -> Any:
    if party is None:
        return None
    return w(
        tag,
        *[w("ram:GlobalID", i.value, schemeID=i.scheme) for i in party.ids],
        w("ram:Name", party.name) if party.name else None,
        w("ram:RoleCode", party.role) if party.role else None,
        w(
            "ram:URIUniversalCommunication",
            w("ram:URIID", party.endpoint.value, schemeID=party.endpoint.scheme),
        )
        if party.endpoint
        else None,
    )


def _reference(w: ElementWriter, ref: StatusReference) -> Any:
    return w(
        "ram:ReferenceReferencedDocument",
        w("ram:IssuerAssignedID", ref.invoice_number),
        w("ram:StatusCode", ref.document_status) if ref.document_status else None,
        w("ram:TypeCode", ref.type_code) if ref.type_code else None,
        _datetime(w, "ram:ReceiptDateTime", ref.received_at),
        w(
            "ram:FormattedIssueDateTime",
            w("qdt:DateTimeString", ref.issue_date.strftime("%Y%m%d"), format="102"),
        )
        if ref.issue_date
        else None,
        w("ram:ProcessConditionCode", ref.status_code),
        w("ram:ProcessCondition", ref.status) if ref.status else None,
        _party(w, "ram:IssuerTradeParty", ref.seller),
        *[_detail(w, d) for d in ref.details],
    )


def _detail(w: ElementWriter, d: StatusDetail) -> Any:
    return w(
        "ram:SpecifiedDocumentStatus",
        w("ram:ReasonCode", d.reason_code) if d.reason_code else None,
        w("ram:Reason", d.reason) if d.reason else None,
        w("ram:RequestedActionCode", d.action_code) if d.action_code else None,
        w("ram:RequestedAction", d.action) if d.action else None,
        w("ram:SequenceNumeric", str(d.sequence)),
        *[w("ram:IncludedNote", w("ram:Content", note)) for note in d.notes],
        *[_characteristic(w, c) for c in d.characteristics],
    )


def _characteristic(w: ElementWriter, c: Characteristic) -> Any:
    return w(
        "ram:SpecifiedDocumentCharacteristic",
        w("ram:ID", c.id) if c.id else None,
        w("ram:TypeCode", c.type_code),
        w("ram:ValueChangedIndicator", w("udt:IndicatorString", "true" if c.changed else "false"))
        if c.changed is not None
        else None,
        w("ram:Name", c.name) if c.name else None,
        w("ram:Location", c.location) if c.location else None,
        w("ram:Value", c.value) if c.value is not None else None,
        w("ram:ValueAmount", amount_text(c.amount), currencyID=c.currency)
        if c.amount is not None
        else None,
        w("ram:ValuePercent", amount_text(c.percent)) if c.percent is not None else None,
    )


# --- names and payloads ----------------------------------------------------------------------


def message_id(invoice_number: str, code: str, at: datetime, suffix: str) -> str:
    """MDT-4, unique per message: "F-2026-17_210_20261002093000_3f9a1c02" (the suffix tells
    apart two statuses of one invoice set in the same second)."""
    stamp = at.astimezone(UTC).strftime("%Y%m%d%H%M%S")
    return f"{safe_name(invoice_number)}_{code}_{stamp}_{safe_name(suffix)}"


def outbox_name(msg: CdarMessage) -> str:
    ref = msg.references[0]
    return (
        safe_name("CDV", str(ref.status_code), ref.invoice_number or "", msg.message_id or "")
        + ".xml"
    )


def webhook_payload(
    msg: CdarMessage,
    xml: bytes,
    *,
    direction: Literal["sent", "received"],
    document_id: int | None,
    status_id: int,
) -> dict[str, Any]:
    """The event integrations receive for a status, with the CDAR itself (base64) so a
    connector can forward it unchanged."""
    ref = msg.references[0]
    return {
        "event": f"invoice.status_{direction}",
        "status_id": status_id,
        "document_id": document_id,
        "invoice_number": ref.invoice_number,
        "invoice_date": ref.issue_date.isoformat() if ref.issue_date else None,
        "seller_siren": ref.seller.id_for(SIREN_SCHEME) if ref.seller else None,
        "status_code": ref.status_code,
        "status": ref.status or status_label(ref.status_code),
        "reason_code": ref.reason_code,
        "reason": ref.reason,
        "set_by": (msg.issuer.role if msg.issuer else None),
        "set_by_name": (msg.issuer.name if msg.issuer else None),
        "message_id": msg.message_id,
        "issued_at": msg.issued_at.isoformat() if msg.issued_at else None,
        "cdar_sha256": hashlib.sha256(xml).hexdigest(),
        "cdar_base64": base64.b64encode(xml).decode("ascii"),
    }
