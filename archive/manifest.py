"""Manifests: for each archived document, a write-once JSON listing every part (original,
extracted data, approved data, generated documents) with its key, version and sha256, the
decision, the document's links and the audit events that shaped it.

Later events (links, payments, corrections after approval) make a new manifest *version*
that points at the one before; nothing is overwritten. A manifest's bytes depend only on
the database state, so re-running the archive job after a crash rewrites identical bytes.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.archive import ArchiveObject
from models.audit import AuditEvent
from models.db import of_document
from models.documents import Document

MANIFEST = "manifest"
SEAL = "audit_seal"
# reading the archive is audited, but it does not change what is archived
READ_ACTIONS = frozenset({"archived", "viewed", "downloaded", "exported", "legal_hold", "released"})


def manifest_key(document_id: int, version: int) -> str:
    return f"documents/{document_id}/manifest-v{version:04d}.json"


def part_key(document_id: int, kind: str, sha256: str) -> str:
    return f"documents/{document_id}/{kind}-{sha256[:16]}.json"


def json_bytes(value: Any) -> bytes:
    return json.dumps(value, sort_keys=True, ensure_ascii=False, indent=1, default=str).encode()


def part_entry(obj: ArchiveObject) -> dict[str, Any]:
    return {
        "kind": obj.kind,
        "key": obj.key,
        "version_id": obj.version_id,
        "sha256": obj.sha256,
        "size": obj.size,
    }


def manifests_of(session: Session, document_id: int) -> list[ArchiveObject]:
    return of_document(session, ArchiveObject, document_id, ArchiveObject.kind == MANIFEST)


def document_content(
    session: Session, doc: Document, parts: list[dict[str, Any]]
) -> dict[str, Any]:
    """What a manifest vouches for, without its version and back-pointer."""
    events = session.execute(
        select(AuditEvent.seq, AuditEvent.action, AuditEvent.hash)
        .where(AuditEvent.entity_type == "document", AuditEvent.entity_id == str(doc.id))
        .order_by(AuditEvent.seq)
    ).all()
    return {
        "document_id": doc.id,
        "doc_type": doc.doc_type,
        "document_number": doc.document_number,
        "document_date": doc.document_date,
        "status": doc.status,
        "decision": {
            "status": doc.status,
            "by": doc.decided_by,
            "at": doc.decided_at,
            "reason": doc.decision_reason,
        },
        "parts": sorted(parts, key=lambda p: (p["kind"], p["key"])),
        "links": links_of(session, doc.id),
        "events": [
            {"seq": seq, "action": action, "hash": h}
            for seq, action, h in events
            if action not in READ_ACTIONS
        ],
    }


def links_of(session: Session, document_id: int) -> list[dict[str, Any]]:
    """The document's links to orders, when the linking stage is installed."""
    try:
        from models.linking import DocumentLink
    except ImportError:  # pragma: no cover - linking not installed
        return []
    rows = session.execute(
        select(DocumentLink).where(DocumentLink.document_id == document_id)
    ).scalars()
    return [
        {
            "order_id": link.order_id,
            "role": link.role,
            "related_document_id": link.related_document_id,
            "method": link.method,
        }
        for link in rows
    ]


def build(content: dict[str, Any], version: int, previous: ArchiveObject | None) -> dict[str, Any]:
    return {
        "format": "orderdesk-manifest/1",
        "version": version,
        "previous": None if previous is None else part_entry(previous),
        "content": content,
    }
