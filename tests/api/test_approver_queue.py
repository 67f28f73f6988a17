"""The approvers' queue: what waits for me (only what 4-eyes lets me approve), its count in
the header, mail to approvers (one each, or a digest) and escalation of missed deadlines."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from email import message_from_bytes

from fastapi.testclient import TestClient
from sqlalchemy import select
from sqlalchemy.orm import Session

from api.app import create_app
from approvals import review
from approvals.approver_queue import awaiting
from flow.notify import notify_now
from models.base import utcnow
from models.enums import Role
from models.review import ReviewTask
from models.settings import Settings
from models.users import User
from tests.api.helpers import add_user, log_in
from tests.approvals.factory import TENFOLD_LINES, TENFOLD_TOTALS, load_master, make_po
from tests.outbound.test_approved_orders import Inbox, smtp  # noqa: F401 - the fixture


def _big(session: Session, settings: Settings, number: str) -> int:
    day = (dt.date.today() - dt.timedelta(days=len(number))).isoformat()
    doc = make_po(
        session,
        name=f"{number}.pdf",
        fields=TENFOLD_TOTALS | {"document_number": number, "document_date": day},
        lines=TENFOLD_LINES,
    )
    review.route(session, doc, settings=settings)
    session.commit()
    return doc.id


def _people(session: Session) -> None:
    add_user(session, "clara", Role.CLERK)
    add_user(session, "arno", Role.APPROVER)
    add_user(session, "anna", Role.APPROVER)
    for user in session.execute(select(User)).scalars():
        user.email = f"{user.name}@example.test"
    session.commit()


def test_awaiting_my_approval_follows_four_eyes(settings: Settings, session: Session) -> None:
    settings.approvals.high_value = Decimal("1000")
    load_master(session)
    _people(session)
    big = _big(session, settings, "PO-BIG")
    small = make_po(
        session, confidence=0.5, name="small.pdf", fields={"document_number": "PO-SMALL-CLERK"}
    )
    review.route(session, small, settings=settings)
    session.commit()
    doc = review.get_document(session, big)
    # arno changes an amount: only another approver may sign it now
    review.correct(session, doc, actor="arno", fields={"total_gross": "2388.01"}, settings=settings)
    review.correct(session, doc, actor="arno", fields={"total_gross": "2388.00"}, settings=settings)
    task = session.execute(select(ReviewTask).where(ReviewTask.document_id == big)).scalar_one()
    task.claimed_by = None
    session.commit()
    cfg = settings.approvals
    assert [w.doc.id for w in awaiting(session, "anna", Role.APPROVER, cfg)] == [big]
    assert awaiting(session, "arno", Role.APPROVER, cfg) == []  # he changed it
    assert awaiting(session, "clara", Role.CLERK, cfg) == []
    session.rollback()  # the app writes next (SQLite: one writer)
    with TestClient(create_app(settings)) as client:
        log_in(client, "anna")
        html = client.get("/approvals").text
        assert "PO-BIG" in html and "PO-SMALL-CLERK" not in html  # a clerk's document is not here
        assert "arno changed an amount" in html
        assert '<b class="count">1</b>' in client.get("/approvals/count").text
        assert 'hx-get="/approvals/count"' in client.get("/queue").text  # in the header
        client.post("/logout", data={"csrf_token": log_in(client, "anna")})
        log_in(client, "arno")
        html = client.get("/approvals").text
        assert "Nothing waits for you." in html and "Waiting for another approver" in html
        assert '<b class="count">0</b>' in client.get("/approvals/count").text


def test_approvers_are_mailed_once_and_late_work_is_escalated(
    settings: Settings,
    session: Session,
    smtp: tuple[int, Inbox],  # noqa: F811
) -> None:
    settings.approvals.high_value = Decimal("1000")
    out = settings.approvals.outbound
    out.smtp_host, out.smtp_port = "127.0.0.1", smtp[0]
    settings.approvals.notify.escalate_to = ["boss@example.test"]
    settings.approvals.notify.base_url = "https://od.example.test"
    load_master(session)
    _people(session)
    big = _big(session, settings, "PO-BIG")
    session.rollback()
    sent = notify_now(settings)
    assert (sent.announced, sent.escalated, sent.mails) == (1, 0, 2)  # arno and anna
    mail = message_from_bytes(smtp[1].messages[0])
    assert mail["Subject"] == "Awaiting your approval: PO-BIG"
    assert f"https://od.example.test/documents/{big}" in mail.get_payload()
    assert notify_now(settings).mails == 0  # told once, not at every tick
    # its queue's deadline passes: escalated once, to the configured address
    task = session.execute(select(ReviewTask).where(ReviewTask.document_id == big)).scalar_one()
    task.due_at = utcnow() - dt.timedelta(hours=1)
    session.commit()
    sent = notify_now(settings)
    assert (sent.escalated, sent.mails) == (1, 1)
    late = message_from_bytes(smtp[1].messages[-1])
    assert late["To"] == "boss@example.test" and "PO-BIG" in late.get_payload()
    assert notify_now(settings).mails == 0

    # digest: what starts waiting within the window goes out together, later
    settings.approvals.notify.digest_minutes = 60
    _big(session, settings, "PO-BIG-2")
    _big(session, settings, "PO-BIG-33")
    session.rollback()
    assert notify_now(settings).mails == 0  # the last announcement is not an hour old
    from models.audit import AuditEvent

    for event in session.execute(
        select(AuditEvent).where(AuditEvent.action == "approval_requested")
    ).scalars():
        assert event.data["to"] == ["anna@example.test", "arno@example.test"]
    session.rollback()
    settings.approvals.notify.digest_minutes = 0.0001
    sent = notify_now(settings)
    assert (sent.announced, sent.mails) == (2, 2)
    digest = message_from_bytes(smtp[1].messages[-1])
    assert digest["Subject"] == "2 document(s) await your approval"
    assert "PO-BIG-2" in digest.get_payload() and "PO-BIG-33" in digest.get_payload()


def test_no_smtp_host_sends_nothing(settings: Settings, session: Session) -> None:
    load_master(session)
    settings.approvals.high_value = Decimal("1000")
    _big(session, settings, "PO-BIG")
    assert notify_now(settings).mails == 0
