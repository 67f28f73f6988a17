"""The FastAPI application: REST under /api, OpenAPI at /docs, health and the web UI."""

from __future__ import annotations

import importlib

from fastapi import FastAPI, Request
from fastapi.exception_handlers import (
    http_exception_handler,
    request_validation_exception_handler,
)
from fastapi.exceptions import RequestValidationError
from fastapi.responses import Response
from fastapi.staticfiles import StaticFiles
from fastapi_offline import FastAPIOffline
from sqlalchemy.exc import DataError
from starlette.exceptions import HTTPException as StarletteHTTPException

from api.web.errors import error_response, wants_page
from api.web.templating import STATIC_DIR
from archive.search import configure as configure_search
from archive.store import open_store
from models.errors import OrderdeskError
from models.settings import Settings, get_settings

# Everything the app answers, in the order FastAPI tries them: the REST API under /api, then
# the web pages. A new module of routes is a new line here (nothing is found by scanning).
SURFACES = (
    "api.routes.archive",
    "api.routes.documents",
    "api.routes.health",
    "api.routes.invoice_statuses",
    "api.routes.kpis",
    "api.routes.links",
    "api.routes.masterdata",
    "api.routes.metrics",
    "api.routes.order_responses",
    "api.routes.orders",
    "api.routes.review",
    "api.routes.search",
    "api.web.pages.approvals_queue",
    "api.web.pages.audit_tools",
    "api.web.pages.bulk",
    "api.web.pages.dashboard",
    "api.web.pages.document",
    "api.web.pages.favicon",
    "api.web.pages.imports",
    "api.web.pages.invoice_statuses",
    "api.web.pages.link_tools",
    "api.web.pages.login",
    "api.web.pages.masterdata",
    "api.web.pages.orders",
    "api.web.pages.profiles",
    "api.web.pages.quarantine",
    "api.web.pages.queue",
    "api.web.pages.review_live",
    "api.web.pages.search",
    "api.web.pages.users",
)


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or get_settings()
    # Swagger UI and ReDoc served from the package, not a CDN: installs are often offline
    app = FastAPIOffline(
        title="orderdesk",
        version="0.1.0",
        description="Purchase orders, invoices and their follow-ups, from paper to data.",
    )
    app.state.settings = settings
    configure_search(settings)  # which search engine answers for this database
    app.state.store = open_store(settings)

    @app.exception_handler(OrderdeskError)
    async def orderdesk_error(request: Request, exc: OrderdeskError) -> Response:
        """Every deliberate error of every stage: its status, its message and its code (a
        page in a browser, JSON for API clients: ``api.web.errors``)."""
        return error_response(request, exc.http_status, str(exc), exc.code)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        # unknown addresses, role checks, missing page images: the same page for browsers
        if wants_page(request.scope):
            code = {403: "not_allowed", 404: "not_found", 405: "not_allowed"}.get(
                exc.status_code, "failed"
            )
            return error_response(
                request, exc.status_code, str(exc.detail), code, headers=exc.headers
            )
        return await http_exception_handler(request, exc)

    @app.exception_handler(RequestValidationError)
    async def invalid_request(request: Request, exc: RequestValidationError) -> Response:
        if wants_page(request.scope):
            problems = "; ".join(
                f"{'.'.join(str(p) for p in e.get('loc', ())[1:]) or 'request'}: {e.get('msg')}"
                for e in exc.errors()
            )
            return error_response(request, 422, problems, "invalid_input")
        return await request_validation_exception_handler(request, exc)

    @app.exception_handler(OverflowError)
    @app.exception_handler(DataError)
    async def out_of_range(request: Request, exc: Exception) -> Response:
        # an id or offset beyond what the database stores (found by fuzzing the API)
        return error_response(
            request, 422, "a number in the request is out of range for this field", "out_of_range"
        )

    for name in SURFACES:  # imported here: a process that never serves never loads them
        app.include_router(importlib.import_module(name).router)
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
    from api.auth import install as install_security

    install_security(app, settings)  # login gate, session cookie, CSRF
    from api.limits import BodyLimit

    app.add_middleware(BodyLimit, settings=settings)  # outermost: counts every body read
    return app
