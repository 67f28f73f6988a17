"""A payment advice's payment date, read from the words that govern a date, not from a list.

The listed labels ("Date de paiement", "Payment date", "Value date") are a few of the ways a
payer says when it paid. Others print a bank's caption ("Date d'exécution", "Debit date",
"Executed on"), a sentence ("nous avons procédé le 12/03/2025 au virement de …", "A payment
of … was sent to your account on 12 March 2025"), a cheque's line ("notre chèque n° … du
12/03/2025"), a title or a subject ("Avis de règlement du 12 mars 2025"), or no date at all
when the advice says it pays on its own date ("virement exécuté ce jour", "we have today
transferred"). Each date is judged by the nearest word that names what it is the date of:

- a word of paying (a transfer, a settlement, a debit, a cheque, "paid", "viré", …) makes
  it a candidate of ``payment_date``;
- a word of another date (an invoice's, a due date's, the print's, an order's) first makes
  it that date's: the invoices an advice settles carry their own dates, and a date in a
  column of dates (the table of those invoices) is never the payment's.

Only on a page typed a payment advice, and every reading here is offered, never shown
sure (``PAYMENT_DATE_CAP``), until a calibration shows what it earns.
"""

from __future__ import annotations

import re

from extraction.candidates.date_roles import both_readings
from extraction.candidates.model import UNCONFIRMED_CAP, Candidate, Candidates
from extraction.candidates.reading import Reading
from extraction.geometry import x_overlap
from extraction.layout import PageLayout, Segment
from extraction.parse.dates import find_dates
from extraction.payment_listing import listed_rows

PAYMENT_DATE_CAP = UNCONFIRMED_CAP
# under a listed label's reading of the payment date (0.65 and more)
WORDS_PRIOR = 0.5
TODAY_YIELDS = 0.08
WORDS_NOTE = "a date a word of paying governs"
TODAY_NOTE = "the advice pays on its own date"
# an advice's only date, offered as the day it pays: below every reading a word says
ONE_DATE_CAP = 0.7
ONE_DATE_YIELDS = 0.2
ONE_DATE_NOTE = "the advice's only date: made out the day it pays"
LISTED_VETO = "a date of an invoice the advice lists"

# words that name a payment made, by any means (folded, in French and English)
PAYING = frozenset(
    {
        "paiement",
        "paiements",
        "payment",
        "payments",
        "paid",
        "paye",
        "payee",
        "payes",
        "reglement",
        "reglements",
        "regle",
        "reglee",
        "regles",
        "settlement",
        "settled",
        "virement",
        "virements",
        "vire",
        "viree",
        "vires",
        "transfer",
        "transfers",
        "transferred",
        "transfert",
        "wire",
        "wired",
        "remittance",
        "remitted",
        "remise",
        "execution",
        "executed",
        "execute",
        "executee",
        "operation",
        "debit",
        "debited",
        "debite",
        "credit",
        "credited",
        "credite",
        "valeur",
        "value",
        "cheque",
        "cheques",
        "check",
        "checks",
        "disbursement",
        "decaissement",
        "processing",
        "traitement",
        "sent",
        "initiated",
        "ordonne",
        "released",
        "funds",
        "pay",
        "effective",
        "deposit",
        "deposited",
        "posting",
        "posted",
        "booking",
        "comptabilisation",
        "encaissement",
        "ach",
        "eft",
        "sepa",
        "bacs",
        "swift",
    }
)
# words that make the date another's: an invoice's, a due date's, an order's, a delivery's,
# the print's, a period's ("issued", "émis" name a document's issue as often as a payment's:
# they say nothing either way)
OTHER = frozenset(
    {
        "facture",
        "factures",
        "invoice",
        "invoices",
        "inv",
        # (not "avoir", as often the verb: "nous vous informons avoir procédé le …")
        "avoirs",
        "echeance",
        "due",
        "echu",
        "commande",
        "order",
        "orders",
        "cde",
        "livraison",
        "delivery",
        "edition",
        "edite",
        "editee",
        "printed",
        "print",
        "imprime",
        "etabli",
        "etablie",
        "created",
        "releve",
        "statement",
        "period",
        "periode",
        # the advice's own date ("Document date", "Date de l'avis", "Advice date")
        "document",
        "avis",
        "advice",
        "notice",
        "notification",
    }
)
_WORD = re.compile(r"[a-z]+")
# how many words from the date its governing word may stand, before it and after it
_BEFORE = 12
_AFTER = 4
# a clause ends at a full stop, not at an abbreviation's ("cheque no. 7028435")
_CLAUSE_END = re.compile(r"(?<!\bno)(?<!\bnr)(?<!\bref)(?<!\binv)(?<!\bcf)[.;!?](?:\s|$)")
# "ce jour", "today", "à la date du présent avis", "on the date of this advice", "on the
# date shown above"
_TODAY = re.compile(
    r"\bce jour\b|\baujourd'hui\b|\btoday\b|\bthis day\b"
    r"|\bdate (?:du present|de ce|de cet|de la presente) (?:avis|document|courrier|lettre)"
    r"|\bdate of this (?:advice|document|notice|letter)"
    r"|\b(?:the )?date (?:shown|given|stated|printed) above\b|\bdate (?:indiquee )?ci-dessus\b"
)


