"""A title ``samples.wild.typemix`` moves is laid in the page's flow, never over what the
family prints: laid over the top right corner it hid office_admin's number box, floated into
the page it pushed sidebar_left's references off it, and the generator's own check stopped
the run (PrintedMismatch)."""

from __future__ import annotations

from pathlib import Path

import pytest

from samples.wild import typemix


@pytest.mark.parametrize(
    ("place", "family", "pool", "seed"),
    [("corner", "office_admin", "b", 7502), ("box", "sidebar_left", "a", 7501)],
)
def test_a_placed_title_hides_nothing_the_truth_holds(
    restored: None,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    place: str,
    family: str,
    pool: str,
    seed: int,
) -> None:
    monkeypatch.setattr(typemix, "PLACES", ((place, 1.0),))
    count = 3 if family == "office_admin" else 25
    argv = [str(tmp_path), "--pool", pool, "--seed", str(seed), "--count", str(count)]
    assert typemix.main([*argv, "--families", family]) == 0
    assert len(list(tmp_path.glob("*.truth.json"))) == count
