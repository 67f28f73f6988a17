"""Documents and master data built straight in the database, with known fields, lines and
boxes, so approvals can be tested without running extraction."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from sqlalchemy.orm import Session

from approvals import review
from approvals.masterdata import MasterDataIn, import_masterdata
from models.base import utcnow
from models.documents import Document, DocumentLine, ExtractedField, Page
from models.enums import DocStatus
from models.settings import Settings

MASTER = {
    "customers": [
        {
            "number": "C-100",
            "name": "Ateliers Durand SARL",
            "aliases": ["Durand Ateliers"],
            "vat_id": "FR40303265045",
            "billing_address": "12 rue des Lilas, 69007 Lyon",
            "credit_limit": "50000",
            "currency": "EUR",
            "language": "fr",
            "email": "achats@durand.example",
        },
        {
            "number": "C-200",
            "name": "Northwind Traders Ltd",
            "vat_id": "GB123456782",
            "billing_address": "4 King Street, Leeds LS1 4DY",
            "credit_limit": "5000",
            "currency": "GBP",
            "language": "en",
        },
    ],
    "products": [
        {
            "sku": "VIS-100",
            "description": "Stainless screw A2 countersunk 4x40",
            "description_fr": "Vis inox A2 tête fraisée 4x40",
            "unit": "pce",
            "pack_size": "12",
            "pack_unit": "box",
            "part_numbers": [{"code": "DUR-4711", "customer": "C-100"}],
            "prices": [{"unit_price": "1.00", "currency": "EUR"}],
        },
        {
            "sku": "PAP-200",
            "description": "A4 copy paper ream 80 gsm white",
            "description_fr": "Ramette papier A4 80 g blanc",
            "unit": "ream",
            "prices": [
                {"unit_price": "5.00", "currency": "EUR", "valid_to": "2025-12-31"},
                {"unit_price": "5.50", "currency": "EUR", "valid_from": "2026-01-01"},
            ],
        },
    ],
}


def load_master(session: Session, data: dict[str, Any] | None = None) -> None:
    import_masterdata(session, MasterDataIn.model_validate(data or MASTER), actor="test")
    session.flush()


def future(days: int = 30) -> str:
    """A day counted from the rules' today, which is UTC's (``routing.assess``): the local
    date is a day off near midnight wherever the machine's zone is not UTC."""
    return (utcnow().date() + dt.timedelta(days=days)).isoformat()


def line_of(
    position: int,
    row: dict[str, Any],
    *,
    confidence: float = 0.99,
    bbox: list[float] | None = None,
) -> DocumentLine:
    """A line read from page 1, from its cells as text (as a truth file or a form has them)."""

    def number(key: str) -> Decimal | None:
        return Decimal(row[key]) if row.get(key) else None

    return DocumentLine(
        position=position,
        sku=row.get("sku"),
        description=row.get("description"),
        quantity=number("quantity"),
        unit=row.get("unit"),
        unit_price=number("unit_price"),
        line_total=number("line_total"),
        tax_rate=number("tax_rate"),
        confidence=confidence,
        page=1,
        bbox=bbox,
        source="text",
    )


def po_lines(
    boxes: str = "12", reams: str = "10", ream_price: str = "5.50"
) -> list[dict[str, Any]]:
    """The clean order's two lines (screws at 12.00 a box, paper at 5.50 a ream), in other
    quantities (or at another paper price); each line total is quantity x price."""

    def line(sku: str, description: str, quantity: str, unit: str, price: str) -> dict[str, Any]:
        total = (Decimal(quantity) * Decimal(price)).quantize(Decimal("0.01"))
        return {"sku": sku, "description": description, "quantity": quantity, "unit": unit,
                "unit_price": price, "line_total": str(total), "tax_rate": "20"}  # fmt: skip

    return [
        line("VIS-100", "Vis inox", boxes, "box", "12.00"),
        line("PAP-200", "Ramette papier A4", reams, "ramette", ream_price),
    ]


def make_po(
    session: Session,
    *,
    fields: dict[str, str] | None = None,
    lines: list[dict[str, Any]] | None = None,
    confidence: float = 0.99,
    status: str = DocStatus.EXTRACTED,
    doc_type: str = "purchase_order",
    name: str = "po.pdf",
) -> Document:
    """A clean French purchase order (12 boxes of screws at 12.00, 10 reams at 5.50)."""
    values = {
        "document_number": "PO-2026-0042",
        "document_date": future(0),
        "customer_name": "Ateliers Durand SARL",
        "vat_id": "FR40303265045",
        "currency": "EUR",
        "total_net": "199.00",
        "total_tax": "39.80",
        "total_gross": "238.80",
        "delivery_date": future(),
    }
    values.update(fields or {})
    rows = lines or po_lines()
    doc = Document(
        sha256=f"{abs(hash((name, values['document_number']))):064d}"[:64],
        original_name=name,
        status=status,
        doc_type=doc_type,
        language="fr",
        page_count=1,
        document_number=values.get("document_number"),
        customer_name=values.get("customer_name"),
        currency=values.get("currency"),
        total_gross=Decimal(values["total_gross"]) if values.get("total_gross") else None,
        document_date=dt.date.fromisoformat(values["document_date"])
        if values.get("document_date")
        else None,
    )
    doc.pages = [Page(number=1, text="", source="text", width=595.0, height=842.0)]
    y = 100.0
    for key, value in values.items():
        doc.fields.append(
            ExtractedField(
                name=key,
                value=value,
                confidence=confidence,
                page=1,
                bbox=[300.0, y, 500.0, y + 12],
                source="text",
            )
        )
        y += 20
    for i, row in enumerate(rows, 1):
        bbox = [40.0, 400.0 + 20 * i, 560.0, 412.0 + 20 * i]
        doc.lines.append(line_of(i, row, confidence=confidence, bbox=bbox))
    session.add(doc)
    session.flush()
    return doc


def approved_po(session: Session, settings: Settings) -> Document:
    """The clean purchase order with its master data, approved touchlessly, and what follows
    the decision queued (``flow.table.AFTER_DECISION``), committed."""
    from approvals import review
    from flow.table import follow_decision

    load_master(session)
    doc = make_po(session)
    assert review.route(session, doc, settings=settings).decided
    follow_decision(session, doc.id, settings)
    session.commit()
    return doc


def overridden_po(session: Session, settings: Settings) -> Document:
    """The clean purchase order read with a gross total its lines and tax do not make
    (199.00 + 39.80 is not 200.00), approved by an approver's override, what follows the
    decision queued, committed."""
    from flow.table import follow_decision
    from models.enums import Role

    load_master(session)
    doc = make_po(session, fields={"total_gross": "200.00"})
    review.route(session, doc, settings=settings)
    review.approve(
        session, doc, actor="anna", role=Role.APPROVER, reason="agreed", override=True,
        settings=settings,
    )  # fmt: skip
    follow_decision(session, doc.id, settings)
    session.commit()
    return doc


def routed_po(session: Session, settings: Settings) -> Document:
    """A purchase order waiting in review: the master data loaded, read with too little
    confidence to pass by itself, routed to a queue, and committed (an app may write next)."""
    load_master(session)
    doc = make_po(session, confidence=0.5)
    review.route(session, doc, settings=settings)
    session.commit()
    return doc


# the clean order ten times over: above a 1000 high-value threshold, and adding up
TENFOLD_TOTALS = {"total_net": "1990.00", "total_tax": "398.00", "total_gross": "2388.00"}
TENFOLD_LINES = po_lines("120", "100")
