"""Arithmetic cross-checks that turn into confidence.

A value that agrees with independent ones (lines sum to the net total, net + tax =
gross, the VAT of each rate) is trusted more; one that disagrees is pulled below the
auto-accept threshold so a clerk sees it, instead of passing silently.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from decimal import Decimal
from enum import StrEnum

from extraction import repairs, totals_charges, trace
from extraction.candidates import confusions
from extraction.candidates.model import UNCONFIRMED_CAP
from extraction.layout import PageLayout
from extraction.parse.amounts import decimal_or_none as _dec
from extraction.parse.amounts import repeated_separator
from extraction.result import CENT, ExtractionResult, FieldValue

DOUBT = 0.6  # below any sensible auto-accept threshold


class Check(StrEnum):
    """A check ``apply`` found passing. Read by what it is, never by its name: a learned
    record may lift a document's lines only where a check that ``closes`` its own totals
    passed (``profile_totals.own_totals_close``), and a renamed string would shut or open
    that gate without a word."""

    TOTALS = "totals"  # net + tax = gross
    LINES_SUM = "lines_sum"  # the lines sum to the net, or to a subtotal charges take to it
    RATES = "rates"  # the tax total is the lines' VAT, rate by rate
    REFERENCES = "references"  # the invoices a payment advice lists sum to what it paid

    @property
    def closes(self) -> bool:
        """Does it close the document's own totals (its lines to its net, or its net and
        tax to its gross)? The rates and a payment's references check other sums."""
        return self in (Check.TOTALS, Check.LINES_SUM)


_TOTALS = ("total_net", "total_tax", "total_gross")


def _cap(result: ExtractionResult, names: tuple[str, ...], cap: float, why: str, rule: str) -> None:
    touched = False
    for name in names:
        fv = result.fields.get(name)
        if fv is not None and fv.confidence > cap:
            fv.confidence = cap
            trace.note(f"field:{name}", f"crosscheck: {rule}", cap)
            touched = True
    if touched:
        result.warnings.append(why)


def _digits(value: Decimal) -> str:
    return format(value.quantize(Decimal("0.01")), "f").replace(".", "").lstrip("0")


def _misread(read: Decimal, implied: Decimal) -> bool:
    """Is ``read`` the total ``implied`` once OCR's damage is undone: its decimal separator
    lost ("7250385,00" for "72503,85"), or one digit read as its look-alike from the one
    confusion table ("1 685,20" for "1 665,20")?"""
    want, got = _digits(implied), _digits(read)
    if implied > 0 and read == implied * 100:
        return True
    if len(want) != len(got) or want == got:
        return False
    diff = [(g, w) for g, w in zip(got, want, strict=True) if g != w]
    return len(diff) == 1 and confusions.cost(*diff[0]) < 1.0


def restore_misread_total(result: ExtractionResult) -> None:
    """One total misread by OCR (``_misread``): when net + tax = gross fails and exactly one
    total is, so undone, the value the other two imply, it gets that value, with a
    confidence that asks a clerk."""
    _restore_one_total(
        result,
        _misread,
        "a misread glyph undone by net + tax = gross",
        "crosscheck: misread total undone",
        ocr_only=True,
    )


def restore_lost_digits(result: ExtractionResult) -> None:
    """One total read without its leading digits ("629,26" for "7 629,26": OCR dropped the
    thousands group before a space): when net + tax = gross fails and exactly one total's
    digits are the tail of the value the other two imply, that total gets the value back,
    with a confidence that asks a clerk."""
    _restore_one_total(
        result,
        lambda read, implied: implied > read > 0 and _digits(implied).endswith(_digits(read)),
        "its leading digits restored by net + tax = gross",
        "crosscheck: lost digits restored",
    )


def _restore_one_total(
    result: ExtractionResult,
    fits: Callable[[Decimal, Decimal], bool],
    why: str,
    rule: str,
    ocr_only: bool = False,
) -> None:
    """When the three totals are read and net + tax = gross fails (``ocr_only``: and one of
    them was read by OCR), the one total whose reading ``fits`` the value the other two
    imply gets that value, doubted; nothing when none or several fit."""
    f = result.fields
    read = {n: _dec(f[n].value) if n in f else None for n in _TOTALS}
    net, tax, gross = read["total_net"], read["total_tax"], read["total_gross"]
    if net is None or tax is None or gross is None or abs(net + tax - gross) <= CENT:
        return
    if ocr_only and not any(f[n].source == "ocr" for n in read):
        return
    implied = {"total_net": gross - tax, "total_tax": gross - net, "total_gross": net + tax}
    fixes = [n for n, value in implied.items() if fits(read[n] or Decimal(0), value)]
    if len(fixes) != 1:
        return
    name = fixes[0]
    fv = f[name]
    result.warnings.append(f"{name} read {fv.value}; {why}")
    fv.value = str(implied[name].quantize(Decimal("0.01")))
    fv.confidence, before = min(fv.confidence, DOUBT), fv.confidence
    trace.note(f"field:{name}", rule, fv.confidence, before)


