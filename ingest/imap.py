"""IMAP accounts, polled (stdlib ``imaplib``).

Exactly once, across crashes and restarts:
- a message is fetched with ``BODY.PEEK[]`` (the server's \\Seen flag is left alone);
- its documents, the message row (unique on account + UIDVALIDITY + UID) and the account's
  cursor (last UID taken) commit in one transaction;
- only then is it flagged ``done_flag`` (or moved to ``move_to``). A crash before the flag
  is harmless: the message is known by its UID, so it is flagged on the next poll, never
  taken twice. A new UIDVALIDITY (mailbox recreated) restarts the cursor; the unique row
  and the done flag still keep already-taken messages from being repeated.
"""

from __future__ import annotations

import imaplib
import logging
import re
import threading

from sqlalchemy import select

from ingest.intake import ImapOrigin, Intake, IntakeResult
from models.db import session_scope
from models.errors import Unavailable
from models.ingest_mail import ImapCursor, MailMessage
from models.settings.ingest import ImapAccount

log = logging.getLogger("orderdesk.imap")
_UIDVALIDITY = re.compile(rb"UIDVALIDITY (\d+)")


class ImapError(Unavailable, RuntimeError):
    """The IMAP server refused something; the message says what and where."""


class ImapPoller:
    def __init__(
        self, intake: Intake, account: ImapAccount, *, stop: threading.Event | None = None
    ) -> None:
        self.intake = intake
        self.account = account
        self.stop = stop or threading.Event()

    def run_forever(self) -> None:
        period = self.intake.settings.ingest.imap_poll_seconds
        log.info("polling %s every %.0f s", self.account.label, period)
        while not self.stop.is_set():
            try:
                self.poll_once()
            except Exception:  # server down or refusing: try again next period
                log.exception("IMAP %s: poll failed; will retry", self.account.label)
            self.stop.wait(period)

    def connect(self) -> imaplib.IMAP4:
        acc = self.account
        conn: imaplib.IMAP4
        if acc.ssl:
            conn = imaplib.IMAP4_SSL(acc.host, acc.port, timeout=30)
        else:
            conn = imaplib.IMAP4(acc.host, acc.port, timeout=30)
        conn.login(acc.user, acc.password)
        return conn

    def poll_once(self) -> list[IntakeResult]:
        """Take every new message of the mailbox; returns what became of each document."""
        acc = self.account
        results: list[IntakeResult] = []
        conn = self.connect()
        try:
            typ, _ = conn.select(_quote(acc.mailbox))
            if typ != "OK":
                raise ImapError(f"IMAP {acc.label}: mailbox {acc.mailbox!r} cannot be opened")
            uidvalidity = self._uidvalidity(conn)
            last_uid = self._cursor(uidvalidity)
            self._flag_stored(conn, uidvalidity, last_uid)
            for uid in self._new_uids(conn, last_uid):
                if self.stop.is_set():
                    break
                typ, data = conn.uid("FETCH", str(uid), "(BODY.PEEK[])")
                raw = _fetched_bytes(data)
                if typ != "OK" or raw is None:
                    log.warning("IMAP %s: message UID %s vanished before fetch", acc.label, uid)
                    continue
                origin = ImapOrigin(acc.label, uidvalidity, uid)
                result = self.intake.take_bytes(
                    raw,
                    original_name=f"imap-{uidvalidity}-{uid}.eml",
                    channel=acc.channel,
                    source=f"imap:{acc.label}#{uid}",
                    split_batches=acc.split_batches,
                    imap=origin,
                )
                results.extend(result.all)
                self._mark_done(conn, [uid])  # only now: its documents are stored
        finally:
            try:
                conn.logout()
            except Exception:
                log.debug("IMAP logout failed", exc_info=True)
        return results

    def _uidvalidity(self, conn: imaplib.IMAP4) -> int:
        _typ, data = conn.response("UIDVALIDITY")
        value = data[0] if data and data[0] else None
        if value is None:
            _typ, status = conn.status(_quote(self.account.mailbox), "(UIDVALIDITY)")
            match = _UIDVALIDITY.search(status[0] or b"") if status else None
            if match is None:
                raise ImapError(f"IMAP {self.account.label}: server gave no UIDVALIDITY")
            return int(match.group(1))
        return int(value)

    def _cursor(self, uidvalidity: int) -> int:
        with session_scope(self.intake.settings.db_url) as session:
            cursor = session.execute(
                select(ImapCursor).where(ImapCursor.account == self.account.label)
            ).scalar_one_or_none()
        if cursor is None or cursor.uidvalidity != uidvalidity:
            if cursor is not None:
                log.warning(
                    "IMAP %s: UIDVALIDITY changed (%s -> %s); reading the mailbox again, "
                    "flagged messages are skipped",
                    self.account.label,
                    cursor.uidvalidity,
                    uidvalidity,
                )
            return 0
        return cursor.last_uid

    def _new_uids(self, conn: imaplib.IMAP4, last_uid: int) -> list[int]:
        criteria = f"UID {last_uid + 1}:* UNKEYWORD {self.account.done_flag}"
        typ, data = conn.uid("SEARCH", criteria)
        if typ != "OK":
            raise ImapError(f"IMAP {self.account.label}: search refused ({data!r})")
        uids = [int(u) for u in (data[0] or b"").split()]
        return sorted(u for u in uids if u > last_uid)  # "N:*" also matches the last UID

    def _flag_stored(self, conn: imaplib.IMAP4, uidvalidity: int, last_uid: int) -> None:
        """Messages stored before a crash, whose flag (or move) never happened."""
        if last_uid == 0:
            return
        typ, data = conn.uid("SEARCH", f"UID 1:{last_uid} UNKEYWORD {self.account.done_flag}")
        uids = [int(u) for u in (data[0] or b"").split()] if typ == "OK" else []
        if not uids:
            return
        with session_scope(self.intake.settings.db_url) as session:
            stored = set(
                session.execute(
                    select(MailMessage.imap_uid).where(
                        MailMessage.imap_account == self.account.label,
                        MailMessage.imap_uidvalidity == uidvalidity,
                        MailMessage.imap_uid.in_(uids),
                    )
                ).scalars()
            )
        self._mark_done(conn, sorted(u for u in uids if u in stored))

    def _mark_done(self, conn: imaplib.IMAP4, uids: list[int]) -> None:
        if not uids:
            return
        uid_set = ",".join(str(u) for u in uids)
        typ, data = conn.uid("STORE", uid_set, "+FLAGS", f"({self.account.done_flag})")
        if typ != "OK":
            raise ImapError(f"IMAP {self.account.label}: cannot flag {uid_set} ({data!r})")
        if self.account.move_to:
            typ, data = conn.uid("COPY", uid_set, _quote(self.account.move_to))
            if typ != "OK":
                raise ImapError(
                    f"IMAP {self.account.label}: cannot copy to {self.account.move_to!r}"
                )
            conn.uid("STORE", uid_set, "+FLAGS", "(\\Deleted)")
            conn.expunge()


def _quote(mailbox: str) -> str:
    return '"' + mailbox.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _fetched_bytes(data: list[object]) -> bytes | None:
    for item in data:
        if isinstance(item, tuple) and len(item) >= 2 and isinstance(item[1], bytes):
            return item[1]
    return None
