"""The review screen: the page image with a box on every extracted value, the values beside
it, editable, the rule verdicts, the history of corrections, and the decision buttons.

One form carries the edits and the decision, so "correct and approve" is one keystroke and
one transaction; a refused decision still keeps the edits and says why.
"""

from __future__ import annotations

import re
from html import escape
from typing import Any

from fastapi import APIRouter, HTTPException
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from sqlalchemy.orm import Session

from api.acting import OnDocumentScreen, PostOnDocument
from api.auth import Actor, CurrentActor, Writer
from api.deps import AppSettings, DbSession, PathDocument
from api.routes.documents import mail_envelope
from api.web.pages.common import note_auditor_look
from api.web.templating import page, take_flash
from approvals import attention, claims, edits, four_eyes, review
from approvals.errors import ReviewError
from approvals.history import review_history
from approvals.masterdata import customer_choices
from approvals.product_search import unmatched_lines
from approvals.queues import next_document
from approvals.routing import checks_of, needing_reason
from approvals.totals_preview import preview_totals
from archive.originals import original_bytes
from flow import decisions
from models.amounts import printed_vs_current
from models.documents import Document
from models.enums import CheckOutcome, DocStatus
from models.masterdata import match_of, matched_customer
from models.settings import Settings
from outbound.review_panel import einvoicing_panel

router = APIRouter(include_in_schema=False)

FIELD_ORDER = (
    "document_number", "document_date", "customer_name", "customer_number", "vat_id",
    "billing_address", "delivery_address", "delivery_date", "currency", "total_net",
    "total_tax", "total_gross", "payment_terms", "order_number", "supplier_name", "iban",
    "due_date", "payment_date",
)  # fmt: skip
LINE_COLUMNS = review.LINE_FIELDS
FLASH_KEY = "flash"
DECISIONS = {
    "approve": "approved",
    "reject": "rejected",
    "hold": "put on hold",
    "duplicate": "marked a duplicate",
}
TOTAL_LABELS = {
    "total_net": "net total",
    "total_tax": "VAT total",
    "total_gross": "gross total",
    "lines_sum": "sum of the lines",
}
_LINE_INPUT = re.compile(r"^l\.(\d+)\.(\w+)$")


def _box(bbox: list[Any] | None, width: float, height: float) -> dict[str, float] | None:
    """A bbox in PDF points from the top-left corner, as percentages of the page."""
    if not bbox or len(bbox) != 4 or not width or not height:
        return None
    x0, y0, x1, y1 = (float(v) for v in bbox)
    return {
        "left": round(100 * x0 / width, 3),
        "top": round(100 * y0 / height, 3),
        "width": round(100 * max(x1 - x0, 1) / width, 3),
        "height": round(100 * max(y1 - y0, 1) / height, 3),
    }


