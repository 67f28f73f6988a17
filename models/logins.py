"""Signing in: web sessions the server can end, and how hard one name is being guessed from
one address (owned by ``accounts/logins.py``)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, utcnow


class UserSession(Base):
    """One browser login. The cookie carries a random token; only its sha256 is stored, and
    the session is worth something only while this row says so (logout, a new password or a
    disabled user revoke it)."""

    __tablename__ = "user_sessions"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    client: Mapped[str | None] = mapped_column(String(100))
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    expires_at: Mapped[dt.datetime]
    revoked_at: Mapped[dt.datetime | None]
    revoked_why: Mapped[str | None] = mapped_column(String(60))


class LoginThrottle(Base):
    """Failed logins of one name from one address: the guesser waits (longer each time), the
    account is never locked for others. Failures are summed here and written to the audit
    chain at most once per window (``unrecorded`` counts those not written yet)."""

    __tablename__ = "login_throttle"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    source: Mapped[str] = mapped_column(String(100), index=True)
    failures: Mapped[int] = mapped_column(default=0)
    refused: Mapped[int] = mapped_column(default=0, comment="tries refused while waiting")
    unrecorded: Mapped[int] = mapped_column(default=0)
    last_failed_at: Mapped[dt.datetime | None]
    blocked_until: Mapped[dt.datetime | None]
    last_recorded_at: Mapped[dt.datetime | None]

    __table_args__ = (Index("ix_login_throttle_name_source", "name", "source", unique=True),)
