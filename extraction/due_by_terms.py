"""The due date the payment terms give: a check of a due date read, never a value of its own.

"30 jours fin de mois" on an invoice of 12/03/2025 comes to 30/04/2025; "Net 45" to 45
days after the document's date; "à réception", "comptant" to the document's date itself.
A due date read on the page that is one of the days the terms give agrees with them: of
the two readings of an ambiguous "04/05/2025" it tells which one is meant, and a due date
read in a sentence gains the terms' word for it. Nothing is offered when no due date is
printed (the contract: a field not on the document is absent). The check holds both ways:
terms whose delay a due date read comes to are confirmed by it, when the terms are a whole
phrase of terms (a delay, its base, a discount) and no more.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from extraction.candidates.model import Candidate, Candidates, best_first
from extraction.parse.text import fold

# "30 jours", "45 j", "60 days", "net 30", "Net 45 days", "30 gg", "30 Tage"
_DAYS = re.compile(
    r"\b(?:net(?:to)?\s*)?(\d{1,3})\s*(?:jours?|j|days?|giorni|gg|dias|tagen?)\b"
    r"|\bnet(?:to)?\s*(\d{1,3})\b"
)
_MONTHS = re.compile(r"\b(\d{1,2})\s*(?:mois|months?)\b")
# end of month: "fin de mois", "FDM", "EOM", "f.m.", "end of month"
_END_OF_MONTH = re.compile(r"\b(?:fin de mois|fdm|fm|eom|end of (?:the )?month|f\.m\.?|ffm)\b")
# "fin de mois le 10": the given day of the month after the end of month
_ON_DAY = re.compile(r"\ble\s+(\d{1,2})\b")
# the moment of the invoice itself: on receipt, cash, immediately
_AT_ONCE = re.compile(
    r"\b(?:reception|receipt|comptant|immediate(?:ly)?|immediat|sofort|contado|"
    r"rimessa diretta)\b"
)
# a discount for paying early states a second, shorter delay: the terms' days are the last
_DISCOUNT = re.compile(r"\b(?:escompte|discount|skonto|sconto|descuento)\b|\d+\s*/\s*\d+\s+net")


def _end_of_month(day: date) -> date:
    return day.replace(day=calendar.monthrange(day.year, day.month)[1])


def _add_months(day: date, months: int) -> date:
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    return day.replace(
        year=year, month=month, day=min(day.day, calendar.monthrange(year, month)[1])
    )


def _in_digits(folded: str) -> str:
    """``folded`` with a count of days in words as digits ("trente jours" -> "30 jours"),
    a count in words then in digits once ("thirty (30) days" -> "30 days")."""
    from extraction.candidates.terms import COUNT_WORD, COUNT_WORDS

    text = COUNT_WORD.sub(lambda m: str(COUNT_WORDS[m.group(0)]), folded)
    return re.sub(r"\b(\d{1,3})\s+\(\1\)", r"\1", text)


def due_days(issued: date, terms: str) -> set[date]:
    """The days ``terms`` come to for a document dated ``issued``: both usual readings of
    "N jours fin de mois" (N days then the month's end, or the month's end then N days);
    empty when the terms state no delay this reads."""
    folded = _in_digits(fold(terms))
    found = [int(a or b) for a, b in _DAYS.findall(folded)]
    months = [int(m) for m in _MONTHS.findall(folded)]
    if _DISCOUNT.search(folded) and len(found) > 1:
        found = found[-1:]
    if len(found) + len(months) != 1:
        return {issued} if not found and not months and _AT_ONCE.search(folded) else set()
    base = issued + timedelta(days=found[0]) if found else _add_months(issued, months[0])
    if not _END_OF_MONTH.search(folded):
        return {base}
    out = {_end_of_month(base)}
    if found:
        out.add(_end_of_month(issued) + timedelta(days=found[0]))
    on = _ON_DAY.search(folded[_END_OF_MONTH.search(folded).end() :])  # type: ignore[union-attr]
    if on is not None and 1 <= int(on.group(1)) <= 28:
        out = {(_end_of_month(d) + timedelta(days=1)).replace(day=int(on.group(1))) for d in out}
    return out


NOTE = "the document date plus the terms"


def agree_with_terms(cands: Candidates) -> None:
    """A due date read that is a day the best terms and the best document date come to
    agrees with them (once; a vetoed candidate or a terms value nothing reads gives none)."""
    terms = [c for c in best_first(cands.get("payment_terms", [])) if c.vetoed is None]
    docs = [c for c in best_first(cands.get("document_date", [])) if c.vetoed is None]
    if not terms or not docs:
        return
    try:
        issued = date.fromisoformat(docs[0].value)
    except ValueError:
        return
    days = {d.isoformat() for d in due_days(issued, terms[0].value)}
    if not days:
        return
    for c in cands.get("due_date", []):
        if c.vetoed is None and c.value in days and NOTE not in c.notes:
            _agree(c)
    _confirm_terms(terms, issued, cands.get("due_date", []))


TERMS_NOTE = "the due date read minus the document date"


def _confirm_terms(terms: list[Candidate], issued: date, dues: list[Candidate]) -> None:
    """Terms whose delay the best due date read comes to, counted from the document date,
    agree with it: two readings of different places that name the same day. Only terms
    that are a whole phrase of terms (``terms.is_whole_terms``) and that state a delay: a
    value cut short or run on may still hold the right delay, and "on receipt" comes to
    the document's own date, which a due date read may be by mistake."""
    from extraction.candidates.terms import is_whole_terms

    best = best_first([d for d in dues if d.vetoed is None])
    if not best or best[0].value == issued.isoformat():
        return
    for c in terms:
        days = {d.isoformat() for d in due_days(issued, c.value)}
        if best[0].value in days and is_whole_terms(c.value) and TERMS_NOTE not in c.notes:
            c.agree += 1
            c.notes.append(TERMS_NOTE)
            return


def _agree(c: Candidate) -> None:
    c.agree += 1
    c.notes.append(NOTE)
