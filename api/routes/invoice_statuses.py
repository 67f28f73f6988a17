"""Lifecycle statuses of e-invoices (French reform): the ones sent and received for a
document, a clerk's choice of status (dispute, suspension, refusal with its reason, approval
in part), and each status's CDAR as archived."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any, Literal

from fastapi import APIRouter, Request, Response
from pydantic import BaseModel, ConfigDict, Field, field_validator

from api.acting import LookAtDocument
from api.auth import CurrentActor, Writer
from api.deps import AppSettings, DbSession, PathDocument
from api.schemas import download
from flow import decisions
from models.lifecycle import LifecycleStatus
from outbound import invoice_statuses as st
from outbound import lifecycle as lc

router = APIRouter(tags=["lifecycle statuses"])


class StatusOut(BaseModel):
    """One status as the API shows it, read from its row (``model_validate``)."""

    model_config = ConfigDict(from_attributes=True)

    id: int
    direction: Literal["sent", "received"]
    state: str = Field(
        description="sent | invalid (not sent) | attached | waiting (no invoice yet)"
    )
    code: str = Field(description="205 approved, 206 in part, 207 disputed, 208 suspended, …")
    label: str
    reason_code: str | None
    reason: str | None
    reason_source: str | None = Field(description="clerk | inferred | default | platform")
    action_code: str | None
    amount: Decimal | None
    currency: str | None
    invoice_document_id: int | None = Field(validation_alias="document_id")
    invoice_number: str | None
    invoice_date: dt.date | None
    set_by: str | None = Field(validation_alias="role", description="BY buyer, SE seller")
    counterpart: str | None
    message_id: str | None
    set_at: dt.datetime
    delivered_at: dt.datetime | None
    findings: list[dict[str, Any]]
    xml_url: str | None = None

    @field_validator("direction", mode="before")
    @classmethod
    def _direction(cls, value: object) -> str:
        return "sent" if value == "sent" else "received"

    @field_validator("findings", mode="before")
    @classmethod
    def _findings(cls, value: object) -> object:
        return list(value or [])  # type: ignore[call-overload]


class StatusChoice(BaseModel):
    status: Literal["205", "206", "207", "208", "210"]
    reason_code: str | None = Field(
        default=None, description="needed for 206, 207, 208 and 210: " + ", ".join(lc.REASONS)
    )
    reason: str | None = None
    action_code: str | None = Field(default=None, description=", ".join(lc.ACTIONS))
    note: str | None = None


def status_out(row: LifecycleStatus) -> StatusOut:
    xml_url = f"/api/lifecycle-statuses/{row.id}/xml" if row.archive_key else None
    return StatusOut.model_validate(row).model_copy(update={"xml_url": xml_url})


@router.get("/api/documents/{document_id}/lifecycle", response_model=list[StatusOut])
def list_statuses(look: LookAtDocument) -> list[StatusOut]:
    """The lifecycle statuses sent and received about an invoice (or carried by a CDAR)."""
    return [status_out(r) for r in st.statuses_of(look.session, look.doc.id)]


@router.post("/api/documents/{document_id}/lifecycle", response_model=list[StatusOut])
def choose_status(
    body: StatusChoice,
    actor: Writer,
    doc: PathDocument,
    session: DbSession,
    settings: AppSettings,
) -> list[StatusOut]:
    """Decide on a received e-invoice in the platform's words: 205 approve, 206 approve in
    part, 210 refuse (each a decision, as /approve and /reject), 207 dispute or 208 suspend
    (the invoice stays open, on hold while in review). The status itself is written and sent
    by a job; it shows here once sent."""
    decisions.choose_status(  # a refused choice is an OrderdeskError: 422 or 409 with its reason
        session,
        doc,
        actor=actor.name,
        role=actor.role,
        code=body.status,
        settings=settings,
        reason_code=body.reason_code,
        reason=body.reason,
        action_code=body.action_code,
        note=body.note,
    )
    session.flush()
    return [status_out(r) for r in st.statuses_of(session, doc.id)]


@router.get(
    "/api/lifecycle-statuses/{status_id}/xml", **download("application/xml", "the CDAR message")
)
def status_xml(
    request: Request,
    status_id: int,
    actor: CurrentActor,
    session: DbSession,
) -> Response:
    """The status's CDAR message as archived (sent, or as the platform sent it)."""
    row, data = st.read_status_xml(session, request.app.state.store, status_id, actor=actor.name)
    name = f"CDV-{row.code}-{row.invoice_number or row.id}.xml".replace('"', "")
    return Response(
        data,
        media_type="application/xml",
        headers={"Content-Disposition": f'attachment; filename="{name}"'},
    )
