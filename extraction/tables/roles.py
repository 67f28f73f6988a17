"""Which column is which: every assignment of quantity, unit price, discount and amount to
the numeric columns is scored by the rows whose arithmetic it makes true, plus the labels
it agrees with; text columns are told apart by their content (codes, words, units)."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from decimal import Decimal

from extraction.lines import VAT_RATES
from extraction.parse.amounts import CURRENCY_MARKS
from extraction.parse.rates import RATE_PERCENT_SPACED
from extraction.parse.text import fold
from extraction.result import CENT
from extraction.tables.cells import Cell
from extraction.tables.columns import Column
from extraction.tables.money_shape import price_by_print
from extraction.tables.unit_rows import unit_column, unit_column_beside_counts
from extraction.tables.unit_words import is_unit

_QTY_LABELS = {"quantity", "shipped", "ordered"}
_RATE_IN_WORDS = RATE_PERCENT_SPACED
_DASH_OR_NUMBER = re.compile(r"^(?:[-–—]+|\d+(?:[.,]\d+)?)$")


@dataclass
class Reading:
    """The roles chosen for a table, and how well its rows check out under them."""

    roles: dict[int, str]  # column index -> role
    checked_rows: int  # rows whose quantity x price (less discount) is their amount
    priced_rows: int  # rows with quantity, price and amount all read
    label_agreement: int
    label_conflict: int
    # column index -> the number of units its price is for, as its label says ("Prix /
    # 100", "Price per 1000")
    bases: dict[int, Decimal] = field(default_factory=dict)
    # the code column chosen over a bar-code or customer column beside it, or the code
    # read beside a bar code in its cell ("lead" / "tail"): code_columns.py
    code_moved: bool = False
    code_guessed: bool = False  # the code column told by its cells' shapes alone (read.py)
    barcode_at: str | None = None


# a label naming the number of units a price is for: "Prix / 100", "P.U. pour 100",
# "Prix les 100", "Price per 1000", "Per 100"
_BASE = re.compile(r"(?:/|\bper|\bpour|\bles|\bpar|\bje|\bpro|\bal)\s*(100|1000)\b")


_TAX_CODE = re.compile(r"\b(?:tva|vat|tax|taxe|mwst|iva|gst)\b")


def price_base(col: Column) -> Decimal | None:
    """The number of units the column's prices are for, when its label names one."""
    m = _BASE.search(fold(col.label_text))
    return Decimal(m.group(1)) if m else None


# the quantity printed at the start of the row's text ("5 x Oil filter"), where the
# table has no quantity column: scored as if it were one
TEXT_QUANTITY = -2
# after the item's code, when the code is printed in the same cell ("4002257682541 25 x ...")
_TIMES = re.compile(r"^(?:[A-Z0-9][\w\-/.]*\d[\w\-/.]*\s+)?(\d+(?:[.,]\d+)?)\s*[x×]\s+\S")


def _text_quantity(row: dict[int, Cell]) -> Decimal | None:
    for _k, cell in sorted(row.items()):
        if not cell.numeric:
            m = _TIMES.match(cell.text)
            if m:
                return Decimal(m.group(1).replace(",", "."))
    return None


def _value(row: dict[int, Cell], col: int | None) -> Decimal | None:
    if col == TEXT_QUANTITY:
        return _text_quantity(row)
    if col is None or col not in row:
        return None
    return row[col].number


def prices_out(
    qty: Decimal | None, price: Decimal | None, total: Decimal | None, disc: Decimal | None
) -> bool | None:
    """Does the row's arithmetic hold (None: it cannot be checked)? A discount is a
    percentage off the gross amount, or an amount taken off it."""
    if qty is None or price is None or total is None:
        return None
    gross = qty * price
    candidates = [gross]
    if disc is not None:
        candidates += [gross * (1 - disc / 100), gross - disc]
    tol = max(CENT, abs(total) * Decimal("0.0005"))
    return any(abs(abs(c) - abs(total)) <= tol for c in candidates)


def counts_up(values: list[Decimal | None]) -> bool:
    got = [v for v in values if v is not None]
    return len(got) >= 2 and got == [Decimal(i) for i in range(1, len(got) + 1)]


