"""The outbox folder: structured messages orderdesk sends (lifecycle statuses, order
responses), one file each, for the company's platform connector (PA/PDP, Peppol access
point) or an ERP to pick up.

Files appear whole (written aside, then renamed) and are never rewritten: a name already
there with the same bytes is left alone, with other bytes it is an error, since a connector
may have sent the first one already.
"""

from __future__ import annotations

import re
from pathlib import Path

from models.errors import Unavailable
from models.files import write_atomically

LIFECYCLE = "lifecycle"
ORDER_RESPONSES = "order-responses"
_UNSAFE = re.compile(r"[^A-Za-z0-9._+-]+")


class OutboxError(Unavailable):
    """The outbox cannot take a file; the message says what to fix (retried meanwhile)."""

    code = "outbox"


def safe_name(*parts: str) -> str:
    """A file name from free text (invoice numbers carry slashes and spaces)."""
    return "_".join(_UNSAFE.sub("-", p).strip("-") or "x" for p in parts if p)[:180]


def write(folder: Path, subfolder: str, name: str, data: bytes) -> Path:
    target_dir = folder / subfolder
    try:
        target_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutboxError(
            f"cannot create the outbox folder {target_dir}: {exc.strerror} "
            "(ORDERDESK_EINVOICING__OUTBOX_DIR)"
        ) from exc
    path = target_dir / name
    if path.exists():
        if path.read_bytes() == data:
            return path
        raise OutboxError(f"{path} already exists with other content; it is never overwritten")
    write_atomically(path, data)
    return path
