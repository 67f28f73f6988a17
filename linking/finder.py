"""Which order a document belongs to: by the order number it quotes first, else by a score.

The score weighs what a clerk would look at: the customer (number, else name), the amount,
the lines (same articles, quantities that fit) and the date. It never guesses: a document
is linked alone only when one order stands clearly above the rest; otherwise the ranked
candidates go to link review, and with no candidate at all the document has no order.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from rapidfuzz import fuzz
from sqlalchemy import or_, select
from sqlalchemy.orm import Session, selectinload

from linking.facts import DocFacts
from models.enums import OrderStatus
from models.numbers import contains_key, order_key, sku_key
from models.orders import Order
from models.settings.linking import LinkingSettings

CLOSED = (OrderStatus.CLOSED, OrderStatus.CANCELLED)
MAX_SCORED = 500  # orders scored in full per document, most recent first
WEIGHTS = {"customer": 0.30, "amount": 0.25, "lines": 0.35, "date": 0.10}
_LEGAL_FORMS = {"SARL", "SAS", "SA", "SASU", "EURL", "LTD", "PLC", "INC", "CO", "GMBH", "ET", "&"}


@dataclass
class Candidate:
    order: Order
    score: float
    reasons: dict[str, Any] = field(default_factory=dict)


@dataclass
class Outcome:
    """``order`` set: link it. Else ``candidates`` (best first): link review. Else: no order."""

    order: Order | None = None
    method: str = ""
    score: float | None = None
    candidates: list[Candidate] = field(default_factory=list)
    why: str = ""


def find_order(session: Session, facts: DocFacts, settings: LinkingSettings) -> Outcome:
    ref_key = order_key(facts.order_ref)
    if ref_key:
        by_number = orders_by_number(session, ref_key)
        if len(by_number) == 1 and not _stranger(facts, by_number[0]):
            return Outcome(order=by_number[0], method="order_number", score=1.0)
        if len(by_number) == 1:
            only = by_number[0]
            return Outcome(
                candidates=rank(facts, [only], settings),
                why=(
                    f"order {only.order_number} has the number {facts.order_ref!r}, but it is "
                    f"{only.customer_name or 'another customer'}'s and the document is from "
                    f"{facts.customer_name or facts.customer_number} with other articles"
                ),
            )
        if len(by_number) > 1:
            same_customer = [o for o in by_number if customer_score(facts, o) >= 0.85]
            if len(same_customer) == 1:
                return Outcome(order=same_customer[0], method="order_number", score=1.0)
            ranked = rank(facts, same_customer or by_number, settings)
            return Outcome(
                candidates=ranked[: settings.max_candidates],
                why=f"{len(by_number)} orders carry the number {facts.order_ref!r}",
            )
    ranked = [
        c
        for c in rank(facts, open_orders(session, facts, settings), settings)
        if c.score >= settings.candidate_score
    ][: settings.max_candidates]
    if not ranked:
        why = (
            f"no order has the number {facts.order_ref!r}, and none resembles it"
            if ref_key
            else "it quotes no order number and no order resembles it"
        )
        return Outcome(why=why)
    top = ranked[0]
    runner_up = ranked[1].score if len(ranked) > 1 else 0.0
    clear = top.score >= settings.auto_link_score and top.score - runner_up >= (
        settings.auto_link_margin
    )
    if clear and ref_key:
        # a printed number that matches nothing is only trusted when it is a misread of this one
        clear = top.reasons.get("number", 0.0) >= 0.85
    if clear:
        return Outcome(order=top.order, method="scored", score=top.score)
    if ref_key:
        why = f"no order has the number {facts.order_ref!r}; closest orders listed"
    elif top.score < settings.auto_link_score:
        why = f"no order number quoted; best match scores only {top.score:.2f}"
    else:
        why = f"no order number quoted; {len(ranked)} orders match almost equally well"
    return Outcome(candidates=ranked, why=why)


def _stranger(facts: DocFacts, order: Order) -> bool:
    """The number matches, but nothing else does: another customer (both sides named) and
    none of the document's articles on the order. Customers reuse numbering schemes
    ("PO-2026-0042"), so a lone number match is then not proof."""
    if not (facts.customer_name or facts.customer_number):
        return False
    if not (order.customer_name or order.customer_number):
        return False
    if customer_score(facts, order) > 0:
        return False
    return not facts.lines or lines_score(facts, order) < 0.5


def orders_by_number(session: Session, key: str) -> list[Order]:
    rows = session.execute(
        select(Order).where(contains_key(Order.order_number, key)).order_by(Order.id)
    ).scalars()
    return [o for o in rows if order_key(o.order_number) == key]


def open_orders(session: Session, facts: DocFacts, settings: LinkingSettings) -> list[Order]:
    """Orders still open in the window; narrowed to the document's customer when it names
    one that is known (cheap: names are scored before any order line is loaded)."""
    query = select(Order.id, Order.customer_name, Order.customer_number).where(
        Order.status.not_in([str(s) for s in CLOSED])
    )
    if facts.date:
        since = facts.date - dt.timedelta(days=settings.window_days)
        query = query.where(or_(Order.order_date.is_(None), Order.order_date >= since))
    if facts.currency:
        query = query.where(or_(Order.currency.is_(None), Order.currency == facts.currency))
    rows = session.execute(query.order_by(Order.id.desc()).limit(20_000)).all()
    names: dict[tuple[str | None, str | None], float] = {}
    for _, name, number in rows:
        if (name, number) not in names:
            names[(name, number)] = _customer(facts, name, number)
    # the most likely customers first, then the most recent orders
    ranked = sorted(rows, key=lambda r: (-names[(r[1], r[2])], -r[0]))
    ids = [oid for oid, _, _ in ranked[:MAX_SCORED]]
    if not ids:
        return []
    return list(
        session.execute(
            select(Order).where(Order.id.in_(ids)).options(selectinload(Order.lines))
        ).scalars()
    )


def rank(facts: DocFacts, orders: list[Order], settings: LinkingSettings) -> list[Candidate]:
    out = [score(facts, o) for o in orders]
    out.sort(key=lambda c: (-c.score, -c.order.id))
    return out


def score(facts: DocFacts, order: Order) -> Candidate:
    reasons: dict[str, Any] = {
        "customer": round(customer_score(facts, order), 3),
        "lines": round(lines_score(facts, order), 3),
        "date": round(date_score(facts, order), 3),
    }
    amount = amount_score(facts, order)
    weights = dict(WEIGHTS)
    if amount is None:  # a delivery note carries no prices: its lines say more
        weights["lines"] += weights.pop("amount")
    else:
        reasons["amount"] = round(amount, 3)
    total = sum(weights[k] * reasons[k] for k in weights)
    if facts.order_ref:
        reasons["number"] = round(
            fuzz.ratio(order_key(facts.order_ref), order_key(order.order_number)) / 100, 3
        )
    return Candidate(order=order, score=round(total, 4), reasons=reasons)


def _name(text: str | None) -> str:
    words = (text or "").upper().replace(",", " ").replace(".", " ").split()
    return " ".join(w for w in words if w not in _LEGAL_FORMS)


def customer_score(facts: DocFacts, order: Order) -> float:
    return _customer(facts, order.customer_name, order.customer_number)


def _customer(facts: DocFacts, name: str | None, number: str | None) -> float:
    """1 for the same customer number or name; names that merely look alike ("Customer 1",
    "Customer 11") score little: similarity below 80 % counts as a different customer."""
    if facts.customer_number and number and sku_key(facts.customer_number) == sku_key(number):
        return 1.0
    if facts.customer_name and name:
        ratio = fuzz.token_sort_ratio(_name(facts.customer_name), _name(name)) / 100
        return max(0.0, (ratio - 0.8) / 0.2)
    return 0.0


def amount_score(facts: DocFacts, order: Order) -> float | None:
    mine = facts.amount
    if mine is None or facts.doc_type == "delivery_note":
        return None
    theirs = order.total_net if facts.total_net is not None else order.total_gross
    if theirs is None:
        theirs = sum(((li.line_total or Decimal(0)) for li in order.lines), Decimal(0))
    if not theirs or theirs <= 0:
        return 0.0
    if abs(mine - theirs) <= theirs / 200:  # within 0.5 %: the same amount
        return 1.0
    if mine > theirs:
        return max(0.0, 1 - float((mine - theirs) / theirs) * 4)
    # a partial invoice is normal: it counts, but well below an exact amount
    return 0.2 + 0.5 * float(mine / theirs) if mine > 0 else 0.0


def lines_score(facts: DocFacts, order: Order) -> float:
    """Share of the document's lines found on the order (by article, or by description when
    the document gives none), weighted by how well the quantity fits."""
    if not facts.lines or not order.lines:
        return 0.0
    by_sku = {sku_key(li.sku): li for li in order.lines if li.sku}
    hits = 0.0
    for line in facts.lines:
        target = by_sku.get(sku_key(line.sku)) if line.sku else None
        if target is None and line.description and not (line.sku and by_sku):
            best = max(
                order.lines,
                key=lambda o: fuzz.token_sort_ratio(line.description or "", o.description or ""),
            )
            if fuzz.token_sort_ratio(line.description, best.description or "") >= 90:
                target = best
        if target is None:
            continue
        if line.quantity is None or target.quantity is None or line.quantity == target.quantity:
            hits += 1.0
        elif Decimal(0) < line.quantity < target.quantity:
            hits += 0.75  # a partial delivery or invoice
        else:
            hits += 0.25
    return hits / len(facts.lines)


def date_score(facts: DocFacts, order: Order) -> float:
    if facts.date is None or order.order_date is None:
        return 0.5
    days = (facts.date - order.order_date).days
    if days < -3:  # a follow-up does not come before its order
        return 0.0
    if days <= 60:
        return 1.0
    return max(0.0, 1 - (days - 60) / 300)
