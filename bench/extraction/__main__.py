"""Times the pipeline against the raw engines on the same inputs, in the same run.

born-digital: ``extract()`` vs pdfplumber text extraction alone (open + extract_words).
scans: ``extract()`` vs the ``tesseract`` command alone on the very page images the
pipeline OCRs (rendered at the OCR resolution), ``fra+eng``, one thread.

    python -m bench.extraction [--born DIR] [--scans DIR] [--repeat N] [--scan-repeat N]

Each figure is the best of its runs. On a shared machine a run can take a fifth longer
than the one before it; ``--scan-repeat 3`` steadies the scan ratio.
"""

from __future__ import annotations

import argparse
import io
import os
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

import pdfplumber
import pypdfium2 as pdfium
from PIL import Image, ImageSequence

from extraction.ocr.page_image import render_page
from extraction.pages import frame_image
from extraction.pipeline import extract
from models.settings.extraction import ExtractionSettings

ROOT = Path(__file__).resolve().parents[2]


def _timed(fn: object, repeat: int) -> float:
    assert callable(fn)
    best = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        best.append(time.perf_counter() - t)
    return min(best)


def _raw_plumber(path: Path) -> None:
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            page.extract_words()


def _page_images(path: Path, settings: ExtractionSettings) -> list[Image.Image]:
    """The page images the pipeline OCRs (before it straightens them)."""
    dpi = settings.ocr_dpi
    data = path.read_bytes()
    if data.startswith(b"%PDF") or b"%PDF-" in data[:1024]:
        pdf = pdfium.PdfDocument(data)
        return [
            Image.fromarray(render_page(pdf, i, dpi, settings.max_image_pixels))
            for i in range(len(pdf))
        ]
    img = Image.open(io.BytesIO(data))
    return [
        Image.fromarray(frame_image(frame, settings.max_image_pixels)[0])
        for frame in ImageSequence.Iterator(img)
    ]


def _raw_tesseract(images: list[Path]) -> None:
    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    for img in images:
        subprocess.run(
            ["tesseract", str(img), "-", "-l", "fra+eng", "--psm", "11", "tsv"],
            check=True,
            capture_output=True,
            env=env,
        )


def bench_born(folder: Path, repeat: int, settings: ExtractionSettings) -> dict[str, float]:
    files = sorted(folder.glob("*.pdf"))
    one_page = [f for f in files if len(pdfium.PdfDocument(f.read_bytes())) == 1]
    pipe = sum(_timed(lambda f=f: extract(f, settings=settings), repeat) for f in files)
    raw = sum(_timed(lambda f=f: _raw_plumber(f), repeat) for f in files)
    one = [_timed(lambda f=f: extract(f, settings=settings), repeat) for f in one_page]
    return {
        "documents": len(files),
        "pipeline_s": pipe,
        "pdfplumber_s": raw,
        "ratio": pipe / raw,
        "ms_per_1page_doc_median": 1000 * statistics.median(one) if one else float("nan"),
    }


def bench_scans(folder: Path, repeat: int, settings: ExtractionSettings) -> dict[str, float]:
    files = sorted(p for p in folder.iterdir() if p.suffix in (".pdf", ".tif", ".jpg", ".png"))
    pipe = raw = 0.0
    pages = 0
    with tempfile.TemporaryDirectory() as tmp:
        for f in files:
            imgs = _page_images(f, settings)
            paths = []
            for i, im in enumerate(imgs):
                p = Path(tmp) / f"{f.stem}_{i}.pnm"
                im.save(p)
                paths.append(p)
            pages += len(paths)
            # the two take turns, so a slow spell of a shared machine hits both alike
            raw_s, pipe_s = [], []
            for _ in range(repeat):
                raw_s.append(_timed(lambda paths=paths: _raw_tesseract(paths), 1))
                pipe_s.append(_timed(lambda f=f: extract(f, settings=settings), 1))
            raw += min(raw_s)
            pipe += min(pipe_s)
    return {
        "documents": len(files),
        "pages": pages,
        "pipeline_s": pipe,
        "tesseract_s": raw,
        "ratio": pipe / raw if raw else float("nan"),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--born", type=Path, default=ROOT / "samples" / "born_digital")
    parser.add_argument("--scans", type=Path, default=ROOT / "samples" / "scans")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument(
        "--scan-repeat", type=int, default=1, help="runs per scanned document (best kept)"
    )
    parser.add_argument("--skip-scans", action="store_true")
    args = parser.parse_args()
    settings = ExtractionSettings(use_embedded_xml=True)
    # a worker loads its models once: warm imports and spaCy before timing anything
    extract(next(iter(sorted(args.born.glob("*.pdf")))), settings=settings)
    from extraction.nlp import _model

    _model()
    b = bench_born(args.born, args.repeat, settings)
    print(
        f"born-digital: {b['documents']} docs, pipeline {b['pipeline_s']:.2f}s vs pdfplumber "
        f"{b['pdfplumber_s']:.2f}s -> ratio {b['ratio']:.2f}; "
        f"1-page doc median {b['ms_per_1page_doc_median']:.0f} ms"
    )
    if not args.skip_scans:
        s = bench_scans(args.scans, args.scan_repeat, settings)
        print(
            f"scans: {s['documents']} docs / {s['pages']} pages, pipeline {s['pipeline_s']:.1f}s "
            f"vs raw tesseract {s['tesseract_s']:.1f}s -> ratio {s['ratio']:.2f} "
            f"({1000 * s['pipeline_s'] / s['pages']:.0f} vs "
            f"{1000 * s['tesseract_s'] / s['pages']:.0f} ms per page)"
        )


if __name__ == "__main__":
    main()
