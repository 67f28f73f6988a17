"""``samples.wild.typecues`` (issue 20, document type on unseen layouts): no title where
titles go, the kind named after the sender's name, in a "Document" field, over the goods,
in a sentence, in the number's label or in the small print, and denials of a kind. The
patch stays in the process that asks for it."""

from __future__ import annotations

import pytest

from samples.wild import typecues
from samples.wild.build import draw_page
from samples.wild.page import Page
from tests.samples.families_for_tests import PATCHED_FAMILIES as FAMILIES


@pytest.fixture
def cues_restored(restored: None, monkeypatch: pytest.MonkeyPatch) -> None:
    """What ``typecues.patch`` changes beyond ``restored`` is put back too."""
    monkeypatch.setattr(Page, "meta_items", Page.meta_items)
    monkeypatch.setattr(Page, "column", Page.column)


def test_kinds_are_named_off_the_titles_place(cues_restored: None) -> None:
    typecues.patch("a")
    pages = [draw_page(43, i, FAMILIES, ("fr", "en"))[0] for i in range(40)]
    places = {typecues.place_of(p, "a") for p in pages}
    assert {"after_name", "grid", "caption", "sentence", "label_only", "footer"} <= places
    for p in pages:
        html = p.render().html
        # no title where the family prints it (its number only, where the title carried it)
        assert p.title() in ("", str(p.d.number))
        if typecues.place_of(p, "a") in ("after_name", "grid", "footer"):
            assert typecues.name_of(p, "a").lower() in html.lower()


def test_an_unpatched_process_draws_as_before() -> None:
    page = draw_page(43, 3, FAMILIES, ("fr", "en"))[0]
    assert page.title() != "" and Page.meta_items.__module__ == "samples.wild.page"
