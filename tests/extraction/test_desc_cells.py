"""The description cell: a unit printed after the text when the unit column is empty,
notes set apart from (or indented under) an item, a code under the line number beside a
detail line (extraction/tables/desc_unit_cell.py, desc_rows.py)."""

from __future__ import annotations

from extraction.result import Word
from extraction.tables.cells import Cell
from extraction.tables.desc_rows import indented_note, left_edge, rows_apart, text_beside_code
from extraction.tables.desc_unit_cell import unit_ending_a_line


def _w(text: str, x0: float, top: float, h: float = 8.0) -> Word:
    return Word(text=text, bbox=(x0, top, x0 + 6 * len(text), top + h))


def _words(line: str, x0: float, top: float) -> list[Word]:
    out, x = [], x0
    for t in line.split():
        out.append(_w(t, x, top))
        x += 6 * len(t) + 4
    return out


def _cell(text: str, x0: float, top: float, number: bool = False) -> Cell:
    words = _words(text, x0, top)
    return Cell(words, x0, words[-1].bbox[2], top, top + 8, text, number=1 if number else None)  # type: ignore[arg-type]


def test_a_unit_ending_the_description_is_cut_off() -> None:
    words = _words("Vis inox A2 5x50 boîte", 100, 10) + _words("Couleur : rouge, lot 8508", 100, 20)
    desc = "Vis inox A2 5x50 boîte Couleur : rouge, lot 8508"
    assert unit_ending_a_line(desc, words) == (
        "Vis inox A2 5x50 Couleur : rouge, lot 8508",
        "boîte",
    )


def test_a_size_before_the_unit_word_keeps_it_and_a_wrapped_unit_is_the_last_line() -> None:
    assert unit_ending_a_line("Café Honduras 1 kg", _words("Café Honduras 1 kg", 0, 0)) is None
    words = _words("Tuyau PER 16 mm couronne 100 m", 0, 0) + _words("couronne", 0, 10)
    got = unit_ending_a_line("Tuyau PER 16 mm couronne 100 m couronne", words)
    assert got == ("Tuyau PER 16 mm couronne 100 m", "couronne")
    assert (
        unit_ending_a_line("Oil filter for compressor", _words("Oil filter for compressor", 0, 0))
        is None
    )


def test_an_indented_line_is_a_note_a_line_at_the_edge_is_not() -> None:
    roles = {0: "description", 1: "quantity"}
    items = [{0: _cell("Widget large", 100, 0), 1: _cell("2", 300, 0, True)}] * 2
    edge = left_edge(items, roles)
    assert edge == 100
    assert indented_note({0: _cell("Lot 44781", 112, 10)}, roles, edge, 8.0)
    assert not indented_note({0: _cell("second line", 100, 10)}, roles, edge, 8.0)
    assert left_edge([{0: _cell("a", 100, 0)}, {0: _cell("b", 120, 9)}], roles) is None


def test_a_row_as_far_from_its_neighbours_as_items_are_is_apart() -> None:
    rows = [
        {0: _cell("Widget", 100, 0), 1: _cell("2", 300, 0, True)},
        {0: _cell("wrapped", 100, 9)},  # 1 pt under: a wrapped line
        {0: _cell("Note: partial delivery", 100, 23)},  # 6 pt under, 6 pt over the next
        {0: _cell("Gadget", 100, 37), 1: _cell("3", 300, 37, True)},
    ]
    assert rows_apart(rows, [True, False, False, True], 6.0, 8.0) == {2}
    assert rows_apart(rows, [True, False, False, True], 1.5, 8.0) == set()


def test_a_detail_beside_a_code_under_the_line_number_continues_the_description() -> None:
    roles = {0: "line_no", 1: "description"}
    cols = [_cell("1", 40, 0, True), _cell("Rye flour", 100, 0)]
    row = {0: _cell("RX61418", 40, 10), 1: _cell("Packed in 12s", 100, 10)}
    assert text_beside_code(row, cols, roles)  # type: ignore[arg-type]
    row = {0: _cell("Remark", 40, 10), 1: _cell("Packed in 12s", 100, 10)}
    assert not text_beside_code(row, cols, roles)  # type: ignore[arg-type]
