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
from decimal import Decimal

from extraction.parse.amounts import decimal_or_none, find_amounts
from extraction.parse.text import fold
from extraction.result import CENT, ExtractionResult, PageResult, Word

# a row's words are on one line when their tops are this close (points)
ROW_SLACK = 3.0
# the words that name a subtotal of the lines (folded, accents off)
_SUBTOTAL = re.compile(
    r"\b(sous[- ]?total|sub[- ]?total|total (des )?(articles|marchandises|produits|lignes)|"
    r"merchandise total|items total|total items)\b"
)
# a row that takes its amount off (a discount on the whole order)
_OFF = re.compile(r"\b(remise|rabais|escompte|discount|reduction|coupon|bon de reduction)\b")
# rows between the subtotal and the net total this far apart at most
MAX_BETWEEN = 4


def _rows(page: PageResult) -> list[list[Word]]:
    rows: list[list[Word]] = []
    for word in sorted(page.words, key=lambda w: (w.bbox[1], w.bbox[0])):
        if rows and abs(rows[-1][0].bbox[1] - word.bbox[1]) <= ROW_SLACK:
            rows[-1].append(word)
        else:
            rows.append([word])
    return [sorted(row, key=lambda w: w.bbox[0]) for row in rows]


def _amount(text: str, language: str) -> Decimal | None:
    """The row's last amount with cents (a rate "20 %" or a count is not one)."""
    found = [
        value
        for value, start, end in find_amounts(text, language)
        if re.search(r"[.,]\d\d$", text[start:end]) and "%" not in text[end : end + 2]
    ]
    return found[-1] if found else None


def bridged(pages: list[PageResult], lines_sum: Decimal, net: Decimal, language: str) -> bool:
    """Does the page print the lines' sum as a subtotal, and under it charges (or an order
    discount) that take it to the net total, row by row down to the net?"""
    if abs(lines_sum - net) <= CENT:
        return False
    for page in pages:
        rows = [" ".join(w.text for w in row) for row in _rows(page)]
        for i, text in enumerate(rows):
            if not _SUBTOTAL.search(fold(text)):
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
    value = decimal_or_none(net.value)
    totals = [decimal_or_none(li.line_total) for li in result.lines]
    if value is None or not totals or any(t is None for t in totals):
        return net.value
    lines_sum = sum((t for t in totals if t is not None), Decimal(0))
    if bridged(result.pages, lines_sum, value, result.language or "fr"):
        return f"{lines_sum:.2f}"
    return net.value