def _words(text: str) -> list[str]:
    return _WORD.findall(text)


def governs(before: str, after: str) -> str | None:
    """ "paid", "other" or None: what the nearest naming word makes of a date with ``before``
    and ``after`` it in its clause (folded): the words before it first, then those after."""
    for w in [*reversed(_words(before)[-_BEFORE:]), *_words(after)[:_AFTER]]:
        if w in OTHER:
            return "other"
        if w in PAYING:
            return "paid"
    return None


def _row_text(layout: PageLayout, index: int) -> str:
    if not 0 <= index < len(layout.rows):
        return ""
    return " ".join(s.folded for s in layout.rows[index].segments)


def _near(layout: PageLayout, a: int, b: int) -> bool:
    """Are rows ``a`` and ``b`` (a above b) lines of one paragraph?"""
    if not (0 <= a < len(layout.rows) and 0 <= b < len(layout.rows)):
        return False
    return layout.rows[b].top - layout.rows[a].bottom < 0.9 * layout.line_height


def _left_words(layout: PageLayout, seg: Segment) -> tuple[str, str]:
    """The segment just left of ``seg`` on its row, read two ways: as a grid's caption (its
    words, when it holds no digit) and as the start of a sentence cut in two ("… cheque no.
    7028435 dated" | "12/9/2025 for …": four words or more, close by)."""
    left = [s for s in layout.rows[seg.row].segments if s.x1 <= seg.x0 + 1]
    if not left:
        return "", ""
    near = left[-1]
    caption = "" if re.search(r"\d", near.text) else near.folded.strip(" :-–—|")
    close = seg.x0 - near.x1 < 2 * layout.line_height
    return caption, near.folded if len(near.words) >= 4 and close else ""


def _dated(layout: PageLayout, index: int, seg: Segment) -> bool:
    """Does row ``index`` hold a date under or over ``seg`` (a column of dates)?"""
    if not 0 <= index < len(layout.rows):
        return False
    return any(x_overlap(s, seg) > 0 and find_dates(s.text) for s in layout.rows[index].segments)


def _caption_over(layout: PageLayout, seg: Segment) -> str:
    """The caption right over ``seg`` when ``seg`` is no cell of a column of dates."""
    if seg.row == 0 or _dated(layout, seg.row + 1, seg) or _dated(layout, seg.row - 1, seg):
        return ""
    above = layout.rows[seg.row - 1]
    if seg.top - above.bottom >= 1.5 * layout.line_height:
        return ""
    over = [s for s in above.segments if x_overlap(s, seg) > 0]
    if len(over) == 1 and not re.search(r"\d", over[0].text):
        return over[0].folded.strip(" :-–—|")
    return ""


