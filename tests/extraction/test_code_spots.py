"""Issue 20, rows (the item code where unseen senders put it): a column of codes is found
by its cells' shapes whatever its header says: set close after the row's amount at the end
of the row, codes of two numberings in one column, a marker word repeated before every
code, short dotted codes that read as numbers or dates among longer ones; a code line
under each item behind a marker no reader knows; a bar code printed under the code in its
cell is no part of the row. Each such reading is a guess about the table: at most 0.85."""

from __future__ import annotations

from tests.extraction.pages_for_tests import (
    INVOICE_ITEMS,
    RightAt,
    Text,
    heads,
    invoice_head,
    invoice_table,
    read_pages,
    table_rows,
)

_ITEMS = INVOICE_ITEMS


def test_a_code_column_set_close_after_the_amount_at_the_rows_end() -> None:
    codes = ["7575411", "MF 554 63", "NR 671 97", "2823931"]
    rows = [[*item, c] for item, c in zip(_ITEMS, codes, strict=True)]
    cols = [43, RightAt(330), RightAt(400), RightAt(470), 477]
    lines = read_pages(invoice_table(rows, cols, ["Article", "Qté", "PU", "Total", "Ident"])).lines
    assert [(li.sku, li.description, li.line_total) for li in lines] == [
        (c, item[0], item[3].replace(",", ".")) for item, c in zip(_ITEMS, codes, strict=True)
    ]
    assert all(li.confidence <= 0.85 for li in lines)


def test_a_marker_word_before_every_code_of_a_column_under_no_known_header() -> None:
    codes = ["87.38", "NF 530 80", "27.12.29", "KD 961 92"]
    rows = [[f"Nr. {c}", *item] for item, c in zip(_ITEMS, codes, strict=True)]
    cols = [43, 120, RightAt(400), RightAt(470), RightAt(540)]
    lines = read_pages(
        invoice_table(rows, cols, ["Modèle", "Désignation", "Qté", "PU", "Total"])
    ).lines
    assert [(li.sku, li.description) for li in lines] == [
        (c, item[0]) for item, c in zip(_ITEMS, codes, strict=True)
    ]
    assert all(li.confidence <= 0.85 for li in lines)


def test_code_lines_under_the_items_behind_a_marker_no_reader_knows() -> None:
    codes = ["XM 385 30", "LA 258 21", "VR 319 57", "PH 666 74"]
    cols: list[float | RightAt] = [43, RightAt(400), RightAt(470), RightAt(540)]
    page = invoice_head()
    page += heads(200, cols, ["Désignation", "Qté", "PU", "Total"])
    for i, (item, c) in enumerate(zip(_ITEMS, codes, strict=True)):
        page += table_rows([list(item)], cols, 220 + 28 * i)
        page.append(Text(43, 232 + 28 * i, f"Id: {c}", 8))
    lines = read_pages(page).lines
    assert [(li.sku, li.description) for li in lines] == [
        (c, item[0]) for item, c in zip(_ITEMS, codes, strict=True)
    ]
    assert all(li.confidence <= 0.85 for li in lines)


def test_a_bar_code_under_the_code_in_its_cell_is_no_part_of_the_row() -> None:
    codes = ["AB-5373F", "CGK-3361A", "ZK-8655L", "RZE-1321V"]
    eans = ["4334680360120", "3657743419292", "8892643943095", "3211233748219"]
    cols: list[float | RightAt] = [43, 130, RightAt(400), RightAt(470), RightAt(540)]
    page = invoice_head()
    page += heads(200, cols, ["Réf.", "Désignation", "Qté", "PU", "Total"])
    for i, (item, c, e) in enumerate(zip(_ITEMS, codes, eans, strict=True)):
        page += table_rows([[c, *item]], cols, 220 + 28 * i)
        page.append(Text(43, 232 + 28 * i, e, 8))
    lines = read_pages(page).lines
    assert [(li.sku, li.description) for li in lines] == [
        (c, item[0]) for item, c in zip(_ITEMS, codes, strict=True)
    ]
