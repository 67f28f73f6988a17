"""An OCR'd table's amounts settled by the document's own sum: the lines' amounts must add up
to the net total the page prints.

A row's arithmetic (quantity x price = amount) mends a digit OCR misread, but a row whose
printed amount is not its quantity x price (a discount not printed, a quantity rounded)
is then "mended" away from what was printed; and an amount misread on a row with a
discount has no arithmetic to mend it. The net total settles both: when the lines miss
it, the one way of changing the fewest amounts that meets it to the cent is taken, among

1. each amount as OCR read it, where the row's arithmetic replaced it, or the row's
   quantity x price, where it does not give the amount read;
2. then each amount with one digit read as the look-alike the confusion table gives
   (``extraction.candidates.confusions``: "6" for "8", "1" for "7").

Only when the net is itself checked (net + tax = gross, where both are printed) and only on
OCR'd lines; two ways meeting the net change nothing. A changed amount is worked out, not
read: its line is held at ``SETTLED_CONFIDENCE`` for a clerk to confirm.
"""

from __future__ import annotations

import itertools
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from extraction import repairs, trace
from extraction.candidates.confusions import one_glyph_variants
from extraction.parse.amounts import money_str
from extraction.result import CENT, ExtractionResult, LineItem

SETTLED_CONFIDENCE = 0.6
# lines changed at once by the first kind of reading; more and a coincidence is likelier
# than a misreading
_MAX_CHANGED = 2
_MAX_LINES = 60


def _dec(value: str | None) -> Decimal | None:
    try:
        return Decimal(value) if value else None
    except InvalidOperation:
        return None


def checked_net(result: ExtractionResult) -> Decimal | None:
    """The net total (the subtotal where the page prints no net), when nothing printed
    contradicts it (net + tax = gross where the page gives both): what the lines' amounts
    must add up to."""
    net, tax, gross = (result.fields.get(k) for k in ("total_net", "total_tax", "total_gross"))
    net_v = _dec(net.value) if net is not None else None
    if net_v is None:
        subtotal = result.fields.get("subtotal")
        net_v = _dec(subtotal.value) if subtotal is not None else None
    if net_v is None:
        return None
    tax_v = _dec(tax.value) if tax is not None else None
    gross_v = _dec(gross.value) if gross is not None else None
    if tax_v is not None and gross_v is not None and abs(net_v + tax_v - gross_v) > CENT:
        return None
    return net_v


def _arithmetic_options(li: LineItem, total: Decimal) -> list[Decimal]:
    """The amounts the row's own reading offers besides the one kept: the amount read,
    where the arithmetic replaced it, and quantity x price where that is not the amount."""
    out: list[Decimal] = []
    read = _dec(li.read_total)
    if read is not None and abs(read) != total:
        out.append(abs(read))
    qty, price = _dec(li.quantity), _dec(li.unit_price)
    if qty is not None and price is not None and qty > 0 and price > 0:
        product = (qty * price).quantize(Decimal("0.01"), ROUND_HALF_UP)
        if abs(product - total) > CENT and product not in out:
            out.append(product)
    return out


def _glyph_options(li: LineItem, total: Decimal) -> list[Decimal]:
    """The amount with one digit read as its look-alike of the confusion table."""
    text = money_str(total)
    out: list[Decimal] = []
    for variant, _cost in one_glyph_variants(text):
        if variant == text or not all(ch.isdigit() or ch in ".-" for ch in variant):
            continue
        value = _dec(variant)
        if value is not None and value != total and value not in out:
            out.append(value)
    return out


def _one_way(
    options: list[list[tuple[Decimal, Decimal]]], gap: Decimal, most: int
) -> dict[int, Decimal] | None:
    """The one set of at most ``most`` lines, fewest first, whose other amounts close
    ``gap`` (the net less the lines' sum): line -> amount. ``options``: per line, its
    other amounts, each with the change it makes to the sum."""
    moves = [(i, alt) for i, alts in enumerate(options) for alt in alts]
    for n in range(1, most + 1):
        found: list[dict[int, Decimal]] = []
        for combo in itertools.combinations(moves, n):
            if len({i for i, _ in combo}) < n:
                continue
            if abs(sum((delta for _, (_, delta) in combo), Decimal(0)) - gap) <= CENT:
                found.append({i: value for i, (value, _) in combo})
                if len(found) > 1:
                    return None
        if found:
            return found[0]
    return None


def settle_by_net(result: ExtractionResult) -> None:
    """Change the fewest OCR'd line amounts, one way only, so that the lines meet the net
    total (see the module's docstring)."""
    lines = result.lines
    if not repairs.on("line_total_by_net") or not lines or len(lines) > _MAX_LINES:
        return
    if not any(li.source == "ocr" for li in lines):
        return
    net = checked_net(result)
    totals = [_dec(li.line_total) for li in lines]
    if net is None or any(t is None for t in totals):
        return
    kept = [abs(t) for t in totals if t is not None]
    gap = net - sum(kept, Decimal(0))
    if abs(gap) <= CENT:
        return
    chosen = None
    for kind, most in ((_arithmetic_options, _MAX_CHANGED), (_glyph_options, 1)):
        options = [
            [(alt, alt - t) for alt in kind(li, t)] if li.source == "ocr" else []
            for li, t in zip(lines, kept, strict=True)
        ]
        chosen = _one_way(options, gap, most)
        if chosen is not None:
            break
    if chosen is None:
        return
    for i, value in chosen.items():
        before = lines[i].confidence
        lines[i] = (
            lines[i].model_copy(update={"line_total": money_str(value)}).capped(SETTLED_CONFIDENCE)
        )
        trace.note(f"line:{i}", "net sum: amount settled", lines[i].confidence, before)
