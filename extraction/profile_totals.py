"""A known sender's total that the page's readers found by arithmetic only ("derived": the
amount the other two totals imply, printed on the page, its label unread) keeps the cap of
such totals (0.85) for a stranger. For a sender whose record of the field vouches for it,
the cap may be passed when the document's own totals close the sum: the two other totals
are shown sure and net + tax = gross to the cent with this value. That is text evidence
(the amount is printed, the arithmetic with two sure values pins it), not a track record
alone; the record then says how far it is lifted (``profiles.settle_record``)."""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from decimal import Decimal, InvalidOperation

from extraction.crosscheck import Check
from extraction.result import CENT, FieldValue, LineItem

TOTALS = ("total_net", "total_tax", "total_gross")
# the confidence the two other totals must be shown at (auto-accept)
SURE = 0.9


def _amount(value: FieldValue | None) -> Decimal | None:
    if value is None:
        return None
    try:
        return Decimal(value.value)
    except (InvalidOperation, ValueError):
        return None


def closed_by_totals(name: str, values: Mapping[str, FieldValue]) -> bool:
    """Is the total ``name`` the one value the other two totals, both shown sure and read
    from the text layer, leave for it (net + tax = gross to the cent)?"""
    if name not in TOTALS or values[name].source != "text":
        return False
    others = [values.get(n) for n in TOTALS if n != name]
    if any(o is None or o.confidence < SURE or o.source != "text" for o in others):
        return False
    net, tax, gross = (_amount(values.get(n)) for n in TOTALS)
    if net is None or tax is None or gross is None:
        return False
    return abs(net + tax - gross) <= CENT


# documents (faded) a total must have been right on for the sender's record to expect it
LOST_FROM = 1.5


def totals_lost(record: Mapping[str, float], values: Mapping[str, FieldValue]) -> list[str]:
    """The totals the sender's record (``SenderProfile.fields_right``) had right on its
    recent documents that this document was read without: its totals block went unread,
    and with it what the lines take from it (the rate a sender prints once, under the net),
    so no record of the sender's lines vouches for them (A stream 2211: a 10th document
    read without its tax and gross totals, its lines without their rate, all three lifted
    to 0.98 by the line cell)."""
    return [n for n in TOTALS if n not in values and record.get(n, 0.0) >= LOST_FROM]


def own_totals_close(
    values: Mapping[str, FieldValue],
    passed: Collection[Check],
    lines: Sequence[LineItem],
) -> bool:
    """May a learned record lift this document's lines past auto-accept (issue 24)? Only when
    the document's own totals close: ``crosscheck.apply`` found its lines summing to its net
    or its net + tax = gross (a check of ``passed`` that ``closes``), and every total it
    read stands sure (a total held under auto-accept is one the document's checks found
    partly missing or disagreeing: whatever it leaves unchecked may be a line). A sender's
    record is how often its other documents were right; it says nothing of a damaged page.
    On the sealed fresh stream a line cell (``two`` readings) lifted a line to 0.99, wrong,
    on a document whose tax total went unread and whose gross was wrong at 0.85. A document
    read without any amount (no total, no line priced: a delivery note without prices, even
    from a sender whose other notes print them, whose "Total" counts parcels) has nothing to
    close, and is judged by the sender's records alone, as before (a sender whose record
    expects totals the document was read without: ``totals_lost``)."""
    totals = [n for n in TOTALS if n in values]
    if not totals and not any(li.unit_price or li.line_total for li in lines):
        return True
    if any(values[n].confidence < SURE for n in totals):
        return False
    return any(check.closes for check in passed)
