"""The filters every KPI takes: a date range (whole UTC days) and doc type, channel, customer."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from typing import Any
from urllib.parse import urlencode

from sqlalchemy import ColumnElement, func

from models.documents import Document
from models.enums import DocStatus
from models.errors import InvalidInput
from models.parsing import date_or_refuse

DEFAULT_DAYS = 30
MAX_DAYS = 3660


class FilterError(InvalidInput, ValueError):
    """A filter the user can fix (bad date, range upside down)."""


@dataclass(frozen=True)
class KpiFilter:
    date_from: dt.date
    date_to: dt.date  # inclusive
    doc_type: str | None = None
    channel: str | None = None
    customer: str | None = None

    @classmethod
    def parse(
        cls,
        date_from: str | None = None,
        date_to: str | None = None,
        doc_type: str | None = None,
        channel: str | None = None,
        customer: str | None = None,
        *,
        today: dt.date | None = None,
    ) -> KpiFilter:
        """From query parameters; the default range is the last 30 days up to today (UTC)."""
        today = today or dt.datetime.now(dt.UTC).date()
        end = _date(date_to, "to") if date_to else today
        start = _date(date_from, "from") if date_from else end - dt.timedelta(days=DEFAULT_DAYS - 1)
        if start > end:
            raise FilterError(f"'from' ({start}) is after 'to' ({end}); swap them")
        if (end - start).days > MAX_DAYS:
            raise FilterError(f"the range is over {MAX_DAYS} days; narrow it")
        return cls(start, end, _blank(doc_type), _blank(channel), _blank(customer))

    @property
    def start(self) -> dt.datetime:
        return dt.datetime.combine(self.date_from, dt.time(), tzinfo=dt.UTC)

    @property
    def end(self) -> dt.datetime:
        """Exclusive: midnight after the 'to' day."""
        return dt.datetime.combine(self.date_to + dt.timedelta(days=1), dt.time(), tzinfo=dt.UTC)

    def days(self) -> list[dt.date]:
        n = (self.date_to - self.date_from).days + 1
        return [self.date_from + dt.timedelta(days=i) for i in range(n)]

    def document_conditions(self, *, with_period: bool = True) -> list[ColumnElement[bool]]:
        """SQL conditions on ``Document`` (the period is on received_at)."""
        # a batch scan cut into documents counts as its pieces, not as one more document
        conds: list[ColumnElement[bool]] = [Document.status != DocStatus.SPLIT]
        if with_period:
            conds += [Document.received_at >= self.start, Document.received_at < self.end]
        if self.doc_type:
            conds.append(Document.doc_type == self.doc_type)
        conds += self.party_conditions()
        return conds

    def party_conditions(self) -> list[ColumnElement[bool]]:
        """Channel and customer, the filters that also apply to orders (via their document)."""
        conds: list[ColumnElement[bool]] = []
        if self.channel:
            conds.append(Document.channel == self.channel)
        if self.customer:
            conds.append(func.lower(Document.customer_name) == self.customer.lower())
        return conds

    def params(self, **overrides: Any) -> dict[str, str]:
        """As query parameters (for links that keep the filters)."""
        f = replace(self, **overrides) if overrides else self
        out = {"from": f.date_from.isoformat(), "to": f.date_to.isoformat()}
        for key in ("doc_type", "channel", "customer"):
            value = getattr(f, key)
            if value:
                out[key] = value
        return out

    def query(self, **extra: str) -> str:
        return urlencode(self.params() | extra)

    def as_dict(self) -> dict[str, str | None]:
        return {
            "from": self.date_from.isoformat(),
            "to": self.date_to.isoformat(),
            "doc_type": self.doc_type,
            "channel": self.channel,
            "customer": self.customer,
        }


def _date(value: str, name: str) -> dt.date:
    day = date_or_refuse(value.strip(), name, error=FilterError)
    if day is None:
        raise FilterError(f"{name}: a date is needed (YYYY-MM-DD)")
    return day


def _blank(value: str | None) -> str | None:
    value = (value or "").strip()
    return value or None
