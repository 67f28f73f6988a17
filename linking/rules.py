"""Discrepancies found in an order's picture, each in a sentence a clerk can act on.

Rules are evaluated afresh after every change, so a discrepancy that stops being true (the
missing delivery note arrived, the rest was paid) clears itself; see ``tasks.sync``.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import TypedDict, Unpack

from sqlalchemy import select
from sqlalchemy.orm import Session

from linking.facts import DocFacts, read
from linking.payments import Balance
from linking.reconcile import DocEntry, LinePicture, OrderPicture
from models.amounts import money
from models.documents import Document
from models.linking import PaymentAllocation
from models.orders import Order, OrderLine
from models.settings.linking import LinkingSettings

KINDS = {
    "over_delivery": "delivered more than ordered",
    "invoice_vs_delivery": "invoiced differs from delivered",
    "price_mismatch": "price differs from the order",
    "not_ordered": "line not on the order",
    "payment_mismatch": "paid differs from invoiced",
    "no_order": "no order found",
    "unknown_invoice": "payment names an unknown invoice",
    "cancelled_order": "document for a cancelled order",
    "credit_unassigned": "credit note for no one invoice",
}
ORDER_KINDS = (
    "over_delivery",
    "invoice_vs_delivery",
    "price_mismatch",
    "not_ordered",
    "cancelled_order",
    "credit_unassigned",
)
DOC_LABEL = {
    "order_confirmation": "Order confirmation",
    "delivery_note": "Delivery note",
    "invoice": "Invoice",
    "credit_note": "Credit note",
    "payment_advice": "Payment advice",
    "purchase_order": "Purchase order",
}


@dataclass(frozen=True)
class Finding:
    kind: str
    document_id: int
    message: str
    order_id: int | None = None
    order_line_id: int | None = None
    invoice_document_id: int | None = None
    subject: str = ""
    expected: Decimal | None = None
    actual: Decimal | None = None

    @property
    def key(self) -> tuple[str, int, int | None, int | None, str]:
        return (
            self.kind,
            self.document_id,
            self.order_line_id,
            self.invoice_document_id,
            self.subject,
        )


def n(value: Decimal | None) -> str:
    """A quantity as people write it: no trailing zeros, thousands apart as ``money`` puts
    them (the two stand in the same sentences)."""
    if value is None:
        return "?"
    q = value.normalize()
    if q == q.to_integral_value():
        q = q.quantize(Decimal(1))
    return f"{q:,}"


def label(facts: DocFacts) -> str:
    return f"{DOC_LABEL.get(facts.doc_type, 'Document')} {facts.number or f'#{facts.id}'}"


def _article(ol: OrderLine) -> str:
    what = ol.sku or (ol.description or "")[:40]
    return f"line {ol.position} ({what})"


def _latest(entries: list[DocEntry], pic: OrderPicture, ol: OrderLine, kind: str) -> DocEntry:
    for entry, ll in reversed(pic.line_links):
        if ll.order_line_id == ol.id and ll.kind == kind:
            return entry
    return entries[-1]


class Figures(TypedDict, total=False):
    subject: str
    expected: Decimal | None
    actual: Decimal | None


def _on_order(
    pic: OrderPicture,
    entry: DocEntry,
    kind: str,
    message: str,
    line: OrderLine | None = None,
    **figures: Unpack[Figures],
) -> Finding:
    """A finding of the order's picture: on one of its documents (and one of its lines),
    with the figures (``expected``, ``actual``) and ``subject`` it names."""
    return Finding(
        kind=kind,
        document_id=entry.doc.id,
        order_id=pic.order.id,
        order_line_id=line.id if line else None,
        message=message,
        **figures,
    )


def _beyond(
    pic: OrderPicture,
    lp: LinePicture,
    kind: str,
    expected: Decimal,
    actual: Decimal,
    latest: tuple[str, str],
    says: str,
) -> list[Finding]:
    """The finding of a line whose ``actual`` quantity (delivered, invoiced) exceeds the
    ``expected`` one (ordered, delivered) by more than the tolerance, on the latest document
    of the ``latest`` (role, line link kind) that counted for the line; ``says`` is its
    sentence up to that document's label, which closes it in brackets."""
    if actual <= expected + expected * pic.settings.quantity_tolerance_pct / 100:
        return []
    role, link_kind = latest
    entry = _latest(pic.of(role), pic, lp.order_line, link_kind)
    message = f"{says}{label(entry.facts)})."
    return [_on_order(pic, entry, kind, message, lp.order_line, expected=expected, actual=actual)]