def numbers_positions(values: list[Decimal | None]) -> bool:
    """Whole numbers counting up by 1 or by 10 from anywhere (a table continued on a
    page: 21, 22, 23; an ERP's positions: 10, 20, 30)."""
    got = [v for v in values if v is not None]
    if len(got) < 2 or any(v != v.to_integral_value() for v in got):
        return False
    step = got[1] - got[0]
    return step in (1, 10) and all(b - a == step for a, b in itertools.pairwise(got))


def _rates(col: Column) -> bool:
    nums = [c for c in col.cells if c.numeric]
    if not nums:
        return False
    return (
        all(c.percent or c.number in VAT_RATES for c in nums) and any(c.percent for c in nums)
    ) or _vat_named(col)


def _vat_named(col: Column) -> bool:
    """A column its labels name a VAT rate (among others) whose every number is one."""
    nums = [c.number for c in col.cells if c.numeric]
    return "tax_rate" in col.label_roles and bool(nums) and all(n in VAT_RATES for n in nums)


def _percent(col: Column) -> bool:
    return any(c.percent for c in col.cells)


_NET = re.compile(r"\bnett?o?\b")


def _net_named(col: Column) -> bool:
    """A price column its label calls net ("Prix net", "Net price", "P.U. net")."""
    return "unit_price" in col.label_roles and bool(_NET.search(fold(col.label_text)))


def assign(cols: list[Column], rows: list[dict[int, Cell]], doc_type: str) -> Reading:
    numeric = [i for i, c in enumerate(cols) if c.numeric]
    fixed: dict[int, str] = {}
    # a price for 100 or 1000 units, as its label says: its arithmetic divides by them
    bases = {i: b for i in numeric if (b := price_base(cols[i])) is not None}
    for i in numeric:
        col = cols[i]
        values = [_value(r, i) for r in rows]
        if "discount" in col.label_roles and not _vat_named(col):
            pass  # a discount printed as a percentage is not a VAT rate
        elif _rates(col):
            fixed[i] = "tax_rate"
        elif (counts_up(values) and i == min(numeric) and not col.label_roles & _QTY_LABELS) or (
            # labelled so, positions may count from where the page before stopped (36, 37)
            "line_no" in col.label_roles and numbers_positions(values)
        ):
            fixed[i] = "line_no"
        elif "other" in col.label_roles and i not in bases:
            fixed[i] = "other"
    rated = [i for i in numeric if fixed.get(i) == "tax_rate"]
    if len(rated) > 1:
        # two columns of rates ("10 %" beside "20 %"): one is the VAT rate, the one its
        # label names, else the one filled on most rows (a rate every line is charged),
        # else the right one; the others are left to the arithmetic (a discount)
        keep = max(
            rated,
            key=lambda i: (
                "tax_rate" in cols[i].label_roles,
                sum(1 for c in cols[i].cells if c.numeric),
                i,
            ),
        )
        for i in rated:
            if i != keep:
                del fixed[i]
    free = [i for i in numeric if i not in fixed]
    best: tuple[tuple[int, int, float, int], Reading] | None = None
    opts: list[int | None] = [*free, None]
    # a column of rates no label names may be a discount: the arithmetic tries it as one
    # (every row must then add up, below), a VAT rate where it does not
    # and so may one under both labels ("TVA" and "Rem. (%)" over one column of VAT rates):
    # a VAT rate unless the rows add up only with it taken off
    disc_opts = [
        *opts,
        *(
            i
            for i in numeric
            if fixed.get(i) == "tax_rate"
            and (not cols[i].label_roles or "discount" in cols[i].label_roles)
        ),
    ]
    texts = sum(1 for r in rows if _text_quantity(r) is not None)
    net = {i for i in free if _net_named(cols[i])}
    # a labelled discount column with a figure in it: left out, it costs the reading
    named_disc = (
        {"discount"}
        if any("discount" in cols[i].label_roles and any(_value(r, i) for r in rows) for i in free)
        else set()
    )
    qty_opts = [*opts, TEXT_QUANTITY] if texts * 2 >= max(1, len(rows)) else opts
    for qty, price, total, disc in itertools.product(qty_opts, opts, opts, disc_opts):
        chosen = [x for x in (qty, price, total, disc) if x is not None]
        if len(set(chosen)) != len(chosen):
            continue
        if disc is not None and (qty is None or price is None or total is None):
            continue
        if any(_percent(cols[x]) for x in (qty, price, total) if x is not None and x >= 0):
            continue
        roles = dict(fixed)
        for idx, role in (
            (qty, "quantity"),
            (price, "unit_price"),
            (total, "line_total"),
            (disc, "discount"),
        ):
            if idx is not None and idx >= 0:
                roles[idx] = role
        checked = priced = 0
        base = bases.get(price) if price is not None else None
        for r in rows:
            each = _value(r, price)
            if each is not None and base is not None:
                each = each / base
            ok = prices_out(_value(r, qty), each, _value(r, total), _value(r, disc))
            if ok is not None:
                priced += 1
                checked += ok
        agree = conflict = 0
        # with a discount column taken off, a price its label calls net ("Prix net", "Net
        # price") would be discounted twice: the unit price is then the gross one beside it
        disc_named = disc is not None and disc >= 0 and "discount" in cols[disc].label_roles
        for idx, role in roles.items():
            lroles = cols[idx].label_roles
            if idx in bases:
                lroles = {"unit_price"}
            if role == "unit_price" and disc_named and idx in net:
                conflict += 1
            elif role in lroles or (role == "quantity" and lroles & _QTY_LABELS):
                agree += 1
            elif lroles - {"other"}:
                conflict += 1
        if (
            disc is not None
            and "discount" not in cols[disc].label_roles
            and (checked < priced or priced < 2 or checked * 2 < len(rows))
        ):
            # an unlabelled discount column must explain every row that can be priced (a
            # row whose cells ran together, a charge of an amount only, is no evidence
            # either way), and those must be most of the rows
            continue
        # a column left out that a label names as an amount costs the reading
        # and so does a discount column its label names, beside a price and an amount (the
        # net price beside it then reads the rows without it); a net price left out beside
        # the discount taken off costs nothing
        missed = sum(
            1
            for i in free
            if i not in roles
            and cols[i].label_roles & {*_QTY_LABELS, "unit_price", "line_total", *named_disc}
            and not (disc_named and i in net)
        )
        # rows no assignment makes add up (a discount not printed) are no evidence either
        # way: the count of rows that add up ranks first, then the labels
        # then the print: the price is the column printed as money (``money_shape``)
        score = (checked, agree - conflict - missed, price_by_print(cols, qty, price), -len(chosen))
        reading = Reading(roles, checked, priced, agree, conflict, bases)
        if best is None or score > best[0]:
            best = (score, reading)
    assert best is not None
    reading = best[1]
    _per_column(cols, rows, reading)
    _quantity_choice(cols, reading, doc_type)
    if doc_type not in ("purchase_order", "order_confirmation"):
        _count_balance(cols, reading, doc_type == "delivery_note")
    if not texts and not reading.checked_rows:
        _lone_count(cols, reading)
        _lone_amount(cols, reading)
    for i in free:
        reading.roles.setdefault(i, "other")
    _text_roles(cols, reading, len(rows))
    return reading


