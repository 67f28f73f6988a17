"""The precise definition of every KPI, shown beside its number on the dashboard and
returned with the JSON, so nobody has to guess what a figure counts."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Kpi:
    key: str
    label: str
    unit: str  # count | ratio | seconds | days | money
    definition: str


_PERIOD = (
    "Population: documents received (Document.received_at, UTC) from the 'from' date "
    "00:00 UTC to the end of the 'to' date, narrowed by the doc type, channel and customer "
    "filters (customer = the document's customer name, case-insensitive). A batch scan "
    "split into several documents counts as those documents, not as one more."
)

_KPIS = [
    Kpi(
        "documents_received",
        "Documents received",
        "count",
        "Every document taken in during the period, whatever became of it (duplicates and "
        "quarantined ones included). " + _PERIOD,
    ),
    Kpi(
        "touchless_rate",
        "Touchless rate",
        "ratio",
        "Of the documents received in the period that are now approved, the share approved "
        "with no human change: decided by a system actor (decided_by 'system:*'), no field "
        "with corrected_by, no line with corrected_by, and no 'corrected' audit event. "
        "Split by doc type, channel and customer.",
    ),
    Kpi(
        "correction_rate",
        "Correction rate per field",
        "ratio",
        "For each field name: among approved documents of the period that carry the field "
        "(found by the machine or added by a person), the share where a person changed it "
        "(ExtractedField.corrected_by set). 'lines': among approved documents with line "
        "items, the share whose lines a person edited.",
    ),
    Kpi(
        "cycle_received_to_approved",
        "Cycle time, received → approved",
        "seconds",
        "For documents received in the period and now approved: decided_at − received_at. "
        "Machine time = extracted_at − received_at (queueing for a worker plus the "
        "extraction job's run). Waiting-for-a-person time = decided_at − extracted_at (in a "
        "review queue until someone, or the touchless rule, decided). Median, mean and "
        "90th percentile (nearest rank).",
    ),
    Kpi(
        "cycle_order_to_paid",
        "Cycle time, order → paid",
        "days",
        "For orders created (approved) in the period that reached 'paid': time from "
        "Order.created_at to the first audit event moving the order to status 'paid'. "
        "Split by lifecycle phase: order → delivered, delivered → invoiced, invoiced → "
        "paid, where 'delivered' is the first move to delivered or any later status "
        "(invoiced, partially_paid, paid, closed) and 'invoiced' the first move to "
        "invoiced, partially_paid or paid. A phase is measured only for orders that "
        "passed through both of its statuses. Also split by who it waited on, over the "
        "follow-up documents linked to the order and received between order and paid: "
        "machine = their extracted_at − received_at (plus decided_at − extracted_at when "
        "decided by 'system:*'); waiting for a person = decided_at − extracted_at when a "
        "person decided; waiting outside (customer, warehouse) = the rest of the span.",
    ),
    Kpi(
        "queue_backlog",
        "Review backlog",
        "count",
        "Now, not over the period: review tasks not done (open or claimed), per queue, "
        "for documents matching the doc type, channel and customer filters. Overdue = "
        "due_at earlier than now. Oldest = age of the oldest task not done.",
    ),
    Kpi(
        "exceptions",
        "Exceptions by reason",
        "count",
        "Documents received in the period with at least one failing (or warning) check, per "
        "rule (a document counts once per rule and outcome); documents received in the "
        "period that are quarantined now, per error code; and documents received in the "
        "period on which linking raised a discrepancy (over-delivery, price or payment "
        "mismatch, no order, ...), per kind, still open or resolved.",
    ),
    Kpi(
        "duplicates",
        "Duplicates caught",
        "count",
        "Documents received in the period that repeat an earlier one. Exact: the same bytes "
        "(sha256) caught at intake and not processed again (status 'duplicate'). Business: "
        "a different file with the same doc type, issuer and number, flagged after "
        "extraction (duplicate_of set, a 'duplicate' warning) for a clerk to decide.",
    ),
    Kpi(
        "documents_per_day",
        "Documents per day by channel",
        "count",
        "Documents received per UTC calendar day of received_at, split by intake channel "
        "(folder, mail, upload, ...). Days without documents show as zero.",
    ),
    Kpi(
        "order_value_per_day",
        "Order value per day",
        "money",
        "Sum of total_gross of orders created (approved) per UTC day of Order.created_at in "
        "the period, per currency (amounts in different currencies are never added). "
        "Channel and customer filters apply through the order's source document; the doc "
        "type filter does not apply to orders.",
    ),
    Kpi(
        "top_customers",
        "Top customers",
        "money",
        "Per currency (amounts in different currencies are never compared), the ten "
        "customers (order customer name) with the highest total_gross of orders created in "
        "the period, with their number of orders; the currency with the most orders comes "
        "first.",
    ),
    Kpi(
        "late_deliveries",
        "Late deliveries",
        "count",
        "Among orders created in the period with a requested delivery_date: late = first "
        "move to 'delivered' (or a later status, see order → paid) on a UTC day after "
        "delivery_date, or not delivered yet (and not "
        "cancelled) with delivery_date before today. Rate = late / (orders delivered + "
        "orders whose delivery date has passed).",
    ),
    Kpi(
        "days_to_pay",
        "Average days to pay",
        "days",
        "For orders created in the period that reached 'paid': days from the first move to "
        "'invoiced' (or partially_paid) to the first move to 'paid' (order status audit "
        "events), averaged. "
        "Orders paid without an 'invoiced' step are left out.",
    ),
]

_KPIS.append(
    Kpi(
        "workers",
        "Workers alive",
        "count",
        "Now: worker processes whose heartbeat (written every 10 s) is under 30 s old and "
        "that have not stopped; 'seen today' counts every worker that beat in the last 24 h. "
        "Zero alive means nothing is being extracted or archived.",
    )
)

DEFINITIONS: dict[str, Kpi] = {k.key: k for k in _KPIS}
