"""A printed line that runs to where the next line's first word would not fit is one
cell's wrapped line; a heading is as long as its words (extraction/tables/wrap_fit.py), and
a table whose first item's text runs so over its numbers gives even-gapped text to the item
below (extraction/tables/read.py ``_settle``)."""

from __future__ import annotations

from extraction.result import Word
from extraction.tables.cells import Cell
from extraction.tables.read import _Item, _settle
from extraction.tables.wrap_fit import fills_line


def _words(line: str, x0: float, top: float = 0.0) -> list[Word]:
    out, x = [], x0
    for t in line.split():
        out.append(Word(text=t, bbox=(x, top, x + 5 * len(t), top + 8)))
        x += 5 * len(t) + 2.5
    return out


def test_a_line_filled_to_the_edge_wraps_a_short_heading_does_not() -> None:
    full = _words("Etagere metallique galvanisee", 100)  # ends at 245
    nxt = _words("plateaux 180x90x40", 100, 10)[0]  # 40 wide
    assert fills_line(full, nxt, 260.0)
    heading = _words("Section 1", 100)
    assert not fills_line(heading, nxt, 260.0)
    assert not fills_line(full, nxt, None)


def test_even_gaps_keep_text_with_the_item_above_unless_the_table_prints_it_over() -> None:
    row: tuple[dict[str | None, Cell], list[Word], float, float] = (
        {},
        _words("more text", 100, 20),
        20.0,
        28.0,
    )
    above = _Item({}, [])
    pending = [row]
    assert _settle([above], pending, 4.0, 32.0, _Item({}, [])) == []
    assert above.wrapped == 1
    above = _Item({}, [])
    pending = [row]
    assert _settle([above], pending, 4.0, 32.0, _Item({}, []), over=True) == [row]
    assert above.wrapped == 0
