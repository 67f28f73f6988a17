"""Where a document came from, for those who look at it later: the mail it arrived in, the
name it came with."""

from __future__ import annotations

import mimetypes
from pathlib import PurePath

from sqlalchemy import select
from sqlalchemy.orm import Session

from ingest.quarantine import safe_name
from models.documents import Document
from models.ingest_mail import MailDocument, MailMessage


def mail_of(session: Session, document_id: int) -> tuple[MailDocument, MailMessage] | None:
    """The first mail part the document was taken from, and its message; None when it did
    not come by mail."""
    row = session.execute(
        select(MailDocument, MailMessage)
        .join(MailMessage, MailMessage.id == MailDocument.message_id)
        .where(MailDocument.document_id == document_id)
        .order_by(MailDocument.id)
        .limit(1)
    ).first()
    return (row[0], row[1]) if row is not None else None


def original_filename(doc: Document) -> str:
    """The name it came with, made safe, keeping (or, if it had none, finding) the
    extension that lets the person's computer open it: what a download of it is called."""
    name = safe_name(doc.original_name or f"document-{doc.id}")
    if not PurePath(name).suffix and doc.media_type:
        name += mimetypes.guess_extension(doc.media_type.split(";")[0].strip()) or ""
    return name
