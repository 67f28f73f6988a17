"""The signed webhook every outbound event leaves by (approved orders, lifecycle statuses):
one JSON body, an HMAC-SHA256 signature when a secret is set, an idempotency key the
receiver may dedupe on, and a refusal the job queue retries with backoff."""

from __future__ import annotations

import hashlib
import hmac
import json
from typing import Any

import httpx

from models.errors import Unavailable
from models.settings.approvals import OutboundSettings


class WebhookRefused(Unavailable):
    """The receiver answered with an error status; a later try may be accepted."""

    code = "webhook_refused"


def signature(secret: str, body: bytes) -> str:
    return "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


def post_signed(
    out: OutboundSettings,
    payload: dict[str, Any],
    *,
    event: str,
    idempotency_key: str,
    what: str = "",
) -> int:
    """POST the payload to the configured webhook; returns the receiver's status. ``what``
    names the thing sent in the refusal's message (" for lifecycle status 4")."""
    assert out.webhook_url is not None
    body = json.dumps(payload, sort_keys=True, ensure_ascii=False).encode()
    headers = {
        "Content-Type": "application/json",
        "User-Agent": "orderdesk",
        "X-Orderdesk-Event": event,
        "Idempotency-Key": idempotency_key,
    }
    if out.webhook_secret:
        headers["X-Orderdesk-Signature"] = signature(out.webhook_secret, body)
    response = httpx.post(
        out.webhook_url, content=body, headers=headers, timeout=out.webhook_timeout_seconds
    )
    if response.status_code >= 300:  # the job queue retries with backoff
        raise WebhookRefused(
            f"webhook {out.webhook_url} answered {response.status_code}{what}: "
            f"{response.text[:200]}"
        )
    return response.status_code
