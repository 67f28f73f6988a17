"""Puts the pieces together: classification, header fields, identifiers, parties, lines,
cross-checks, into one ``ExtractionResult``."""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import replace
from decimal import Decimal
from typing import TYPE_CHECKING

from extraction import classify, fields
from extraction.errors import EmptyDocumentError
from extraction.layout import PageLayout, Segment
from extraction.lines import RegionReader
from extraction.parse.amounts import currency_in
from extraction.parse.identifiers import find_ibans, find_vats, siren_valid, vat_valid
from extraction.result import BBox, ExtractionResult, FieldValue, LineItem, PageResult

if TYPE_CHECKING:
    from extraction.parties import Block

TEXT_TRUST = 0.97


def _source(page: PageResult) -> str:
    return page.source


def build_result(
    pages: list[PageResult], layouts: list[PageLayout], reread: RegionReader | None = None
) -> ExtractionResult:
    if not any(p.words for p in pages):
        raise EmptyDocumentError("no text could be read on any page (blank or unreadable scan)")
    result = ExtractionResult(pages=pages)
    for p in pages:
        if not p.words:
            result.warnings.append(f"page {p.number} is blank")
    text = "\n".join(p.text for p in pages)
    cls = classify.classify(layouts)
    result.doc_type = cls.doc_type  # type: ignore[assignment]
    result.doc_type_confidence = cls.confidence
    lang, _ = classify.detect_language(text)
    result.language = lang  # type: ignore[assignment]
    by_page = {p.number: p for p in pages}

    hits = fields.label_hits(layouts, cls.doc_type, lang)
    chosen = fields.choose([h for h in hits if h.field != "total_tax"])
    if "total_net" not in chosen and "subtotal" in chosen and "discount" not in chosen:
        chosen["total_net"] = chosen["subtotal"]  # "Subtotal" is the net total when no discount
    tax = fields.tax_total(hits)
    if tax is not None:
        chosen["total_tax"] = tax
    _net_by_arithmetic(hits, chosen)
    for name, hit in chosen.items():
        if name not in ("subtotal", "discount"):
            page = by_page[hit.page]
            conf = TEXT_TRUST if page.source == "text" else min(0.95, 0.45 + 0.5 * hit.confidence)
            result.fields[name] = FieldValue(
                value=hit.value,
                confidence=round(conf, 3),
                page=hit.page,
                bbox=hit.bbox,
                source=page.source,
            )
    _identifiers(result, layouts, by_page)
    _currency(result, text)
    from extraction import crosscheck, lines, parties

    parties.extract_parties(result, layouts)
    lines.extract_lines(result, layouts, reread)
    passed = crosscheck.apply(result)
    crosscheck.ocr_policy(result, passed)
    _boxes_on_the_original(result)
    return result


def _boxes_on_the_original(result: ExtractionResult) -> None:
    """Move the boxes of values read on a scan set upright and straightened back onto the
    page as it was scanned, where the review screen draws them over the original rendering."""
    turned = {p.number: p for p in result.pages if p.skew or p.turn}
    items: list[FieldValue | LineItem] = [*result.fields.values(), *result.lines]
    for item in items:
        page = turned.get(item.page or 0)
        if page is not None and item.bbox is not None:
            box = _unturn_quarter(item.bbox, page.turn, *page.frame)
            item.bbox = _unturn_box(box, page.skew, page.width / 2, page.height / 2)


def _unturn_quarter(box: BBox, turn: int, width: float, height: float) -> BBox:
    """The box, given on a page of ``width`` x ``height`` turned ``turn`` degrees clockwise,
    on the page before that turn."""
    x0, y0, x1, y1 = box
    if turn == 90:
        return (y0, width - x1, y1, width - x0)
    if turn == 180:
        return (width - x1, height - y1, width - x0, height - y0)
    if turn == 270:
        return (height - y1, x0, height - y0, x1)
    return box


def _unturn_box(box: BBox, angle: float, cx: float, cy: float) -> BBox:
    """The box, given in a frame turned ``angle`` degrees counter-clockwise about
    (``cx``, ``cy``) (y down, as ``preprocess.rotate`` turns a page), that holds the same
    area in the frame before the turn."""
    a = math.radians(angle)
    cos, sin = math.cos(a), math.sin(a)
    x0, y0, x1, y1 = box
    xs, ys = [], []
    for x, y in ((x0, y0), (x1, y0), (x0, y1), (x1, y1)):
        dx, dy = x - cx, y - cy
        xs.append(cx + cos * dx - sin * dy)
        ys.append(cy + sin * dx + cos * dy)
    return (round(min(xs), 2), round(min(ys), 2), round(max(xs), 2), round(max(ys), 2))


def _net_by_arithmetic(hits: list[fields.Hit], chosen: dict[str, fields.Hit]) -> None:
    """No net total label was read ("Total HT" garbled to "Total ar"), yet an amount on the
    page is exactly gross - tax: that amount is the net total, at a confidence that asks."""
    if "total_net" in chosen or "total_gross" not in chosen or "total_tax" not in chosen:
        return
    net = Decimal(chosen["total_gross"].value) - Decimal(chosen["total_tax"].value)
    if net <= 0:
        return
    for h in hits:
        others = h.field in fields.AMOUNT_FIELDS and h is not chosen["total_gross"]
        if others and Decimal(h.value) == net:
            chosen["total_net"] = replace(h, field="total_net", confidence=min(h.confidence, 0.7))
            return