def order_findings(pic: OrderPicture) -> list[Finding]:
    order = pic.order
    out: list[Finding] = []
    on = f"order {order.order_number}"
    for lp in pic.lines:
        ol, ordered = lp.order_line, lp.ordered
        unit = f" {ol.unit}" if ol.unit else ""
        if ordered is not None and pic.of("delivery_note"):
            out += _beyond(
                pic, lp, "over_delivery", ordered, lp.delivered, ("delivery_note", "delivered"),
                f"{n(lp.delivered)}{unit} delivered for {_article(ol)} of {on}, "
                f"but {n(ordered)}{unit} were ordered "
                f"({n(lp.delivered - ordered)} too many; last: ",
            )  # fmt: skip
        if lp.invoiced > 0 and pic.of("invoice"):
            out += _beyond(
                pic, lp, "invoice_vs_delivery", lp.delivered, lp.net_invoiced,
                ("invoice", "invoiced"),
                f"{n(lp.net_invoiced)}{unit} invoiced for {_article(ol)} of {on}, "
                f"but only {n(lp.delivered)}{unit} delivered so far (",
            )  # fmt: skip
    out.extend(_price_findings(pic))
    if order.status == "cancelled":
        for entry in pic.docs:
            if entry.link.role in ("order_confirmation", "delivery_note", "invoice"):
                message = f"{label(entry.facts)} is for {on}, which was cancelled."
                out.append(_on_order(pic, entry, "cancelled_order", message))
    invoices = pic.of("invoice")
    for entry in pic.of("credit_note"):
        if entry.link.related_document_id is None and len(invoices) > 1:
            numbers = ", ".join(d.facts.number or f"#{d.doc.id}" for d in invoices)
            message = (
                f"{label(entry.facts)} names no invoice, and {on} has {len(invoices)} it could "
                f"correct ({numbers}): it is taken off the order's invoiced amount but off no "
                "invoice's balance."
            )
            out.append(
                _on_order(pic, entry, "credit_unassigned", message, actual=entry.facts.total_gross)
            )
    for entry, ll in pic.line_links:
        if ll.order_line_id is None and entry.link.role != "payment_advice":
            line = next((li for li in entry.facts.lines if li.id == ll.document_line_id), None)
            what = (line.sku or (line.description or "")[:40]) if line else "?"
            pos = line.position if line else "?"
            message = f"{label(entry.facts)} line {pos} ({what}) matches no line of {on}."
            out.append(
                _on_order(
                    pic, entry, "not_ordered", message, subject=f"line {pos}", actual=ll.quantity
                )
            )
    return out


def _price_findings(pic: OrderPicture) -> list[Finding]:
    out = []
    tol_pct, tol_abs = pic.settings.price_tolerance_pct, pic.settings.amount_tolerance
    lines = {lp.order_line.id: lp for lp in pic.lines}
    for entry, ll in pic.line_links:
        lp: LinePicture | None = lines.get(ll.order_line_id) if ll.order_line_id else None
        if lp is None or ll.unit_price is None or lp.order_line.unit_price is None:
            continue
        if ll.kind not in ("confirmed", "invoiced"):
            continue
        ordered_price = lp.order_line.unit_price
        diff = ll.unit_price - ordered_price
        if abs(diff) <= max(tol_abs, abs(ordered_price) * tol_pct / 100):
            continue
        pct = (diff / ordered_price * 100).quantize(Decimal("0.1")) if ordered_price else None
        cur = pic.order.currency
        message = (
            f"{label(entry.facts)} prices {_article(lp.order_line)} at "
            f"{money(ll.unit_price, cur)} per unit; order {pic.order.order_number} "
            f"says {money(ordered_price, cur)}"
            + (f" ({'+' if diff > 0 else ''}{pct} %)." if pct is not None else ".")
        )
        out.append(
            _on_order(
                pic,
                entry,
                "price_mismatch",
                message,
                lp.order_line,
                expected=ordered_price,
                actual=ll.unit_price,
            )
        )
    return out


def payment_findings(
    session: Session,
    invoice: Document,
    bal: Balance,
    settings: LinkingSettings,
    order_id: int | None = None,
) -> list[Finding]:
    """Paid differs from invoiced: attached to the latest advice that paid this invoice."""
    allocs = list(
        session.execute(
            select(PaymentAllocation)
            .where(PaymentAllocation.invoice_document_id == invoice.id)
            .order_by(PaymentAllocation.id)
        ).scalars()
    )
    if not allocs:
        return []
    last = allocs[-1]
    payer = session.get(Document, last.payment_document_id)
    if payer is None:
        return []
    tol = settings.amount_tolerance
    if abs(bal.open) <= tol:
        return []
    inv = read(invoice)
    cur = inv.currency
    settled = bal.paid + bal.discount + bal.written_off
    if bal.open > 0:
        why = f" Reason given: {last.reason}." if last.reason else ""
        text = (
            f"{label(inv)} is for {money(bal.due, cur)}"
            + (f" after {money(bal.credited, cur)} credited" if bal.credited else "")
            + f"; {money(settled, cur)} is settled, {money(bal.open, cur)} remains open "
            f"(last payment: {label(read(payer))}).{why}"
        )
    else:
        text = (
            f"{label(inv)} is for {money(bal.due, cur)} but {money(settled, cur)} was paid: "
            f"{money(-bal.open, cur)} overpaid ({label(read(payer))})."
        )
    return [
        Finding(
            kind="payment_mismatch",
            document_id=payer.id,
            order_id=order_id,
            invoice_document_id=invoice.id,
            subject=f"invoice {inv.number or invoice.id}",
            expected=bal.due,
            actual=settled,
            message=text,
        )
    ]


def no_order(facts: DocFacts, why: str) -> Finding:
    return Finding(
        kind="no_order",
        document_id=facts.id,
        subject=facts.order_ref or "",
        message=f"{label(facts)} belongs to no known order: {why}.",
    )


def unknown_invoice(facts: DocFacts, number: str, amount: Decimal | None) -> Finding:
    return Finding(
        kind="unknown_invoice",
        document_id=facts.id,
        subject=f"invoice {number}",
        actual=amount,
        message=(
            f"{label(facts)} pays {money(amount, facts.currency)} against invoice {number}, "
            "which matches no approved invoice."
        ),
    )


def order_label(order: Order) -> str:
    return f"order {order.order_number}"
