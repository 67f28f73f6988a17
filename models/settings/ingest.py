"""Ingest settings (owned by ``ingest/``).

Inboxes and IMAP accounts are JSON lists in the environment, for example::

    ORDERDESK_INGEST__INBOXES='[{"path": "/srv/scans", "channel": "scan", "split_batches": true},
                                {"path": "/srv/mail", "channel": "mail", "kind": "mail"}]'
    ORDERDESK_INGEST__IMAP='[{"host": "imap.example.com", "user": "orders", "password": "…"}]'
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import BaseModel, Field

from models.settings.bounds import AtLeastOne, NonNegative, NonNegativeInt, Positive, PositiveInt


class InboxSettings(BaseModel):
    """One watched folder. A relative ``path`` is taken from the data folder."""

    path: Path = Path("inbox")
    channel: str = Field(default="folder", max_length=40, description="Recorded on documents.")
    kind: Literal["files", "mail"] = Field(
        default="files",
        description="files: PDFs/images (and .eml/.zip dropped there); mail: a Maildir "
        "(new/ and cur/ are read) or a folder of .eml files.",
    )
    recursive: bool = Field(default=True, description="Look into sub-folders too.")
    exclude: list[str] = Field(
        default_factory=list,
        description="Sub-folders (relative names or glob patterns) left alone.",
    )
    polling: bool = Field(
        default=False,
        description="Poll instead of OS events: for NFS/SMB shares, where events never come.",
    )
    split_batches: bool = Field(
        default=False,
        description="Multi-page PDFs from here are batch scans, split into their documents.",
    )


class ImapAccount(BaseModel):
    """A mailbox polled over IMAP. A message is flagged (or moved) only once stored."""

    name: str = Field(default="", description="Label for logs and the channel source.")
    host: str
    port: int = 993
    ssl: bool = True
    user: str
    password: str = Field(default="", repr=False)
    mailbox: str = "INBOX"
    channel: str = "mail"
    done_flag: str = Field(default="$OrderdeskDone", description="Set once a message is stored.")
    move_to: str | None = Field(default=None, description="Move done messages to this folder.")
    split_batches: bool = False

    @property
    def label(self) -> str:
        return self.name or f"{self.user}@{self.host}:{self.port}/{self.mailbox}"


class IngestSettings(BaseModel):
    stable_seconds: NonNegative = Field(
        default=1.0, description="A file is taken once size and mtime stayed put this long."
    )
    rescan_seconds: Positive = Field(default=30.0, description="Periodic full rescan.")
    poll_interval_seconds: Positive = Field(
        default=2.0, description="Scan period of inboxes in polling mode."
    )
    inboxes: list[InboxSettings] = Field(
        default_factory=lambda: [InboxSettings()],
        description="Watched folders; the default is data/inbox, channel 'folder'.",
    )
    imap: list[ImapAccount] = Field(default_factory=list, description="IMAP accounts polled.")
    imap_poll_seconds: Positive = 60.0
    max_file_mb: PositiveInt = Field(default=100, description="Larger files are quarantined.")
    max_pages: PositiveInt = Field(default=500, description="PDFs with more pages are quarantined.")
    max_image_pixels: PositiveInt = Field(
        default=100_000_000,
        description="Images larger than this (width × height, read from the header) are "
        "quarantined before anything decodes them (decompression bombs).",
    )
    pdf_javascript: Literal["flag", "quarantine"] = Field(
        default="flag",
        description="PDFs with JavaScript: flag (accepted, never executed, a warning check is "
        "shown) or quarantine.",
    )
    mail_min_attachment_bytes: NonNegativeInt = Field(
        default=8 * 1024,
        description="Inline images smaller than this are logos or signatures, not documents.",
    )
    mail_body_min_chars: NonNegativeInt = Field(
        default=40,
        description="A message without attachments becomes a document if its text is this long.",
    )
    container_max_depth: AtLeastOne = Field(default=3, description="Nested .eml/.zip levels.")
    container_max_members: AtLeastOne = Field(default=200, description="Files in one container.")
    container_max_total_mb: PositiveInt = Field(
        default=200, description="Total uncompressed size of one container (zip bombs)."
    )
    container_max_ratio: PositiveInt = Field(
        default=200, description="Largest compression ratio accepted for a zip member."
    )
    batch_blank_ink_ratio: NonNegative = Field(
        default=0.002,
        description="A page with less dark ink than this share of its area is a separator.",
    )
    batch_separator_texts: list[str] = Field(
        default_factory=lambda: ["ORDERDESK-SEPARATOR", "PATCHT", "PATCH T", "SEPARATOR"],
        description="A barcode/QR reading one of these (case-insensitive) marks a separator.",
    )
    batch_render_dpi: int = Field(default=100, ge=30, le=300, description="To find separators.")
    job_lease_seconds: Positive = Field(
        default=300.0, description="A job whose worker is silent this long is taken again."
    )
    job_max_attempts: AtLeastOne = 5
    job_retry_base_seconds: NonNegative = Field(
        default=5.0, description="Retry n waits base × 2^(n-1), capped at one hour."
    )
    poll_seconds: Positive = Field(
        default=0.5, description="Idle worker's queue poll on SQLite (no notifications)."
    )
    listen_poll_seconds: Positive = Field(
        default=30.0,
        description="On PostgreSQL idle workers wake on LISTEN/NOTIFY; this slow poll is the "
        "safety net.",
    )
