"""A sender's rows read with its learned cells row by row: rows split differently from one
row to the next, columns that moved, a decimal point (issue 24)."""

from __future__ import annotations

from decimal import Decimal

from extraction.profiles import Learned, ProfileCalibration, SenderProfile
from extraction.result import PageResult, Word
from learning.teach import teach
from tests.learning.stream import extract as _extract
from tests.learning.stream import layouts_of, page_of, taught
from tests.learning.stream import lines_right as _right
from tests.learning.stream import words_at as _words

ITEMS = [
    ("BOI-7035", "Tasseau sapin 63x75", "100", "2.10"),
    ("LED-3599", "Tube LED T8 18 W", "48", "4.44"),
    ("PNT-4316", "Peinture satinée 2,5 L", "20", "38.27"),
    ("CAF-4644", "Café grains 1 kg", "6", "12.95"),
]


def _money(value: Decimal, comma: bool) -> str:
    text = f"{value:.2f}" if value == value.quantize(Decimal("0.01")) else f"{value}"
    return text.replace(".", ",") if comma else text


def _doc(
    i: int,
    discounts: dict[int, int] | None = None,
    shipping: bool = False,
    shift: float = 0.0,
    details: bool = False,
    comma: bool = True,
    prices: dict[int, str] | None = None,
    rises: bool = False,
    units: bool = False,
    wrapped: bool = False,
    numbered: bool = False,
    falls: bool = False,
    titled: bool = False,
) -> tuple[list[PageResult], list[dict[str, str]], dict[str, str]]:
    """Document ``i``: code, description, quantity, price and amount in columns of the
    sender's own titles; ``discounts`` prints a percentage between the price and the amount
    on some rows only, ``shipping`` a last row without a code, ``shift`` moves the
    description column (points), ``details`` prints a second line under each description,
    ``rises`` a long description's first words on the line over its row (cells set at the
    bottom), ``units`` the unit after the quantity ("100 pce"; the shipping row's "1,00"
    none), ``wrapped`` column titles on two lines ("Tarif" over "HT"), ``numbered`` the
    line's number and code in brackets before the description ("1 [BOI-7035] Tasseau"),
    ``falls`` the description on the line under the row's code and amounts, ``titled`` a
    "Remise" title over the discounts when a row has one."""
    discounts, prices = discounts or {}, prices or {}
    words: list[Word] = _words("Atelier Verdier SARL", 40, 40) + _words("TVA FR40303265045", 40, 52)
    words += _words("FACTURE", 260, 110) + _words(f"N° F-{900 + i}", 40, 160)
    words += _words("Code", 40, 260) + _words("Objet", 150 + shift, 260)
    words += _words("Volume", 300, 260) + _words("Tarif", 390, 260)
    words += _words("Valeur", 510, 260)
    if titled and discounts:
        words += _words("Remise", 445, 260)
    if wrapped:
        words += _words("HT", 390, 266) + _words("HT", 510, 266)
    rows = [(*ITEMS[(i + k) % 4], k) for k in range(3)]
    if shipping:
        rows.append(("", "Frais de port", "1", "9.90", 3))
    lines, y = [], 290.0 if rises else 275.0
    for sku, desc, qty, price, k in rows:
        unit = Decimal(prices.get(k, price))
        total = (Decimal(qty) * unit * (100 - discounts.get(k, 0)) / 100).quantize(Decimal("0.01"))
        if numbered:
            code = f"[{sku}] " if sku else ""
            words += _words(f"{k + 1} {code}{desc}", 40, y)
        elif sku:
            words += _words(sku, 40, y)
        if rises and sku:
            words += _words(f"Article {desc}", 150 + shift, y - 11)
            desc = f"Article {desc} réf. {k + 1}"
            words += _words(f"réf. {k + 1}", 150 + shift, y)
        elif falls:
            words += _words(desc, 40, y + 11)
        elif not numbered:
            words += _words(desc, 150 + shift, y)
        printed = qty if not units else f"{qty} pce" if sku else f"{qty},00"
        words += _words(printed, 330, y, right=True)
        words += _words(_money(unit, comma), 420, y, right=True)
        if k in discounts:
            words += _words(f"{discounts[k]} %", 475, y, right=True)
        words += _words(_money(total, comma), 545, y, right=True)
        line = {"description": desc, "quantity": qty, "unit_price": str(unit)}
        line |= {"unit": "pce"} if units and sku else {}
        line |= {"line_total": f"{total:.2f}"} | ({"sku": sku} if sku else {})
        if details:
            y += 11
            words += _words(f"Lot {4100 + 7 * k}", 150 + shift, y)
            line["description"] = f"{desc} Lot {4100 + 7 * k}"
        lines.append(line)
        y += 25 if rises or falls else 14
    net = sum((Decimal(li["line_total"]) for li in lines), Decimal(0))
    words += _words("Total HT", 390, y + 20) + _words(_money(net, comma), 545, y + 20, True)
    approved = {"document_number": f"F-{900 + i}", "vat_id": "FR40303265045"}
    return [page_of(words)], lines, approved


