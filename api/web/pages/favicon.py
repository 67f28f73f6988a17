"""``/favicon.ico``: browsers ask for it on every page that names none (the API docs, JSON)."""

from __future__ import annotations

from fastapi import APIRouter
from fastapi.responses import FileResponse

from api.web.templating import STATIC_DIR

router = APIRouter(include_in_schema=False)


@router.get("/favicon.ico")
def favicon() -> FileResponse:
    return FileResponse(
        STATIC_DIR / "favicon.svg",
        media_type="image/svg+xml",
        headers={"Cache-Control": "public, max-age=86400"},
    )
