"""Passwords (argon2), API tokens (random, stored as a SHA-256 digest) and the end of a
user's web sessions: what ``accounts.users`` and the login wiring in ``api.auth`` share."""

from __future__ import annotations

import hashlib
import secrets

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from models.base import utcnow
from models.logins import UserSession

_hasher = PasswordHasher()


def token_digest(token: str) -> str:
    # tokens are 256-bit random, so a fast hash is enough (unlike passwords)
    return hashlib.sha256(token.encode()).hexdigest()


def new_token() -> str:
    return secrets.token_urlsafe(32)


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(password_hash: str | None, password: str) -> bool:
    if not password_hash:
        return False
    try:
        return _hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def needs_rehash(password_hash: str | None) -> bool:
    """Whether a stored hash was made with older argon2 parameters (rehash at next login)."""
    return bool(password_hash) and _hasher.check_needs_rehash(str(password_hash))


def revoke_sessions(session: Session, user_id: int, why: str) -> int:
    """End every live web session of a user (a new password, disabled); returns how many."""
    rows = session.execute(
        select(UserSession).where(UserSession.user_id == user_id, UserSession.revoked_at.is_(None))
    ).scalars()
    n = 0
    for row in rows:
        row.revoked_at, row.revoked_why = utcnow(), why
        n += 1
    return n
