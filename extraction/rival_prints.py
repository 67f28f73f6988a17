"""A field's value that another field's evidence claims is not that field's.

On layouts never tuned on, the weak header fields were weak in precision: a value was given
where the truth has none or another, because the page printed a look-alike and nothing
said whose it was. These constraints look at what the other fields chose, not at words:

- one print, one field: the very print chosen for the document's date is not also the
  delivery, due or payment date (a delivery note's ship date read as both its date and a
  delivery date; the one date of a page read as the document's and as "the other date");
- a due date before the document's date is no due date of a document that bills, offers
  or confirms (a deposit's date, an order's date): a reminder's are the ones overdue;
- with the net and the tax chosen, a gross total other than their sum is another amount
  (an amount due, a balance, a deposit, a total before a discount) when the sum is printed
  too: the printed sum is the gross.

Each rule only ever removes the chosen value. A value that then comes first had weaker
evidence than the one removed: it is capped at ``RIVAL_CAP`` (offered, never shown sure),
so that no value becomes sure because a rival disappeared.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from extraction.candidates.model import Candidate, best_first

Candidates = dict[str, list[Candidate]]

# the most a value that came first only because a rival was removed may be trusted
RIVAL_CAP = 0.85
# dates the document's own date's print cannot also be
OTHER_DATES = ("delivery_date", "due_date", "payment_date")
# kinds of document whose due date is never before their own date
_BILLS = ("invoice", "credit_note", "order_confirmation", "quotation", "purchase_order")
_READINGS = ("day-first", "month-first")


def settle(cands: Candidates, doc_type: str) -> None:
    """Remove chosen values that another field's choice shows are not theirs."""
    doc = _first(cands, "document_date")
    if doc is not None:
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
    """The gross total is the net plus the tax when that sum is printed as a candidate."""
    net, tax = _amount(_first(cands, "total_net")), _amount(_first(cands, "total_tax"))
    if net is None or tax is None or not tax:
        return
    expected = net + tax
    group = cands.get("total_gross", [])
    if not any(
        _amount(c) == expected and c.vetoed is None and c.origin != "derived" for c in group
    ):
        return
    _drop_while(
        cands,
        "total_gross",
        lambda c: _amount(c) != expected,
        "not the net plus the tax, which is printed",
    )
