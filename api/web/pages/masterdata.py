"""Master data in the UI: customers, products and their price lists, and an import that
shows what a file would change before an admin confirms it. After the import, documents that
waited on an unknown customer or product are checked again (``flow.masterdata``)."""

from __future__ import annotations

from fastapi import APIRouter, Form, Request, UploadFile
from fastapi.responses import HTMLResponse, Response

from api.acting import ByAdmin, OnScreen
from api.auth import Admin
from api.web.templating import page
from approvals.masterdata import (
    MAX_UPLOAD_BYTES,
    MasterDataError,
    find_customers,
    find_products,
    masterdata_counts,
)
from approvals.masterdata_changes import (
    drop_staged,
    preview_import,
    stage_upload,
    staged_data,
    staging_folder,
)
from flow.masterdata import import_and_recheck
from models.masterdata import Customer, Product

router = APIRouter(include_in_schema=False)
LIMIT = 200


@router.get("/masterdata", response_class=HTMLResponse)
def masterdata_page(
    screen: OnScreen,
    kind: str = "customers",
    q: str = "",
) -> Response:
    customers: list[Customer] = []
    products: list[Product] = []
    text = q.strip() or None
    if kind == "products":
        products, _ = find_products(screen.session, text, limit=LIMIT, offset=0)
    else:
        kind = "customers"
        customers, _ = find_customers(screen.session, text, limit=LIMIT, offset=0, by_name=True)
    return page(
        screen.request,
        "masterdata/list.html",
        actor=screen.actor,
        kind=kind,
        q=q,
        customers=customers,
        products=products,
        counts=masterdata_counts(screen.session),
        limit=LIMIT,
    )


@router.get("/masterdata/import", response_class=HTMLResponse)
def import_form(request: Request, actor: Admin) -> Response:
    return page(request, "masterdata/import.html", actor=actor, preview=None, done=None)


@router.post("/masterdata/import", response_class=HTMLResponse)
async def import_preview(file: UploadFile, by: ByAdmin) -> Response:
    """Read the file and show what it would change; nothing is written yet."""
    request, actor, session, settings = by.request, by.actor, by.session, by.settings
    raw = await file.read(MAX_UPLOAD_BYTES + 1)
    error = None
    preview = None
    staged = None
    try:
        data, staged = stage_upload(staging_folder(settings), raw, file.filename or "")
    except MasterDataError as exc:
        error = str(exc)
    else:
        preview = preview_import(session, data)
    session.rollback()
    return page(
        request,
        "masterdata/import.html",
        actor=actor,
        preview=preview,
        staged=staged,
        filename=file.filename,
        error=error,
        done=None,
    )


@router.post("/masterdata/import/confirm", response_class=HTMLResponse)
def import_confirm(by: ByAdmin, staged: str = Form(...), filename: str = Form("")) -> Response:
    """Import the file the preview showed, then check the waiting documents again."""
    request, actor, session, settings = by.request, by.actor, by.session, by.settings
    folder = staging_folder(settings)
    data = staged_data(folder, staged)
    if data is None:
        return page(
            request,
            "masterdata/import.html",
            actor=actor,
            preview=None,
            done=None,
            error="That preview is gone; upload the file again.",
        )
    done = import_and_recheck(session, data, actor=actor.name, settings=settings)
    drop_staged(folder, staged)
    return page(
        request, "masterdata/import.html", actor=actor, preview=None, done=done, filename=filename
    )
