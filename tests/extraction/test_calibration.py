"""The calibration keeps its promise: values shown at or above the auto-accept threshold come
from bands whose pooled share right is proven, and nothing is confident without a fit."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

from extraction.calibration import model
from extraction.calibration.fit import (
    clopper_pearson_lower,
    fit_logistic,
    isotonic_bands,
    table_from_bands,
)

ACCEPT = 0.9


def test_without_a_fitted_table_nothing_is_confident(tmp_path: Path) -> None:
    model.use(tmp_path / "missing.json")
    try:
        assert model.load().confidence({"agree": 3.0, "valid": 1.0}) < ACCEPT
    finally:
        model.use(model.ARTEFACT)


def test_the_packaged_table_is_read_back_and_monotone() -> None:
    raw = json.loads(model.ARTEFACT.read_text(encoding="utf-8"))
    cal = model.from_json(raw)
    confidences = [conf for _low, conf in cal.table]
    assert confidences == sorted(confidences)
    assert cal.meta["promise"] >= 0.995


def test_a_band_is_auto_accepted_only_with_enough_evidence() -> None:
    # 60 values all right prove little; 3000 with one wrong prove 99.5 %
    few = table_from_bands([(0.0, 50, 100), (0.9, 60, 60)], 0.995, -1.0)
    assert max(conf for _low, conf in few) < ACCEPT
    many = table_from_bands([(0.0, 50, 100), (0.9, 2999, 3000)], 0.995, -1.0)
    assert many[-1][1] >= ACCEPT and many[0][1] < ACCEPT


def test_no_band_above_a_wrong_real_world_value_is_auto_accepted() -> None:
    bands = [(0.0, 50, 100), (0.5, 2999, 3000), (0.9, 3000, 3000)]
    table = table_from_bands(bands, 0.995, real_wrong_from=0.6)
    assert table[1][1] < ACCEPT  # the band holding the wrong real value
    assert table[2][1] >= ACCEPT


def test_lower_bound_and_isotonic_bands() -> None:
    assert clopper_pearson_lower(100, 100) < clopper_pearson_lower(1000, 1000) < 1.0
    scores = np.array([0.1, 0.2, 0.3, 0.8, 0.9, 0.95])
    right = np.array([0.0, 1.0, 0.0, 1.0, 1.0, 1.0])
    bands = isotonic_bands(scores, right, np.ones(6), min_weight=2)
    shares = [r / w for _low, r, w in bands]
    assert shares == sorted(shares)


def test_logistic_weights_follow_the_evidence() -> None:
    rng = np.random.default_rng(1)
    x = rng.normal(size=(400, 2))
    y = (x[:, 0] + 0.1 * rng.normal(size=400) > 0).astype(float)
    coef, _bias = fit_logistic(x, y, np.ones(400))
    assert coef[0] > 1.0 and abs(coef[1]) < coef[0] / 4
