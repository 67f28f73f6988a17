"""Scanned copies of documents that have a truth: ``NAME.scan.pdf`` beside ``NAME.pdf``,
sharing ``NAME.truth.json`` (the convention of the real-document sets).

``python -m samples.scan_copies DIR NAME... [--seed N]`` renders each page with pdfium and
degrades it with ``samples.degrade`` (its variants, in turn), so real layouts are also
measured on the OCR route.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

import pypdfium2 as pdfium

from samples import degrade

FIXED_DATE = time.gmtime(1767225600)  # 2026-01-01: reproducible files


def scan_copy(pdf: Path, variant: dict[str, object], rng: random.Random) -> Path:
    dpi = int(str(variant["dpi"]))
    doc = pdfium.PdfDocument(pdf.read_bytes())
    try:
        pages = [
            doc[i].render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
            for i in range(len(doc))
        ]
    finally:
        doc.close()
    images = [degrade.degrade(p, variant, rng) for p in pages]
    images = [i.convert("L") if i.mode == "1" else i for i in images]
    out = pdf.with_name(f"{pdf.stem}.scan.pdf")
    images[0].save(
        out,
        format="PDF",
        save_all=True,
        append_images=images[1:],
        resolution=float(dpi),
        quality=50,
        creationDate=FIXED_DATE,
        modDate=FIXED_DATE,
    )
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("folder", type=Path)
    parser.add_argument("names", nargs="+", help="document stems (NAME for NAME.pdf)")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)
    for i, name in enumerate(args.names):
        pdf = args.folder / f"{name}.pdf"
        if not pdf.exists() or not pdf.with_name(f"{name}.truth.json").exists():
            parser.error(f"{pdf} and its truth file must exist")
        variant = degrade.VARIANTS[i % len(degrade.VARIANTS)]
        print(scan_copy(pdf, variant, rng))
    return 0


if __name__ == "__main__":
    sys.exit(main())
