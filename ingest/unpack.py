"""Opening containers: e-mail messages (stdlib ``email``, ``policy.default``) and zip files,
nested within limits, into the pieces that become documents.

Limits hold across the whole tree (depth, number of files, total uncompressed bytes, and
the compression ratio of each zip member), and sizes are enforced while reading, not only
as the headers claim: a zip bomb ends up in quarantine, never in memory.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import io
import logging
import zipfile
from dataclasses import dataclass, field
from email import policy
from email.message import EmailMessage, MIMEPart
from email.parser import BytesParser

from ingest.mailbody import html_to_text, render_text_pdf
from ingest.sniff import NotADocument, is_message, is_zip, sniff
from models.settings.ingest import IngestSettings

log = logging.getLogger("orderdesk.ingest")

IGNORED_TYPES = {
    "application/pgp-signature",
    "application/pkcs7-signature",
    "application/x-pkcs7-signature",
    "application/pgp-keys",
    "text/calendar",
    "text/vcard",
    "text/x-vcard",
    "message/delivery-status",
}


@dataclass
class Piece:
    """One file found in a container: a document to take, or a reason it cannot be."""

    name: str
    data: bytes
    role: str  # attachment | body | nested | member | container
    part_path: str
    problem: NotADocument | None = None


@dataclass
class Envelope:
    message_id: str | None = None
    sender: str | None = None
    recipients: str | None = None
    subject: str | None = None
    sent_at: dt.datetime | None = None


@dataclass
class Unpacked:
    envelope: Envelope | None
    pieces: list[Piece]
    notes: list[str] = field(default_factory=list)


@dataclass
class _Walk:
    """One container being unpacked: its settings, the pieces and notes found so far, and
    the files and bytes taken (what the container limits count)."""

    cfg: IngestSettings
    out: Unpacked
    files: int = 0
    total: int = 0

    def take(self, size: int, where: str) -> None:
        self.files += 1
        self.total += size
        if self.files > self.cfg.container_max_members:
            raise NotADocument(
                f"{where}: more than {self.cfg.container_max_members} files in one container "
                "(ORDERDESK_INGEST__CONTAINER_MAX_MEMBERS)",
                "container_limit",
            )
        if self.total > self.cfg.container_max_total_mb * 1024 * 1024:
            raise NotADocument(
                f"{where}: over {self.cfg.container_max_total_mb} MB uncompressed in one "
                "container (zip bomb guard, ORDERDESK_INGEST__CONTAINER_MAX_TOTAL_MB)",
                "zip_bomb",
            )


def unpack_message(raw: bytes, name: str, cfg: IngestSettings) -> Unpacked:
    try:
        msg = BytesParser(policy=policy.default).parsebytes(raw)
        assert isinstance(msg, EmailMessage)
        envelope = envelope_of(msg)
    except Exception as exc:  # the parser is lenient; this is a truly broken file
        problem = NotADocument(f"unreadable e-mail message: {exc}", "malformed_mail")
        return Unpacked(None, [Piece(name, raw, "container", "", problem)])
    out = Unpacked(envelope, [])
    if msg.defects:
        out.notes.append("MIME defects: " + "; ".join(type(d).__name__ for d in msg.defects))
    _walk_message(msg, "", 1, _Walk(cfg, out))
    if not out.pieces:  # no attachment at all: the order may be written in the body
        _add_body(msg, envelope, out, cfg)
    if not out.pieces:
        problem = NotADocument(
            "the message has no PDF or image attachment and no text long enough to be an "
            f"order ({cfg.mail_body_min_chars} characters, ORDERDESK_INGEST__MAIL_BODY_MIN_CHARS)"
            + (f"; {out.notes[0]}" if out.notes else ""),
            "no_document",
        )
        out.pieces.append(Piece(name, raw, "container", "", problem))
    return out


def envelope_of(msg: EmailMessage) -> Envelope:
    def header(key: str) -> str | None:
        try:
            value = msg.get(key)
        except Exception:  # a malformed header: keep the raw text
            value = msg.get_all(key, [None])[0] if hasattr(msg, "get_all") else None
        return str(value).strip()[:990] if value is not None else None

    sent_at = None
    try:
        date = msg.get("Date")
        sent_at = getattr(date, "datetime", None) or (
            email.utils.parsedate_to_datetime(str(date)) if date else None
        )
        if sent_at is not None and sent_at.tzinfo is None:
            sent_at = sent_at.replace(tzinfo=dt.UTC)
    except Exception:
        sent_at = None
    return Envelope(
        message_id=header("Message-ID"),
        sender=header("From"),
        recipients=header("To"),
        subject=header("Subject"),
        sent_at=sent_at.astimezone(dt.UTC) if sent_at else None,
    )


def _walk_message(msg: MIMEPart, path: str, depth: int, walk: _Walk) -> None:
    out = walk.out
    parts = list(msg.iter_parts()) if msg.is_multipart() else [msg]
    for i, part in enumerate(parts, 1):
        where = f"{path}{i}" if path else str(i)
        if part.is_multipart():
            _walk_message(part, where + ".", depth, walk)
            continue
        ctype = part.get_content_type()
        filename = part.get_filename() or ""
        disposition = part.get_content_disposition()
        if ctype in IGNORED_TYPES:
            continue
        if ctype.startswith("text/") and not filename and disposition != "attachment":
            continue  # the body; used only if nothing else is a document
        if ctype == "message/rfc822":
            inner = part.get_payload(0) if isinstance(part.get_payload(), list) else None
            data = inner.as_bytes() if isinstance(inner, MIMEPart) else _payload(part)
            name = filename or "attached-message.eml"
            if data is None:
                out.pieces.append(Piece(name, b"", "nested", where, _undecodable(where, ctype)))
                continue
            _nested(data, name, where, depth, walk, role="nested")
            continue
        data = _payload(part)
        name = filename or f"part-{where}"
        if data is None:
            out.notes.append(f"part {where} ({ctype}) could not be decoded")
            out.pieces.append(
                Piece(name, part.as_bytes(), "attachment", where, _undecodable(where, ctype))
            )
            continue
        _classify(data, name, where, depth, walk, ctype=ctype)


def _payload(part: MIMEPart) -> bytes | None:
    try:
        data = part.get_payload(decode=True)
    except Exception:
        return None
    return data if isinstance(data, bytes) else None


def _undecodable(where: str, ctype: str) -> NotADocument:
    return NotADocument(f"mail part {where} ({ctype}) cannot be decoded", "malformed_mail")


def _classify(
    data: bytes,
    name: str,
    where: str,
    depth: int,
    walk: _Walk,
    *,
    ctype: str = "",
    role: str = "attachment",
) -> None:
    out = walk.out
    head = data[:2048]
    if is_zip(head):
        _nested(data, name, where, depth, walk, role="member")
        return
    if is_message(head) and (name.lower().endswith(".eml") or ctype == "message/rfc822"):
        _nested(data, name, where, depth, walk, role="nested")
        return
    try:
        walk.take(len(data), name)
        media_type = sniff(head, len(data))
    except NotADocument as exc:
        if ctype.startswith("text/") and role == "attachment":
            return  # a .txt/.html attachment is text, not a scanned order
        out.pieces.append(Piece(name, data, role, where, exc))
        return
    if media_type.startswith("image/") and len(data) < walk.cfg.mail_min_attachment_bytes:
        out.notes.append(f"ignored small image {name} ({len(data)} bytes): a logo or signature")
        return
    out.pieces.append(Piece(name, data, role, where))


def _nested(data: bytes, name: str, where: str, depth: int, walk: _Walk, *, role: str) -> None:
    out, cfg = walk.out, walk.cfg
    if depth >= cfg.container_max_depth:
        problem = NotADocument(
            f"{name}: nested deeper than {cfg.container_max_depth} levels "
            "(ORDERDESK_INGEST__CONTAINER_MAX_DEPTH)",
            "container_limit",
        )
        out.pieces.append(Piece(name, data, role, where, problem))
        return
    if is_zip(data[:4]):
        before = len(out.pieces)
        try:
            _walk_zip(data, name, where + "/", depth + 1, walk)
        except NotADocument as exc:
            del out.pieces[before:]  # the whole zip goes to quarantine, as one file
            out.pieces.append(Piece(name, data, role, where, exc))
        return
    try:
        msg = BytesParser(policy=policy.default).parsebytes(data)
    except Exception as exc:
        out.pieces.append(
            Piece(name, data, role, where, NotADocument(f"{name}: {exc}", "malformed_mail"))
        )
        return
    assert isinstance(msg, EmailMessage)
    before = len(out.pieces)
    _walk_message(msg, where + "/", depth + 1, walk)
    if len(out.pieces) == before:
        _add_body(msg, envelope_of(msg), out, cfg, where=where + "/body")


def unpack_zip(data: bytes, name: str, cfg: IngestSettings) -> Unpacked:
    out = Unpacked(None, [])
    try:
        _walk_zip(data, name, "", 1, _Walk(cfg, out))
    except NotADocument as exc:
        out.pieces = [Piece(name, data, "container", "", exc)]
    if not out.pieces:
        problem = NotADocument(f"{name}: the zip holds no files", "no_document")
        out.pieces = [Piece(name, data, "container", "", problem)]
    return out


def _walk_zip(data: bytes, name: str, path: str, depth: int, walk: _Walk) -> None:
    cfg = walk.cfg
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = [i for i in archive.infolist() if not i.is_dir()]
    except (zipfile.BadZipFile, ValueError, EOFError) as exc:
        raise NotADocument(f"{name}: damaged zip ({exc})", "corrupt") from exc
    limit = cfg.container_max_total_mb * 1024 * 1024
    declared = sum(i.file_size for i in infos)
    if declared > limit:
        raise NotADocument(
            f"{name}: announces {declared / 1e6:.0f} MB uncompressed, over the "
            f"{cfg.container_max_total_mb} MB limit (zip bomb guard)",
            "zip_bomb",
        )
    for n, info in enumerate(infos, 1):
        if info.flag_bits & 0x1:
            raise NotADocument(f"{name}: {info.filename} is password-protected", "encrypted")
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > 1024 * 1024 and ratio > cfg.container_max_ratio:
            raise NotADocument(
                f"{name}: {info.filename} expands {ratio:.0f}× (over "
                f"{cfg.container_max_ratio}×): zip bomb guard",
                "zip_bomb",
            )
        remaining = limit - walk.total
        try:
            with archive.open(info) as fh:
                member = fh.read(remaining + 1)
        except (zipfile.BadZipFile, RuntimeError, EOFError, OSError, ValueError) as exc:
            raise NotADocument(
                f"{name}: {info.filename} cannot be read ({exc})", "corrupt"
            ) from exc
        if len(member) > remaining:
            raise NotADocument(
                f"{name}: {info.filename} is larger than its header says (zip bomb guard)",
                "zip_bomb",
            )
        member_name = info.filename.rsplit("/", 1)[-1]
        if member_name.startswith(("__MACOSX", "._", ".")) or "__MACOSX/" in info.filename:
            continue
        _classify(member, member_name, f"{path}{n}", depth, walk, role="member")


def _add_body(
    msg: EmailMessage,
    envelope: Envelope,
    out: Unpacked,
    cfg: IngestSettings,
    *,
    where: str = "body",
) -> None:
    """The message text as a document, when it is long enough to be an order."""
    text = ""
    try:
        part = msg.get_body(preferencelist=("plain", "html"))
        if part is not None:
            content = part.get_content()
            text = html_to_text(content) if part.get_content_type() == "text/html" else content
    except Exception as exc:
        out.notes.append(f"body unreadable: {exc}")
        return
    text = text.strip()
    if len(text) < cfg.mail_body_min_chars:
        return
    header = [
        f"From: {envelope.sender or ''}",
        f"To: {envelope.recipients or ''}",
        f"Subject: {envelope.subject or ''}",
        f"Date: {envelope.sent_at.isoformat() if envelope.sent_at else ''}",
    ]
    pdf = render_text_pdf(header, text)
    out.pieces.append(Piece("mail-body.pdf", pdf, "body", where))
