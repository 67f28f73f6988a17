"""The root of every error orderdesk raises on purpose, and what each means outside.

An ``OrderdeskError`` carries:

- ``code``: a stable slug (quarantine reasons, metrics, the API's JSON);
- ``retryable``: whether trying again later may succeed. The worker retries such a job with
  backoff; any other job goes to the dead letters at once and its document to quarantine;
- ``exit_code``: what the ``orderdesk`` command exits with;
- ``http_status``: what the REST API answers.

Stages raise the category that fits (``InvalidInput``, ``NotFound``, ``Conflict``,
``Forbidden``, ``Unavailable``) or a subclass of their own, and never speak HTTP or exit
codes themselves: the worker (``jobs.worker``), the CLI (``api.cli.app``) and the API
(``api.app``) each map the error in one place. It lives in ``models`` because that is the
one package every stage may import.
"""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    OK = 0
    FAILED = 1  # refused: the state does not allow it, or a check found a problem
    BAD_INPUT = 2  # what was given cannot be used: a file, a query, an id that does not exist
    UNAVAILABLE = 3  # a program, service or store is missing or down: try again later


class OrderdeskError(Exception):
    """An error a person can act on; the message says what is wrong and what to do."""

    code: str = "failed"
    retryable: bool = False
    exit_code: int = ExitCode.FAILED
    http_status: int = 400


class InvalidInput(OrderdeskError):
    """What was given cannot be used as it is; trying it again will not help."""

    code = "invalid_input"
    exit_code = ExitCode.BAD_INPUT
    http_status = 422


class NotFound(OrderdeskError):
    code = "not_found"
    exit_code = ExitCode.BAD_INPUT
    http_status = 404


class Conflict(OrderdeskError):
    """The thing exists but its state does not allow this (already approved, released …)."""

    code = "invalid_state"
    http_status = 409


class Forbidden(OrderdeskError):
    code = "not_allowed"
    http_status = 403


class Unavailable(OrderdeskError):
    """Not the input's fault: a program, a service or the archive is missing or down."""

    code = "unavailable"
    retryable = True
    exit_code = ExitCode.UNAVAILABLE
    http_status = 503


# --- a document's bytes that cannot be read -----------------------------------------------
# Both readers raise these: ``einvoice`` (XML) and ``extraction`` (pages, which adds the
# kinds only pages have in ``extraction.errors``); one family, so whoever catches
# ``ExtractionError`` catches what either found.


class ExtractionError(InvalidInput):
    """The document cannot be read; ``code`` names why (quarantine reasons, metrics)."""

    code = "extraction_failed"
    retryable = False


class UnsupportedFormatError(ExtractionError):
    code = "unsupported_format"


class CorruptDocumentError(ExtractionError):
    code = "corrupt_document"
