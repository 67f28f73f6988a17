"""Totals stated in a sentence, not in a totals block: a letter's "The amount due is EUR
1,234.56 including VAT of 205.76 on a net amount of 1,028.80.", "Pour un montant de
1 234,56 € TTC, dont 205,76 € de TVA (1 028,80 € HT).", "Total: $3,000.00 (tax $250.00,
before tax $2,750.00)".

Each amount of a paragraph of prose is bound to the totals words right before it ("a net
amount of", "TVA :", "Total:") or right after it ("… € HT", "… including VAT", "… de
TVA"); an amount whose words before it say it is something else (a minimum order, a
penalty, a deposit, a threshold, the share capital) is left alone. Then arithmetic chooses
which amount is which: three amounts with net + tax = gross, the tax a rate of the net,
are the totals whatever their words say; two are taken when their words say what they are
and the one missing is a VAT rate of the rest; one alone when its words say it is the
gross (or the net the lines sum to). The lines summing to the net settle between readings.
Found in prose, such totals are proposed capped: a clerk confirms. The same words check the
label reader: a total read under a label whose amount the words right after it name as
another total ("… total de 1 028,80 € HT" read as the gross) is not that total.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from decimal import Decimal

from extraction.candidates.model import UNCONFIRMED_CAP, Candidates
from extraction.layout import PageLayout, Segment
from extraction.parse.amounts import CURRENCY_MARK, find_amounts
from extraction.parse.amounts import decimal_or_none as _dec
from extraction.parse.text import fold
from extraction.result import CENT, BBox, LineItem, Source, to_the_cent
from extraction.totals import VAT_RATES, add_derived, items

TOTALS = ("total_net", "total_tax", "total_gross")
PROSE_PRIOR = 0.35
PROSE_NOTE = "stated in a sentence, its words and net + tax = gross say which total"
MAX_RATE = max(VAT_RATES)

_TAXW = r"(?:vat|tva|tax|taxes|taxe|gst|sales tax)"
# the words of each total; at one place the first alternative that matches is taken, so a
# longer phrase ("net a payer", "incl. VAT") comes before its words
_GROSS = (
    r"ttc|t\.t\.c\.?|toutes taxes comprises|"
    rf"(?:all\s+)?{_TAXW}\s*(?:incl\.?|included|inclusive|incluses?|comprises?)|"
    rf"(?:incl\.?|including|inclusive of|inc\.)\s*(?:of\s+)?(?:all\s+)?{_TAXW}|"
    r"gross|brut|grand total|total general|(?:montant |somme )?net a payer|"
    r"(?:amount|total|balance|sum|montant|somme|reste) (?:due|payable|to pay|a payer|a regler)|"
    r"total amount|montant total|montant ttc|(?:the )?sum of|somme de|remit"
)
_NET = (
    r"net (?:amount|total|price|value)|(?:montant|total|prix|sum) (?:net|ht|hors taxes?)|"
    rf"h\.t\.?|ht|hors {_TAXW}|hors taxes?|"
    rf"(?:excl\.?|excluding|exclusive of|ex\.?|before|pre|net of|without|w/o|plus)\s*-?\s*"
    rf"{_TAXW}|{_TAXW}\s*(?:excl\.?|excluded|exclusive|non comprises?|en sus)|"
    r"pre-?tax|sub-?total|sous-?total|net|taxable|base"
)
_TAX = rf"{_TAXW}"
_WEAK_GROSS = r"total"
_WEAK_TAX = r"dont|of which|whereof"
# a bare word for an amount ("pour un montant de", "for an amount of"): it says neither net
# nor gross, so it is the gross only where arithmetic makes it so or it is the lone amount
_NEUTRAL = r"montant|amount|somme|sum|valeur|value"
NEUTRAL_ROLE = 0.3
_WORDS = re.compile(
    rf"\b(?:(?P<gross>{_GROSS})|(?P<net>{_NET})|(?P<tax>{_TAX})|(?P<wgross>{_WEAK_GROSS})|"
    rf"(?P<wtax>{_WEAK_TAX})|(?P<neutral>{_NEUTRAL}))(?![\w])"
)
# "including VAT of 205.76", "dont TVA de 205,76": the tax, not the amount it is part of
_TAX_PART = re.compile(
    rf"\b(?:(?:incl\.?|including|inclusive of|dont|of which|whereof)\s*{_TAXW}\s*(?:of|de|d')?|"
    rf"{_TAXW}\s*(?:incluses?|comprises?|included)\s*[(:])\s*$"
)
# an amount these words come before is something else than the document's totals
_OTHER = re.compile(
    r"\b(?:capital|penalt\w*|penalite\w*|indemnite\w*|minimum|minimal|a partir de|franco|"
    r"free|deposit|acompte\w*|arrhes|escompte|discount|remise|"
    r"recouvrement|retard|late|fee|fees|frais|credit limit|encours|plafond|deja|already|"
    r"previous|precedent\w*|instal+ments?|paid|regle|received|recu|shipping|port|"
    r"per|par|each|chaque|unit|unitaire)\b"
)
# a threshold right before the amount ("orders over £500", "au-delà de 1 000 €"); "the
# goods listed above come to £1017.00" is no threshold
_THRESHOLD = re.compile(
    r"\b(?:over|above|exceed\w*|more than|less than|under|below|au-dela de|plus de|moins de|"
    r"superieure? a|inferieure? a|jusqu'a|up to)\s*(?:of\s+|de\s+)?$"
)
# between a word and its amount: articles, "of", "is", a colon
_GLUE = re.compile(
    r"^(?:\s|[-−+:=(]|\d{1,2}(?:[.,]\d{1,2})?\s?%|"
    r"\b(?:of|de|du|d'|a|an|the|le|la|l'|un|une|is|est|was|at|au|comes? to|"
    r"amounts? to|s'eleve a|s'elevant a|soit|i\.e\.|this|document|order|invoice|offer|"
    r"quotation|facture|commande|devis|offre|your|votre|notre|our|en|to|pour)\b)*$"
)
# after an amount, before the words that name it ("1 028,80 € HT", "205,76 € de TVA")
_AFTER_GLUE = re.compile(r"^(?:\s|[(]|\b(?:de|d'|of|en)\b)*")
_CURRENCY = re.compile(r"^\s*(?:" + CURRENCY_MARK + r"|euros?\b)", re.IGNORECASE)
_CURRENCY_BEFORE = re.compile(CURRENCY_MARK + r"\s*$", re.IGNORECASE)
_NAMES_NEXT = re.compile(
    r"\s*(?:of|de|d'|:|=)?\s*[-−]?\s*" + CURRENCY_MARK + r"?\s*\d", re.IGNORECASE
)
_UNIT = re.compile(
    r"\s?(?:kg|g|t|tonnes?|m|m2|m3|m²|m³|cm|mm|km|l|ml|h|hrs?|hours?|heures?|pcs?|pces?|"
    r"pieces?|units?|unites?|colis|cartons?|palettes?|pallets?|x)\b"
)
# a sentence ends at ". " (not after an abbreviation), ";", "!", "?"
_ABBREV = re.compile(r"\b(?:incl|excl|ex|inc|i\.e|e\.g|no|nr|n|ref|approx|env|cf|art|qty|qte)$")
MAX_AMOUNTS = 12  # more amounts named by totals words than this: a page of amounts
NEAR = 32  # characters between an amount and the words before it that name it


@dataclass
class _Amount:
    value: Decimal
    page: int
    bbox: BBox
    source: Source
    conf: float
    order: int
    roles: dict[str, float]
    said: str | None = None  # "gross" or "net" when the words right after it say so (HT, TTC)
    neutral: bool = False  # named only by a bare word for an amount ("un montant de")


def _paragraphs(
    layouts: list[PageLayout], spans: dict[int, list[tuple[float, float]]]
) -> list[list[Segment]]:
    """Runs of segments that read as one text: lines of prose one under the other, starting
    at the same x, each but the last long enough to have wrapped."""
    out: list[list[Segment]] = []
    for layout in layouts:
        current: list[Segment] = []
        for row in layout.rows:
            middle = (row.top + row.bottom) / 2
            if any(t - 1 <= middle <= b + 1 for t, b in spans.get(layout.page, [])):
                if current:
                    out.append(current)
                current = []
                continue  # an item's row
            for seg in row.segments:
                prev = current[-1] if current else None
                goes_on = (
                    prev is not None
                    and prev.row != seg.row
                    and abs(prev.x0 - seg.x0) <= 8
                    and seg.top - prev.bottom <= max(prev.height, seg.height) * 1.2
                    and len(re.findall(r"[^\W\d_]{2,}", prev.text)) >= 4
                )
                if not goes_on and current:
                    out.append(current)
                    current = []
                current.append(seg)
        if current:
            out.append(current)
    return out


def _clause_start(text: str, end: int) -> int:
    """Where the sentence holding ``text[end]`` starts."""
    start = 0
    for m in re.finditer(r"[;!?]|\.(?=\s)", text[:end]):
        if m.group(0) == "." and _ABBREV.search(text[: m.start()]):
            continue
        start = m.end()
    return start


def _amounts(paragraph: list[Segment], order: int, language: str) -> list[_Amount]:
    text = ""
    where: list[tuple[int, Segment]] = []
    for seg in paragraph:
        if text:
            text += " "
        where.append((len(text), seg))
        text += seg.text
    folded = fold(text)
    out: list[_Amount] = []
    taken = 0  # the words named by the amount before (its "HT", its "incl. VAT")
    for value, start, end in find_amounts(text, language):
        if not re.search(r"[.,]\d{2}$", text[start:end]) and not (
            _CURRENCY.match(text[end:]) or _CURRENCY_BEFORE.search(text[:start])
        ):
            continue  # with neither cents nor a currency: a count, a year, a reference
        if re.match(r"\s?%|[./-]\d", text[end:]) or re.search(r"\d[./-]$", text[:start]):
            continue  # a rate, a date, a part of a reference
        if _UNIT.match(folded[end:]):
            continue  # a weight, a length, a count of units
        value = abs(value)  # a credit's amounts, printed negative, are its totals' magnitudes
        if value == 0:
            continue
        roles: dict[str, float] = {}
        begin = max(_clause_start(text, start), taken)
        before = folded[begin:start]
        cur = _CURRENCY_BEFORE.search(before)
        before = before[: cur.start()] if cur else before
        if _OTHER.search(before[-60:]) or _THRESHOLD.search(before):
            taken = end
            continue
        neutral = False
        if _TAX_PART.search(before):
            roles["tax"] = 1.0
        else:
            found = list(_WORDS.finditer(before))
            if found and len(before) - found[-1].end() <= NEAR:
                last = found[-1]
                if _GLUE.match(before[last.end() :]) or len(before) - last.end() <= 3:
                    kind = last.lastgroup or ""
                    if kind == "neutral":
                        roles["gross"], neutral = NEUTRAL_ROLE, True
                    else:
                        roles[kind.lstrip("w")] = 0.6 if kind.startswith("w") else 1.0
        # the words right after it, past its currency
        rest_at = end
        cur_after = _CURRENCY.match(text[end:])
        if cur_after:
            rest_at += cur_after.end()
        glue = _AFTER_GLUE.match(folded[rest_at:])
        at = rest_at + (glue.end() if glue else 0)
        after = _WORDS.match(folded, at)
        taken = rest_at
        bracket = "(" in folded[rest_at:at]  # "(VAT included)" says what it is, "(VAT 205.76"
        kinds = ("gross", "net") if bracket else ("gross", "net", "tax")  # names the next
        said = None
        # "1 028,80 € HT." names it; "… (net GBP 399.60", "… including VAT of 205.76" name
        # the amount that follows them
        labels_next = after is not None and _NAMES_NEXT.match(folded[after.end() :])
        if after is not None and after.lastgroup in kinds and not labels_next:
            named = after.lastgroup or ""
            roles[named] = max(roles.get(named, 0.0), 1.0)
            neutral = False
            taken = after.end()
            said = named if named in ("gross", "net") else None
        if not roles:
            continue
        seg_start, seg = max((w for w in where if w[0] <= start), key=lambda w: w[0])
        local = start - seg_start
        bbox = seg.bbox_of(local, local + (end - start))
        out.append(
            _Amount(
                value,
                seg.page,
                bbox,
                "ocr" if seg.ocr else "text",
                seg.ocr_confidence,
                order,
                roles,
                said,
                neutral and max(roles.values()) <= NEUTRAL_ROLE,
            )
        )
    return out


def _overlap(a: BBox, b: BBox) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _said_otherwise(cands: Candidates, found: list[_Amount]) -> None:
    """A total read under a label whose amount the words right after it name as another
    total ("Total de 1 028,80 € HT" read as the gross) is not that total."""
    for a in found:
        if a.said is None:
            continue
        for name in TOTALS:
            if name == f"total_{a.said}":
                continue
            for c in cands.get(name, []):
                same = c.page == a.page and c.bbox is not None and _overlap(c.bbox, a.bbox)
                if same and c.origin in ("label", "grid") and _dec(c.value) == a.value:
                    c.vetoed = f"the words after it say it is the {a.said} total"


def _rate_of(net: Decimal, tax: Decimal) -> bool:
    """Is ``tax`` a VAT rate in use of ``net``, to the cent?"""
    return any(
        abs((net * rate / 100).quantize(Decimal("0.01")) - tax) <= CENT for rate in VAT_RATES
    )


Reading = tuple[_Amount | None, _Amount | None, _Amount | None]  # net, tax, gross


def _score(reading: Reading, lines_sum: Decimal | None, lone: bool = True) -> float | None:
    """How well the words and the arithmetic support ``reading``; None when they do not.
    ``lone``: the amount is the only one prose names (a neutral amount alone may be the
    gross only then)."""
    net, tax, gross = reading
    present = [a for a in reading if a is not None]
    if len({id(a) for a in present}) < len(present):
        return None
    fit = sum(
        a.roles.get(role, 0.0)
        for a, role in zip(reading, ("net", "tax", "gross"), strict=True)
        if a is not None
    )
    own = [
        a.roles.get(role, 0.0)
        for a, role in zip(reading, ("net", "tax", "gross"), strict=True)
        if a is not None
    ]
    n = net.value if net else (gross.value - tax.value if gross and tax else None)
    lines = 1.0 if lines_sum is not None and n is not None and to_the_cent(lines_sum, n) else 0.0
    if net and tax and gross:
        if not (0 < tax.value < net.value and to_the_cent(net.value + tax.value, gross.value)):
            return None
        if tax.value > net.value * MAX_RATE / 100:
            return None
        return 10 + fit + lines
    if len(present) == 2:
        if gross is not None:
            other = net or tax
            assert other is not None
            if gross.value <= other.value:
                return None
            n2, t2 = (other.value, gross.value - other.value) if net else (n, other.value)
        else:
            assert net is not None and tax is not None
            n2, t2 = net.value, tax.value
        if n2 is None or not 0 < t2 < n2:
            return None
        exact = _rate_of(n2, t2)
        if not exact and not (t2 <= n2 * MAX_RATE / 100 and min(own) > 0 and lines):
            return None
        if min(own) <= 0 and not (exact and max(own) >= 1.0):
            return None
        return 5 + fit + lines
    if len(present) == 1:
        (one,) = present
        role = "gross" if gross is not None else "net" if net is not None else "tax"
        if one.roles.get(role, 0.0) < max(one.roles.values()):
            return None  # its words say rather it is another total
        if one.neutral and not (lone or lines):
            return None  # "un montant de …" among other amounts: nothing says it is the gross
        if gross is not None and one.roles.get("gross", 0.0) > 0:
            return 1 + fit + lines
        if net is not None and one.roles.get("net", 0.0) > 0 and lines:
            return 1 + fit + lines
    return None


def _completed(reading: Reading) -> bool:
    """Are the two totals of a reading of two a VAT rate in use apart to the cent (net and
    gross, net and tax, gross and tax)?"""
    net, tax, gross = reading
    if sum(a is not None for a in reading) != 2:
        return False
    if net is not None and gross is not None:
        t = gross.value - net.value
        return t > 0 and _rate_of(net.value, t)
    if net is not None and tax is not None:
        return _rate_of(net.value, tax.value)
    assert gross is not None and tax is not None
    n = gross.value - tax.value
    return n > 0 and _rate_of(n, tax.value)


def _vet_impossible(cands: Candidates, reading: Reading) -> None:
    """Totals found otherwise that the stated ones rule out: a gross below the net a
    sentence states, a net or a tax above the gross it states."""
    net, _tax, gross = reading
    for name, c in ((n, c) for n in TOTALS for c in cands.get(n, [])):
        v = _dec(c.value)
        if v is None or c.origin == "derived":
            continue
        if name == "total_gross" and net is not None and v < net.value:
            c.vetoed = "below the net a sentence states"
        elif name in ("total_net", "total_tax") and gross is not None and v > gross.value:
            c.vetoed = "above the gross a sentence states"


def in_prose(
    cands: Candidates,
    layouts: list[PageLayout],
    lines: list[LineItem],
    language: str,
) -> None:
    """Propose the totals a sentence states, for the totals no other route found; a total
    read under a label that the words after its amount name otherwise is not that total."""
    from extraction.candidates.collect import table_spans

    kept = items(lines)
    sums = [_dec(li.line_total) for li in kept]
    lines_sum = (
        sum((s for s in sums if s is not None), Decimal(0))
        if kept and all(s is not None for s in sums)
        else None
    )
    found: list[_Amount] = []
    for i, paragraph in enumerate(_paragraphs(layouts, table_spans(kept))):
        found += _amounts(paragraph, i, language)
    _said_otherwise(cands, found)
    if all(cands.get(n) for n in TOTALS):
        return
    if len(found) > MAX_AMOUNTS:
        # a page of amounts: only those that words name plainly as a total are read
        found = [a for a in found if max(a.roles.values()) >= 1.0]
    if not found or len(found) > MAX_AMOUNTS:
        return  # no totals words by an amount, or a page of amounts: not a letter's sentence
    options: list[_Amount | None] = [*found, None]
    scored: list[tuple[float, Reading]] = []
    for reading in itertools.product(options, options, options):
        s = _score(reading, lines_sum, lone=len(found) == 1)
        if s is not None:
            scored.append((s, reading))
    if not scored:
        return
    best = max(s for s, _ in scored)
    values = {tuple(a.value if a else None for a in r) for s, r in scored if s >= best - 0.3}
    if len(values) != 1:
        return  # two readings as good: nothing says which
    reading = next(r for s, r in scored if s == best)
    whole = all(a is not None for a in reading)
    # two totals a VAT rate apart to the cent are as good as three (the third, not printed,
    # is not proposed: the page does not state it)
    whole = whole or _completed(reading)
    if whole:
        _vet_impossible(cands, reading)
    for name, amount in zip(TOTALS, reading, strict=True):
        if amount is None or (cands.get(name) and not whole):
            continue  # where a total was found otherwise, only the three together weigh in
        add_derived(
            cands,
            name,
            amount.value,
            (amount.page, amount.bbox),
            amount.source,
            prior=PROSE_PRIOR,
            ocr_conf=amount.conf,
            order=amount.order,
            cap=UNCONFIRMED_CAP,
            notes=[PROSE_NOTE],
        )
