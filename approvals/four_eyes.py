"""When a second pair of eyes is needed, judged so the person who would sign cannot talk it
away: the order's value is the highest of what it printed and what it says now (a total
lowered by a clerk does not lower it), the threshold is that of its currency (a currency
with none configured always needs an approver), and whoever changed an amount may not sign
it off, nor may anyone but an approver.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.amounts import CENT, current_amounts, money, printed_amounts
from models.audit import AuditEvent
from models.documents import Document
from models.parsing import decimal_or_none
from models.settings.approvals import ApprovalSettings

AMOUNT_FIELDS = frozenset({"total_net", "total_tax", "total_gross", "currency"})
AMOUNT_COLUMNS = ("quantity", "unit_price", "line_total", "tax_rate")


def threshold(currency: str | None, cfg: ApprovalSettings) -> Decimal | None:
    """The value above which an order in ``currency`` needs an approver (None: none set)."""
    cur = (currency or "").strip().upper()
    if not cur:
        return None
    explicit = {k.strip().upper(): v for k, v in cfg.high_value_by_currency.items()}
    if cur in explicit:
        return explicit[cur]
    if cur == cfg.base_currency.strip().upper():
        return cfg.high_value
    rates = {k.strip().upper(): v for k, v in cfg.currency_rates.items()}
    rate = rates.get(cur)
    if rate:
        return (cfg.high_value / rate).quantize(CENT)
    return None


def judged_amount(doc: Document) -> Decimal | None:
    """The order's value for the 4-eyes threshold: the most any reading of it says."""
    values = printed_amounts(doc).candidates() + current_amounts(doc).candidates()
    return max(values) if values else None


def is_order(doc: Document) -> bool:
    return doc.doc_type in (None, "purchase_order")


def high_value_reasons(doc: Document, cfg: ApprovalSettings) -> list[str]:
    """Why the order's value needs an approver (empty: it does not)."""
    if not cfg.rules.high_value.enabled or not is_order(doc):
        return []
    amount = judged_amount(doc)
    if amount is None:
        return []
    found = {c for c in (printed_amounts(doc).currency, current_amounts(doc).currency) if c}
    currencies: list[str | None] = [*sorted(found)] or [None]
    out = []
    for cur in currencies:
        limit = threshold(cur, cfg)
        if limit is None:
            out.append(
                f"no approval threshold is configured for {cur or 'an order without a currency'}"
                " (set one in ORDERDESK_APPROVALS__HIGH_VALUE_BY_CURRENCY, or a rate in "
                "ORDERDESK_APPROVALS__CURRENCY_RATES)"
            )
        elif amount > limit:
            out.append(
                f"the order comes to {money(amount, cur)} as read, above {money(limit, cur)}"
            )
    return out


def amount_changers(session: Session, document_id: int) -> dict[str, list[str]]:
    """Who changed an amount of the document (totals, currency, a line's quantity, price,
    total or VAT rate), and what, from the audit trail (which cannot be edited)."""
    out: dict[str, list[str]] = {}
    rows = session.execute(
        select(AuditEvent.actor, AuditEvent.data)
        .where(
            AuditEvent.entity_type == "document",
            AuditEvent.entity_id == str(document_id),
            AuditEvent.action == "corrected",
        )
        .order_by(AuditEvent.seq)
    ).all()
    for actor, data in rows:
        for change in (data or {}).get("changes", []):
            name = change.get("field")
            if name in AMOUNT_FIELDS:
                what = name.replace("_", " ")
            elif name == "lines" and line_amounts(change.get("before")) != line_amounts(
                change.get("after")
            ):
                what = "line amounts"
            else:
                continue
            seen = out.setdefault(actor, [])
            if what not in seen:
                seen.append(what)
    return out


def line_amounts(rows: Any) -> list[tuple[str, ...]]:
    """The money columns of audited line rows, in an order-free form to compare."""
    if not isinstance(rows, list):
        return []
    return sorted(
        tuple(_norm(row.get(c)) for c in AMOUNT_COLUMNS) for row in rows if isinstance(row, dict)
    )


def _norm(value: Any) -> str:
    if value is None or value == "":
        return ""
    number = decimal_or_none(value)
    return str(value) if number is None else format(number.normalize(), "f")
