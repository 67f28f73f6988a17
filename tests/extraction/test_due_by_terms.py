"""The due date the payment terms give checks the due date read (extraction/due_by_terms)."""

from __future__ import annotations

from datetime import date

import pytest

from extraction.candidates.model import Candidate
from extraction.due_by_terms import NOTE, agree_with_terms, due_days

ISSUED = date(2025, 3, 12)


@pytest.mark.parametrize(
    ("terms", "want"),
    [
        ("30 jours fin de mois", {"2025-04-30"}),
        ("45 j FDM", {"2025-04-30", "2025-05-15"}),
        ("30 j FDM le 10", {"2025-05-10"}),
        ("Net 45", {"2025-04-26"}),
        ("60 days from invoice date", {"2025-05-11"}),
        ("10 jours escompte 2 %, 30 jours net", {"2025-04-11"}),
        ("Comptant", {"2025-03-12"}),
        ("À réception de facture", {"2025-03-12"}),
        ("payable à 3 mois", {"2025-06-12"}),
        ("Virement", set()),
    ],
)
def test_the_days_terms_come_to(terms: str, want: set[str]) -> None:
    assert {d.isoformat() for d in due_days(ISSUED, terms)} == want


def _cand(field: str, value: str, notes: list[str] | None = None) -> Candidate:
    return Candidate(field, value, 1, None, "text", "label", prior=0.5, notes=notes or [])


def test_the_reading_the_terms_come_to_agrees() -> None:
    # "11/04/2025" read both ways; "Net 30" from 12 March comes to 11 April
    right = _cand("due_date", "2025-04-11", ["day-first"])
    wrong = _cand("due_date", "2025-11-04", ["month-first"])
    cands = {
        "document_date": [_cand("document_date", "2025-03-12")],
        "payment_terms": [_cand("payment_terms", "Net 30")],
        "due_date": [right, wrong],
    }
    agree_with_terms(cands)
    assert right.agree == 1 and NOTE in right.notes
    assert wrong.agree == 0


def test_vetoed_terms_give_no_agreement() -> None:
    due = _cand("due_date", "2025-04-11")
    terms = _cand("payment_terms", "Net 30")
    terms.vetoed = "a payment means, not terms"
    cands = {
        "document_date": [_cand("document_date", "2025-03-12")],
        "payment_terms": [terms],
        "due_date": [due],
    }
    agree_with_terms(cands)
    assert due.agree == 0
