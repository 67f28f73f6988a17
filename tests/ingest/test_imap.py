"""IMAP against a real Dovecot on loopback: messages taken once, flagged only after their
documents are stored, and a crash between the two neither loses nor repeats a message."""

from __future__ import annotations

import imaplib
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from archive.store import open_store
from ingest.imap import ImapPoller
from ingest.intake import Intake
from models.db import session_scope
from models.documents import Document
from models.ingest_mail import ImapCursor, MailMessage
from models.settings import Settings
from models.settings.ingest import ImapAccount
from tests.ingest import corpus
from tests.ingest.dovecot import Dovecot, deliver, dovecot_server


@pytest.fixture
def server(tmp_path: Path) -> Iterator[Dovecot]:
    with dovecot_server(tmp_path / "dovecot") as srv:
        yield srv


def _account(server: Dovecot, move_to: str | None = None) -> ImapAccount:
    return ImapAccount(
        name="orders",
        host="127.0.0.1",
        port=server.port,
        ssl=False,
        user=server.user,
        password=server.password,
        move_to=move_to,
    )


def _msg(n: int, files: int = 1) -> bytes:
    return corpus.mail(
        attachments={
            f"po-{n}-{i}.pdf": (corpus.tiny_pdf(f"PO-{n}-{i}"), "application/pdf")
            for i in range(files)
        },
        message_id=f"<m{n}@customer.example>",
    )


def _flagged(server: Dovecot, flag: str = "$OrderdeskDone") -> set[int]:
    conn = imaplib.IMAP4("127.0.0.1", server.port)
    conn.login(server.user, server.password)
    conn.select("INBOX")
    _typ, data = conn.uid("SEARCH", f"KEYWORD {flag}")
    conn.logout()
    return {int(u) for u in (data[0] or b"").split()}


class Crash(Exception):
    pass


def test_poll_flags_after_store_and_survives_a_crash(
    server: Dovecot, tmp_path: Path, db_url: str
) -> None:
    from tests.ingest.conftest import make_settings

    settings: Settings = make_settings(tmp_path, db_url)
    intake = Intake(settings, open_store(settings))
    for n in range(1, 4):
        deliver(server, _msg(n, files=n), f"17000000{n}.M{n}.host")

    crashing = ImapPoller(intake, _account(server))
    stored_when_flagged: list[int] = []

    def crash_before_flag(_conn: imaplib.IMAP4, uids: list[int]) -> None:
        with session_scope(settings.db_url) as session:
            stored_when_flagged.append(len(session.execute(select(MailMessage)).all()))
        raise Crash("killed between store and flag")

    crashing._mark_done = crash_before_flag  # type: ignore[method-assign,assignment]
    with pytest.raises(Crash):
        crashing.poll_once()
    assert stored_when_flagged == [1], "the first message was stored before any flag"
    assert _flagged(server) == set()

    restarted = ImapPoller(intake, _account(server))
    results = restarted.poll_once()
    assert [r.outcome for r in results] == ["ingested"] * 5  # messages 2 and 3 (2 + 3 files)
    assert _flagged(server) == {1, 2, 3}, "message 1 flagged after the restart, not re-taken"
    assert restarted.poll_once() == []

    deliver(server, _msg(4), "170000004.M4.host")
    assert [r.original_name for r in restarted.poll_once()] == ["po-4-0.pdf"]
    with session_scope(settings.db_url) as session:
        names = Counter(session.execute(select(Document.original_name)).scalars())
        messages = (
            session.execute(select(MailMessage).order_by(MailMessage.imap_uid)).scalars().all()
        )
        cursor = session.execute(select(ImapCursor)).scalar_one()
        assert [m.imap_uid for m in messages] == [1, 2, 3, 4]
        assert messages[0].sender == "Buyer <buyer@customer.example>"
        assert all(m.message_id for m in messages) and cursor.last_uid == 4
    assert sum(names.values()) == 1 + 2 + 3 + 1 and set(names.values()) == {1}


def test_done_messages_can_be_moved(server: Dovecot, tmp_path: Path, sqlite_url: str) -> None:
    from tests.ingest.conftest import make_settings

    settings = make_settings(tmp_path, sqlite_url)
    conn = imaplib.IMAP4("127.0.0.1", server.port)
    conn.login(server.user, server.password)
    conn.create("Done")
    conn.logout()
    deliver(server, _msg(9), "170000009.M9.host")
    poller = ImapPoller(Intake(settings, open_store(settings)), _account(server, move_to="Done"))
    assert len(poller.poll_once()) == 1
    conn = imaplib.IMAP4("127.0.0.1", server.port)
    conn.login(server.user, server.password)
    assert conn.select("INBOX")[1] == [b"0"]
    assert conn.select("Done")[1] == [b"1"]
    conn.logout()


def _append(server: Dovecot, mailbox: str, message: bytes) -> None:
    conn = imaplib.IMAP4("127.0.0.1", server.port)
    conn.login(server.user, server.password)
    typ, data = conn.append(f'"{mailbox}"', None, None, message)
    assert typ == "OK", data
    conn.logout()


def test_a_recreated_mailbox_is_read_again_without_taking_anything_twice(
    server: Dovecot, tmp_path: Path, sqlite_url: str
) -> None:
    """A new UIDVALIDITY (mailbox deleted and made again, or restored from backup) makes the
    old UIDs meaningless: the poller starts over, and what it had already stored shows up
    as a duplicate instead of a second document."""
    from tests.ingest.conftest import make_settings

    settings = make_settings(tmp_path, sqlite_url)
    conn = imaplib.IMAP4("127.0.0.1", server.port)
    conn.login(server.user, server.password)
    conn.create("Orders")
    conn.logout()
    account = _account(server).model_copy(update={"mailbox": "Orders"})
    poller = ImapPoller(Intake(settings, open_store(settings)), account)
    _append(server, "Orders", _msg(1))
    _append(server, "Orders", _msg(2))
    assert [r.outcome for r in poller.poll_once()] == ["ingested", "ingested"]
    with session_scope(settings.db_url) as session:
        before = session.execute(select(ImapCursor)).scalar_one().uidvalidity

    conn = imaplib.IMAP4("127.0.0.1", server.port)
    conn.login(server.user, server.password)
    assert conn.delete('"Orders"')[0] == "OK"
    assert conn.create('"Orders"')[0] == "OK"
    conn.logout()
    _append(server, "Orders", _msg(2))  # restored from a backup: the same message again
    _append(server, "Orders", _msg(3))  # and a new one

    results = poller.poll_once()
    assert sorted(r.outcome for r in results) == ["duplicate", "ingested"]
    assert poller.poll_once() == []
    with session_scope(settings.db_url) as session:
        cursor = session.execute(select(ImapCursor)).scalar_one()
        assert cursor.uidvalidity != before and cursor.last_uid == 2
        names = Counter(
            session.execute(
                select(Document.original_name).where(Document.duplicate_of_id.is_(None))
            ).scalars()
        )
    assert names == Counter({"po-1-0.pdf": 1, "po-2-0.pdf": 1, "po-3-0.pdf": 1})
