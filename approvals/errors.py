"""Typed review errors; the API and the CLI map them through ``models.errors``."""

from models import errors


class ReviewError(errors.OrderdeskError):
    pass


class NotFound(ReviewError, errors.NotFound):
    pass


class InvalidState(ReviewError, errors.Conflict):
    pass


class NotAllowed(ReviewError, errors.Forbidden):
    pass


class InvalidInput(ReviewError, errors.InvalidInput):
    pass