_PER = {Decimal(1), Decimal(10), Decimal(100), Decimal(1000)}


def _per_column(cols: list[Column], rows: list[dict[int, Cell]], reading: Reading) -> None:
    """A column of 1, 10, 100 or 1000 the reading left out: the quantity the price is
    for ("42.38 per 1 tin", "1,940.00 per 1000 roll"), when dividing the price by it makes
    more rows add up."""
    where = {role: k for k, role in reading.roles.items()}
    qty, price, total = where.get("quantity"), where.get("unit_price"), where.get("line_total")
    if qty is None or price is None or total is None:
        return
    disc = where.get("discount")
    for i, col in enumerate(cols):
        if not col.numeric or reading.roles.get(i, "other") != "other":
            continue
        values = [_value(r, i) for r in rows]
        if not values or any(v not in _PER for v in values) or all(v == 1 for v in values):
            continue
        checked = 0
        fits = True  # every row priced for 10 or more: a discount at most off its amount
        for r in rows:
            p, n, q, t = _value(r, price), _value(r, i), _value(r, qty), _value(r, total)
            each = p / n if p is not None and n else None
            checked += bool(prices_out(q, each, t, _value(r, disc)))
            if n != 1 and each is not None and q and t:
                gross = abs(q * each)
                fits = fits and gross / 2 <= abs(t) <= gross + CENT
        if checked > reading.checked_rows or (fits and checked >= reading.checked_rows):
            reading.roles[i] = "per"
            reading.checked_rows = checked
            return


