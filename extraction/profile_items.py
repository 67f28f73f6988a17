"""A known sender's line lifted because two sources say the same of it (issue 24).

Arithmetic alone does not make a line right: on the dev streams lines whose quantity x price
was their amount and whose amounts summed to the net were still wrong in their words (a
description cut before its last words, a unit read on a carriage line that has none). So a
line is lifted here only when

- the sender's profile predicted its words: a line with the very same description and unit
  was approved on one of the sender's earlier documents (``SenderProfile.items``, taught by
  ``learning.teach``), its code (if any) of the very shape of a code the sender's approved
  lines had (the same code, or another item's: senders print the same goods under other
  codes), no approved description of the sender starting with this one (a line whose last
  words, a variant printed under it, were missed would read as the shorter item), and
- the page confirms its figures: its quantity x price is its amount (or its row's printed
  discount closes it), and the document's amounts sum to a net total the page shows sure.

Each lift is recorded under ``CONFIRMED`` + ``line:N`` in ``profile_cells`` (cell
``confirmed|item``) so the replay and refits can count how often such lines were right.
"""

from __future__ import annotations

from collections.abc import Collection
from decimal import Decimal, InvalidOperation

from extraction import trace
from extraction.result import CENT, LineItem

# how many of a sender's approved items are remembered (the latest kept)
MAX_ITEMS = 300
# the least a lift's record must prove before it lifts anything (the line gate)
CONFIRMED_LINE = 0.9
# how sure the document's own checks must have left the line: no more likely wrong
FROM = 0.8
CONFIRMED = "confirmed:"
ITEM_CELL = "confirmed|item"


def collapsed(value: object) -> str:
    """A line's part as an item key holds it: spaces collapsed, none as empty."""
    return " ".join(str(value or "").split())


def item_key(sku: object, description: object, unit: object) -> str:
    """One line's words as approved: code, description and unit, spaces collapsed."""
    return "\t".join(collapsed(v) for v in (sku, description, unit))


def item_parts(item: str) -> tuple[str, str, str]:
    """The code, description and unit of an ``item_key``."""
    sku, description, unit = [*item.split("\t"), "", ""][:3]
    return sku, description, unit


def taught_items(items: list[str], approved_lines: list[dict[str, str]]) -> list[str]:
    """The sender's known items once ``approved_lines`` are approved (latest last)."""
    new = [item_key(w.get("sku"), w.get("description"), w.get("unit")) for w in approved_lines]
    kept = [i for i in items if i not in new] + list(dict.fromkeys(new))
    return kept[-MAX_ITEMS:]


def amount(text: str | None) -> Decimal | None:
    """A normalised amount ("54.00") as a Decimal; None when absent or not one."""
    try:
        return Decimal(text) if text is not None else None
    except (InvalidOperation, ValueError):
        return None


def sums_to(lines: list[LineItem], net: str | None) -> bool:
    """Do the lines' amounts, every line having one, sum to the net total to the cent?"""
    totals = [amount(line.line_total) for line in lines]
    expected = amount(net)
    if expected is None or any(t is None for t in totals):
        return False
    return abs(sum(t for t in totals if t is not None) - expected) <= CENT


def _shape(code: str) -> str:
    """A code's characters as classes: upper, lower, digit; the rest as printed."""
    return "".join(
        "A" if c.isupper() else "a" if c.islower() else "9" if c.isdigit() else c for c in code
    )


def predicted(items: Collection[str], line: LineItem) -> bool:
    """Did the sender's approved items predict the line's words (see the module's doc)?"""
    sku, description, unit = item_parts(item_key(line.sku, line.description, line.unit))
    if not description:
        return False
    known = [item_parts(i) for i in items]
    same = [s for s, d, u in known if d == description and u == unit]
    # printed with a code, or without, as the same goods were approved
    if not any(bool(s) == bool(sku) for s in same):
        return False
    if any(d != description and d.startswith(description) for _s, d, _u in known):
        return False
    return _shape(sku) in {_shape(s) for s, _d, _u in known}


def confirm(
    items: Collection[str],
    lines: list[LineItem],
    net: str | None,
    net_sure: bool,
    discounted: Collection[int],
    record: float = 0.0,
) -> dict[str, str]:
    """Lift each line whose words the sender's approved items predicted and whose figures
    the page's arithmetic confirms to ``record``, the 95 % lower bound of how often such
    lines were right on approved documents (``ITEM_CELL`` of the profile calibration),
    once that proves the line gate (``CONFIRMED_LINE``): until then each such line is only
    recorded. Returns the cell of each such line."""
    if not items or not lines or not net_sure or not sums_to(lines, net):
        return {}
    cells = {}
    for i, line in enumerate(lines):
        if line.source != "text" or line.is_guess or line.reading_cap < CONFIRMED_LINE:
            continue
        if line.confidence < FROM:
            continue
        if not (line.multiplies() or id(line) in discounted):
            continue
        if not predicted(items, line):
            continue
        cells[f"{CONFIRMED}line:{i}"] = ITEM_CELL
        lifted = min(record, line.reading_cap)
        if record >= CONFIRMED_LINE and line.confidence < lifted:
            line.confidence, before = lifted, line.confidence
            trace.note(f"line:{i}", "known item, arithmetic closes", line.confidence, before)
    return cells


def contradicted(items: Collection[str], line: LineItem) -> bool:
    """Did the sender approve the line's goods (its description, and its code where it has
    one) only with another unit? Its reading then goes against what clerks approved each
    time: a carriage line that has no unit read with the next column's "Units" (on B
    stream 2213 such a line, of goods the sender had not printed before, was lifted to
    0.98 by the line cell; this check holds it once clerks have approved it once)."""
    sku, description, unit = item_parts(item_key(line.sku, line.description, line.unit))
    if not description:
        return False
    same = [u for s, d, u in map(item_parts, items) if d == description and (s == sku or not sku)]
    return bool(same) and unit not in same
