"""A readable HTML page of an e-invoice or e-order, for a document that has no page: what
the clerk reviews beside the fields, and what the archive can keep as its human view.

Rendered with Jinja2 (autoescaping on: every value comes from a sender) from the same
``EDocument`` the fields come from, so the view and the data cannot disagree.
"""

from __future__ import annotations

import functools
from datetime import date
from decimal import Decimal
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, select_autoescape

from einvoice import codes
from einvoice.cdar import (
    CHARACTERISTIC_LABELS,
    STATUS_WORDS_EN,
    CdarMessage,
    is_cdar,
    read_cdar,
    summary,
)
from einvoice.model import EDocument, Validation
from einvoice.reader import read_root
from einvoice.xmlread import parse
from extraction.einvoice.mapping import map_document

TEMPLATES = Path(__file__).resolve().parent / "templates"
SCHEMES = {
    "VA": "VAT",
    "VAT": "VAT",
    "FC": "tax number",
    "LOC": "local tax registration",
    "0002": "SIREN",
    "0009": "SIRET",
    "0088": "GLN",
    "0060": "DUNS",
    "0204": "Leitweg-ID",
    "0225": "French routing code",
    "EM": "e-mail",
}
KIND_TITLES = {
    "invoice": "Invoice",
    "credit_note": "Credit note",
    "purchase_order": "Purchase order",
    "order_confirmation": "Order response",
    "delivery_note": "Despatch advice",
}


def _amount(value: Decimal | None) -> str:
    """1234.5 -> "1 234.50" (narrow spaces between thousands, two decimals at least)."""
    if value is None:
        return ""
    exponent = value.as_tuple().exponent
    if isinstance(exponent, int) and exponent > -2:
        value = value.quantize(Decimal("0.01"))
    return format(value, ",").replace(",", "\u202f")


def _number(value: Decimal | None) -> str:
    return "" if value is None else format(value.normalize(), "f")


def _day(value: date | None) -> str:
    return value.isoformat() if value else ""


@functools.cache
def _env() -> Environment:
    env = Environment(
        loader=FileSystemLoader(str(TEMPLATES)),
        autoescape=select_autoescape(["html"]),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters.update(amount=_amount, number=_number, day=_day)
    env.globals.update(
        schemes=SCHEMES,
        doc_types=codes.DOCUMENT_TYPES,
        means=codes.PAYMENT_MEANS,
        vat_categories=codes.VAT_CATEGORIES,
        line_status=codes.LINE_STATUS,
        response_codes=codes.RESPONSE_CODES,
        units=codes.UNIT_WORDS,
    )
    return env


def render_document(
    doc: EDocument, *, validation: Validation | None = None, fragment: bool = False
) -> str:
    mapped = map_document(doc)
    template = _env().get_template("einvoice_view.html")
    return template.render(
        doc=doc,
        title=KIND_TITLES.get(mapped.doc_type, "Document"),
        doc_type=mapped.doc_type,
        warnings=mapped.warnings,
        validation=validation,
        fragment=fragment,
    )


def render_xml_view(
    data: bytes, *, validation: Validation | None = None, fragment: bool = False
) -> str:
    """The HTML view of ``data`` (a full page, or an ``<article>`` to embed when
    ``fragment``); ``ExtractionError`` subclasses for XML orderdesk cannot read."""
    root = parse(data)
    if is_cdar(root):
        return render_status(read_cdar(root), validation=validation, fragment=fragment)
    return render_document(read_root(root), validation=validation, fragment=fragment)


def render_status(
    message: CdarMessage, *, validation: Validation | None = None, fragment: bool = False
) -> str:
    """A lifecycle status message (CDAR) as a person reads it."""
    template = _env().get_template("cdar_view.html")
    return template.render(
        msg=message,
        validation=validation,
        fragment=fragment,
        labels=STATUS_WORDS_EN,
        characteristics=CHARACTERISTIC_LABELS,
        summary=summary,
    )
