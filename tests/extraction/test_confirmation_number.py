"""A confirmation carries its own number: when none was found, the one number an order
noun labels may be it as well as the buyer's order, and is not shown sure; a label that
says whose it is keeps it sure, and a number found for the document leaves it alone."""

from __future__ import annotations

from extraction.candidates.model import UNCONFIRMED_CAP, Candidate, Candidates
from extraction.constraints import identifiers


def _ref(field: str, value: str, rank: int) -> Candidate:
    return Candidate(field, value, 1, (40, 40, 120, 52), "text", "label", 0.8, label_rank=rank)


def test_a_confirmation_s_only_number_under_a_bare_order_label_is_not_sure() -> None:
    cands: Candidates = {"order_number": [_ref("order_number", "SO-2025-118", 2)]}
    identifiers(cands, [], "order_confirmation")
    assert cands["order_number"][0].cap == UNCONFIRMED_CAP


def test_a_label_saying_whose_or_the_documents_own_number_keeps_it() -> None:
    whose: Candidates = {"order_number": [_ref("order_number", "PO-7731", 3)]}
    identifiers(whose, [], "order_confirmation")
    assert whose["order_number"][0].cap == 1.0
    both: Candidates = {
        "document_number": [_ref("document_number", "AR-2210", 2)],
        "order_number": [_ref("order_number", "PO-7731", 2)],
    }
    identifiers(both, [], "order_confirmation")
    assert both["order_number"][0].cap == 1.0
    invoice: Candidates = {"order_number": [_ref("order_number", "PO-7731", 2)]}
    identifiers(invoice, [], "invoice")
    assert invoice["order_number"][0].cap == 1.0
