"""A shop whose approved invoices print item, price, quantity and amount, then one with a
column of options between the item and its price: the learned cells and the generic
reader alike take the options into the description, the arithmetic still closes, and no
record of the sender (its line cells, its steady page reading) may show those lines sure:
every one was earned on tables without that column."""

from __future__ import annotations

from decimal import Decimal

from extraction.profiles import Learned, ProfileCalibration
from extraction.result import PageResult
from tests.learning.stream import extract, faure_head, faure_invoice, lines_right, taught
from tests.learning.stream import words_at as _words

ITEMS = [
    ("Plaid en laine", "Gris", "81,90"),
    ("Casquette brodée", "Bleu", "27,90"),
    ("Coque de téléphone", "Noir", "13,78"),
    ("Sweat à capuche", "Rouge", "75,05"),
]


def _doc(i: int, options: bool) -> tuple[list[PageResult], list[dict[str, str]], dict[str, str]]:
    words = faure_head(i) + _words("Produit", 43, 265)
    if options:
        words += _words("Coloris", 250, 265)
    words += _words("Prix unitaire", 380, 265) + _words("Quantité", 470, 265)
    words += _words("Montant HT", 520, 265)
    lines, y = [], 280.0
    for k in range(3):
        desc, colour, price = ITEMS[(i + k) % 4]
        words += _words(desc, 43, y) + _words(price, 435, y, right=True)
        if options:
            words += _words(colour, 250, y)
        words += _words("1", 510, y, right=True) + _words(price, 580, y, right=True)
        amount = f"{Decimal(price.replace(',', '.'))}"
        lines.append(
            {"description": desc, "quantity": "1", "unit_price": amount, "line_total": amount}
        )
        y += 15
    return faure_invoice(i, words, lines, (430, 580, y + 20))


def _proven(cells: dict[str, str]) -> ProfileCalibration:
    """A calibration whose every cell the document was judged in was right 300 times of 300
    (the pooled counts a stream gathers)."""
    return ProfileCalibration(cells={c: (300, 300) for c in cells.values()})


def test_a_column_the_sender_never_printed_lifts_no_line() -> None:
    profile = taught((_doc(i, options=False) for i in range(1, 6)), scored=True)
    pages, lines, _approved = _doc(6, options=True)
    first = extract(pages, Learned(profiles=[profile], calibration=ProfileCalibration()))
    result = extract(pages, Learned(profiles=[profile], calibration=_proven(first.profile_cells)))
    sure = [li for li in result.lines if li.confidence >= 0.9]
    wrong = len(result.lines) - lines_right(result, lines)
    assert result.lines and (wrong == 0 or not sure)


def test_the_usual_table_is_still_lifted() -> None:
    profile = taught((_doc(i, options=False) for i in range(1, 6)), scored=True)
    pages, lines, _approved = _doc(6, options=False)
    first = extract(pages, Learned(profiles=[profile], calibration=ProfileCalibration()))
    result = extract(pages, Learned(profiles=[profile], calibration=_proven(first.profile_cells)))
    assert lines_right(result, lines) == len(lines) == len(result.lines)
    assert all(li.confidence >= 0.9 for li in result.lines)


def test_the_page_reading_the_new_table_s_cells_read_otherwise_is_not_lifted() -> None:
    # once a document with the column is approved, its table is learned too; the next one's
    # page reading (options in the descriptions) is disputed by those cells
    docs = [_doc(i, options=False) for i in range(1, 6)] + [_doc(6, options=True)]
    profile = taught(docs, scored=True)
    # its page reader read its lines right on its recent documents
    profile.line_modes = {"page|two": (2.0, 0.0)}
    pages, lines, _approved = _doc(7, options=True)
    first = extract(pages, Learned(profiles=[profile], calibration=ProfileCalibration()))
    result = extract(pages, Learned(profiles=[profile], calibration=_proven(first.profile_cells)))
    assert result.profile_cells["line:0"].split("|")[4:] == ["page", "one"]
    assert lines_right(result, lines) == 0 and len(result.lines) == len(lines)
    assert all(li.confidence < 0.9 for li in result.lines)
