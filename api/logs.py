"""Logging set-up: readable lines by default, JSON lines with ``ORDERDESK_LOG_JSON=1``.

Every line about a document carries its id, whichever module logs it, in one of three ways:

- ``with log_context(document_id=..., job_id=...):`` binds ids for everything logged inside
  (a ``contextvars`` variable, so threads and async tasks each keep their own);
- ``for_document(log, document_id)`` gives a logger adapter for one document;
- plain ``log.info(..., extra={"document_id": ...})`` (modules that must not import ``api``,
  such as ``ingest``, use this).

The JSON formatter writes those ids as fields (``document_id``, ``job_id``, ...); the text
formatter appends them as ``[document_id=12 job_id=40]`` so grep finds them either way.
"""

from __future__ import annotations

import contextlib
import contextvars
import datetime as dt
import functools
import json
import logging
import sys
from collections.abc import Callable, Iterator, MutableMapping
from typing import IO, Any, TypeVar, cast

# fields a line may carry about what it concerns, in the order they are printed
CONTEXT_KEYS = ("document_id", "job_id", "job_kind", "order_id", "worker_id", "actor")

_context: contextvars.ContextVar[dict[str, Any] | None] = contextvars.ContextVar(
    "orderdesk_log_context", default=None
)


def current_context() -> dict[str, Any]:
    return dict(_context.get() or {})


@contextlib.contextmanager
def log_context(**fields: Any) -> Iterator[None]:
    """Bind ids to every log line emitted inside the block (nested blocks add to it)."""
    token = _context.set(current_context() | {k: v for k, v in fields.items() if v is not None})
    try:
        yield
    finally:
        _context.reset(token)


H = TypeVar("H", bound=Callable[..., Any])


def job_logging(handler: H) -> H:
    """Wrap a two-phase job handler (see ``jobs.worker``) so both its compute phase and its
    ``apply`` phase log with the job's document id, job id and kind."""

    @functools.wraps(handler)
    def run(job: Any, settings: Any) -> Any:
        ids = {"document_id": job.document_id, "job_id": job.id, "job_kind": job.kind}
        with log_context(**ids):
            apply = handler(job, settings)
        if apply is None:
            return None

        def apply_logged(session: Any) -> None:
            with log_context(**ids):
                apply(session)

        return apply_logged

    return cast(H, run)


class DocumentLogger(logging.LoggerAdapter[logging.Logger]):
    """A logger whose every line names one document (and whatever else it was given)."""

    def process(
        self, msg: Any, kwargs: MutableMapping[str, Any]
    ) -> tuple[Any, MutableMapping[str, Any]]:
        kwargs["extra"] = dict(self.extra or {}) | dict(kwargs.get("extra") or {})
        return msg, kwargs


def for_document(logger: logging.Logger, document_id: int | None, **more: Any) -> DocumentLogger:
    return DocumentLogger(logger, {"document_id": document_id, **more})


class ContextFilter(logging.Filter):
    """Copies the bound context onto each record (an explicit ``extra`` wins)."""

    def filter(self, record: logging.LogRecord) -> bool:
        for key, value in (_context.get() or {}).items():
            if not hasattr(record, key):
                setattr(record, key, value)
        return True


def _fields(record: logging.LogRecord) -> dict[str, Any]:
    return {k: getattr(record, k) for k in CONTEXT_KEYS if getattr(record, k, None) is not None}


class JsonFormatter(logging.Formatter):
    """One JSON object per line: ts (UTC, ISO 8601), level, logger, msg, ids, exc."""

    def format(self, record: logging.LogRecord) -> str:
        out: dict[str, Any] = {
            "ts": dt.datetime.fromtimestamp(record.created, dt.UTC).isoformat(
                timespec="milliseconds"
            ),
            "level": record.levelname.lower(),
            "logger": record.name,
            "msg": record.getMessage(),
        }
        out |= _fields(record)
        if record.exc_info:
            out["exc"] = self.formatException(record.exc_info)
        return json.dumps(out, ensure_ascii=False, default=str)


class TextFormatter(logging.Formatter):
    def __init__(self) -> None:
        super().__init__("%(asctime)s %(levelname)s %(name)s: %(message)s")

    def format(self, record: logging.LogRecord) -> str:
        line = super().format(record)
        fields = _fields(record)
        if not fields:
            return line
        tag = " ".join(f"{k}={v}" for k, v in fields.items())
        head, sep, rest = line.partition("\n")  # keep a traceback below the tagged line
        return f"{head} [{tag}]{sep}{rest}"


def setup_logging(
    json_lines: bool = False, level: int = logging.INFO, stream: IO[str] | None = None
) -> None:
    handler = logging.StreamHandler(stream or sys.stderr)
    handler.setFormatter(JsonFormatter() if json_lines else TextFormatter())
    handler.addFilter(ContextFilter())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    logging.getLogger("watchdog").setLevel(logging.WARNING)
    logging.getLogger("pdfminer").setLevel(logging.WARNING)
