"""The login page (the only page reachable without logging in) and logging out."""

from __future__ import annotations

from urllib.parse import urlsplit

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from accounts.logins import LoginThrottled
from api.auth import CurrentActor, login, logout
from api.deps import DbSession
from api.web.templating import page

router = APIRouter(include_in_schema=False)


def _safe_next(target: str | None) -> str:
    """Only paths of this site, never another host (no open redirect)."""
    # browsers read "/\\host" as "//host": another site
    if not target or not target.startswith("/") or target.startswith("//") or "\\" in target:
        return "/queue"
    parts = urlsplit(target)
    return parts.path + (f"?{parts.query}" if parts.query else "")


@router.get("/login", response_class=HTMLResponse)
def login_form(request: Request, next: str | None = None) -> Response:
    return page(request, "login.html", next=_safe_next(next), error=None, actor=None)


@router.post("/login", response_class=HTMLResponse)
def login_submit(
    request: Request,
    session: DbSession,
    name: str = Form(...),
    password: str = Form(...),
    next: str | None = Form(None),
) -> Response:
    try:
        actor = login(request, session, name, password)
    except LoginThrottled as exc:
        session.commit()
        response = page(
            request,
            "login.html",
            status_code=429,
            next=_safe_next(next),
            error=str(exc),
            actor=None,
            name=name,
        )
        response.headers["Retry-After"] = str(exc.wait_seconds)
        return response
    if actor is None:
        session.commit()  # the failure is counted before the next try can be answered
        return page(
            request,
            "login.html",
            status_code=401,
            next=_safe_next(next),
            error="Wrong name or password (after several failures, each try waits longer).",
            actor=None,
            name=name,
        )
    # the session row must be there for the very next request: commit before answering
    # (the request's own commit runs only once the response has started)
    session.commit()
    return RedirectResponse(_safe_next(next), status_code=303)


@router.post("/logout")
def logout_submit(
    request: Request,
    actor: CurrentActor,
    session: DbSession,
) -> Response:
    logout(request, session, actor)
    session.commit()  # revoked before the answer says so
    return RedirectResponse("/login", status_code=303)
