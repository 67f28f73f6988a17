"""Adding, changing and disabling users: one place for the CLI and the admin screen, so both
keep the same guarantees. The last active admin can be neither disabled nor demoted (the
login wall would fall with it: nobody could administer orderdesk, and an installation with
no active user is open); a new password or a disabled user ends their web sessions."""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from accounts.credentials import hash_password, new_token, revoke_sessions, token_digest
from models.audit import record_event
from models.enums import Role
from models.errors import Conflict, ExitCode
from models.users import User

ADD_ADMIN = "orderdesk users add NAME --role admin"


class AccountError(Conflict):
    """A change to users that would leave orderdesk without what it needs; says what to do."""

    code = "account"


class LoginWallDown(Conflict):
    """orderdesk would listen beyond this machine with nobody to log in as admin."""

    code = "login_wall"
    exit_code = ExitCode.BAD_INPUT


@dataclass(frozen=True)
class Saved:
    user: User
    token: str | None  # a new API token, shown once
    sessions_ended: int


def all_users(session: Session) -> list[User]:
    """Everyone who may log in (or could again), by name: the admin screen and ``users list``."""
    return list(session.execute(select(User).order_by(User.name)).scalars())


def user_exists(session: Session, name: str) -> bool:
    return session.execute(select(User.id).where(User.name == name)).first() is not None


def active_admins(session: Session) -> int:
    return int(
        session.execute(
            select(func.count()).where(User.role == Role.ADMIN, User.active.is_(True))
        ).scalar_one()
    )


def _keep_an_admin(session: Session, user: User, *, role: Role, active: bool) -> None:
    was_admin = user.id is not None and user.active and user.role == Role.ADMIN
    stays_admin = active and role == Role.ADMIN
    if was_admin and not stays_admin and active_admins(session) <= 1:
        what = "disabled" if not active else f"made {role.value}"
        raise AccountError(
            f"{user.name} is the last active admin and cannot be {what}: add another admin "
            f"first ({ADD_ADMIN})"
        )


def save_user(
    session: Session,
    *,
    by: str,
    name: str,
    role: Role,
    password: str | None = None,
    token: bool = False,
    active: bool = True,
    email: str | None = None,
) -> Saved:
    """Add a user or change one (role, password, API token, active)."""
    name = name.strip()
    if not name:
        raise AccountError("a user needs a name")
    user = session.execute(select(User).where(User.name == name)).scalar_one_or_none()
    if user is None:
        user = User(name=name, role=role, active=active)
        session.add(user)
    else:
        _keep_an_admin(session, user, role=role, active=active)
    user.role, user.active = role, active
    if email is not None:  # an empty string clears it
        user.email = email.strip() or None
    if password:
        user.password_hash = hash_password(password)
    secret = new_token() if token else None
    if secret:
        user.token_hash = token_digest(secret)
    session.flush()
    ended = 0
    if password or not active:
        ended = revoke_sessions(session, user.id, "password changed" if active else "disabled")
    record_event(
        session,
        actor=by,
        action="user_saved",
        entity_type="user",
        entity_id=user.id,
        data={
            "role": role.value,
            "active": active,
            "password": bool(password),
            "token": bool(secret),
            "sessions_ended": ended,
        }
        | ({"email": user.email} if email is not None else {}),
    )
    return Saved(user, secret, ended)


def disable_user(session: Session, *, by: str, name: str) -> User:
    """Stop a user logging in or using their token (their history stays)."""
    user = session.execute(select(User).where(User.name == name)).scalar_one_or_none()
    if user is None:
        raise AccountError(f"no user named {name}")
    _keep_an_admin(session, user, role=Role(user.role), active=False)
    user.active = False
    ended = revoke_sessions(session, user.id, "disabled")
    record_event(
        session,
        actor=by,
        action="user_disabled",
        entity_type="user",
        entity_id=user.id,
        data={"sessions_ended": ended},
    )
    return user


def is_loopback(host: str) -> bool:
    """Whether ``host`` is this machine only: the one place the open embedded default (no
    users yet, everyone is admin) may answer."""
    if host in ("localhost", "ip6-localhost"):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def require_login_wall(session: Session, host: str) -> None:
    """Refuse to listen on anything but loopback without an active admin: with no active
    user the embedded default is open (everyone is admin), and with no admin nobody can
    manage users from the web. Raises ``LoginWallDown`` with what to do."""
    if is_loopback(host) or active_admins(session) > 0:
        return
    raise LoginWallDown(
        f"orderdesk will not listen on {host}: there is no active admin, so the login "
        f"wall would not stand. Add one with `{ADD_ADMIN}` (it asks for a password), or "
        "listen on 127.0.0.1 only."
    )
