"""A delivery note whose items are grouped under parcel captions (issue 24): the sender's
learned table still finds its header and reads its rows, whatever captions a document
prints, and a row whose line number and code print as one piece keeps its code and its
whole description."""

from __future__ import annotations

from extraction.profiles import Learned
from extraction.result import PageResult
from tests.learning.stream import extract as _extract
from tests.learning.stream import lines_right, page_of, taught
from tests.learning.stream import words_at as _words

ITEMS = [
    ("01908-58", "Huile de coupe soluble bidon 20 L", "12"),
    ("07817-35", "Vis inox A2 tete fraisee 5x50", "12"),
    ("08686-20", "Ruban adhesif PP brun 48 mm x 66 m", "6"),
    ("06980-74", "Papier reprographie A4 80 g", "4"),
    ("09821-17", "Caisse carton simple cannelure", "100"),
]


def _doc(i: int, captions: bool, glued: bool) -> tuple[list[PageResult], list[dict[str, str]]]:
    """Document ``i``: "Pos. / Ref. article / Designation / Lot / Livre" rows, with a
    parcel caption over every other item when ``captions``, and the line number printed
    close to the code (one piece) when ``glued``."""
    items = ITEMS[i % 2 :] + ITEMS[: i % 2]
    words = _words("Ateliers Lefevre SAS", 40, 40) + _words("TVA FR09401300348", 40, 52)
    words += _words("Bon de livraison", 420, 40) + _words(f"BL-{7000 + i}", 40, 100)
    words += _words("Pos.", 50, 200) + _words("Ref. article", 80, 200)
    words += _words("Designation", 150, 200) + _words("Lot", 380, 200)
    words += _words("Livre", 490, 200) + _words("Poids (kg)", 520, 200)
    lines: list[dict[str, str]] = []
    y = 216.0
    for k, (sku, desc, qty) in enumerate(items):
        if captions and k % 2 == 0:
            words += _words(f"Colis {k // 2 + 1}/3 - SSCC 3396829625433775{k} - 343 kg", 45, y)
            y += 15
        pos = f"{(k + 1) * 10}"
        words += _words(pos, 50, y)
        words += _words(sku, 66 if glued and k % 2 == 0 else 80, y)
        words += _words(desc, 150, y) + _words(f"L25{k}3-946", 380, y)
        words += _words(qty, 515, y, right=True) + _words(f"{12.5 * (k + 1):.1f}", 570, y, True)
        lines.append({"sku": sku, "description": desc, "quantity": qty})
        y += 15
    words += _words("Transporteur: XPO Logistics", 45, y + 30)
    return [page_of(words)], lines


def test_parcel_captions_neither_hide_the_header_nor_join_the_descriptions() -> None:
    # the first document a clerk approved prints captions, the next ones do not all
    approved = [
        (
            *_doc(i, captions, glued=False),
            {"document_number": f"BL-{7000 + i}", "vat_id": "FR09401300348"},
        )
        for i, captions in ((1, True), (2, False), (3, True))
    ]
    profile = taught(approved, "delivery_note")
    assert profile.table_hint is not None
    assert "colis" not in profile.table_hint.header
    for i, captions in ((4, False), (5, True)):
        pages, lines = _doc(i, captions, glued=True)
        result = _extract(pages, Learned(profiles=[profile]))
        assert lines_right(result, lines, partial=True) == len(lines) == len(result.lines), [
            (li.sku, li.description) for li in result.lines
        ]
