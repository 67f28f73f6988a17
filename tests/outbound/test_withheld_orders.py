"""An approved order whose totals contradict each other (kept by an approver's override)
leaves the house neither by webhook nor as export files: each refusal is recorded once, and
an order that adds up is sent as before. Both handlers open their work with one
``approved_orders._payload``; this pins what each does with it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.orm import Session

from models.documents import Document
from models.settings import Settings
from tests.approvals.factory import approved_po, overridden_po
from tests.approvals.test_four_eyes import events
from tests.outbound.flow import webhook_receiver
from tests.outbound.test_approved_orders import run_job

SENT = {"webhook": "webhook_delivered", "export": "exported"}


def _run_twice(
    kind: str,
    order: Callable[[Session, Settings], Document],
    settings: Settings,
    session: Session,
    folder: Path,
) -> tuple[int, list[dict[str, Any]], list[Path]]:
    """The ``kind`` job run twice (the second as a retry) for ``order``, with a webhook
    receiver and an export folder set: the document, the webhook calls and the files."""
    out = settings.approvals.outbound
    out.export_dir = str(folder)
    with webhook_receiver(path="/orders") as (url, calls):
        out.webhook_url, out.webhook_secret = url, "s3cret"
        doc_id = order(session, settings).id
        run_job(settings, session, kind, doc_id)
        run_job(settings, session, kind, doc_id)
    return doc_id, calls, sorted(folder.iterdir()) if folder.exists() else []


@pytest.mark.parametrize("kind", ["webhook", "export"])
def test_an_order_that_contradicts_itself_is_withheld_once(
    kind: str, settings: Settings, session: Session, tmp_path: Path
) -> None:
    doc_id, calls, files = _run_twice(kind, overridden_po, settings, session, tmp_path / "erp")
    assert calls == [] and files == []
    (withheld,) = events(session, doc_id, f"{kind}_withheld")
    assert "199.00" in " ".join(withheld.data["problems"])
    assert "do not add up" in withheld.data["reason"]
    assert events(session, doc_id, SENT[kind]) == []


@pytest.mark.parametrize("kind", ["webhook", "export"])
def test_an_order_that_adds_up_is_sent(
    kind: str, settings: Settings, session: Session, tmp_path: Path
) -> None:
    doc_id, calls, files = _run_twice(kind, approved_po, settings, session, tmp_path / "erp")
    assert events(session, doc_id, f"{kind}_withheld") == []
    assert events(session, doc_id, SENT[kind])
    if kind == "webhook":  # delivered once: the retry sends nothing
        assert len(calls) == 1 and len(events(session, doc_id, SENT[kind])) == 1
    else:  # the JSON and the CSV, written again under the same names by the retry
        assert calls == [] and [p.suffix for p in files] == [".csv", ".json"]
