"""Taking a file in: the one path every channel (folders, mail, IMAP, uploads, CLI) goes through.

Order of operations, so that nothing is lost whatever crashes when:
1. the file is moved from the inbox into ``data/intake/`` under a unique name (atomic rename;
   the name carries the channel so a recovery keeps it);
2. its bytes are sniffed and inspected (containers — mail, zip — are opened into pieces);
   unreadable pieces are written to quarantine with a reason;
3. each good piece's original is stored in the archive (content-addressed, write-once);
4. ONE transaction records every document of the file (or its duplicate), the archive
   objects, quarantine cases, mail links, audit events and jobs;
5. only then is the staged copy removed.
On start-up ``recover_staged`` finishes whatever a crash interrupted: a staged file whose
transaction committed is removed, any other is taken again (steps 2–4 are idempotent).

Concurrent intakes of the same bytes are serialised per sha256 (an advisory lock on
PostgreSQL; SQLite writers are serialised anyway), so exactly one becomes the original and
the others are flagged duplicates.
"""

from __future__ import annotations

import errno
import functools
import hashlib
import logging
import os
import shutil
import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Concatenate, Literal, ParamSpec

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from ingest.inspect import Inspection, inspect
from ingest.quarantine import quarantine_bytes, safe_name
from ingest.sniff import NotADocument, is_message, is_zip, sniff
from ingest.unpack import Envelope, Piece, Unpacked, unpack_message, unpack_zip
from jobs.queue import enqueue_document
from models.archive import ArchiveObject
from models.audit import document_event
from models.db import session_scope
from models.documents import Check, Document
from models.enums import CheckOutcome, DocStatus
from models.files import write_atomically
from models.ingest_mail import ImapCursor, MailDocument, MailMessage
from models.ingest_quarantine import QuarantineCase
from models.settings import Settings
from models.storage import ObjectStore, StoredObject, original_key

log = logging.getLogger("orderdesk.ingest")

Outcome = Literal["ingested", "duplicate", "quarantined"]
EXTRACT_JOB = "extract"
SPLIT_JOB = "split_batch"
CONTAINER = "container"  # archive object kind of a mail or zip as it came
_SEP = "__"
# staged files an intake of this process is working on; a recovery leaves them alone
_IN_FLIGHT: set[str] = set()
_IN_FLIGHT_LOCK = threading.Lock()
_P = ParamSpec("_P")


@dataclass(frozen=True)
class IntakeResult:
    outcome: Outcome
    document_id: int
    original_name: str
    reason: str | None = None
    parts: tuple[IntakeResult, ...] = field(default=())
    """For a container (mail, zip): one result per document it held."""

    @property
    def all(self) -> tuple[IntakeResult, ...]:
        return self.parts or (self,)


@dataclass(frozen=True)
class ImapOrigin:
    account: str
    uidvalidity: int
    uid: int


@dataclass(frozen=True)
class Arrival:
    """Where a piece came from, as its Document row keeps it: the channel, the source (a path,
    a mailbox, ``batch:<id>``), the meta it carries and the batch it was cut from (None: it
    came by itself). One value from whoever took the file to the row, so no step drops one."""

    channel: str
    source: str | None
    meta: dict[str, object] = field(default_factory=dict)
    parent_id: int | None = None

    def with_meta(self, **more: object) -> Arrival:
        return replace(self, meta=self.meta | more)


@dataclass
class _Prepared:
    piece: Piece
    sha: str
    media_type: str | None = None
    inspection: Inspection | None = None
    quarantine_file: str | None = None
    stored: StoredObject | None = None  # where the original went (its version, on S3)


def _while_taking(
    take: Callable[Concatenate[Intake, Path, _P], IntakeResult],
) -> Callable[Concatenate[Intake, Path, _P], IntakeResult]:
    """The staged file is in flight while it is taken, so a recovery running meanwhile in this
    process leaves it alone."""

    @functools.wraps(take)
    def taking(intake: Intake, staged: Path, *args: _P.args, **kwargs: _P.kwargs) -> IntakeResult:
        with _IN_FLIGHT_LOCK:
            _IN_FLIGHT.add(staged.name)
        try:
            return take(intake, staged, *args, **kwargs)
        finally:
            _release(staged)

    return taking


