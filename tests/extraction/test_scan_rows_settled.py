"""Table rows a scan loses to one glyph: an amount settled by the lines' sum against the
net total (``tables.net_sum``), a unit cell mended to the one unit it is
(``tables.unit_mend``). Each settled value is worked out, not read: its line stays under
the confidence a clerk must confirm."""

from __future__ import annotations

from extraction.result import ExtractionResult, FieldValue, LineItem, PageResult, Word
from extraction.tables.net_sum import SETTLED_CONFIDENCE, settle_by_net
from extraction.tables.unit_mend import mend_unit


def _result(lines: list[LineItem], net: str, tax: str, gross: str) -> ExtractionResult:
    words = [Word(text="x", bbox=(1, 1, 2, 2), source="ocr", confidence=0.9)]
    page = PageResult(number=1, text="x", source="ocr", width=600, height=800, words=words)
    result = ExtractionResult(pages=[page])
    for name, value in (("total_net", net), ("total_tax", tax), ("total_gross", gross)):
        result.fields[name] = FieldValue(value=value, confidence=0.9, page=1, source="ocr")
    result.lines = lines
    return result


def _line(qty: str, price: str, total: str, read: str | None = None) -> LineItem:
    line = LineItem(quantity=qty, unit_price=price, line_total=total, confidence=0.86, source="ocr")
    return line.worked_out(read)


def test_an_amount_the_row_arithmetic_mended_away_goes_back_when_the_net_says_so() -> None:
    # printed 35.00 (a discount not printed): the row's arithmetic made it 35.90
    lines = [_line("10", "23.47", "234.70"), _line("23.62", "1.52", "35.90", read="35.00")]
    result = _result(lines, "269.70", "53.94", "323.64")
    settle_by_net(result)
    assert [li.line_total for li in result.lines] == ["234.70", "35.00"]
    assert result.lines[1].confidence <= SETTLED_CONFIDENCE
    assert result.lines[0].confidence == 0.86


def test_a_look_alike_digit_of_an_amount_is_mended_by_the_net() -> None:
    # a discounted row (no arithmetic to check it), its 8 read as 6
    lines = [_line("20", "154.96", "3021.72"), _line("4", "5.66", "22.64")]
    lines[0] = lines[0].model_copy(update={"line_total": "3021.72"})
    lines.append(_line("1", "80.00", "76.00"))  # printed 78.00
    result = _result(lines, "3122.36", "624.47", "3746.83")
    settle_by_net(result)
    assert result.lines[2].line_total == "78.00"
    assert result.lines[2].confidence <= SETTLED_CONFIDENCE


def test_nothing_changes_when_the_net_is_itself_in_doubt_or_two_ways_fit() -> None:
    lines = [_line("1", "80.00", "76.00"), _line("2", "10.00", "20.00")]
    doubtful = _result(lines, "98.00", "19.60", "120.00")  # net + tax != gross
    settle_by_net(doubtful)
    assert doubtful.lines[0].line_total == "76.00"
    # 16.00 -> 18.00 or 36.00 -> 38.00: the sum does not say which
    two = [_line("1", "16.00", "16.00"), _line("1", "36.00", "36.00")]
    twice = _result(two, "54.00", "0.00", "54.00")
    settle_by_net(twice)
    assert [li.line_total for li in twice.lines] == ["16.00", "36.00"]


def test_born_digital_lines_are_left_alone() -> None:
    line = LineItem(quantity="1", unit_price="80.00", line_total="76.00", source="text")
    result = _result([line], "78.00", "0.00", "78.00")
    settle_by_net(result)
    assert result.lines[0].line_total == "76.00"


def test_a_unit_read_a_glyph_off_is_the_one_unit_it_can_be() -> None:
    assert mend_unit("pcc") == "pce"
    assert mend_unit("pee") == "pce"
    assert mend_unit("S1k") == "Stk"
    assert mend_unit("bo×") == "box"
    assert mend_unit("ramotte") == "ramette"
    # a unit, a word that is no near unit, or a glyph too few to say: left as read
    for word in ("pce", "rouleau", "1", "bo", "Colour"):
        assert mend_unit(word) is None


def test_a_label_read_with_look_alikes_still_names_its_column() -> None:
    from extraction.tables.vocabulary import confused_label_role, label_role

    assert confused_label_role("Descrlzlone") == "description"
    assert confused_label_role("Quantitc") == "quantity"
    assert confused_label_role("Codlce") == "sku"
    # a label read right, and words that are no label a look-alike away: nothing
    for word in ("Descrizione", "Colore", "Signature", "Hello"):
        assert confused_label_role(word) is None
    assert label_role("N.") == "line_no"


CODES = ["97.99.83", "83.65.62", "50.27.74", "17.76.87", "85.24.22"]


def _table(header: list[tuple[str, float, float]], glued_first: bool) -> list[LineItem]:
    from extraction.layout import build_layout
    from extraction.lines import extract_lines
    from tests.extraction.scans_for_tests import placed_rows

    items = [
        ("97.99.83", "Tubo LED T8", "24", "4,95", "118,80"),
        ("83.65.62", "Caffè in grani", "25", "21,79", "544,75"),
        ("50.27.74", "Olio da taglio", "5", "55,02", "275,10"),
        ("17.76.87", "Listello abete", "24", "10,39", "249,36"),
        ("85.24.22", "Cavo flessibile", "25", "0,94", "23,50"),
    ]
    rows = [header]
    for n, (code, desc, qty, price, total) in enumerate(items, start=1):
        number = [] if n == 3 else [(str(n), 52, 56)]  # a lone digit OCR lost
        if n == 1 and glued_first:
            cells = [(f"{n}", 52, 56), (code, 60, 99)]  # a narrower gap: one segment
        else:
            cells = [*number, (code, 66, 105)]
        rows.append([*cells, (desc, 122, 200), (qty, 417, 427), (price, 459, 483)])
        rows[-1].append((total, 522, 553))
    words = placed_rows(rows)
    page = PageResult(number=1, text="", source="ocr", width=595, height=842, words=words)
    result = ExtractionResult(doc_type="invoice", language="it", pages=[page])
    extract_lines(result, [build_layout(words, 1, 595, 842)])
    return result.lines


def test_codes_under_a_misread_description_label_stay_codes() -> None:
    header = [("N.", 47, 56), ("Codice", 66, 99), ("Descrlzlone", 122, 180)]
    header += [("Quantita", 384, 427), ("Prezzo", 451, 484), ("Totale", 522, 553)]
    lines = _table(header, glued_first=False)
    assert [li.sku for li in lines] == CODES


def test_a_line_number_glued_to_its_code_goes_back_under_its_label() -> None:
    header = [("N.", 47, 56), ("Codice", 66, 99), ("Descrizione", 122, 180)]
    header += [("Quantita", 384, 427), ("Prezzo", 451, 484), ("Totale", 522, 553)]
    lines = _table(header, glued_first=True)
    assert [li.sku for li in lines] == CODES
