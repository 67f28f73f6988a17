"""``verify`` names exactly what was altered, missing or inserted, in the archive and in the
audit chain, including a history rewritten consistently after a seal."""

from __future__ import annotations

import json

from sqlalchemy import select, text, update

from archive.manifest import manifests_of
from archive.seal import read_seals, seal_head
from archive.store import open_store
from archive.verify import VerifyReport, verify_archive
from models.archive import ArchiveObject
from models.audit import AuditEvent, AuditHead, hash_of
from models.db import session_scope
from models.settings import Settings
from tests.archive.support import alter_approved, archive_now, archived_key, make_archived


def _verify(settings: Settings) -> VerifyReport:
    with session_scope(settings.db_url) as session:
        return verify_archive(session, open_store(settings))


def _seal(settings: Settings) -> None:
    with session_scope(settings.db_url) as session:
        seal_head(session, open_store(settings), settings.archive)


def _kinds(report: VerifyReport) -> set[tuple[str, str]]:
    return {(f.kind, f.key) for f in report.findings}


def test_intact_archive_verifies_clean(settings: Settings) -> None:
    doc_id = make_archived(settings)
    _seal(settings)
    report = _verify(settings)
    assert report.ok, report.findings
    assert report.manifests == 1 and report.seals == 1 and report.events >= 3
    with session_scope(settings.db_url) as session:
        kinds = set(
            session.execute(
                select(ArchiveObject.kind).where(ArchiveObject.document_id == doc_id)
            ).scalars()
        )
    assert kinds == {"original", "extracted", "approved", "manifest"}


def test_a_modified_local_object_is_named(settings: Settings) -> None:
    doc_id = make_archived(settings)
    key = alter_approved(settings, doc_id)
    report = _verify(settings)
    assert _kinds(report) == {("altered", key)}


def test_a_deleted_object_is_named(settings: Settings) -> None:
    doc_id = make_archived(settings)
    key = archived_key(settings, doc_id, "original")
    open_store(settings).path_of(key).unlink()  # type: ignore[attr-defined]
    assert _kinds(_verify(settings)) == {("missing", key)}


def test_an_object_slipped_into_the_archive_is_named(settings: Settings) -> None:
    make_archived(settings)
    open_store(settings).put("documents/1/approved-forged.json", b"{}")
    assert _kinds(_verify(settings)) == {("inserted", "documents/1/approved-forged.json")}


def test_an_edited_audit_row_is_named(settings: Settings) -> None:
    make_archived(settings)
    with session_scope(settings.db_url) as session:
        session.execute(update(AuditEvent).where(AuditEvent.seq == 2).values(actor="mallory"))
    report = _verify(settings)
    assert _kinds(report) == {("altered", "audit:2")}
    assert "edited" in report.findings[0].detail


def test_a_removed_audit_row_is_named(settings: Settings) -> None:
    make_archived(settings)
    with session_scope(settings.db_url) as session:
        session.execute(text("DELETE FROM audit_events WHERE seq = 2"))
    assert _kinds(_verify(settings)) == {("missing", "audit:2")}


def test_removed_last_rows_are_named(settings: Settings) -> None:
    make_archived(settings)
    _seal(settings)
    with session_scope(settings.db_url) as session:
        last = session.execute(select(AuditHead.seq)).scalar_one()
        session.execute(text(f"DELETE FROM audit_events WHERE seq = {last}"))
        # a careful forger moves the head back too; the seal still remembers
        prev = session.execute(select(AuditEvent).where(AuditEvent.seq == last - 1)).scalar_one()
        session.execute(update(AuditHead).values(seq=prev.seq, hash=prev.hash))
    report = _verify(settings)
    assert ("missing", f"audit:{last}") in _kinds(report)


def test_a_consistently_rehashed_history_is_caught_by_the_seal(settings: Settings) -> None:
    make_archived(settings)
    _seal(settings)
    with session_scope(settings.db_url) as session:
        events = list(session.execute(select(AuditEvent).order_by(AuditEvent.seq)).scalars())
        events[0].actor = "mallory"
        prev = events[0].prev_hash
        for e in events:  # re-hash the whole chain so every link looks right
            e.prev_hash = prev
            e.hash = hash_of(e)
            prev = e.hash
        session.execute(update(AuditHead).values(hash=prev))
    report = _verify(settings)
    sealed = read_seals(open_store(settings))[0]
    assert _kinds(report) == {("altered", f"audit:{sealed.seq}")}
    assert "sealed" in report.findings[0].detail


def test_later_events_add_a_manifest_version(settings: Settings) -> None:
    doc_id = make_archived(settings)
    archive_now(settings, doc_id)  # nothing changed: no new version
    with session_scope(settings.db_url) as session:
        from models.audit import record_event

        record_event(
            session,
            actor="bob",
            action="corrected",
            entity_type="document",
            entity_id=doc_id,
            data={"field": "total_gross"},
        )
    archive_now(settings, doc_id)
    with session_scope(settings.db_url) as session:
        manifests = manifests_of(session, doc_id)
    assert [m.key.rsplit("/", 1)[1] for m in manifests] == [
        "manifest-v0001.json",
        "manifest-v0002.json",
    ]
    store = open_store(settings)
    second = json.loads(store.get(manifests[1].key))
    assert second["previous"]["sha256"] == manifests[0].sha256
    assert {p["kind"] for p in second["content"]["parts"]} == {"original", "extracted", "approved"}
    assert all(len(p["sha256"]) == 64 for p in second["content"]["parts"])
    assert _verify(settings).ok
