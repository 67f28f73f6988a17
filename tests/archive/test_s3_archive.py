"""The whole archive path on the S3 backend (moto): parts locked until the document's
retention date, the original's lock extended to it, verify clean, legal hold on versions;
verify names versions written around orderdesk; no personal data in keys or metadata."""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import io

from sqlalchemy import select

from archive.holds import set_hold
from archive.s3 import S3WormStore
from archive.seal import seal_head
from archive.store import open_store
from archive.verify import VerifyReport, verify_archive
from models.archive import ArchiveObject
from models.db import session_scope
from models.settings import Settings
from tests.archive.support import make_archived


def _rows(settings: Settings, doc: int) -> list[ArchiveObject]:
    with session_scope(settings.db_url) as session:
        rows = session.execute(select(ArchiveObject).where(ArchiveObject.document_id == doc))
        return list(rows.scalars())


def _verify(settings: Settings) -> VerifyReport:
    with session_scope(settings.db_url) as session:
        return verify_archive(session, open_store(settings))


def test_archive_on_s3_with_object_lock(s3_settings: Settings) -> None:
    settings = s3_settings
    doc = make_archived(settings, doc_type="invoice", date=dt.date(2026, 3, 14))
    store = open_store(settings)
    assert isinstance(store, S3WormStore)
    expected = dt.datetime(2037, 1, 1, tzinfo=dt.UTC)  # end of 2026 + 10 years
    rows = _rows(settings, doc)
    assert {o.kind for o in rows} == {"original", "extracted", "approved", "manifest"}
    for o in rows:
        lock = store.lock_status(o.key, o.version_id)
        assert o.version_id and lock.mode == "COMPLIANCE"
        assert o.retain_until == lock.retain_until  # the database tells the truth
        if o.kind == "original":  # stored at intake under the bucket's default (11 y)
            assert lock.retain_until is not None and lock.retain_until >= expected
        else:
            assert lock.retain_until == expected, o.kind
    with session_scope(settings.db_url) as session:
        seal_head(session, store, settings.archive)
    report = _verify(settings)
    assert report.ok, report.findings
    with session_scope(settings.db_url) as session:
        set_hold(session, store, doc, on=True, actor="root", reason="litige")
    assert all(store.lock_status(o.key, o.version_id).legal_hold for o in rows)
    with session_scope(settings.db_url) as session:
        set_hold(session, store, doc, on=False, actor="root", reason="litige clos")
    assert not any(store.lock_status(o.key, o.version_id).legal_hold for o in rows)


def test_verify_names_versions_written_around_orderdesk(s3_settings: Settings) -> None:
    settings = s3_settings
    doc = make_archived(settings)
    store = open_store(settings)
    assert isinstance(store, S3WormStore)
    by_kind = {o.kind: o for o in _rows(settings, doc)}
    approved, original = by_kind["approved"], by_kind["original"]
    forged = b'{"total_gross": "1.00"}'
    new = store.client.put_object(
        store.bucket,
        approved.key,
        io.BytesIO(forged),
        len(forged),
        metadata={
            "x-amz-sdk-checksum-algorithm": "SHA256",
            "x-amz-checksum-sha256": base64.b64encode(hashlib.sha256(forged).digest()).decode(),
        },
    )
    store.client.remove_object(store.bucket, original.key)  # only a delete marker
    report = _verify(settings)
    found = {(f.kind, f.key): f.detail for f in report.findings}
    assert set(found) == {("inserted", approved.key), ("inserted", original.key)}
    assert str(new.version_id) in found[("inserted", approved.key)]
    assert "delete marker" in found[("inserted", original.key)]
    assert report.objects == 4  # the archived versions themselves are intact and checked


def test_no_personal_data_in_keys_or_metadata(s3_settings: Settings) -> None:
    settings = s3_settings
    customer, name = "Jeanne Dupont-Lefèvre", "Facture Jeanne Dupont.pdf"
    doc = make_archived(settings, customer=customer, number="FAC-DUPONT-1")
    with session_scope(settings.db_url) as session:
        from models.documents import Document

        session.get_one(Document, doc).original_name = name
        seal_head(session, open_store(settings), settings.archive)
    store = open_store(settings)
    assert isinstance(store, S3WormStore)
    words = {"jeanne", "dupont", "lefèvre", "lefevre", "facture"}
    keys = [v.key for v in store.versions()]
    assert len(keys) >= 5
    for key in keys:
        stat = store.client.stat_object(store.bucket, key)
        user_meta = {
            k: v for k, v in (stat.metadata or {}).items() if k.lower().startswith("x-amz-meta-")
        }
        assert set(user_meta) == {"x-amz-meta-sha256"}, key
        exposed = f"{key} {user_meta}".lower()
        assert not [w for w in words if w in exposed], key


def test_a_process_opens_an_s3_store_once(s3_settings: Settings) -> None:
    """Workers open the archive for every job; the bucket is checked and the connection
    pool made once per process, not once per job."""
    first = open_store(s3_settings)
    assert open_store(s3_settings) is first
    other = s3_settings.model_copy(
        update={"archive_url": f"s3://{s3_settings.archive_location[5:]}-2"}
    )
    assert open_store(other) is not first
