"""What orderdesk's processes run besides the API: the worker pool over the flow's handlers,
the inbox watchers, and the periodic companions (audit seals, approvers' mail).

``api.process`` serves the API and puts these beside it (``orderdesk run``); ``orderdesk
worker`` and ``orderdesk watch`` run one each (``run_worker_pool``, ``run_watcher``) so they
can be spread over machines sharing a PostgreSQL database. A stop ends intake first, lets the
workers finish the job in flight, then closes the companions (the last audit head goes into
the archive).
"""

from __future__ import annotations

import contextlib
import logging
import signal
import threading
from collections.abc import Iterator
from typing import Any

from jobs.logs import setup_logging
from jobs.pool import WorkerPool, WorkerSpec, run_pool
from jobs.worker import HandlerSet
from models.settings import Settings

log = logging.getLogger("orderdesk")


def prepare(settings: Settings) -> None:
    """Folders and schema, so every entry point starts from a usable data folder."""
    from models.migrate import upgrade

    for folder in (settings.data_dir, settings.inbox_dir, settings.quarantine_dir):
        folder.mkdir(parents=True, exist_ok=True)
    upgrade(settings.db_url)


def pipeline_handlers() -> HandlerSet:
    """The flow's handlers, imported in the worker process only (see ``jobs.pool.WorkerSpec``)."""
    from flow.table import handler_set

    return handler_set()


def start_process(settings: Settings) -> None:
    """What each process that serves the API or runs workers does once, first: its logs, and
    the flow's watch on changes (a change to an archived document queues its new manifest in
    the transaction that records it: ``flow.table.watch_changes``). Worker processes are
    spawned, so each child runs this itself (``WorkerSpec.setup``)."""
    setup_logging(settings.log_json)
    from flow.table import watch_changes

    watch_changes()


WORKERS = WorkerSpec(handlers=pipeline_handlers, setup=start_process)


def start_watcher(settings: Settings) -> tuple[Any, threading.Thread]:
    """Start every configured inbox and IMAP account (``ingest.service``); ``.stop.set()`` on
    the first item stops them all, the thread ends once they have finished."""
    from archive.store import open_store
    from ingest.service import IngestService

    service = IngestService(settings, open_store(settings)).start()
    thread = threading.Thread(target=service.wait, name="ingest-service", daemon=True)
    thread.start()
    return service, thread


class Companions:
    """What runs periodically beside the API, in its process: the audit chain head's seal
    (``archive.periodic``) and approvers' mail with its escalations (``flow.notify``, SMTP).
    ``close`` seals the final head."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._closers: list[Any] = []

    def start(self) -> Companions:
        from archive.periodic import PeriodicSealer
        from flow.notify import PeriodicNotifier

        self._closers.append(PeriodicSealer(self.settings).start())
        self._closers.append(PeriodicNotifier(self.settings).start())
        return self

    def close(self) -> None:
        while self._closers:  # the notifier first, the sealer last
            self._closers.pop().close()


@contextlib.contextmanager
def background(settings: Settings, workers: int, stopping: threading.Event) -> Iterator[None]:
    """The worker pool and its supervisor, the inbox watchers and the companions, started in
    this order; on leaving (however it is left) ``stopping`` is set and they stop: intake
    first, then the workers finish their jobs, then the companions."""
    pool = WorkerPool(settings, WORKERS, workers)
    supervisor = threading.Thread(
        target=pool.supervise, args=(stopping,), name="supervisor", daemon=True
    )
    watcher, thread = None, None
    companions = Companions(settings)
    try:
        pool.start()
        supervisor.start()
        watcher, thread = start_watcher(settings)
        companions.start()
        yield
    finally:
        log.info("stopping: intake first, then workers finish their jobs")
        stopping.set()
        if supervisor.is_alive():
            supervisor.join(5)  # so it cannot restart a worker we are stopping
        if watcher is not None and thread is not None:
            watcher.stop.set()
            thread.join(30)
        pool.stop()
        companions.close()  # the last audit head goes into the archive
        log.info("stopped")


def run_worker_pool(settings: Settings, concurrency: int) -> None:
    setup_logging(settings.log_json)
    prepare(settings)
    run_pool(settings, WORKERS, concurrency)


def run_watcher(settings: Settings) -> None:
    setup_logging(settings.log_json)
    prepare(settings)
    service, thread = start_watcher(settings)
    signal.signal(signal.SIGTERM, lambda *_: service.stop.set())
    signal.signal(signal.SIGINT, lambda *_: service.stop.set())
    while thread.is_alive():
        thread.join(1.0)
