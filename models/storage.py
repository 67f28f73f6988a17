"""The object-store contract. ``archive/`` implements it; ``ingest/`` uses it to store an
original before anything else, without importing ``archive/`` (data flows one way)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from models.errors import Unavailable


@dataclass(frozen=True)
class StoredObject:
    key: str
    sha256: str
    size: int
    version_id: str | None
    backend: str
    retain_until: dt.datetime | None = None


class ObjectStoreError(Unavailable):
    """The archive refused or lost something; the message names the object."""

    code = "archive_unavailable"


class ObjectStore(Protocol):
    backend: str

    def put(
        self, key: str, data: bytes, *, retain_until: dt.datetime | None = None
    ) -> StoredObject:
        """Store bytes write-once under ``key``; storing identical bytes again is a no-op,
        different bytes under an existing key is refused (local) or a new version (S3)."""
        ...

    def get(self, key: str, version_id: str | None = None) -> bytes: ...

    def exists(self, key: str) -> bool: ...


# how a stage's job handler reaches the archive's object store: the flow hands it in
# (``flow.table.with_store``), so the stage imports no archive code; opened when called
OpenStore = Callable[[], ObjectStore]


def original_key(sha256: str) -> str:
    """Originals are content-addressed: no personal data (file names) in keys."""
    return f"originals/{sha256[:2]}/{sha256}"
