"""The worker pool: N worker processes on this machine, kept at N until told to stop.

Workers are spawned processes (OCR is CPU bound; one tesseract thread each), every one
running ``jobs.worker.serve_worker`` with the handlers its ``WorkerSpec`` names. A worker
that dies is replaced and its job comes back once its lease runs out. On stop each worker
gets SIGTERM and finishes the job in flight; one that overstays ``WORKER_GRACE_SECONDS`` is
killed (its job is retried by another worker).
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import signal
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from jobs.worker import HandlerSet, serve_worker
from models.settings import Settings

log = logging.getLogger("orderdesk.pool")
WORKER_GRACE_SECONDS = 120


@dataclass(frozen=True)
class WorkerSpec:
    """What each worker process runs. Both are module-level functions, so a spawned child
    imports them by name: the parent need not import the stages at all."""

    handlers: Callable[[], HandlerSet]
    setup: Callable[[Settings], None] | None = None  # logging, say; run first in the child


def settings_env(settings: Settings) -> dict[str, str]:
    """The settings a child process must see even if they came from command-line options."""
    return {
        "ORDERDESK_DATA_DIR": str(settings.data_dir.resolve()),
        "ORDERDESK_DATABASE_URL": settings.db_url,
        "ORDERDESK_ARCHIVE_URL": settings.archive_location,
    }


def _worker_main(spec: WorkerSpec, env: dict[str, str], parent_pid: int) -> None:
    os.environ.update(env)
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")  # one tesseract thread per worker
    settings = Settings()
    if spec.setup is not None:
        spec.setup(settings)
    serve_worker(settings, spec.handlers(), parent_pid=parent_pid)


class WorkerPool:
    def __init__(self, settings: Settings, spec: WorkerSpec, size: int) -> None:
        self.settings = settings
        self.spec = spec
        self.size = size
        self.procs: list[Any] = []
        self._ctx = multiprocessing.get_context("spawn")

    def start(self) -> WorkerPool:
        self.procs.extend(self._spawn(i) for i in range(self.size))
        return self

    def _spawn(self, index: int) -> Any:
        proc = self._ctx.Process(
            target=_worker_main,
            args=(self.spec, settings_env(self.settings), os.getpid()),
            name=f"orderdesk-worker-{index}",
        )
        proc.start()
        return proc

    def supervise(self, stopping: threading.Event) -> None:
        """Replace any worker that died, until ``stopping`` is set."""
        while not stopping.wait(1.0):
            for i, proc in enumerate(self.procs):
                if not proc.is_alive():
                    log.warning("%s exited (%s); starting another", proc.name, proc.exitcode)
                    self.procs[i] = self._spawn(i)

    def stop(self) -> None:
        for proc in self.procs:
            if proc.is_alive() and proc.pid:
                os.kill(proc.pid, signal.SIGTERM)
        for proc in self.procs:
            proc.join(WORKER_GRACE_SECONDS)
            if proc.is_alive():
                log.warning(
                    "%s did not stop in time; killing it (its job will be retried)", proc.name
                )
                proc.kill()
                proc.join()


def run_pool(settings: Settings, spec: WorkerSpec, size: int) -> None:
    """``orderdesk worker``: a pool in the foreground until SIGTERM/SIGINT."""
    pool = WorkerPool(settings, spec, size).start()
    stopping = threading.Event()

    def _stop(_signum: int, _frame: object) -> None:
        stopping.set()

    signal.signal(signal.SIGTERM, _stop)
    signal.signal(signal.SIGINT, _stop)
    pool.supervise(stopping)
    pool.stop()
