"""A 1-bit page's dashed rules go before it is smoothed (issue 23, scan19): smoothed,
each dash was a word to tesseract. Text, a lone dash and solid rules stay."""

import numpy as np
import pytest

from extraction.ocr import cleanup, dashes


def _page() -> np.ndarray:
    return np.full((600, 1200), 255, dtype=np.uint8)


def _dashed(page: np.ndarray, y: int, x0: int, x1: int, step: int = 1) -> None:
    """A dashed rule 2 px thick: dashes 50 px long, 12 px apart, a pixel row lower every
    ``step`` dashes (a page scanned askew)."""
    for k, x in enumerate(range(x0, x1, 62)):
        top = y + k // step
        page[top : top + 2, x : x + 50] = 0


def test_a_dashed_rule_goes_even_askew() -> None:
    page = _page()
    _dashed(page, 100, 50, 1100)
    _dashed(page, 300, 50, 1100, step=3)
    out = dashes.remove(page, 300)
    assert (out == 255).all()


def test_text_a_lone_dash_and_a_solid_rule_stay() -> None:
    page = _page()
    page[200:230, 100:104] = 0  # the stem of a letter
    page[200:203, 100:130] = 0  # its bar: a letter touching nothing else
    page[215:218, 300:340] = 0  # a dash of text, alone on its line
    page[215:218, 360:400] = 0  # and another: two, not a rule
    page[400:402, 50:1150] = 0  # a solid rule: remove_lines' business
    out = dashes.remove(page, 300)
    assert np.array_equal(out, page)


def test_a_letter_touching_a_dash_keeps_its_ink() -> None:
    page = _page()
    _dashed(page, 100, 50, 1100)
    page[80:102, 300:304] = 0  # a stroke reaching down onto the fifth dash
    out = dashes.remove(page, 300)
    assert (out[80:100, 300:304] == 0).all()
    assert (out[100:102, 50:100] == 255).all()  # the first dash is gone


def test_only_1_bit_pages_that_are_no_fax_are_undashed(monkeypatch: pytest.MonkeyPatch) -> None:
    bits = cleanup.PageProfile(300, 300, True, False, 255, 0, 0, 0, 0)
    fax = cleanup.PageProfile(204, 98, True, False, 255, 0, 0, 0, 0)
    grey = cleanup.PageProfile(300, 300, False, False, 250, 20, 0, 2, 0)
    assert "undash" in cleanup.plan(bits)
    assert "undash" not in cleanup.plan(fax)
    assert "undash" not in cleanup.plan(grey)
    monkeypatch.setattr(cleanup, "DASHED_RULES", False)
    assert "undash" not in cleanup.plan(bits)


def _grid(page: np.ndarray, top: int, rows: int, left: int, right: int) -> None:
    """A spreadsheet's hairline grid scanned 1-bit: its rules 1 px thick, broken into
    dashes 40 px long 6 px apart; upright rules every 300 px, broken under each crossing,
    each piece touching the row rule above it."""
    for r in range(rows + 1):
        y = top + 60 * r
        for x in range(left, right, 46):
            page[y, x : min(x + 40, right)] = 0
    for x in range(left, right + 1, 300):
        for r in range(rows):
            page[top + 60 * r : top + 60 * r + 57, x] = 0


def test_a_dashed_grid_goes_its_cells_text_stays(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(dashes, "GRID", True)  # the default since scan22
    page = np.full((900, 1300), 255, dtype=np.uint8)
    _grid(page, 100, 10, 50, 1250)
    for r in range(10):  # a quantity "1" in every row: an upright stroke, 30 px high
        page[115 + 60 * r : 145 + 60 * r, 200:204] = 0
    out = dashes.remove(page, 300)
    grid = page.copy()
    grid[115:745, 200:204] = 255
    assert np.count_nonzero(out[grid == 0] == 0) < 0.1 * np.count_nonzero(grid == 0)
    for r in range(10):
        assert (out[115 + 60 * r : 145 + 60 * r, 200:204] == 0).all()


def test_without_grid_pieces_a_grid_stays(monkeypatch: pytest.MonkeyPatch) -> None:
    page = np.full((900, 1300), 255, dtype=np.uint8)
    _grid(page, 100, 10, 50, 1250)
    monkeypatch.setattr(dashes, "GRID", False)
    out = dashes.remove(page, 300)
    assert np.count_nonzero(out == 0) > 0.5 * np.count_nonzero(page == 0)
