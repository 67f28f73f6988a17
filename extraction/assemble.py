"""Puts the pieces together into one ``ExtractionResult``: classification, the lines, then
for every header field its candidates (labels, grids, patterns, positions, vocabulary),
the constraints between them, and one choice per field with a calibrated confidence."""

from __future__ import annotations

import math

from extraction import (
    classify,
    constraints,
    crosscheck,
    lines,
    parties,
    profile_columns,
    profile_discounts,
    profile_disputes,
    profiles,
    resolve,
    totals_charges,
)
from extraction.calibration import lines as line_calibration
from extraction.candidates import collect
from extraction.errors import EmptyDocumentError
from extraction.layout import PageLayout
from extraction.lines import RegionReader
from extraction.profile_totals import own_totals_close, totals_lost
from extraction.profiles import Learned
from extraction.result import BBox, ExtractionResult, FieldValue, LineItem, PageResult, Source
from extraction.tables import rate_set
from extraction.tables.net_sum import settle_by_net
from extraction.tables.vat import rates_from_one_rate, rates_when_no_vat


def build_result(
    pages: list[PageResult],
    layouts: list[PageLayout],
    reread: RegionReader | None = None,
    learned: Learned | None = None,
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
    result.language = lang
    if lang not in resolve.SUPPORTED_LANGUAGES:
        # a page in a language orderdesk does not read: its type, read from the few words
        # of it listed, is offered like its fields, never shown sure
        result.doc_type_confidence = min(cls.confidence, resolve.FOREIGN_CAP)
    # the lines first: their amounts are evidence for the totals
    lines.extract_lines(result, layouts, reread)
    if cls.doc_type == "credit_note":
        lines.as_magnitudes(result.lines)
    profile = profiles.sender_profile(learned, layouts)
    other: list[LineItem] = []  # the reading of the lines not kept (cells or generic)
    table = profile_columns.reread(profiles.tables(profile), result, layouts, other)
    reader = "page" if table is None else "cells"
    # how many of the kept lines the profile changed: page-read lines so changed are the
    # profile's reading, judged apart from the page reader's (``profiles.steady_cell``)
    shaped = profiles.reshape_lines(profile, result.lines)
    profiles.reshape_lines(profile, other)
    shaped += profiles.trim_units(profile, result.lines)
    profiles.trim_units(profile, other)
    discounts = profile.discounts if profile is not None else 0.0
    items = profile.items if profile is not None else []
    closes = profile_disputes.closing(layouts, discounts)
    readings = profiles.readings(result.lines, other, closes, items)
    source = pages[0].source
    cands = collect.labelled(layouts, pages, cls.doc_type, lang, result.lines)
    party, places = parties.party_candidates(
        layouts, cls.doc_type, source, cls.confidence, cls.runner_up
    )
    collect.merge(cands, party)
    sources: dict[int, Source] = {p.number: p.source for p in pages}
    collect.merge(cands, collect.identifiers(layouts, sources, places, cls.doc_type))
    printed = collect.printed_amounts(layouts, lang)
    money = bool(printed) or collect.has_amounts(cands) or any(li.line_total for li in result.lines)
    collect.merge(cands, collect.currency(layouts, sources, money))
    used = profiles.propose(profile, cands, layouts, sources, lang)
    after_table = collect.amounts_under_table(layouts, result.lines, lang)
    constraints.apply(
        cands, result.lines, layouts, text, printed, after_table, cls.doc_type, source, lang
    )
    uncapped: dict[str, resolve.Uncapped] = {}
    result.fields, result.field_evidence = resolve.resolve(
        cands, lang, cls.confidence, uncapped=uncapped
    )
    if learned is not None and used is not None:
        result.profile_key, used_hints = used
        left_out: dict[str, str] = {}
        cal = learned.calibration
        for name in profiles.drop_absent(profile, result.fields, used_hints, cands, cal, left_out):
            result.field_evidence.pop(name, None)
            result.warnings.append(f"{name} left out: this sender's documents do not have it")
        cap = resolve.FOREIGN_CAP if lang not in resolve.SUPPORTED_LANGUAGES else 1.0
        result.profile_cells = left_out | profiles.settle(
            result.fields, cands, used_hints, cal, cap, layouts
        )
        result.profile_cells |= profiles.settle_record(
            profile, result.fields, uncapped, cal, result.profile_cells, used_hints
        )
    rate_set.drop_non_items(result, layouts)
    settle_by_net(result)
    passed = crosscheck.apply(result, layouts)
    crosscheck.ocr_policy(result, passed)
    rates_when_no_vat(result)
    rates_from_one_rate(result, layouts)
    # every other statement of the rates (breakdown, per-rate totals, sentence, legend,
    # exemption): only where the two above gave none
    unsettled = rate_set.rates_from_document(result, layouts)
    line_calibration.apply(result)
    rate_set.cap(result, unsettled)
    if learned is not None:
        cal = learned.calibration
        net = result.fields.get("total_net")
        tax = result.fields.get("total_tax")
        result.profile_cells |= profiles.settle_lines(
            profile,
            result.lines,
            cal,
            reader,
            table,
            readings,
            totals_charges.lines_net(result),
            shaped,
            net is not None and net.confidence >= line_calibration.ACCEPT,
            profile_discounts.closing(
                result.lines, layouts, profile.discounts if profile is not None else 0.0
            ),
            profile_columns.unseen_column_read(profiles.tables(profile), layouts, result.lines),
            tax.value if tax is not None and tax.confidence >= line_calibration.ACCEPT else None,
            profile is not None and bool(totals_lost(profile.fields_right, result.fields)),
            own_totals_close(result.fields, passed, result.lines),
        )
    if lang not in resolve.SUPPORTED_LANGUAGES:
        # the lines of a page in a language orderdesk does not read are offered, never sure
        result.lines = [li.capped(resolve.FOREIGN_CAP) for li in result.lines]
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
