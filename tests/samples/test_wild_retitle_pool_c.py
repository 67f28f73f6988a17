"""Pool c of ``samples.wild.retitle`` (issue 20, document type, third round): pages whose
title hardly names a kind or names none, over numbers labelled without their kind, so the
classifier is measured on what the page carries. The patch must stay in the process that
asks for it, and pools a and b must draw what they drew."""

from __future__ import annotations

from samples.wild import retitle
from samples.wild.build import draw_page
from samples.wild.vocab import NUMBER_LABELS
from tests.samples.families_for_tests import PATCHED_FAMILIES as FAMILIES


def test_pool_c_titles_name_no_kind_and_most_numbers_are_labelled_generically(
    restored: None,
) -> None:
    retitle.patch("c")
    generic = {w.casefold() for lang in NUMBER_LABELS.values() for w in lang["*"]}
    pages = [draw_page(31, i, FAMILIES, ("fr", "en"))[0] for i in range(40)]
    kinds = {p.d.kind for p in pages}
    assert {"invoice", "order_confirmation"} <= kinds
    plain = sum(p.number_label().casefold() in generic for p in pages if p.d.number)
    assert plain >= 0.6 * sum(1 for p in pages if p.d.number)
    pool = retitle.POOLS["c"]
    shared = {w for ws in retitle.SHARED.values() for w in ws}
    for p in pages:
        words = pool.get(p.d.kind, {}).get(p.lang, [])
        title = p.title()
        assert title == "" or title in shared or any(title.endswith(w) for w in words)


def test_pools_a_and_b_are_drawn_as_before(restored: None) -> None:
    """Pool c's modes and number labels do not touch the pools reported on before."""
    page = draw_page(31, 3, FAMILIES, ("fr", "en"))[0]
    before = page.number_label()
    retitle.patch("b")
    again = draw_page(31, 3, FAMILIES, ("fr", "en"))[0]
    assert again.number_label() == before
    assert retitle.POOL_MODES.get("a", retitle.MODES) == retitle.MODES
    assert retitle.POOL_MODES.get("b", retitle.MODES) == retitle.MODES
