"""``samples.wild.render_digest``: the same draw gives the same digest, another seed
another, and a held-out family is refused (its pages are not drawn)."""

from __future__ import annotations

import pytest

from samples.wild.build import FamilyError
from samples.wild.families import HELDOUT
from samples.wild.render_digest import digest, digests


def test_a_draw_has_one_digest_and_another_seed_another() -> None:
    assert digest("erp_grid", 3, 0) == digest("erp_grid", 3, 0)
    assert digest("erp_grid", 3, 0) != digest("erp_grid", 4, 0)
    lines = list(digests(["erp_grid", "tbl_code_spot"], [3], 2))
    assert [line.rsplit(" ", 1)[0] for line in lines] == [
        "erp_grid 3 0",
        "erp_grid 3 1",
        "tbl_code_spot 3 0",
        "tbl_code_spot 3 1",
    ]


def test_a_held_out_family_is_refused() -> None:
    with pytest.raises(FamilyError):
        digest(sorted(HELDOUT)[0], 3, 0)