def _identifiers(
    result: ExtractionResult, layouts: list[PageLayout], by_page: dict[int, PageResult]
) -> None:
    """IBAN and the issuer's VAT id, found anywhere and checked by their check digits."""
    from extraction.parties import counterpart_zone

    zones = counterpart_zone(layouts)
    ibans: list[FieldValue] = []
    vats: list[FieldValue] = []
    for layout in layouts:
        src = by_page[layout.page].source
        for row in layout.rows:
            for seg in row.segments:
                text = seg.text
                for value, trust, s, e in find_ibans(text):
                    conf = 0.97 * trust if src == "text" else min(0.95, seg.confidence) * trust
                    ibans.append(
                        FieldValue(
                            value=value,
                            confidence=round(conf, 3),
                            page=layout.page,
                            bbox=seg.bbox_of(s, e),
                            source=src,
                        )
                    )
                if "IBAN" in text.upper():
                    continue
                customer_label = _customer_labelled(row.segments, seg)
                for value, trust, s, e in find_vats(text):
                    in_counterpart = _in_blocks(zones, seg)
                    if customer_label or in_counterpart:
                        continue
                    conf = 0.96 * trust if src == "text" else min(0.95, seg.confidence) * trust
                    vats.append(
                        FieldValue(
                            value=value,
                            confidence=round(conf, 3),
                            page=layout.page,
                            bbox=seg.bbox_of(s, e),
                            source=src,
                        )
                    )
    if ibans:
        result.fields["iban"] = max(ibans, key=lambda f: f.confidence)
    if any(v.confidence >= 0.5 for v in vats):
        vats = [v for v in vats if v.confidence >= 0.5]
    if not any(vat_valid(v.value) for v in vats):
        derived = _vat_from_siren(layouts, zones, vats, by_page)
        vats = [derived] if derived is not None else vats
    if vats:
        counts = Counter(v.value for v in vats)
        top_value = counts.most_common(1)[0][0]
        best = max((v for v in vats if v.value == top_value), key=lambda f: f.confidence)
        if len(counts) > 1:
            best.confidence = round(min(best.confidence, 0.85), 3)
        result.fields["vat_id"] = best


_SIREN = re.compile(r"\bSIRE[NT]\W{0,3}((?:\d ?){9})")


def _vat_from_siren(
    layouts: list[PageLayout],
    zones: list[Block],
    read: list[FieldValue],
    by_page: dict[int, PageResult],
) -> FieldValue | None:
    """The issuer's French VAT id when OCR left it unreadable: it is FR, a key computed from
    the SIREN, and the SIREN, which the SIRET printed beside it carries (Luhn-checked). Taken
    only when a VAT label is on that line or a damaged read starts like it; a clerk checks."""
    for layout in layouts:
        for row in layout.rows:
            text = " ".join(s.text for s in row.segments)
            m = _SIREN.search(text)
            folded = text.lower()
            if m is None or any(k in folded for k in _CUSTOMER_WORDS):
                continue
            if _in_blocks(zones, row.segments[0]):
                continue
            siren = re.sub(r"\D", "", m.group(1))
            if not siren_valid(siren):
                continue
            vat = f"FR{(12 + 3 * (int(siren) % 97)) % 97:02d}{siren}"
            labelled = re.search(r"\b(tva|vat)\b", folded) is not None
            if labelled or any(v.value[:7] == vat[:7] for v in read):
                seg = next(s for s in row.segments if "SIRE" in s.text)
                return FieldValue(
                    value=vat,
                    confidence=0.7,
                    page=layout.page,
                    bbox=seg.bbox_of(0, len(seg.text)),
                    source=by_page[layout.page].source,
                )
    return None


def _in_blocks(blocks: list[Block], seg: Segment) -> bool:
    """Is ``seg`` inside one of the labelled party blocks (the counterpart's)?"""
    return any(b.page == seg.page and b.contains(seg) for b in blocks)


_CUSTOMER_WORDS = ("client", "customer", "acheteur", "buyer")


def _customer_labelled(segments: list[Segment], seg: Segment) -> bool:
    """Is the number in ``seg`` labelled as the customer's ("N° TVA client FR..."), in the
    segment itself or in the label just left of it ("N° TVA client | FR...")?"""
    left = [s for s in segments if s.x1 <= seg.x0 + 1]
    texts = [seg.folded] + ([left[-1].folded] if left else [])
    return any(k in t for t in texts for k in _CUSTOMER_WORDS)


def _currency(result: ExtractionResult, text: str) -> None:
    if "currency" in result.fields:
        return
    votes: Counter[str] = Counter()
    for token in text.split():
        code = currency_in(token)
        if code:
            votes[code] += 1
    if votes:
        code, n = votes.most_common(1)[0]
        total = sum(votes.values())
        conf = 0.97 if n == total and n >= 2 else 0.8
        src = "ocr" if all(p.source == "ocr" for p in result.pages) else "text"
        result.fields["currency"] = FieldValue(value=code, confidence=conf, source=src)