def _quantity_choice(cols: list[Column], reading: Reading, doc_type: str) -> None:
    """With no arithmetic to say, the labels choose the quantity: one labelled as such,
    else the quantity delivered on a delivery note or an invoice, ordered on an order."""
    if reading.checked_rows:
        return
    order = doc_type in ("purchase_order", "order_confirmation")
    prefer = ["quantity", *(["ordered", "shipped"] if order else ["shipped", "ordered"])]
    for want in prefer:
        hit = next(
            (i for i, c in enumerate(cols) if c.numeric and want in c.label_roles),
            None,
        )
        if hit is None:
            continue
        for j, r in list(reading.roles.items()):
            if r == "quantity":
                reading.roles[j] = "other"
        reading.roles[hit] = "quantity"
        return


def _counts_by_row(col: Column) -> dict[int, Decimal]:
    return {round(c.top): c.number for c in col.cells if c.number is not None}


def _count_balance(cols: list[Column], reading: Reading, delivery: bool) -> None:
    """A table of counts with no price and no amount (a delivery note) printing three
    columns where, on every row, one is the sum of the two others (ordered = delivered +
    still to deliver): the line's count is what was delivered, the one of the two parts
    that is not nil on more rows (the left one on a tie), whatever the labels say; a
    column labelled as shipped stays the count. On a delivery note printing two columns
    of counts, one never above the other and below it on some row (delivered beside
    ordered), the lesser is the count (``_delivered_of_two``)."""
    if set(reading.roles.values()) & {"unit_price", "line_total"}:
        return
    counts = [
        i
        for i, c in enumerate(cols)
        if c.numeric and not _percent(c) and reading.roles.get(i) != "line_no"
    ]
    if any("shipped" in cols[j].label_roles for j, r in reading.roles.items() if r == "quantity"):
        return
    by_row = {i: _counts_by_row(cols[i]) for i in counts}
    for a in counts:
        rows = by_row[a]
        if len(rows) < 2 or any(v < 0 for v in rows.values()):
            continue
        for b, c in itertools.combinations([i for i in counts if i != a], 2):
            bs, cs = by_row[b], by_row[c]
            if not all(rows[t] == bs.get(t, 0) + cs.get(t, 0) for t in rows):
                continue
            nonzero = {k: sum(1 for v in by_row[k].values() if v) for k in (b, c)}
            part = b if nonzero[b] >= nonzero[c] else c
            for j, r in list(reading.roles.items()):
                if r == "quantity":
                    reading.roles[j] = "other"
            reading.roles[a] = reading.roles[c if part == b else b] = "other"
            reading.roles[part] = "quantity"
            return
    if delivery:
        _delivered_of_two(cols, reading, counts, by_row)


def _delivered_of_two(
    cols: list[Column], reading: Reading, counts: list[int], by_row: dict[int, dict[int, Decimal]]
) -> None:
    """Two columns of counts, filled on the same rows, one never above the other and
    below it on some row: the lesser is the count delivered, the other the count ordered;
    a quantity the labels chose stays."""
    if len(counts) != 2 or "quantity" in reading.roles.values():
        return
    a, b = (by_row[i] for i in counts)
    if len(a) < 2 or set(a) != set(b):
        return
    for low, high in ((counts[0], counts[1]), (counts[1], counts[0])):
        lo, hi = by_row[low], by_row[high]
        if all(lo[t] <= hi[t] for t in lo) and any(lo[t] < hi[t] for t in lo):
            reading.roles[low] = "quantity"
            reading.roles[high] = "other"
            return


def _lone_count(cols: list[Column], reading: Reading) -> None:
    """A table with no price and no amount (a delivery note) whose one column of numbers
    is under a label the vocabulary lacks ("Qté expédiée"): the count of each line, when
    no row prints a quantity in its text ("48 x PEX pipe": the column is then a weight)
    and its numbers are no rates."""
    if set(reading.roles.values()) & {"quantity", "unit_price", "line_total"}:
        return
    free = [
        i
        for i, c in enumerate(cols)
        if c.numeric and reading.roles.get(i, "other") == "other" and not _percent(c)
    ]
    if any(cols[i].label_roles for i in free):
        return
    if len(free) > 1 and not _same_counts(cols, free):
        return
    # two or more unlabelled columns of counts printing the same count on every row (a
    # delivery note's quantity ordered beside the quantity shipped, in full): whichever is
    # taken, the line's count is the same
    if free:
        reading.roles[free[0]] = "quantity"


