"""Admin screen: people and integrations, their role, password and API token."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import HTMLResponse, Response
from sqlalchemy import select
from sqlalchemy.orm import Session

from api.auth import Actor, hash_password, new_token, require, token_digest
from api.deps import get_session
from api.web.templating import page
from models.audit import record_event
from models.enums import Role
from models.users import User

router = APIRouter(include_in_schema=False)
admin_only = require(Role.ADMIN)


def _render(request: Request, session: Session, actor: Actor, **extra: Any) -> Response:
    users = session.execute(select(User).order_by(User.name)).scalars().all()
    return page(request, "admin/users.html", actor=actor, users=users, roles=list(Role), **extra)


@router.get("/admin/users", response_class=HTMLResponse)
def users_page(
    request: Request,
    actor: Actor = Depends(admin_only),
    session: Session = Depends(get_session),
) -> Response:
    return _render(request, session, actor)


@router.post("/admin/users", response_class=HTMLResponse)
def save_user(
    request: Request,
    name: str = Form(...),
    role: Role = Form(Role.CLERK),
    password: str = Form(""),
    token: bool = Form(False),
    active: bool = Form(True),
    actor: Actor = Depends(admin_only),
    session: Session = Depends(get_session),
) -> Response:
    name = name.strip()
    if not name:
        return _render(request, session, actor, error="A user needs a name.")
    if password and len(password) < 10:
        return _render(request, session, actor, error="Passwords need at least 10 characters.")
    user = session.execute(select(User).where(User.name == name)).scalar_one_or_none()
    if user is None:
        user = User(name=name)
        session.add(user)
    user.role, user.active = role, active
    if password:
        user.password_hash = hash_password(password)
    secret = new_token() if token else None
    if secret:
        user.token_hash = token_digest(secret)
    session.flush()
    record_event(
        session,
        actor=actor.name,
        action="user_saved",
        entity_type="user",
        entity_id=user.id,
        data={
            "role": role.value,
            "active": active,
            "password": bool(password),
            "token": bool(secret),
        },
    )
    return _render(request, session, actor, saved=name, token=secret)