def _taught(**kwargs: bool) -> SenderProfile:
    """The sender's profile after a clerk approved its documents 1 and 2 (``_doc``'s
    options)."""
    profile = taught(_doc(i, **kwargs) for i in (1, 2))  # type: ignore[arg-type]
    assert profile.table_hint is not None
    return profile


def test_each_row_is_fitted_to_the_cells_a_discount_or_a_missing_code_on_some_rows_only() -> None:
    profile = _taught()
    assert "discount" not in profile.table_hint.roles()  # type: ignore[union-attr]
    # the 3rd document prints a discount on two rows and a shipping row without a code
    pages, lines, _ = _doc(3, discounts={0: 15, 2: 5}, shipping=True)
    result = _extract(pages, Learned(profiles=[profile]))
    assert _right(result, lines) == len(lines) == len(result.lines) == 4
    assert result.profile_cells["line:0"].split("|")[4] == "cells"
    # the rows' own arithmetic, the discount taken into account, confirms every line: none
    # is in doubt, and where such lines of proven senders were always right they are sure
    keys = {result.profile_cells[f"line:{i}"] for i in range(4)}
    assert len(keys) == 1 and keys.pop().startswith("lines|1|held|text|cells|")
    sure = ProfileCalibration(cells={result.profile_cells["line:0"]: (200, 200)})
    result = _extract(pages, Learned(profiles=[profile], calibration=sure))
    assert all(li.confidence >= 0.9 for li in result.lines)


def test_a_description_runs_on_where_it_starts_on_its_own_row() -> None:
    profile = _taught(details=True)
    # the columns moved left (an HTML table follows its content): the run-on line starts
    # where this document's descriptions start, left of where the cell was learned
    pages, lines, _ = _doc(3, shift=-25.0, details=True)
    result = _extract(pages, Learned(profiles=[profile]))
    assert result.profile_cells["line:0"].split("|")[4] == "cells"
    assert _right(result, lines) == len(lines) == len(result.lines)


def test_cells_learned_from_decimal_points_read_a_price_with_three_decimals() -> None:
    profile = _taught(comma=False)
    assert profile.table_hint is not None and profile.table_hint.number_language == "en"
    pages, lines, _ = _doc(3, comma=False, prices={1: "0.911"})
    result = _extract(pages, Learned(profiles=[profile]))
    assert any(li.unit_price == "0.911" for li in result.lines)
    assert _right(result, lines) == len(lines) == len(result.lines)


def test_a_description_that_starts_over_its_row_is_the_next_item_s() -> None:
    profile = _taught(rises=True)
    assert profile.table_hint is not None and profile.table_hint.rises
    # the table's header, not an item's first line, is what the cells are found under
    assert "objet" in profile.table_hint.header
    pages, lines, _ = _doc(3, rises=True)
    result = _extract(pages, Learned(profiles=[profile]))
    assert result.profile_cells["line:0"].split("|")[4] == "cells"
    assert _right(result, lines) == len(lines) == len(result.lines)


def test_a_row_without_the_unit_the_others_print_keeps_its_quantity() -> None:
    profile = _taught(units=True)
    assert ["quantity", "unit"] in profile.table_hint.shape()  # type: ignore[union-attr]
    pages, lines, _ = _doc(3, units=True, shipping=True)
    result = _extract(pages, Learned(profiles=[profile]))
    assert result.profile_cells["line:0"].split("|")[4] == "cells"
    shipping = [li for li in result.lines if li.description == "Frais de port"]
    assert [(li.quantity, li.unit) for li in shipping] == [("1", None)]
    assert _right(result, lines) == len(lines) == len(result.lines)


