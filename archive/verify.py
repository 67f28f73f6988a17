"""``orderdesk archive verify``: prove nothing archived was altered.

1. every archived object is re-hashed against the sha256 recorded when it was stored;
2. every object in the archive must be recorded (else it was inserted);
3. every manifest's parts must match what is recorded, and every archived document has one;
4. the audit chain is re-hashed link by link, and checked against the heads sealed in the
   archive, so a history rewritten and re-hashed consistently is caught too.
Each finding names the object or audit event and says what is wrong.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from archive.manifest import MANIFEST
from archive.seal import Seal, read_seals
from archive.store import ArchiveStore
from models.archive import ArchiveObject
from models.audit import GENESIS, AuditEvent, AuditHead, hash_of
from models.documents import Document
from models.ingest_mail import MailMessage
from models.storage import ObjectStore, ObjectStoreError

Progress = Callable[[int, int], None]


@dataclass
class Finding:
    kind: str  # altered | missing | inserted
    key: str  # an archive key, or "audit:<seq>"
    detail: str


@dataclass
class VerifyReport:
    objects: int = 0
    bytes: int = 0
    manifests: int = 0
    events: int = 0
    seals: int = 0
    findings: list[Finding] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.findings

    def to_dict(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "objects": self.objects,
            "bytes": self.bytes,
            "manifests": self.manifests,
            "audit_events": self.events,
            "seals": self.seals,
            "findings": [asdict(f) for f in self.findings],
        }


def verify_objects(
    session: Session,
    store: ObjectStore,
    *,
    progress: Progress | None = None,
    document_ids: Iterable[int] | None = None,
) -> VerifyReport:
    """Re-hash archived objects (all, or those of some documents) and check manifests."""
    report = VerifyReport()
    query = select(ArchiveObject).order_by(ArchiveObject.id)
    if document_ids is not None:
        query = query.where(ArchiveObject.document_id.in_(list(document_ids)))
    rows = session.execute(query).scalars().all()
    _check_objects(rows, store, report, progress, len(rows))
    return report


def verify_archive(
    session: Session, store: ArchiveStore, *, progress: Progress | None = None
) -> VerifyReport:
    """Everything: objects, unrecorded objects, manifests, the audit chain and its seals."""
    report = VerifyReport()
    rows = list(session.execute(select(ArchiveObject).order_by(ArchiveObject.id)).scalars())
    events = session.execute(select(func.count(AuditEvent.id))).scalar_one()
    total = len(rows) + events
    manifests = _check_objects(rows, store, report, progress, total)
    _check_unrecorded(rows, store, report, _legacy_containers(session, rows))
    _check_manifests(session, rows, manifests, report)
    seals = read_seals(store)
    report.seals = len(seals)
    verify_chain(session, report, seals, progress=progress, done=len(rows), total=total)
    return report


def _check_objects(
    rows: Iterable[ArchiveObject],
    store: ObjectStore,
    report: VerifyReport,
    progress: Progress | None,
    total: int,
) -> dict[int, bytes]:
    manifests: dict[int, bytes] = {}
    for i, obj in enumerate(rows, 1):
        report.objects += 1
        try:
            data = store.get(obj.key, obj.version_id)
        except ObjectStoreError as exc:
            report.findings.append(Finding("missing", obj.key, str(exc)))
            data = None
        if data is not None:
            report.bytes += len(data)
            digest = hashlib.sha256(data).hexdigest()
            if digest != obj.sha256:
                report.findings.append(
                    Finding(
                        "altered",
                        obj.key,
                        f"sha256 is {digest}, archived as {obj.sha256} on {obj.stored_at:%Y-%m-%d}",
                    )
                )
            elif obj.kind == MANIFEST:
                manifests[obj.id] = data
        if progress:
            progress(i, total)
    return manifests


def _legacy_containers(session: Session, rows: list[ArchiveObject]) -> dict[str, str]:
    """Mails and zips stored before intake recorded them as archive objects (``container``):
    their key and sha256 as the mail message or the documents they held remember them."""
    known = {o.key for o in rows}
    out: dict[str, str] = {}
    for key, sha in session.execute(
        select(MailMessage.archive_key, MailMessage.sha256).where(
            MailMessage.archive_key.is_not(None)
        )
    ).all():
        if key and key not in known:
            out[key] = sha
    container = Document.meta["container"]
    for key, sha in session.execute(
        select(container["key"].as_string(), container["sha256"].as_string())
        .where(container["key"].as_string().is_not(None))
        .distinct()
    ).all():
        if key and sha and key not in known:
            out[key] = sha
    return out


def _check_unrecorded(
    rows: list[ArchiveObject],
    store: ArchiveStore,
    report: VerifyReport,
    legacy: dict[str, str] | None = None,
) -> None:
    """Every version in the store must be one orderdesk recorded: anything else was written
    around it (a new version over an archived key, a delete marker, a stray object). A mail
    or zip stored before containers were recorded is checked against the sha256 its intake
    remembered instead."""
    recorded = {(o.key, o.version_id) for o in rows}
    known_keys = {o.key for o in rows}
    legacy = legacy or {}
    for v in store.versions(""):
        if (v.key, v.version_id) in recorded:
            continue
        if v.key in legacy and not v.delete_marker:
            _check_legacy_container(store, v.key, v.version_id, legacy[v.key], report)
            continue
        if v.delete_marker:
            report.findings.append(
                Finding(
                    "inserted",
                    v.key,
                    f"a delete marker (version {v.version_id}) now hides {v.key}; the archived "
                    "version is still locked and was checked above",
                )
            )
        elif v.key in known_keys:
            report.findings.append(
                Finding(
                    "inserted",
                    v.key,
                    f"version {v.version_id} of {v.key} was written around orderdesk; the "
                    "archived version is the one recorded in the database",
                )
            )
        else:
            where = f" (version {v.version_id})" if v.version_id else ""
            report.findings.append(
                Finding(
                    "inserted",
                    v.key,
                    f"in the archive{where} but not recorded in the database (inserted, or "
                    "its record was removed)",
                )
            )


def _check_legacy_container(
    store: ArchiveStore, key: str, version_id: str | None, sha256: str, report: VerifyReport
) -> None:
    report.objects += 1
    data = store.get(key, version_id)
    report.bytes += len(data)
    digest = hashlib.sha256(data).hexdigest()
    if digest != sha256:
        where = f" (version {version_id})" if version_id else ""
        report.findings.append(
            Finding(
                "altered",
                key,
                f"the mail or zip{where} has sha256 {digest}, taken in as {sha256}",
            )
        )


def _check_manifests(
    session: Session,
    rows: list[ArchiveObject],
    manifests: dict[int, bytes],
    report: VerifyReport,
) -> None:
    by_key = {(o.key, o.version_id): o for o in rows}
    by_id = {o.id: o for o in rows}
    for obj_id, data in manifests.items():
        report.manifests += 1
        mobj = by_id[obj_id]
        try:
            parts = json.loads(data)["content"]["parts"]
        except (ValueError, KeyError, TypeError):
            report.findings.append(Finding("altered", mobj.key, "is not a readable manifest"))
            continue
        for part in parts:
            row = by_key.get((part["key"], part.get("version_id")))
            if row is None:
                report.findings.append(
                    Finding(
                        "missing",
                        part["key"],
                        f"listed in {mobj.key} but not recorded in the database",
                    )
                )
            elif row.sha256 != part["sha256"]:
                report.findings.append(
                    Finding(
                        "altered",
                        part["key"],
                        f"recorded sha256 {row.sha256} differs from {part['sha256']} in {mobj.key}",
                    )
                )
    with_manifest = {o.document_id for o in rows if o.kind == MANIFEST}
    archived = session.execute(
        select(Document.id).where(Document.archived_at.is_not(None)).order_by(Document.id)
    ).scalars()
    for doc_id in archived:
        if doc_id not in with_manifest:
            report.findings.append(
                Finding(
                    "missing",
                    f"documents/{doc_id}/manifest",
                    f"document {doc_id} is archived but has no manifest",
                )
            )


def verify_chain(
    session: Session,
    report: VerifyReport,
    seals: list[Seal],
    *,
    progress: Progress | None = None,
    done: int = 0,
    total: int = 0,
) -> None:
    """Walk the audit events in order: each must hash to its stored hash, follow the one
    before, leave no gap in the sequence, and agree with every sealed head."""
    sealed: dict[int, list[Seal]] = {}
    for seal in seals:
        sealed.setdefault(seal.seq, []).append(seal)
    prev_seq, prev_hash = 0, GENESIS
    rows = session.execute(select(AuditEvent).order_by(AuditEvent.seq)).scalars()
    for event in rows.yield_per(2000):
        report.events += 1
        where = f"audit:{event.seq}"
        if event.seq > prev_seq + 1:
            gap = (
                f"{prev_seq + 1}"
                if event.seq == prev_seq + 2
                else f"{prev_seq + 1}..{event.seq - 1}"
            )
            report.findings.append(
                Finding("missing", f"audit:{gap}", f"audit event(s) {gap} were removed")
            )
            for seq in range(prev_seq + 1, event.seq):
                _missing_seal(sealed.get(seq, []), report)
        if hash_of(event) != event.hash:
            report.findings.append(
                Finding(
                    "altered",
                    where,
                    f"audit event {event.seq} ({event.action} by {event.actor}) no longer "
                    "matches its hash: its content was edited",
                )
            )
        elif event.prev_hash != prev_hash and event.seq == prev_seq + 1:
            report.findings.append(
                Finding(
                    "inserted",
                    where,
                    f"audit event {event.seq} does not follow event {prev_seq}: an event was "
                    "inserted or the history before it rewritten",
                )
            )
        for seal in sealed.get(event.seq, []):
            if seal.hash == event.hash:
                continue
            report.findings.append(
                Finding(
                    "altered",
                    where,
                    f"audit chain at event {event.seq} differs from the head sealed at "
                    f"{seal.sealed_at} ({seal.where}): the history up to it was rewritten",
                )
            )
            break
        prev_seq, prev_hash = event.seq, event.hash
        if progress and report.events % 500 == 0:
            progress(done + report.events, total)
    head = session.execute(select(AuditHead).where(AuditHead.id == 1)).scalar_one_or_none()
    last_known = max([prev_seq] + ([head.seq] if head else []) + list(sealed))
    if last_known > prev_seq:
        gap = f"{prev_seq + 1}..{last_known}" if last_known > prev_seq + 1 else str(last_known)
        report.findings.append(
            Finding(
                "missing",
                f"audit:{gap}",
                f"audit event(s) {gap} were removed from the end of the chain "
                f"(the head or a seal records {last_known})",
            )
        )
        for seq in range(prev_seq + 1, last_known + 1):
            _missing_seal(sealed.get(seq, []), report)
    elif head is not None and head.seq == prev_seq and head.hash != prev_hash:
        report.findings.append(
            Finding("altered", "audit:head", "the audit head does not match the last event")
        )
    if progress:
        progress(total, total)


def _missing_seal(seals: list[Seal], report: VerifyReport) -> None:
    for seal in seals[:1]:
        report.findings.append(
            Finding(
                "missing",
                f"audit:{seal.seq}",
                f"audit event {seal.seq}, sealed at {seal.sealed_at} ({seal.where}), is gone",
            )
        )
