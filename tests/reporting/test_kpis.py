"""KPIs over a world of known timings and corrections equal the hand-computed figures
(on SQLite and PostgreSQL), and every number's click-through lists what it counted."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from sqlalchemy.orm import Session

from models.workers import WorkerBeat
from reporting import FilterError, KpiFilter, Report, build_report
from tests.reporting.kpi_fixture import FROM, NOW, TO, build_world


def _report(session: Session, **filters: str) -> tuple[dict[str, Any], dict[str, int], Report]:
    ids = build_world(session)
    report = build_report(session, KpiFilter.parse(FROM, TO, **filters), now=NOW)  # type: ignore[arg-type]
    return report.figures, ids, report


def _by_key(rows: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {r["key"]: r for r in rows}


def test_touchless_rate_overall_and_split(session: Session) -> None:
    k, ids, report = _report(session)
    t = k["touchless_rate"]
    # approved in period: 1, 2, 3, 4, 10; touchless (system, no change): 1, 3, 10
    assert (t["numerator"], t["denominator"], t["value"]) == (3, 5, 0.6)
    doc_type = _by_key(t["by_doc_type"])
    assert (doc_type["purchase_order"]["numerator"], doc_type["purchase_order"]["denominator"]) == (
        2,
        3,
    )
    assert doc_type["purchase_order"]["value"] == 0.6667
    assert doc_type["invoice"]["value"] == 0.5
    channel = _by_key(t["by_channel"])
    assert channel["folder"]["value"] == 1.0 and channel["mail"]["value"] == 0.0
    customer = _by_key(t["by_customer"])
    assert customer["Cargo Ltd"]["value"] == 1.0 and customer["Acme"]["value"] == 0.5
    assert report.documents_behind(t["drill"]) == sorted(
        [ids["d1"], ids["d3"], ids["d10"]], reverse=True
    )
    assert report.documents_behind(channel["mail"]["drill_of"]) == sorted(
        [ids["d2"], ids["d4"]], reverse=True
    )


def test_correction_rate_per_field(session: Session) -> None:
    k, ids, report = _report(session)
    rows = _by_key(k["correction_rate"]["by_field"])
    assert (rows["total_gross"]["numerator"], rows["total_gross"]["denominator"]) == (1, 4)
    assert rows["total_gross"]["value"] == 0.25
    assert rows["document_number"]["value"] == 0.0
    assert rows["document_number"]["denominator"] == 5
    assert (rows["lines"]["numerator"], rows["lines"]["denominator"]) == (1, 3)
    assert report.documents_behind(rows["total_gross"]["drill"]) == [ids["d2"]]
    # highest rate first
    assert k["correction_rate"]["by_field"][0]["key"] == "lines"


def test_cycle_time_split_machine_and_waiting(session: Session) -> None:
    k, _ids, _ = _report(session)
    c = k["cycle_received_to_approved"]
    # totals 120, 7200, 300, 3720, 60 s; machine 60, 600, 300, 120, 60; waiting 60, 6600, 0, 3600, 0
    assert c["total"] == {"count": 5, "median": 300.0, "mean": 2280.0, "p90": 7200.0}
    assert c["machine"] == {"count": 5, "median": 120.0, "mean": 228.0, "p90": 600.0}
    assert c["waiting"] == {"count": 5, "median": 60.0, "mean": 2052.0, "p90": 6600.0}


def test_order_to_paid_late_deliveries_and_days_to_pay(session: Session) -> None:
    k, ids, report = _report(session)
    o = k["cycle_order_to_paid"]
    assert o["total"]["count"] == 1 and o["total"]["mean"] == 16.0
    # phases are measured on paid orders only (order 10 is delivered but not paid)
    assert o["order_to_delivered"] == {"count": 1, "median": 5.0, "mean": 5.0, "p90": 5.0}
    assert o["delivered_to_invoiced"]["mean"] == 1.0
    assert o["invoiced_to_paid"]["mean"] == 10.0
    late = k["late_deliveries"]
    assert (late["value"], late["delivered_late"], late["not_delivered_overdue"], late["due"]) == (
        2,
        1,
        1,
        3,
    )
    assert late["rate"] == 0.6667
    assert report.documents_behind(late["drill"]) == sorted([ids["d1"], ids["d2"]], reverse=True)
    assert k["days_to_pay"]["value"] == 10.0 and k["days_to_pay"]["count"] == 1


def test_order_to_paid_split_by_who_it_waited_on(session: Session) -> None:
    """Order 1 runs 16 days (1 March 12:00 → 17 March 12:00). Its invoice took 120 s of
    machine and 2 h of a clerk; its payment advice 60 s of machine, touchless; the
    delivery note before the order (a stray link) does not count. The rest is outside."""
    from models.linking import DocumentLink
    from models.orders import Order
    from tests.reporting.kpi_fixture import at, timed_doc

    ids = build_world(session)
    order = session.query(Order).filter_by(document_id=ids["d1"]).one()
    # doc type, received, extracted, decided, by whom: all mailed by Acme
    invoice, advice, stray = (
        timed_doc(
            session,
            doc_type=doc_type,
            channel="mail",
            customer="Acme",
            received=times[0],
            extracted=times[1],
            decided=times[2],
            decided_by=by,
        )
        for doc_type, times, by in (
            ("invoice", (at(7, 11), at(7, 11, 2), at(7, 13, 2)), "claire"),
            ("payment_advice", (at(17, 10), at(17, 10, 1), at(17, 10, 1)), "system:approvals"),
            (
                "delivery_note",
                (at(28, 10, month=2), at(28, 11, month=2), at(28, 12, month=2)),
                "claire",
            ),
        )
    )
    for doc in (invoice, advice, stray):
        session.add(
            DocumentLink(
                document_id=doc.id,
                order_id=order.id,
                role=doc.doc_type or "",
                method="order_number",
                linked_by="system:linking",
            )
        )
    session.commit()
    report = build_report(session, KpiFilter.parse(FROM, TO), now=NOW)
    who = report.figures["cycle_order_to_paid"]["by_who"]
    assert who["unit"] == "hours"
    assert who["machine"]["mean"] == round(180 / 3600, 2)
    assert who["waiting_for_a_person"]["mean"] == 2.0
    assert who["waiting_outside"]["mean"] == round((16 * 86400 - 180 - 7200) / 3600, 1)


def test_backlog_exceptions_duplicates(session: Session) -> None:
    k, ids, report = _report(session)
    q = k["queue_backlog"]
    assert (q["open"], q["overdue"]) == (2, 1)
    queues = _by_key(q["by_queue"])
    assert queues["needs_review"]["overdue"] == 1
    assert queues["needs_review"]["oldest_age_seconds"] == 16 * 86400 + 7140
    assert queues["price_check"]["overdue"] == 0
    assert report.documents_behind(q["drill_overdue"]) == [ids["d5"]]
    ex = k["exceptions"]
    rules = _by_key(ex["by_rule"])
    assert (rules["arithmetic"]["fail"], rules["unknown_customer"]["fail"]) == (1, 1)
    assert (rules["price_check"]["warn"], rules["price_check"]["fail"]) == (1, 0)
    assert "mandatory" not in rules  # passing checks are not exceptions
    assert report.documents_behind(rules["arithmetic"]["drill_fail"]) == [ids["d4"]]
    assert [(r["key"], r["value"]) for r in ex["quarantined_by_code"]] == [("unreadable", 1)]
    (disc,) = ex["discrepancies_by_kind"]
    assert (disc["key"], disc["open"], disc["resolved"]) == ("price_mismatch", 1, 1)
    assert report.documents_behind(disc["drill_open"]) == [ids["d4"]]
    assert (k["duplicates"]["value"], k["duplicates"]["exact"]) == (1, 1)
    assert report.documents_behind(k["duplicates"]["drill"]) == [ids["d6"]]


def test_volumes_order_value_and_top_customers(session: Session) -> None:
    k, ids, report = _report(session)
    assert k["documents_received"]["value"] == 9  # all but the February one
    per_day = {d["day"]: d for d in k["documents_per_day"]["series"]}
    assert len(per_day) == 7 and per_day["2026-03-07"]["total"] == 1
    assert per_day["2026-03-03"]["by_channel"] == {"folder": 1, "mail": 1, "upload": 0}
    assert per_day["2026-03-05"]["by_channel"]["folder"] == 2
    totals = {r["key"]: r["value"] for r in k["documents_per_day"]["by_channel"]}
    assert totals == {"folder": 5, "mail": 2, "upload": 2}
    value = k["order_value_per_day"]
    assert [(s["day"], s["currency"], s["value"]) for s in value["series"]] == [
        ("2026-03-01", "EUR", "100.00"),
        ("2026-03-02", "EUR", "50.50"),
        ("2026-03-07", "USD", "200.00"),
    ]
    assert {t["currency"]: (t["orders"], t["value"]) for t in value["totals"]} == {
        "EUR": (2, "150.50"),
        "USD": (1, "200.00"),
    }
    top = [(c["customer"], c["currency"], c["orders"], c["value"]) for c in k["top_customers"]]
    # a list per currency (never compared across currencies), most orders first
    assert top == [("Acme", "EUR", 2, "150.50"), ("Cargo Ltd", "USD", 1, "200.00")]
    assert report.documents_behind(per_day["2026-03-03"]["drill"]) == sorted(
        [ids["d3"], ids["d4"]], reverse=True
    )


def test_filters_narrow_every_figure(session: Session) -> None:
    k, _ids, _ = _report(session, channel="mail")
    assert k["documents_received"]["value"] == 2
    assert (k["touchless_rate"]["numerator"], k["touchless_rate"]["denominator"]) == (0, 2)
    assert [t["value"] for t in k["order_value_per_day"]["totals"]] == ["50.50"]
    assert k["queue_backlog"]["open"] == 0


def test_customer_filter_ignores_case_and_doc_type_spares_orders(session: Session) -> None:
    build_world(session)
    k = build_report(session, KpiFilter.parse(FROM, TO, customer="acme"), now=NOW).figures
    assert k["documents_received"]["value"] == 3  # Acme, Acme, ACME
    k = build_report(session, KpiFilter.parse(FROM, TO, doc_type="invoice"), now=NOW).figures
    assert k["documents_received"]["value"] == 3
    assert k["touchless_rate"]["value"] == 0.5
    assert len(k["top_customers"]) == 2  # orders are not narrowed by doc type


def test_filter_errors_are_actionable() -> None:
    with pytest.raises(FilterError, match="YYYY-MM-DD"):
        KpiFilter.parse("01/03/2026", None)
    with pytest.raises(FilterError, match="swap"):
        KpiFilter.parse("2026-03-07", "2026-03-01")
    default = KpiFilter.parse(None, "2026-03-30")
    assert (default.date_from.isoformat(), len(default.days())) == ("2026-03-01", 30)


def test_empty_period_gives_empty_figures_not_errors(session: Session) -> None:
    k = build_report(session, KpiFilter.parse("2020-01-01", "2020-01-02"), now=NOW).figures
    assert k["touchless_rate"]["value"] is None
    assert k["cycle_received_to_approved"]["total"]["median"] is None
    assert k["days_to_pay"]["value"] is None


def test_workers_alive(session: Session) -> None:
    second = dt.timedelta(seconds=1)
    session.add_all(
        [
            WorkerBeat(id="alive", started_at=NOW - 3600 * second, last_seen=NOW - 5 * second),
            WorkerBeat(id="silent", started_at=NOW - 3600 * second, last_seen=NOW - 60 * second),
            WorkerBeat(
                id="stopped",
                started_at=NOW - 3600 * second,
                last_seen=NOW - 5 * second,
                stopped_at=NOW - 5 * second,
            ),
            WorkerBeat(
                id="old", started_at=NOW - 9 * 86400 * second, last_seen=NOW - 2 * 86400 * second
            ),
        ]
    )
    session.commit()
    k = build_report(session, KpiFilter.parse(FROM, TO), now=NOW).figures
    assert k["workers"] == {"alive": 1, "seen_today": 3}
