"""Running orderdesk as real processes in tests, and waiting on what they do."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TypeVar

from models.settings import Settings

T = TypeVar("T")
ORDERDESK = [sys.executable, "-m", "api.cli.main"]
REPO = Path(__file__).resolve().parents[2]


def env_for(settings: Settings, **extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        ORDERDESK_DATA_DIR=str(settings.data_dir),
        ORDERDESK_DATABASE_URL=settings.db_url,
        ORDERDESK_INGEST__STABLE_SECONDS="0.3",
        ORDERDESK_INGEST__POLL_SECONDS="0.2",
        OMP_THREAD_LIMIT="1",
        PYTHONUNBUFFERED="1",
    )
    env.update(extra)
    return env


@contextlib.contextmanager
def orderdesk(
    settings: Settings, *args: str, log: Path, **extra_env: str
) -> Iterator[subprocess.Popen[bytes]]:
    """Start ``orderdesk ARGS`` in its own process group; stop it with SIGTERM afterwards."""
    with open(log, "ab") as out:
        proc = subprocess.Popen(
            [*ORDERDESK, *args],
            cwd=REPO,
            env=env_for(settings, **extra_env),
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    try:
        yield proc
    finally:
        if proc.poll() is None:
            _signal_group(proc.pid, signal.SIGTERM)
            with contextlib.suppress(subprocess.TimeoutExpired):
                proc.wait(60)
        _signal_group(proc.pid, signal.SIGKILL)  # whatever is left of the group, children too
        proc.wait(10)


def _signal_group(pgid: int, sig: int) -> None:
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(pgid, sig)


def wait_for(probe: Callable[[], T | None], *, timeout: float = 60.0, what: str = "condition") -> T:
    """Poll until ``probe`` returns something truthy. Generous: tests must not fail on slowness."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = probe()
        if value:
            return value
        time.sleep(0.1)
    raise AssertionError(f"timed out after {timeout}s waiting for {what}")


def cli(settings: Settings, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*ORDERDESK, *args],
        cwd=REPO,
        env=env_for(settings),
        capture_output=True,
        text=True,
        timeout=300,
    )
