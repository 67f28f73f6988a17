"""Opens the archive named by ``ORDERDESK_ARCHIVE_URL``: ``file:///path`` (local write-once
folder, the embedded default) or ``s3://bucket`` (endpoint and keys from
``ORDERDESK_ARCHIVE__S3_*``)."""

from __future__ import annotations

import datetime as dt
import os
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Protocol
from urllib.parse import urlparse

from archive.local import LocalWormStore
from archive.objects import ObjectVersion
from models.settings import Settings
from models.storage import ObjectStore, ObjectStoreError


class ArchiveStore(ObjectStore, Protocol):
    """What archive/ needs beyond the ingest contract: listing, retention, legal holds."""

    def keys(self, prefix: str = "") -> Iterator[str]: ...

    def versions(self, prefix: str = "") -> Iterator[ObjectVersion]:
        """Every version of every key (delete markers included), so nothing written around
        orderdesk hides behind a key it knows."""
        ...

    def extend_retention(self, key: str, version_id: str | None, until: dt.datetime) -> dt.datetime:
        """Lock a version at least until ``until``; returns its lock date as it now stands."""
        ...

    def set_legal_hold(self, key: str, version_id: str | None, on: bool) -> None: ...


def open_store(settings: Settings) -> ArchiveStore:
    url = urlparse(settings.archive_location)
    if url.scheme == "file":
        return LocalWormStore(Path(url.path))
    if url.scheme == "s3":
        return _open_s3(settings, url.netloc)
    raise ObjectStoreError(
        f"archive URL {settings.archive_location!r} is not supported: use file:///path or "
        "s3://bucket"
    )


def _open_s3(settings: Settings, bucket: str) -> ArchiveStore:
    from minio import Minio

    from archive.s3 import S3WormStore

    cfg = settings.archive
    if not bucket:
        raise ObjectStoreError("ORDERDESK_ARCHIVE_URL=s3://… needs a bucket name")
    if not cfg.s3_endpoint:
        raise ObjectStoreError(
            "s3:// archive needs ORDERDESK_ARCHIVE__S3_ENDPOINT (host:port), "
            "ORDERDESK_ARCHIVE__S3_ACCESS_KEY and ORDERDESK_ARCHIVE__S3_SECRET_KEY"
        )
    years = cfg.bucket_default_retention_years
    key: tuple[object, ...] = (os.getpid(), bucket, cfg.s3_endpoint, cfg.s3_access_key)
    key += (cfg.s3_secret_key, cfg.s3_secure, cfg.s3_region, years)
    with _S3_LOCK:
        store = _S3_OPENED.get(key)
        if store is None:
            client = Minio(
                cfg.s3_endpoint,
                access_key=cfg.s3_access_key,
                secret_key=cfg.s3_secret_key,
                secure=cfg.s3_secure,
                region=cfg.s3_region,
            )
            store = S3WormStore(client, bucket, default_retention_years=years)
            _S3_OPENED[key] = store
    return store


# An S3 store once opened, per process: a worker opens the archive for every job (the
# original to read, parts to write), and each opening asked the store twice about the
# bucket and started a connection pool of its own. The client is thread-safe; a forked
# child (another pid) opens its own, as urllib3's pools do not survive a fork.
_S3_OPENED: dict[tuple[object, ...], ArchiveStore] = {}
_S3_LOCK = threading.Lock()
