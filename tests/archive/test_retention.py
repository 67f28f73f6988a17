"""Retention: N years after the end of the document's year, N per doc type (a setting),
ten years by default for the accounting documents (French commercial code L123-22)."""

from __future__ import annotations

import datetime as dt

import pytest

from models.retention import retain_until
from models.settings import Settings
from models.settings.archive import ArchiveSettings

RECEIVED = dt.datetime(2027, 1, 5, 9, 30, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    "doc_type", ["purchase_order", "invoice", "delivery_note", "payment_advice"]
)
def test_ten_years_after_the_end_of_the_documents_year(doc_type: str) -> None:
    until = retain_until(ArchiveSettings(), doc_type, dt.date(2026, 12, 31), RECEIVED)
    assert until == dt.datetime(2037, 1, 1, tzinfo=dt.UTC)


def test_per_doc_type_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ORDERDESK_ARCHIVE__RETENTION_YEARS", '{"invoice": 6}')
    monkeypatch.setenv("ORDERDESK_ARCHIVE__DEFAULT_RETENTION_YEARS", "3")
    cfg = Settings(_env_file=None).archive  # type: ignore[call-arg]
    assert retain_until(cfg, "invoice", dt.date(2026, 3, 1), RECEIVED).year == 2033
    assert retain_until(cfg, "other", dt.date(2026, 3, 1), RECEIVED).year == 2030


def test_an_undated_document_counts_from_its_receipt() -> None:
    until = retain_until(ArchiveSettings(), "invoice", None, RECEIVED)
    assert until == dt.datetime(2038, 1, 1, tzinfo=dt.UTC)
