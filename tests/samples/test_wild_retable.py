"""``samples.wild.retable`` (issue 20, line rows on layouts never seen): the development
families' line tables reprinted with made-up or no captions, shuffled columns, no ruling,
wrapped descriptions and units apart or glued, the truth still what the page prints."""

from __future__ import annotations

import pytest

from samples.wild import retable
from samples.wild.build import draw_page
from samples.wild.page import Page, Rendered
from tests.samples.families_for_tests import PATCHED_FAMILIES as FAMILIES

_KEYS = ("sku", "description", "quantity", "unit_price", "line_total")


@pytest.fixture
def unpatched(monkeypatch: pytest.MonkeyPatch) -> None:
    """The methods the patch replaces are put back after the test."""
    for name in ("column", "roles", "cell", "render"):
        monkeypatch.setattr(Page, name, getattr(Page, name))


def _lines(page: Rendered) -> list[dict[str, str]]:
    truth = page.printed.truth()
    return [{k: v for k, v in line.items() if k in _KEYS} for line in truth["lines"]]


def test_pool_b_reprints_the_tables_over_the_same_items(unpatched: None) -> None:
    before = [draw_page(61, i, FAMILIES, ("fr", "en"))[0].render() for i in range(16)]
    retable.patch("b")
    after = [draw_page(61, i, FAMILIES, ("fr", "en"))[0].render() for i in range(16)]
    # the items are the page's own: only how the table prints them changes
    assert [_lines(p) for p in after] == [_lines(p) for p in before]
    htmls = [p.html for p in after]
    words = {w for ws in retable.POOLS["b"].values() for w in ws}
    captioned = sum(
        1 for h in htmls if any(f">{w}</th>" in h or f">{w.upper()}</th>" in h for w in words)
    )
    assert captioned >= 4
    assert sum(1 for h in htmls if "<br>" in h.split("class='items")[-1]) >= 3
    assert sum(1 for p in after if p.options["rules"] == "none") > sum(
        1 for p in before if p.options["rules"] == "none"
    )
