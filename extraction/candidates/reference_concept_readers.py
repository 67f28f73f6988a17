"""The three references under labels read by their concepts (``reference_concepts``), in
the places a label and its value are set.

- Label first: the value beside the label, under it (a caption over its cell, a side
  column's caption over its value, a ruled grid low on the page) or in the label's own
  box, found the way a listed label's is (``fields._read_label``);
- value first: the value then its label after it, in parentheses or after a dash
  ("FA-2025-0012 (bill no.)", "4570517301 — Your PO nr"), the label read by the listed
  vocabulary or by its concepts.

A value must be an identifier with a digit and no date. Every reading here is new:
offered under the listed labels' readings (``CONCEPT_PRIOR``, ``AFTER_PRIOR``) and capped at
``references.REFERENCE_CAP`` until a calibration shows it earns more. A value the
vocabulary read for the same field already only gains the note.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from extraction import fields
from extraction.candidates.model import Candidate, Candidates
from extraction.candidates.reading import Reading
from extraction.candidates.reference_concepts import field_of, split_label
from extraction.candidates.references import REFERENCE_CAP
from extraction.labels import LabelHit, label_length, match_header_label, resolve_docnum
from extraction.layout import PageLayout, Segment
from extraction.parse.dates import find_dates
from extraction.parse.text import fold
from extraction.result import BBox, Source

CONCEPT_PRIOR = 0.4
AFTER_PRIOR = 0.35
CONCEPT_NOTE = "a reference label read by its concepts"
AFTER_NOTE = "a value with its label after it"
CONCEPT_NOTES = (CONCEPT_NOTE, AFTER_NOTE)
_FIELDS = ("document_number", "order_number", "customer_number")


def _outside(seg: Segment, items: list[tuple[float, float]]) -> bool:
    return not any(t - 1 <= seg.top <= b - 1 for t, b in items)


def _offer(
    out: Candidates,
    field: str,
    value: str,
    page: int,
    bbox: BBox,
    source: Source,
    prior: float,
    ocr_conf: float,
    order: int,
    notes: list[str],
) -> None:
    """Offer ``value`` as ``field``, or add the note to the same value offered already."""
    if not re.search(r"\d", value) or find_dates(value):
        return
    same = [c for c in out.get(field, []) if c.value == value and c.vetoed is None]
    if same:
        same[0].notes.append(notes[-1])
        return
    out.setdefault(field, []).append(
        Candidate(
            field,
            value,
            page,
            bbox,
            source,
            "label",
            prior=prior,
            ocr_conf=ocr_conf,
            label_rank=2,
            cap=REFERENCE_CAP,
            order=order,
            notes=notes,
        )
    )


def _listed_reads(folded: str, label: str) -> bool:
    """Does the listed vocabulary read at least the whole of ``label`` (the concept label
    ``folded`` starts with)?"""
    hit = match_header_label(folded)
    return hit is not None and label_length(folded, hit) >= len(label.rstrip(" :.#"))


# an IBAN's start ("FR76 3000", "GB29NWBK")
_IBAN_START = re.compile(r"[a-z]{2}\d{2}\s?[a-z0-9]{4}")


def _among_bank_details(layout: PageLayout, seg: Segment, start: int) -> bool:
    """An account's label among bank details ("Bank | Account no."), or with an IBAN for
    its value, names the bank account, not the customer's account with the sender."""
    if _IBAN_START.match(seg.folded[start:].strip()):
        return True
    near = layout.rows[max(0, seg.row - 2) : seg.row + 3]
    return any(fields._BANK_WORDS.search(s.folded) for r in near for s in r.segments)


_AFTER_A_VALUE = re.compile(r"^\s*(?:\(|[-–—]\s)")


def label_first(doc: Reading, out: Candidates) -> None:
    """Values of the concept labels the listed vocabulary does not read, found where a
    listed label's value would be."""
    from extraction.candidates.collect import table_spans
    from extraction.lines import header_columns

    spans = table_spans(doc.lines)
    order = 0
    for layout in doc.layouts:
        items = spans.get(layout.page, [])
        heads = {r.index for r in layout.rows if header_columns(r) is not None}
        for seg in layout.segments:
            order += 1
            if seg.row in heads or not _outside(seg, items) or _AFTER_A_VALUE.match(seg.text):
                continue  # a label in parentheses or after a dash follows its value
            found = split_label(seg.folded, doc.doc_type)
            if found is None or _listed_reads(seg.folded, found[0]):
                continue
            _label, start, field = found
            if field == "customer_number" and _among_bank_details(layout, seg, start):
                continue
            hit = LabelHit(field, start, 1, composed=True)
            read = fields._read_label(
                layout, seg, hit, doc.doc_type, doc.language, order, inside=False
            )
            for h in read:
                if h.field != field or split_label(fold(h.text), doc.doc_type) is not None:
                    continue  # a neighbouring caption, not a value
                _offer(
                    out,
                    field,
                    h.value,
                    h.page,
                    h.bbox,
                    doc.sources[h.page],
                    CONCEPT_PRIOR,
                    h.confidence if h.ocr else 1.0,
                    h.order,
                    [seg.text[:start].strip(), CONCEPT_NOTE],
                )
                break


