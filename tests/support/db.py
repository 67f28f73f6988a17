"""A database session for a test, opened beside whatever else writes to the same database."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from sqlalchemy.orm import Session

from models.db import session_factory
from models.settings import Settings


@contextlib.contextmanager
def scratch_session(settings: Settings) -> Iterator[Session]:
    """A session on the settings' database; what it leaves uncommitted is thrown away."""
    s = session_factory(settings.db_url)()
    try:
        yield s
    finally:
        s.rollback()
        s.close()