@dataclass
class Intake:
    settings: Settings
    store: ObjectStore
    run_id: str | None = None
    """An import run (``orderdesk ingest``) its documents belong to, so its progress can be
    followed in the web UI (``ingest.import_runs``)."""

    @property
    def staging_dir(self) -> Path:
        return self.settings.data_dir / "intake"

    # -- entry points --------------------------------------------------------------------
    def take_file(
        self,
        path: Path,
        *,
        channel: str = "folder",
        original_name: str | None = None,
        split_batches: bool = False,
    ) -> IntakeResult:
        """Take a file out of a watched folder (it is moved, then removed once safe)."""
        name = original_name or path.name
        staged = self._staged(name, channel, split_batches, lambda to: _move(path, to))
        return self.take_staged(
            staged,
            channel=channel,
            original_name=name,
            source=str(path),
            split_batches=split_batches,
        )

    def take_bytes(
        self,
        data: bytes,
        *,
        original_name: str,
        channel: str = "upload",
        source: str | None = None,
        split_batches: bool = False,
        imap: ImapOrigin | None = None,
    ) -> IntakeResult:
        """Take bytes received over the network (uploads, IMAP messages)."""
        staged = self._staged(
            original_name,
            channel,
            split_batches,
            # a crash leaves the part file, which recover_staged removes
            lambda to: write_atomically(to, data, part=to.with_name(".part-" + to.name)),
            # an IMAP message stays on the server until stored: its staged copy is not kept
            volatile=imap is not None,
        )
        return self.take_staged(
            staged,
            channel=channel,
            original_name=original_name,
            source=source,
            split_batches=split_batches,
            imap=imap,
        )

    def recover_staged(self) -> list[IntakeResult]:
        """Finish files a crash left in the staging folder."""
        results: list[IntakeResult] = []
        if not self.staging_dir.is_dir():
            return results
        for staged in sorted(self.staging_dir.iterdir()):
            with _IN_FLIGHT_LOCK:
                if staged.name.removeprefix(".part-") in _IN_FLIGHT:
                    continue  # this process is taking it right now
            if staged.name.startswith(".part-"):
                staged.unlink(missing_ok=True)  # a copy that never completed was not acked
                continue
            if self._committed(staged.name):
                staged.unlink(missing_ok=True)
                continue
            channel, flags, name = _parse_staged(staged.name)
            if "v" in flags:  # the source (an IMAP server) still has it and will resend it
                staged.unlink(missing_ok=True)
                continue
            split = "s" in flags
            log.info("recovering %s left by an interrupted intake", safe_name(name))
            results.append(
                self.take_staged(staged, channel=channel, original_name=name, split_batches=split)
            )
        return results

    def _committed(self, staged_name: str) -> bool:
        with session_scope(self.settings.db_url) as session:
            doc = session.execute(
                select(Document.id).where(Document.meta["staged"].as_string() == staged_name)
            ).first()
            if doc is not None:
                return True
            mail = session.execute(
                select(MailMessage.id).where(MailMessage.staged == staged_name)
            ).first()
            return mail is not None

    # -- the one path --------------------------------------------------------------------
    @_while_taking
    def take_staged(
        self,
        staged: Path,
        *,
        channel: str,
        original_name: str,
        source: str | None = None,
        split_batches: bool = False,
        imap: ImapOrigin | None = None,
    ) -> IntakeResult:
        cfg = self.settings.ingest
        size = staged.stat().st_size
        with open(staged, "rb") as fh:
            head = fh.read(2048)
        limit = cfg.max_file_mb * 1024 * 1024
        if size > limit:
            problem = NotADocument(
                f"file too large: {size / 1e6:.1f} MB is over the "
                f"{cfg.max_file_mb} MB limit (ORDERDESK_INGEST__MAX_FILE_MB)",
                "too_large",
            )
            return self._quarantine_staged(staged, problem, original_name, channel, source)
        data = staged.read_bytes()
        envelope: Envelope | None = None
        container_sha: str | None = None
        if is_message(head):
            unpacked: Unpacked = unpack_message(data, original_name, cfg)
            envelope = unpacked.envelope
            container_sha = hashlib.sha256(data).hexdigest()
        elif is_zip(head):
            unpacked = unpack_zip(data, original_name, cfg)
            container_sha = hashlib.sha256(data).hexdigest()
        else:
            unpacked = Unpacked(None, [Piece(original_name, data, "file", "")])
        container: StoredObject | None = None
        if container_sha is not None:  # the mail or zip as it came, beside what it held
            container = self.store.put(original_key(container_sha), data)
        prepared = [self._prepare(piece, staged.name, i) for i, piece in enumerate(unpacked.pieces)]
        results = self._record(
            staged.name,
            prepared,
            channel=channel,
            source=source,
            split_batches=split_batches,
            envelope=envelope,
            container=(original_name, container) if container is not None else None,
            notes=unpacked.notes,
            imap=imap,
        )
        staged.unlink(missing_ok=True)
        for r in results:
            log.info(
                "%s %s as document %s",
                r.outcome,
                safe_name(r.original_name),
                r.document_id,
                extra={"document_id": r.document_id},
            )
        if len(results) == 1 and unpacked.pieces[0].role in ("file", "container"):
            return results[0]
        return _summarise(original_name, results)

    def _prepare(self, piece: Piece, staged_name: str, index: int) -> _Prepared:
        """Sniff, inspect and store (outside any transaction; all steps are repeatable)."""
        sha = hashlib.sha256(piece.data).hexdigest()
        prep = _Prepared(piece, sha)
        if piece.problem is None:
            try:
                prep.media_type = sniff(piece.data[:2048], len(piece.data))
                prep.inspection = inspect(piece.data, prep.media_type, self.settings.ingest)
            except NotADocument as exc:
                piece.problem = exc
        if piece.problem is not None:
            uid = staged_name.split(_SEP, 1)[0].split("~", 1)[0]
            prep.quarantine_file = f"{uid}-{index}-{safe_name(piece.name)}"
            quarantine_bytes(
                piece.data,
                self.settings.quarantine_dir,
                str(piece.problem),
                original_name=piece.name,
                target_name=prep.quarantine_file,
            )
        else:
            prep.stored = self.store.put(original_key(sha), piece.data)
        return prep

    def _record(
        self,
        staged_name: str,
        prepared: list[_Prepared],
        *,
        channel: str,
        source: str | None,
        split_batches: bool,
        envelope: Envelope | None,
        container: tuple[str, StoredObject] | None,
        notes: list[str],
        imap: ImapOrigin | None,
    ) -> list[IntakeResult]:
        with session_scope(self.settings.db_url) as session:
            if imap is not None:
                done = _imap_taken(session, imap)
                if done is not None:
                    return done
            lock_shas(session, sorted({p.sha for p in prepared if p.piece.problem is None}))
            if container is not None:
                self._record_container(session, container[1])
            message: MailMessage | None = None
            if envelope is not None and container is not None:
                message = MailMessage(
                    message_id=envelope.message_id,
                    sender=envelope.sender,
                    recipients=envelope.recipients,
                    subject=envelope.subject,
                    sent_at=envelope.sent_at,
                    sha256=container[1].sha256,
                    archive_key=container[1].key,
                    channel=channel,
                    source=(source or container[0])[:1024],
                    staged=staged_name,
                    imap_account=imap.account if imap else None,
                    imap_uidvalidity=imap.uidvalidity if imap else None,
                    imap_uid=imap.uid if imap else None,
                    problems="\n".join(notes) or None,
                )
                session.add(message)
                session.flush()
            results = []
            for prep in prepared:
                meta = self._staged_meta(staged_name)
                if container is not None:
                    meta["container"] = {
                        "name": container[0],
                        "sha256": container[1].sha256,
                        "key": container[1].key,
                    }
                    meta["part"] = prep.piece.part_path
                if message is not None:
                    meta["mail_message_id"] = message.id
                piece_source = source
                if container is not None:
                    piece_source = f"{source or container[0]}!{prep.piece.part_path or '-'}"
                result = self.record_piece(
                    session, prep, Arrival(channel, piece_source, meta), split_batches=split_batches
                )
                if message is not None:
                    session.add(
                        MailDocument(
                            message_id=message.id,
                            document_id=result.document_id,
                            role=prep.piece.role,
                            part_path=prep.piece.part_path[:500],
                        )
                    )
                results.append(result)
            if imap is not None:
                advance_cursor(session, imap)
        return results

    def _record_container(self, session: Session, stored: StoredObject) -> None:
        """The mail or zip's own archive object is recorded like any other (once, whatever
        the number of times it came): ``archive verify`` proves every stored object is one
        orderdesk wrote. It belongs to no single document (``document_id`` None)."""
        known = session.execute(
            select(ArchiveObject.id).where(
                ArchiveObject.key == stored.key, ArchiveObject.version_id == stored.version_id
            )
            if stored.version_id is not None
            else select(ArchiveObject.id).where(
                ArchiveObject.key == stored.key, ArchiveObject.version_id.is_(None)
            )
        ).first()
        if known is None:
            session.add(
                ArchiveObject.of(
                    stored,
                    document_id=None,
                    kind=CONTAINER,
                    retain_until=stored.retain_until,
                )
            )

    def _staged_meta(self, staged_name: str) -> dict[str, object]:
        """What every document of a staged file carries: the staged name (a recovery finds
        what a crash left by it) and the import run it belongs to."""
        meta: dict[str, object] = {"staged": staged_name}
        if self.run_id:
            meta["import_run"] = self.run_id
        return meta

    def record_piece(
        self, session: Session, prep: _Prepared, arrival: Arrival, *, split_batches: bool = False
    ) -> IntakeResult:
        """One Document row (received, duplicate or quarantined) in the caller's transaction."""
        piece = prep.piece
        name = piece.name
        size = len(piece.data)
        if piece.problem is not None:
            return self._record_quarantined(session, prep, arrival)
        first = session.execute(
            select(Document)
            .where(
                Document.sha256 == prep.sha,
                Document.status.not_in([DocStatus.DUPLICATE, DocStatus.QUARANTINED]),
            )
            .order_by(Document.id)
            .limit(1)
        ).scalar_one_or_none()
        inspection = prep.inspection or Inspection()
        if inspection.flags:
            arrival = arrival.with_meta(flags=list(inspection.flags))
        doc = _document_row(
            prep,
            arrival,
            media_type=prep.media_type,
            status=DocStatus.DUPLICATE if first else DocStatus.RECEIVED,
            duplicate_of_id=first.id if first else None,
            page_count=inspection.pages,
        )
        session.add(doc)
        session.flush()
        if first is None:
            session.add(
                ArchiveObject(
                    document_id=doc.id,
                    kind="original",
                    key=original_key(prep.sha),
                    version_id=prep.stored.version_id if prep.stored else None,
                    sha256=prep.sha,
                    size=size,
                    backend=self.store.backend,
                )
            )
            kind = (
                SPLIT_JOB
                if split_batches
                and prep.media_type == "application/pdf"
                and (inspection.pages or 0) > 1
                else EXTRACT_JOB
            )
            enqueue_document(session, kind, doc.id, self.settings)
        else:
            _warn(
                session,
                doc.id,
                "duplicate",
                f"The same file (sha256) was already received as document {first.id} "
                f"({first.original_name}); this copy is kept but not processed.",
            )
        if "pdf_javascript" in inspection.flags:
            _warn(
                session,
                doc.id,
                "pdf_javascript",
                "The PDF contains JavaScript. orderdesk never runs it, but a PDF order rarely "
                "needs scripts: check the sender.",
            )
        document_event(
            session,
            doc.id,
            actor="system:ingest",
            action="duplicate_received" if first else "ingested",
            data={"sha256": prep.sha, "channel": arrival.channel, "size": size}
            | ({"duplicate_of": first.id} if first else {})
            | ({"flags": inspection.flags} if inspection.flags else {}),
        )
        outcome: Outcome = "duplicate" if first else "ingested"
        return IntakeResult(outcome, doc.id, name)

    def _record_quarantined(
        self, session: Session, prep: _Prepared, arrival: Arrival
    ) -> IntakeResult:
        piece = prep.piece
        assert piece.problem is not None
        reason, code = str(piece.problem), piece.problem.code
        doc = _document_row(
            prep,
            arrival.with_meta(quarantine_path=prep.quarantine_file),
            status=DocStatus.QUARANTINED,
            error=reason,
            error_code=code,
        )
        session.add(doc)
        session.flush()
        session.add(
            QuarantineCase(document_id=doc.id, code=code, reason=reason, file=prep.quarantine_file)
        )
        document_event(
            session,
            doc.id,
            actor="system:ingest",
            action="quarantined",
            data={"reason": reason, "code": code, "sha256": prep.sha, "channel": arrival.channel},
        )
        log.warning(
            "quarantined %s: %s", safe_name(piece.name), reason, extra={"document_id": doc.id}
        )
        return IntakeResult("quarantined", doc.id, piece.name, reason)

    def _quarantine_staged(
        self,
        staged: Path,
        problem: NotADocument,
        original_name: str,
        channel: str,
        source: str | None,
    ) -> IntakeResult:
        """A file too big to read into memory: moved to quarantine as it is."""
        uid = staged.name.split(_SEP, 1)[0].split("~", 1)[0]
        target_name = f"{uid}-0-{safe_name(original_name)}"
        target = self.settings.quarantine_dir / target_name
        self.settings.quarantine_dir.mkdir(parents=True, exist_ok=True)
        sha = _sha256_file(staged)
        size = staged.stat().st_size
        shutil.copyfile(staged, target)
        from ingest.quarantine import write_reason

        write_reason(target, str(problem), original_name=original_name)
        prep = _Prepared(Piece(original_name, b"", "file", "", problem), sha)
        prep.quarantine_file = target_name
        arrival = Arrival(channel, source, self._staged_meta(staged.name))
        with session_scope(self.settings.db_url) as session:
            result = self._record_quarantined(session, prep, arrival)
            doc = session.get(Document, result.document_id)
            assert doc is not None
            doc.size = size
        staged.unlink(missing_ok=True)
        return result

    def _staged(
        self,
        name: str,
        channel: str,
        split: bool,
        put: Callable[[Path], None],
        *,
        volatile: bool = False,
    ) -> Path:
        """A staging path for ``name`` that ``put`` fills; given up again if ``put`` fails."""
        staged = self._stage_path(name, channel, split, volatile=volatile)
        try:
            put(staged)
        except BaseException:
            _release(staged)
            raise
        return staged

    def _stage_path(self, name: str, channel: str, split: bool, *, volatile: bool = False) -> Path:
        """``<uuid>~<channel>~<flags>__<name>``: what a recovery needs to finish the intake."""
        self.staging_dir.mkdir(parents=True, exist_ok=True)
        tag = safe_name(channel, limit=40).replace("~", "_").replace(_SEP, "_")
        flags = ("s" if split else "") + ("v" if volatile else "") or "-"
        staged = self.staging_dir / f"{uuid.uuid4().hex}~{tag}~{flags}{_SEP}{safe_name(name)}"
        with _IN_FLIGHT_LOCK:
            _IN_FLIGHT.add(staged.name)  # released when take_staged ends
        return staged