# a value then its label: "F-12 (bill no.)", "4570517301 — Your PO nr"
_VALUE_THEN_LABEL = re.compile(
    r"^(?P<id>[^\s()]{3,30})\s*(?:\((?P<paren>[^()\d]{2,40})\)|[-–—]\s+(?P<dash>[^\d]{2,40}))\s*$"
)


def _label_field(label: str, doc_type: str) -> str | None:
    """The reference field ``label`` (folded, all of it a label) names: by the listed
    vocabulary when it reads the whole of it, else by its concepts."""
    label = label.strip(" :.")
    hit = match_header_label(label)
    if hit is not None and label_length(label, hit) >= len(label.rstrip(" :.#")):
        field = resolve_docnum(hit.field, doc_type)
        return field if field in _FIELDS else None
    return field_of(label, doc_type)


def _value_then_label(layout: PageLayout, seg: Segment) -> tuple[str, str, int] | None:
    """(printed value, label, where the value ends) when ``seg``, maybe with the segment
    right of it on its row, is a value followed by its label."""
    text = seg.text.strip()
    row = layout.rows[seg.row].segments
    after = [s for s in row if s.x0 >= seg.x1 - 1]
    if after and _AFTER_A_VALUE.match(after[0].text):
        text = f"{text} {after[0].text.strip()}"
    m = _VALUE_THEN_LABEL.match(text)
    if m is None:
        return None
    return m.group("id"), m.group("paren") or m.group("dash"), m.end("id")


def header_segments(doc: Reading) -> Iterator[tuple[PageLayout, Segment, int]]:
    """Each segment outside the line table, with its page's layout and its reading order."""
    from extraction.candidates.collect import table_spans

    spans = table_spans(doc.lines)
    order = 0
    for layout in doc.layouts:
        items = spans.get(layout.page, [])
        for seg in layout.segments:
            order += 1
            if _outside(seg, items):
                yield layout, seg, order


def value_first(doc: Reading, out: Candidates) -> None:
    """Values printed before their label ("F-12 (bill no.)")."""
    for layout, seg, order in header_segments(doc):
        found = _value_then_label(layout, seg)
        if found is None:
            continue
        printed, label, end = found
        field = _label_field(fold(label), doc.doc_type)
        value = fields.parse_identifier(printed, repair=False) if field else None
        if field is None or value is None:
            continue
        _offer(
            out,
            field,
            value,
            layout.page,
            seg.bbox_of(0, min(end, len(seg.text))),
            doc.sources[layout.page],
            AFTER_PRIOR,
            seg.ocr_confidence,
            order,
            [label.strip(), AFTER_NOTE],
        )


def one_print_one_field(out: Candidates) -> None:
    """A number read here that another reference field holds already, by other evidence,
    is that field's print: the document's, the order's and the customer's numbers are
    different prints."""
    from extraction.candidates.reference_runs import RUN_NOTES

    notes = (*CONCEPT_NOTES, *RUN_NOTES)
    for field in _FIELDS:
        for c in out.get(field, []):
            if c.vetoed is not None or not set(notes) & set(c.notes[-1:]):
                continue
            for other in _FIELDS:
                if other != field and any(
                    o.value == c.value and o.vetoed is None and o.prior >= c.prior
                    for o in out.get(other, [])
                ):
                    c.disagree += 1
                    c.notes.append(f"also read as the {other}")


def add(doc: Reading, out: Candidates) -> None:
    """Every reading of this module (after the listed labels' and the role readings), and
    the runs of labels and values (``reference_runs``); then what is no reference is
    vetoed (``reference_constraints``)."""
    from extraction.candidates import reference_constraints, reference_runs

    label_first(doc, out)
    value_first(doc, out)
    reference_runs.add(doc, out)
    reference_constraints.not_another_number(doc.layouts, out)
    one_print_one_field(out)
