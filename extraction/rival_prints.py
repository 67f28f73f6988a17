"""A field's value that another field's evidence claims is not that field's.

On layouts never tuned on, the weak header fields were weak in precision: a value was given
where the truth has none or another, because the page printed a look-alike and nothing
said whose it was. These constraints look at what the other fields chose, not at words:

- one print, one field: the very print chosen for the document's date is not also the
  delivery, due or payment date (a delivery note's ship date read as both its date and a
  delivery date; the one date of a page read as the document's and as "the other date";
  the document's day printed again with no label is no delivery either);
- on a document answering an order, a date under the order's label is the order's, not
  the document's, when another date is offered for it;
- a due date before the document's date is no due date of a document that bills, offers
  or confirms (a deposit's date, an order's date): a reminder's are the ones overdue;
- terms that state no delay but a day or a payment means are the due date's or the
  means' value read under a caption that names terms too;
- terms that state a rate and no delay of payment are a rate's clause (interest on late
  payment, a fee, a discount), no terms; terms that state a rate beside their delay (a
  discount for paying within it, a fee after it) are offered, never shown sure;
- with the net and the tax chosen, a gross total other than their sum is another amount
  (an amount due, a balance, a deposit, a total before a discount) when the sum is printed
  too: the printed sum is the gross; with both printed, an amount under their sum is what
  is left to pay, never the gross.

Each rule only ever removes the chosen value. A value that then comes first had weaker
evidence than the one removed: it is capped at ``RIVAL_CAP`` (offered, never shown sure),
so that no value becomes sure because a rival disappeared.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from extraction.candidates import references, terms
from extraction.candidates.model import Candidate, best_first
from extraction.parse.dates import find_dates
from extraction.parse.text import fold

Candidates = dict[str, list[Candidate]]

# the most a value that came first only because a rival was removed may be trusted
RIVAL_CAP = 0.85
# dates the document's own date's print cannot also be
OTHER_DATES = ("delivery_date", "due_date", "payment_date")
# kinds of document whose due date is never before their own date
_BILLS = ("invoice", "credit_note", "order_confirmation", "quotation", "purchase_order")
_READINGS = ("day-first", "month-first")
# documents that answer an order: a date under the order's label is the order's
_ANSWERS = ("invoice", "order_confirmation", "delivery_note", "credit_note")
# a numbered list's item number before a label
_ORDINAL = re.compile(r"^\s*\d{1,2}\s?[.)]\s+")


def settle(cands: Candidates, doc_type: str) -> None:
    """Remove chosen values that another field's choice shows are not theirs."""
    if doc_type in _ANSWERS:
        _drop_while(
            cands,
            "document_date",
            lambda c: _labelled_as_the_orders(c) and _any_other(cands, "document_date", c),
            "the order's date, on a document answering the order",
        )
    doc = _first(cands, "document_date")
    if doc is not None:
        # the document's day printed again where no label says whose date it is: the
        # document's date twice (a title line and a box), no delivery
        _drop_while(
            cands,
            "delivery_date",
            lambda c, d=doc: c.origin == "position" and c.value == d.value,
            "the document's day, printed again with no label",
        )
        for name in OTHER_DATES:
            _drop_while(
                cands, name, lambda c, d=doc: _same_print(c, d), "the document date's print"
            )
        if doc_type in _BILLS and not _ambiguous(doc):
            dues = cands.get("due_date", [])
            _drop_while(
                cands,
                "due_date",
                lambda c, d=doc: all(o.value < d.value for o in _readings_of(c, dues)),
                "a due date before the document date",
            )
    _gross_is_net_plus_tax(cands)
    _terms_that_state_a_rate(cands)


def _labelled_as_the_orders(c: Candidate) -> bool:
    """Is ``c`` read under a label naming an order ("Commandé le", "Order date", "PO
    date")? On the order itself that is its date; on what answers it, the order's."""
    if c.origin not in ("label", "grid") or not c.notes:
        return False
    label = _ORDINAL.sub("", fold(c.notes[0])).split(":")[0]
    label = re.split(r"\d", label)[0]
    return bool(set(re.findall(r"[a-z]+", label)) & references.ORDER_WORDS)


