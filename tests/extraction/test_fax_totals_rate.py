"""A fax page whose table lost a line: the lines no longer sum to the
net, yet the totals still say every line bears the one rate the page names, when the tax
is the net at that rate to the cent (``rate_set.one_rate``); a page whose tax is not the
net at its rate (a line exempt) gives no line a rate. And a reference whose hyphens the
fax lost ("D 2025 6043") is one again where the page prints it whole elsewhere
(``vote.lost_separators``), and only there."""

from __future__ import annotations

from collections.abc import Sequence

from extraction.ocr import vote
from extraction.ocr.tesseract import OcrWord
from extraction.result import ExtractionResult
from tests.extraction.scans_for_tests import read_ocr_words


def _line(texts: Sequence[str], left: int, top: int, conf: float = 0.95) -> list[OcrWord]:
    out = []
    for t in texts:
        out.append(OcrWord(t, left, top, 24 * len(t), 36, conf, top, 1))
        left += 24 * len(t) + 30
    return out


def _cells(cells: Sequence[tuple[str, int]], top: int) -> list[OcrWord]:
    """One table row: each cell's text at its own left edge."""
    out = []
    for text, left in cells:
        out += _line(text.split(), left, top)
    return out


def _page(totals: Sequence[tuple[str, str]], number: Sequence[str], footer: bool) -> list[OcrWord]:
    words = _line(["Ferronnerie", "Martin", "SARL"], 150, 150)
    words += _line(["14", "rue", "des", "Forges"], 150, 200)
    words += _line(["69007", "Lyon"], 150, 250)
    words += _line(["FACTURE"], 1600, 150)
    words += _line(["Facture", "N°", ":", *number], 1400, 300)
    words += _line(["Date", ":", "12/05/2025"], 1400, 350)
    words += _line(["Client", ":"], 1300, 500)
    words += _line(["Boulangerie", "Petit", "SAS"], 1300, 550)
    words += _line(["3", "place", "du", "Marché"], 1300, 600)
    words += _line(["38000", "Grenoble"], 1300, 650)
    head = [("Désignation", 150), ("Qté", 1200), ("Prix", 1500), ("Montant", 1900)]
    words += _cells(head, 900)
    rows = [
        ("Grille de ventilation inox", "4", "18,50", "74,00"),
        ("Charnière acier 120 mm", "10", "3,20", "32,00"),
        # a third row (Poignée laiton, 6 x 12,75 = 76,50) the fax's sending lost altogether
    ]
    for k, (desc, qty, price, total) in enumerate(rows):
        words += _cells([(desc, 150), (qty, 1200), (price, 1500), (total, 1900)], 980 + 70 * k)
    for k, (label, amount) in enumerate(totals):
        words += _cells([(label, 1400), (amount, 1900)], 1350 + 60 * k)
    if footer:
        words += _line(
            ["Rappel", ":", "facture", "D-2025-6043", "payable", "à", "30", "jours"], 150, 3000
        )
    return words


def _read(words: list[OcrWord]) -> ExtractionResult:
    return read_ocr_words(vote.lost_separators(words))


_ONE_RATE = [("Total HT", "182,50"), ("TVA 20 %", "36,50"), ("Total TTC", "219,00")]


def test_every_line_bears_the_rate_the_totals_close_on() -> None:
    result = _read(_page(_ONE_RATE, ["D-2025-6043"], footer=False))
    assert result.fields["total_tax"].value == "36.50"
    assert len(result.lines) == 2
    # the lines sum to 106.00, not the net: only the totals' own arithmetic settles it
    assert [li.tax_rate for li in result.lines] == ["20", "20"]
    # derived, not read: never shown as sure
    assert all(li.confidence < 0.9 for li in result.lines)


def test_no_rate_where_the_tax_is_not_the_net_at_the_rate() -> None:
    # 20 % of 182,50 is 36,50: a tax of 21,70 says some lines bear no tax or another rate
    totals = [("Total HT", "182,50"), ("TVA 20 %", "21,70"), ("Total TTC", "204,20")]
    result = _read(_page(totals, ["D-2025-6043"], footer=False))
    assert len(result.lines) == 2
    assert all(li.tax_rate is None for li in result.lines)


def test_a_reference_printed_whole_elsewhere_is_joined() -> None:
    result = _read(_page(_ONE_RATE, ["D", "2025", "6043"], footer=True))
    assert result.fields["document_number"].value == "D-2025-6043"


def test_a_reference_printed_nowhere_whole_stays_as_read() -> None:
    result = _read(_page(_ONE_RATE, ["D", "2025", "6043"], footer=False))
    got = result.fields.get("document_number")
    assert got is None or "-" not in got.value