def _same_counts(cols: list[Column], free: list[int]) -> bool:
    """Do columns ``free`` print one whole count per row, the same in each column?"""
    counts: dict[float, set[Decimal]] = {}
    for i in free:
        for c in cols[i].cells:
            if c.number is None or c.number != c.number.to_integral_value() or c.number <= 0:
                return False
            counts.setdefault(round(c.top), set()).add(c.number)
    rows = [len(cols[i].cells) for i in free]
    return min(rows) == max(rows) >= 1 and all(len(v) == 1 for v in counts.values())


# a label that says its price is per unit ("Unit price", "Prix unitaire", "Price each", "P.U.")
_PER_UNIT_LABEL = re.compile(r"\b(?:unit\w*|each|per|par|p\.? ?u\.?|u/p|pu)\b")


def _lone_amount(cols: list[Column], reading: Reading) -> None:
    """A table with no count at all (no quantity column, no count in the text, no unit)
    whose one column of money is labelled a price ("Item | Price"): with nothing to
    multiply, the price is what the line costs, its amount, unless its label says per
    unit. The caller reads this only where no row's arithmetic checks."""
    roles = reading.roles
    taken = set(roles.values())
    if taken & {*_QTY_LABELS, "line_total", "unit", "per"} or "unit_price" not in taken:
        return
    money = [i for i, c in enumerate(cols) if c.numeric and roles.get(i, "other") != "tax_rate"]
    priced = [i for i in money if roles.get(i) == "unit_price"]
    if len(money) != 1 or priced != money:
        return
    col = cols[money[0]]
    if price_base(col) is not None or _PER_UNIT_LABEL.search(fold(col.label_text)):
        return
    roles[money[0]] = "line_total"


def _counted(col: Column) -> bool:
    """Every cell a count and its unit ("4 pce", "– boîte": what is left to deliver, a
    pack): a quantity's column whatever its label, never the description's details."""

    def counted(c: Cell) -> bool:
        parts = c.text.split()
        return (
            len(parts) == 2
            and bool(_DASH_OR_NUMBER.match(parts[0]))
            and parts[1].isalpha()
            and len(parts[1]) <= 8
        )

    return all(counted(c) for c in col.cells)


def _short_word(c: Cell) -> bool:
    """A unit's cell: one short word, or two very short ones ("sq m", "lin m")."""
    words = c.text.split()
    return (
        not c.numeric
        and any(ch.isalpha() for ch in c.text)  # a dash is an empty cell, no unit
        and len(c.text) <= 8
        and (len(words) == 1 or (len(words) == 2 and all(len(w) <= 3 for w in words)))
    )


def _own_column(col: Column) -> bool:
    """A text column under a header word of its own that names no field, whose cells are
    mostly no unit of the closed set: what it holds (an origin, a brand, a lead time) is
    neither the item's unit nor more of its description. Cells that are units mostly
    make it the unit column under whatever word heads it ("Cond.")."""
    if not col.labels or col.label_roles or not col.cells:
        return False
    units = sum(1 for c in col.cells if is_unit(c.text.strip()))
    return units * 2 < len(col.cells)


