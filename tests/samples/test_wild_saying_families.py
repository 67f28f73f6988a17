"""The terms-said-many-ways development families (samples/wild/saying_pages.py): drawn only
when named, so no default draw or pinned digest changes; deterministic; their truth is what
the page prints; and across a set every shape of saying the terms is drawn.
The checks every named group shares (drawn only when named, held-out wordings, made again,
truth printed) are in test_wild_named_families.py; this file keeps the group's own."""

from __future__ import annotations

from samples.wild.families import SAYING_FAMILIES
from samples.wild.saying_pages import SayingPage
from tests.samples.families_for_tests import drawn

SAYING = sorted(SAYING_FAMILIES)


def test_every_shape_of_saying_the_terms_is_drawn() -> None:
    shapes = {
        (page.f.name, page.shape)
        for page, _kind, _lang in drawn(123, 90, SAYING, SayingPage)
        if page.d.payment_terms
    }
    assert {s for f, s in shapes if f == "tsay_prose"} >= {"intro", "clause", "alone", "legal"}
    assert {s for f, s in shapes if f == "tsay_boxed"} >= {"box", "beside_due"}
    assert {s for f, s in shapes if f == "tsay_grid"} >= {"grid", "refs"}
