"""What a clerk changed on the review screen, applied as review actions: the header values
and lines that differ from what is stored (a line table that only looks different, "1,50"
for 1.5, is no change), a customer picked by number, and the product codes a clerk taught by
replacing a printed code with one of our SKUs."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from approvals import review
from approvals.masterdata import remember_product_code
from models.documents import Document
from models.masterdata import Product, match_of, matched_customer
from models.parsing import decimal_or_none
from models.settings import Settings

TEXT_LINE_FIELDS = ("sku", "description", "unit")

Row = dict[str, Any]


def line_rows(doc: Document) -> list[Row]:
    """The stored lines as the screen shows them: every column as text (None when empty)."""

    def text(value: Any) -> str | None:
        return str(value) if value is not None else None

    return [{c: text(getattr(li, c)) for c in review.LINE_FIELDS} for li in doc.lines]


def _comparable(rows: list[Row]) -> list[Row]:
    def one(k: str, v: Any) -> Any:
        if v is None or k in TEXT_LINE_FIELDS:
            return v
        number = decimal_or_none(v)
        return v if number is None else number.normalize()

    return [{k: one(k, r.get(k)) for k in review.LINE_FIELDS} for r in rows]


def apply_edits(
    session: Session,
    doc: Document,
    *,
    actor: str,
    fields: dict[str, str | None],
    lines: list[Row] | None,
    customer_number: str,
    settings: Settings,
) -> int:
    """Apply the screen's values (``lines`` None: the form had no line table); returns how
    many changes were made."""
    current = {f.name: f.value for f in doc.fields}
    changed = {k: v for k, v in fields.items() if current.get(k) != v}
    old_rows = line_rows(doc)
    new_lines = lines if lines is not None and _comparable(lines) != _comparable(old_rows) else None
    count = 0
    if changed or new_lines is not None:
        count += len(
            review.correct(
                session, doc, actor=actor, fields=changed, lines=new_lines, settings=settings
            )
        )
        if new_lines is not None:
            learn_product_codes(session, doc, old_rows, new_lines, actor=actor)
    number = customer_number.strip()
    known = matched_customer(session, doc.id)
    if number and (known is None or known.number != number):
        review.set_customer(session, doc, actor=actor, customer_number=number, settings=settings)
        count += 1
    return count


def learn_product_codes(
    session: Session, doc: Document, old_rows: list[Row], new_rows: list[Row], *, actor: str
) -> None:
    """A clerk who replaced a printed code by one of our SKUs taught us that code (for the
    document's customer, when it has one)."""
    match = match_of(session, doc.id)
    for old, new in zip(old_rows, new_rows, strict=False):
        if not new.get("sku") or new.get("sku") == old.get("sku"):
            continue
        product = session.execute(select(Product).where(Product.sku == new["sku"])).scalar()
        if product is not None:
            remember_product_code(
                session,
                product,
                customer_id=match.customer_id if match else None,
                part_number=old.get("sku"),
                description=old.get("description"),
                actor=actor,
            )
