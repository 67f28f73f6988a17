"""French lifecycle statuses ("cycle de vie", CDV) as the platforms exchange them: the UN/CEFACT
CrossDomainAcknowledgementAndResponse (CDAR, D22B) message, read into ``CdarMessage``.

One model serves both directions: a status received from a platform is read here at intake
(it is an e-document like any other), and ``outbound.lifecycle`` writes the statuses
orderdesk sends from the same model, so what is written can be read back and compared.

Data element names (MDT-nn) follow the French specification (XP Z12-012, annexe A).
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

from pydantic import BaseModel, Field

from einvoice.model import Identifier, Party
from einvoice.xmlread import (
    Element,
    attr,
    cii_date,
    dec,
    find,
    findall,
    identifier,
    identifiers,
    local_name,
    namespace,
    text,
    texts,
)

NS = "urn:un:unece:uncefact:data:standard:CrossDomainAcknowledgementAndResponse:100"
ROOT = (NS, "CrossDomainAcknowledgementAndResponse")
GUIDELINE = "urn.cpro.gouv.fr:1p0:CDV:invoice"  # statuses between platforms (and their users)
GUIDELINE_PPF = "urn.cpro.gouv.fr:1p0:CDV:einvoicingF2"  # statuses reported to the PPF
PROCESSING = "23"  # MDT-77: a processing status (the parties' statuses: 204 … 212)
TRANSMISSION = "305"  # MDT-77: a transmission status (the platforms': 200 … 203, 213)

# MDT-105: the French lifecycle statuses (XP Z12-012), with the label the messages carry
STATUS_LABELS: dict[str, str] = {
    "200": "Déposée",
    "201": "Émise par la plateforme",
    "202": "Reçue par la plateforme",
    "203": "Mise à disposition",
    "204": "Prise en charge",
    "205": "Approuvée",
    "206": "Approuvée partiellement",
    "207": "En litige",
    "208": "Suspendue",
    "209": "Complétée",
    "210": "Refusée",
    "211": "Paiement transmis",
    "212": "Encaissée",
    "213": "Rejetée",
    "214": "Visée",
    "220": "Annulée",
    "221": "Erreur de routage",
    "501": "Irrecevable",
}
STATUS_WORDS_EN: dict[str, str] = {
    "200": "filed",
    "201": "issued by the platform",
    "202": "received by the platform",
    "203": "made available",
    "204": "taken in hand",
    "205": "approved",
    "206": "partially approved",
    "207": "disputed",
    "208": "suspended",
    "209": "completed",
    "210": "refused",
    "211": "payment sent",
    "212": "payment received",
    "213": "rejected",
    "214": "endorsed",
    "220": "cancelled",
    "221": "routing error",
    "501": "inadmissible",
}
# MDT-207: what a characteristic of a status holds (BR-FR-CDV-CL-11)
CHARACTERISTIC_LABELS: dict[str, str] = {
    "MEN": "amount collected incl. VAT",
    "MPA": "amount paid",
    "RAP": "amount left to pay",
    "ESC": "early-payment discount",
    "RAB": "rebate",
    "REM": "discount",
    "MAP": "amount approved excl. VAT",
    "MAPTTC": "amount approved incl. VAT",
    "MNA": "amount not approved excl. VAT",
    "MNATTC": "amount not approved incl. VAT",
    "CBB": "bank details",
    "DIV": "invalid value",
    "DVA": "expected value",
    "MAJ": "surcharge",
}


# date-time formats (UNTDID 2379) a CDAR uses: code -> (strptime format, length)
_FORMATS = {"204": ("%Y%m%d%H%M%S", 14), "203": ("%Y%m%d%H%M", 12), "102": ("%Y%m%d", 8)}


def status_label(code: str | None) -> str:
    return STATUS_LABELS.get(code or "", code or "?")


class CdarParty(BaseModel):
    """A party of the message: who sends it (MDG-9), who sets the status (MDG-10, the
    "issuer") and who it is for (MDG-16). ``role`` is UNTDID 3035 (SE seller, BY buyer, WK a
    platform, DFH the PPF)."""

    role: str | None = None
    name: str | None = None
    ids: list[Identifier] = Field(default_factory=list)  # GlobalID (0002 SIREN, 0238 …)
    endpoint: Identifier | None = None  # URIID, its electronic address (0225 …)

    def id_for(self, scheme: str) -> str | None:
        return next((i.value for i in self.ids if i.scheme == scheme), None)


class Characteristic(BaseModel):
    """MDG-43: a value the status reports (the amount collected, approved …) or a datum it
    disputes (DIV: the value found, DVA: the one expected, with its id and location)."""

    type_code: str
    id: str | None = None  # MDT-206: the datum's business term (BT-152 …)
    name: str | None = None
    location: str | None = None  # MDT-213: its XPath in the invoice
    value: str | None = None
    amount: Decimal | None = None
    currency: str | None = None
    percent: Decimal | None = None
    changed: bool | None = None


class StatusDetail(BaseModel):
    """MDG-37: why (MDT-113 reason code, MDT-114 text), what the sender asks for (MDT-121
    action code, MDT-122 text), free notes and characteristics."""

    reason_code: str | None = None
    reason: str | None = None
    action_code: str | None = None
    action: str | None = None
    sequence: int = 1
    notes: list[str] = Field(default_factory=list)
    characteristics: list[Characteristic] = Field(default_factory=list)


class StatusReference(BaseModel):
    """MDG-35: the invoice a status is about, and the status itself."""

    invoice_number: str | None = None  # MDT-87, the invoice's BT-1
    type_code: str | None = None  # MDT-91, its BT-3 (380, 381 …)
    issue_date: date | None = None  # MDT-100, its BT-2
    received_at: datetime | None = None  # MDT-95
    document_status: str | None = None  # MDT-88 (UNCL 1373)
    status_code: str | None = None  # MDT-105: 200 … 228, 501
    status: str | None = None  # MDT-106, its label
    seller: CdarParty | None = None  # MDG-39 (MDT-129: the seller's SIREN)
    details: list[StatusDetail] = Field(default_factory=list)

    @property
    def reason_code(self) -> str | None:
        return next((d.reason_code for d in self.details if d.reason_code), None)

    @property
    def reason(self) -> str | None:
        return next((d.reason for d in self.details if d.reason), None)


class CdarMessage(BaseModel):
    message_id: str | None = None  # MDT-4
    name: str | None = None  # MDT-5
    issued_at: datetime | None = None  # MDT-8: when the message was made
    business_process: str | None = None  # MDT-2: REGULATED …
    guideline: str | None = None  # MDT-3
    sender: CdarParty | None = None
    issuer: CdarParty | None = None
    recipients: list[CdarParty] = Field(default_factory=list)
    type_code: str | None = None  # MDT-77: 23 processing, 305 transmission
    set_at: datetime | None = None  # MDT-78: when the status was set
    references: list[StatusReference] = Field(default_factory=list)

    @property
    def to_ppf(self) -> bool:
        return self.guideline == GUIDELINE_PPF


def is_cdar(root: Element) -> bool:
    return (namespace(root), local_name(root)) == ROOT


def read_cdar(root: Element) -> CdarMessage:
    """The message of a parsed CDAR root (``is_cdar(root)`` must hold)."""
    context = find(root, "ExchangedDocumentContext")
    head = find(root, "ExchangedDocument")
    msg = CdarMessage(
        message_id=text(head, "ID"),
        name=text(head, "Name"),
        issued_at=_datetime(find(head, "IssueDateTime")),
        business_process=text(context, "BusinessProcessSpecifiedDocumentContextParameter/ID"),
        guideline=text(context, "GuidelineSpecifiedDocumentContextParameter/ID"),
        sender=_party(find(head, "SenderTradeParty")),
        issuer=_party(find(head, "IssuerTradeParty")),
        recipients=[p for p in map(_party, findall(head, "RecipientTradeParty")) if p],
    )
    for ack in findall(root, "AcknowledgementDocument"):
        msg.type_code = msg.type_code or text(ack, "TypeCode")
        msg.set_at = msg.set_at or _datetime(find(ack, "IssueDateTime"))
        msg.references.extend(
            _reference(ref) for ref in findall(ack, "ReferenceReferencedDocument")
        )
    return msg


def _reference(ref: Element) -> StatusReference:
    return StatusReference(
        invoice_number=text(ref, "IssuerAssignedID"),
        type_code=text(ref, "TypeCode"),
        issue_date=cii_date(find(ref, "FormattedIssueDateTime")),
        received_at=_datetime(find(ref, "ReceiptDateTime")),
        document_status=text(ref, "StatusCode"),
        status_code=text(ref, "ProcessConditionCode"),
        status=text(ref, "ProcessCondition"),
        seller=_party(find(ref, "IssuerTradeParty")),
        details=[_detail(d) for d in findall(ref, "SpecifiedDocumentStatus")],
    )


def _detail(node: Element) -> StatusDetail:
    seq = dec(text(node, "SequenceNumeric"))
    return StatusDetail(
        reason_code=text(node, "ReasonCode"),
        reason=text(node, "Reason"),
        action_code=text(node, "RequestedActionCode"),
        action=text(node, "RequestedAction"),
        sequence=int(seq) if seq is not None else 1,
        notes=texts(node, "IncludedNote/Content"),
        characteristics=[
            _characteristic(c) for c in findall(node, "SpecifiedDocumentCharacteristic")
        ],
    )


def _characteristic(node: Element) -> Characteristic:
    changed = text(node, "ValueChangedIndicator/IndicatorString") or text(
        node, "ValueChangedIndicator/Indicator"
    )
    return Characteristic(
        type_code=text(node, "TypeCode") or "?",
        id=text(node, "ID"),
        name=text(node, "Name"),
        location=text(node, "Location"),
        value=text(node, "Value"),
        amount=dec(text(node, "ValueAmount")),
        currency=attr(node, "ValueAmount", "currencyID"),
        percent=dec(text(node, "ValuePercent")),
        changed=None if changed is None else changed.lower() == "true",
    )


def _party(node: Element | None) -> CdarParty | None:
    if node is None:
        return None
    return CdarParty(
        role=text(node, "RoleCode"),
        name=text(node, "Name"),
        ids=identifiers(node, "GlobalID"),
        endpoint=identifier(find(node, "URIUniversalCommunication/URIID")),
    )


def _datetime(node: Element | None) -> datetime | None:
    """A CDAR date-time: format 204 (``YYYYMMDDHHMMSS``, taken as UTC), 203
    (``YYYYMMDDHHMM``), 102 (a day), or ``udt:DateTime`` (ISO 8601)."""
    if node is None:
        return None
    iso = text(node, "DateTime")
    if iso:
        try:
            value = datetime.fromisoformat(iso.replace("Z", "+00:00"))
        except ValueError:
            return None
        return value if value.tzinfo else value.replace(tzinfo=UTC)
    el = find(node, "DateTimeString")
    raw = (text(el) or "").replace(" ", "")
    fmt, size = _FORMATS.get((el.get("format") if el is not None else None) or "204", ("", 0))
    if not raw or not fmt:
        return None
    try:
        return datetime.strptime(raw[:size], fmt).replace(tzinfo=UTC)
    except ValueError:
        return None


_SIREN = re.compile(r"^\d{9}$")
_SIRET = re.compile(r"^\d{14}$")
_FR_VAT = re.compile(r"^FR[0-9A-Z]{2}(\d{9})$")


def siren_of(party: Party | None) -> str | None:
    """The SIREN of an invoice party: its legal id (scheme 0002), a SIRET (0009) or party id
    of nine digits, or the nine digits a French VAT id ends with."""
    if party is None:
        return None
    for ident in (*party.legal_ids, *party.ids):
        value = re.sub(r"\s", "", ident.value)
        if ident.scheme in ("0002", None) and _SIREN.match(value):
            return value
        if ident.scheme in ("0009", None) and _SIRET.match(value):
            return value[:9]
    m = _FR_VAT.match(re.sub(r"[\s.-]", "", party.vat_id or "").upper())
    return m.group(1) if m else None


def summary(ref: StatusReference) -> str:
    """One line for a person: "210 Refusée (TX_TVA_ERR: Taux de TVA erroné)"."""
    why = ": ".join(p for p in (ref.reason_code, ref.reason) if p)
    label = ref.status or status_label(ref.status_code)
    return f"{ref.status_code} {label}" + (f" ({why})" if why else "")


def dump(msg: CdarMessage) -> dict[str, Any]:
    return msg.model_dump(mode="json", exclude_none=True)
