"""Master data in the UI: customers, products and their price lists, and an import that
shows what a file would change before an admin confirms it. After the import, documents that
waited on an unknown customer or product are checked again (``flow.masterdata``)."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from fastapi import APIRouter, Form, Request, UploadFile
from fastapi.responses import HTMLResponse, Response

from api.auth import Admin, CurrentActor
from api.deps import AppSettings, DbSession
from api.web.templating import page
from approvals.masterdata import (
    MasterDataError,
    find_customers,
    find_products,
    masterdata_counts,
    parse_text,
)
from approvals.masterdata_changes import preview_import
from flow.masterdata import import_and_recheck
from models.masterdata import Customer, Product
from models.settings import Settings

router = APIRouter(include_in_schema=False)
LIMIT = 200
MAX_BYTES = 50 * 1024 * 1024
_STAGED = re.compile(r"^[0-9a-f]{64}\.(csv|json)$")


@router.get("/masterdata", response_class=HTMLResponse)
def masterdata_page(
    request: Request,
    actor: CurrentActor,
    session: DbSession,
    kind: str = "customers",
    q: str = "",
) -> Response:
    customers: list[Customer] = []
    products: list[Product] = []
    text = q.strip() or None
    if kind == "products":
        products, _ = find_products(session, text, limit=LIMIT, offset=0)
    else:
        kind = "customers"
        customers, _ = find_customers(session, text, limit=LIMIT, offset=0, by_name=True)
    return page(
        request,
        "masterdata/list.html",
        actor=actor,
        kind=kind,
        q=q,
        customers=customers,
        products=products,
        counts=masterdata_counts(session),
        limit=LIMIT,
    )


def _staging(settings: Settings) -> Path:
    return settings.data_dir / "cache" / "masterdata-imports"


@router.get("/masterdata/import", response_class=HTMLResponse)
def import_form(request: Request, actor: Admin) -> Response:
    return page(request, "masterdata/import.html", actor=actor, preview=None, done=None)


@router.post("/masterdata/import", response_class=HTMLResponse)
async def import_preview(
    request: Request,
    file: UploadFile,
    actor: Admin,
    session: DbSession,
    settings: AppSettings,
) -> Response:
    """Read the file and show what it would change; nothing is written yet."""
    raw = await file.read(MAX_BYTES + 1)
    ext = "json" if (file.filename or "").lower().endswith(".json") else "csv"
    error = None
    preview = None
    staged = None
    if len(raw) > MAX_BYTES:
        error = "Master data files are limited to 50 MB."
    else:
        try:
            data = parse_text(raw.decode("utf-8-sig"), json_format=ext == "json")
        except UnicodeDecodeError:
            error = "The file is not UTF-8 text; save it as UTF-8."
        except MasterDataError as exc:
            error = str(exc)
        else:
            preview = preview_import(session, data)
            staged = f"{hashlib.sha256(raw).hexdigest()}.{ext}"
            folder = _staging(settings)
            folder.mkdir(parents=True, exist_ok=True)
            (folder / staged).write_bytes(raw)
    session.rollback()
    return page(
        request,
        "masterdata/import.html",
        status_code=422 if error else 200,
        actor=actor,
        preview=preview,
        staged=staged,
        filename=file.filename,
        error=error,
        done=None,
    )


@router.post("/masterdata/import/confirm", response_class=HTMLResponse)
def import_confirm(
    request: Request,
    actor: Admin,
    session: DbSession,
    settings: AppSettings,
    staged: str = Form(...),
    filename: str = Form(""),
) -> Response:
    """Import the file the preview showed, then check the waiting documents again."""
    path = _staging(settings) / staged
    if not _STAGED.match(staged) or not path.is_file():
        return page(
            request,
            "masterdata/import.html",
            status_code=422,
            actor=actor,
            preview=None,
            done=None,
            error="That preview is gone; upload the file again.",
        )
    data = parse_text(path.read_text(encoding="utf-8-sig"), json_format=staged.endswith(".json"))
    done = import_and_recheck(session, data, actor=actor.name, settings=settings)
    path.unlink(missing_ok=True)
    return page(
        request, "masterdata/import.html", actor=actor, preview=None, done=done, filename=filename
    )
