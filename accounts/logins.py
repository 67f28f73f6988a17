"""Signing in and out: who a bearer token or a web session belongs to, a password checked
against guessing (a wait per name and address that doubles, so nobody can lock someone
else's account), the audit of logins, and the server-side session a login starts and a
logout ends. ``api.auth`` wires these to requests (headers, cookies, CSRF)."""

from __future__ import annotations

import datetime as dt
import math
import secrets

from sqlalchemy import exists, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from accounts.credentials import hash_password, needs_rehash, token_digest, verify_password
from models.audit import record_event
from models.base import utcnow
from models.errors import OrderdeskError
from models.logins import LoginThrottle, UserSession
from models.settings.approvals import ApprovalSettings
from models.users import User


class LoginThrottled(OrderdeskError):
    """Too many failed logins of this name from this address: the next try must wait."""

    code = "login_throttled"
    retryable = True  # after ``wait_seconds``
    http_status = 429

    def __init__(self, wait_seconds: int) -> None:
        super().__init__(f"Too many failed logins from here: try again in {wait_seconds} seconds.")
        self.wait_seconds = wait_seconds


def users_exist(session: Session) -> bool:
    return bool(session.execute(select(exists().where(User.active.is_(True)))).scalar())


def user_of_token(session: Session, token: str) -> User | None:
    """The active user an API token belongs to."""
    return session.execute(
        select(User).where(User.token_hash == token_digest(token), User.active.is_(True))
    ).scalar_one_or_none()


def user_of_session(session: Session, sid: str) -> User | None:
    """The active user of a live (neither revoked nor expired) web session."""
    return session.execute(
        select(User)
        .join(UserSession, UserSession.user_id == User.id)
        .where(
            UserSession.token_hash == token_digest(sid),
            UserSession.revoked_at.is_(None),
            UserSession.expires_at > utcnow(),
            User.active.is_(True),
        )
    ).scalar_one_or_none()


def sign_in(
    session: Session, cfg: ApprovalSettings, name: str, password: str, client: str
) -> tuple[User, str] | None:
    """Check a password; on success the user and the id of the fresh web session started
    for them (None: a wrong name or password).

    Guessing is slowed per name and address (``LoginThrottled``: a wait that doubles);
    failures reach the audit chain as counted summaries (``_record_failure``), successes
    always."""
    name = name.strip()[:100]
    now = utcnow()
    throttle = session.execute(
        select(LoginThrottle)
        .where(LoginThrottle.name == (name or "?"), LoginThrottle.source == client)
        .with_for_update()
    ).scalar_one_or_none()
    if throttle is not None and throttle.blocked_until and throttle.blocked_until > now:
        throttle.refused += 1
        wait = (throttle.blocked_until - now).total_seconds()
        raise LoginThrottled(max(1, math.ceil(wait)))
    user = session.execute(
        select(User).where(User.name == name, User.active.is_(True))
    ).scalar_one_or_none()
    ok = verify_password(user.password_hash if user else None, password)
    if not ok or user is None:
        _record_failure(session, cfg, name or "?", client, user, throttle, now)
        return None
    before = (throttle.unrecorded + throttle.refused) if throttle else 0
    if throttle is not None:
        session.delete(throttle)
    record_event(
        session,
        actor=name,
        action="login",
        entity_type="user",
        entity_id=user.id,
        data={"client": client} | ({"failures_before": before} if before else {}),
    )
    if needs_rehash(user.password_hash):
        user.password_hash = hash_password(password)
    sid = secrets.token_urlsafe(32)
    session.add(
        UserSession(
            user_id=user.id,
            token_hash=token_digest(sid),
            client=client,
            created_at=now,
            expires_at=now + dt.timedelta(hours=cfg.session_hours),
        )
    )
    return user, sid


def _record_failure(
    session: Session,
    cfg: ApprovalSettings,
    name: str,
    client: str,
    user: User | None,
    throttle: LoginThrottle | None,
    now: dt.datetime,
) -> None:
    """Count a failure; past ``login_max_failures`` the next try from here waits, twice as
    long each time (up to ``login_lockout_minutes``). The audit chain gets one event per name
    and address per window, carrying the count, and at most a few names per address."""
    forget = dt.timedelta(minutes=cfg.login_lockout_minutes)
    if throttle is None:
        throttle = _new_throttle(session, name, client)
    if throttle.last_failed_at and now - throttle.last_failed_at > forget:
        throttle.failures = 0
    throttle.failures += 1
    throttle.last_failed_at = now
    over = throttle.failures - cfg.login_max_failures
    if over >= 0:
        wait = min(cfg.login_backoff_seconds * 2**over, forget.total_seconds())
        throttle.blocked_until = now + dt.timedelta(seconds=wait)
    window = now - dt.timedelta(minutes=cfg.login_audit_minutes)
    recorded_lately = throttle.last_recorded_at is not None and throttle.last_recorded_at > window
    names_lately = session.execute(
        select(func.count()).where(
            LoginThrottle.source == client, LoginThrottle.last_recorded_at > window
        )
    ).scalar_one()
    if recorded_lately or int(names_lately) >= cfg.login_audit_names_per_address:
        throttle.unrecorded += 1
        session.flush()
        return
    record_event(
        session,
        actor=name,
        action="login_failed",
        entity_type="user",
        entity_id=user.id if user else None,
        data={
            "client": client,
            "failures": throttle.unrecorded + 1,
            "refused_while_waiting": throttle.refused,
        },
    )
    throttle.unrecorded, throttle.refused, throttle.last_recorded_at = 0, 0, now
    session.flush()


def _new_throttle(session: Session, name: str, client: str) -> LoginThrottle:
    """The count's row for a name and address; two first failures at once share one."""
    try:
        with session.begin_nested():
            row = LoginThrottle(name=name, source=client, failures=0, refused=0, unrecorded=0)
            session.add(row)
        return row
    except IntegrityError:
        return session.execute(
            select(LoginThrottle)
            .where(LoginThrottle.name == name, LoginThrottle.source == client)
            .with_for_update()
        ).scalar_one()


def sign_out(session: Session, sid: str | None, actor: str) -> None:
    """End the web session ``sid`` (if it is live) and audit the logout."""
    if sid:
        row = session.execute(
            select(UserSession).where(UserSession.token_hash == token_digest(sid))
        ).scalar_one_or_none()
        if row is not None and row.revoked_at is None:
            row.revoked_at, row.revoked_why = utcnow(), "logout"
    record_event(session, actor=actor, action="logout", entity_type="user")
