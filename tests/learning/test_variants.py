"""A sender's second kind of table, rows a delivery note prints without prices, and the
calibration's pooling of sparse cells (issue 24)."""

from __future__ import annotations

from extraction.evaluate import same_line
from extraction.profiles import Learned, ProfileCalibration, SenderProfile, tables
from extraction.result import ExtractionResult, PageResult
from learning.teach import teach
from tests.learning.stream import extract as _extract
from tests.learning.stream import layouts_of, page_of
from tests.learning.stream import words_at as _words
from tests.learning.test_columns import _doc as priced_doc

ITEMS = [
    ("HUI-6295", "Huile de coupe 20 L", "2", "bidon"),
    ("BOI-3708", "Tasseau sapin 63x75", "102", "m"),
    ("PNT-3632", "Peinture satinée 2,5 L", "5", "pot"),
]


def _delivery(i: int) -> tuple[list[PageResult], list[dict[str, str]], dict[str, str]]:
    """A delivery note of the same sender: code, description, quantity and unit, no
    prices, and a shipping note at the left margin right under the last row."""
    items = ITEMS[: 2 + i % 2]
    words = _words("Atelier Verdier SARL", 40, 40) + _words("TVA FR40303265045", 40, 52)
    words += _words("BON DE LIVRAISON", 240, 110) + _words(f"N° BL-{700 + i}", 40, 160)
    words += _words("Code", 70, 260) + _words("Article", 150, 260)
    words += _words("Livré", 400, 260) + _words("Unité", 470, 260)
    lines, y = [], 275.0
    for sku, desc, qty, unit in items:
        words += _words(sku, 70, y) + _words(desc, 150, y)
        words += _words(qty, 400, y) + _words(unit, 470, y)
        lines.append({"sku": sku, "description": desc, "quantity": qty, "unit": unit})
        y += 12
    words += _words(f"Colis : {i + 2} - Poids total : {i}7.5 kg", 20, y)
    page = page_of(words)
    return [page], lines, {"document_number": f"BL-{700 + i}", "vat_id": "FR40303265045"}


Doc = tuple[list[PageResult], list[dict[str, str]], dict[str, str]]


def _teach(profile: SenderProfile | None, doc: Doc) -> SenderProfile:
    pages, lines, approved = doc
    layouts = layouts_of(pages)
    machine = _extract(pages, None).lines
    return teach(profile, layouts, approved, "delivery_note", "fr", "alice", machine, lines)


def _all_right(result: ExtractionResult, want: list[dict[str, str]]) -> bool:
    left = list(want)
    for li in result.lines:
        match = next((w for w in left if same_line(li.model_dump(mode="json"), w)), None)
        if match is None:
            return False
        left.remove(match)
    return not left


def test_rows_without_prices_are_read_with_the_senders_cells_and_no_footer() -> None:
    profile = _teach(_teach(None, _delivery(1)), _delivery(2))
    pages, lines, _ = _delivery(3)
    result = _extract(pages, Learned(profiles=[profile]))
    assert _all_right(result, lines), [li.description for li in result.lines]
    assert result.profile_cells["line:0"].split("|")[4] == "cells"


def test_a_sender_s_two_tables_are_both_kept_and_each_read_its_own_documents() -> None:
    profile = None
    for doc in (priced_doc(1), _delivery(1), priced_doc(2), _delivery(2)):
        profile = _teach(profile, doc)
    assert profile is not None and len(tables(profile)) == 2
    for pages, lines, _ in (priced_doc(3), _delivery(3)):
        result = _extract(pages, Learned(profiles=[profile]))
        assert _all_right(result, lines)
        assert result.profile_cells["line:0"].split("|")[4] == "cells"


def test_a_sparse_label_cell_borrows_from_the_labelled_placements() -> None:
    cal = ProfileCalibration(
        cells={
            "below|3|alone|text": (18, 17),
            "inline|3|alone|text": (75, 75),
            "right|3|alone|text": (24, 24),
            "box|3|alone|text": (3, 0),
        }
    )
    assert cal.confidence("below|3|alone|text") >= 0.9  # 116 of 117 in the pool
    assert cal.confidence("box|3|alone|text") == 0.0  # a box is not a label's value
    assert not cal.mostly_wrong("below|3|alone|text")
    assert not cal.mostly_wrong("box|3|alone|text")  # three are too few to say
    more = ProfileCalibration(cells={**cal.cells, "box|0|alone|text": (6, 0)})
    assert more.mostly_wrong("box|3|alone|text")
    assert not more.mostly_wrong("box|3|agree|text")
