"""A page that lists the invoices it pays is a payment, whatever invoice word its title holds.

A payer's remittance is often titled by what it settles ("Invoices paid", "Factures
réglées", a bare "Invoice" over the list): one title word that names the bills, not the
page. Its structure says what it is: a table of invoice numbers with the amount paid on
each (``payment_listing.paid_listing``), no demand for payment (no due date, no amount due:
``doctype_fields.BILL_DEMANDS``) and no goods counted (no quantity column). On such a page
the invoice's name is the listed bills' (``LISTED``), and its title speaks for the payment
instead, marked ``unfitted``: a reading the fitted confidence has not seen, never sure.

A bill that prints its payments received keeps its name: it still counts goods or asks for
what is left to pay.
"""

from __future__ import annotations

import dataclasses

from extraction.doctype_terms import NAMED_ZONES, E

# the zones where a title names the page; a label naming an invoice is the listing's head
TITLE_ZONES = ("title", "subject", "generic")
# what is left of an invoice's name on a page that lists the invoices it pays: the bills'
LISTED = 0.25


def settled(evidence: list[E], listed: bool, demanded: bool, goods: bool) -> list[E]:
    """``evidence`` with the invoice's names read as the invoices a payment settles, when
    the page lists them with what was paid (``listed``), asks for no payment (``demanded``
    false) and counts no goods (``goods`` false); otherwise unchanged."""
    if not listed or demanded or goods:
        return evidence
    out: list[E] = []
    for ev in evidence:
        if ev.doc_type != "invoice" or ev.zone not in NAMED_ZONES:
            out.append(ev)
            continue
        out.append(dataclasses.replace(ev, zone="reference", weight=ev.weight * LISTED))  # type: ignore[type-var]
        if ev.zone in TITLE_ZONES:
            paid = dataclasses.replace(ev, doc_type="payment_advice", zone="title", unfitted=True)  # type: ignore[type-var]
            out.append(paid)
    return out
