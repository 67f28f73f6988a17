"""Mail as received: the message envelope, the documents it carried, IMAP positions.

A message is not a document (it is not extracted); each PDF/image attachment, nested one
or body text becomes a Document linked here, so a clerk sees who sent what and when.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, utcnow


class MailMessage(Base):
    __tablename__ = "ingest_mail_messages"

    id: Mapped[int] = mapped_column(primary_key=True)
    message_id: Mapped[str | None] = mapped_column(String(998), comment="Message-ID header")
    sender: Mapped[str | None] = mapped_column(String(998), comment="From")
    recipients: Mapped[str | None] = mapped_column(Text, comment="To")
    subject: Mapped[str | None] = mapped_column(Text)
    sent_at: Mapped[dt.datetime | None] = mapped_column(comment="Date header, UTC")
    sha256: Mapped[str] = mapped_column(String(64), index=True, comment="of the raw message")
    archive_key: Mapped[str | None] = mapped_column(String(300), comment="raw .eml in the archive")
    channel: Mapped[str] = mapped_column(String(40), default="mail")
    source: Mapped[str | None] = mapped_column(String(1024))
    staged: Mapped[str | None] = mapped_column(String(300), index=True)
    imap_account: Mapped[str | None] = mapped_column(String(300))
    imap_uidvalidity: Mapped[int | None]
    imap_uid: Mapped[int | None]
    problems: Mapped[str | None] = mapped_column(Text, comment="what could not be taken, why")
    received_at: Mapped[dt.datetime] = mapped_column(default=utcnow)

    __table_args__ = (
        Index(
            "ix_ingest_mail_messages_imap",
            "imap_account",
            "imap_uidvalidity",
            "imap_uid",
            unique=True,
        ),
    )


class MailDocument(Base):
    """One document a message carried: an attachment, a nested one, or the body text."""

    __tablename__ = "ingest_mail_documents"

    id: Mapped[int] = mapped_column(primary_key=True)
    message_id: Mapped[int] = mapped_column(
        ForeignKey("ingest_mail_messages.id", ondelete="CASCADE"), index=True
    )
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id"), index=True)
    role: Mapped[str] = mapped_column(String(20), comment="attachment | body | nested")
    part_path: Mapped[str] = mapped_column(String(500), comment="where in the message, e.g. 2/1")


class ImapCursor(Base):
    """How far an IMAP mailbox has been taken: UIDs are only valid with their UIDVALIDITY."""

    __tablename__ = "ingest_imap_cursors"

    id: Mapped[int] = mapped_column(primary_key=True)
    account: Mapped[str] = mapped_column(String(300), unique=True)
    uidvalidity: Mapped[int]
    last_uid: Mapped[int] = mapped_column(default=0)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow, onupdate=utcnow)
