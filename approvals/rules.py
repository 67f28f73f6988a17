"""The rules a document must pass, each giving pass / warn / fail with a sentence a clerk
understands, and the queue that should look at it when it does not pass.

Rules read a ``RuleContext`` and never change the document; ``evaluate`` runs those switched
on in the settings and returns their verdicts (stored as ``Check`` rows by ``routing``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from approvals.duplicates import describe, find_duplicates
from approvals.four_eyes import amount_changers, high_value_reasons
from approvals.matching import Matches, list_price
from models.amounts import (
    adjustments_by_rate,
    current_amounts,
    line_total,
    lines_against_net,
    money,
    vat_at_rates,
)
from models.documents import Document, DocumentLine
from models.enums import CheckOutcome, OrderStatus
from models.orders import Order
from models.parsing import date_or_none, decimal_or_none
from models.settings.approvals import ApprovalSettings

CENT = Decimal("0.01")
OPEN_ORDER = (
    OrderStatus.RECEIVED,
    OrderStatus.APPROVED,
    OrderStatus.CONFIRMED,
    OrderStatus.PARTIALLY_DELIVERED,
    OrderStatus.DELIVERED,
    OrderStatus.INVOICED,
    OrderStatus.PARTIALLY_PAID,
)
LABELS = {
    "document_number": "order number",
    "document_date": "order date",
    "customer_name": "customer name",
    "customer_number": "customer number",
    "currency": "currency",
    "total_net": "net total",
    "total_tax": "VAT total",
    "total_gross": "gross total",
    "delivery_date": "delivery date",
    "vat_id": "VAT id",
}


def label(name: str) -> str:
    return LABELS.get(name, name.replace("_", " "))


@dataclass(frozen=True)
class Verdict:
    rule: str
    outcome: CheckOutcome
    message: str
    field: str | None = None
    queue: str | None = None  # where a human should look when it is not a pass
    refers_to: int | None = None  # another document the verdict is about (a duplicate's original)


@dataclass
class RuleContext:
    session: Session
    doc: Document
    matches: Matches
    settings: ApprovalSettings
    today: dt.date

    @property
    def values(self) -> dict[str, str]:
        return {f.name: f.value for f in self.doc.fields if f.value}

    @property
    def is_order(self) -> bool:
        return self.doc.doc_type in (None, "purchase_order")

    def amount(self, name: str) -> Decimal | None:
        return decimal_or_none(self.values.get(name))

    def date(self, name: str) -> dt.date | None:
        return date_or_none(self.values.get(name))


Rule = Callable[[RuleContext], list[Verdict]]


def mandatory_fields(ctx: RuleContext) -> list[Verdict]:
    wanted = ctx.settings.mandatory_fields if ctx.is_order else ["document_number"]
    out = []
    for name in wanted:
        if ctx.values.get(name):
            continue
        out.append(
            Verdict(
                "mandatory_fields",
                CheckOutcome.FAIL,
                f"The {label(name)} is missing; read it from the page and type it in.",
                name,
                "needs_review",
            )
        )
    if ctx.doc.doc_type == "other":
        out.append(
            Verdict(
                "mandatory_fields",
                CheckOutcome.FAIL,
                "The kind of document was not recognised; say what it is or reject it.",
                None,
                "needs_review",
            )
        )
    if ctx.is_order and not ctx.doc.lines:
        out.append(
            Verdict(
                "mandatory_fields",
                CheckOutcome.FAIL,
                "No order lines were found; add them from the page.",
                "lines",
                "needs_review",
            )
        )
    return out or [Verdict("mandatory_fields", CheckOutcome.PASS, "Every required field is there.")]


def arithmetic(ctx: RuleContext) -> list[Verdict]:
    tol, cur = ctx.settings.amount_tolerance, ctx.values.get("currency")
    out: list[Verdict] = []
    for line in ctx.doc.lines:
        expected = line_total(line.quantity, line.unit_price)
        if expected is None or line.line_total is None:
            continue
        if abs(expected - line.line_total) > tol:
            out.append(
                Verdict(
                    "arithmetic",
                    CheckOutcome.FAIL,
                    f"Line {line.position}: {line.quantity} × {line.unit_price} makes "
                    f"{money(expected, cur)}, but the line says {money(line.line_total, cur)}.",
                    f"line:{line.position}",
                    "needs_review",
                )
            )
    net, tax, gross = ctx.amount("total_net"), ctx.amount("total_tax"), ctx.amount("total_gross")
    against = lines_against_net(current_amounts(ctx.doc), tol)
    if against is not None:
        out.append(
            Verdict(
                "arithmetic",
                CheckOutcome.FAIL,
                f"{against[0].upper()}{against[1:]}; a line may be missing or misread.",
                "total_net",
                "needs_review",
            )
        )
    if net is not None and tax is not None and gross is not None and abs(net + tax - gross) > tol:
        out.append(
            Verdict(
                "arithmetic",
                CheckOutcome.FAIL,
                f"Net {money(net, cur)} plus VAT {money(tax, cur)} makes "
                f"{money(net + tax, cur)}, but the gross total says {money(gross, cur)}.",
                "total_gross",
                "needs_review",
            )
        )
    rated = [li for li in ctx.doc.lines if li.line_total is not None and li.tax_rate is not None]
    if tax is not None and rated and len(rated) == len(ctx.doc.lines):
        expected_tax, rates = vat_at_rates(rated, adjustments_by_rate(ctx.doc))
        if abs(expected_tax - tax) > tol * max(1, rates):
            out.append(
                Verdict(
                    "arithmetic",
                    CheckOutcome.FAIL,
                    f"VAT at the lines' rates makes {money(expected_tax, cur)}, but the "
                    f"document says {money(tax, cur)}.",
                    "total_tax",
                    "needs_review",
                )
            )
    return out or [Verdict("arithmetic", CheckOutcome.PASS, "Lines, totals and VAT add up.")]


def unknown_customer(ctx: RuleContext) -> list[Verdict]:
    m = ctx.matches.customer
    if m.customer is not None:
        how = {"vat_id": "VAT id", "iban": "IBAN", "number": "customer number"}.get(
            m.method or "", "name"
        )
        return [
            Verdict(
                "unknown_customer",
                CheckOutcome.PASS,
                f"Customer {m.customer.number} {m.customer.name}, found by {how}"
                + (f" ({m.score:.0f}% alike)." if m.method == "fuzzy" else "."),
                "customer_name",
            )
        ]
    name = ctx.values.get("customer_name") or "(no name)"
    hint = ""
    if m.best_guess:
        guess, score = m.best_guess
        hint = f" The closest is {guess.number} {guess.name} ({score:.0f}% alike)."
    return [
        Verdict(
            "unknown_customer",
            CheckOutcome.FAIL,
            f"No customer in the master data matches “{name}”.{hint} "
            "Pick the right customer; it will be remembered.",
            "customer_name",
            "unknown_customer",
        )
    ]


def unknown_product(ctx: RuleContext) -> list[Verdict]:
    out = []
    for line, m in zip(ctx.doc.lines, ctx.matches.lines, strict=False):
        if m.product is None:
            hint = ""
            if m.best_guess and m.best_guess[1] >= ctx.settings.product_match_min_score:
                hint = f" Several products read alike, {m.best_guess[0].sku} among them; pick one."
            elif m.best_guess:
                hint = f" The closest is {m.best_guess[0].sku}."
            out.append(
                Verdict(
                    "unknown_product",
                    CheckOutcome.FAIL,
                    f"Line {line.position}: no product matches "
                    f"“{line.sku or line.description or '?'}”.{hint}",
                    f"line:{line.position}",
                    "needs_review",
                )
            )
        elif m.factor is None:
            out.append(
                Verdict(
                    "unknown_product",
                    CheckOutcome.WARN,
                    f"Line {line.position}: the unit “{line.unit}” cannot be converted to the "
                    f"{m.product.unit} of {m.product.sku}; check the quantity.",
                    f"line:{line.position}",
                    "needs_review",
                )
            )
    return out or [
        Verdict("unknown_product", CheckOutcome.PASS, "Every line matches a known product.")
    ]


def price_list(ctx: RuleContext) -> list[Verdict]:
    out = []
    currency = ctx.values.get("currency")
    cust_id = ctx.matches.customer.customer.id if ctx.matches.customer.customer else None
    on = ctx.date("document_date") or ctx.today
    tolerance = ctx.settings.price_tolerance_percent
    for line, m in zip(ctx.doc.lines, ctx.matches.lines, strict=False):
        if m.product is None or m.factor is None or line.unit_price is None:
            continue
        listed = list_price(ctx.session, m.product, currency=currency, customer_id=cust_id, on=on)
        if listed is None:
            out.append(
                Verdict(
                    "price_list",
                    CheckOutcome.WARN,
                    f"Line {line.position}: {m.product.sku} has no list price in "
                    f"{currency or 'this currency'} on {on.isoformat()}.",
                    f"line:{line.position}",
                    "price_check",
                )
            )
            continue
        expected = listed.unit_price * m.factor
        if expected == 0:
            continue
        off = (line.unit_price - expected) / expected * 100
        if abs(off) > tolerance:
            direction = "above" if off > 0 else "below"
            out.append(
                Verdict(
                    "price_list",
                    CheckOutcome.WARN,
                    f"Line {line.position}: {line.unit_price} is {abs(off):.1f}% {direction} "
                    f"the list price {expected.quantize(CENT)} of {m.product.sku} "
                    f"(tolerance {tolerance}%).",
                    f"line:{line.position}",
                    "price_check",
                )
            )
    return out or [Verdict("price_list", CheckOutcome.PASS, "Prices agree with the price list.")]


def duplicate(ctx: RuleContext) -> list[Verdict]:
    """The one business-duplicate rule (``approvals.duplicates``), for every kind of document."""
    cust = ctx.matches.customer.customer
    found = find_duplicates(ctx.session, ctx.doc, customer_id=cust.id if cust else None)
    if found:
        return [
            Verdict(
                "duplicate",
                CheckOutcome.FAIL,
                describe(ctx.doc, found[0]),
                "document_number",
                "duplicate",
                refers_to=found[0].earlier.id,
            )
        ]
    return [Verdict("duplicate", CheckOutcome.PASS, "No earlier document like this one.")]


def credit_limit(ctx: RuleContext) -> list[Verdict]:
    cust = ctx.matches.customer.customer
    gross = ctx.amount("total_gross")
    if not ctx.is_order or cust is None or cust.credit_limit is None or gross is None:
        return []
    open_sum = ctx.session.execute(
        select(func.coalesce(func.sum(Order.total_gross), 0)).where(
            Order.customer_number == cust.number, Order.status.in_(OPEN_ORDER)
        )
    ).scalar_one()
    open_total = decimal_or_none(open_sum) or Decimal(0)
    exposure = open_total + gross
    if exposure > cust.credit_limit:
        return [
            Verdict(
                "credit_limit",
                CheckOutcome.FAIL,
                f"Open orders of {money(open_total, cust.currency)} plus this one make "
                f"{money(exposure, cust.currency)}, over {cust.name}'s credit limit of "
                f"{money(cust.credit_limit, cust.currency)}.",
                "total_gross",
                "credit_check",
            )
        ]
    return [Verdict("credit_limit", CheckOutcome.PASS, "Within the customer's credit limit.")]


def delivery_date(ctx: RuleContext) -> list[Verdict]:
    wanted = ctx.date("delivery_date")
    if not ctx.is_order or wanted is None:
        return []
    cust = ctx.matches.customer.customer
    lead = cust.lead_time_days if cust and cust.lead_time_days is not None else None
    lead_days = lead if lead is not None else ctx.settings.lead_time_days
    earliest = add_working_days(ctx.today, lead_days)
    if wanted < ctx.today:
        return [
            Verdict(
                "delivery_date",
                CheckOutcome.FAIL,
                f"The requested delivery date {wanted.isoformat()} is in the past.",
                "delivery_date",
                "needs_review",
            )
        ]
    if wanted < earliest:
        return [
            Verdict(
                "delivery_date",
                CheckOutcome.WARN,
                f"Delivery is wanted on {wanted.isoformat()}, inside the lead time of "
                f"{lead_days} working days (earliest {earliest.isoformat()}).",
                "delivery_date",
                "needs_review",
            )
        ]
    return [Verdict("delivery_date", CheckOutcome.PASS, "The delivery date can be met.")]


def add_working_days(start: dt.date, days: int) -> dt.date:
    day = start
    while days > 0:
        day += dt.timedelta(days=1)
        if day.weekday() < 5:
            days -= 1
    return day


def confidence(ctx: RuleContext) -> list[Verdict]:
    threshold = ctx.settings.auto_accept_confidence
    unsure = [
        f.name
        for f in ctx.doc.fields
        if f.value and f.source not in ("human", "masterdata") and f.confidence < threshold
    ]
    lines = [
        li.position for li in ctx.doc.lines if li.source != "human" and li.confidence < threshold
    ]
    if not unsure and not lines:
        return [Verdict("confidence", CheckOutcome.PASS, "Every value was read with confidence.")]
    parts = [label(n) for n in unsure] + [f"line {p}" for p in lines]
    return [
        Verdict(
            "confidence",
            CheckOutcome.WARN,
            f"Not sure of the reading of: {', '.join(parts)}; compare with the page.",
            unsure[0] if unsure else f"line:{lines[0]}",
            "needs_review",
        )
    ]


def high_value(ctx: RuleContext) -> list[Verdict]:
    if not ctx.is_order:
        return []
    out = [
        Verdict(
            "high_value",
            CheckOutcome.WARN,
            f"An approver who did not correct it must approve it: {reason}.",
            "total_gross",
            "high_value",
        )
        for reason in high_value_reasons(ctx.doc, ctx.settings)
    ]
    if ctx.settings.four_eyes_on_amount_change:
        for who, what in amount_changers(ctx.session, ctx.doc.id).items():
            out.append(
                Verdict(
                    "high_value",
                    CheckOutcome.WARN,
                    f"{who} changed the {', '.join(what)}: an approver other than {who} must "
                    "approve it (4-eyes).",
                    "total_gross",
                    "high_value",
                )
            )
    return out or [
        Verdict("high_value", CheckOutcome.PASS, "Below the value that needs an approver.")
    ]


def einvoice_validation(ctx: RuleContext) -> list[Verdict]:
    """An e-invoice that breaks its schema or the EN 16931 / BR-FR rules (extraction's
    ``validation``) is never accepted untouched: each broken rule is shown by its id."""
    report = (ctx.doc.extraction or {}).get("validation")
    if not isinstance(report, dict):
        return []
    findings = [f for f in report.get("findings") or [] if isinstance(f, dict)]
    fatal = [f for f in findings if f.get("flag") == "fatal"]

    def where(location: object) -> str:
        steps = [s for s in str(location or "").split("/") if s]
        if not steps:
            return ""
        return f" (at {'…/' if len(steps) > 3 else '/'}{'/'.join(steps[-3:])})"

    out = [
        Verdict(
            "einvoice_validation",
            CheckOutcome.FAIL,
            f"{f.get('rule')}: {f.get('message')}{where(f.get('location'))}",
            None,
            "needs_review",
        )
        for f in fatal
    ]
    if not report.get("complete", True):
        out += [
            Verdict(
                "einvoice_validation",
                CheckOutcome.WARN,
                f"{f.get('message')} Check the e-invoice by hand, or extract it again.",
                None,
                "needs_review",
            )
            for f in findings
            if f.get("family") == "runtime"
        ]
    checked = "; ".join(report.get("checked") or []) or "its schema"
    return out or [
        Verdict("einvoice_validation", CheckOutcome.PASS, f"The e-invoice passes {checked}.")
    ]


RULES: dict[str, Rule] = {
    "mandatory_fields": mandatory_fields,
    "arithmetic": arithmetic,
    "unknown_customer": unknown_customer,
    "unknown_product": unknown_product,
    "price_list": price_list,
    "duplicate": duplicate,
    "credit_limit": credit_limit,
    "delivery_date": delivery_date,
    "confidence": confidence,
    "high_value": high_value,
    "einvoice_validation": einvoice_validation,
}
ORDER_ONLY = {"unknown_customer", "unknown_product", "price_list"}


def evaluate(ctx: RuleContext) -> list[Verdict]:
    verdicts: list[Verdict] = []
    for name, rule in RULES.items():
        if not getattr(ctx.settings.rules, name).enabled:
            continue
        if name in ORDER_ONLY and not ctx.is_order:
            continue
        verdicts.extend(rule(ctx))
    return verdicts


def is_high_value(doc: Document, settings: ApprovalSettings) -> bool:
    return bool(high_value_reasons(doc, settings))


__all__ = ["RULES", "DocumentLine", "RuleContext", "Verdict", "evaluate", "is_high_value"]
