"""Documents: upload, list, look at, correct, approve, reject."""

from __future__ import annotations

from typing import Protocol

from fastapi import APIRouter, Form, Query, Request, Response, UploadFile
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool

from api.acting import DocumentAct, DocumentLook, Listed, LookAtDocument, OnDocument
from api.auth import CurrentActor, Writer
from api.deps import AppSettings, DbSession, PathDocument
from api.limits import BodyTooLarge
from api.schemas import (
    ArchivedPart,
    CheckOut,
    ClaimOut,
    ClaimRequest,
    Corrections,
    Decision,
    DocumentDetail,
    DocumentPage,
    DocumentSummary,
    DuplicateDecision,
    EventOut,
    MailEnvelope,
    TotalOut,
    UploadResult,
    download,
    links_out,
)
from approvals import claims, review
from approvals.queues import documents_with_queue
from approvals.routing import checks_of
from archive.records import note_look, parts, read_part
from flow import decisions
from ingest import import_runs
from ingest.intake import Intake
from ingest.origins import mail_of, original_filename
from linking.views import document_links
from models.amounts import printed_vs_current
from models.audit import events_of
from models.documents import Document
from models.review import ReviewTask
from models.settings import Settings

router = APIRouter(prefix="/api/documents", tags=["documents"])


def summary(doc: Document, queue: str | None = None) -> DocumentSummary:
    return DocumentSummary.model_validate(doc).model_copy(update={"queue": queue})


@router.post("", status_code=201, response_model=UploadResult)
async def upload(
    request: Request,
    response: Response,
    file: UploadFile,
    actor: Writer,
    settings: AppSettings,
    session: DbSession,
    import_run: str | None = Form(None, description="a browser import run to join"),
) -> UploadResult:
    """Upload a PDF or image; it goes through the same intake as the watched folders.
    ``import_run``: the run the queue page opened for a drop of several files (its own)."""
    run_id = import_runs.upload_run(session, import_run, actor.name) if import_run else None
    # intake commits in its own transaction: end the request's (it holds SQLite's write lock
    # since the actor was looked up) so the two cannot wait on each other
    session.commit()
    limit = settings.ingest.max_file_mb * 1024 * 1024
    data = await file.read(limit + 1)
    if len(data) > limit:  # api.limits stopped anything much bigger while it streamed in
        raise BodyTooLarge(settings.ingest.max_file_mb)
    intake = Intake(settings, request.app.state.store, run_id=run_id)
    # sniffing, inspection, archive fsync and the transaction block: keep them off the loop
    result = await run_in_threadpool(
        intake.take_bytes,
        data,
        original_name=file.filename or "upload",
        channel="upload",
        source=f"api:{actor.name}",
    )
    if result.outcome == "quarantined":
        response.status_code = 422
    elif result.outcome == "duplicate":
        response.status_code = 200
    return UploadResult(id=result.document_id, outcome=result.outcome, reason=result.reason)


@router.get("", response_model=DocumentPage)
def list_documents(
    *,
    status: str | None = None,
    doc_type: str | None = None,
    queue: str | None = Query(None, description="open review tasks in this queue"),
    on: Listed,
) -> DocumentPage:
    rows, total = documents_with_queue(
        on.session,
        status=status,
        doc_type=doc_type,
        queue=queue,
        limit=on.paging.limit,
        offset=on.paging.offset,
    )
    return DocumentPage(items=[summary(doc, q) for doc, q in rows], total=total)


def mail_envelope(session: Session, document_id: int) -> MailEnvelope | None:
    found = mail_of(session, document_id)
    if found is None:
        return None
    link, message = found
    return MailEnvelope.model_validate(message).model_copy(
        update={"part": f"{link.role} {link.part_path}"}
    )


def detail(session: Session, doc: Document) -> DocumentDetail:
    """The document row, and what the other stages know of it."""
    task = claims.open_task(session, doc.id)
    return DocumentDetail.model_validate(doc).model_copy(
        update={
            "queue": task.queue if task else None,
            "mail": mail_envelope(session, doc.id),
            "checks": [CheckOut.model_validate(c) for c in checks_of(session, doc.id)],
            "totals": [TotalOut.model_validate(t) for t in printed_vs_current(doc)],
            "links": links_out(document_links(session, doc.id)),
            "archive": [ArchivedPart.model_validate(o) for o in parts(session, doc.id)],
            "history": [EventOut.model_validate(e) for e in events_of(session, "document", doc.id)],
        }
    )


@router.get("/{document_id}", response_model=DocumentDetail)
def get_document(
    actor: CurrentActor,
    doc: PathDocument,
    session: DbSession,
) -> DocumentDetail:
    note_look(session, actor.name, actor.role, doc.id, "rest")
    return detail(session, doc)


def decided(act: DocumentAct) -> DocumentDetail:
    """The document as the action left it (flushed, so the answer shows what was written)."""
    act.session.flush()
    return detail(act.session, act.doc)


@router.patch("/{document_id}", response_model=DocumentDetail)
def correct_document(body: Corrections, act: OnDocument) -> DocumentDetail:
    """Correct fields and lines (claims the document for you; the rules run again)."""
    review.correct(
        act.session,
        act.doc,
        actor=act.actor.name,
        fields=body.fields,
        lines=body.lines,
        settings=act.settings,
    )
    return decided(act)


