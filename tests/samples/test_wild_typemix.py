"""``samples.wild.typemix`` (issue 20, document type on unseen layouts): titles placed
where a reader does not look first, bodies that carry another kind's cues. The patch stays
in the process that asks for it and leaves the pages it does not move as they were."""

from __future__ import annotations

from samples.wild import typemix
from samples.wild.build import draw_page
from samples.wild.page import Page
from tests.samples.families_for_tests import PATCHED_FAMILIES as FAMILIES


def test_titles_leave_their_usual_place_and_bodies_carry_other_kinds_cues(
    restored: None,
) -> None:
    typemix.patch("a")
    pages = [draw_page(41, i, FAMILIES, ("fr", "en"))[0] for i in range(60)]
    places = {typemix.place_of(p, "a") for p in pages}
    assert {"usual", "corner", "box", "band", "image", "none"} <= places
    for p in pages:
        moved = typemix.place_of(p, "a") != "usual"
        html = p.render().html
        # a moved title is not printed where the family prints it, a placed one is in the
        # page (as text, or drawn as an image)
        assert (p.title() == "") == moved
        if typemix.place_of(p, "a") in ("corner", "box", "band"):
            assert typemix.title_of(p, "a", "").upper() in html.upper()
        if typemix.place_of(p, "a") == "image":
            assert "data:image/png;base64," in html
    confirmations = [p for p in pages if p.d.kind == "order_confirmation"]
    assert any(typemix.cross_notes(p, "a") for p in confirmations)


def test_an_unpatched_process_draws_as_before() -> None:
    """Without ``patch`` the generator's titles and notes are its own."""
    page = draw_page(41, 3, FAMILIES, ("fr", "en"))[0]
    assert page.title() != "" and Page.notes.__module__ == "samples.wild.page"
