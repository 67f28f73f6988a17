"""Admin screen: people and integrations, their role, password and API token."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, Response
from sqlalchemy.orm import Session

from accounts import users as accounts
from api.auth import Actor, Admin
from api.deps import DbSession
from api.web.templating import page
from models.enums import Role

router = APIRouter(include_in_schema=False)


def _render(request: Request, session: Session, actor: Actor, **extra: Any) -> Response:
    users = accounts.all_users(session)
    return page(request, "admin/users.html", actor=actor, users=users, roles=list(Role), **extra)


@router.get("/admin/users", response_class=HTMLResponse)
def users_page(
    request: Request,
    actor: Admin,
    session: DbSession,
) -> Response:
    return _render(request, session, actor)


@router.post("/admin/users", response_class=HTMLResponse)
def save_user(
    request: Request,
    actor: Admin,
    session: DbSession,
    name: str = Form(...),
    role: Role = Form(Role.CLERK),
    password: str = Form(""),
    token: bool = Form(False),
    active: bool = Form(True),
    email: str | None = Form(None),
) -> Response:
    if password and len(password) < 10:
        return _render(request, session, actor, error="Passwords need at least 10 characters.")
    try:
        saved = accounts.save_user(
            session,
            by=actor.name,
            name=name,
            role=role,
            password=password or None,
            token=token,
            active=active,
            email=email or None,  # left blank: unchanged
        )
    except accounts.AccountError as exc:
        session.rollback()
        text = str(exc)
        return _render(request, session, actor, error=f"{text[0].upper()}{text[1:]}.")
    session.commit()  # sessions ended by a new password are ended before the answer
    return _render(request, session, actor, saved=saved.user.name, token=saved.token)