def prepared_part(intake: Intake, data: bytes, name: str, part_path: str) -> _Prepared:
    """A part cut from a batch, stored and ready for ``Intake.record_piece``."""
    piece = Piece(name, data, "batch_part", part_path)
    return intake._prepare(piece, f"{uuid.uuid4().hex}{_SEP}{name}", 0)


def _move(path: Path, staged: Path) -> None:
    try:
        os.replace(path, staged)
    except OSError as exc:
        if exc.errno != errno.EXDEV:
            raise
        # another file system (a mounted share): copy, make durable, then remove. A crash in
        # between leaves both; the second intake is then flagged as a duplicate, not lost.
        tmp = staged.with_name(".part-" + staged.name)
        shutil.copyfile(path, tmp)
        _fsync(tmp)
        os.replace(tmp, staged)
        path.unlink()


def _release(staged: Path) -> None:
    with _IN_FLIGHT_LOCK:
        _IN_FLIGHT.discard(staged.name)


def _parse_staged(name: str) -> tuple[str, str, str]:
    prefix, _, original = name.partition(_SEP)
    parts = prefix.split("~")
    channel = parts[1] if len(parts) > 1 else "recovered"
    flags = parts[2] if len(parts) > 2 else ""
    return channel, flags, original or name


def lock_shas(session: Session, shas: list[str]) -> None:
    """Serialise intakes of the same bytes until this transaction ends (PostgreSQL; SQLite
    already runs one writer at a time). Sorted, so two multi-piece intakes cannot deadlock."""
    if session.get_bind().dialect.name != "postgresql":
        return
    for sha in shas:
        key = int.from_bytes(bytes.fromhex(sha[:16]), "big", signed=True)
        session.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": key})