def screen_context(
    session: Session, doc: Document, actor: Actor, settings: Settings
) -> dict[str, Any]:
    cfg = settings.approvals
    checks = checks_of(session, doc.id)
    flagged = attention.flagged(checks)
    pages = {p.number: p for p in doc.pages}

    def box_for(pg: int | None, bbox: list[Any] | None) -> dict[str, Any] | None:
        p = pages.get(pg or 0)
        return _box(bbox, p.width, p.height) if p else None

    present = {f.name: f for f in doc.fields}
    names = [n for n in FIELD_ORDER if n in present or (doc.doc_type == "purchase_order")]
    names += [n for n in present if n not in names]
    fields = []
    for name in names:
        f = present.get(name)
        fields.append(
            {
                "name": name,
                "label": name.replace("_", " "),
                "value": f.value if f else None,
                "source": f.source if f else "none",
                "confidence": f.confidence if f else None,
                "machine_value": f.machine_value if f else None,
                "page": f.page if f else None,
                "box": box_for(f.page, f.bbox) if f else None,
                "attention": attention.field_needs_attention(
                    name, f, flagged=flagged, doc_type=doc.doc_type, cfg=cfg
                ),
            }
        )
    lines = [
        {
            "position": li.position,
            "cells": {c: getattr(li, c) for c in LINE_COLUMNS},
            "source": li.source,
            "confidence": li.confidence,
            "page": li.page,
            "box": box_for(li.page, li.bbox),
            "attention": attention.line_needs_attention(li, flagged=flagged, cfg=cfg),
        }
        for li in doc.lines
    ]
    task = claims.open_task(session, doc.id)
    match = match_of(session, doc.id)
    customer = matched_customer(session, doc.id)
    blockers = review.approval_blockers(
        session, doc, actor=actor.name, role=actor.role, settings=settings, include_totals=False
    )
    return {
        "doc": doc,
        "pages": [
            {"number": p.number, "width": p.width or 595, "height": p.height or 842}
            for p in doc.pages
        ]
        or [{"number": 1, "width": 595, "height": 842}],
        "fields": fields,
        "lines": lines,
        "line_columns": LINE_COLUMNS,
        "checks": checks,
        "problems": [c for c in checks if c.outcome != CheckOutcome.PASS],
        "needs_reason": bool(needing_reason(checks)),
        "task": task,
        "holder": claims.holder(task),
        "customer": customer,
        "match": match,
        "customers": customer_choices(session),
        "history": review_history(session, doc.id),
        "mail": mail_envelope(session, doc.id),
        "blockers": blockers,
        "can_edit": actor.can_write and doc.status in review.REVIEWABLE,
        "xml_view": _xml_view(session, doc, settings),
        "high_value": bool(four_eyes.high_value_reasons(doc, cfg)),
        "pending_duplicate": review.pending_duplicate(session, doc),
        "can_take_over": claims.may_take_over(task, actor=actor.name, role=actor.role),
        "claim_seconds": cfg.claim_minutes * 60,
        "totals_problems": review.totals_problems(doc, cfg),
        "totals": [t | {"label": TOTAL_LABELS[t["name"]]} for t in printed_vs_current(doc)],
        "preview": preview_totals(doc, {}, None, cfg),
        "unmatched": unmatched_lines(doc, match),
        "can_override": actor.role in review.APPROVER_ROLES,
        "einvoicing": einvoicing_panel(session, doc, settings, can_write=actor.can_write),
    }


def _xml_view(session: Session, doc: Document, settings: Settings) -> str | None:
    """An e-invoice or e-order that came as bare XML has no page: its readable view is shown
    where the page would be (escaped by its own Jinja2 templates)."""
    if doc.pages or doc.media_type != "application/xml":
        return None
    from extraction.einvoice import render_xml_view
    from extraction.errors import ExtractionError

    try:
        return render_xml_view(original_bytes(session, settings, doc.id), fragment=True)
    except ExtractionError as exc:
        return f"<p class='fail'>The XML cannot be shown: {escape(str(exc))}</p>"
    except Exception:  # the original is not (yet) in the archive
        return None


@router.get("/documents/{document_id}", response_class=HTMLResponse)
def review_screen(screen: OnDocumentScreen) -> Response:
    request, actor = screen.request, screen.actor
    session, settings = screen.session, screen.settings
    doc = screen.doc
    if doc.status == DocStatus.QUARANTINED:  # no page to review: its reason, preview, actions
        return RedirectResponse(f"/quarantine/{doc.id}", status_code=303)
    note_auditor_look(session, actor, doc.id)
    flash = take_flash(request, FLASH_KEY)
    return page(
        request,
        "review/document.html",
        actor=actor,
        flash=flash,
        error=None,
        **screen_context(session, doc, actor, settings),
    )


@router.get("/documents/{document_id}/pages/{number}.png")
def page_image(
    number: int,
    _actor: CurrentActor,
    doc: PathDocument,
    session: DbSession,
    settings: AppSettings,
) -> Response:
    """The page rendered on the server from the archived original (cached by content)."""
    from extraction.errors import ExtractionError
    from extraction.preview import cached_page_png

    def original() -> bytes:
        try:
            return original_bytes(session, settings, doc.id)
        except Exception as exc:  # no original archived (yet), or the archive is down
            raise HTTPException(404, f"the original of document {doc.id} is not available") from exc

    try:
        png = cached_page_png(settings.data_dir / "cache" / "pages", doc.sha256, number, original)
    except ExtractionError as exc:
        raise HTTPException(404, str(exc)) from exc
    return Response(
        png,
        media_type="image/png",
        headers={"Cache-Control": "private, max-age=3600"},
    )


