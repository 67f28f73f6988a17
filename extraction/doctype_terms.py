"""A seller's terms are not a bill: what a page's payment wording says when it asks for no
payment.

An invoice asks to be paid: it prints when (a due date) or what is owed (an amount due,
``doctype_fields.BILL_DEMANDS``). A seller's other pages print its terms too: an order
confirmation asks for a deposit, names its bank for it, repeats the legal late-payment
penalties of its terms of sale, says the invoice will follow. Read as a bill's cues, those
terms type confirmations as invoices on pages that do not name their kind in a title.

So, on a page that demands no payment and that no title, subject line or label names an
invoice, the invoice's weak evidence (its field cues, the words of its theme, its name in a
sentence) counts for less (``UNDEMANDED``): it is the seller's terms, not a bill. A page
that names itself an invoice keeps its evidence whole (its calibrated confidence does not
move), and the other kinds' evidence is untouched, so the terms still say "a seller wrote
this" (``classify.sides``).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import Protocol, TypeVar

# what is left of a bill's weak cues on a page that asks for no payment
UNDEMANDED = 0.5
# the zones where an invoice is named outright: then the page is read as one whatever it asks
NAMED_ZONES = ("title", "subject", "label", "generic")
# the zones of weak evidence that a seller's terms produce
TERMS_ZONES = ("fields", "theme")
# an invoice's name in a sentence weighs this (``classify.gather``); stronger sentence
# evidence is a verb that bills ("please find enclosed our invoice") and stays whole
MENTION = 0.5


class _Evidence(Protocol):
    @property
    def doc_type(self) -> str: ...
    @property
    def weight(self) -> float: ...
    @property
    def zone(self) -> str: ...


E = TypeVar("E", bound=_Evidence)


# a label weighs this when it names the document's number; a total's caption weighs less
LABEL = 1.5


def _names(ev: _Evidence) -> bool:
    return ev.zone in NAMED_ZONES and (ev.zone != "label" or ev.weight >= LABEL)


def named_invoice(evidence: Sequence[_Evidence]) -> bool:
    """Does a title, a subject line or a number's label name the page an invoice? (A
    total's caption, "Invoice Total", does not: ERPs print it on other pages.)"""
    return any(ev.doc_type == "invoice" and _names(ev) for ev in evidence)


def is_term(ev: _Evidence) -> bool:
    """Is ``ev`` an invoice's weak cue, one a seller's terms print too?"""
    if ev.doc_type != "invoice":
        return False
    if ev.zone == "label":
        return not _names(ev)
    return ev.zone in TERMS_ZONES or (ev.zone == "body" and ev.weight <= MENTION)


def as_terms(evidence: list[E], demanded: bool) -> list[E]:
    """``evidence`` with the invoice's weak cues reduced to ``UNDEMANDED`` of their weight
    when the page asks for no payment (``demanded`` false) and nothing names it an invoice."""
    if demanded or named_invoice(evidence):
        return evidence
    return [
        dataclasses.replace(ev, weight=ev.weight * UNDEMANDED) if is_term(ev) else ev  # type: ignore[type-var]
        for ev in evidence
    ]


def terms_only(evidence: Sequence[_Evidence], demanded: bool) -> bool:
    """Is the invoice's evidence on the page only a seller's terms (no demand, no name)?"""
    return not demanded and not named_invoice(evidence)
