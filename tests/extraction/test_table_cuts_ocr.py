"""A cell is cut where other rows start a column only in the text layer: an OCR engine's
word boxes are a few points off the glyphs either way, so its gaps and left edges do not
prove two cells were printed too close (the lead's held-out scans lost 13 rows to such cuts
while born-digital pages gained from them)."""

from extraction.result import Word
from extraction.tables.cells import Cell
from extraction.tables.columns import _cut_at_starts


def _cell(words: list[tuple[str, float, float]], top: float, source: str) -> Cell:
    ws = [
        Word(text=t, bbox=(x0, top, x1, top + 10), source="ocr" if source == "ocr" else "text")
        for t, x0, x1 in words
    ]
    return Cell(
        words=ws,
        x0=ws[0].bbox[0],
        x1=ws[-1].bbox[2],
        top=top,
        bottom=top + 10,
        text=" ".join(t for t, _a, _b in words),
        source=source,
    )


def _rows(source: str) -> list[list[Cell]]:
    # two rows print the code and the description as two cells starting at 100 and 160;
    # the third has them as one cell, its words 14 points apart
    return [
        [_cell([("23-6018-867", 100, 146)], 0, source), _cell([("Filtre", 160, 190)], 0, source)],
        [_cell([("23-6018-868", 100, 146)], 20, source), _cell([("Joint", 160, 185)], 20, source)],
        [_cell([("23-6018-869", 100, 146), ("Courroie", 160, 200)], 40, source)],
    ]


def test_a_text_layer_cell_is_cut_where_other_rows_start_a_column() -> None:
    rows = _rows("text")
    _cut_at_starts(rows, rows, [], "fr")
    assert [c.text for c in rows[2]] == ["23-6018-869", "Courroie"]


def test_an_ocr_cell_is_not_cut_by_the_alignment_of_other_rows() -> None:
    rows = _rows("ocr")
    _cut_at_starts(rows, rows, [], "fr")
    assert [c.text for c in rows[2]] == ["23-6018-869 Courroie"]