def apply(result: ExtractionResult, layouts: list[PageLayout] | None = None) -> set[Check]:
    """Run the checks; returns those that passed. ``layouts``: the pages' rows, where the
    charges between the lines' subtotal and the net are read."""
    passed: set[Check] = set()
    if repairs.on("total_lost_digits"):
        restore_lost_digits(result)
    if repairs.on("total_misread_glyph"):
        restore_misread_total(result)
    f = result.fields
    net = _dec(f["total_net"].value) if "total_net" in f else None
    tax = _dec(f["total_tax"].value) if "total_tax" in f else None
    gross = _dec(f["total_gross"].value) if "total_gross" in f else None

    if net is not None and tax is not None and gross is not None:
        if abs(net + tax - gross) > CENT:
            _cap(
                result,
                _TOTALS,
                DOUBT,
                f"totals disagree: net {net} + tax {tax} != gross {gross}",
                "totals disagree",
            )
        else:
            passed.add(Check.TOTALS)
    elif gross is not None and (net is None) != (tax is None):
        _cap(
            result,
            _TOTALS,
            UNCONFIRMED_CAP,
            "totals only partly found; cannot check net + tax = gross",
            "totals partly found",
        )

    lines_sum = totals_charges.lines_sum(result.lines)
    if lines_sum is not None and net is not None:
        if totals_charges.bridged(result, layouts):
            passed.add(Check.LINES_SUM)  # a subtotal, then charges the page prints, to the net
        elif abs(lines_sum - net) > CENT:
            for i, li in enumerate(result.lines):
                li.confidence, before = min(li.confidence, 0.7), li.confidence
                trace.note(f"line:{i}", "crosscheck: lines sum", li.confidence, before)
            _cap(
                result,
                ("total_net",),
                0.75,
                f"line totals sum to {lines_sum}, the net total reads {net}",
                "lines sum",
            )
        else:
            passed.add(Check.LINES_SUM)
            if tax is not None and _check_rates(result, tax):
                passed.add(Check.RATES)
    elif result.lines and net is not None:
        for i, li in enumerate(result.lines):
            li.confidence, before = min(li.confidence, 0.8), li.confidence
            trace.note(f"line:{i}", "crosscheck: line totals missing", li.confidence, before)
        result.warnings.append("some line totals are missing; cannot check the net total")

    if result.doc_type == "payment_advice" and result.references and gross is not None:
        amounts = [_dec(r.amount) for r in result.references]
        if all(a is not None for a in amounts):
            paid = sum((a for a in amounts if a is not None), Decimal(0))
            if abs(paid - gross) > CENT:
                _cap(
                    result,
                    ("total_gross",),
                    DOUBT,
                    f"invoices listed sum to {paid}, the total paid reads {gross}",
                    "references sum",
                )
            else:
                passed.add(Check.REFERENCES)
    return passed


def _vat_from_lines(lines: list[tuple[Decimal, Decimal]]) -> Decimal:
    """VAT per rate from (rate, line total) pairs, rounded per rate."""
    bases: dict[Decimal, Decimal] = {}
    for rate, total in lines:
        bases[rate] = bases.get(rate, Decimal(0)) + total
    return sum(
        ((base * rate / 100).quantize(Decimal("0.01")) for rate, base in bases.items()),
        Decimal(0),
    )


def _rates_agree(lines: list[tuple[Decimal, Decimal]], tax: Decimal) -> bool:
    """A cent of slack per rate."""
    rates = len({rate for rate, _total in lines})
    return abs(_vat_from_lines(lines) - tax) <= Decimal("0.01") * (rates + 1)


def _check_rates(result: ExtractionResult, tax: Decimal) -> bool:
    """VAT per rate recomputed from the lines should match the total tax."""
    lines: list[tuple[Decimal, Decimal]] = []
    for li in result.lines:
        rate, total = _dec(li.tax_rate), _dec(li.line_total)
        if rate is None or total is None:
            return False
        lines.append((rate, total))
    if _rates_agree(lines, tax):
        return True
    _cap(
        result,
        ("total_tax",),
        0.75,
        f"VAT from the lines' rates is {_vat_from_lines(lines)}, the total tax reads {tax}",
        "vat rates",
    )
    return False


FREE_TEXT = (
    "customer_name",
    "supplier_name",
    "billing_address",
    "delivery_address",
    "payment_terms",
)
OCR_UNVERIFIED = UNCONFIRMED_CAP


def _separators_misread(result: ExtractionResult, fv: FieldValue) -> bool:
    """Was the OCR'd amount ``fv`` read by taking a repeated separator's last for the
    decimals' ("34.367.53": a thousands comma read as a dot)? A page that misreads one
    comma misreads them all, so net + tax = gross and the lines' sum hold as well for the
    hundredfold reading: the arithmetic cannot vouch for the repair."""
    if fv.page is None or fv.bbox is None or not 0 < fv.page <= len(result.pages):
        return False
    x0, top, x1, bottom = fv.bbox
    for w in result.pages[fv.page - 1].words:
        wx0, wtop, wx1, wbottom = w.bbox
        overlaps = min(x1, wx1) > max(x0, wx0) and min(bottom, wbottom) > max(top, wtop)
        if overlaps and repeated_separator(w.text):
            return True
    return False


def ocr_policy(result: ExtractionResult, passed: Collection[Check]) -> None:
    """OCR'd values are auto-accepted only when something independent vouches for them:
    check digits (already in their confidence), arithmetic, or a clean, certain read of a
    structured value (a date, a number). Free text read by OCR always gets a human look."""
    for name, fv in result.fields.items():
        if fv.source != "ocr":
            continue
        before = fv.confidence
        if name in FREE_TEXT:
            fv.confidence = min(fv.confidence, OCR_UNVERIFIED)
        elif name in _TOTALS:
            vouched = Check.TOTALS in passed
            vouched |= name == "total_gross" and Check.REFERENCES in passed
            vouched |= name == "total_net" and Check.LINES_SUM in passed
            if not vouched or _separators_misread(result, fv):
                fv.confidence = min(fv.confidence, OCR_UNVERIFIED)
        trace.note(f"field:{name}", "ocr policy", fv.confidence, before)
    # arithmetic vouches for a line's numbers, never for its OCR'd description or SKU
    for i, li in enumerate(result.lines):
        if li.source == "ocr":
            li.confidence, before = min(li.confidence, OCR_UNVERIFIED), li.confidence
            trace.note(f"line:{i}", "ocr policy", li.confidence, before)