def _parse_form(form: dict[str, str]) -> tuple[dict[str, str | None], list[dict[str, Any]]]:
    fields = {k[2:]: (v.strip() or None) for k, v in form.items() if k.startswith("f.")}
    rows: dict[int, dict[str, Any]] = {}
    for key, value in form.items():
        m = _LINE_INPUT.match(key)
        if m and m.group(2) in LINE_COLUMNS:
            rows.setdefault(int(m.group(1)), {})[m.group(2)] = value.strip() or None
    lines = [rows[i] for i in sorted(rows) if any(v for v in rows[i].values())]
    return fields, lines


def save_edits(
    session: Session, doc: Document, actor: Actor, form: dict[str, str], settings: Settings
) -> int:
    """Apply what the clerk changed on screen; returns how many changes were made."""
    fields, lines = _parse_form(form)
    return edits.apply_edits(
        session,
        doc,
        actor=actor.name,
        fields=fields,
        lines=lines if "lines_present" in form else None,
        customer_number=form.get("customer_number") or "",
        settings=settings,
    )


@router.post("/documents/{document_id}/heartbeat")
def heartbeat(
    actor: Writer,
    doc: PathDocument,
    session: DbSession,
    settings: AppSettings,
) -> dict[str, Any]:
    """The page's holder is still at work (sent while they type): their claim runs on."""
    task = claims.renew(session, doc, actor=actor.name, minutes=settings.approvals.claim_minutes)
    return {"claimed_by": task.claimed_by if task else None}


@router.post("/documents/{document_id}/leave", status_code=204)
def leave(
    actor: Writer,
    doc: PathDocument,
    session: DbSession,
) -> Response:
    """The holder left the page (a beacon sent on ``pagehide``): the claim ends."""
    claims.leave(session, doc, actor=actor.name)
    return Response(status_code=204)


@router.post("/documents/{document_id}", response_class=HTMLResponse)
def review_submit(post: PostOnDocument) -> Response:
    request, actor, doc, form = post.request, post.actor, post.doc, post.form
    session, settings = post.session, post.settings
    action = form.get("action", "save")
    reason = (form.get("reason") or "").strip() or None
    error: str | None = None
    message = ""
    try:
        if action == "claim":
            claims.claim(session, doc, actor=actor.name, minutes=settings.approvals.claim_minutes)
            message = "You are working on this document."
        elif action == "release":
            claims.release(session, doc, actor=actor.name, role=actor.role)
            message = "Released."
        elif action == "take_over":
            previous = claims.holder(claims.open_task(session, doc.id))
            claims.take_over(
                session,
                doc,
                actor=actor.name,
                role=actor.role,
                minutes=settings.approvals.claim_minutes,
            )
            message = f"You took this document over from {previous}."
        else:
            saves = action not in decisions.WITHOUT_EDITS
            n = save_edits(session, doc, actor, form, settings) if saves else 0
            message = f"{n} change(s) saved." if n else "No changes."
            decisions.decide(
                session,
                doc,
                action,
                actor=actor.name,
                role=actor.role,
                reason=reason,
                override=form.get("override") == "1",
                settings=settings,
            )
    except ReviewError as exc:
        error = str(exc)
        session.flush()
        return page(
            request,
            "review/document.html",
            status_code=exc.http_status,
            actor=actor,
            flash=message if message != "No changes." else None,
            error=error,
            reason=reason,
            **screen_context(session, doc, actor, settings),
        )
    if action == "not_duplicate":
        request.session[FLASH_KEY] = f"Document {doc.id} is not a duplicate; it goes on as usual."
        return RedirectResponse(f"/documents/{doc.id}", status_code=303)
    if action in DECISIONS:
        done = DECISIONS[action]
        request.session[FLASH_KEY] = f"Document {doc.id} {done}."
        nxt = next_document(session, actor.name, after=doc.id)
        return RedirectResponse(f"/documents/{nxt}" if nxt else "/queue", status_code=303)
    request.session[FLASH_KEY] = message
    return RedirectResponse(f"/documents/{doc.id}", status_code=303)
