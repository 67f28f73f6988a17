"""Generators for the bad-input corpus and small good documents (cheap, deterministic)."""

from __future__ import annotations

import io
import struct
import zipfile
import zlib
from email.message import EmailMessage

from PIL import Image
from pypdf import PdfReader, PdfWriter
from pypdf.generic import DictionaryObject, NameObject, TextStringObject
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from tests.support.rawpdf import pdf_of_objects


def tiny_pdf(text: str = "PURCHASE ORDER PO-1") -> bytes:
    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=A4, invariant=1)
    for i, line in enumerate(text.split("\n")):
        pdf.drawString(72, 760 - 14 * i, line)
    pdf.save()
    return out.getvalue()


def truncated_pdf() -> bytes:
    data = tiny_pdf("truncated order")
    return data[: len(data) // 2]


def _aes_encrypted(text: str, user_password: str) -> bytes:
    """A one-line PDF encrypted with AES-128, opened by ``user_password``."""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(tiny_pdf(text))))
    writer.encrypt(user_password=user_password, owner_password="owner", algorithm="AES-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def encrypted_pdf() -> bytes:
    return _aes_encrypted("secret order", user_password="s3cret")


def owner_only_encrypted_pdf() -> bytes:
    """Permissions-only encryption (empty user password): every reader opens it."""
    return _aes_encrypted("ERP order", user_password="")


def javascript_pdf() -> bytes:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(tiny_pdf("PURCHASE ORDER PO-JS"))))
    action = DictionaryObject(
        {
            NameObject("/S"): NameObject("/JavaScript"),
            NameObject("/JS"): TextStringObject("app.alert('hello');"),
        }
    )
    writer._root_object[NameObject("/OpenAction")] = writer._add_object(action)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def many_pages_pdf(pages: int) -> bytes:
    """A valid PDF of ``pages`` blank pages, written directly (pypdf would take seconds)."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>"]
    kids = " ".join(f"{3 + i} 0 R" for i in range(pages))
    objects.append(f"<< /Type /Pages /Count {pages} /Kids [{kids}] >>".encode())
    page = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>"
    objects.extend([page] * pages)
    return pdf_of_objects(objects)


def _png_chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def huge_png_header(width: int = 30_000, height: int = 30_000) -> bytes:
    """A PNG announcing width × height pixels with a token of data: only the header matters."""
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    idat = zlib.compress(b"\x00" * (width + 1) * 4)
    return (
        b"\x89PNG\r\n\x1a\n"
        + _png_chunk(b"IHDR", ihdr)
        + _png_chunk(b"IDAT", idat)
        + _png_chunk(b"IEND", b"")
    )


def png_bytes(size: tuple[int, int] = (300, 200), noise: bool = True) -> bytes:
    img = Image.new("RGB", size, "white")
    if noise:
        img = Image.effect_noise(size, 80).convert("RGB")
    out = io.BytesIO()
    img.save(out, format="PNG")
    return out.getvalue()


def zip_bomb(member_mb: int = 50) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("order.pdf", tiny_pdf("decoy"))
        zf.writestr("zeros.pdf", b"\0" * (member_mb * 1024 * 1024))
    return out.getvalue()


def zip_of(files: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in files.items():
            zf.writestr(name, data)
    return out.getvalue()


def mail(
    *,
    body: str = "Please find our order attached.",
    attachments: dict[str, tuple[bytes, str]] | None = None,
    inline: dict[str, bytes] | None = None,
    subject: str = "Order",
    message_id: str = "<order-1@customer.example>",
) -> bytes:
    msg = EmailMessage()
    msg["From"] = "Buyer <buyer@customer.example>"
    msg["To"] = "orders@supplier.example"
    msg["Subject"] = subject
    msg["Date"] = "Tue, 24 Nov 2026 10:15:00 +0100"
    msg["Message-ID"] = message_id
    msg.set_content(body)
    for name, (data, ctype) in (attachments or {}).items():
        maintype, subtype = ctype.split("/", 1)
        if maintype == "message":
            msg.add_attachment(data, maintype="application", subtype="octet-stream", filename=name)
        else:
            msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    for cid, data in (inline or {}).items():
        msg.add_attachment(data, maintype="image", subtype="png", disposition="inline", cid=cid)
    return msg.as_bytes()


MALFORMED_MIME = (
    b"From: someone@example.com\r\n"
    b"To: orders@example.com\r\n"
    b"Subject: broken\r\n"
    b"MIME-Version: 1.0\r\n"
    b'Content-Type: multipart/mixed; boundary="XYZ"\r\n\r\n'
    b"--XYZ\r\nContent-Type: text/plain\r\n\r\nsee attached\r\n"
    b"--XYZ\r\nContent-Type: application/pdf; name=order.pdf\r\n"
    b"Content-Transfer-Encoding: base64\r\n"
    b"Content-Disposition: attachment; filename=order.pdf\r\n\r\n"
    b"JVBERi0xLjQK%%%%not base64 at all!!!\r\n"
)  # no closing boundary, broken base64
