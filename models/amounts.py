"""A document's money as three readings: what it printed (the machine's reading, kept as
evidence), what it says now (after people's corrections), and whether its totals agree.

The printed reading comes from ``Document.extraction`` (the extract contract as the machine
produced it); a value missing there falls back to the machine's value kept beside a
correction. ``as_read_contract`` fills ``extraction`` for documents that reach approvals
without one, before anybody changes them.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from models.documents import Document, DocumentLine
from models.orders import Order
from models.parsing import decimal_or_none as dec

CENT = Decimal("0.01")
TOTALS = ("total_net", "total_tax", "total_gross")


def money(value: Decimal | None, currency: str | None = None) -> str:
    """An amount in a sentence for a clerk: to the cent, half-up as invoices round, thousands
    apart ("1,234.50 EUR"); "?" when it is not known. Pages format by locale instead."""
    if value is None:
        return "?"
    return f"{value.quantize(CENT, ROUND_HALF_UP):,} {currency or ''}".strip()


@dataclass(frozen=True)
class Amounts:
    net: Decimal | None
    tax: Decimal | None
    gross: Decimal | None
    line_totals: tuple[Decimal | None, ...]
    currency: str | None
    # charges minus allowances at document level (an e-invoice's BT-108 - BT-107): the net
    # total is the lines' sum plus this
    adjustment: Decimal = Decimal(0)

    @property
    def lines_sum(self) -> Decimal | None:
        if not self.line_totals or any(t is None for t in self.line_totals):
            return None
        return sum((t for t in self.line_totals if t is not None), Decimal(0))

    def candidates(self) -> list[Decimal]:
        """Every reading of the order's value: gross, net plus VAT, net, the lines' sum."""
        out = [v for v in (self.gross, self.net, self.lines_sum) if v is not None]
        if self.net is not None and self.tax is not None:
            out.append(self.net + self.tax)
        return out


def document_adjustment(doc: Document) -> Decimal:
    """Charges minus allowances the document applies to its total, not to a line (only
    e-invoices state them apart; on paper they are not read)."""
    einvoice = (doc.extraction or {}).get("einvoice")
    totals = einvoice.get("totals") if isinstance(einvoice, dict) else None
    if not isinstance(totals, dict):
        return Decimal(0)
    charges = dec(totals.get("charge_total")) or Decimal(0)
    allowances = dec(totals.get("allowance_total")) or Decimal(0)
    return charges - allowances


def adjustments_by_rate(doc: Document) -> dict[Decimal, Decimal]:
    """The same charges minus allowances, per VAT rate, as the e-invoice states them: each
    is taxed at its own rate, so the VAT per rate counts them."""
    einvoice = (doc.extraction or {}).get("einvoice")
    entries = einvoice.get("allowances_charges") if isinstance(einvoice, dict) else None
    out: dict[Decimal, Decimal] = {}
    for entry in entries if isinstance(entries, list) else []:
        amount, rate = dec(entry.get("amount")), dec(entry.get("tax_rate"))
        if amount is None or rate is None:
            continue
        out[rate] = out.get(rate, Decimal(0)) + (amount if entry.get("charge") else -amount)
    return out


def current_amounts(doc: Document) -> Amounts:
    values = {f.name: f.value for f in doc.fields}
    return Amounts(
        net=dec(values.get("total_net")),
        tax=dec(values.get("total_tax")),
        gross=dec(values.get("total_gross")),
        line_totals=tuple(li.line_total for li in doc.lines),
        currency=_currency(values.get("currency")),
        adjustment=document_adjustment(doc),
    )


def printed_amounts(doc: Document) -> Amounts:
    """What the document printed, as the machine read it (never a person's value)."""
    contract = doc.extraction or {}
    fields = contract.get("fields") or {}

    def printed(name: str) -> str | None:
        entry = fields.get(name)
        if isinstance(entry, dict) and "value" in entry:
            return None if entry["value"] is None else str(entry["value"])
        field = doc.field(name)
        if field is None:
            return None
        if field.machine_value is not None:
            return field.machine_value
        return field.value if field.source != "human" else None

    if isinstance(contract.get("lines"), list):
        totals = tuple(
            dec(li.get("line_total")) for li in contract["lines"] if isinstance(li, dict)
        )
    else:
        totals = tuple(li.line_total for li in doc.lines if li.source != "human")
    return Amounts(
        net=dec(printed("total_net")),
        tax=dec(printed("total_tax")),
        gross=dec(printed("total_gross")),
        line_totals=totals,
        currency=_currency(printed("currency")),
        adjustment=document_adjustment(doc),
    )


def order_amounts(order: Order) -> Amounts:
    return Amounts(
        net=order.total_net,
        tax=order.total_tax,
        gross=order.total_gross,
        line_totals=tuple(li.line_total for li in order.lines),
        currency=_currency(order.currency),
    )


def disagreements(amounts: Amounts, tolerance: Decimal) -> list[str]:
    """How the totals contradict each other (empty: they agree, or too little is known)."""
    out = []
    cur = amounts.currency
    net, tax, gross = amounts.net, amounts.tax, amounts.gross
    if (
        net is not None
        and tax is not None
        and gross is not None
        and abs(net + tax - gross) > tolerance
    ):
        out.append(
            f"net {money(net, cur)} plus VAT {money(tax, cur)} makes {money(net + tax, cur)}, "
            f"not the gross {money(gross, cur)}"
        )
    against = lines_against_net(amounts, tolerance)
    if against is not None:
        out.append(against)
    return out


def _adjusted(amounts: Amounts) -> str:
    """How the document's own allowances and charges entered a sum of the lines."""
    if not amounts.adjustment:
        return ""
    sign = "+" if amounts.adjustment > 0 else "-"
    return f" {sign} the document's charges and allowances ({money(abs(amounts.adjustment))})"


def lines_against_net(amounts: Amounts, tolerance: Decimal) -> str | None:
    """Why the lines do not make the net total (None: they do, or too little is known)."""
    lines, net, cur = amounts.lines_sum, amounts.net, amounts.currency
    if lines is None or net is None or abs(lines + amounts.adjustment - net) <= tolerance:
        return None
    return (
        f"the lines{_adjusted(amounts)} add up to {money(lines + amounts.adjustment, cur)}, "
        f"not the net {money(net, cur)}"
    )


def line_total(quantity: Decimal | None, unit_price: Decimal | None) -> Decimal | None:
    if quantity is None or unit_price is None:
        return None
    return (quantity * unit_price).quantize(CENT, ROUND_HALF_UP)


def document_totals(
    lines: list[DocumentLine], before: Amounts
) -> tuple[Decimal, Decimal | None, Decimal | None] | None:
    """Net, VAT and gross that follow from the lines (None when a line has no total).

    VAT comes from the lines' rates when every line has one, else from the rate the
    document's totals implied before; gross is net plus VAT."""
    if not lines or any(li.line_total is None for li in lines):
        return None
    net = sum((li.line_total for li in lines if li.line_total is not None), Decimal(0))
    tax: Decimal | None = None
    if all(li.tax_rate is not None for li in lines):
        tax, _rates = vat_at_rates(lines)
    elif before.net and before.tax is not None:
        tax = (net * before.tax / before.net).quantize(CENT, ROUND_HALF_UP)
    gross = net + tax if tax is not None else None
    return net.quantize(CENT), tax, None if gross is None else gross.quantize(CENT)


def vat_at_rates(
    lines: list[DocumentLine], adjustments: dict[Decimal, Decimal] | None = None
) -> tuple[Decimal, int]:
    """VAT as the lines' rates make it (each rate's base rounded to the cent), with the
    document's own charges and allowances per rate; and how many rates there were."""
    by_rate: dict[Decimal, Decimal] = {}
    for li in lines:
        assert li.tax_rate is not None and li.line_total is not None
        by_rate[li.tax_rate] = by_rate.get(li.tax_rate, Decimal(0)) + li.line_total
    for rate, adjustment in (adjustments or {}).items():
        by_rate[rate] = by_rate.get(rate, Decimal(0)) + adjustment
    tax = sum(
        ((base * rate / 100).quantize(CENT, ROUND_HALF_UP) for rate, base in by_rate.items()),
        Decimal(0),
    )
    return tax, len(by_rate)


def totals_compared(
    printed: Amounts, current: Amounts
) -> list[tuple[str, Decimal | None, Decimal | None, Decimal | None]]:
    """Net, VAT, gross and the lines' sum: (name, printed, now, now - printed), leaving out
    those neither has."""
    out = []
    for name, was, now in (
        ("total_net", printed.net, current.net),
        ("total_tax", printed.tax, current.tax),
        ("total_gross", printed.gross, current.gross),
        ("lines_sum", printed.lines_sum, current.lines_sum),
    ):
        if was is None and now is None:
            continue
        diff = now - was if now is not None and was is not None else None
        out.append((name, was, now, diff))
    return out


def printed_vs_current(doc: Document) -> list[dict[str, Any]]:
    """Net, VAT, gross and the lines' sum: printed, now, and the difference (now - printed)."""
    return [
        {"name": name, "printed": was, "current": now, "difference": diff}
        for name, was, now, diff in totals_compared(printed_amounts(doc), current_amounts(doc))
    ]


def as_read_contract(doc: Document) -> dict[str, Any]:
    """The document's fields and lines as the machine gave them, in the extract contract's
    shape (for a document that came without ``extraction``)."""
    fields: dict[str, Any] = {}
    for f in doc.fields:
        value = f.machine_value if f.machine_value is not None else f.value
        if f.source == "human" and f.machine_value is None:
            continue
        fields[f.name] = {
            "value": value,
            "confidence": f.confidence,
            "page": f.page,
            "bbox": f.bbox,
            "source": f.source,
        }
    lines = [
        {
            "sku": li.sku,
            "description": li.description,
            "quantity": _plain(li.quantity),
            "unit": li.unit,
            "unit_price": _plain(li.unit_price),
            "line_total": _plain(li.line_total),
            "tax_rate": _plain(li.tax_rate),
            "confidence": li.confidence,
            "page": li.page,
            "bbox": li.bbox,
        }
        for li in doc.lines
        if li.source != "human"
    ]
    return {
        "doc_type": doc.doc_type,
        "language": doc.language,
        "pages": doc.page_count,
        "fields": fields,
        "lines": lines,
    }


def _plain(value: Decimal | None) -> str | None:
    return None if value is None else str(value)


def _currency(value: str | None) -> str | None:
    return value.strip().upper() or None if value else None
