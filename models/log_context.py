"""The ids a log line is about (document, job, order, ...), bound for a block of code.

It sits in ``models`` so every layer can bind and read it without importing ``api``: the
worker (``jobs.worker``) binds the job's document id, job id and kind around both phases of
every handler, so whatever a stage logs while a job runs names its document. How lines are
printed (JSON or text) is the processes' business (``jobs.logs``), which copies this context
onto each record with ``ContextFilter``.

Three ways to name what a line concerns:

- ``with log_context(document_id=..., job_id=...):`` binds ids for everything logged inside
  (a ``contextvars`` variable, so threads and async tasks each keep their own);
- ``for_document(log, document_id)`` gives a logger adapter for one document;
- plain ``log.info(..., extra={"document_id": ...})``.
"""

from __future__ import annotations

import contextlib
import contextvars
import logging
from collections.abc import Iterator, MutableMapping
from typing import Any

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
