"""The embedded default archive: a local folder, write-once.

Objects are written to a temporary name, fsynced, renamed into place and made read-only;
an existing object is never rewritten. Keys are paths below the root; ``..`` is refused.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path

from archive.objects import ObjectVersion
from models.storage import ObjectStoreError, StoredObject


class LocalWormStore:
    backend = "file"

    def __init__(self, root: Path) -> None:
        self.root = root.resolve()
        self.root.mkdir(parents=True, exist_ok=True)

    def path_of(self, key: str) -> Path:
        path = (self.root / key).resolve()
        if not path.is_relative_to(self.root) or path == self.root:
            raise ObjectStoreError(f"archive key {key!r} points outside the archive")
        return path

    def put(
        self, key: str, data: bytes, *, retain_until: dt.datetime | None = None
    ) -> StoredObject:
        digest = hashlib.sha256(data).hexdigest()
        path = self.path_of(key)
        if path.exists():
            existing = hashlib.sha256(path.read_bytes()).hexdigest()
            if existing != digest:
                raise ObjectStoreError(
                    f"archive object {key} already exists with other content; "
                    "the archive is write-once"
                )
            return StoredObject(key, digest, len(data), None, self.backend, retain_until)
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".incoming-")
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
            os.chmod(tmp, stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        dir_fd = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)
        return StoredObject(key, digest, len(data), None, self.backend, retain_until)

    def get(self, key: str, version_id: str | None = None) -> bytes:
        path = self.path_of(key)
        if not path.is_file():
            raise ObjectStoreError(f"archive object {key} is missing")
        return path.read_bytes()

    def exists(self, key: str) -> bool:
        return self.path_of(key).is_file()

    def keys(self, prefix: str = "") -> Iterator[str]:
        for path in sorted(self.root.rglob("*")):
            if path.is_file() and not path.name.startswith(".incoming-"):
                key = path.relative_to(self.root).as_posix()
                if key.startswith(prefix):
                    yield key

    def versions(self, prefix: str = "") -> Iterator[ObjectVersion]:
        for key in self.keys(prefix):
            yield ObjectVersion(key, None)

    # A local folder has no lock beyond read-only files that orderdesk never deletes:
    # retention and holds are recorded in the database (ArchiveObject) only.
    def extend_retention(self, key: str, version_id: str | None, until: dt.datetime) -> dt.datetime:
        return until

    def set_legal_hold(self, key: str, version_id: str | None, on: bool) -> None:
        return None
