"""Line items read from the page's geometry and arithmetic alone (``grid_blocks`` finds the
item rows by their aligned numbers, ``grid_roles`` names the columns by quantity x price =
amount), for pages whose tables no header-led reader finds, or finds with arithmetic that
does not close.

Confidence: a row that its own arithmetic closes, in a block whose amounts add up to the
net total the page prints, has two independent confirmations (``SURE``); any other row is
a reading of the structure alone and is capped at ``UNCONFIRMED_CAP`` or below.
"""

from __future__ import annotations

import re
from decimal import Decimal

from extraction import repairs
from extraction.candidates.model import UNCONFIRMED_CAP
from extraction.layout import PageLayout, words_bbox
from extraction.parse.amounts import money_str, number_str
from extraction.profile_items import sums_to
from extraction.result import CENT, ExtractionResult, LineItem, Word
from extraction.tables.cells import Cell
from extraction.tables.grid_blocks import EDGE, Block, page_blocks
from extraction.tables.grid_roles import LEAD, Roles, assign, grid
from extraction.tables.net_sum import checked_net
from extraction.tables.unit_words import is_unit

# a line item's own code: letters and digits with at least one digit, or dotted digits
_CODE = re.compile(r"^[A-Z0-9][A-Za-z0-9\-/_.]*\d[A-Za-z0-9\-/_.]*$")
SURE = 0.92
# a row whose arithmetic does not close, in a block whose other rows do
UNCHECKED = 0.6


def _text_parts(cells: list[Cell]) -> tuple[str | None, str | None, str, bool]:
    """(code, unit, description, plain) of a row's text cells: a code-shaped first cell is
    the code when text follows it; a short unit word after the text is the unit. ``plain``
    when the row held one text cell besides those, nothing left to guess."""
    texts = [c for c in cells if not c.numeric]
    sku = None
    first = texts[0].text.split(" ") if texts else []
    if len(first) == 2 and first[0].isdigit() and len(first[0]) <= 3 and _CODE.match(first[1]):
        first = first[1:]  # the line number glued to the code ("1 4008080630011")
    if len(texts) >= 2 and len(first) == 1 and _CODE.match(first[0]):
        sku = first[0]
        texts = texts[1:]
    unit = None
    if len(texts) >= 2 and len(texts[-1].words) == 1 and is_unit(texts[-1].text):
        unit = texts[-1].text
        texts = texts[:-1]
    return sku, unit, " ".join(c.text for c in texts), len(texts) == 1


def _wrapped(under: list[list[Cell]], desc_x0: float | None) -> list[str]:
    """The text rows under an item row that continue its description: they start where it
    starts and hold one cell."""
    out = []
    for cells in under:
        if desc_x0 is None or len(cells) != 1 or abs(cells[0].x0 - desc_x0) > EDGE:
            break
        out.append(cells[0].text)
    return out


def _amounts(block: Block, roles: Roles) -> Decimal:
    cells = grid(block, roles.columns)
    return sum(
        (r[roles.line_total].number or Decimal(0) for r in cells if roles.line_total in r),
        Decimal(0),
    )


def _value(by_col: dict[int, Cell], k: int | None) -> Decimal | None:
    c = by_col.get(k) if k is not None else None
    return c.number if c is not None else None


def _block_lines(block: Block, roles: Roles, summed: bool) -> list[LineItem]:
    cells = grid(block, roles.columns)
    role_cols = {roles.quantity, roles.unit_price, roles.line_total, roles.discount}
    role_cols |= {roles.tax_rate, roles.line_no}
    out: list[LineItem] = []
    for i, (row, by_col) in enumerate(zip(block.rows, cells, strict=True)):
        stray = [c for k, c in by_col.items() if k not in role_cols and k != LEAD]
        text_cells = [c for c in row.cells if not c.numeric]
        if roles.quantity == LEAD and row.lead_rest is not None:
            text_cells = [row.lead_rest if c is row.lead_of else c for c in text_cells]
        sku, unit, desc, plain = _text_parts(text_cells)
        qcell = by_col.get(roles.quantity)
        if qcell is not None and qcell.unit and unit is None:
            unit = qcell.unit
        desc_cells = [c for c in text_cells[1 if sku else 0 :] if c.text != unit]
        wrapped = _wrapped(row.under, desc_cells[0].x0 if desc_cells else None)
        desc = " ".join([desc, *wrapped]).strip()

        qty, price, amount, rate = (
            _value(by_col, k)
            for k in (roles.quantity, roles.unit_price, roles.line_total, roles.tax_rate)
        )
        loose = block.loose_text
        if i in roles.closed and summed and plain and not stray and not loose and roles.basis == 1:
            conf = SURE
        elif i in roles.closed:
            conf = UNCONFIRMED_CAP
        else:
            conf = UNCHECKED
        words: list[Word] = [w for c in row.cells for w in c.words]
        line = LineItem(
            sku=sku,
            description=desc or None,
            quantity=number_str(abs(qty)) if qty is not None else None,
            unit=unit,
            # a price per 100 or 1000 units is no unit price
            unit_price=money_str(abs(price)) if price is not None and roles.basis == 1 else None,
            line_total=money_str(abs(amount)) if amount is not None else None,
            tax_rate=number_str(rate) if rate is not None else None,
            confidence=conf,
            page=block.page,
            bbox=words_bbox(words),
            source="ocr" if any(c.source == "ocr" for c in row.cells) else "text",
        )
        out.append(line if conf == SURE else line.capped(conf))
    return out


