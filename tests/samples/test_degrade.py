"""samples/degrade.py: scans of one kind, as many as asked for."""

from __future__ import annotations

import json
from pathlib import Path

import pypdfium2 as pdfium

from samples import degrade


def _documents(folder: Path, count: int) -> None:
    """``count`` one-page PDFs of one type and layout, each with its truth."""
    for i in range(count):
        pdf = pdfium.PdfDocument.new()
        pdf.new_page(595, 842)
        pdf.save(folder / f"doc{i}.pdf")
        truth = {"doc_type": "invoice", "layout": "one", "fields": {}, "lines": []}
        (folder / f"doc{i}.truth.json").write_text(json.dumps(truth), "utf-8")


def test_a_kind_gives_as_many_scans_as_asked_though_one_pass_takes_two_of_a_type(
    tmp_path: Path,
) -> None:
    _documents(tmp_path, 6)
    out = tmp_path / "scans"
    written = degrade.write_kind(tmp_path, out, "fax", seed=3, limit=5)
    assert len(written) == 5
    assert len({p.name for p in written}) == 5
    # the same documents for another kind with the same seed
    other = degrade.write_kind(tmp_path, out, "faxpdf", seed=3, limit=5)
    assert [p.stem.removesuffix("_faxpdf") for p in other] == [
        p.stem.removesuffix("_fax") for p in written
    ]


def test_a_fax_sent_as_pdf_keeps_its_non_square_pixels(tmp_path: Path) -> None:
    _documents(tmp_path, 1)
    (path,) = degrade.write_kind(tmp_path, tmp_path / "scans", "faxpdf", seed=1, limit=1)
    pdf = pdfium.PdfDocument(path.read_bytes())
    page = pdf[0]
    (image,) = page.get_objects()
    assert isinstance(image, pdfium.PdfImage)
    meta = image.get_metadata()
    x0, y0, x1, y1 = image.get_bounds()
    assert round(meta.width / ((x1 - x0) / 72)) == 204
    assert round(meta.height / ((y1 - y0) / 72)) == 98
    assert round(page.get_width()) == 595
