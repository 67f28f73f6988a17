"""Typed review errors; the API maps them to 404 / 409 / 403 / 422 with their message."""


class ReviewError(Exception):
    status_code = 400


class NotFound(ReviewError):
    status_code = 404


class InvalidState(ReviewError):
    status_code = 409


class NotAllowed(ReviewError):
    status_code = 403


class InvalidInput(ReviewError):
    status_code = 422