def grid_blocks(
    result: ExtractionResult, layouts: list[PageLayout]
) -> list[tuple[Roles, list[LineItem]]]:
    """Every block whose columns the arithmetic names, in page order, with its lines."""
    net = checked_net(result)
    found: list[tuple[Block, Roles]] = []
    for layout in layouts:
        for block in page_blocks(layout, result.language or "fr"):
            roles = assign(block)
            if roles is not None:
                found.append((block, roles))
    # the printed net speaks for the whole table: every block's amounts together
    total = sum((_amounts(b, r) for b, r in found), Decimal(0))
    summed = net is not None and abs(total - net) <= CENT
    return [(roles, _block_lines(block, roles, summed)) for block, roles in found]


def _sums_to_net(lines: list[LineItem], result: ExtractionResult) -> bool:
    """Do the amounts of the lines that print one add up to the checked net total?"""
    net = checked_net(result)
    amounts = [li for li in lines if li.line_total]
    return net is not None and sums_to(amounts, str(net))


def closed_rows(lines: list[LineItem]) -> int:
    """Lines whose quantity times unit price is their amount (``LineItem.multiplies``)."""
    return sum(li.multiplies() is True for li in lines)


def grid_if_better(
    chosen: list[LineItem], result: ExtractionResult, layouts: list[PageLayout]
) -> list[LineItem]:
    """The lines read by geometry where the readers led by header words found none, or
    found rows whose arithmetic does not close where these close and add up to the
    printed net; otherwise ``chosen``, its quantities and prices swapped back where the
    print tells them apart (``prices_by_print``)."""
    from extraction.tables.content import split_cells

    if not repairs.on("grid_tables"):
        return chosen
    blocks = grid_blocks(result, layouts)
    lines = [li for _roles, block_lines in blocks for li in block_lines]
    if not lines:
        return chosen
    if not chosen:
        return split_cells(lines)
    sure = sum(li.confidence >= SURE for li in lines)
    if sure == len(lines) and (
        closed_rows(chosen) < min(len(chosen), sure) or not _sums_to_net(chosen, result)
    ):
        return split_cells(lines)  # rows that close and add up to the net, the others not
    told = [li for roles, block_lines in blocks if roles.by_print for li in block_lines]
    return prices_by_print(chosen, told)


def prices_by_print(chosen: list[LineItem], told: list[LineItem]) -> list[LineItem]:
    """``chosen`` with a row's quantity and unit price swapped back where the geometry
    reading of the same row (same amount) reads them the other way round and its column
    of prices prints cents where the quantities print none: quantity x price = amount
    holds both ways, only the print tells which is which."""
    by_amount: dict[str | None, list[LineItem]] = {}
    for li in told:
        by_amount.setdefault(li.line_total, []).append(li)
    out = []
    for li in chosen:
        twins = by_amount.get(li.line_total, []) if li.line_total else []
        if (
            len(twins) == 1
            and li.quantity is not None
            and li.unit_price is not None
            and twins[0].quantity is not None
            and twins[0].unit_price is not None
            and Decimal(twins[0].quantity) == Decimal(li.unit_price)
            and Decimal(twins[0].unit_price) == Decimal(li.quantity)
            and li.quantity != li.unit_price
        ):
            li = li.model_copy(
                update={"quantity": twins[0].quantity, "unit_price": twins[0].unit_price}
            )
        out.append(li)
    return out
