"""How long linking takes as orders pile up: by order number, and by score (no number).

    .venv/bin/python -m bench.link_orders [ORDERS] [DOCUMENTS] [--pg ADMIN_URL]

Builds ORDERS approved orders (3 lines each, 40 customers) in a temporary SQLite database
(or a throwaway PostgreSQL database with ``--pg postgresql://postgres@127.0.0.1:5432/postgres``),
then links DOCUMENTS invoices quoting their order number, DOCUMENTS quoting none, and
DOCUMENTS quoting none that bill only one of the order's three lines, and
prints the time per document, how many were linked alone (and how many of those to the wrong
order: this must stay 0) and how many were sent to link review.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import os
import random
import tempfile
import time
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

from sqlalchemy import func, select

from linking.service import link_document
from models.db import session_scope
from models.documents import Document, DocumentLine, ExtractedField
from models.enums import DocStatus
from models.linking import DocumentLink, LinkCandidate
from models.migrate import upgrade
from models.orders import Order, OrderLine
from models.settings.linking import LinkingSettings


def build(url: str, n_orders: int, rng: random.Random) -> list[Order]:
    orders = []
    with session_scope(url) as s:
        for i in range(n_orders):
            po = Document(
                sha256=f"{i:064d}",
                original_name=f"po{i}.pdf",
                status=DocStatus.APPROVED,
                doc_type="purchase_order",
            )
            s.add(po)
            s.flush()
            lines = [
                OrderLine(
                    position=p,
                    sku=f"SKU-{rng.randint(100, 999)}",
                    description=f"article {rng.randint(1, 500)}",
                    quantity=Decimal(rng.randint(1, 50)),
                    unit_price=Decimal(rng.randint(100, 9000)) / 100,
                )
                for p in (1, 2, 3)
            ]
            for li in lines:
                li.line_total = (li.quantity or Decimal(0)) * (li.unit_price or Decimal(0))
            net = sum((li.line_total or Decimal(0) for li in lines), Decimal(0))
            order = Order(
                document_id=po.id,
                order_number=f"PO-2026-{i:05d}",
                customer_name=f"Customer {i % 40}",
                currency="EUR",
                order_date=dt.date(2026, 1, 1) + dt.timedelta(days=i % 300),
                total_net=net,
                total_gross=net * Decimal("1.2"),
                lines=lines,
            )
            s.add(order)
            orders.append(order)
    return orders


def invoice(url: str, order: Order, k: int, with_number: bool, partial: bool = False) -> int:
    """An invoice for ``order``; ``partial``: for its first line only (a weaker resemblance)."""
    with session_scope(url) as s:
        o = s.get(Order, order.id)
        assert o is not None
        values = {
            "document_number": f"F-{k:06d}",
            "document_date": str((o.order_date or dt.date(2026, 1, 1)) + dt.timedelta(days=5)),
            "customer_name": o.customer_name,
            "currency": "EUR",
            "total_net": str(o.total_net),
            "total_gross": str(o.total_gross),
        }
        billed = list(o.lines)[:1] if partial else list(o.lines)
        if partial:
            net = billed[0].line_total or Decimal(0)
            values["total_net"], values["total_gross"] = str(net), str(net * Decimal("1.2"))
        if with_number:
            values["order_number"] = f"Cde n° {o.order_number}"
        doc = Document(
            sha256=f"f{k:063d}",
            original_name=f"inv{k}.pdf",
            status=DocStatus.APPROVED,
            doc_type="invoice",
            document_number=values["document_number"],
            fields=[ExtractedField(name=n, value=v, source="text") for n, v in values.items()],
            lines=[
                DocumentLine(
                    position=li.position,
                    sku=li.sku,
                    description=li.description,
                    quantity=li.quantity,
                    unit_price=li.unit_price,
                    line_total=li.line_total,
                )
                for li in billed
            ],
        )
        s.add(doc)
        s.flush()
        return doc.id


@contextlib.contextmanager
def database(pg_admin: str | None) -> Iterator[str]:
    """A fresh database: a temporary SQLite file, or a throwaway PostgreSQL database created
    (and dropped afterwards) on the server of ``pg_admin`` (e.g.
    ``postgresql://postgres@127.0.0.1:5432/postgres``)."""
    if pg_admin is None:
        with tempfile.TemporaryDirectory() as tmp:
            yield f"sqlite:///{Path(tmp) / 'bench.db'}"
        return
    import psycopg

    name = f"orderdesk_bench_{os.getpid()}"
    with psycopg.connect(pg_admin, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}"')
    url = pg_admin.rsplit("/", 1)[0].replace("postgresql://", "postgresql+psycopg://", 1)
    try:
        yield f"{url}/{name}"
    finally:
        from models.db import engine_for

        engine_for(f"{url}/{name}").dispose()
        with psycopg.connect(pg_admin, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("orders", nargs="?", type=int, default=2000)
    parser.add_argument("documents", nargs="?", type=int, default=50)
    parser.add_argument("--pg", metavar="ADMIN_URL", help="run on PostgreSQL instead of SQLite")
    args = parser.parse_args()
    n_orders, n_docs = args.orders, args.documents
    rng = random.Random(7)
    settings = LinkingSettings()
    with database(args.pg) as url:
        upgrade(url)
        t0 = time.perf_counter()
        orders = build(url, n_orders, rng)
        print(f"built {n_orders} orders in {time.perf_counter() - t0:.1f} s")
        runs = (
            ("by order number", True, False),
            ("by score (no number)", False, False),
            ("one line, no number", False, True),
        )
        for run, (label, with_number, partial) in enumerate(runs):
            picks = rng.sample(orders, n_docs)
            ids = [
                invoice(url, o, k + run * n_docs, with_number, partial) for k, o in enumerate(picks)
            ]
            t0 = time.perf_counter()
            for doc_id in ids:
                with session_scope(url) as s:
                    link_document(s, doc_id, settings)
            per = (time.perf_counter() - t0) / n_docs * 1000
            with session_scope(url) as s:
                got = dict(
                    s.execute(
                        select(DocumentLink.document_id, DocumentLink.order_id).where(
                            DocumentLink.document_id.in_(ids)
                        )
                    ).all()
                )
                meant = {doc_id: o.id for doc_id, o in zip(ids, picks, strict=True)}
                linked = len(got)
                wrong = sum(1 for d, o in got.items() if meant[d] != o)
                review = s.execute(
                    select(func.count(func.distinct(LinkCandidate.document_id))).where(
                        LinkCandidate.document_id.in_(ids)
                    )
                ).scalar_one()
            print(
                f"{label:>22}: {per:7.1f} ms each; linked alone {linked}/{n_docs} "
                f"({wrong} to the wrong order), link review {review}"
            )


if __name__ == "__main__":
    main()
