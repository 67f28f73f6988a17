"""Sending one message through the SMTP server the outbound settings name (STARTTLS and a
login when they ask for them): approvers' notices and order confirmations alike."""

from __future__ import annotations

import smtplib
from email.message import EmailMessage

from models.settings.approvals import OutboundSettings


def send(out: OutboundSettings, msg: EmailMessage) -> None:
    """Hand ``msg`` to the configured SMTP server (its host must be set)."""
    assert out.smtp_host
    with smtplib.SMTP(out.smtp_host, out.smtp_port, timeout=30) as smtp:
        if out.smtp_starttls:
            smtp.starttls()
        if out.smtp_user:
            smtp.login(out.smtp_user, out.smtp_password or "")
        smtp.send_message(msg)
