"""A sender's stream read with what its approved documents taught (no database here)."""

from __future__ import annotations

from extraction.layout import build_layout
from extraction.profiles import Learned, ProfileCalibration, SenderProfile, match
from learning.teach import teach
from tests.learning.stream import document, layouts_of, teach_fields
from tests.learning.stream import extract as _extract


def _teach(profile: SenderProfile | None, i: int, layout: str = "a") -> SenderProfile:
    return teach_fields(profile, *document(i, layout))


def test_the_third_document_is_right_after_the_first_was_corrected() -> None:
    pages, approved = document(3)
    without = _extract(pages, None)
    # the generic labels do not know "Pièce interne": a clerk has to type the number
    got = without.fields.get("document_number")
    assert got is None or got.value != approved["document_number"]

    profile = _teach(None, 1)  # the clerk corrected the 1st document and approved it
    profile = _teach(profile, 2)  # the 2nd confirmed it
    calibration = ProfileCalibration(cells={"inline|1|alone|text": (400, 400)})
    learned = Learned(profiles=[profile], calibration=calibration)
    result = _extract(pages, learned)
    assert result.profile_key == profile.key == "FR40303265045"
    fv = result.fields["document_number"]
    assert fv.value == approved["document_number"]
    assert fv.confidence >= 0.9
    assert result.profile_cells["document_number"] == "inline|1|alone|text"
    for name, value in approved.items():
        assert result.fields[name].value == value, name


def test_an_unproven_hint_is_not_shown_sure() -> None:
    profile = _teach(None, 1)
    pages, approved = document(2)
    result = _extract(pages, Learned(profiles=[profile], calibration=ProfileCalibration()))
    assert result.fields["document_number"].value == approved["document_number"]
    assert result.fields["document_number"].confidence < 0.9


def test_a_profile_that_starts_failing_loses_weight_and_learns_the_new_layout() -> None:
    profile = None
    for i in range(1, 5):
        profile = _teach(profile, i)
    assert profile is not None
    old = next(h for h in profile.hints["document_number"] if h.placement == "inline")
    assert old.reliability > 0.8
    # the sender redesigns its template: the old label is gone
    for i in range(5, 8):
        profile = _teach(profile, i, "b")
    old = next(h for h in profile.hints["document_number"] if h.placement == "inline")
    new = next(h for h in profile.hints["document_number"] if h.placement == "below")
    assert old.reliability < 0.5 < new.reliability
    pages, approved = document(8, "b")
    result = _extract(pages, Learned(profiles=[profile]))
    assert result.fields["document_number"].value == approved["document_number"]


def test_a_document_of_another_sender_does_not_match_the_profile() -> None:
    profile = _teach(None, 1)
    pages, _ = document(2)
    other = [
        p.model_copy(
            update={"words": [w for w in p.words if w.text not in ("FR40303265045",)][10:]}
        )
        for p in pages
    ]
    layouts = layouts_of(other)
    assert match([profile], [build_layout(pages[0].words, 1, *pages[0].frame)]) is profile
    assert match([profile], layouts) is None


def test_the_sku_a_clerk_moved_out_of_the_description_is_taken_out_next_time() -> None:
    from extraction.profiles import reshape_lines
    from extraction.result import LineItem

    machine = [LineItem(description="CAF529A - Café grains bio", line_total="10.00")]
    approved = [{"sku": "CAF529A", "description": "Café grains bio", "line_total": "10.00"}]
    pages, values = document(1)
    layouts = layouts_of(pages)
    profile = teach(None, layouts, values, "invoice", "fr", "alice", machine, approved)
    assert profile.line_hint is not None
    later = [
        LineItem(description="GNT990C - Gants nitrile taille M"),
        LineItem(description="Forfait déplacement"),  # no SKU: left alone
    ]
    assert reshape_lines(profile, later) == 1
    assert (later[0].sku, later[0].description) == ("GNT990C", "Gants nitrile taille M")
    assert (later[1].sku, later[1].description) == (None, "Forfait déplacement")
    # a line whose SKU the clerk did not move is evidence against the hint
    for _ in range(3):
        profile = teach(
            profile,
            layouts,
            values,
            "invoice",
            "fr",
            "alice",
            [LineItem(description="GNT990C - Gants")],
            [{"sku": "", "description": "GNT990C - Gants"}],
        )
    assert profile.line_hint is not None and profile.line_hint.reliability < 0.5


def test_a_value_clerks_deleted_is_left_out_until_a_clerk_types_it_again() -> None:
    pages, values = document(1)
    first = _extract(pages, None)
    extra = sorted(set(first.fields) - set(values))
    assert extra, "the generic reading gives a field this sender's clerks do not keep"
    layouts = layouts_of(pages)
    profile = teach(
        None, layouts, values, "invoice", "fr", "alice", machine_fields=list(first.fields)
    )
    pages2, _ = document(2)
    second = _extract(pages2, Learned(profiles=[profile]))
    assert not set(extra) & set(second.fields)
    # the sender prints it again and a clerk keeps it twice: it is no longer left out
    name = extra[0]
    for _ in range(2):
        kept = {**values, name: first.fields[name].value}
        profile = teach(
            profile, layouts, kept, "invoice", "fr", "bob", machine_fields=list(first.fields)
        )
    third = _extract(pages, Learned(profiles=[profile]))
    assert name in third.fields
