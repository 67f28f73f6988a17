"""Jinja2 templates with autoescaping on: extracted text is always shown escaped.

``page`` renders a full screen with what the base layout needs (who is logged in and the
session's CSRF token, sent by every form and, through ``hx-headers``, every HTMX request).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from fastapi import Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

from api.web.formatting import install as install_formatting

WEB_DIR = Path(__file__).resolve().parent
templates = Jinja2Templates(directory=str(WEB_DIR / "templates"))
STATIC_DIR = WEB_DIR / "static"


def age(value: dt.datetime | None, now: dt.datetime | None = None) -> str:
    """'3 d 4 h', '25 min': how long something has waited."""
    if value is None:
        return ""
    seconds = int(((now or dt.datetime.now(dt.UTC)) - value).total_seconds())
    sign = "-" if seconds < 0 else ""
    seconds = abs(seconds)
    days, rest = divmod(seconds, 86400)
    hours, rest = divmod(rest, 3600)
    if days:
        return f"{sign}{days} d {hours} h"
    if hours:
        return f"{sign}{hours} h {rest // 60} min"
    return f"{sign}{rest // 60} min"


templates.env.filters["age"] = age
install_formatting(templates.env)


def page(
    request: Request, template_name: str, /, status_code: int | None = None, **context: Any
) -> HTMLResponse:
    """A server-rendered page; one that shows a form's ``error`` answers 422 unless told."""
    from api.auth import csrf_token

    if status_code is None:
        status_code = 422 if context.get("error") else 200
    context.setdefault("actor", getattr(request.state, "actor", None))
    context["csrf_token"] = csrf_token(request)
    context["request"] = request
    return templates.TemplateResponse(request, template_name, context, status_code=status_code)


def take_flash(request: Request, key: str = "flash") -> Any:
    """The message the last form left for the next page: shown once, then gone (``None``
    where there is none, or no session at all)."""
    return request.session.pop(key, None) if "session" in request.scope else None
