"""Everything that takes documents in, started and stopped as one: a watcher per configured
inbox and a poller per IMAP account, each in its own thread.

Staged files a crash left behind are recovered once, before any watcher starts, so two
threads never take the same staged file.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass, field
from pathlib import Path

from ingest.intake import Intake
from ingest.watcher import InboxWatcher
from models.settings import Settings
from models.settings.ingest import InboxSettings
from models.storage import ObjectStore

log = logging.getLogger("orderdesk.ingest")


def inbox_path(settings: Settings, inbox: InboxSettings) -> Path:
    """A relative inbox path is taken from the data folder (``inbox`` = ``data/inbox``)."""
    return inbox.path if inbox.path.is_absolute() else settings.data_dir / inbox.path


class StopSignal(threading.Event):
    """``service.stop.set()`` stops every watcher and poller (finishing the file in hand)."""

    def __init__(self) -> None:
        super().__init__()
        self.children: list[threading.Event] = []

    def set(self) -> None:
        super().set()
        for child in self.children:
            child.set()


@dataclass
class IngestService:
    settings: Settings
    store: ObjectStore
    watchers: list[InboxWatcher] = field(default_factory=list)
    pollers: list[object] = field(default_factory=list)
    threads: list[threading.Thread] = field(default_factory=list)
    stop: StopSignal = field(default_factory=StopSignal)

    def start(self) -> IngestService:
        intake = Intake(self.settings, self.store)
        intake.recover_staged()
        for cfg in self.settings.ingest.inboxes:
            watcher = InboxWatcher(
                intake, inbox_path(self.settings, cfg), config=cfg, recover=False
            )
            self.watchers.append(watcher)
            self.stop.children.append(watcher.stop)
            self._spawn(watcher.run_forever, f"inbox-{cfg.channel}")
        if self.settings.ingest.imap:
            from ingest.imap import ImapPoller

            for account in self.settings.ingest.imap:
                poller = ImapPoller(intake, account, stop=self.stop)
                self.pollers.append(poller)
                self._spawn(poller.run_forever, f"imap-{account.label}")
        return self

    def _spawn(self, target: object, name: str) -> None:
        thread = threading.Thread(target=target, name=name, daemon=True)  # type: ignore[arg-type]
        thread.start()
        self.threads.append(thread)

    def join(self, timeout: float = 30.0) -> None:
        for thread in self.threads:
            thread.join(timeout)

    def wait(self) -> None:
        """Block until stopped (for a thread that stands for the whole service)."""
        self.stop.wait()
        self.join()
