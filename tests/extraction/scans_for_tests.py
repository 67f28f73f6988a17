"""One bundled invoice scanned at 300 dpi (grey, degraded with a fixed seed), for tests that
put a page image through OCR and extraction and then alter what tesseract read."""

from __future__ import annotations

import random
from pathlib import Path

from models.settings.extraction import ExtractionSettings
from samples.degrade import KINDS, degrade, render_pages

SAMPLE = Path(__file__).resolve().parents[2] / "samples" / "born_digital" / "classic_invoice_en.pdf"
# page clean-up on, tesseract alone: what the test alters is tesseract's own reading
CLEAN = ExtractionSettings(page_cleanup=True, second_engine="none")


def sample_scan(tmp_path: Path) -> Path:
    """The sample's first page as a 300 dpi PNG in ``tmp_path``."""
    variant = KINDS["dpi300"]
    page = degrade(render_pages(SAMPLE, variant)[0], variant, random.Random(3))
    path = tmp_path / "scan.png"
    page.save(path, dpi=(300, 300))
    return path
