"""A page that lists the invoices it pays is a payment advice, whatever its title says.

A payer's remittance names itself in many ways ("Check Enclosed", "Payment Details",
"Envoi de règlement par chèque", a letter with no title at all), and often not in the words
a title list holds; what it always prints is a table of the invoices it settles: a column
of invoice numbers under a head that names them ("Votre facture", "Invoice No.") and a
column of amounts under a head that says they are paid ("Réglé", "Paid", "Amount paid").
That table is evidence of a payment advice on its own (``paid_listing``); the invoice's
cues of the same page (a "Due" column, the invoices' dates) are the listed bills' echoes.

A table that also prints what is still owed on each invoice ("Solde", "Outstanding") is a
statement of open items, no payment: it gives nothing here.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from extraction.layout import PageLayout, Row, Segment
from extraction.parse.amounts import find_amounts

# what the table of paid invoices says for a payment advice: over a bill's field cues (a
# due date's 1.5), under a title's
PAID_LISTING = 2.0
# a column head naming the invoices listed
_INVOICE_HEAD = re.compile(
    r"\b(factures?|invoices?|inv|avoirs?|pieces?|documents?|doc|ref|references?)\b"
)
# a column head naming the amount paid of each ("Réglé", "Amount paid", "Payment amount",
# "Net payé"): words of paying, of an amount, and nothing else
_PAID_WORDS = frozenset(
    {"regle", "reglee", "reglement", "paye", "payee", "paid", "remitted", "settled", "verse"}
    | {"vire", "payment", "paiement"}
)
_AMOUNT_WORDS = frozenset(
    {"montant", "amount", "somme", "total", "net", "sum", "de", "du", "eur", "usd", "gbp"}
)
# a column of what is still owed: a statement or a reminder, not a payment
_OWED_HEAD = re.compile(
    r"\b(solde|restant|reste|outstanding|balance|open|ouvert|impaye|unpaid|overdue|retard)\b"
)
# how many rows under the head are read, and how far (points) a cell may stand from its head
_ROWS = 12
_ALIGN = 20.0


def _paid_head(text: str) -> bool:
    words = set(re.findall(r"[a-z]+", text))
    return bool(words & _PAID_WORDS) and words <= _PAID_WORDS | _AMOUNT_WORDS


def _under(row: Row, head: Segment) -> list[Segment]:
    return [s for s in row.segments if min(s.x1, head.x1 + _ALIGN) > max(s.x0, head.x0 - _ALIGN)]


def _paid_rows(layout: PageLayout, row: Row, invoice: Segment, paid: Segment) -> list[int]:
    """The rows under the head that hold a code with digits under ``invoice`` and an amount
    under ``paid``, until the first row that holds neither."""
    found: list[int] = []
    for r in layout.rows[row.index + 1 : row.index + 1 + _ROWS]:
        codes = [s for s in _under(r, invoice) if re.search(r"\d", s.text) and len(s.words) <= 3]
        amounts = [s for s in _under(r, paid) if find_amounts(s.text)]
        if codes and amounts:
            found.append(r.index)
        elif found:
            break
    return found


def paid_listing(layout: PageLayout) -> float:
    """``PAID_LISTING`` when ``layout`` prints a table of the invoices it pays, else 0."""
    return PAID_LISTING if _listing(layout, _paid_head) else 0.0


# an amount column of a listing that does not say it is paid ("Net", "Montant brut")
_AMOUNT_HEAD = re.compile(r"\b(montant|amount|net|gross|brut|ttc|total|sum|somme|value|valeur)\b")


def invoice_listing(layout: PageLayout) -> bool:
    """Does ``layout`` print a table of invoices with an amount on each, and no column of
    what is still owed? A payment's when its fields say what was paid (``classify``)."""
    return _listing(layout, lambda text: _AMOUNT_HEAD.search(text) is not None)


def _listing(layout: PageLayout, amount_head: Callable[[str], bool]) -> bool:
    """Does a head row name invoices and, right of them, amounts (``amount_head``), over at
    least one row of a code and an amount, with no column of what is still owed?"""
    return bool(_listings(layout, amount_head))


_DATE_HEAD = re.compile(r"\b(date|dated|du|le|on)\b")


def listed_rows(layout: PageLayout) -> set[int]:
    """The rows of ``layout``'s tables of invoices with an amount on each (head and body):
    what is printed there is the listed invoices', not the page's own (its dates are the
    bills' dates, not the advice's)."""
    listings = _listings(
        layout,
        # a head of dates ("Value date") names no amount, whatever its words
        lambda t: (
            (_paid_head(t) or _AMOUNT_HEAD.search(t) is not None) and not _DATE_HEAD.search(t)
        ),
    )
    return {i for first, last in listings for i in range(first, last + 1)}


def _listings(layout: PageLayout, amount_head: Callable[[str], bool]) -> list[tuple[int, int]]:
    """(head row, last row) of each table of invoices with an amount on each."""
    found: list[tuple[int, int]] = []
    for row in layout.rows:
        if len(row.segments) < 2:
            continue
        heads = [s.folded for s in row.segments]
        if any(_OWED_HEAD.search(h) for h in heads) or any(len(s.words) > 4 for s in row.segments):
            continue
        invoices = [s for s in row.segments if _INVOICE_HEAD.search(s.folded)]
        paid = [s for s in row.segments if amount_head(s.folded)]
        if not invoices or not paid or invoices[0].x0 >= paid[-1].x0:
            continue
        rows = _paid_rows(layout, row, invoices[0], paid[-1])
        if rows:
            found.append((row.index, rows[-1]))
    return found
