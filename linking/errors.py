"""Errors a person can act on; ``status_code`` is what the REST API answers with."""

from __future__ import annotations


class LinkingError(Exception):
    status_code = 400


class NotFound(LinkingError):
    status_code = 404


class NotAllowed(LinkingError):
    """The action needs someone with another role (an approver)."""

    status_code = 403


class InvalidState(LinkingError):
    status_code = 409


class InvalidInput(LinkingError):
    status_code = 422
