"""Compute every KPI of the dashboard from the loaded facts, with the documents behind each.

A number's "drill" key names the exact set of documents it counted; the dashboard links to
``/dashboard/documents?kpi=<drill>`` and the API to ``/api/kpis/documents?kpi=<drill>``,
which recompute the report and list that set, so a click always shows what was counted.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from sqlalchemy.orm import Session

from models.amounts import CENT
from models.enums import DocStatus, OrderStatus
from reporting.definitions import DEFINITIONS
from reporting.facts import (
    DocFact,
    OrderFact,
    TaskFact,
    load_documents,
    load_open_tasks,
    load_orders,
    load_workers,
)
from reporting.filters import KpiFilter
from reporting.stats import DAY, ratio, summary

TOP = 10
# a worker beats every 10 s (jobs.worker.BEAT_SECONDS); three missed beats: gone
ALIVE_AFTER = dt.timedelta(seconds=30)
NONE_LABEL = "(none)"
DELIVERED_OR_LATER = ("delivered", "invoiced", "partially_paid", "paid", "closed")
INVOICED_OR_LATER = ("invoiced", "partially_paid", "paid")


def seg(**parts: Any) -> str:
    """A segment of a KPI, e.g. ``doc_type=invoice`` or ``day=2026-01-02|channel=mail``."""
    return "|".join(f"{k}={v}" for k, v in parts.items())


@dataclass
class Report:
    filters: KpiFilter
    generated_at: dt.datetime
    figures: dict[str, Any]
    members: dict[str, set[int]] = field(default_factory=dict)

    def documents_behind(self, drill: str) -> list[int] | None:
        """The document ids a number counted (None: no such number in this report)."""
        found = self.members.get(drill)
        return None if found is None else sorted(found, reverse=True)

    def as_json(self) -> dict[str, Any]:
        return {
            "filters": self.filters.as_dict(),
            "generated_at": self.generated_at.isoformat(),
            "definitions": {
                k: {"label": d.label, "unit": d.unit, "definition": d.definition}
                for k, d in DEFINITIONS.items()
            },
            "kpis": self.figures,
        }


class _Builder:
    def __init__(self) -> None:
        self.members: dict[str, set[int]] = defaultdict(set)

    def drill(self, key: str, ids: Any) -> str:
        self.members[key].update(ids)
        return key

    def share(
        self, kpi: str, base: str, segment: str, num: list[int], den: list[int]
    ) -> dict[str, Any]:
        """One ratio with links to its numerator's and denominator's documents."""
        suffix = f":{segment}" if segment else ""
        return {
            "numerator": len(num),
            "denominator": len(den),
            "value": ratio(len(num), len(den)),
            "drill": self.drill(kpi + suffix, num),
            "drill_of": self.drill(base + suffix, den),
        }


def build_report(session: Session, flt: KpiFilter, *, now: dt.datetime | None = None) -> Report:
    now = now or dt.datetime.now(dt.UTC)
    docs = load_documents(session, flt)
    orders = load_orders(session, flt)
    tasks = load_open_tasks(session, flt)
    b = _Builder()
    approved = [d for d in docs.values() if d.status == DocStatus.APPROVED]
    figures: dict[str, Any] = {
        "documents_received": {
            "value": len(docs),
            "drill": b.drill("documents_received", docs),
        },
        "touchless_rate": _touchless(b, approved),
        "correction_rate": _corrections(b, approved),
        "cycle_received_to_approved": _cycle(b, approved),
        "cycle_order_to_paid": _order_to_paid(b, orders),
        "queue_backlog": _backlog(b, tasks, now),
        "exceptions": _exceptions(b, list(docs.values())),
        "duplicates": _duplicates(b, list(docs.values())),
        "documents_per_day": _per_day(b, flt, list(docs.values())),
        "order_value_per_day": _order_value(b, flt, orders),
        "top_customers": _top_customers(b, orders),
        "late_deliveries": _late(b, orders, now.date()),
        "days_to_pay": _days_to_pay(b, orders),
        "workers": load_workers(session, now, ALIVE_AFTER),
    }
    return Report(flt, now, figures, dict(b.members))


def _label(value: str | None) -> str:
    return value if value else NONE_LABEL


def _duplicates(b: _Builder, docs: list[DocFact]) -> dict[str, Any]:
    # exact copies are caught at intake and never extracted; a business duplicate was read,
    # then held in the duplicate queue (and marked a duplicate by a clerk, or still waiting)
    exact = [d.id for d in docs if d.status == DocStatus.DUPLICATE and d.extracted_at is None]
    business = [d.id for d in docs if d.duplicate_of is not None and d.id not in set(exact)]
    return {
        "value": len(exact) + len(business),
        "exact": len(exact),
        "business": len(business),
        "drill": b.drill("duplicates", exact + business),
        "drill_exact": b.drill("duplicates:kind=exact", exact),
        "drill_business": b.drill("duplicates:kind=business", business),
    }


def _touchless(b: _Builder, approved: list[DocFact]) -> dict[str, Any]:
    touchless = {d.id for d in approved if d.decided_by_system and not d.human_changed}

    def split(key: str, label: Any, limit: int | None = None) -> list[dict[str, Any]]:
        groups: dict[str, list[int]] = defaultdict(list)
        for d in approved:
            groups[_label(label(d))].append(d.id)
        ranked = sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0]))[:limit]
        return [
            {"key": name}
            | b.share(
                "touchless_rate",
                "approved",
                seg(**{key: name}),
                [i for i in ids if i in touchless],
                ids,
            )
            for name, ids in ranked
        ]

    return b.share(
        "touchless_rate", "approved", "", sorted(touchless), [d.id for d in approved]
    ) | {
        "by_doc_type": split("doc_type", lambda d: d.doc_type),
        "by_channel": split("channel", lambda d: d.channel),
        "by_customer": split("customer", lambda d: d.customer, TOP),
    }


def _corrections(b: _Builder, approved: list[DocFact]) -> dict[str, Any]:
    present: dict[str, list[int]] = defaultdict(list)
    changed: dict[str, list[int]] = defaultdict(list)
    for d in approved:
        for name in d.fields:
            present[name].append(d.id)
            if name in d.corrected_fields:
                changed[name].append(d.id)
        if d.has_lines:
            present["lines"].append(d.id)
            if d.lines_corrected:
                changed["lines"].append(d.id)
    rows = [
        {"key": name}
        | b.share("correction_rate", "with_field", seg(field=name), changed[name], ids)
        for name, ids in present.items()
    ]
    rows.sort(key=lambda r: (-(r["value"] or 0), -r["denominator"], r["key"]))
    return {"by_field": rows}


def _cycle(b: _Builder, approved: list[DocFact]) -> dict[str, Any]:
    total, machine, waiting, measured = [], [], [], []
    for d in approved:
        if d.decided_at is None:
            continue
        measured.append(d.id)
        total.append((d.decided_at - d.received_at).total_seconds())
        if d.extracted_at is not None:
            machine.append((d.extracted_at - d.received_at).total_seconds())
            waiting.append((d.decided_at - d.extracted_at).total_seconds())
    return {
        "unit": "seconds",
        "total": summary(total),
        "machine": summary(machine),
        "waiting": summary(waiting),
        "drill": b.drill("cycle_received_to_approved", measured),
    }


def _first(o: OrderFact, statuses: tuple[str, ...]) -> dt.datetime | None:
    times = [o.reached[s] for s in statuses if s in o.reached]
    return min(times) if times else None


HOUR = 3600.0


def _order_to_paid(b: _Builder, orders: dict[int, OrderFact]) -> dict[str, Any]:
    total: list[float] = []
    to_delivered: list[float] = []
    to_invoiced: list[float] = []
    to_paid: list[float] = []
    machine: list[float] = []
    person: list[float] = []
    outside: list[float] = []
    measured: list[int] = []
    for o in orders.values():
        paid = o.reached.get(OrderStatus.PAID)
        if paid is None:
            continue
        measured.append(o.document_id)
        span = (paid - o.created_at).total_seconds()
        total.append(span)
        splits = [f.split() for f in o.follow_ups if o.created_at <= f.received_at <= paid]
        by_machine = sum(m for m, _ in splits)
        by_person = sum(p for _, p in splits)
        machine.append(by_machine)
        person.append(by_person)
        outside.append(max(0.0, span - by_machine - by_person))
        delivered = _first(o, DELIVERED_OR_LATER)
        invoiced = _first(o, INVOICED_OR_LATER)
        for start, end, bucket in (
            (o.created_at, delivered, to_delivered),
            (delivered, invoiced, to_invoiced),
            (invoiced, paid, to_paid),
        ):
            if start is not None and end is not None and end >= start:
                bucket.append((end - start).total_seconds())
    return {
        "unit": "days",
        "total": summary(total, scale=DAY, digits=2),
        "order_to_delivered": summary(to_delivered, scale=DAY, digits=2),
        "delivered_to_invoiced": summary(to_invoiced, scale=DAY, digits=2),
        "invoiced_to_paid": summary(to_paid, scale=DAY, digits=2),
        "by_who": {
            "unit": "hours",
            "machine": summary(machine, scale=HOUR, digits=2),
            "waiting_for_a_person": summary(person, scale=HOUR, digits=2),
            "waiting_outside": summary(outside, scale=HOUR, digits=1),
        },
        "drill": b.drill("cycle_order_to_paid", measured),
    }


def _backlog(b: _Builder, tasks: list[TaskFact], now: dt.datetime) -> dict[str, Any]:
    by_queue: dict[str, list[TaskFact]] = defaultdict(list)
    for t in tasks:
        by_queue[t.queue].append(t)
    rows = []
    for queue, items in sorted(by_queue.items()):
        overdue = [t.document_id for t in items if t.due_at is not None and t.due_at < now]
        rows.append(
            {
                "key": queue,
                "open": len(items),
                "overdue": len(overdue),
                "oldest_age_seconds": round(
                    max((now - t.created_at).total_seconds() for t in items), 1
                ),
                "drill": b.drill(
                    f"queue_backlog:{seg(queue=queue)}", [t.document_id for t in items]
                ),
                "drill_overdue": b.drill(f"queue_overdue:{seg(queue=queue)}", overdue),
            }
        )
    overdue_all = [t.document_id for t in tasks if t.due_at is not None and t.due_at < now]
    return {
        "open": len(tasks),
        "overdue": len(overdue_all),
        "drill": b.drill("queue_backlog", [t.document_id for t in tasks]),
        "drill_overdue": b.drill("queue_overdue", overdue_all),
        "by_queue": rows,
    }


def _exceptions(b: _Builder, docs: list[DocFact]) -> dict[str, Any]:
    by_rule: dict[tuple[str, str], list[int]] = defaultdict(list)
    quarantined: dict[str, list[int]] = defaultdict(list)
    for d in docs:
        for rule, outcome in d.checks:
            by_rule[(rule, outcome)].append(d.id)
        if d.status == DocStatus.QUARANTINED:
            quarantined[_label(d.error_code)].append(d.id)
    rules = sorted({rule for rule, _ in by_rule})
    rule_rows: list[dict[str, Any]] = []
    for rule in rules:
        fail, warn = by_rule.get((rule, "fail"), []), by_rule.get((rule, "warn"), [])
        rule_rows.append(
            {
                "key": rule,
                "fail": len(fail),
                "warn": len(warn),
                "drill_fail": b.drill(f"exceptions:{seg(rule=rule, outcome='fail')}", fail),
                "drill_warn": b.drill(f"exceptions:{seg(rule=rule, outcome='warn')}", warn),
            }
        )
    rule_rows.sort(key=lambda r: (-r["fail"], -r["warn"], r["key"]))
    q_rows = [
        {"key": code, "value": len(ids), "drill": b.drill(f"quarantined:{seg(code=code)}", ids)}
        for code, ids in sorted(quarantined.items(), key=lambda kv: (-len(kv[1]), kv[0]))
    ]
    all_q = [i for ids in quarantined.values() for i in ids]
    disc: dict[tuple[str, str], list[int]] = defaultdict(list)
    for d in docs:
        for kind, state in d.discrepancies:
            disc[(kind, state)].append(d.id)
    disc_rows: list[dict[str, Any]] = []
    for kind in sorted({k for k, _ in disc}):
        still, done = disc.get((kind, "open"), []), disc.get((kind, "resolved"), [])
        disc_rows.append(
            {
                "key": kind,
                "open": len(still),
                "resolved": len(done),
                "drill_open": b.drill(f"discrepancies:{seg(kind=kind, state='open')}", still),
                "drill_resolved": b.drill(
                    f"discrepancies:{seg(kind=kind, state='resolved')}", done
                ),
            }
        )
    disc_rows.sort(key=lambda r: (-r["open"], -r["resolved"], r["key"]))
    return {
        "by_rule": rule_rows,
        "discrepancies_by_kind": disc_rows,
        "quarantined": len(all_q),
        "quarantined_drill": b.drill("quarantined", all_q),
        "quarantined_by_code": q_rows,
    }


def _per_day(b: _Builder, flt: KpiFilter, docs: list[DocFact]) -> dict[str, Any]:
    cells: dict[tuple[dt.date, str], list[int]] = defaultdict(list)
    for d in docs:
        cells[(d.received_at.astimezone(dt.UTC).date(), d.channel)].append(d.id)
    channels = sorted({c for _, c in cells})
    series = []
    for day in flt.days():
        counts = {c: len(cells.get((day, c), [])) for c in channels}
        ids = [i for c in channels for i in cells.get((day, c), [])]
        series.append(
            {
                "day": day.isoformat(),
                "total": len(ids),
                "by_channel": counts,
                "drill": b.drill(f"documents_per_day:{seg(day=day)}", ids),
            }
        )
    totals = Counter(c for (_, c), ids in cells.items() for _ in ids)
    return {
        "channels": channels,
        "by_channel": [
            {
                "key": c,
                "value": totals[c],
                "drill": b.drill(
                    f"documents_per_day:{seg(channel=c)}",
                    [i for (_, ch), ids in cells.items() if ch == c for i in ids],
                ),
            }
            for c in channels
        ],
        "series": series,
    }


def _money(value: Decimal) -> str:
    return str(value.quantize(CENT, ROUND_HALF_UP))


def _order_value(b: _Builder, flt: KpiFilter, orders: dict[int, OrderFact]) -> dict[str, Any]:
    cells: dict[tuple[dt.date, str], list[OrderFact]] = defaultdict(list)
    for o in orders.values():
        cells[(o.created_at.astimezone(dt.UTC).date(), _label(o.currency))].append(o)
    currencies = sorted({c for _, c in cells})
    series = []
    for day in flt.days():
        for cur in currencies:
            items = cells.get((day, cur), [])
            if not items:
                continue
            series.append(
                {
                    "day": day.isoformat(),
                    "currency": cur,
                    "orders": len(items),
                    "value": _money(sum((o.total_gross or Decimal(0) for o in items), Decimal(0))),
                    "drill": b.drill(
                        f"order_value_per_day:{seg(day=day, currency=cur)}",
                        [o.document_id for o in items],
                    ),
                }
            )
    totals = []
    for cur in currencies:
        items = [o for (_, c), os_ in cells.items() if c == cur for o in os_]
        totals.append(
            {
                "currency": cur,
                "orders": len(items),
                "value": _money(sum((o.total_gross or Decimal(0) for o in items), Decimal(0))),
                "without_total": sum(1 for o in items if o.total_gross is None),
                "drill": b.drill(
                    f"order_value_per_day:{seg(currency=cur)}", [o.document_id for o in items]
                ),
            }
        )
    return {"currencies": currencies, "totals": totals, "series": series}


def _top_customers(b: _Builder, orders: dict[int, OrderFact]) -> list[dict[str, Any]]:
    groups: dict[tuple[str, str], list[OrderFact]] = defaultdict(list)
    for o in orders.values():
        groups[(_label(o.customer), _label(o.currency))].append(o)

    def value(items: list[OrderFact]) -> Decimal:
        return sum((o.total_gross or Decimal(0) for o in items), Decimal(0))

    # amounts in different currencies are never compared: a top list per currency, the
    # currency with the most orders first
    by_currency: dict[str, list[tuple[tuple[str, str], list[OrderFact]]]] = defaultdict(list)
    for key, items in groups.items():
        by_currency[key[1]].append((key, items))
    ranked = []
    for _cur, entries in sorted(
        by_currency.items(), key=lambda kv: (-sum(len(i) for _k, i in kv[1]), kv[0])
    ):
        ranked += sorted(entries, key=lambda kv: (-value(kv[1]), kv[0]))[:TOP]
    return [
        {
            "customer": customer,
            "currency": currency,
            "orders": len(items),
            "value": _money(value(items)),
            "drill": b.drill(
                f"top_customers:{seg(customer=customer, currency=currency)}",
                [o.document_id for o in items],
            ),
        }
        for (customer, currency), items in ranked
    ]


def _late(b: _Builder, orders: dict[int, OrderFact], today: dt.date) -> dict[str, Any]:
    late_delivered, late_open, due = [], [], []
    for o in orders.values():
        if o.delivery_date is None:
            continue
        delivered = _first(o, DELIVERED_OR_LATER)
        if delivered is not None:
            due.append(o.document_id)
            if delivered.astimezone(dt.UTC).date() > o.delivery_date:
                late_delivered.append(o.document_id)
        elif o.status != OrderStatus.CANCELLED and o.delivery_date < today:
            due.append(o.document_id)
            late_open.append(o.document_id)
    late = late_delivered + late_open
    return {
        "value": len(late),
        "delivered_late": len(late_delivered),
        "not_delivered_overdue": len(late_open),
        "due": len(due),
        "rate": ratio(len(late), len(due)),
        "drill": b.drill("late_deliveries", late),
        "drill_of": b.drill("deliveries_due", due),
    }


def _days_to_pay(b: _Builder, orders: dict[int, OrderFact]) -> dict[str, Any]:
    days, measured = [], []
    for o in orders.values():
        paid = o.reached.get(OrderStatus.PAID)
        invoiced = _first(o, ("invoiced", "partially_paid"))
        if paid is None or invoiced is None or paid < invoiced:
            continue
        days.append((paid - invoiced).total_seconds())
        measured.append(o.document_id)
    stats = summary(days, scale=DAY, digits=2)
    return {"value": stats["mean"], **stats, "drill": b.drill("days_to_pay", measured)}
