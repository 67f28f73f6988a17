"""Mail to approvers when a document waits for them, and escalations when a queue's deadline
is missed: a periodic tick while ``run`` or ``serve`` is up (every ``notify.check_minutes``),
over the SMTP server confirmations use. What to announce is judged in
``approvals.approver_queue``; each announcement is an audit event on its task, recorded only
after the mail went out, so a failed send is tried again at the next tick and a restart never
repeats one that went out. It lives in the flow because it joins two stages: approvals says
who waits, outbound's ``mail`` sends."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from email.message import EmailMessage

from approvals.approver_queue import (
    ESCALATED,
    NOTIFIED,
    approvers,
    last_digest,
    record_told,
    to_announce,
    to_escalate,
)
from jobs.ticker import Ticker
from models.base import utcnow
from models.db import session_scope
from models.settings import Settings
from models.users import User
from outbound import mail

log = logging.getLogger("orderdesk.notify")


@dataclass
class Sent:
    announced: int = 0
    escalated: int = 0
    mails: int = 0


def _send(settings: Settings, to: str, subject: str, body: str) -> None:
    out = settings.approvals.outbound
    assert out.smtp_host
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = out.mail_from, to, subject
    msg.set_content(body)
    mail.send(out, msg)


def _link(settings: Settings, path: str) -> str:
    base = (settings.approvals.notify.base_url or "").rstrip("/")
    return f"{base}{path}" if base else path


def notify_now(settings: Settings) -> Sent:
    """One tick: announce new work to approvers (one mail each, or a digest), escalate
    missed deadlines. Nothing without an SMTP host or with ``notify.enabled`` off."""
    cfg = settings.approvals.notify
    sent = Sent()
    if not cfg.enabled or not settings.approvals.outbound.smtp_host:
        return sent
    now = utcnow()
    with session_scope(settings.db_url) as session:
        waiting = to_announce(session, settings.approvals)
        if waiting and cfg.digest_minutes > 0:
            last = last_digest(session)
            if last is not None and (now - last).total_seconds() < cfg.digest_minutes * 60:
                waiting = []  # the next digest gathers them
        people: list[User] = [u for u in approvers(session) if u.email]
        addresses = [u.email for u in people if u.email]
        if waiting:
            lines = [
                f"- {w.doc.document_number or w.doc.original_name} "
                f"({(w.doc.doc_type or 'document').replace('_', ' ')}, "
                f"{w.doc.customer_name or 'unknown customer'}): {'; '.join(w.why)}\n"
                f"  {_link(settings, f'/documents/{w.doc.id}')}"
                for w in waiting
            ]
            if cfg.digest_minutes > 0 or len(waiting) > 1:
                subject = f"{len(waiting)} document(s) await your approval"
            else:
                w = waiting[0]
                subject = f"Awaiting your approval: {w.doc.document_number or w.doc.original_name}"
            body = (
                "These documents wait for an approver:\n\n"
                + "\n".join(lines)
                + f"\n\nYour queue: {_link(settings, '/approvals')}\n"
            )
            for to in addresses:
                _send(settings, to, subject, body)
                sent.mails += 1
            if not addresses:
                log.warning("%d document(s) await an approver, who has no e-mail", len(waiting))
            for w in waiting:
                record_told(session, w.task, NOTIFIED, addresses)
            sent.announced = len(waiting)
        late = to_escalate(session, now) if cfg.escalate else []
        if late:
            targets = list(cfg.escalate_to) or [
                u.email for u in people if u.email and u.role == "admin"
            ]
            body = (
                "These documents missed their queue's deadline:\n\n"
                + "\n".join(
                    f"- {d.document_number or d.original_name} in {t.queue.replace('_', ' ')}, "
                    f"due {t.due_at:%Y-%m-%d %H:%M} UTC"
                    + (f", being edited by {t.claimed_by}" if t.claimed_by else "")
                    + f"\n  {_link(settings, f'/documents/{d.id}')}"
                    for d, t in late
                )
                + "\n"
            )
            for to in targets:
                _send(settings, to, f"Escalation: {len(late)} document(s) overdue", body)
                sent.mails += 1
            for _d, t in late:
                record_told(session, t, ESCALATED, targets)
            sent.escalated = len(late)
    return sent


class PeriodicNotifier:
    """The tick in a thread beside the server; a failure is logged and tried next time."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        minutes = settings.approvals.notify.check_minutes
        self.ticker = Ticker("notifier", minutes * 60, self._tick)

    def start(self) -> PeriodicNotifier:
        if self.settings.approvals.outbound.smtp_host and self.settings.approvals.notify.enabled:
            self.ticker.start()
        return self

    def _tick(self) -> None:
        try:
            sent = notify_now(self.settings)
            if sent.mails:
                log.info(
                    "mailed %d: %d awaiting approval, %d escalated",
                    sent.mails,
                    sent.announced,
                    sent.escalated,
                )
        except Exception:
            log.exception("could not mail approvers; will retry")

    def close(self) -> None:
        self.ticker.close()
