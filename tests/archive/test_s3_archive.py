"""The whole archive path on the S3 backend (moto): parts locked until the document's
retention date, the original's lock extended to it, verify clean, legal hold on versions."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import select

from archive.holds import set_hold
from archive.s3 import S3WormStore
from archive.seal import seal_head
from archive.store import open_store
from archive.verify import verify_archive
from models.archive import ArchiveObject
from models.db import session_scope
from models.settings import Settings
from models.settings.archive import ArchiveSettings
from tests.archive.support import make_archived


def test_archive_on_s3_with_object_lock(
    sqlite_url: str, tmp_path: Path, moto_endpoint: str, bucket: str
) -> None:
    settings = Settings(
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
        _env_file=None,
    )
    doc = make_archived(settings, doc_type="invoice", date=dt.date(2026, 3, 14))
    store = open_store(settings)
    assert isinstance(store, S3WormStore)
    expected = dt.datetime(2037, 1, 1, tzinfo=dt.UTC)  # end of 2026 + 10 years
    with session_scope(settings.db_url) as session:
        rows = list(
            session.execute(select(ArchiveObject).where(ArchiveObject.document_id == doc)).scalars()
        )
        assert {o.kind for o in rows} == {"original", "extracted", "approved", "manifest"}
        for o in rows:
            lock = store.lock_status(o.key, o.version_id)
            assert o.version_id and lock.mode == "COMPLIANCE"
            assert o.retain_until == lock.retain_until  # the database tells the truth
            if o.kind == "original":  # stored at intake under the bucket's default (11 y)
                assert lock.retain_until is not None and lock.retain_until >= expected
            else:
                assert lock.retain_until == expected, o.kind
        seal_head(session, store, settings.archive)
    with session_scope(settings.db_url) as session:
        report = verify_archive(session, store)
        assert report.ok, report.findings
        set_hold(session, store, doc, on=True, actor="root", reason="litige")
    assert all(store.lock_status(o.key, o.version_id).legal_hold for o in rows)
