"""An ambiguous due date is compared with the document's date read in the same order.

"06/11/2024" printed as both the document's and the due date: comparing the due date read
day-first with the document's date read month-first made the due date "follow" the
document in one reading only and was taken as proof (0.99, wrong).
"""

from __future__ import annotations

from extraction.candidates.model import Candidate, best_first
from extraction.constraints import dates


def _pair(field: str, day_first: str, month_first: str, at: float) -> list[Candidate]:
    bbox = (10.0, at, 80.0, at + 10.0)
    one = Candidate(field, day_first, 1, bbox, "text", "label", prior=0.6, notes=["day-first"])
    two = Candidate(field, month_first, 1, bbox, "text", "label", prior=0.58, notes=["month-first"])
    return [one, two]


def _cands(doc: tuple[str, str], due: tuple[str, str]) -> dict[str, list[Candidate]]:
    return {
        "document_date": _pair("document_date", *doc, 100.0),
        "due_date": _pair("due_date", *due, 200.0),
    }


def test_same_print_twice_proves_no_reading() -> None:
    cands = _cands(("2024-11-06", "2024-06-11"), ("2024-11-06", "2024-06-11"))
    cands["document_date"][1].prior = 0.7  # the page reads month-first (an American page)
    dates(cands, "", "invoice", "en")
    assert all(c.agree == 0 for c in cands["due_date"])
    assert best_first(cands["due_date"])[0].value == "2024-06-11"


def test_due_date_follows_in_one_order_only_agrees() -> None:
    # 05/03 and 04/05: day-first the due date (4 May) follows the document (5 March);
    # month-first it (5 April) comes before the document (3 May)
    cands = _cands(("2024-03-05", "2024-05-03"), ("2024-05-04", "2024-04-05"))
    cands["document_date"][1].prior = 0.7
    dates(cands, "", "invoice", "en")
    agreed = [c.value for c in cands["due_date"] if c.agree]
    assert agreed == ["2024-05-04"]


def test_due_date_follows_the_document_read_the_same_way() -> None:
    # 03/12 and 04/11 read day-first put the due date (4 Nov) before the document (3 Dec)
    # that happens to rank first; read month-first both (12 Mar, 11 Apr) keep their order:
    # the due date's month-first reading agrees, its day-first one is before the document
    cands = _cands(("2024-12-03", "2024-03-12"), ("2024-11-04", "2024-04-11"))
    dates(cands, "", "invoice", "en")
    assert [c.value for c in cands["due_date"] if c.agree] == ["2024-04-11"]
    assert best_first(cands["due_date"])[0].value == "2024-04-11"
