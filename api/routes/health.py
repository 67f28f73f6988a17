from fastapi import APIRouter
from sqlalchemy import text

from api.deps import DbSession
from api.schemas import Health

router = APIRouter(tags=["health"])


@router.get("/health")
def health(session: DbSession) -> Health:
    """Liveness and database reachability (no login needed)."""
    session.execute(text("SELECT 1"))
    return Health(status="ok")
