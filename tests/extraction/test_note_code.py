"""A note set apart under an item that prints one code gives the item that code
(extraction/tables/desc_rows.note_code): the note leaves the description, its code does not
leave the item."""

from __future__ import annotations

from extraction.result import Word
from extraction.tables.cells import Cell
from extraction.tables.desc_rows import note_code


def _cell(text: str) -> Cell:
    words, x = [], 100.0
    for t in text.split():
        words.append(Word(text=t, bbox=(x, 10.0, x + 6 * len(t), 18.0)))
        x += 6 * len(t) + 4
    return Cell(words, 100.0, x, 10.0, 18.0, text)


def test_the_one_code_of_a_note_is_the_items() -> None:
    assert note_code({1: _cell("Réf. fournisseur : 4711-B2")}) == "4711-B2"
    assert note_code({1: _cell("(EAN 4006381333931)")}) == "4006381333931"


def test_a_note_without_a_code_or_with_two_gives_none() -> None:
    assert note_code({1: _cell("Livré en deux fois, reste 3")}) is None
    assert note_code({1: _cell("lot 8508")}) is None  # a short count or lot, no code
    assert note_code({1: _cell("AB-12 remplace CD-34")}) is None
