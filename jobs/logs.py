"""How orderdesk's processes print their logs: readable lines by default, JSON lines with
``ORDERDESK_LOG_JSON=1``.

The ids a line is about (document, job, order, ...) come from ``models.log_context`` (bound
by the worker around every job, or given as ``extra``); the JSON formatter writes them as
fields (``document_id``, ``job_id``, ...), the text formatter appends them as
``[document_id=12 job_id=40]`` so grep finds them either way.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import sys
from typing import IO, Any

from models.log_context import CONTEXT_KEYS, ContextFilter


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
