"""User administration (``accounts.users``): the last active admin stays, a new password or
a disabled user ends their web sessions, and an API token is shown once and stored hashed."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy.orm import Session

from accounts.credentials import hash_password, needs_rehash, token_digest, verify_password
from accounts.users import (
    AccountError,
    LoginWallDown,
    active_admins,
    disable_user,
    is_loopback,
    require_login_wall,
    save_user,
)
from models.base import utcnow
from models.enums import Role
from models.errors import ExitCode
from models.logins import UserSession


def _live_session(session: Session, user_id: int, token: str) -> UserSession:
    row = UserSession(
        user_id=user_id,
        token_hash=token_digest(token),
        expires_at=utcnow() + dt.timedelta(hours=1),
    )
    session.add(row)
    session.flush()
    return row


def test_the_last_active_admin_can_be_neither_disabled_nor_demoted(session: Session) -> None:
    save_user(session, by="setup", name="root", role=Role.ADMIN, password="s3cret-pass")
    with pytest.raises(AccountError, match="last active admin"):
        disable_user(session, by="root", name="root")
    with pytest.raises(AccountError, match="last active admin"):
        save_user(session, by="root", name="root", role=Role.CLERK)
    save_user(session, by="root", name="second", role=Role.ADMIN)
    assert active_admins(session) == 2
    disable_user(session, by="second", name="root")  # another admin stands: allowed
    assert active_admins(session) == 1


def test_a_new_password_ends_the_users_web_sessions(session: Session) -> None:
    alice = save_user(session, by="root", name="alice", role=Role.CLERK, password="first-pass")
    assert alice.sessions_ended == 0
    live = _live_session(session, alice.user.id, "a-browser")
    changed = save_user(session, by="root", name="alice", role=Role.CLERK, password="new-pass")
    assert changed.sessions_ended == 1
    assert live.revoked_at is not None and live.revoked_why == "password changed"
    assert verify_password(changed.user.password_hash, "new-pass")
    assert not verify_password(changed.user.password_hash, "first-pass")
    assert not needs_rehash(changed.user.password_hash)


def test_disabling_a_user_ends_their_sessions(session: Session) -> None:
    bob = save_user(session, by="root", name="bob", role=Role.APPROVER).user
    live = _live_session(session, bob.id, "bobs-browser")
    assert disable_user(session, by="root", name="bob").active is False
    assert live.revoked_why == "disabled"
    with pytest.raises(AccountError, match="no user named"):
        disable_user(session, by="root", name="nobody")


def test_an_api_token_is_returned_once_and_stored_as_its_digest(session: Session) -> None:
    saved = save_user(session, by="root", name=" erp ", role=Role.CLERK, token=True)
    assert saved.user.name == "erp" and saved.token
    assert saved.user.token_hash == token_digest(saved.token) != saved.token
    with pytest.raises(AccountError, match="needs a name"):
        save_user(session, by="root", name="  ", role=Role.CLERK)


def test_an_empty_or_foreign_hash_verifies_nothing() -> None:
    assert not verify_password(None, "x")
    assert not verify_password("not-an-argon2-hash", "x")
    assert verify_password(hash_password("x"), "x")
    assert not needs_rehash(None)


def test_beyond_loopback_orderdesk_listens_only_with_an_active_admin(session: Session) -> None:
    for host in ("127.0.0.1", "::1", "[::1]", "localhost"):
        require_login_wall(session, host)  # the open default answers this machine only
    with pytest.raises(LoginWallDown, match="no active admin") as refused:
        require_login_wall(session, "0.0.0.0")
    assert refused.value.exit_code == ExitCode.BAD_INPUT
    save_user(session, by="setup", name="clara", role=Role.CLERK, password="s3cret-pass")
    with pytest.raises(LoginWallDown):
        require_login_wall(session, "192.0.2.7")  # a clerk cannot administer users
    save_user(session, by="setup", name="root", role=Role.ADMIN, password="s3cret-pass")
    require_login_wall(session, "192.0.2.7")
    assert not is_loopback("orderdesk.example") and not is_loopback("10.0.0.1")
