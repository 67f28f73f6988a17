"""Notes under an item row and dotted leaders are no text of its description
(extraction/tables/row_notes.py), a lot's or serial number's line no code of the article,
and short column labels name their role (issue 20, rows18)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from extraction import repairs
from extraction.layout import build_layout
from extraction.result import Word
from extraction.tables.cells import Cell
from extraction.tables.code_rows import line_code
from extraction.tables.desc_rows import names_a_unit
from extraction.tables.row_notes import note_words, row_note, text_start, without_leaders
from extraction.tables.vocabulary import label_role


def _words(text: str, x: float = 100.0, top: float = 200.0, h: float = 8.0) -> list[Word]:
    out = []
    for t in text.split():
        out.append(Word(text=t, bbox=(x, top, x + 5.0 * len(t), top + h)))
        x += 5.0 * len(t) + 3.0
    return out


def _cell(words: list[Word]) -> Cell:
    return Cell(
        words,
        words[0].bbox[0],
        words[-1].bbox[2],
        words[0].bbox[1],
        words[0].bbox[3],
        " ".join(w.text for w in words),
    )


def test_dotted_leaders_are_read_past() -> None:
    words = _words("Widget blue . . . . . . 12,00") + _words("Total 12,00", top=300.0)
    (layout,) = without_leaders([build_layout(words, 1, 595.0, 842.0)])
    assert [w.text for r in layout.rows for w in r.words] == [
        "Widget",
        "blue",
        "12,00",
        "Total",
        "12,00",
    ]


def test_an_ellipsis_stays() -> None:
    layout = build_layout(_words("Divers ... 12,00"), 1, 595.0, 842.0)
    assert without_leaders([layout])[0] is layout


@pytest.mark.parametrize(
    "text",
    ["19/10/2024", "Planned delivery 19/10/2024", "Livraison prévue le 2025-01-31"],
)
def test_a_line_that_is_only_a_date_is_a_note(text: str) -> None:
    assert note_words(_words(text), _words("Widget blue"), None)


@pytest.mark.parametrize(
    "text",
    [
        "Période du 01/01/2025 au 31/12/2025",
        "Période du 01/01/2025 au 31/12/2025 inclus",
        "Colour: blue, batch 87661",
    ],
)
def test_a_line_of_text_is_no_note(text: str) -> None:
    assert not note_words(_words(text), _words("Widget blue"), None)


def test_a_lone_id_in_smaller_type_is_a_note() -> None:
    desc = _words("Widget blue")
    assert note_words(_words("LT536927-02", h=6.0), desc, None)
    assert not note_words(_words("LT536927-02"), desc, "CAB-2044")  # maybe its wrapped end
    assert not note_words(_words("180x90x40", h=6.0), desc, "CAB-2044")  # a size


def test_a_line_starting_left_of_the_description_is_a_note() -> None:
    rows = [{0: _cell(_words("1", x=40.0)), 1: _cell(_words("Widget", x=80.0))}]
    rows.append({0: _cell(_words("2", x=40.0)), 1: _cell(_words("Gadget", x=80.0))})
    roles = {0: "line_no", 1: "description"}
    x0 = text_start(rows, roles)
    assert x0 == 80.0
    item = {"description": rows[0][1]}
    across = {1: _cell(_words("Serial no. K1234 under the row", x=40.0, top=210.0))}
    wrapped = {1: _cell(_words("in blue", x=80.0, top=210.0))}
    assert row_note(across, item, x0, 8.0)
    assert not row_note(wrapped, item, x0, 8.0)


def test_a_lot_or_serial_number_is_no_code_of_the_article() -> None:
    assert names_a_unit(["N°", "série", "X44419023"])
    assert names_a_unit(["Lot", "26295D"])
    assert not names_a_unit(["Réf.", "4711-B"])
    assert line_code("Lot 26295D") is None


def test_switched_off_the_notes_stay() -> None:
    repairs.disabled.add("row_notes")
    try:
        assert not note_words(_words("19/10/2024"), _words("Widget"), None)
    finally:
        repairs.disabled.discard("row_notes")


@pytest.mark.parametrize(
    ("label", "role"),
    [
        ("Mt HT", "line_total"),
        ("Qté cdée", "ordered"),
        ("Unit pr.", "unit_price"),
        ("Line no.", "line_no"),
        ("Back-ord.", "other"),
        ("Item desc.", "description"),
    ],
)
def test_short_labels_name_their_role(label: str, role: str) -> None:
    assert label_role(label) == role


def test_a_page_without_a_header_continues_with_a_note_under_each_row() -> None:
    from extraction.tables.columns import Column
    from extraction.tables.read import _aligned_start

    qty = Cell(_words("50", x=480.0), 480.0, 490.0, 200.0, 208.0, "50", number=Decimal(50))
    prev = [
        Column(40.0, 72.0, role="sku"),
        Column(90.0, 300.0, role="description"),
        Column(470.0, 500.0, cells=[qty], role="quantity"),
    ]
    words: list[Word] = []
    top = 60.0
    for n in range(4):
        words += _words(f"AB-{n}123", x=40.0, top=top) + _words("Oil filter", x=90.0, top=top)
        words += _words(f"{n + 2}", x=480.0, top=top)
        words += _words("7/1/2024", x=40.0, top=top + 11.0, h=6.0)
        top += 24.0
    layout = build_layout(words, 2, 595.0, 842.0)
    assert _aligned_start(layout, prev, "en") == 0
    repairs.disabled.add("page_carried_rows")
    try:
        assert _aligned_start(layout, prev, "en") is None
    finally:
        repairs.disabled.discard("page_carried_rows")
