"""Admin screen: people and integrations, their role, password and API token."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Form
from fastapi.responses import HTMLResponse, Response

from accounts import users as accounts
from api.acting import ByAdmin, WriterCall
from api.web.templating import page
from models.enums import Role

router = APIRouter(include_in_schema=False)


def _render(by: WriterCall, **extra: Any) -> Response:
    users = accounts.all_users(by.session)
    return page(
        by.request, "admin/users.html", actor=by.actor, users=users, roles=list(Role), **extra
    )


@router.get("/admin/users", response_class=HTMLResponse)
def users_page(by: ByAdmin) -> Response:
    return _render(by)


@router.post("/admin/users", response_class=HTMLResponse)
def save_user(
    by: ByAdmin,
    name: str = Form(...),
    role: Role = Form(Role.CLERK),
    password: str = Form(""),
    token: bool = Form(False),
    active: bool = Form(True),
    email: str | None = Form(None),
) -> Response:
    session, actor = by.session, by.actor
    if password and len(password) < 10:
        return _render(by, error="Passwords need at least 10 characters.")
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
        return _render(by, error=f"{text[0].upper()}{text[1:]}.")
    session.commit()  # sessions ended by a new password are ended before the answer
    return _render(by, saved=saved.user.name, token=saved.token)
