"""Sender profiles screen (issue 24): what orderdesk learned about each sender from the
documents clerks approved, and a button to forget it (after a sender's redesign, say)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Form
from fastapi.responses import HTMLResponse, Response

from api.acting import ByWriter, WriterCall
from api.web.templating import page
from learning import store

router = APIRouter(include_in_schema=False)


def _render(by: WriterCall, **extra: Any) -> Response:
    found = store.profiles(by.session)
    return page(by.request, "learning/profiles.html", actor=by.actor, profiles=found, **extra)


@router.get("/profiles", response_class=HTMLResponse)
def profiles_page(by: ByWriter) -> Response:
    return _render(by)


@router.post("/profiles/reset", response_class=HTMLResponse)
def reset_profile(by: ByWriter, key: str = Form(...)) -> Response:
    done = store.reset(by.session, key, actor=by.actor.name)
    by.session.commit()
    return _render(by, reset=key if done else None)
