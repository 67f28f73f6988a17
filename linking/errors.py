"""Errors a person can act on; the API and the CLI map them through ``models.errors``."""

from __future__ import annotations

from models import errors


class LinkingError(errors.OrderdeskError):
    pass


class NotFound(LinkingError, errors.NotFound):
    pass


class InvalidState(LinkingError, errors.Conflict):
    pass


class InvalidInput(LinkingError, errors.InvalidInput):
    pass
