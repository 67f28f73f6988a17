from typing import Any

from fastapi import APIRouter
from sqlalchemy import text

from api.deps import DbSession

router = APIRouter(tags=["health"])


@router.get("/health")
def health(session: DbSession) -> dict[str, Any]:
    """Liveness and database reachability (no login needed)."""
    session.execute(text("SELECT 1"))
    return {"status": "ok"}