def _imap_taken(session: Session, imap: ImapOrigin) -> list[IntakeResult] | None:
    """A message already stored (the flag was not set before a crash): nothing to repeat."""
    message = session.execute(
        select(MailMessage).where(
            MailMessage.imap_account == imap.account,
            MailMessage.imap_uidvalidity == imap.uidvalidity,
            MailMessage.imap_uid == imap.uid,
        )
    ).scalar_one_or_none()
    if message is None:
        return None
    rows = session.execute(
        select(Document)
        .join(MailDocument, MailDocument.document_id == Document.id)
        .where(MailDocument.message_id == message.id)
    ).scalars()
    results: list[IntakeResult] = []
    for doc in rows:
        outcome: Outcome = (
            "quarantined"
            if doc.status == DocStatus.QUARANTINED
            else "duplicate"
            if doc.status == DocStatus.DUPLICATE
            else "ingested"
        )
        results.append(IntakeResult(outcome, doc.id, doc.original_name, doc.error))
    advance_cursor(session, imap)
    return results


def advance_cursor(session: Session, imap: ImapOrigin) -> None:
    cursor = session.execute(
        select(ImapCursor).where(ImapCursor.account == imap.account).with_for_update()
    ).scalar_one_or_none()
    if cursor is None:
        session.add(
            ImapCursor(account=imap.account, uidvalidity=imap.uidvalidity, last_uid=imap.uid)
        )
    elif cursor.uidvalidity != imap.uidvalidity:
        cursor.uidvalidity, cursor.last_uid = imap.uidvalidity, imap.uid
    else:
        cursor.last_uid = max(cursor.last_uid, imap.uid)
    session.flush()


