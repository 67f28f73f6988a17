"""Sender profiles screen (issue 24): what orderdesk learned about each sender from the
documents clerks approved, and a button to forget it (after a sender's redesign, say)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, Response
from sqlalchemy.orm import Session

from api.auth import Actor, Writer
from api.deps import DbSession
from api.web.templating import page
from learning import store

router = APIRouter(include_in_schema=False)


def _render(request: Request, session: Session, actor: Actor, **extra: Any) -> Response:
    found = store.profiles(session)
    return page(request, "learning/profiles.html", actor=actor, profiles=found, **extra)


@router.get("/profiles", response_class=HTMLResponse)
def profiles_page(request: Request, actor: Writer, session: DbSession) -> Response:
    return _render(request, session, actor)


@router.post("/profiles/reset", response_class=HTMLResponse)
def reset_profile(
    request: Request,
    actor: Writer,
    session: DbSession,
    key: str = Form(...),
) -> Response:
    done = store.reset(session, key, actor=actor.name)
    session.commit()
    return _render(request, session, actor, reset=key if done else None)
