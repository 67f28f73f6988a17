"""XML carried inside a PDF (Factur-X, ZUGFeRD 1.0 and 2, XRechnung, Order-X): found among
the PDF's attachments, read, and laid over what the page reading found.

XML values are structured data, so they win (source ``xml``); each keeps where it is
printed on the page (from the page reading, or found among the words) so the review screen
draws its box. Where the page prints something else, the value is flagged (a warning and a
confidence below the auto-accept threshold): the PDF is what a person reads and signs off,
and a mismatch is worth a look.
"""

from __future__ import annotations

import re
from decimal import InvalidOperation

from einvoice.attached import embedded_xml
from einvoice.reader import read_root
from einvoice.xmlread import parse
from extraction.einvoice.document import result_from
from extraction.einvoice.locate import AMOUNTS, locate, magnitude
from extraction.errors import ExtractionError
from extraction.parse.text import norm_compare
from extraction.result import ExtractionResult, FieldValue, LineItem
from models.settings.extraction import ExtractionSettings

ADDRESSES = frozenset({"billing_address", "delivery_address"})
FREE_TEXT = frozenset({"payment_terms"})
DISAGREE_CONFIDENCE = 0.5  # below auto-accept: a person compares XML and page


def apply_embedded_xml(
    data: bytes, result: ExtractionResult, settings: ExtractionSettings | None = None
) -> bool:
    """Lay the PDF's e-invoice XML over ``result``; False when the PDF carries none."""
    found = embedded_xml(data)
    if found is None:
        return False
    name, xml = found
    try:
        root = parse(xml)
        xml_result = result_from(root, read_root(root), settings or ExtractionSettings())
    except (ExtractionError, ValueError, InvalidOperation) as exc:
        result.warnings.append(f"embedded XML {name} unreadable, page values kept: {exc}")
        return False
    if xml_result.doc_type != result.doc_type:
        result.warnings.append(
            f"doc_type: XML says {xml_result.doc_type}, page reads {result.doc_type}"
        )
    result.doc_type = xml_result.doc_type
    result.doc_type_confidence = xml_result.doc_type_confidence
    for field_name, xml_value in xml_result.fields.items():
        result.fields[field_name] = _placed(field_name, xml_value, result)
    result.lines = _lines(xml_result.lines, result.lines, result.warnings)
    if xml_result.references:
        result.references = xml_result.references
    result.warnings.extend(xml_result.warnings)
    result.einvoice, result.validation = xml_result.einvoice, xml_result.validation
    return True


def _same(name: str, page: str, xml: str) -> bool:
    if name in AMOUNTS:
        amount = magnitude(page)
        return amount is not None and amount == magnitude(xml)
    if name in ADDRESSES:
        # the page prints the country in words and may run on into a phone or an e-mail:
        # the same address when it holds the XML's lines, postcode and city
        street = norm_compare(re.sub(r",\s*[A-Z]{2}$", "", xml))
        return bool(street) and street in norm_compare(page)
    if name in FREE_TEXT:  # a long text the page reading may have cut at a line end
        printed = norm_compare(page)
        return len(printed) >= 8 and printed in norm_compare(xml)
    return norm_compare(page) == norm_compare(xml)


def _placed(name: str, xml: FieldValue, result: ExtractionResult) -> FieldValue:
    """The XML value with the place it is printed; flagged when the page says otherwise."""
    page = result.fields.get(name)
    if page is not None and _same(name, page.value, xml.value):
        return xml.model_copy(update={"page": page.page, "bbox": page.bbox})
    printed = locate(result.pages, name, xml.value)
    if printed is not None:
        return xml.model_copy(update={"page": printed[0], "bbox": printed[1]})
    if page is None:
        return xml  # not printed (or not found): nothing to compare
    result.warnings.append(f"{name}: XML says {xml.value!r}, page reads {page.value!r}")
    return xml.model_copy(
        update={"page": page.page, "bbox": page.bbox, "confidence": DISAGREE_CONFIDENCE}
    )


def _pairs(xml: list[LineItem], page: list[LineItem]) -> list[LineItem | None]:
    """The page line each XML line is printed as: in order when both have as many lines,
    else by article code, then by line total."""
    if len(xml) == len(page):
        return list(page)
    free = list(page)
    out: list[LineItem | None] = []
    for line in xml:
        match = next(
            (p for p in free if line.sku and p.sku and _same("sku", p.sku, line.sku)), None
        )
        total = magnitude(line.line_total)
        if match is None and total is not None:
            match = next((p for p in free if magnitude(p.line_total) == total), None)
        if match is not None:
            free.remove(match)
        out.append(match)
    return out


def _lines(xml: list[LineItem], page: list[LineItem], warnings_: list[str]) -> list[LineItem]:
    if not xml:
        return page
    if page and len(xml) != len(page):
        warnings_.append(f"lines: XML has {len(xml)}, page shows {len(page)}")
    out = []
    for i, (line, printed) in enumerate(zip(xml, _pairs(xml, page), strict=True), 1):
        if printed is None:
            out.append(line)
            continue
        update: dict[str, object] = {"page": printed.page, "bbox": printed.bbox}
        differ = [
            k
            for k in ("quantity", "unit_price", "line_total")
            if getattr(line, k)
            and getattr(printed, k)
            and magnitude(getattr(line, k)) != magnitude(getattr(printed, k))
        ]
        if differ:
            shown = ", ".join(f"{k} {getattr(line, k)} / {getattr(printed, k)}" for k in differ)
            warnings_.append(f"line {i}: XML / page disagree on {shown}")
            update["confidence"] = DISAGREE_CONFIDENCE
        out.append(line.model_copy(update=update))
    return out
