"""An approved order whose totals contradict each other (kept by an approver's override)
leaves the house neither by webhook nor as export files: each refusal is recorded once, and
an order that adds up is sent as before. Both handlers open their work with one
``approved_orders._payload``; this pins what each does with it."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from approvals import review
from flow.table import follow_decision
from models.enums import Role
from models.settings import Settings
from tests.approvals.factory import approved_po, load_master, make_po
from tests.approvals.test_four_eyes import events
from tests.outbound.flow import webhook_receiver
from tests.outbound.test_approved_orders import run_job


def _overridden_po(session: Session, settings: Settings) -> int:
    load_master(session)
    doc = make_po(session, fields={"total_gross": "200.00"})  # 199.00 + 39.80 is not 200.00
    review.route(session, doc, settings=settings)
    review.approve(
        session, doc, actor="anna", role=Role.APPROVER, reason="agreed", override=True,
        settings=settings,
    )  # fmt: skip
    follow_decision(session, doc.id, settings)
    session.commit()
    return doc.id


@pytest.mark.parametrize("kind", ["webhook", "export"])
def test_an_order_that_contradicts_itself_is_withheld_once(
    kind: str, settings: Settings, session: Session, tmp_path: Path
) -> None:
    out = settings.approvals.outbound
    out.export_dir = str(tmp_path / "erp")
    with webhook_receiver(path="/orders") as (url, calls):
        out.webhook_url, out.webhook_secret = url, "s3cret"
        doc_id = _overridden_po(session, settings)
        run_job(settings, session, kind, doc_id)
        run_job(settings, session, kind, doc_id)  # a retry records the refusal once
        assert calls == []
    assert not (tmp_path / "erp").exists() or list((tmp_path / "erp").iterdir()) == []
    (withheld,) = events(session, doc_id, f"{kind}_withheld")
    assert "199.00" in " ".join(withheld.data["problems"])
    assert "do not add up" in withheld.data["reason"]
    assert events(session, doc_id, "webhook_delivered" if kind == "webhook" else "exported") == []


@pytest.mark.parametrize("kind", ["webhook", "export"])
def test_an_order_that_adds_up_is_sent_once(
    kind: str, settings: Settings, session: Session, tmp_path: Path
) -> None:
    out = settings.approvals.outbound
    out.export_dir = str(tmp_path / "erp")
    with webhook_receiver(path="/orders") as (url, calls):
        out.webhook_url, out.webhook_secret = url, "s3cret"
        doc = approved_po(session, settings)
        run_job(settings, session, kind, doc.id)
        run_job(settings, session, kind, doc.id)
    assert events(session, doc.id, f"{kind}_withheld") == []
    if kind == "webhook":
        assert len(calls) == 1 and len(events(session, doc.id, "webhook_delivered")) == 1
    else:
        assert calls == [] and len(list((tmp_path / "erp").iterdir())) == 2
        assert len(events(session, doc.id, "exported")) >= 1
