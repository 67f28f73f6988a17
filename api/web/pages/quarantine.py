"""The quarantine screen: documents put aside, why, a preview where the file allows one,
and what may be done about each, by role:

- everyone logged in sees the list, the reason, the preview and the history;
- clerks, approvers and admins retry (after a fix elsewhere) or replace the file with a
  corrected one (it goes through intake as a new document; the old one points to it);
- approvers and admins release (accept it will not be processed: a decision, with a reason);
- admins delete the quarantined file, with a reason (the document and its history stay).

Every action is ``ingest.quarantine_cases``' (one audit event each); this module only reads
forms and says what happened.
"""

import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated

from fastapi import APIRouter, Depends, Form, HTTPException, Request, UploadFile
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from api.acting import ByAdmin, ByApprover, ByWriter, OnScreen, Screen, WriterCall
from api.deps import found_or_404
from api.limits import BodyTooLarge
from api.routes.documents import content_disposition
from api.web.pages.common import document_events, note_auditor_look
from api.web.templating import page, take_flash
from ingest import quarantine_cases as cases
from ingest import quarantine_files as files
from ingest.intake import Intake
from models.documents import Document
from models.enums import Role
from models.ingest_quarantine import QuarantineCase

router = APIRouter(include_in_schema=False)
FLASH_KEY = "quarantine_flash"


def _flash(request: Request, text: str) -> None:
    request.session[FLASH_KEY] = text


@dataclass(frozen=True)
class CaseLook(Screen):
    """Anyone logged in looking at one quarantined document (its page, preview or file). The
    case itself is looked up by each route: the page first opens cases for late quarantines."""

    document_id: int

    def case(self) -> tuple[QuarantineCase, Document]:
        return found_or_404(
            files.case_of(self.session, self.document_id),
            f"document {self.document_id} has no quarantine case",
        )

    def file_bytes(self, case: QuarantineCase) -> bytes | None:
        return files.file_bytes(self.session, self.settings, self.request.app.state.store, case)


LookAtCase = Annotated[CaseLook, Depends()]


@router.get("/quarantine", response_class=HTMLResponse)
def quarantine_list(screen: OnScreen, state: str = "open") -> Response:
    screen.session.commit()  # list_cases opens cases in its own transaction (SQLite: one writer)
    views = cases.list_cases(screen.settings.db_url, state=None if state == "all" else "open")
    return page(
        screen.request,
        "quarantine/list.html",
        actor=screen.actor,
        cases=views,
        state=state,
        flash=take_flash(screen.request, FLASH_KEY),
    )


@router.get("/quarantine/{document_id}", response_class=HTMLResponse)
def quarantine_case(look: LookAtCase) -> Response:
    request, actor, session, settings = look.request, look.actor, look.session, look.settings
    session.commit()  # list_cases opens cases in its own transaction (SQLite: one writer)
    cases.list_cases(settings.db_url, state="open")  # opens cases for late quarantines
    case, doc = look.case()
    note_auditor_look(session, actor, doc.id)
    data = look.file_bytes(case)
    return page(
        request,
        "quarantine/case.html",
        actor=actor,
        case=case,
        doc=doc,
        has_file=data is not None,
        no_preview=files.why_no_preview(settings, data),
        history=document_events(session, doc.id, newest_first=False),
        can_retry=actor.can_write,
        can_release=actor.admitted(Role.APPROVER),  # what ByApprover admits
        can_delete=actor.admitted(Role.ADMIN),  # what ByAdmin admits
        max_mb=settings.ingest.max_file_mb,
        flash=take_flash(request, FLASH_KEY),
    )


@router.get("/quarantine/{document_id}/preview.png")
def quarantine_preview(look: LookAtCase) -> Response:
    """Page 1 of the quarantined file, when it is a PDF or an image that renders."""
    from extraction.errors import ExtractionError
    from extraction.preview import page_png

    case, _doc = look.case()
    data = look.file_bytes(case)
    why = files.why_no_preview(look.settings, data)
    if why is not None or data is None:
        raise HTTPException(404, f"no preview: {why}")
    try:
        png = page_png(data, 1)
    except (ExtractionError, OSError, ValueError) as exc:
        raise HTTPException(404, f"no preview: {exc}") from exc
    return Response(png, media_type="image/png", headers={"Cache-Control": "private, no-store"})


@router.get("/quarantine/{document_id}/file")
def quarantine_download(look: LookAtCase) -> Response:
    """The quarantined bytes as they came, to look at or fix (the download is audited)."""
    from ingest.origins import original_filename

    case, doc = look.case()
    store = look.request.app.state.store
    data = files.download(look.session, look.settings, store, case, actor=look.actor.name)
    if data is None:
        raise HTTPException(404, f"document {look.document_id}'s quarantined file is gone")
    return Response(
        data,
        media_type="application/octet-stream",  # never rendered by the browser: it is suspect
        headers={"Content-Disposition": content_disposition(original_filename(doc))},
    )


@router.post("/quarantine/{document_id}/retry")
def quarantine_retry(document_id: int, by: ByWriter) -> Response:
    by.session.commit()  # the intake writes in its own transactions
    intake = Intake(by.settings, by.request.app.state.store)
    _flash(by.request, cases.retry(intake, document_id, actor=by.actor.name))
    return RedirectResponse("/quarantine", status_code=303)


@router.post("/quarantine/{document_id}/replace")
async def quarantine_replace(document_id: int, file: UploadFile, by: ByWriter) -> Response:
    """A corrected file takes the quarantined one's place: through intake, as a new document."""
    from starlette.concurrency import run_in_threadpool

    by.session.commit()
    limit = by.settings.ingest.max_file_mb * 1024 * 1024
    data = await file.read(limit + 1)
    if len(data) > limit:
        raise BodyTooLarge(by.settings.ingest.max_file_mb)
    if not data:
        _flash(by.request, "The corrected file was empty: nothing was changed.")
        return RedirectResponse(f"/quarantine/{document_id}", status_code=303)
    with tempfile.TemporaryDirectory(prefix="orderdesk-replace-") as tmp:
        path = Path(tmp) / "corrected"
        path.write_bytes(data)
        message = await run_in_threadpool(
            cases.retry,
            Intake(by.settings, by.request.app.state.store),
            document_id,
            actor=by.actor.name,
            file=path,
        )
    _flash(by.request, message.replace("retried", "replaced by the corrected file"))
    return RedirectResponse("/quarantine", status_code=303)


def _case_changed(by: WriterCall, change: Callable[[], str]) -> Response:
    """Change the case in its own transaction, say what happened, back to the list."""
    by.session.commit()
    _flash(by.request, change())
    return RedirectResponse("/quarantine", status_code=303)


@router.post("/quarantine/{document_id}/release")
def quarantine_release(document_id: int, by: ByApprover, reason: str = Form("")) -> Response:
    db_url, actor = by.settings.db_url, by.actor.name
    return _case_changed(by, lambda: cases.release(db_url, document_id, actor=actor, note=reason))


@router.post("/quarantine/{document_id}/delete")
def quarantine_delete(document_id: int, by: ByAdmin, reason: str = Form("")) -> Response:
    settings, actor = by.settings, by.actor.name
    return _case_changed(by, lambda: cases.delete(settings, document_id, actor=actor, note=reason))