@router.post("/{document_id}/approve", response_model=DocumentDetail)
def approve_document(act: OnDocument, body: Decision | None = None) -> DocumentDetail:
    """Approve; refused while someone else holds the claim, for a high-value order or one
    whose amounts were changed without an approver other than who changed it (4-eyes), for
    an order whose totals do not add up without an approver's ``override`` and reason, and
    with open warnings and no reason."""
    decisions.approve(
        act.session,
        act.doc,
        actor=act.actor.name,
        reason=body.reason if body else None,
        role=act.actor.role,
        override=bool(body and body.override),
        settings=act.settings,
    )
    return decided(act)


class _ReasonedStep(Protocol):
    def __call__(
        self, session: Session, doc: Document, *, actor: str, reason: str, settings: Settings
    ) -> object: ...


def _with_reason(step: _ReasonedStep, body: Decision, act: DocumentAct) -> DocumentDetail:
    """A step that takes only the clerk's reason (reject, hold), then the document as it is."""
    step(
        act.session, act.doc, actor=act.actor.name, reason=body.reason or "", settings=act.settings
    )
    return decided(act)


@router.post("/{document_id}/reject", response_model=DocumentDetail)
def reject_document(body: Decision, act: OnDocument) -> DocumentDetail:
    return _with_reason(decisions.reject, body, act)


@router.post("/{document_id}/duplicate", response_model=DocumentDetail)
def decide_duplicate(body: DuplicateDecision, act: OnDocument) -> DocumentDetail:
    """Decide on a document in the duplicate queue: ``duplicate: true`` keeps it as a
    duplicate (archived, never linked); ``false`` lets it go on as any other document."""
    mark = decisions.mark_duplicate if body.duplicate else decisions.mark_not_duplicate
    mark(act.session, act.doc, actor=act.actor.name, reason=body.reason, settings=act.settings)
    return decided(act)


def _claim_out(act: OnDocument, task: ReviewTask | None) -> ClaimOut:
    """Who holds the document's task after the call (nobody: no task given)."""
    held = {"claimed_by": task.claimed_by, "until": task.claimed_until} if task else {}
    return ClaimOut.model_validate({"document_id": act.doc.id, "claimed_by": None, **held})


@router.post("/{document_id}/claim")
def claim_document(act: OnDocument, body: ClaimRequest | None = None) -> ClaimOut:
    """Claim a document before editing it; 409 while someone else holds it, unless an
    approver takes it over (``{"take_over": true}``, audited)."""
    minutes = act.settings.approvals.claim_minutes
    actor = act.actor
    if body is not None and body.take_over:
        task = claims.take_over(
            act.session, act.doc, actor=actor.name, role=actor.role, minutes=minutes
        )
    else:
        task = claims.claim(act.session, act.doc, actor=actor.name, minutes=minutes)
    return _claim_out(act, task)


@router.post("/{document_id}/heartbeat")
def renew_claim(act: OnDocument) -> ClaimOut:
    """Still working on it: one's own claim runs another ``claim_minutes`` (an idle claim
    lapses). ``claimed_by`` is null when the caller does not hold it."""
    minutes = act.settings.approvals.claim_minutes
    task = claims.renew(act.session, act.doc, actor=act.actor.name, minutes=minutes)
    return _claim_out(act, task)


@router.post("/{document_id}/release")
def release_document(act: OnDocument) -> ClaimOut:
    claims.release(act.session, act.doc, actor=act.actor.name, role=act.actor.role)
    return _claim_out(act, None)


@router.post("/{document_id}/hold", response_model=DocumentDetail)
def hold_document(body: Decision, act: OnDocument) -> DocumentDetail:
    return _with_reason(review.hold, body, act)


@router.post("/{document_id}/customer", response_model=DocumentDetail)
def match_customer(body: dict[str, str], act: OnDocument) -> DocumentDetail:
    """Pick the customer (``{"customer_number": "C-100"}``); the printed name is learnt."""
    number = body.get("customer_number") or ""
    review.set_customer(
        act.session, act.doc, actor=act.actor.name, customer_number=number, settings=act.settings
    )
    return decided(act)


def archived_download(
    look: DocumentLook, *, kind: str, media_type: str | None, filename: str
) -> Response:
    """Bytes of the newest archived part of that kind; every download is an audit event."""
    doc = look.doc
    data = read_part(look.session, look.store, doc, kind, actor=look.actor.name)
    name = filename.format(
        number=doc.document_number or doc.id, id=doc.id, original=original_filename(doc)
    )
    return Response(
        data,
        media_type=media_type or doc.media_type or "application/octet-stream",
        headers={"Content-Disposition": content_disposition(name)},
    )


def content_disposition(name: str) -> str:
    """An attachment header every browser reads: an ASCII name, and the exact UTF-8 one
    (RFC 6266 / 5987) for names with accents."""
    from urllib.parse import quote

    ascii_name = name.encode("ascii", "replace").decode().replace("?", "_").replace('"', "")
    return f"attachment; filename=\"{ascii_name}\"; filename*=UTF-8''{quote(name, safe='')}"


@router.get(
    "/{document_id}/confirmation", **download("application/pdf", "the archived confirmation")
)
def download_confirmation(look: LookAtDocument) -> Response:
    """The order confirmation PDF sent for an approved purchase order."""
    return archived_download(
        look,
        kind="confirmation",
        media_type="application/pdf",
        filename="confirmation-{number}.pdf",
    )


@router.get(
    "/{document_id}/original",
    **download("application/octet-stream", "the original as received (its own media type)"),
)
def download_original(look: LookAtDocument) -> Response:
    """The original bytes as received (the download is an audit event)."""
    return archived_download(look, kind="original", media_type=None, filename="{original}")
