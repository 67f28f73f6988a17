"""Several inboxes with their channels; temporary, hidden and excluded files left alone;
polling mode for shares; Maildir new/ and cur/ read, tmp/ never."""

from __future__ import annotations

import time
from pathlib import Path

from sqlalchemy import select

from archive.store import open_store
from ingest.service import IngestService
from models.db import session_scope
from models.documents import Document
from tests.ingest import corpus
from tests.ingest.conftest import make_settings


def _wait_for(db_url: str, count: int, timeout: float = 20.0) -> list[Document]:
    deadline = time.monotonic() + timeout
    while True:
        with session_scope(db_url) as session:
            docs = list(session.execute(select(Document).order_by(Document.id)).scalars())
        if len(docs) >= count or time.monotonic() > deadline:
            return docs
        time.sleep(0.1)


def test_inboxes_channels_and_what_is_left_alone(tmp_path: Path, sqlite_url: str) -> None:
    scans, mail, share = tmp_path / "scans", tmp_path / "maildir", tmp_path / "share"
    settings = make_settings(
        tmp_path,
        sqlite_url,
        inboxes=[
            {"path": scans, "channel": "scan", "exclude": ["archive", "old*"]},
            {"path": mail, "channel": "mail", "kind": "mail"},
            {"path": share, "channel": "smb", "polling": True},
        ],
        poll_interval_seconds=0.2,
    )
    for d in (scans / "archive", scans / "old-2024", scans / "sub", scans / ".hidden"):
        d.mkdir(parents=True)
    for sub in ("new", "cur", "tmp"):
        (mail / sub).mkdir(parents=True)
    share.mkdir()
    service = IngestService(settings, open_store(settings)).start()
    try:
        keep = {
            scans / "archive" / "a.pdf": corpus.tiny_pdf("archived"),
            scans / "old-2024" / "b.pdf": corpus.tiny_pdf("old"),
            scans / ".hidden" / "c.pdf": corpus.tiny_pdf("hidden dir"),
            scans / ".d.pdf": corpus.tiny_pdf("hidden"),
            scans / "e.pdf.part": corpus.tiny_pdf("partial"),
            scans / "~$f.pdf": corpus.tiny_pdf("office lock"),
            scans / "g.tmp": corpus.tiny_pdf("temp"),
            mail / "tmp" / "1700000000.M1.host": corpus.mail(message_id="<tmp@x>"),
        }
        take = {
            scans / "s1.pdf": corpus.tiny_pdf("scan 1"),
            scans / "sub" / "s2.pdf": corpus.tiny_pdf("scan 2"),
            share / "n1.pdf": corpus.tiny_pdf("share 1"),
        }
        for path, data in {**keep, **take}.items():
            path.write_bytes(data)
        mail_new = mail / "new" / "1700000001.M2.host"
        mail_new.write_bytes(
            corpus.mail(
                attachments={"po.pdf": (corpus.tiny_pdf("mail po"), "application/pdf")},
                message_id="<new@x>",
            )
        )
        docs = _wait_for(settings.db_url, 4)
        time.sleep(0.6)  # give any wrongly wanted file the time to be taken too
        docs = _wait_for(settings.db_url, 4)
    finally:
        service.stop.set()
        service.join(10)
    got = sorted((d.channel, d.original_name) for d in docs)
    assert got == [("mail", "po.pdf"), ("scan", "s1.pdf"), ("scan", "s2.pdf"), ("smb", "n1.pdf")]
    assert all(p.exists() for p in keep), "ignored files stay where they are"
    assert not any(p.exists() for p in take) and not mail_new.exists()


def test_a_file_still_growing_is_not_taken(tmp_path: Path, sqlite_url: str) -> None:
    settings = make_settings(tmp_path, sqlite_url, stable_seconds=1.0)
    service = IngestService(settings, open_store(settings)).start()
    try:
        path = settings.inbox_dir / "slow.pdf"
        data = corpus.tiny_pdf("slow scanner")
        with open(path, "wb") as fh:
            for i in range(0, len(data), 200):
                fh.write(data[i : i + 200])
                fh.flush()
                time.sleep(0.15)  # a writer slower than the stability check's period
                assert path.exists(), "taken while still being written"
        docs = _wait_for(settings.db_url, 1)
    finally:
        service.stop.set()
        service.join(10)
    assert len(docs) == 1 and docs[0].size == len(data) and docs[0].status == "received"
