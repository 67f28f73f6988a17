"""Who is asking. API clients send ``Authorization: Bearer TOKEN``; the web UI logs in with a
password (argon2) and then uses a signed session cookie plus a CSRF token on every
state-changing request. The cookie carries only a random session id: the session lives on
the server (``UserSession``), so logout, a new password or a disabled user end it. Until the
first user exists the embedded default is open on loopback, so the two-command start needs
no set-up; ``orderdesk users add`` closes it, and on any other address orderdesk refuses to
start without an active admin (``api.process.check_login_wall``)."""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import re
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from typing import Annotated
from urllib.parse import parse_qs, quote, urlsplit

from fastapi import Depends, FastAPI, HTTPException, Request, status
from fastapi.responses import JSONResponse, RedirectResponse, Response
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool
from starlette.middleware.sessions import SessionMiddleware
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from accounts.logins import (
    sign_in,
    sign_out,
    user_of_session,
    user_of_token,
    users_exist,
)
from api.deps import get_session
from models.db import session_factory
from models.enums import Role
from models.settings import Settings

SESSION_ID_KEY = "sid"  # the cookie carries a random session id; the server keeps the session


@dataclass(frozen=True)
class Actor:
    name: str
    role: Role

    @property
    def can_write(self) -> bool:
        return self.role != Role.AUDITOR

    def admitted(self, *roles: Role) -> bool:
        """Whether ``require(*roles)`` lets this actor through (an admin always): what a page
        asks before it offers an action only those roles may take."""
        return self.role == Role.ADMIN or self.role in roles


def open_access(request: Request) -> bool:
    """Whether the embedded default's open mode (no users yet: everyone is admin) may answer:
    only where orderdesk listens on loopback (``serve``/``run`` set this for other hosts)."""
    return bool(getattr(request.app.state, "open_access", True))


def actor_from_request(request: Request, session: Session) -> Actor | None:
    header = request.headers.get("authorization", "")
    if header.lower().startswith("bearer "):
        user = user_of_token(session, header[7:].strip())
        return Actor(user.name, Role(user.role)) if user else None
    sid = request.scope.get("session", {}).get(SESSION_ID_KEY)
    if sid:
        user = user_of_session(session, str(sid))
        if user:
            return Actor(user.name, Role(user.role))
    if open_access(request) and not users_exist(session):
        return Actor("admin", Role.ADMIN)
    return None


def current_actor(request: Request, session: Session = Depends(get_session)) -> Actor:
    actor = actor_from_request(request, session)
    if actor is None:
        raise HTTPException(
            status.HTTP_401_UNAUTHORIZED,
            "log in, or send Authorization: Bearer TOKEN (orderdesk users add NAME --token)",
            headers={"WWW-Authenticate": "Bearer"},
        )
    return actor


def require(*roles: Role) -> Callable[..., Actor]:
    """A dependency that admits only the given roles (admin always)."""

    def check(actor: Actor = Depends(current_actor)) -> Actor:
        if not actor.admitted(*roles):
            raise HTTPException(status.HTTP_403_FORBIDDEN, f"a {actor.role} may not do this")
        return actor

    return check


writer = require(Role.CLERK, Role.APPROVER)

# what routes declare (``actor: Writer``)
CurrentActor = Annotated[Actor, Depends(current_actor)]
Writer = Annotated[Actor, Depends(writer)]
Admin = Annotated[Actor, Depends(require(Role.ADMIN))]
Approver = Annotated[Actor, Depends(require(Role.APPROVER))]  # and admin
Auditor = Annotated[Actor, Depends(require(Role.AUDITOR))]  # and admin


# --- the web side: session cookie, login, CSRF, and the gate in front of everything ---------

CSRF_SESSION_KEY = "csrf"
CSRF_HEADER = "x-csrf-token"
CSRF_FORM_FIELD = "csrf_token"
SESSION_COOKIE = "orderdesk_session"
PUBLIC_PREFIXES = ("/static/",)
PUBLIC_PATHS = {"/health", "/login", "/favicon.ico"}
UNSAFE_METHODS = {"POST", "PUT", "PATCH", "DELETE"}
# no page carries an inline script: the browser may run only our own files. The API docs
# (Swagger UI, ReDoc) are third-party pages with a small inline start-up script each: theirs
# are allowed by hash, computed from the page itself (``_with_headers``), never wholesale.
CSP = (
    "default-src 'self'; script-src 'self'{hashes}; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; frame-ancestors 'none'; form-action 'self'; base-uri 'none'"
)
INLINE_SCRIPT_PAGES = ("/docs", "/redoc", "/docs/oauth2-redirect")
_INLINE_SCRIPT = re.compile(rb"<script(?![^>]*\bsrc=)[^>]*>(.*?)</script>", re.S | re.I)
SECURITY_HEADERS = [
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"same-origin"),
]