def test_column_titles_on_two_lines_are_one_header() -> None:
    profile = _taught(wrapped=True)
    assert profile.table_hint is not None
    assert {"objet", "tarif", "ht"} <= set(profile.table_hint.header)
    pages, lines, _ = _doc(3, wrapped=True, shipping=True)
    result = _extract(pages, Learned(profiles=[profile]))
    assert result.profile_cells["line:0"].split("|")[4] == "cells"
    assert _right(result, lines) == len(lines) == len(result.lines)


def test_a_row_without_the_code_others_print_before_the_description() -> None:
    profile = _taught(numbered=True)
    assert ["sku", "description"] in profile.table_hint.shape()  # type: ignore[union-attr]
    pages, lines, _ = _doc(3, numbered=True, shipping=True)
    result = _extract(pages, Learned(profiles=[profile]))
    assert result.profile_cells["line:0"].split("|")[4] == "cells"
    shipping = [li for li in result.lines if li.sku is None]
    assert [li.description for li in shipping] == ["Frais de port"]
    assert _right(result, lines) == len(lines) == len(result.lines)


def test_a_description_under_the_row_in_no_cell_is_the_row_s() -> None:
    profile = _taught(falls=True)
    assert profile.table_hint is not None and profile.table_hint.falls
    pages, lines, _ = _doc(3, falls=True)
    result = _extract(pages, Learned(profiles=[profile]))
    assert result.profile_cells["line:0"].split("|")[4] == "cells"
    assert _right(result, lines) == len(lines) == len(result.lines)


def test_a_documents_lines_count_once_in_their_cell_and_only_a_record_lifts_them() -> None:
    """A document's lines go wrong together (one reader, one layout): the replay counts
    them once per cell, right when all are; and a cell lifts the lines of a sender whose
    table has read right before, never those of one without a record of its own."""
    from learning.calibrate import fit, observe

    profile = _taught()
    pages, lines, approved = _doc(3)
    result = _extract(pages, Learned(profiles=[profile]))
    key = result.profile_cells["line:0"]
    assert _right(result, lines) == len(result.lines) == len(lines) and key.startswith("lines|1|")
    assert fit(observe(result, approved, lines)).cells[key] == (1, 1)
    one_wrong = [lines[0] | {"quantity": "999"}, *lines[1:]]
    assert fit(observe(result, approved, one_wrong)).cells[key] == (1, 0)
    # the same cell counted a sender without a record of its own: it only ever holds back
    pages1, lines1, approved1 = _doc(1)
    layouts = layouts_of(pages1)
    machine = _extract(pages1, None).lines
    once = teach(None, layouts, approved1, "invoice", "fr", "alice", machine, lines1)
    alone = _extract(pages, Learned(profiles=[once], calibration=ProfileCalibration()))
    unproven = alone.profile_cells["line:0"]
    assert unproven.startswith("lines|0|held|")
    always = ProfileCalibration(cells={unproven: (200, 200)})
    read = _extract(pages, Learned(profiles=[once], calibration=always))
    assert read.profile_cells["line:0"] == unproven
    assert [li.confidence for li in read.lines] == [li.confidence for li in alone.lines]
    assert all(li.confidence < 0.9 for li in read.lines)
    never = ProfileCalibration(cells={unproven: (200, 0)})
    read = _extract(pages, Learned(profiles=[once], calibration=never))
    assert all(li.confidence < 0.5 for li in read.lines)  # it still holds them back
    proven = ProfileCalibration(cells={key: (200, 200)})
    read = _extract(pages, Learned(profiles=[profile], calibration=proven))
    assert all(li.confidence >= 0.9 for li in read.lines)


def test_a_table_whose_discount_title_comes_and_goes_builds_its_record() -> None:
    """A sender titles its discount column only when a row has one: taught on a document
    with a discount, its table reads every line of the documents without one (their header
    lacks that one title) and earns its record there, so they are read with its cells."""
    profile: SenderProfile | None = None
    keys = []
    for i in range(1, 6):
        pages, lines, approved = _doc(i, titled=True, discounts={0: 10} if i == 1 else None)
        layouts = layouts_of(pages)
        result = _extract(pages, Learned(profiles=[profile]) if profile else None)
        assert i == 1 or _right(result, lines) == len(lines)
        keys.append(result.profile_cells.get("line:0", ""))
        machine = _extract(pages, None).lines
        profile = teach(profile, layouts, approved, "invoice", "fr", "alice", machine, lines)
    assert keys[2].startswith("lines|1|") and keys[4].startswith("lines|2|")
    assert all("|cells|" in k for k in keys[2:])
