"""What a sender's record counts as right is what the clerk kept (issue 24): a value the
clerk rewrote (punctuation the squashed comparison ignores) or deleted is wrong in the
record, and the machine giving that very value again is held below auto-accept, however
sure the page's calibration is of it (s933: an address with a '·' separator shown at 0.99
on every later document)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from extraction.calibration import model
from extraction.profiles import REFUSED, SenderProfile, kept_as
from extraction.result import ExtractionResult
from learning.teach import score_fields
from tests.learning.stream import document, replayed

ACCEPT = 0.9


@pytest.fixture(autouse=True)
def sure_page() -> Iterator[None]:
    """A calibration whose evidence says 0.97 for every value, no family capped."""
    with model.override(model.Calibration(table=((0.0, 0.97),), caps={})):
        yield


def _stream(rewrite: dict[str, str], n: int = 4) -> list[ExtractionResult]:
    """``n`` documents of one sender, each approved with ``rewrite``'s values instead of
    the page's (what the clerk typed over the machine's reading)."""
    docs = []
    for i in range(1, n + 1):
        pages, approved = document(i)
        docs.append((pages, approved | rewrite))
    return replayed(docs)


def test_a_rewritten_separator_is_not_the_value_the_clerk_kept() -> None:
    assert not kept_as(
        "billing_address", "90 chemin des Vignes · 33000", "90 chemin des Vignes, 33000"
    )
    assert kept_as("billing_address", "90 chemin des Vignes, 33000", "90 chemin des Vignes, 33000 ")
    assert kept_as("total_net", "100.0", "100.00")


def test_a_value_the_clerk_rewrote_is_not_shown_sure_again() -> None:
    results = _stream({"supplier_name": "Atelier-Verdier SARL"})
    assert results[0].fields["supplier_name"].value == "Atelier Verdier SARL"
    for later in results[1:]:
        fv = later.fields.get("supplier_name")
        assert fv is None or fv.value != "Atelier Verdier SARL" or fv.confidence < ACCEPT
    # the fields the clerk kept are untouched by it
    assert results[-1].fields["vat_id"].confidence >= ACCEPT


def test_a_value_kept_again_clears_the_refusal() -> None:
    profile = SenderProfile(key="FR40303265045")
    score_fields(profile, {"currency": "EUR"}, {})
    assert profile.refused == {"currency": "EUR"}
    assert profile.fields_wrong["currency"] == 1.0
    score_fields(profile, {"currency": "EUR"}, {"currency": "EUR"})
    assert "currency" not in profile.refused


def test_the_refused_value_is_held_where_a_clerk_must_look() -> None:
    _pages, approved = document(1)
    results = _stream({"supplier_name": approved["supplier_name"] + " (siège)"}, n=2)
    fv = results[1].fields.get("supplier_name")
    assert fv is not None and fv.confidence <= REFUSED
