"""A sender's delivery notes (code, description and quantity, no prices: no arithmetic to
check a line by) read the same by its learned cells and by the generic readers once its
table has read a note whole: with the shipped calibration (line cells refitted on
streams of delivery notes too) their lines are shown sure from the 3rd note on, a
stranger's are not."""

from __future__ import annotations

from extraction.profiles import Learned, default_calibration
from extraction.result import PageResult, Word
from tests.learning.stream import page_of, taught
from tests.learning.stream import words_at as _words
from tests.learning.test_row_fit import _extract, _right

ITEMS = [
    ("BOI-7035", "Tasseau sapin 63x75", "100"),
    ("LED-3599", "Tube LED T8 18 W", "48"),
    ("PNT-4316", "Peinture satinée 2,5 L", "20"),
    ("CAF-4644", "Café grains 1 kg", "6"),
    ("RUB-5286", "Ruban adhésif 48 mm", "12"),
]


def _note(i: int) -> tuple[list[PageResult], list[dict[str, str]], dict[str, str]]:
    words: list[Word] = _words("Transports Morel SAS", 40, 40)
    words += _words("TVA FR61453982117", 40, 52) + _words("BON DE LIVRAISON", 240, 110)
    words += _words(f"BL N° LIV-{4400 + 7 * i}", 40, 160)
    words += _words("Référence", 40, 260) + _words("Désignation", 150, 260)
    words += _words("Qté livrée", 480, 260)
    lines, y = [], 275.0
    for k in range(4):
        sku, desc, qty = ITEMS[(i + k) % 5]
        words += _words(sku, 40, y) + _words(desc, 150, y) + _words(qty, 530, y, right=True)
        lines.append({"sku": sku, "description": desc, "quantity": qty})
        y += 14
    words += _words("Colis : 2", 40, y + 30)
    approved = {"document_number": f"LIV-{4400 + 7 * i}", "vat_id": "FR61453982117"}
    return [page_of(words)], lines, approved


def test_a_senders_delivery_note_lines_are_sure_from_its_third_note() -> None:
    profile = taught((_note(i) for i in (1, 2)), "delivery_note", scored=True)
    assert profile.table_hint is not None
    pages, lines, _approved = _note(3)
    stranger = _extract(pages, None)
    assert all(li.confidence < 0.9 for li in stranger.lines)
    result = _extract(pages, Learned(profiles=[profile]))
    assert _right(result, lines) == len(lines) == len(result.lines)
    assert result.profile_cells["line:0"].endswith("|text|cells|two")
    assert all(li.confidence >= 0.9 for li in result.lines)


def test_the_shipped_calibration_lifts_proven_lines_two_readers_read_alike_in_any_band() -> None:
    """Lines no arithmetic checks (a delivery note's) sit in the doubt band of the line
    table: read alike by two readers of a proven table they were right as often as the
    others on the refit's streams, and the calibration says so; read by one, they are not
    lifted."""
    cal = default_calibration()
    for band in ("held", "doubt"):
        assert cal.confidence(f"lines|1|{band}|text|cells|two") >= 0.9
        assert cal.confidence(f"lines|2|{band}|text|page|two") >= 0.9
    assert cal.confidence("lines|1|doubt|text|cells|one") < 0.9
