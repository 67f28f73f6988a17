"""Where a document came from, for those who look at it later: the mail it arrived in."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

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
