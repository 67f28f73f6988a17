"""How often the text-level speck repairs of extraction still find something to repair
once pages are cleaned before OCR: ``python -m bench.ocr.specks [DIR ...]``.

Each scanned document of the folders (default ``samples/scans`` and
``samples/heldout_scans``) is OCR'd with the page clean-up off and on (tesseract only),
its words put back into rows, and each repair's pattern counted on the rows: a repair
whose count drops to (nearly) nothing once pages are cleaned is covered by the clean-up.
"""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from extraction import fields, labels, lines
from extraction.ocr import vote
from extraction.ocr.tesseract import OcrWord
from extraction.pages import read_image, read_pdf
from extraction.parse.text import drop_specks, fold
from extraction.sniff import sniff
from models.settings.extraction import ExtractionSettings

ROOT = Path(__file__).resolve().parents[2]

REPAIRS: dict[str, Callable[[str], bool]] = {
    "parse.text.drop_specks": lambda t: drop_specks(t) != t,
    "fields._SPECK_DASH": lambda t: bool(fields._SPECK_DASH.search(t)),
    "fields._SPECK_IN_DATE": lambda t: bool(fields._SPECK_IN_DATE.search(t)),
    "labels._SPECK (mark before a label)": lambda t: bool(labels._SPECK.match(fold(t))),
    "labels._INNER_SPECK": lambda t: bool(labels._INNER_SPECK.search(fold(t))),
    "lines._SPECK_DOT": lambda t: bool(lines._SPECK_DOT.search(t)),
    "lines.clean_ocr_text": lambda t: lines.clean_ocr_text(t) != " ".join(t.split()).strip(),
}


def _rows(path: Path, settings: ExtractionSettings) -> list[str]:
    data = path.read_bytes()
    fmt = sniff(data)
    pages = read_pdf(data, settings) if fmt == "pdf" else read_image(data, fmt, settings)
    out = []
    for page in pages:
        words = [
            OcrWord(
                w.text,
                round(w.bbox[0]),
                round(w.bbox[1]),
                round(w.bbox[2] - w.bbox[0]),
                round(w.bbox[3] - w.bbox[1]),
                w.confidence,
                0,
                0,
            )
            for w in page.words
        ]
        for row in vote._rows(words):
            ordered = sorted(row, key=lambda i: words[i].left)
            out.append(" ".join(words[i].text for i in ordered))
    return out


def main() -> None:
    folders = [Path(a) for a in sys.argv[1:]] or [
        ROOT / "samples" / "scans",
        ROOT / "samples" / "heldout_scans",
    ]
    files = sorted(
        p for f in folders for p in f.iterdir() if p.suffix in (".pdf", ".tif", ".jpg", ".png")
    )
    counts: dict[bool, Counter[str]] = {False: Counter(), True: Counter()}
    rows: dict[bool, int] = {False: 0, True: 0}
    for path in files:
        for clean in (False, True):
            settings = ExtractionSettings(page_cleanup=clean, second_engine="none")
            for text in _rows(path, settings):
                rows[clean] += 1
                for name, found in REPAIRS.items():
                    counts[clean][name] += found(text)
        print(f"  {path.name}", flush=True)
    print(f"{len(files)} scanned documents; rows read: {rows[False]} raw, {rows[True]} cleaned")
    print(f"{'repair':<40}{'rows it fires on, raw':>24}{'cleaned':>10}")
    for name in REPAIRS:
        print(f"{name:<40}{counts[False][name]:>24}{counts[True][name]:>10}")


if __name__ == "__main__":
    main()