def _any_other(cands: Candidates, name: str, c: Candidate) -> bool:
    """Is there another value of ``name`` not read under an order's label?"""
    return any(
        o.vetoed is None and o.value != c.value and not _labelled_as_the_orders(o)
        for o in cands.get(name, [])
    )


def _first(cands: Candidates, name: str) -> Candidate | None:
    ranked = best_first(cands.get(name, []))
    return ranked[0] if ranked else None


def _same_print(c: Candidate, other: Candidate) -> bool:
    """Is ``c`` read off the very words ``other`` was read off?"""
    return (
        c.value == other.value
        and c.bbox is not None
        and c.bbox == other.bbox
        and (c.page == other.page)
    )


def _readings_of(c: Candidate, group: list[Candidate]) -> list[Candidate]:
    """``c`` and every other reading of the same print (an ambiguous date read both ways):
    a print is before the document only when each of its readings is."""
    return [c, *(o for o in group if o is not c and o.bbox is not None and o.bbox == c.bbox)]


def _ambiguous(c: Candidate) -> bool:
    """A date read one of two ways that no constraint has settled."""
    return any(r in c.notes for r in _READINGS) and not c.agree


def _drop_while(cands: Candidates, name: str, claimed: object, why: str) -> None:
    """Veto ``name``'s chosen value while ``claimed`` says another field owns it; cap every
    value left at ``RIVAL_CAP`` once one has gone."""
    group = cands.get(name, [])
    dropped = False
    while True:
        first = _first(cands, name)
        if first is None or not claimed(first):  # type: ignore[operator]
            break
        first.vetoed = why
        dropped = True
    if dropped:
        for c in group:
            if c.vetoed is None:
                c.cap = min(c.cap, RIVAL_CAP)


def _amount(c: Candidate | None) -> Decimal | None:
    if c is None:
        return None
    try:
        return Decimal(c.value)
    except InvalidOperation:
        return None


def _gross_is_net_plus_tax(cands: Candidates) -> None:
    """The gross total is the net plus the tax: when that sum is printed, any other amount
    is not the gross; with the net and the tax printed, an amount under their sum is what
    is left to pay (after a deposit or a payment), not the gross, whatever is printed."""
    first_net, first_tax = _first(cands, "total_net"), _first(cands, "total_tax")
    net, tax = _amount(first_net), _amount(first_tax)
    if net is None or tax is None or not tax:
        return
    expected = net + tax
    group = cands.get("total_gross", [])
    if any(_amount(c) == expected and c.vetoed is None and c.origin != "derived" for c in group):
        _drop_while(
            cands,
            "total_gross",
            lambda c: _amount(c) != expected,
            "not the net plus the tax, which is printed",
        )
    elif all(c is not None and c.origin != "derived" for c in (first_net, first_tax)):
        _drop_while(
            cands,
            "total_gross",
            lambda c: (_amount(c) or expected) < expected,
            "less than the net plus the tax: what is left to pay",
        )


# a rate: a number and a percent sign
_RATE = re.compile(r"\d\s*%")


def _rate_outside_delay(folded: str) -> bool:
    """Does ``folded`` state a rate that is no part of a delay of payment ("2% within 10
    days" states one; "30 % à la commande" is the delay itself)?"""
    delays = [m.span() for m in terms.DELAY.finditer(folded)]
    return any(not any(a <= r.start() < b for a, b in delays) for r in _RATE.finditer(folded))


def _terms_that_state_a_rate(cands: Candidates) -> None:
    """Terms are when to pay: a value with a rate and no delay is a rate's clause."""
    _drop_while(
        cands,
        "payment_terms",
        lambda c: bool(_RATE.search(c.value)) and not terms.DELAY.search(fold(c.value)),
        "a rate with no delay of payment: interest, a fee or a discount",
    )
    # no delay, but a day (the due date under a payment caption: "Règlement attendu le :
    # 19/11/2025") or a means ("Règlement effectué par chèque"): the due date's or the
    # means' value, read under a caption that also names terms
    _drop_while(
        cands,
        "payment_terms",
        lambda c: (
            not terms.DELAY.search(fold(c.value))
            and (bool(find_dates(c.value)) or terms.means_only(c.value))
        ),
        "a day or a means with no delay of payment",
    )
    for c in cands.get("payment_terms", []):
        if _rate_outside_delay(fold(c.value)):
            c.cap = min(c.cap, RIVAL_CAP)
