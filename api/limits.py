"""No request body larger than the biggest file orderdesk accepts: the body is counted while
it streams in and refused with 413 at the limit, before anything (the multipart parser's
spool file, the CSRF check's buffer) has taken more than that. A declared Content-Length
over the limit is refused before a byte is read."""

from __future__ import annotations

import json

from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from models.settings import Settings

# room for what a multipart form adds around the file (boundaries, headers, other fields)
FORM_SLACK = 1024 * 1024


class BodyTooLarge(HTTPException):
    def __init__(self, limit_mb: int) -> None:
        super().__init__(
            413,
            f"the upload is over the {limit_mb} MB limit (ORDERDESK_INGEST__MAX_FILE_MB); "
            "split it, or ask for the limit to be raised",
        )


class BodyLimit:
    """Outermost middleware: every other layer reads the body through it."""

    def __init__(self, app: ASGIApp, settings: Settings) -> None:
        self.app = app
        self.limit_mb = settings.ingest.max_file_mb
        self.limit = self.limit_mb * 1024 * 1024 + FORM_SLACK

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope.get("headers") or []).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.limit:
            await self._refuse(send)
            return
        received = 0
        started = False

        async def counted() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.limit:
                    raise BodyTooLarge(self.limit_mb)
            return message

        async def tracked(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, counted, tracked)
        except BodyTooLarge:
            if started:
                raise
            await self._refuse(send)

    async def _refuse(self, send: Send) -> None:
        body = json.dumps({"detail": BodyTooLarge(self.limit_mb).detail}).encode()
        await send(
            {
                "type": "http.response.start",
                "status": 413,
                "headers": [
                    (b"content-type", b"application/json"),
                    (b"content-length", str(len(body)).encode()),
                    (b"connection", b"close"),
                ],
            }
        )
        await send({"type": "http.response.body", "body": body})
