"""S3-compatible archive (MinIO, AWS, …) with Object Lock, through the ``minio`` client.

The bucket is created with Object Lock (which turns versioning on) and a default COMPLIANCE
retention. Every put carries COMPLIANCE retention until the document's retention date and a
SHA-256 checksum the store verifies. Locks hold *versions*: an archived part is known by key,
version id and sha256, and a delete without a version id only adds a delete marker.
Keys and metadata never carry personal data: they are locked for years.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import io
from collections.abc import Iterator
from dataclasses import dataclass

from minio import Minio
from minio.commonconfig import COMPLIANCE
from minio.datatypes import Object
from minio.error import MinioException, S3Error
from minio.helpers import MAX_PART_SIZE, MIN_PART_SIZE
from minio.objectlockconfig import YEARS, ObjectLockConfig
from minio.retention import Retention

from archive.objects import ObjectVersion
from models.storage import ObjectStoreError, StoredObject

SHA256_META = "x-amz-meta-sha256"


@dataclass(frozen=True)
class LockStatus:
    """What the store says about one version's lock (read from HEAD, which MinIO and moto
    both answer; moto has no reply for GET ?retention)."""

    mode: str | None
    retain_until: dt.datetime | None
    legal_hold: bool


class S3WormStore:
    backend = "s3"

    def __init__(
        self, client: Minio, bucket: str, *, default_retention_years: int = 11, create: bool = True
    ) -> None:
        self.client = client
        self.bucket = bucket
        if create:
            self.ensure_bucket(default_retention_years)

    def ensure_bucket(self, years: int) -> None:
        """Create the bucket locked and versioned, or check an existing one is."""
        try:
            if not self.client.bucket_exists(self.bucket):
                self.client.make_bucket(self.bucket, object_lock=True)
                self.client.set_object_lock_config(
                    self.bucket, ObjectLockConfig(COMPLIANCE, years, YEARS)
                )
                return
            config = self.client.get_object_lock_config(self.bucket)
        except S3Error as exc:
            if exc.code == "ObjectLockConfigurationNotFoundError":
                raise ObjectStoreError(
                    f"bucket {self.bucket} exists without Object Lock; orderdesk needs a bucket "
                    "created with Object Lock (name a new bucket in ORDERDESK_ARCHIVE_URL)"
                ) from exc
            raise ObjectStoreError(f"S3 bucket {self.bucket}: {exc.code}: {exc.message}") from exc
        except MinioException as exc:
            raise ObjectStoreError(f"S3 bucket {self.bucket}: {exc}") from exc
        except ValueError as exc:  # minio checks names before asking the store
            raise ObjectStoreError(
                f"{exc}: name an S3 bucket of 3 to 63 lower-case letters, digits, dots or "
                "hyphens in ORDERDESK_ARCHIVE_URL=s3://bucket"
            ) from exc
        if config is None:
            raise ObjectStoreError(f"bucket {self.bucket} has no Object Lock configuration")

    # -- the ObjectStore protocol --------------------------------------------------------
    def put(
        self, key: str, data: bytes, *, retain_until: dt.datetime | None = None
    ) -> StoredObject:
        raw = hashlib.sha256(data).digest()
        digest = raw.hex()
        current = self._head(key)
        if current is not None:
            existing = current.metadata.get(SHA256_META) if current.metadata else None
            if existing == digest:
                until = self.lock_status(key, current.version_id).retain_until
                return StoredObject(key, digest, len(data), current.version_id, self.backend, until)
            raise ObjectStoreError(
                f"archive object {key} already exists with other content; the archive is write-once"
            )
        headers: dict[str, str | list[str] | tuple[str]] = {
            "x-amz-sdk-checksum-algorithm": "SHA256",
            "x-amz-checksum-sha256": base64.b64encode(raw).decode(),
            SHA256_META: digest,
        }
        retention = Retention(COMPLIANCE, retain_until) if retain_until else None
        if len(data) > MAX_PART_SIZE:
            raise ObjectStoreError(
                f"{key} is {len(data)} bytes; one archived object is at most 5 GiB"
            )
        try:
            # one PUT, never multipart (the client's default above 5 MiB): the checksum is
            # of the whole object, and Object Lock uploads need one on every request
            result = self.client.put_object(
                self.bucket,
                key,
                io.BytesIO(data),
                len(data),
                metadata=headers,
                retention=retention,
                part_size=max(len(data), MIN_PART_SIZE),
            )
        except MinioException as exc:
            raise ObjectStoreError(f"could not archive {key}: {exc}") from exc
        return StoredObject(key, digest, len(data), result.version_id, self.backend, retain_until)

    def get(self, key: str, version_id: str | None = None) -> bytes:
        try:
            response = self.client.get_object(self.bucket, key, version_id=version_id)
        except S3Error as exc:
            where = f"{key} (version {version_id})" if version_id else key
            raise ObjectStoreError(f"archive object {where} is missing: {exc.code}") from exc
        except MinioException as exc:
            raise ObjectStoreError(f"could not read {key}: {exc}") from exc
        try:
            return response.read()
        finally:
            response.close()
            response.release_conn()

    def exists(self, key: str) -> bool:
        return self._head(key) is not None

    def keys(self, prefix: str = "") -> Iterator[str]:
        try:
            for obj in self.client.list_objects(self.bucket, prefix=prefix or None, recursive=True):
                if obj.object_name:
                    yield obj.object_name
        except MinioException as exc:
            raise ObjectStoreError(f"could not list the archive: {exc}") from exc

    def versions(self, prefix: str = "") -> Iterator[ObjectVersion]:
        try:
            for obj in self.client.list_objects(
                self.bucket, prefix=prefix or None, recursive=True, include_version=True
            ):
                if obj.object_name:
                    yield ObjectVersion(obj.object_name, obj.version_id, obj.is_delete_marker)
        except MinioException as exc:
            raise ObjectStoreError(f"could not list the archive's versions: {exc}") from exc

    # -- locks ---------------------------------------------------------------------------
    def lock_status(self, key: str, version_id: str | None = None) -> LockStatus:
        try:
            stat = self.client.stat_object(self.bucket, key, version_id=version_id)
        except MinioException as exc:
            raise ObjectStoreError(f"archive object {key} is missing: {exc}") from exc
        headers = stat.metadata or {}
        until = headers.get("x-amz-object-lock-retain-until-date")
        return LockStatus(
            mode=headers.get("x-amz-object-lock-mode"),
            retain_until=_parse_time(until) if until else None,
            legal_hold=headers.get("x-amz-object-lock-legal-hold") == "ON",
        )

    def extend_retention(self, key: str, version_id: str | None, until: dt.datetime) -> dt.datetime:
        """COMPLIANCE retention can only grow; a shorter date leaves the lock as it is.
        Returns the version's retain-until date as it now stands."""
        current = self.lock_status(key, version_id).retain_until
        if current is not None and current >= until:
            return current
        try:
            self.client.set_object_retention(
                self.bucket, key, Retention(COMPLIANCE, until), version_id=version_id
            )
        except MinioException as exc:
            raise ObjectStoreError(f"could not extend retention of {key}: {exc}") from exc
        return until

    def set_legal_hold(self, key: str, version_id: str | None, on: bool) -> None:
        try:
            if on:
                self.client.enable_object_legal_hold(self.bucket, key, version_id=version_id)
            else:
                self.client.disable_object_legal_hold(self.bucket, key, version_id=version_id)
        except MinioException as exc:
            raise ObjectStoreError(f"could not change the legal hold of {key}: {exc}") from exc

    def _head(self, key: str) -> Object | None:
        try:
            return self.client.stat_object(self.bucket, key)
        except S3Error as exc:
            if exc.code in ("NoSuchKey", "NoSuchObject", "ResourceNotFound", "MethodNotAllowed"):
                return None  # absent, or its latest version is a delete marker
            raise ObjectStoreError(f"archive object {key}: {exc.code}: {exc.message}") from exc
        except MinioException as exc:
            raise ObjectStoreError(f"archive object {key}: {exc}") from exc


def _parse_time(value: str) -> dt.datetime:
    parsed = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=dt.UTC)
