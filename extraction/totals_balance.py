"""A statement's balance is not the invoice's total: "Previous balance 100.00 | Total due
154.00" prints the amount of this document plus what was owed before. The gross of the
document is its own net + tax; a total that exceeds it by exactly a previous balance printed
on the page is that balance carried into the amount due.
"""

from __future__ import annotations

import re
from decimal import Decimal

from extraction.candidates.model import UNCONFIRMED_CAP, Candidates, best_first
from extraction.layout import PageLayout
from extraction.parse.amounts import decimal_or_none as _dec
from extraction.parse.amounts import find_amounts
from extraction.result import to_the_cent
from extraction.totals import add_derived

# a row that carries an earlier amount owed into this one ("Previous balance", "Balance
# brought forward", "Ancien solde", "Solde antérieur", "Report à nouveau", "Arrears")
_CARRIED = re.compile(
    r"\b(?:previous (?:balance|amount due|invoices?)|prior balance|balance (?:brought|carried) "
    r"forward|brought forward|b/f|past due|arrears|ancien solde|solde (?:anterieur|precedent|"
    r"reporte)|report(?: a nouveau)?|reste du anterieur|impayes? anterieurs?)\b"
)
CARRIED_NOTE = "this document's amount plus a previous balance printed on the page"
OWN_NOTE = "net + tax of this document, a previous balance left out of the amount due"


def carried_balances(layouts: list[PageLayout], language: str) -> list[Decimal]:
    """The amounts printed on rows whose words say they are an earlier balance."""
    out: list[Decimal] = []
    for layout in layouts:
        for row in layout.rows:
            text = " ".join(s.text for s in row.segments)
            head = _CARRIED.search(" ".join(s.folded for s in row.segments))
            if head is None:
                continue
            found = [v for v, start, _ in find_amounts(text, language) if v > 0 and start > 0]
            if found:
                out.append(found[-1])
    return out


def previous_balance(cands: Candidates, layouts: list[PageLayout], language: str) -> None:
    """A gross read from an amount due that is this document's net + tax plus a previous
    balance printed on the page: that gross is vetoed and net + tax offered in its place,
    capped (the page does not print it as a total)."""
    grosses = [c for c in cands.get("total_gross", []) if c.vetoed is None]
    if not grosses:
        return
    balances = carried_balances(layouts, language)
    if not balances:
        return
    nets = [c for c in best_first(cands.get("total_net", []))[:3] if c.vetoed is None]
    taxes = [c for c in best_first(cands.get("total_tax", []))[:3] if c.vetoed is None]
    own: list[Decimal] = []
    for net in nets:
        for tax in taxes:
            n, t = _dec(net.value), _dec(tax.value)
            if n is not None and t is not None and n > 0 and t >= 0:
                own.append(n + t)
    for gross in grosses:
        g = _dec(gross.value)
        if g is None:
            continue
        for value in own:
            if to_the_cent(value, g):
                break  # this gross is the document's own: nothing carried
            if any(to_the_cent(value + b, g) for b in balances):
                gross.vetoed = CARRIED_NOTE
                add_derived(
                    cands,
                    "total_gross",
                    value,
                    (gross.page, gross.bbox),
                    gross.source,
                    prior=0.4,
                    ocr_conf=gross.ocr_conf,
                    cap=UNCONFIRMED_CAP,  # worked out, not printed as a total: a clerk confirms it
                    notes=[OWN_NOTE],
                )
                break
