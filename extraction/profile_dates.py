"""A known sender's ambiguous dates read in its own order (issue 24).

"4/2/2026" reads two ways, and the page alone cannot say which (``resolve`` holds such a
value at ``UNCONFIRMED_CAP`` while the other reading is a candidate). A sender's software
prints every date of it one way: once its dates taught that order (a date with a day past
12, or an ambiguous one a clerk approved, ``profiles.locate``) and no date of it taught
the other, the value its hints read in that order is no more ambiguous than an
unambiguous one. It is then judged by the field's record like any other value
(``profiles.settle_record``): the order only removes the cap the ambiguity put on it, it
lifts nothing by itself. OCR readings are left alone (a misread digit is not an order).
"""

from __future__ import annotations

from collections.abc import Iterable

from extraction.fields import DATE_FIELDS


def sender_order(orders: Iterable[str | None]) -> str | None:
    """The one order the sender's date hints learned, None if none or both."""
    learned = {o for o in orders if o}
    return learned.pop() if len(learned) == 1 else None


def read_in_order(
    name: str,
    value: str,
    order: str | None,
    readings: Iterable[tuple[str | None, bool, str]],
) -> bool:
    """Did a text hint of the sender read ``value`` for date field ``name`` in the sender's
    own ``order``? ``readings``: per hint that read the field, the order it read in, whether
    by OCR, and the value it read."""
    if name not in DATE_FIELDS or order is None:
        return False
    return any(o == order and not ocr and v == value for o, ocr, v in readings)
