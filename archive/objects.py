"""What the stores list: object versions, compared by ``verify`` with the database."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ObjectVersion:
    """One version in the store: what ``verify`` compares with the database's records.
    A local folder has one version per key (``version_id`` None); on S3 a delete without a
    version id adds a version that is a delete marker."""

    key: str
    version_id: str | None
    delete_marker: bool = False