def secret_key(settings: Settings) -> str:
    """ORDERDESK_SECRET_KEY, or one generated once into the data folder (mode 0600)."""
    if settings.secret_key:
        return settings.secret_key
    path = settings.data_dir / "secret_key"
    if path.exists():
        return path.read_text().strip()
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    key = secrets.token_urlsafe(48)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        os.write(fd, key.encode())
    finally:
        os.close(fd)
    return key


def cookie_secure(settings: Settings) -> bool:
    choice = settings.approvals.session_cookie_secure
    if choice is not None:
        return choice
    return settings.host not in ("127.0.0.1", "localhost", "::1")


def csrf_token(request: Request) -> str:
    """The session's CSRF token (made on first use); every form and HTMX request sends it."""
    session = request.scope.get("session")
    if session is None:
        return ""
    token = session.get(CSRF_SESSION_KEY)
    if not token:
        token = secrets.token_urlsafe(32)
        session[CSRF_SESSION_KEY] = token
    return str(token)


def login(request: Request, session: Session, name: str, password: str) -> Actor | None:
    """Check a password (``accounts.logins.sign_in``: throttled, audited); on success the
    browser gets the fresh server-side session's id and a new CSRF token."""
    cfg = request.app.state.settings.approvals
    signed_in = sign_in(session, cfg, name, password, _client(request))
    if signed_in is None:
        return None
    user, sid = signed_in
    web_session = request.scope["session"]
    web_session.clear()  # no fixation: a new session id and CSRF token with every login
    web_session[SESSION_ID_KEY] = sid
    web_session[CSRF_SESSION_KEY] = secrets.token_urlsafe(32)
    return Actor(user.name, Role(user.role))


def _client(request: Request) -> str:
    return ((request.client.host if request.client else None) or "?")[:100]


def logout(request: Request, session: Session, actor: Actor) -> None:
    sid = request.scope["session"].get(SESSION_ID_KEY)
    sign_out(session, str(sid) if sid else None, actor.name)
    request.scope["session"].clear()


def _is_public(path: str) -> bool:
    return path in PUBLIC_PATHS or path.startswith(PUBLIC_PREFIXES)


def _wants_html(scope: Scope) -> bool:
    headers = dict(scope.get("headers") or [])
    accept = headers.get(b"accept", b"").decode("latin-1")
    path: str = scope["path"]
    return "text/html" in accept and not path.startswith("/api/")


class SecurityMiddleware:
    """Nothing but /health, /static and the login page without a login (once users exist),
    and no state-changing request from a browser without the session's CSRF token.

    Requests with ``Authorization: Bearer`` are API clients: no cookie is involved, so they
    need no CSRF token. Sits inside Starlette's SessionMiddleware (which signs the cookie).
    """

    def __init__(self, app: ASGIApp, settings: Settings) -> None:
        self.app = app
        self.settings = settings

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path: str = scope["path"]
        headers = {k.decode("latin-1"): v.decode("latin-1") for k, v in scope["headers"]}
        bearer = headers.get("authorization", "").lower().startswith("bearer ")
        if scope["method"] in UNSAFE_METHODS and not bearer:
            receive, problem = await self._csrf_problem(scope, receive, headers)
            if problem:
                await _refused(scope, receive, problem)(scope, receive, _with_headers(send, path))
                return
        if not _is_public(path):
            actor = await run_in_threadpool(self._actor, scope)
            if actor is not None:
                scope.setdefault("state", {})["actor"] = actor  # for the layout's header
            else:
                if _wants_html(scope):
                    query = scope.get("query_string", b"").decode("latin-1")
                    target = "/login?next=" + quote(path + (f"?{query}" if query else ""), safe="/")
                    await RedirectResponse(target, status_code=303)(scope, receive, send)
                else:
                    await JSONResponse(
                        {"detail": "log in, or send Authorization: Bearer TOKEN"},
                        status_code=401,
                        headers={"WWW-Authenticate": "Bearer"},
                    )(scope, receive, send)
                return
        await self.app(scope, receive, _with_headers(send, path))

    def _actor(self, scope: Scope) -> Actor | None:
        request = Request(scope)
        session = session_factory(self.settings.db_url)()
        try:
            return actor_from_request(request, session)
        finally:
            session.close()

    async def _csrf_problem(
        self, scope: Scope, receive: Receive, headers: dict[str, str]
    ) -> tuple[Receive, str | None]:
        expected = (scope.get("session") or {}).get(CSRF_SESSION_KEY)
        if not expected:
            # no browser session: refuse only what a browser says comes from another site
            if headers.get("sec-fetch-site") == "cross-site" or _foreign_origin(headers):
                return receive, "cross-site request refused"
            return receive, None
        sent = headers.get(CSRF_HEADER)
        if sent is None:
            body, receive = await _buffer(receive)
            sent = await _form_token(scope, body, headers.get("content-type", ""))
        if not sent or not hmac.compare_digest(str(sent), str(expected)):
            return receive, "the form's security token is missing or stale; reload the page"
        return receive, None


