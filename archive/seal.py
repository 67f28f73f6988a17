"""Sealing the audit chain: its head (last sequence number and hash) is written into the
write-once archive, periodically and on shutdown. Whoever rewrites the audit table later
cannot rewrite the seals, so ``verify`` catches even a consistently re-hashed history."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from archive.manifest import SEAL, json_bytes
from archive.store import ArchiveStore
from models.archive import ArchiveObject
from models.audit import AuditHead
from models.base import utcnow
from models.errors import Conflict
from models.settings.archive import ArchiveSettings

SEAL_PREFIX = "audit/seals/"


class SealMismatch(Conflict, ValueError):
    """A seal stored before a crash does not name the head it should: look before sealing."""

    code = "seal_mismatch"


@dataclass(frozen=True)
class Seal:
    seq: int
    hash: str
    sealed_at: str
    key: str
    version_id: str | None = None

    @property
    def where(self) -> str:
        return f"{self.key} version {self.version_id}" if self.version_id else self.key


def seal_key(seq: int, head_hash: str) -> str:
    return f"{SEAL_PREFIX}{seq:012d}-{head_hash[:16]}.json"


def seal_head(session: Session, store: ArchiveStore, settings: ArchiveSettings) -> Seal | None:
    """Seal the current head unless it is sealed already; None when there is nothing new.

    Sealing records no audit event (that would move the head it seals)."""
    head = session.execute(select(AuditHead).where(AuditHead.id == 1)).scalar_one_or_none()
    if head is None or head.seq == 0:
        return None
    key = seal_key(head.seq, head.hash)
    if session.execute(select(ArchiveObject.id).where(ArchiveObject.key == key)).first():
        return None
    if store.exists(key):  # stored before a crash, not yet recorded
        data = store.get(key)
        body = json.loads(data)
        if (body.get("seq"), body.get("hash")) != (head.seq, head.hash):
            raise SealMismatch(f"sealed object {key} does not match the audit head")
    else:
        body = {"seq": head.seq, "hash": head.hash, "sealed_at": utcnow().isoformat()}
        data = json_bytes(body)
    years = settings.default_retention_years + 1
    until = dt.datetime(utcnow().year + years, 1, 1, tzinfo=dt.UTC)
    obj = store.put(key, data, retain_until=until)
    session.add(
        ArchiveObject.of(
            obj,
            document_id=None,
            kind=SEAL,
            retain_until=until,
        )
    )
    session.flush()
    return Seal(head.seq, head.hash, str(body["sealed_at"]), key)


def read_seals(store: ArchiveStore) -> list[Seal]:
    """Every seal in the archive itself (not the database's record of them): every version,
    so a forged version written over a seal cannot hide the real one."""
    seals = []
    for v in store.versions(SEAL_PREFIX):
        if v.delete_marker:
            continue
        body = json.loads(store.get(v.key, v.version_id))
        seals.append(
            Seal(int(body["seq"]), str(body["hash"]), str(body["sealed_at"]), v.key, v.version_id)
        )
    return sorted(seals, key=lambda s: s.seq)