def _summarise(name: str, results: list[IntakeResult]) -> IntakeResult:
    """A container's result: the best outcome of its documents (for the upload status)."""
    for outcome in ("ingested", "duplicate", "quarantined"):
        hits = [r for r in results if r.outcome == outcome]
        if hits:
            reason = "; ".join(r.reason for r in results if r.reason) or None
            return IntakeResult(hits[0].outcome, hits[0].document_id, name, reason, tuple(results))
    raise AssertionError("a container always yields at least one result")


def _fsync(path: Path) -> None:
    with open(path, "rb+") as fh:
        os.fsync(fh.fileno())


def _sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _document_row(prep: _Prepared, arrival: Arrival, **state: Any) -> Document:
    """The Document row of a piece, received or quarantined: its name, channel and source cut
    to their columns' sizes in one place; ``state`` is what differs (status, error, ...)."""
    return Document(
        sha256=prep.sha,
        original_name=prep.piece.name[:512],
        channel=arrival.channel[:40],
        source=(arrival.source or "")[:1024] or None,
        size=len(prep.piece.data),
        parent_id=arrival.parent_id,
        meta=arrival.meta,
        **state,
    )


def _warn(session: Session, document_id: int, rule: str, message: str) -> None:
    """A warning the intake puts on a document (kept, shown to the clerk; nothing blocks)."""
    session.add(
        Check(document_id=document_id, rule=rule, outcome=CheckOutcome.WARN, message=message)
    )
