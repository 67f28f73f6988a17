"""Charges between the lines' subtotal and the net total (shipping, handling, a discount
on the whole order): the document's own arithmetic closing where the lines do not sum to
the net total.

An e-shop's order or invoice prints "Sous-total 366,58 / Livraison 4,90 / Total HT
371,48": the lines sum to the subtotal, not to the net, and the cross-check that holds the
net and every line when they disagree held every document of such senders, all right (B
stream 2213: one sender's ten orders, the net at 0.75 and each line at 0.7). Here the gap
is closed by what the page prints: a row labelled as a subtotal whose amount is the lines'
sum, then the rows under it, each with one amount, summing to the gap, down to the row
that prints the net total. A line missed is not bridged: the printed subtotal counts it,
and the read lines' sum is not printed as a subtotal."""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal

from extraction.layout import PageLayout, build_layout
from extraction.parse.amounts import decimal_or_none, find_amounts
from extraction.parse.sums import SUBTOTAL
from extraction.parse.text import fold
from extraction.result import CENT, ChargesVerdict, ExtractionResult, LineItem

# a row that takes its amount off (a discount on the whole order)
_OFF = re.compile(r"\b(remise|rabais|escompte|discount|reduction|coupon|bon de reduction)\b")
# rows between the subtotal and the net total this far apart at most
MAX_BETWEEN = 4


def _amount(text: str, language: str) -> Decimal | None:
    """The row's last amount with cents (a rate "20 %" or a count is not one)."""
    found = [
        value
        for value, start, end in find_amounts(text, language)
        if re.search(r"[.,]\d\d$", text[start:end]) and "%" not in text[end : end + 2]
    ]
    return found[-1] if found else None


def lines_sum(lines: Sequence[LineItem]) -> Decimal | None:
    """The lines' amounts summed: what the net total (or a printed subtotal, ``bridged``)
    checks, and the totals' candidates are ranked by (``constraints``, over the items
    alone where some lines are charges). None when there are no lines or one of them has
    no amount: the one sum all of them read, so that they cannot disagree on it."""
    totals = [decimal_or_none(li.line_total) for li in lines]
    if not totals or any(t is None for t in totals):
        return None
    return sum((t for t in totals if t is not None), Decimal(0))


def net_total(result: ExtractionResult) -> Decimal | None:
    """The net total read, as a number (None: not read, or not an amount)."""
    net = result.fields.get("total_net")
    return decimal_or_none(net.value) if net is not None else None


def bridged(result: ExtractionResult, layouts: list[PageLayout] | None = None) -> bool:
    """Do the lines not sum to the net total, and the page print their sum as a subtotal
    and under it charges (or an order discount) that take it to the net total, row by row
    down to the net?

    Judged once per document: the cross-check, the lines' trust and a sender's lines all
    ask, and the verdict stands while the lines' sum and the net it was judged on do.
    ``layouts``: the pages' rows (the pipeline's); without them the rows are laid out
    again from the pages' words, as the pipeline lays them out."""
    total, net = lines_sum(result.lines), net_total(result)
    if total is None or net is None or abs(total - net) <= CENT:
        return False
    judged = result.charges_verdict
    if judged is not None and (judged.lines_sum, judged.net) == (total, net):
        return judged.bridged
    if layouts is None:
        layouts = [build_layout(p.words, p.number, *p.frame) for p in result.pages]
    verdict = _bridged(layouts, total, net, result.language or "fr")
    result.charges_verdict = ChargesVerdict(lines_sum=total, net=net, bridged=verdict)
    return verdict


def _bridged(layouts: list[PageLayout], lines_sum: Decimal, net: Decimal, language: str) -> bool:
    for layout in layouts:
        rows = [" ".join(w.text for w in row.words) for row in layout.rows]
        for i, text in enumerate(rows):
            if not SUBTOTAL.search(fold(text)):
                continue
            sub = _amount(text, language)
            if sub is None or abs(sub - lines_sum) > CENT:
                continue
            running = lines_sum
            for charges, below in enumerate(rows[i + 1 : i + 2 + MAX_BETWEEN]):
                amount = _amount(below, language)
                if amount is None:
                    break
                if charges and abs(amount - net) <= CENT and abs(running - net) <= CENT:
                    return True  # the net total's own row, once the charges closed the gap
                off = _OFF.search(fold(below)) is not None
                running += -abs(amount) if off else amount
    return False


def lines_net(result: ExtractionResult) -> str | None:
    """What the lines' amounts must sum to: the net total, or the subtotal the page prints
    over the charges that take it to the net (``bridged``): the lines of such a document
    are checked by the sum as much as those of a document without charges."""
    net = result.fields.get("total_net")
    if net is None:
        return None
    total = lines_sum(result.lines)
    if total is not None and bridged(result):
        return f"{total:.2f}"
    return net.value
