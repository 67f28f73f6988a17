"""S3 endpoints for the immutability contract: moto's server on loopback always, and a real
MinIO / S3 endpoint too when ``ORDERDESK_TEST_S3_ENDPOINT`` (host:port),
``ORDERDESK_TEST_S3_ACCESS_KEY``, ``ORDERDESK_TEST_S3_SECRET_KEY`` and optionally
``ORDERDESK_TEST_S3_SECURE=1`` are set. Each test gets a fresh bucket."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from minio import Minio

from models.settings import Settings
from models.settings.archive import ArchiveSettings
from tests.support.live import free_port


@dataclass(frozen=True)
class S3Target:
    name: str
    endpoint: str
    access_key: str
    secret_key: str
    secure: bool

    def client(self) -> Minio:
        return Minio(
            self.endpoint,
            access_key=self.access_key,
            secret_key=self.secret_key,
            secure=self.secure,
            region="us-east-1",
        )


@pytest.fixture(scope="session")
def moto_endpoint() -> Iterator[str]:
    from moto.server import ThreadedMotoServer

    port = free_port()
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
    try:
        yield f"127.0.0.1:{port}"
    finally:
        server.stop()


def _targets() -> list[str]:
    return ["moto", "real"] if os.environ.get("ORDERDESK_TEST_S3_ENDPOINT") else ["moto"]


@pytest.fixture(params=_targets())
def s3_target(request: pytest.FixtureRequest) -> S3Target:
    if request.param == "moto":
        endpoint = request.getfixturevalue("moto_endpoint")
        return S3Target("moto", endpoint, "testing", "testing", False)
    return S3Target(
        "real",
        os.environ["ORDERDESK_TEST_S3_ENDPOINT"],
        os.environ["ORDERDESK_TEST_S3_ACCESS_KEY"],
        os.environ["ORDERDESK_TEST_S3_SECRET_KEY"],
        os.environ.get("ORDERDESK_TEST_S3_SECURE", "0") == "1",
    )


@pytest.fixture
def bucket() -> str:
    return f"orderdesk-test-{uuid.uuid4().hex[:12]}"


@pytest.fixture
def s3_settings(sqlite_url: str, tmp_path: Path, moto_endpoint: str, bucket: str) -> Settings:
    """An installation archiving to a fresh bucket on moto's server."""
    return Settings(
        data_dir=tmp_path,
        database_url=sqlite_url,
        archive_url=f"s3://{bucket}",
        archive=ArchiveSettings(
            s3_endpoint=moto_endpoint,
            s3_access_key="testing",
            s3_secret_key="testing",
            s3_secure=False,
            s3_region="us-east-1",
        ),
        _env_file=None,  # type: ignore[call-arg]
    )