def _prose_over(layout: PageLayout, index: int) -> bool:
    """Is the row over row ``index`` a line of prose that runs on to it?"""
    if not _near(layout, index - 1, index):
        return False
    above = layout.rows[index - 1].segments
    return len(above) == 1 and len(above[0].words) >= 4


# how many rows under its head a column of dates is read for
_COLUMN_ROWS = 40


def _one_day_column(layout: PageLayout, seg: Segment) -> str:
    """The head of the column of dates ``seg`` is the first cell of, when the head is a
    word of paying ("Paid on", "Date règlement") and every cell holds the same day."""
    if _dated(layout, seg.row - 1, seg):
        return ""
    head = ""
    for above in reversed(layout.rows[max(0, seg.row - 3) : seg.row]):
        if seg.top - above.bottom >= 2.5 * layout.line_height:
            break
        over = [s for s in above.segments if x_overlap(s, seg) > 0]
        if over:
            if len(over) == 1 and not re.search(r"\d", over[0].text):
                head = over[0].folded.strip(" :-–—|")
            break
    if governs(head, "") != "paid":
        return ""
    day = find_dates(seg.text)[0][0]
    for row in layout.rows[seg.row + 1 : seg.row + 1 + _COLUMN_ROWS]:
        under = [s for s in row.segments if x_overlap(s, seg) > 0]
        days = [d for s in under for d, _a, _b in find_dates(s.text)]
        if under and not days:
            break  # the column ends
        if any(d != day for d in days):
            return ""
    return head


def _clause(before: str, after: str) -> tuple[str, str]:
    """``before`` from its clause's start, ``after`` up to its clause's end."""
    ends = list(_CLAUSE_END.finditer(before))
    if ends:
        before = before[ends[-1].end() :]
    end = _CLAUSE_END.search(after)
    return before, after[: end.start()] if end else after


def _readings(layout: PageLayout, seg: Segment) -> list[tuple[int, int, str]]:
    """(start, end, the words that govern it) of each date of ``seg`` a word of paying
    governs."""
    out: list[tuple[int, int, str]] = []
    found = find_dates(seg.text)
    for i, (_day, start, end) in enumerate(found):
        # the segment's words, up to the dates beside this one
        # (the words between two dates are the later one's label, not the earlier's)
        lo = found[i - 1][2] if i else 0
        before = seg.folded[lo:start]
        after = seg.folded[end:] if i + 1 == len(found) else ""
        column = _dated(layout, seg.row - 1, seg) or _dated(layout, seg.row + 1, seg)
        if not _words(before) and i == 0 and column:
            # a cell of a column of dates (the invoices settled, each on its day): the
            # payment's only under a head of paying, one day on every row
            before = _one_day_column(layout, seg)
            if not before:
                continue
        elif not _words(before) and i == 0:
            # a value in a grid or under a caption, or a sentence's wrapped line: the
            # caption beside it, else the one over it (beside it may stand another value of
            # a row of values under captions), else the line of prose it continues
            beside, sentence = _left_words(layout, seg)
            captions = [t for t in (beside, _caption_over(layout, seg)) if t]
            caption = next((t for t in captions if governs(t, "")), captions[0] if captions else "")
            if caption:
                before = caption
            elif seg is layout.rows[seg.row].segments[0] and _prose_over(layout, seg.row):
                before = _row_text(layout, seg.row - 1)
            else:
                before = sentence
        if (
            # a sentence that runs on to the next line (not the next line of a list)
            len(_words(seg.folded[:start])) >= 3
            and len(_words(after)) < _AFTER
            and i + 1 == len(found)
            and seg is layout.rows[seg.row].segments[-1]
            and _near(layout, seg.row, seg.row + 1)
        ):
            after = f"{after} {_row_text(layout, seg.row + 1)}"
        before, after = _clause(before, after)
        if governs(before, after) == "paid":
            out.append((start, end, f"{before.strip()} … {after.strip()}".strip(" …")))
    return out


def _today(layouts: list[PageLayout]) -> str | None:
    """The words of a clause that says the advice pays on its own date, if one does."""
    for layout in layouts:
        for row in layout.rows:
            text = " ".join(s.folded for s in row.segments)
            for clause in _CLAUSE_END.split(text):
                if _TODAY.search(clause) and set(_words(clause)) & PAYING:
                    return clause.strip()
    return None


