"""The FastAPI application: REST under /api, OpenAPI at /docs, health and the web UI."""

from __future__ import annotations

import importlib
import pkgutil

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
from fastapi.staticfiles import StaticFiles
from fastapi_offline import FastAPIOffline
from sqlalchemy.exc import DataError

import api.routes
import api.web.pages
from api.web.templating import STATIC_DIR
from archive.search import configure as configure_search
from archive.store import open_store
from models.errors import OrderdeskError
from models.settings import Settings, get_settings


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
    async def orderdesk_error(_request: Request, exc: OrderdeskError) -> JSONResponse:
        """Every deliberate error of every stage: its status, its message and its code."""
        return JSONResponse({"detail": str(exc), "code": exc.code}, status_code=exc.http_status)

    @app.exception_handler(OverflowError)
    @app.exception_handler(DataError)
    async def out_of_range(_request: Request, exc: Exception) -> JSONResponse:
        # an id or offset beyond what the database stores (found by fuzzing the API)
        return JSONResponse(
            {"detail": "a number in the request is out of range for this field"},
            status_code=422,
        )

    # every module in api/routes and api/web/pages with a ``router`` is part of the app
    for package in (api.routes, api.web.pages):
        for mod in pkgutil.iter_modules(package.__path__):
            module = importlib.import_module(f"{package.__name__}.{mod.name}")
            router = getattr(module, "router", None)
            if router is not None:
                app.include_router(router)
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
    from api.auth import install as install_security

    install_security(app, settings)  # login gate, session cookie, CSRF
    return app
