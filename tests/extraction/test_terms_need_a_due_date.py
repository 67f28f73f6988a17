"""Payment terms are free text beside a label: on a layout nobody tuned on, the label's
neighbour can be a penalty clause or a bank line, so nothing shows them sure unless a due
date that the terms explain confirms them."""

from __future__ import annotations

from extraction.calibration import model
from extraction.calibration.fit import field_caps
from tests.extraction.test_calibration import ACCEPT, _row


def test_terms_right_in_every_fitted_family_are_still_capped_unconfirmed() -> None:
    rows = [_row("A", "payment_terms", True) for _ in range(1000)]
    rows += [_row("A", "payment_terms", True, agree=1.0) for _ in range(1000)]
    caps = field_caps(rows, [0.99] * len(rows), 0.995)
    assert caps["payment_terms:unconfirmed"] < ACCEPT
    assert "payment_terms:confirmed" not in caps


def test_the_shipped_calibration_shows_terms_sure_only_when_a_due_date_agrees() -> None:
    cal = model.load()
    strong = {"prior": 1.0, "support": 1.0, "origin_label": 1.0, "kind_terms": 1.0, "margin": 1.0}
    assert cal.confidence(strong, name="payment_terms") < ACCEPT
    assert cal.confidence({**strong, "agree": 1.0}, name="payment_terms") >= ACCEPT
