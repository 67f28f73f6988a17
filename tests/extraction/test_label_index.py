"""The speed-ups of label matching (issue 20) change no reading: ``match_label`` tries only
the labels whose pattern can start with a segment's first character (``label_index``), and
``match_header_label`` keeps its answer per segment while the labels stay the same. On
whole pages, each segment gets the label trying every label gives, and a label taken out
(as the calibration does, in place) is no longer read, then read again once put back."""

from __future__ import annotations

import re

from extraction import labels, repairs
from extraction.calibration.unlabelled import labels_removed
from extraction.label_index import first_chars
from extraction.layout import build_layout
from extraction.pages import read_pdf
from extraction.parse.amounts import parse_amount
from extraction.parse.text import fold
from models.settings.extraction import ExtractionSettings
from tests.extraction.pages_for_tests import Text, pdf_pages, read, rows, value

HEAD = [
    "Facture n° FA-2026-0412",
    "Date de facture : 14/03/2026",
    "N° de commande : PO-7781",
    "Votre référence : REF 2291",
    "Réf. client : CL-0042",
    "Échéance : 13/04/2026",
    "Conditions de paiement : 30 jours net",
    "Invoice no. INV-55",
    "Customer PO # 4471",
    "Due date: 12/05/2026",
    "Ihre Bestellung Nr. 8812",
    "Fecha de factura: 02/03/2026",
    "“Montant HT : 100,00",
    "Total TTC 120,00 EUR",
    "#12 ref. 8",
]


def _page() -> list[Text]:
    return [
        Text(40, 40, "Atelier Morel SARL", 14, bold=True),
        Text(40, 58, "12 rue des Forges, 69003 Lyon"),
        Text(380, 40, "FACTURE", 14, bold=True),
        *rows(300, 80, HEAD, step=16),
    ]


def _every_label(folded: str, foreign: bool) -> labels.LabelHit | None:
    """``match_label`` as it was: every label tried, in the lists' order."""
    best: labels.LabelHit | None = None
    best_len = -1
    for label in labels.LABELS + labels.FOREIGN if foreign else labels.LABELS:
        m = label.pattern.match(folded)
        if not m:
            continue
        length = len(m.group(0).rstrip())
        if length > best_len or (length == best_len and best and label.priority > best.priority):
            best = labels.LabelHit(label.field, m.end(), label.priority, label in labels.FOREIGN)
            best_len = length
    return best


def _segments_folded() -> list[str]:
    """Every segment of the drawn page, folded, and each of its tails from a word on (the
    readers ask about labels inside a segment too)."""
    settings = ExtractionSettings()
    out: list[str] = []
    for page in read_pdf(pdf_pages(_page()), settings):
        layout = build_layout(page.words, page.number, *page.frame)
        for segment in layout.segments:
            folded = segment.folded
            out += [folded[m.start() :] for m in re.finditer(r"(?:^|(?<= ))\S", folded)]
    return out


def test_every_segment_of_a_page_gets_the_label_trying_every_label_gives() -> None:
    segments = _segments_folded()
    assert len(segments) > len(HEAD)
    found = 0
    for folded in [*segments, "", " ", "é"]:
        for foreign in (False, True):
            hit = labels.match_label(folded, foreign)
            assert hit == _every_label(folded, foreign), (folded, foreign)
            found += hit is not None
    assert found >= 2 * len(HEAD) - 4  # the page's labels are read (not all misses)


def test_a_label_taken_out_is_not_read_then_read_again_once_put_back() -> None:
    """The header labels' answers are kept per segment: taking the order number's labels
    out of the lists in place (the calibration's way) must not leave a kept answer."""
    page = _page()
    before = read(*page)
    assert value(before, "order_number") is not None
    segment = fold("N° de commande : PO-7781")
    kept = labels.match_header_label(segment)
    assert kept is not None and kept.field.startswith("docnum")
    with labels_removed({"order_number", "document_number"}):
        assert labels.match_header_label(segment) is None
        assert labels.match_label(segment, foreign=True) is None
    assert labels.match_header_label(segment) == kept
    after = read(*page)
    assert after.to_contract() == before.to_contract()


def test_a_speck_repair_switched_off_is_not_answered_from_before() -> None:
    segment = fold("‘Date de facture : 14/03/2026")
    with_speck = labels.match_header_label(segment)
    assert with_speck is not None and with_speck.field == "document_date"
    repairs.disabled.add("label_speck_before")
    try:
        assert labels.match_header_label(segment) is None
    finally:
        repairs.disabled.discard("label_speck_before")
    assert labels.match_header_label(segment) == with_speck


def test_an_amount_read_again_follows_the_repairs_switched() -> None:
    """parse_amount keeps its answers per text, and per state of the repairs it uses."""
    assert str(parse_amount("36, 448.26", "en")) == "36448.26"
    repairs.disabled.add("amount_space_after_separator")
    try:
        assert parse_amount("36, 448.26", "en") is None
    finally:
        repairs.disabled.discard("amount_space_after_separator")
    assert str(parse_amount("36, 448.26", "en")) == "36448.26"


def test_first_characters_are_read_conservatively() -> None:
    assert first_chars(re.compile(r"^(?:ab|c?d)e")) == frozenset("acd")
    assert first_chars(re.compile(r"(?:x|y)*z")) == frozenset("xyz")
    assert first_chars(re.compile(r"(?=a)[a-c]b")) == frozenset("abc")
    # what is not followed makes the label a candidate for every character
    assert first_chars(re.compile(r"\w+")) is None
    assert first_chars(re.compile(r"[^a]b")) is None
    assert first_chars(re.compile(r"(?i)ab")) is None
    assert first_chars(re.compile(r"a?")) is None  # matches the empty text


def test_folding_keeps_offsets_and_reads_typographic_marks() -> None:
    text = "Réf. d’expédition Nº ﬁ ÉCHÉANCE `x"
    assert fold(text) == "ref. d'expedition no f echeance 'x"
    assert len(fold(text)) == len(text)


def test_a_page_read_after_the_kept_answers_are_forgotten_reads_the_same() -> None:
    """``memos.forget`` (the benchmark's first-time reading) changes no reading."""
    from extraction import memos

    page = _page()
    kept = read(*page)
    memos.forget()
    assert read(*page).to_contract() == kept.to_contract()
