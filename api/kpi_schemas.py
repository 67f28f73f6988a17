"""The KPI report as ``GET /api/kpis`` answers it (``reporting.report.Report.as_json``),
validated here so OpenAPI at /docs shows every figure's fields.

A figure's ``drill`` (and ``drill_of``, ``drill_overdue`` …) is a key for the documents
behind it: ``GET /api/kpis/documents?kpi=<drill>`` with the same filters. A figure the
report adds without a schema here fails (``extra=forbid``), so the documentation cannot fall
behind the report."""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, ConfigDict, Field

from api.schemas import DocumentSummary

KPI = ConfigDict(extra="forbid", populate_by_name=True)


class KpiModel(BaseModel):
    """A part of the KPI report: every key the report gives is named here."""

    model_config = KPI


class Keyed(KpiModel):
    key: str = Field(description="the segment: a doc type, channel, customer, queue, rule …")


class Count(KpiModel):
    value: int
    drill: str = Field(description="GET /api/kpis/documents?kpi=<drill> lists its documents")


class KeyCount(Count, Keyed):
    pass


class Share(KpiModel):
    """A ratio with the documents of its numerator (``drill``) and denominator (``drill_of``)."""

    numerator: int
    denominator: int
    value: float | None = Field(description="numerator / denominator; none when nothing counts")
    drill: str
    drill_of: str


class SegmentShare(Share, Keyed):
    pass


class TouchlessRate(Share):
    by_doc_type: list[SegmentShare]
    by_channel: list[SegmentShare]
    by_customer: list[SegmentShare] = Field(description="the customers with most documents")


class CorrectionRate(KpiModel):
    by_field: list[SegmentShare]


class Stats(KpiModel):
    """count, median, mean and 90th percentile (none when nothing was measured)."""

    count: int
    median: float | None
    mean: float | None
    p90: float | None


class CycleToApproved(KpiModel):
    unit: str
    total: Stats
    machine: Stats
    waiting: Stats
    drill: str


class ByWho(KpiModel):
    unit: str
    machine: Stats
    waiting_for_a_person: Stats
    waiting_outside: Stats


class CycleToPaid(KpiModel):
    unit: str
    total: Stats
    order_to_delivered: Stats
    delivered_to_invoiced: Stats
    invoiced_to_paid: Stats
    by_who: ByWho
    drill: str


class QueueBacklogRow(Keyed):
    open: int
    overdue: int
    oldest_age_seconds: float
    drill: str
    drill_overdue: str


class QueueBacklog(KpiModel):
    open: int
    overdue: int
    drill: str
    drill_overdue: str
    by_queue: list[QueueBacklogRow]


class RuleRow(Keyed):
    fail: int
    warn: int
    drill_fail: str
    drill_warn: str


class DiscrepancyKindRow(Keyed):
    open: int
    resolved: int
    drill_open: str
    drill_resolved: str


class Exceptions(KpiModel):
    by_rule: list[RuleRow]
    discrepancies_by_kind: list[DiscrepancyKindRow]
    quarantined: int
    quarantined_drill: str
    quarantined_by_code: list[KeyCount]


class Duplicates(KpiModel):
    value: int
    exact: int = Field(description="the same file again, caught at intake")
    business: int = Field(description="the same document again in another file")
    drill: str
    drill_exact: str
    drill_business: str


class Dated(KpiModel):
    day: dt.date


class DayCount(Dated):
    total: int
    by_channel: dict[str, int]
    drill: str


class DocumentsPerDay(KpiModel):
    channels: list[str]
    by_channel: list[KeyCount]
    series: list[DayCount]


class OrdersValue(KpiModel):
    """Orders in one currency and their gross value (two decimals)."""

    currency: str
    orders: int
    value: str


class CurrencyTotal(OrdersValue):
    without_total: int = Field(description="orders without a gross total")
    drill: str


class DayValue(OrdersValue, Dated):
    drill: str


class OrderValuePerDay(KpiModel):
    currencies: list[str]
    totals: list[CurrencyTotal]
    series: list[DayValue]


class Customer(KpiModel):
    customer: str


class TopCustomer(OrdersValue, Customer):
    drill: str


class LateDeliveries(KpiModel):
    value: int
    delivered_late: int
    not_delivered_overdue: int
    due: int
    rate: float | None
    drill: str
    drill_of: str


class DaysToPay(KpiModel):
    """Days from invoiced to paid, per order paid."""

    value: float | None = Field(description="the mean")
    count: int
    median: float | None
    mean: float | None
    p90: float | None
    drill: str


class Workers(KpiModel):
    alive: int
    seen_today: int


class KpiFigures(KpiModel):
    documents_received: Count
    touchless_rate: TouchlessRate
    correction_rate: CorrectionRate
    cycle_received_to_approved: CycleToApproved
    cycle_order_to_paid: CycleToPaid
    queue_backlog: QueueBacklog
    exceptions: Exceptions
    duplicates: Duplicates
    documents_per_day: DocumentsPerDay
    order_value_per_day: OrderValuePerDay
    top_customers: list[TopCustomer]
    late_deliveries: LateDeliveries
    days_to_pay: DaysToPay
    workers: Workers


class KpiFilters(KpiModel):
    from_: dt.date = Field(alias="from")
    to: dt.date
    doc_type: str | None
    channel: str | None
    customer: str | None


class KpiDefinition(KpiModel):
    label: str
    unit: str = Field(description="count | ratio | seconds | days | money")
    definition: str


class KpiReport(KpiModel):
    """Every figure of the dashboard, each with its definition."""

    filters: KpiFilters
    generated_at: str
    definitions: dict[str, KpiDefinition]
    kpis: KpiFigures


class KpiDocuments(KpiModel):
    """The documents a figure counted, newest first, in the shape of ``GET /api/documents``."""

    kpi: str
    items: list[DocumentSummary]
    total: int