def _text_roles(cols: list[Column], reading: Reading, rows: int) -> None:
    text = [i for i, c in enumerate(cols) if not c.numeric]
    if not text:
        return
    labelled = {i: cols[i].label_roles for i in text}
    named = [i for i in text if "description" in labelled[i]]
    # two columns may both be named like the description ("Item" and "Description"): the
    # one that holds the most words is it
    desc = max(named, key=lambda i: sum(len(c.text) for c in cols[i].cells)) if named else None
    if desc is None:
        free = [i for i in text if not labelled[i] - {"description"}] or text
        # a column of codes only is no description, however long its cells: the words
        # beside it are, even when each row's first line holds one word of them
        desc = max(
            free,
            key=lambda i: (
                not (cols[i].cells and all(c.code_like for c in cols[i].cells)),
                sum(len(c.text) for c in cols[i].cells),
            ),
        )
    reading.roles[desc] = "description"
    counted = [c for k, r in reading.roles.items() if r in _QTY_LABELS for c in cols[k].cells]
    for i in text:
        if i == desc:
            continue
        col = cols[i]
        roles = labelled[i]
        taken = set(reading.roles.values())
        # a second column labelled as the description ("Item" beside "Description"), or as
        # the line's number ("Item no." over "97.86.73"), that holds only codes is the code
        # column: the content decides between two labels
        if "sku" not in taken and (
            "sku" in roles
            or (
                roles <= {"description", "line_no"}
                and col.cells
                and all(c.code_like for c in col.cells)
            )
        ):
            reading.roles[i] = "sku"
            continue
        # two columns named like the description, both of text ("Article" | "Description":
        # the item's name, then its details): the row's description is the two, left to
        # right (``read._by_role`` joins them)
        if roles == {"description"} and col.cells and not col.numeric and not _counted(col):
            reading.roles[i] = "description"
            continue
        # taxes named in words ("TVA 20%", "20% G"), one rate in every cell of the column
        if (
            "tax_rate" not in taken
            and "tax_rate" in roles
            and col.cells
            and all(_RATE_IN_WORDS.search(c.text) for c in col.cells)
        ):
            reading.roles[i] = "tax_rate"
            continue
        # an unlabelled column is a unit column only when it has a short word on (nearly)
        # every item row: words at the end of some descriptions are not one
        if col.cells and all(c.text.strip() in CURRENCY_MARKS for c in col.cells):
            reading.roles[i] = "other"  # the amounts' currency sign, set flush left
            continue
        full = len(col.cells) * 5 >= 4 * max(1, rows)
        # a unit word printed apart from its quantity on some rows only ("2" | "boîte"
        # where the others read "5 pce"), inside the quantity column's span
        within = any(
            reading.roles.get(k) == "quantity"
            and q.x0 - 2 <= col.x0
            and col.x1 <= q.x1 + 2
            and any(c.unit for c in q.cells)
            for k, q in enumerate(cols)
        )
        # a column its label names a tax code ("Tax code", "Code TVA") holds codes a
        # legend maps to rates ("A", "B"), no units
        tax_code = not roles and _TAX_CODE.search(fold(col.label_text)) is not None
        if tax_code:
            reading.roles[i] = "other"
            continue
        # a header word of its own that names no field ("Origine", "Brand") over short
        # words none of which is a unit: a column of its own, neither unit nor description
        own = _own_column(col)
        if "unit" not in taken and (
            "unit" in roles
            or (
                not roles
                and not own
                and i > desc
                and full
                and all(_short_word(c) for c in col.cells)
            )
            or (not roles and not own and within and all(_short_word(c) for c in col.cells))
            # or on fewer rows (a shipping line prints none), each a unit of the closed set,
            # on either side of the description: what the cells are says it, not where the
            # sender put the column
            or (not roles and unit_column(col.cells))
            # the same on the rows that print a count (a totals row reaches the column)
            or (not roles and unit_column_beside_counts(col.cells, counted))
            # unlabelled short words right after the counts ("250 | ea"): their unit
            or (
                not roles
                and not own
                and full
                and reading.roles.get(i - 1) in _QTY_LABELS
                and all(_short_word(c) for c in col.cells)
            )
        ):
            reading.roles[i] = "unit"
            continue
        # unlabelled text right of the description is more of it ("rouge" set apart),
        # unless every cell is a code (a lot or batch number, a second reference)
        codes = bool(col.cells) and all(c.code_like for c in col.cells)
        # dashes and numbers with no letter ("-", "1", "-"): an amount column whose
        # zeros are printed as dashes (what is left to deliver), no words
        counts = bool(col.cells) and all(_DASH_OR_NUMBER.match(c.text.strip()) for c in col.cells)
        # or a date (the day the row is wanted or was shipped)
        dates = bool(col.cells) and all(c.date_like for c in col.cells)
        reading.roles[i] = (
            "description"
            if not roles and i > desc and not codes and not counts and not dates
            else "other"
        )
    # a column of numbers before the description that no arithmetic uses and that does
    # not count the rows is the items' codes ("12.40", "17.05"), when no column is
    for i, col in enumerate(cols):
        if (
            i < desc
            and col.numeric
            and reading.roles.get(i) == "other"
            and not col.label_roles - {"sku", "line_no"}
            and "sku" not in reading.roles.values()
            and len({c.text for c in col.cells}) == len(col.cells)
            and len(col.cells) >= 2
            and len(col.cells) * 2 > rows
            and not numbers_positions([c.number for c in sorted(col.cells, key=lambda c: c.top)])
        ):
            reading.roles[i] = "sku"
            break
