"""Order and invoice numbers as people print them, reduced to a key that compares equal.

"PO-2026-0042", "Cde n° PO 2026/0042", "Order #2026-0042" and "po20260042" all give
"20260042": upper case, accents and spaces gone, the words people put in front of a number
("PO", "BC", "Commande", "Order #", "N°"...) stripped, separators dropped. Both sides of a
comparison go through the same function, so a prefix that is really part of a number is
stripped on both sides alike.

``find_invoice`` is the one reading of "the invoice this number names" that linking (a
payment advice's allocations) and outbound (the lifecycle status "paid") share; a received
lifecycle status, which may name any invoice or credit note we sent or received, narrows
``numbered_invoices`` by its own rules.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from models.documents import Document
from models.enums import DECIDED_OK

_ORDER_WORDS = (
    r"BON\s*DE\s*COMMANDE|PURCHASE\s*ORDER|COMMANDE|ORDER|CDE|CMDE|CMD|P\s*\.?\s*O\s*\.?"
    r"|B\s*\.?\s*C\s*\.?|VOTRE|YOUR|OUR|NOTRE|REF(?:ERENCE)?|NUMERO|NUMBER|NUM|NR|NO\.?|N°|Nº"
)
_INVOICE_WORDS = r"FACTURE|INVOICE|FACT|INV|REF(?:ERENCE)?|NUMERO|NUMBER|NUM|NR|NO\.?|N°|Nº"


def _prefix(words: str) -> re.Pattern[str]:
    # a word only counts as a prefix when a non-letter follows it ("PO2026" yes, "POLY" no)
    return re.compile(rf"^(?:{words})(?![A-Z])[\s.:#/_-]*|^[\s.:#/_-]+")


_ORDER_PREFIX = _prefix(_ORDER_WORDS)
_INVOICE_PREFIX = _prefix(_INVOICE_WORDS)
_NOT_ALNUM = re.compile(r"[^A-Z0-9]")


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.replace("°", " N° ").replace("º", " N° "))
    text = "".join(c for c in text if not unicodedata.combining(c) or c == "°")
    text = re.sub(r"\bN\s*N°", "N°", text.upper())
    return re.sub(r"\s+", " ", text).strip()


def _key(text: str | None, prefix: re.Pattern[str]) -> str:
    if not text:
        return ""
    folded = _fold(text)
    while True:
        shorter = prefix.sub("", folded, count=1).strip()
        if shorter == folded:
            break
        folded = shorter
    key = _NOT_ALNUM.sub("", folded)
    return key or _NOT_ALNUM.sub("", _fold(text))


def order_key(number: str | None) -> str:
    """The comparison key of an order number ("Cde n° PO-2026-0042" -> "20260042")."""
    return _key(number, _ORDER_PREFIX)


def invoice_key(number: str | None) -> str:
    """The comparison key of an invoice number ("Facture n° F2026-00012" -> "F202600012")."""
    return _key(number, _INVOICE_PREFIX)


def sku_key(sku: str | None) -> str:
    return _NOT_ALNUM.sub("", _fold(sku)) if sku else ""


_SEPARATORS = (" ", "-", "/", ".", "_", "#", ":", ",", "\u00a0", "\t")


def contains_key(
    column: ColumnElement[Any] | InstrumentedAttribute[Any], key: str
) -> ColumnElement[bool]:
    """SQL pre-filter: rows whose number, upper-cased with its separators taken out, contains
    ``key``. Every spelling whose key is ``key`` passes (a key is the tail of the number's
    letters and digits, prefixes dropped); the exact comparison is then made in Python."""
    folded: ColumnElement[Any] = func.upper(column)
    for sep in _SEPARATORS:
        folded = func.replace(folded, sep, "")
    return folded.like(f"%{key}%")


def numbered_invoices(session: Session, key: str, *where: ColumnElement[bool]) -> list[Document]:
    """The documents ``where`` admits whose number's invoice key is ``key``, oldest first
    (``contains_key`` narrows in SQL, the keys are compared here)."""
    rows = session.execute(
        select(Document)
        .where(*where, contains_key(Document.document_number, key))
        .order_by(Document.id)
    ).scalars()
    return [d for d in rows if invoice_key(d.document_number) == key]


def find_invoice(session: Session, number: str, customer: str | None) -> Document | None:
    key = invoice_key(number)
    if not key:
        return None
    hits = numbered_invoices(
        session,
        key,
        Document.doc_type == "invoice",
        Document.status.in_([str(s) for s in DECIDED_OK]),
    )
    if len(hits) > 1 and customer:
        same = [d for d in hits if (d.customer_name or "").casefold() == customer.casefold()]
        hits = same or hits
    return hits[-1] if hits else None