def _only_day(layouts: list[PageLayout]) -> str | None:
    """The one day an advice prints outside the table of the invoices it settles (and any
    column of dates, each invoice's own day), when it prints one and no other: a receipt's
    or a remittance's date, which is the day it was made out and the day it pays."""
    days: set[str] = set()
    for layout in layouts:
        listed = listed_rows(layout)
        for seg in layout.segments:
            column = _dated(layout, seg.row - 1, seg) or _dated(layout, seg.row + 1, seg)
            if seg.row in listed or column:
                continue
            days.update(day.isoformat() for day, _a, _b in find_dates(seg.text))
    return next(iter(days)) if len(days) == 1 else None


def _as_paid(
    out: Candidates, day: str | None, notes: list[str], yields: float, cap: float
) -> list[Candidate]:
    """The advice's own date's candidates (those of ``day`` only, when given) offered as its
    payment date, below their own prior and under ``cap``."""
    added: list[Candidate] = []
    for c in out.get("document_date", []):
        if c.vetoed is not None or (day is not None and c.value != day):
            continue
        own = Candidate(**{**c.__dict__, "field": "payment_date", "notes": [*notes, *c.notes]})
        own.prior -= yields
        own.cap = min(own.cap, cap)
        own.agree = own.disagree = 0
        added.append(own)
    return added


def _listed_dates_vetoed(doc: Reading, out: Candidates) -> None:
    """A date printed in an advice's table of the invoices it settles is a listed bill's
    date (under "Dated", "Invoice date", "Du"), never the advice's own, whatever its column's
    head says."""
    spans: dict[int, list[tuple[float, float]]] = {}
    for layout in doc.layouts:
        rows = [layout.rows[i] for i in sorted(listed_rows(layout))]
        spans[layout.page] = [(r.top, r.bottom) for r in rows]
    for c in out.get("document_date", []):
        if c.vetoed is None and c.bbox is not None and c.page is not None:
            mid = (c.bbox[1] + c.bbox[3]) / 2
            if any(top - 1 <= mid <= bottom + 1 for top, bottom in spans.get(c.page, [])):
                c.vetoed = LISTED_VETO


def add(doc: Reading, out: Candidates) -> None:
    """Offer the payment date of a payment advice read from the words that govern its dates,
    and its own date where it says it pays that day."""
    if doc.doc_type == "payment_advice":
        _listed_dates_vetoed(doc, out)
    if doc.doc_type != "payment_advice" or any(
        c.vetoed is None and c.origin in ("label", "grid") for c in out.get("payment_date", [])
    ):
        return  # a listed label said it: the words of other dates add only doubt
    added: list[Candidate] = []
    for layout in doc.layouts:
        for order, seg in enumerate(layout.segments):
            for start, end, words in _readings(layout, seg):
                bbox = seg.bbox_of(start, end)
                cand = Candidate(
                    "payment_date",
                    find_dates(seg.text[start:end])[0][0].isoformat(),
                    layout.page,
                    bbox,
                    doc.sources[layout.page],
                    "pattern",
                    prior=WORDS_PRIOR,
                    ocr_conf=seg.ocr_confidence,
                    label_rank=1,
                    order=order,
                    cap=PAYMENT_DATE_CAP,
                    notes=[words, WORDS_NOTE],
                )
                added.extend(both_readings(cand, seg.text[start:end]))
    if not added and not any(c.vetoed is None for c in out.get("payment_date", [])):
        said = _today(doc.layouts)
        if said is not None:
            added = _as_paid(out, None, [said, TODAY_NOTE], TODAY_YIELDS, PAYMENT_DATE_CAP)
        else:
            day = _only_day(doc.layouts)
            if day is not None:
                added = _as_paid(out, day, [ONE_DATE_NOTE], ONE_DATE_YIELDS, ONE_DATE_CAP)
    if added:
        out.setdefault("payment_date", []).extend(added)
