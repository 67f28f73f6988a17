from typing import Any

from fastapi import APIRouter, Depends
from sqlalchemy import text
from sqlalchemy.orm import Session

from api.deps import get_session

router = APIRouter(tags=["health"])


@router.get("/health")
def health(session: Session = Depends(get_session)) -> dict[str, Any]:
    """Liveness and database reachability (no login needed)."""
    session.execute(text("SELECT 1"))
    return {"status": "ok"}