def _refused(scope: Scope, receive: Receive, problem: str) -> Response:
    """A refused form: a browser gets the "form has expired" page with a way back (nothing
    was saved), a script or API client the JSON it always had."""
    from api.web.errors import EXPIRED_FORM, error_response

    return error_response(Request(scope, receive), 403, problem, EXPIRED_FORM)


def _with_headers(send: Send, path: str) -> Send:
    """Security headers and the content-security policy on every answer."""
    extra = list(SECURITY_HEADERS)
    if path in INLINE_SCRIPT_PAGES:
        return _with_script_hashes(send, extra)
    extra.append((b"content-security-policy", CSP.format(hashes="").encode()))

    async def wrapped(message: Message) -> None:
        if message["type"] == "http.response.start":
            message["headers"] = [*message.get("headers", []), *extra]
        await send(message)

    return wrapped


def _with_script_hashes(send: Send, extra: list[tuple[bytes, bytes]]) -> Send:
    """Hold the (small) page back until its inline scripts are hashed into the policy."""
    start: Message | None = None
    body: list[bytes] = []

    async def wrapped(message: Message) -> None:
        nonlocal start
        if message["type"] == "http.response.start":
            start = message
            return
        if message["type"] != "http.response.body" or start is None:
            await send(message)
            return
        body.append(message.get("body", b""))
        if message.get("more_body", False):
            return
        page = b"".join(body)
        digests = [
            "'sha256-" + base64.b64encode(hashlib.sha256(m.group(1)).digest()).decode() + "'"
            for m in _INLINE_SCRIPT.finditer(page)
        ]
        csp = CSP.format(hashes="".join(" " + d for d in digests)).encode()
        headers = [(k, v) for k, v in start.get("headers", []) if k.lower() != b"content-length"]
        headers += [*extra, (b"content-security-policy", csp)]
        headers.append((b"content-length", str(len(page)).encode()))
        await send({**start, "headers": headers})
        await send({"type": "http.response.body", "body": page, "more_body": False})

    return wrapped


def _foreign_origin(headers: dict[str, str]) -> bool:
    origin = headers.get("origin")
    if not origin or origin == "null":
        return origin == "null"
    return urlsplit(origin).netloc != headers.get("host", "")


async def _buffer(receive: Receive) -> tuple[bytes, Receive]:
    """Read the whole body, and give the app a receive that plays it back."""
    chunks = []
    more = True
    while more:
        message = await receive()
        chunks.append(message.get("body", b""))
        more = message.get("more_body", False)
    body = b"".join(chunks)
    sent = False

    async def replay() -> Message:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()

    return body, replay


async def _form_token(scope: Scope, body: bytes, content_type: str) -> str | None:
    if content_type.startswith("application/x-www-form-urlencoded"):
        values = parse_qs(body.decode("utf-8", "replace")).get(CSRF_FORM_FIELD)
        return values[0] if values else None
    if content_type.startswith("multipart/form-data"):

        async def once() -> Message:
            return {"type": "http.request", "body": body, "more_body": False}

        form = await Request(scope, once).form()
        value = form.get(CSRF_FORM_FIELD)
        await form.close()
        return value if isinstance(value, str) else None
    return None


def install(app: FastAPI, settings: Settings) -> None:
    """The gate and CSRF inside a signed session cookie (HttpOnly, SameSite=Lax, Secure)."""
    app.add_middleware(SecurityMiddleware, settings=settings)
    app.add_middleware(
        SessionMiddleware,
        secret_key=secret_key(settings),
        session_cookie=SESSION_COOKIE,
        max_age=int(settings.approvals.session_hours * 3600),
        same_site="lax",
        https_only=cookie_secure(settings),
    )
