"""bench/ocr/row_losses reads ``--scan-kinds`` sets too: each scan beside its born twin,
counted under its kind."""

import json
from pathlib import Path

from bench.ocr import row_losses


def test_a_scan_of_a_kind_is_paired_with_its_born_twin(tmp_path: Path) -> None:
    (tmp_path / "scans").mkdir()
    (tmp_path / "erp_grid_7_0001.pdf").write_bytes(b"%PDF-1.4")
    truth = json.dumps({"fields": {}, "lines": []})
    for stem, ext in (("erp_grid_7_0001_fax", "tif"), ("erp_grid_7_0001_scan2", "pdf")):
        (tmp_path / "scans" / f"{stem}.{ext}").write_bytes(b"x")
        (tmp_path / "scans" / f"{stem}.truth.json").write_text(truth)
    twins = list(row_losses._twins(tmp_path, set()))
    assert sorted((s.name, b.name) for s, b, _t in twins) == [
        ("erp_grid_7_0001_fax.tif", "erp_grid_7_0001.pdf"),
        ("erp_grid_7_0001_scan2.pdf", "erp_grid_7_0001.pdf"),
    ]
    assert row_losses.scan_kind("erp_grid_7_0001_fax") == "fax"
    assert row_losses.scan_kind("erp_grid_7_0001_dpi200") == "dpi200"
    assert row_losses.scan_kind("erp_grid_7_0001_scan2") == "mixed"
