"""The one wrapper around the schematron engine's process (``saxon_server``).

Each worker process starts its own engine on first use (``subprocess`` fork+exec: the
engine never lives inside a forked worker) and keeps it: stylesheets are compiled once,
then a document takes milliseconds. Every request has a deadline; an engine that misses it
or dies is killed and the next request starts a new one. Every request carries a number the
engine echoes: an answer to an earlier request (one that arrived after its deadline) is never
taken for the current one. A process forked from one that already had an engine leaves that
engine to its parent and starts its own.
"""

from __future__ import annotations

import atexit
import contextlib
import json
import os
import selectors
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import IO, Any

from models.errors import Unavailable

MODULE = "einvoice.validation.saxon_server"
ROOT = Path(__file__).resolve().parents[2]  # the folder holding the ``einvoice`` package


class SchematronError(Unavailable):
    """The rules could not be run; the message says why in words an operator can act on."""

    code = "schematron_unavailable"


class SchematronTimeout(SchematronError):
    pass


class Engine:
    def __init__(self, module: str = MODULE) -> None:
        self._module = module
        self._asked = 0  # the number of the last request sent
        self._lock = threading.Lock()
        self._proc: subprocess.Popen[bytes] | None = None
        self._stderr: IO[bytes] | None = None
        self._owner = os.getpid()
        self._buffer = b""

    @property
    def pid(self) -> int | None:
        return self._proc.pid if self._proc is not None else None

    def run(
        self, stylesheets: list[Path], xml: str, *, timeout: float
    ) -> list[list[dict[str, Any]] | SchematronError]:
        """For each stylesheet, in order, the SVRL findings of it applied to ``xml`` (the
        document as text), or the error that kept it from running. The deadline covers the
        whole request; missing it, or the engine dying, raises for all of them."""
        names = ", ".join(s.name for s in stylesheets)
        with self._lock:
            if self._owner != os.getpid():  # forked: the engine we see is our parent's
                self._abandon()
            self._asked += 1
            request = json.dumps(
                {"id": self._asked, "stylesheets": [str(s) for s in stylesheets], "xml": xml}
            )
            deadline = time.monotonic() + timeout
            try:
                answer = self._ask(request.encode() + b"\n", deadline, names, timeout)
            except BaseException:
                self.stop(kill=True)  # whatever stopped us, the engine may still owe an answer
                raise
            if answer.get("ok") and len(answer.get("results", ())) != len(stylesheets):
                self.stop(kill=True)
                raise SchematronError(
                    f"the schematron engine answered {len(answer['results'])} results for "
                    f"{len(stylesheets)} rule sets ({names}); it was restarted"
                )
        if not answer.get("ok"):
            raise SchematronError(f"the rules of {names} failed: {answer.get('error')}")
        return [
            list(r["findings"])
            if r.get("ok")
            else SchematronError(f"the rules of {sheet.name} failed: {r.get('error')}")
            for sheet, r in zip(stylesheets, answer["results"], strict=True)
        ]

    def _ask(self, request: bytes, deadline: float, name: str, timeout: float) -> dict[str, Any]:
        proc = self._ensure()
        assert proc.stdin is not None and proc.stdout is not None
        try:
            proc.stdin.write(request)
            proc.stdin.flush()
        except (BrokenPipeError, OSError):
            raise self._died(f"while {name} was sent to it") from None
        while True:
            line = self._read_line(proc, deadline)
            if line is None:
                self.stop(kill=True)  # busy on the late request: it would not read its input
                raise SchematronTimeout(
                    f"the rules of {name} took longer than {timeout:g} s and were stopped "
                    "(ORDERDESK_EXTRACTION__XML_VALIDATION_TIMEOUT_SECONDS)"
                )
            if not line:
                raise self._died(f"while it checked {name}")
            answer = dict(json.loads(line))
            if answer.get("id") == self._asked:
                return answer
            # a late answer to an earlier request: not ours, keep waiting for ours

    def _ensure(self) -> subprocess.Popen[bytes]:
        if self._proc is not None and self._proc.poll() is None:
            return self._proc
        self.stop()
        # kept open while the engine runs, closed by stop()
        self._stderr = tempfile.TemporaryFile(prefix="orderdesk-saxon-")  # noqa: SIM115
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH")) if p)
        self._proc = subprocess.Popen(
            [sys.executable, "-m", self._module],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self._stderr,
            env=env,
            close_fds=True,
        )
        self._owner, self._buffer = os.getpid(), b""
        return self._proc

    def _read_line(self, proc: subprocess.Popen[bytes], deadline: float) -> bytes | None:
        """One answer line; b"" when the engine closed its output, None past the deadline."""
        assert proc.stdout is not None
        fd = proc.stdout.fileno()
        with selectors.DefaultSelector() as sel:
            sel.register(fd, selectors.EVENT_READ)
            while b"\n" not in self._buffer:
                left = deadline - time.monotonic()
                if left <= 0 or not sel.select(left):
                    return None
                chunk = os.read(fd, 1 << 16)
                if not chunk:
                    return b""
                self._buffer += chunk
        line, _, self._buffer = self._buffer.partition(b"\n")
        return line

    def _died(self, when: str) -> SchematronError:
        detail = self._stderr_tail()
        code = self._proc.poll() if self._proc is not None else None
        self.stop()
        return SchematronError(
            f"the schematron engine stopped {when} (exit {code})"
            + (f": {detail}" if detail else "")
        )

    def _stderr_tail(self) -> str:
        if self._stderr is None:
            return ""
        try:
            self._stderr.seek(0)
            lines = self._stderr.read().decode("utf-8", "replace").strip().splitlines()
        except OSError:
            return ""
        return " ".join(lines[-3:])[-500:]

    def stop(self, *, kill: bool = False) -> None:
        """End the engine (closing its input is enough; it is killed if it lingers)."""
        proc, self._proc = self._proc, None
        if proc is not None:
            if kill:
                proc.kill()
            with contextlib.suppress(OSError):
                if proc.stdin is not None:
                    proc.stdin.close()
            try:
                proc.wait(timeout=2)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
            if proc.stdout is not None:
                proc.stdout.close()
        if self._stderr is not None:
            self._stderr.close()
            self._stderr = None
        self._buffer = b""

    def _abandon(self) -> None:
        """In a forked child: drop the parent's engine without touching the process, and
        close our copies of its pipes so it still sees its input end when the parent's does."""
        proc = self._proc
        if proc is not None:
            _ABANDONED.append(proc)  # never waited on, never killed: it is not ours
            for stream in (proc.stdin, proc.stdout):
                if stream is not None:
                    with contextlib.suppress(OSError, ValueError):
                        stream.close()  # our copy of the descriptor only
        self._proc, self._stderr, self._buffer = None, None, b""
        self._owner = os.getpid()


_ABANDONED: list[Any] = []
ENGINE = Engine()


def _after_fork() -> None:
    ENGINE._lock = threading.Lock()  # a lock held by another thread at fork stays held
    ENGINE._abandon()


os.register_at_fork(after_in_child=_after_fork)
atexit.register(ENGINE.stop)
