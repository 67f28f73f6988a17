"""Constraints between candidates: they re-rank, they never patch a value.

Each check adds agreement or disagreement to the candidates it concerns (or vetoes one that
cannot be the value); ``extraction.resolve`` then chooses, and the calibration turns the
evidence into a confidence.

- totals: net + tax = gross, the lines' amounts sum to the net, the VAT per rate of the
  lines gives the tax; a total missing from the labels may be the printed amount that
  the two others imply;
- dates: a document is read month-first throughout when one of its dates can only be
  American (and day-first when one can only be European); a due date is not before the
  document date;
- identifiers: a document number that is also a street number, a postcode or a phone
  number on the page is not the document number;
- currency: a labelled currency outranks the signs counted over the page;
- a row's readings: of the readings OCR allows for a row's quantity, price and amount
  (``extraction.tables.readings``), the one combination under which quantity x price =
  amount holds (``row_reading``).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Sequence
from decimal import Decimal

from extraction import due_by_terms, totals_balance, totals_prose
from extraction.candidates.collect import PrintedAmount
from extraction.candidates.model import UNCONFIRMED_CAP, Candidate, Candidates, best_first
from extraction.layout import PageLayout
from extraction.parse.amounts import decimal_or_none as _dec
from extraction.parse.dates import numeric_orders
from extraction.parse.text import fold
from extraction.result import BBox, LineItem, Source, to_the_cent
from extraction.totals import VAT_RATES, add_derived, items, vat_summary
from extraction.totals_charges import lines_sum as _lines_sum

TOTALS = ("total_net", "total_tax", "total_gross")
# the label rank of a reference whose label says whose it is ("Your order", "Réf. client")
_WHOSE_RANK = 3


def _lines_vat(lines: list[LineItem]) -> Decimal | None:
    bases: dict[Decimal, Decimal] = {}
    for li in lines:
        rate, total = _dec(li.tax_rate), _dec(li.line_total)
        if rate is None or total is None:
            return None
        bases[rate] = bases.get(rate, Decimal(0)) + total
    if not bases:
        return None
    return sum(((b * r / 100).quantize(Decimal("0.01")) for r, b in bases.items()), Decimal(0))


def totals(
    cands: Candidates,
    lines: list[LineItem],
    printed: dict[Decimal, tuple[int, BBox]],
    amounts: tuple[list[PrintedAmount], bool] | None = None,
) -> None:
    """Choose the most credible consistent set of totals and mark its members."""
    lines_sum = _lines_sum(lines)
    lines_vat = _lines_vat(lines)
    for c in cands.get("total_net", []):
        v = _dec(c.value)
        if lines_sum is not None and v is not None and to_the_cent(v, lines_sum):
            c.agree += 1
            c.notes.append("lines sum to it")
    for c in cands.get("total_tax", []):
        v = _dec(c.value)
        if lines_vat is not None and v is not None and abs(v - lines_vat) <= Decimal("0.03"):
            c.agree += 1
            c.notes.append("VAT per rate of the lines")
    _derive_missing(cands, printed, lines_sum, len(lines) == 1)
    if amounts is not None:
        outside = [a for a in amounts[0] if not a.last_line]
        # the bare rows ending the table may be the totals taken for items: the lines
        # before them may be the ones that sum to the net
        kept = items(lines)
        items_sum = _lines_sum(kept) if len(kept) < len(lines) else None
        by_arithmetic(cands, (outside, amounts[1]), lines_sum, items_sum)
        totals_row_read_as_line(cands, amounts[0], lines)
    tops = {n: best_first(cands.get(n, []))[:4] for n in TOTALS}
    best: tuple[float, tuple[Candidate | None, ...]] | None = None
    options: list[list[Candidate | None]] = [[*tops[n], None] for n in TOTALS]
    for chosen in itertools.product(*options):
        score = sum(c.score for c in chosen if c is not None)
        values = [Decimal(c.value) for c in chosen if c is not None]
        if len(values) == 3:
            # a tax above the highest rate of the net is no tax of it: the net and the tax
            # taken for one another
            adds_up = to_the_cent(values[0] + values[1], values[2])
            score += 1.5 if adds_up and values[1] <= values[0] * MAX_RATE / 100 else -0.5
        if best is None or score > best[0] + 1e-9:
            best = (score, chosen)
    if best is None:
        return
    members = [c for c in best[1] if c is not None]
    if len(members) == 3:
        net, tax, gross = members
        consistent = to_the_cent(Decimal(net.value) + Decimal(tax.value), Decimal(gross.value))
        for c in members:
            if consistent:
                c.agree += 1
                c.notes.append("net + tax = gross")
            else:
                c.disagree += 1
                c.notes.append("net + tax != gross")
    # the chosen set leads: a total left out of it is not shown in its place
    for member in members:
        member.lead = 2.0


# documents that print amounts without a total of their own: a delivery note's weights
_NO_TOTAL_KINDS = ("delivery_note",)
LONE_AMOUNT_NOTE = "the only amount printed with cents, its label unread"


def lone_amount(
    cands: Candidates, printed: dict[Decimal, tuple[int, BBox]], doc_type: str, source: Source
) -> None:
    """No total read at all, and one amount only printed with cents on the whole document
    ("34278587 | 6/18/2017 | $56,651.49", an invoice whose items are whole numbers): that
    amount is what the document totals to. Capped: a clerk confirms."""
    if doc_type in _NO_TOTAL_KINDS or any(cands.get(n) for n in TOTALS):
        return
    cents = [v for v in printed if v > 0 and v.as_tuple().exponent == -2]
    if len(cents) != 1:
        return
    value = cents[0]
    page, bbox = printed[value]
    cands.setdefault("total_gross", []).append(
        Candidate(
            "total_gross",
            str(value),
            page,
            bbox,
            source,
            "derived",
            prior=ARITHMETIC_PRIOR,
            cap=UNCONFIRMED_CAP,
            notes=[LONE_AMOUNT_NOTE],
        )
    )


def _derive_missing(
    cands: Candidates,
    printed: dict[Decimal, tuple[int, BBox]],
    lines_sum: Decimal | None,
    one_line: bool = False,
) -> None:
    """A total with no label read ("Total HT" garbled), when the two others imply a value
    printed on the page: that amount is a candidate, derived."""
    top: dict[str, Candidate | None] = {}
    for n in TOTALS:
        ranked = best_first(cands.get(n, []))
        top[n] = ranked[0] if ranked else None
    net, tax, gross = (top[n] for n in TOTALS)
    implied: dict[str, Decimal] = {}
    if tax is not None and gross is not None:
        implied["total_net"] = Decimal(gross.value) - Decimal(tax.value)
    if net is None and lines_sum is not None and not one_line:
        implied.setdefault("total_net", lines_sum)
    if net is None and one_line and lines_sum is not None and implied.get("total_net") == lines_sum:
        # one line's amount is printed as the line: that says nothing of a net printed
        del implied["total_net"]
    if tax is None and net is not None and gross is not None:
        implied["total_tax"] = Decimal(gross.value) - Decimal(net.value)
    if gross is None and net is not None and tax is not None:
        # "Total HT | TVA 20 % | Montant": the amount to pay under a word no label reads
        implied["total_gross"] = Decimal(net.value) + Decimal(tax.value)
    for name, value in implied.items():
        if value <= 0 or value not in printed:
            continue
        ref = gross or net or tax
        if ref is None:
            continue  # only the lines imply it: no read total to vouch for its source
        add_derived(
            cands,
            name,
            value,
            printed[value],
            ref.source,
            prior=0.4,
            ocr_conf=ref.ocr_conf,
            cap=UNCONFIRMED_CAP,
            notes=["implied by the other totals and printed on the page, its label unread"],
        )


# a total found by arithmetic alone, its label unread, is held at UNCONFIRMED_CAP: a clerk confirms
ARITHMETIC_PRIOR = 0.3
ARITHMETIC_NOTE = "net + tax = gross among the amounts after the line table"


def _vat_rate(net: Decimal, tax: Decimal) -> Decimal | None:
    """The VAT rate of which ``tax`` is the amount on ``net``, to the cent, if any."""
    for rate in VAT_RATES:
        if abs((net * rate / 100).quantize(Decimal("0.01")) - tax) <= Decimal("0.011"):
            return rate
    return None


MAX_RATE = max(VAT_RATES)


def _gross_as_column_sum(
    cands: Candidates, amounts: list[PrintedAmount], lines_sum: Decimal | None
) -> None:
    """No tax printed (a payment advice, a remittance, an exempt supply): the largest amount
    that is the sum of two or more amounts printed above it in one column (or
    of the lines read) is what the document totals to."""
    if not amounts:
        return
    last = max(amounts, key=lambda a: (a.value, a.order))
    below = [a for a in amounts if a.order > last.order and _same_column(a, last)]
    if last.value <= 0 or below:
        return  # a total ends its column: amounts under it (a discount, a charge) change it
    above = [a for a in amounts if a.order < last.order and a.page == last.page]
    # the column it sums may be its own or another (a remittance's "Paid 1 730,30" under a
    # table): amounts aligned on their right edges, or on their left ones
    columns: dict[tuple[int, int], list[PrintedAmount]] = {}
    for a in above:
        columns.setdefault((0, round(a.bbox[2] / 4)), []).append(a)
        columns.setdefault((1, round(a.bbox[0] / 4)), []).append(a)
    sums = [sum((a.value for a in col), Decimal(0)) for col in columns.values() if len(col) >= 2]
    if lines_sum is not None:
        sums.append(lines_sum)
    if not any(to_the_cent(total, last.value) for total in sums):
        return
    cands.setdefault("total_gross", []).append(
        Candidate(
            "total_gross",
            str(last.value.quantize(Decimal("0.01"))),
            last.page,
            last.bbox,
            last.source,
            "derived",
            prior=ARITHMETIC_PRIOR,
            ocr_conf=last.ocr_conf,
            order=last.order,
            cap=UNCONFIRMED_CAP,
            notes=["the sum of the amounts printed above it, its label unread"],
        )
    )


def _same_column(a: PrintedAmount, b: PrintedAmount) -> bool:
    """Right-aligned or left-aligned one under the other."""
    return abs(a.bbox[2] - b.bbox[2]) <= 4 or abs(a.bbox[0] - b.bbox[0]) <= 4


def _split_by_rate(
    tax: PrintedAmount, amounts: list[PrintedAmount], after: int, before: int
) -> bool:
    """Is ``tax`` the sum of two amounts printed between the net and the gross (the VAT of
    each rate, "TVA 5,5 % | TVA 20 %", then their total)?"""
    between = [a for a in amounts if after < a.order < before and a is not tax]
    return any(
        to_the_cent(a.value + b.value, tax.value) for a, b in itertools.combinations(between, 2)
    )


def _aligned(members: Sequence[PrintedAmount]) -> bool:
    """Printed as a column (right or left edges together) or along one row, as totals are."""
    same_page = len({m.page for m in members}) == 1
    lefts, rights = [m.bbox[0] for m in members], [m.bbox[2] for m in members]
    tops = [m.bbox[1] for m in members]
    column = max(rights) - min(rights) <= 4 or max(lefts) - min(lefts) <= 4
    return same_page and (column or max(tops) - min(tops) <= 3)


def by_arithmetic(
    cands: Candidates,
    found: tuple[list[PrintedAmount], bool],
    lines_sum: Decimal | None,
    items_sum: Decimal | None = None,
) -> None:
    """Totals whose labels no vocabulary reads ("Warenwert | Abgabe | Endbetrag", or no
    word at all): among the amounts after the line table, three printed in a column or a
    row with net + tax = gross, the tax a VAT rate of the net, the gross printed last. The
    lines summing to the net settle between several such sets; without lines read, the set
    must be the only one. Each member is proposed where its field has no candidate of that
    value, capped: arithmetic alone never makes a value sure."""
    amounts, bounded = found
    if len(amounts) < 3 or all(cands.get(n) for n in TOTALS):
        return
    amounts = amounts[-40:]  # a totals block is short; a long list is a table read as text
    sets: list[tuple[int, tuple[PrintedAmount, PrintedAmount, PrintedAmount]]] = []
    for net, tax, gross in itertools.permutations(amounts, 3):
        if not (net.value > 0 and gross.value > net.value and gross.order > net.order):
            continue
        if tax.value >= net.value or not to_the_cent(net.value + tax.value, gross.value):
            continue
        if tax.value == 0 or not _aligned((net, tax, gross)):
            continue
        sums = any(s is not None and to_the_cent(s, net.value) for s in (lines_sum, items_sum))
        rate = _vat_rate(net.value, tax.value) is not None
        if not rate and not (
            tax.value <= net.value * MAX_RATE / 100
            and (sums or _split_by_rate(tax, amounts, net.order, gross.order))
        ):
            continue  # no rate gives the tax, nor does a mix of rates the lines vouch for
        sets.append((int(sums), (net, tax, gross)))
    # "Subtotal + Shipping = Net, Net + VAT = Total": a sum whose result is the net of
    # another set adds charges to the goods, it is not the totals
    nets = {ms[0].value for _s, ms in sets}
    sets = [(s, ms) for s, ms in sets if ms[2].value not in nets]
    if not sets:
        if not any(cands.get(n) for n in TOTALS):
            _gross_as_column_sum(cands, amounts, lines_sum)
        return
    best = max(s for s, _ in sets)
    top = {tuple(m.value for m in ms) for s, ms in sets if s == best}
    if len(top) != 1 or (not bounded and not best and len(sets) > 1):
        return  # two sets of different values add up: nothing says which
    chosen = next(ms for s, ms in sets if s == best)
    for name, m in zip(TOTALS, chosen, strict=True):
        notes = [ARITHMETIC_NOTE] + (["lines sum to the net"] if best else [])
        _propose_printed(cands, name, m, ARITHMETIC_PRIOR + 0.1 * best, notes)


def _propose_printed(
    cands: Candidates, name: str, m: PrintedAmount, prior: float, notes: list[str]
) -> None:
    """A printed amount the arithmetic chose for the total ``name``, capped: a clerk confirms."""
    add_derived(
        cands,
        name,
        m.value,
        (m.page, m.bbox),
        m.source,
        prior=prior,
        ocr_conf=m.ocr_conf,
        order=m.order,
        cap=UNCONFIRMED_CAP,
        notes=notes,
    )


TOTALS_ROW_NOTE = "the last line item's row holds net + tax = gross, the other lines sum to net"


def totals_row_read_as_line(
    cands: Candidates, amounts: list[PrintedAmount], lines: list[LineItem]
) -> None:
    """The totals printed as one row under the table ("59.669,51 $ | 11.933,90 $ |
    71.603,41 $") with labels no vocabulary reads, taken for one more line item: in the
    last item's row, three amounts with net + tax = gross, the tax at most the highest VAT
    rate of the net (a sales tax at any rate), the net the sum of the other items. Proposed
    where the field has no candidate of that value, capped."""
    if len(lines) < 2 or all(cands.get(n) for n in TOTALS):
        return
    row = [a for a in amounts if a.last_line]
    others = _lines_sum(lines[:-1])
    if len(row) < 3 or others is None:
        return
    found: dict[tuple[Decimal, ...], tuple[PrintedAmount, ...]] = {}
    for net, tax, gross in itertools.permutations(row, 3):
        if not (0 < tax.value < net.value and net.order <= gross.order):
            continue
        if not (to_the_cent(net.value + tax.value, gross.value) and to_the_cent(net.value, others)):
            continue
        if tax.value > net.value * MAX_RATE / 100:
            continue  # no tax rate is that high: the row is something else
        found.setdefault((net.value, tax.value, gross.value), (net, tax, gross))
    if len(found) != 1:
        return
    for name, m in zip(TOTALS, next(iter(found.values())), strict=True):
        _propose_printed(cands, name, m, ARITHMETIC_PRIOR + 0.1, [TOTALS_ROW_NOTE])


# a US state's code and a ZIP code ("Austin, TX 78701"); any two capitals before five
# digits would take a French "Montant HT 18987,32" for one
_US_STATES = (
    "AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV "
    "NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR"
)
_US_ADDRESS = re.compile(
    rf"\b(?:{'|'.join(_US_STATES.split())}),? \d{{5}}(?:-\d{{4}})?\b(?![,.]\d)"
)
DATE_FIELDS = ("document_date", "due_date", "delivery_date", "payment_date")
# "31.10.72": a dotted group of three short numbers is an article or section code far more
# often than a date (no one prints a document's own date with a two-digit year and dots in a
# table): it says nothing of the order the document's dates are written in
_CODES = re.compile(r"(?<![\d.])\d{1,2}\.\d{1,2}\.\d{2}(?![\d.])")


def dates(cands: Candidates, text: str, doc_type: str = "invoice", language: str = "en") -> None:
    """One reading order for the whole document, due dates not before the document, and an
    order's delivery not before the order."""
    dmy, mdy = numeric_orders(_CODES.sub(" ", text))
    wrong = "month-first" if dmy > mdy else "day-first" if mdy > dmy else None
    # with no date to tell, an American address or dollar amounts are a hint of American
    # dates (not on a page in French: it writes its dates day-first whatever its currency)
    american = (
        wrong is None and language != "fr" and (_US_ADDRESS.search(text) is not None or "$" in text)
    )
    for name in DATE_FIELDS:
        for c in cands.get(name, []):
            if wrong is not None and wrong in c.notes:
                c.vetoed = f"the document's other dates are {'day' if dmy > mdy else 'month'}-first"
            elif american and "month-first" in c.notes:
                c.prior += 0.03
    docs = best_first(cands.get("document_date", []))[:3]
    dues_all = cands.get("due_date", [])
    doc_other = _other_reading(docs[0], cands.get("document_date", [])) if docs else None
    for c in dues_all:
        if not docs:
            break
        # a due date read one way is compared with the document's date read the same way:
        # "04/11/2024" month-first follows "03/12/2024" month-first, though not the
        # document's day-first reading that happened to rank first
        ref = _read_alike(c, docs[0], doc_other) if _order_of(c) else docs[0]
        if c.value >= ref.value:
            # a reading of an ambiguous date agrees only where the other reading of the same
            # print would come before the document: both after it, nothing tells them apart.
            # The document's date read the other way too, when it is ambiguous as well: a
            # page whose every date reads both ways is read one way throughout, and the due
            # date then follows the document's date in either reading
            other = _other_reading(c, dues_all)
            if (
                other is not None
                and other.value < _read_alike(other, docs[0], doc_other).value
                and c.value >= _read_alike(c, docs[0], doc_other).value
            ):
                c.agree += 1
        else:
            c.disagree += 1
            c.notes.append("before the document date")
    _due_read_as_document(docs, dues_all)
    # an order's delivery is asked for after the order: of the two readings of an ambiguous
    # date, one before the order's date read the same way (the other after it) is not the
    # delivery's
    if docs and doc_type in ("purchase_order", "order_confirmation"):
        deliveries = cands.get("delivery_date", [])
        for c in deliveries:
            other = _other_reading(c, deliveries)
            if (
                other is not None
                and c.value < _read_alike(c, docs[0], doc_other).value
                and other.value >= _read_alike(other, docs[0], doc_other).value
            ):
                c.disagree += 1
                c.notes.append("before the order's date")
    # a delivery is within a year of the document that asks for it or bills it: a date
    # further away is another date's (a contract's start, a warranty's end, a birth date)
    if docs:
        for c in cands.get("delivery_date", []):
            if abs(_days_apart(c.value, docs[0].value)) > DELIVERY_SPAN_DAYS:
                c.disagree += 1
                c.notes.append("more than a year from the document date")
    # an ambiguous document date agrees with the reading that makes the due date follow it
    # a due date found by its place alone vouches for no reading of the document's date
    dues = [u for u in best_first(cands.get("due_date", [])) if u.origin != "position"]
    all_docs = cands.get("document_date", [])
    for d in docs:
        if dues and ("day-first" in d.notes or "month-first" in d.notes):
            order = "day-first" if "day-first" in d.notes else "month-first"
            same = [u for u in dues if order in u.notes]
            # the other reading of both dates keeping them in order too says nothing
            d_other = _other_reading(d, all_docs)
            u_other = _other_reading(same[0], dues) if same else None
            either = d_other is not None and u_other is not None and u_other.value >= d_other.value
            if same and same[0].value >= d.value and not either:
                d.agree += 1


DELIVERY_SPAN_DAYS = 366


def _days_apart(a: str, b: str) -> int:
    """Days from ISO date ``b`` to ISO date ``a`` (0 when either does not parse)."""
    from datetime import date

    try:
        return (date.fromisoformat(a) - date.fromisoformat(b)).days
    except ValueError:
        return 0


def _order_of(c: Candidate) -> str | None:
    return next((n for n in ("day-first", "month-first") if n in c.notes), None)


def _read_alike(date: Candidate, doc: Candidate, doc_other: Candidate | None) -> Candidate:
    """The reading of the document's date made in the same order (day-first or month-first)
    as ``date``'s: ``doc`` unless it is ambiguous and ``doc_other``, its other reading, is
    the one in that order. Comparing one print read day-first with another read
    month-first set "06/11/2024" (due) after "06/11/2024" (document) and made it sure."""
    if doc_other is not None and _order_of(doc) != _order_of(date):
        return doc_other
    return doc


# what a due date's reading gains for being read in the order the document's date is read
SAME_ORDER_PRIOR = 0.03


def _due_read_as_document(docs: list[Candidate], dues: list[Candidate]) -> None:
    """Of the two readings of an ambiguous due date, the one in the order the best reading
    of an ambiguous document date is made in ranks first: one page writes its dates one
    way. A nudge, not an agreement: the document's reading is itself a guess."""
    order = _order_of(docs[0]) if docs else None
    if order is None:
        return
    for c in dues:
        if _order_of(c) == order and _other_reading(c, dues) is not None:
            c.prior += SAME_ORDER_PRIOR


def _other_reading(c: Candidate, group: list[Candidate]) -> Candidate | None:
    """The other reading (day-first or month-first) of the ambiguous date ``c`` was read
    from, or None when ``c`` is no such reading."""
    order = _order_of(c)
    if order is None:
        return None
    other = "month-first" if order == "day-first" else "day-first"
    return next((o for o in group if other in o.notes and o.bbox == c.bbox and o is not c), None)


_STREET = re.compile(
    r"\b(rue|avenue|av|bd|boulevard|chemin|allee|impasse|route|place|quai|cours|street|st|"
    r"road|rd|way|drive|dr|lane|ln|avenue|ave|parkway|pkwy|suite|ste|building|bldg|floor|"
    r"strasse|str|platz|calle|via|po box|bp|cs|cedex)\b"
)
_PHONE = re.compile(r"(?:\+\d{1,3}[\s.]?)?(?:\(?\d{1,4}\)?[\s.\-]){2,5}\d{2,4}")
_POSTCODE = re.compile(r"\b\d{4,5}\b(?=\s+[A-Z][A-Za-z\-]+)")


def page_numbers_of_other_kinds(layouts: list[PageLayout]) -> set[str]:
    """Numbers printed as part of an address (street numbers, postcodes) or a phone number."""
    found: set[str] = set()
    for layout in layouts:
        for seg in layout.segments:
            text, folded = seg.text, seg.folded
            if _STREET.search(folded):
                found.update(re.findall(r"\b\d{1,6}\b", text))
            found.update(m.group(0) for m in _POSTCODE.finditer(text))
            for m in _PHONE.finditer(text):
                digits = re.sub(r"\D", "", m.group(0))
                if len(digits) >= 7:
                    found.add(digits)
                    found.update(re.findall(r"\d+", m.group(0)))
    return found


def identifiers(cands: Candidates, layouts: list[PageLayout], doc_type: str = "invoice") -> None:
    others = page_numbers_of_other_kinds(layouts)
    for name in ("document_number", "order_number", "customer_number"):
        for c in cands.get(name, []):
            if c.value.isdigit() and c.value in others and c.label_rank < 2:
                c.vetoed = "a street number, postcode or phone number"
            elif c.value.isdigit() and c.value in others:
                c.disagree += 1
                c.notes.append("also printed in an address or phone number")
    _not_their_number(cands)
    _not_the_senders_order(cands, doc_type)
    # the customer's order reference is not the document's own number
    own = best_first(cands.get("document_number", []))
    if own:
        for c in cands.get("order_number", []):
            if c.value == own[0].value and c.label_rank < min(own[0].label_rank, _WHOSE_RANK):
                # a bare order noun ("Sales order" printed as the band's kind, over or
                # beside the number) reads the document's own number, which a label that
                # names it better gives: one print, the document's
                c.vetoed = "the document's own number, by a better label"
            elif c.value == own[0].value and c.label_rank <= own[0].label_rank:
                c.disagree += 1
    elif doc_type == "order_confirmation":
        # a confirmation always carries its own number: when none was found, the one number
        # an order noun labels ("Order #") may be that one as well as the buyer's order,
        # unless its label says whose it is ("Your order", "Customer PO")
        for c in cands.get("order_number", []):
            if c.label_rank < _WHOSE_RANK:
                c.cap = min(c.cap, UNCONFIRMED_CAP)
                c.notes.append("a confirmation's only number: its own or the buyer's order")


def _not_their_number(cands: Candidates) -> None:
    """A value a label says is the buyer's ("Your order", "Customer PO") is not the
    document's own number that a weaker label gives the same value (a caption read over
    the wrong value, a bare "No."): one document has one number, not also its buyer's."""
    theirs = {
        c.value: c.label_rank
        for name in ("order_number", "customer_number")
        for c in cands.get(name, [])
        if c.vetoed is None and c.label_rank >= _WHOSE_RANK
    }
    for c in cands.get("document_number", []):
        if c.vetoed is None and c.label_rank < theirs.get(c.value, 0):
            c.disagree += 1
            c.notes.append("the buyer's number by a label that says whose it is")


# a word that makes a reference the sender's own ("Our order no.", "Notre réf.", "Internal
# ref."), on what a seller writes: its sales order or file, not the buyer's purchase order
_OURS = re.compile(r"\b(?:our|ours|notre|nos|internal|interne)\b")
# the kinds a seller writes; a payment advice or a purchase order is the buyer's, its "our
# order" is the buyer's own
_SELLERS_KINDS = ("invoice", "credit_note", "delivery_note", "order_confirmation")


def _not_the_senders_order(cands: Candidates, doc_type: str) -> None:
    """An order number whose label says it is the sender's own ("Our order no.") is the
    seller's sales order on what a seller writes, not the buyer's order it answers."""
    if doc_type not in _SELLERS_KINDS:
        return
    for c in cands.get("order_number", []):
        if c.vetoed is not None or c.origin not in ("label", "grid") or not c.notes:
            continue
        label = fold(c.notes[0])
        at = label.find(fold(c.value))
        if _OURS.search(label[:at] if at > 0 else label):
            c.vetoed = "the sender's own order by its label's words, not the buyer's"


def currency(cands: Candidates) -> None:
    """A currency printed under its label ("Devise: USD") says what the document's amounts
    are in; signs counted over the page may come from a legal clause ("indemnité de 40 €")
    and agree with it or not."""
    found = cands.get("currency", [])
    labelled = {c.value for c in found if c.origin in ("label", "grid")}
    if len(labelled) != 1:
        return
    for c in found:
        if c.origin == "vocabulary":
            if c.value in labelled:
                c.agree += 1
            else:
                c.disagree += 1
                c.notes.append("not the labelled currency")


# words of a block's caption: the role of a party and the words around it ("1 Sender (name,
# address)", "Titulaire / Fournisseur", "Titulaire du marché") or a document's title
# ("Liste de colisage"); a name made only of them is the caption, not the party
_CAPTION_WORDS = frozenset(
    re.findall(
        r"\w+",
        "expediteur destinataire sender receiver recipient consignee consignor shipper carrier "
        "transporteur titulaire fournisseur supplier vendor seller vendeur customer client "
        "acheteur buyer beneficiaire emetteur payee payer donneur ordre issuer bill ship sold "
        "nom adresse name address du de des la le les l d the of and et to a marche contract "
        "details informations information coordonnees party partie liste colisage packing "
        "slip list bordereau lettre voiture bon commande livraison facture invoice avoir devis "
        "quote quotation order confirmation delivery note credit date s o p so po ref no",
    )
)


def party_captions(cands: Candidates) -> None:
    """A party's name that is its block's caption or the document's title is no name."""
    from extraction.parse.text import fold

    for name in ("customer_name", "supplier_name"):
        for c in cands.get(name, []):
            words = re.findall(r"[a-z]+", fold(c.value))
            if words and all(w in _CAPTION_WORDS for w in words):
                c.vetoed = "a caption or a title, not a name"


def apply(
    cands: Candidates,
    lines: list[LineItem],
    layouts: list[PageLayout],
    text: str,
    printed: dict[Decimal, tuple[int, BBox]],
    amounts: tuple[list[PrintedAmount], bool],
    doc_type: str = "invoice",
    source: Source = "text",
    language: str = "fr",
) -> None:
    vat_summary(cands, layouts, lines, printed, language, source)
    totals_prose.in_prose(cands, layouts, lines, language)
    totals_balance.previous_balance(cands, layouts, language)
    totals(cands, lines, printed, amounts)
    lone_amount(cands, printed, doc_type, source)
    dates(cands, text, doc_type, language)
    due_by_terms.agree_with_terms(cands)
    identifiers(cands, layouts, doc_type)
    currency(cands)
    party_captions(cands)


# at most this many of a row's three cells are read otherwise than OCR first read them
ROW_READING_CHANGES = 2
Readings = Sequence[Decimal | None]


def row_reading(
    qty: Readings,
    price: Readings,
    total: Readings,
    holds: Callable[[Decimal, Decimal, Decimal], bool],
) -> tuple[Decimal, Decimal, Decimal] | None:
    """The row's quantity, price and amount among their readings (each list starts with
    the value first read, None if none was) under which ``holds`` (quantity x price =
    amount, a discount allowed for) is true: the combination that departs from the first
    reading in the fewest cells, when exactly one does; None when the first reading holds,
    when none does or when two do (nothing then says which)."""
    q0, p0, t0 = qty[0], price[0], total[0]
    if q0 is not None and p0 is not None and t0 is not None and holds(q0, p0, t0):
        return None
    found: dict[int, set[tuple[Decimal, Decimal, Decimal]]] = {}
    for i, j, k in itertools.product(range(len(qty)), range(len(price)), range(len(total))):
        q, p, t = qty[i], price[j], total[k]
        changes = (i > 0) + (j > 0) + (k > 0)
        if q is None or p is None or t is None or not 0 < changes <= ROW_READING_CHANGES:
            continue
        if q > 0 and p > 0 and holds(q, p, t):
            found.setdefault(changes, set()).add((q, p, t))
    for changes in sorted(found):
        return next(iter(found[changes])) if len(found[changes]) == 1 else None
    return None
