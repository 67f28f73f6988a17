"""Watches one inbox: watchdog events, a scan at start-up for files that arrived while we
were down, and a periodic rescan because network shares drop events. In polling mode
(NFS/SMB, where events never come) it only scans, every ``poll_interval_seconds``.

A file is taken only once its size and mtime have stayed put for ``stable_seconds``
(paperless-ngx's consumer does the same): a scanner still writing is left alone, and so
are temporary names (``.part``, ``~$…``, ``.tmp``), hidden files and excluded sub-folders.
"""

from __future__ import annotations

import fnmatch
import logging
import os
import threading
import time
from pathlib import Path

from watchdog.events import FileSystemEvent, FileSystemEventHandler
from watchdog.observers import Observer

from ingest.intake import Intake
from models.settings.ingest import InboxSettings

log = logging.getLogger("orderdesk.watcher")

TEMPORARY_SUFFIXES = (".part", ".tmp", ".temp", ".crdownload", ".partial", ".swp", ".filepart")


def ignore_reason(path: Path) -> str | None:
    """Why a file name is left alone (hidden, temporary, our own side file), or None."""
    name = path.name
    if name.startswith("."):
        return "hidden file"
    if name.startswith(("~$", "~")) or name.lower().endswith(TEMPORARY_SUFFIXES):
        return "temporary file (still being written, or an editor's lock)"
    if name.endswith(".reason.txt"):
        return "orderdesk's own quarantine note"
    if name in ("Thumbs.db", "desktop.ini"):
        return "system file"
    return None


def is_candidate(path: Path) -> bool:
    """A file name that is not hidden, temporary or one of our own side files."""
    return ignore_reason(path) is None


class _Events(FileSystemEventHandler):
    def __init__(self, watcher: InboxWatcher) -> None:
        self.watcher = watcher

    def on_any_event(self, event: FileSystemEvent) -> None:
        if event.is_directory:
            return
        for raw in (event.src_path, getattr(event, "dest_path", "")):
            if raw:
                self.watcher.notice(Path(os.fsdecode(raw)))


class InboxWatcher:
    def __init__(
        self,
        intake: Intake,
        inbox: Path,
        *,
        channel: str = "folder",
        config: InboxSettings | None = None,
        recover: bool = True,
    ) -> None:
        self.intake = intake
        self.inbox = inbox
        self.config = config or InboxSettings(path=inbox, channel=channel)
        self.channel = self.config.channel
        self.recover = recover
        self.stop = threading.Event()
        self._pending: dict[Path, tuple[int, float, float]] = {}
        self._ignored: set[Path] = set()
        self._lock = threading.Lock()
        self.taken = 0
        self._failed = False

    # -- what belongs to this inbox --------------------------------------------------------
    def wanted(self, path: Path) -> bool:
        try:
            rel = path.relative_to(self.inbox)
        except ValueError:
            return False
        folders = rel.parts[:-1]
        if folders and not self.config.recursive:
            return False
        if any(part.startswith(".") for part in folders):
            return False
        if self.config.kind == "mail" and "tmp" in folders:
            return False  # Maildir delivery in progress
        if self._excluded(folders):
            return False
        return is_candidate(path)

    def _excluded(self, folders: tuple[str, ...]) -> bool:
        for pattern in self.config.exclude:
            pattern = pattern.strip("/")
            for i in range(1, len(folders) + 1):
                if fnmatch.fnmatch("/".join(folders[:i]), pattern) or fnmatch.fnmatch(
                    folders[i - 1], pattern
                ):
                    return True
        return False

    def notice(self, path: Path) -> None:
        if not self.wanted(path):
            self._log_ignored(path)
            return
        with self._lock:
            self._pending.setdefault(path, (-1, -1.0, time.monotonic()))

    def _log_ignored(self, path: Path) -> None:
        """One log line per ignored file of the inbox (rescans and repeated events do not
        repeat it), so an operator who wonders why a file stays put finds the answer."""
        why = ignore_reason(path)
        if why is None or path in self._ignored:
            return
        try:
            path.relative_to(self.inbox)
        except ValueError:
            return
        if len(self._ignored) >= 10_000:  # a folder full of temp files: keep memory bounded
            self._ignored.clear()
        self._ignored.add(path)
        log.info("ignoring %s in %s: %s", path.name, self.inbox, why)

    def scan(self) -> None:
        for root, dirs, files in os.walk(self.inbox):
            base = Path(root)
            if not self.config.recursive:
                dirs[:] = []
            else:
                dirs[:] = [d for d in dirs if self.wanted(base / d / "x")]
            for name in files:
                self.notice(base / name)

    # -- the loop ---------------------------------------------------------------------------
    def run_forever(self) -> None:
        settings = self.intake.settings.ingest
        self.inbox.mkdir(parents=True, exist_ok=True)
        if self.recover:
            self.intake.recover_staged()
        observer = None
        if not self.config.polling:
            observer = Observer()
            observer.schedule(_Events(self), str(self.inbox), recursive=self.config.recursive)
            observer.start()
        period = settings.poll_interval_seconds if self.config.polling else settings.rescan_seconds
        log.info(
            "watching %s (channel %s%s)",
            self.inbox,
            self.channel,
            ", polling" if self.config.polling else "",
        )
        try:
            self.scan()
            last_scan = time.monotonic()
            while not self.stop.is_set():
                if time.monotonic() - last_scan >= period:
                    if self._failed:  # an intake broke off after staging: finish it
                        self._failed = False
                        self.intake.recover_staged()
                    self.scan()
                    last_scan = time.monotonic()
                self.take_stable(settings.stable_seconds)
                self.stop.wait(min(0.25, max(settings.stable_seconds / 4, 0.05)))
        finally:
            if observer is not None:
                observer.stop()
                observer.join(timeout=5)

    def take_stable(self, stable_seconds: float) -> None:
        now = time.monotonic()
        with self._lock:
            pending = list(self._pending.items())
        for path, (size, mtime, since) in pending:
            if self.stop.is_set():
                return
            try:
                st = path.stat()
            except (FileNotFoundError, NotADirectoryError):
                with self._lock:
                    self._pending.pop(path, None)
                continue
            if (st.st_size, st.st_mtime) != (size, mtime):
                with self._lock:
                    self._pending[path] = (st.st_size, st.st_mtime, now)
                continue
            if now - since < stable_seconds:
                continue
            with self._lock:
                self._pending.pop(path, None)
            try:
                self.intake.take_file(
                    path, channel=self.channel, split_batches=self.config.split_batches
                )
                self.taken += 1
            except FileNotFoundError:
                continue  # taken by another watcher, or removed by the operator
            except Exception:  # never let one file stop the watcher; it stays for a retry
                log.exception("could not take %s; will retry", path.name)
                self._failed = True
                self.notice(path)
