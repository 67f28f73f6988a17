"""The e-invoice or e-order XML a PDF carries as an attachment (Factur-X, ZUGFeRD 1.0 and 2,
XRechnung, Order-X): found here once, for extraction (which lays it over the page reading)
and for outbound (which reads a customer's order back from the archived PDF)."""

from __future__ import annotations

import io
import logging
import warnings

from pypdf import PdfReader

from einvoice.reader import read_root
from einvoice.xmlread import parse
from models.errors import ExtractionError

log = logging.getLogger(__name__)

# the names the standards give the attachment, tried first
KNOWN_NAMES = ("factur-x.xml", "zugferd-invoice.xml", "xrechnung.xml", "order-x.xml")


def embedded_xml(data: bytes) -> tuple[str, bytes] | None:
    """(name, bytes) of the first attachment that is an e-invoice or e-order."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            attachments = PdfReader(io.BytesIO(data), strict=False).attachments
            files = [(name, blob) for name, blobs in attachments.items() for blob in blobs]
    except Exception as exc:  # no attachment tree, or one pypdf cannot walk
        log.debug("no readable attachments: %s", exc)
        return None
    files.sort(key=lambda f: (f[0].lower() not in KNOWN_NAMES, not f[0].lower().endswith(".xml")))
    for name, blob in files:
        try:
            read_root(parse(blob))
        except ExtractionError:
            continue
        return name, blob
    return None
