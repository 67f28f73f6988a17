"""Errors as people read them: a page in the product's look for a browser, the JSON
``{"detail", "code"}`` for an API client.

Who gets which is decided in one place (``wants_page``): a browser navigating (``Accept:
text/html``) to anything outside ``/api/`` gets the page; API clients, ``fetch`` calls and
HTMX requests (which swap fragments and never show a whole page) keep the JSON.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.types import Scope

# what each status means to someone at the screen, and where to go from there
TITLES = {
    400: "This request cannot be handled",
    401: "Please log in",
    403: "Not allowed",
    404: "Not found",
    405: "Not possible here",
    409: "Not possible in this state",
    413: "Too large",
    422: "Something in the request cannot be used",
    429: "Too many tries",
    500: "Something went wrong on our side",
    503: "Temporarily unavailable",
}
EXPIRED_FORM = "expired_form"


def wants_page(scope: Scope) -> bool:
    """A browser navigating to a screen, not a script, an HTMX swap or an API client."""
    headers = {k.lower(): v for k, v in (scope.get("headers") or [])}
    accept = headers.get(b"accept", b"").decode("latin-1")
    path: str = scope.get("path", "")
    if path.startswith("/api/") or b"hx-request" in headers:
        return False
    if headers.get(b"authorization", b"").lower().startswith(b"bearer "):
        return False
    return "text/html" in accept


def error_response(
    request: Request,
    status: int,
    detail: str,
    code: str,
    *,
    headers: Mapping[str, str] | None = None,
) -> Response:
    """The one answer to every deliberate error: a page for browsers, JSON for the rest."""
    if not wants_page(request.scope):
        return JSONResponse({"detail": detail, "code": code}, status_code=status, headers=headers)
    from api.web.templating import page

    context: dict[str, Any] = {
        "status": status,
        "title": TITLES.get(status, "Something went wrong"),
        "detail": detail,
        "code": code,
        "back": _same_site_referer(request),
    }
    if code == EXPIRED_FORM:
        context["title"] = "This form has expired"
    response = page(request, "errors/error.html", status_code=status, **context)
    for key, value in (headers or {}).items():
        response.headers[key] = value
    return response


def _same_site_referer(request: Request) -> str | None:
    """Where the person came from, if it is one of our own pages (a way back, never a
    redirect to another site)."""
    referer = request.headers.get("referer", "")
    host = request.headers.get("host", "")
    prefix_http, prefix_https = f"http://{host}/", f"https://{host}/"
    if host and referer.startswith((prefix_http, prefix_https)):
        return "/" + referer.split("/", 3)[3]
    return None
