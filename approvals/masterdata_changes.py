"""Master data imports seen before and after: what a file would change (shown before anyone
confirms it), and the documents that waited on an unknown customer or product, checked again
once the import is in.

The preview compares the file with the rows as ``import_masterdata`` would set them (same
keys: customer number, SKU; same columns), without writing anything.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from approvals import four_eyes, review
from approvals.masterdata import MasterDataIn, parse_text, parse_upload
from models.documents import Check, Document
from models.enums import CheckOutcome, TaskStatus
from models.masterdata import Customer, Product
from models.review import ReviewTask
from models.settings import Settings
from models.settings.approvals import ApprovalSettings

CUSTOMER_COLUMNS = (
    "name", "vat_id", "iban", "billing_address", "delivery_address", "email",
    "credit_limit", "currency", "language", "lead_time_days",
)  # fmt: skip
PRODUCT_COLUMNS = ("description", "description_fr", "unit", "pack_size", "pack_unit")
# rules whose verdict may change when master data does
MASTERDATA_RULES = ("unknown_customer", "unknown_product", "price_list", "credit_limit")


@dataclass
class RowChange:
    kind: str  # customer | product
    key: str  # number | SKU
    action: str  # add | update | same
    changes: list[tuple[str, Any, Any]] = field(default_factory=list)  # column, before, after


@dataclass
class ImportPreview:
    rows: list[RowChange]

    def count(self, kind: str, action: str) -> int:
        return sum(1 for r in self.rows if r.kind == kind and r.action == action)

    @property
    def changed(self) -> list[RowChange]:
        return [r for r in self.rows if r.action != "same"]


def _same(a: Any, b: Any) -> bool:
    if isinstance(a, Decimal) or isinstance(b, Decimal):
        try:
            return Decimal(str(a)) == Decimal(str(b)) if a is not None and b is not None else a == b
        except ArithmeticError:
            return False
    return (a or None) == (b or None)


def _prices(prod: Product) -> list[tuple[str, str, Any, Any, int | None]]:
    return sorted(
        (p.currency, format(Decimal(p.unit_price).normalize(), "f"), p.valid_from, p.valid_to,
         p.customer_id)
        for p in prod.prices
    )  # fmt: skip


def preview_import(session: Session, data: MasterDataIn) -> ImportPreview:
    """What importing ``data`` would add and change, column by column."""
    rows: list[RowChange] = []
    customers = {c.number: c for c in session.execute(select(Customer)).scalars()}
    for c in data.customers:
        row = customers.get(c.number)
        if row is None:
            rows.append(RowChange("customer", c.number, "add", [("name", None, c.name)]))
            continue
        changes = [
            (col, getattr(row, col), getattr(c, col))
            for col in CUSTOMER_COLUMNS
            if not _same(getattr(row, col), getattr(c, col))
        ]
        if not row.active:
            changes.append(("active", False, True))
        rows.append(RowChange("customer", c.number, "update" if changes else "same", changes))
    products = {p.sku: p for p in session.execute(select(Product)).scalars()}
    for p in data.products:
        prod = products.get(p.sku)
        if prod is None:
            rows.append(
                RowChange(
                    "product",
                    p.sku,
                    "add",
                    [("description", None, p.description), ("prices", 0, len(p.prices))],
                )
            )
            continue
        changes = [
            (col, getattr(prod, col), getattr(p, col))
            for col in PRODUCT_COLUMNS
            if not _same(getattr(prod, col), getattr(p, col))
        ]
        wanted = sorted(
            (pr.currency.upper(), format(pr.unit_price.normalize(), "f"), pr.valid_from,
             pr.valid_to, customers[pr.customer].id if pr.customer in customers else None)
            for pr in p.prices
        )  # fmt: skip
        if wanted != _prices(prod):
            before = ", ".join(f"{v[1]} {v[0]}" for v in _prices(prod)) or "none"
            after = ", ".join(f"{v[1]} {v[0]}" for v in wanted) or "none"
            changes.append(("prices", before, after))
        imported = sorted(
            k.code for k in prod.codes if k.kind == "part_number" and k.learnt_from == "import"
        )
        if imported != sorted(pn.code for pn in p.part_numbers):
            changes.append(
                ("part numbers", ", ".join(imported), ", ".join(x.code for x in p.part_numbers))
            )
        if not prod.active:
            changes.append(("active", False, True))
        rows.append(RowChange("product", p.sku, "update" if changes else "same", changes))
    return ImportPreview(rows)


_STAGED = re.compile(r"^[0-9a-f]{64}\.(csv|json)$")


def staging_folder(settings: Settings) -> Path:
    """Where files wait between their preview and the admin's confirmation."""
    return settings.data_dir / "cache" / "masterdata-imports"


def stage_upload(folder: Path, raw: bytes, filename: str) -> tuple[MasterDataIn, str]:
    """Read an uploaded file (``parse_upload``: ``MasterDataError`` if it cannot be imported)
    and keep it, named by its sha256, until the admin confirms what its preview showed: the
    confirmation imports those very bytes. Returns its data and the name to confirm by."""
    data = parse_upload(raw, filename)
    ext = "json" if filename.lower().endswith(".json") else "csv"
    name = f"{hashlib.sha256(raw).hexdigest()}.{ext}"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_bytes(raw)
    return data, name


def staged_data(folder: Path, name: str) -> MasterDataIn | None:
    """The data of a file ``stage_upload`` kept; None when that preview is gone (or the name
    is none it gave)."""
    path = folder / name
    if not _STAGED.match(name) or not path.is_file():
        return None
    return parse_text(path.read_text(encoding="utf-8-sig"), json_format=name.endswith(".json"))


def drop_staged(folder: Path, name: str) -> None:
    """Once imported, the kept file goes (a failed import leaves it, to confirm again)."""
    if _STAGED.match(name):
        (folder / name).unlink(missing_ok=True)


@dataclass
class Rechecked:
    document_id: int
    queue: str | None  # None: nothing left for a person (approved without one)
    decided: bool


def waiting_on_masterdata(session: Session) -> list[Document]:
    """Documents in review with an open verdict that master data decides."""
    ids = (
        select(Check.document_id)
        .where(Check.rule.in_(MASTERDATA_RULES), Check.outcome != CheckOutcome.PASS)
        .distinct()
    )
    open_ids = select(ReviewTask.document_id).where(ReviewTask.status != TaskStatus.DONE)
    return list(
        session.execute(
            select(Document)
            .where(
                Document.id.in_(ids),
                Document.id.in_(open_ids),
                Document.status.in_(review.REVIEWABLE),
            )
            .order_by(Document.id)
        ).scalars()
    )


def recheck_after_import(session: Session, cfg: ApprovalSettings) -> list[Rechecked]:
    """Run the rules again on what waited on master data. A document nobody has touched
    goes on as it would have on arrival (touchless when everything passes now); one a person
    claimed or changed only moves to the queue its checks now ask for, so no person's work
    and no 4-eyes rule is ever skipped by an import."""
    out = []
    for doc in waiting_on_masterdata(session):
        task = review._open_task(session, doc.id)
        touched = (
            (task is not None and task.claimed_by is not None)
            or bool(review.correctors(session, doc.id))
            or bool(four_eyes.amount_changers(session, doc.id))
            or (task is not None and task.queue == "on_hold")
        )
        if touched:
            out.append(Rechecked(doc.id, review.reassess(session, doc, settings=cfg), False))
            continue
        routed = review.route(session, doc, settings=cfg, reason="")
        out.append(Rechecked(doc.id, routed.queue, routed.decided))
    return out
