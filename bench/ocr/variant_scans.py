"""Scans of one mixed variant of ``samples/degrade.py`` (``VARIANTS[i]``) of every short
document of a ``samples.wild`` folder, for timing one kind of page on many layouts:

    python -m bench.ocr.variant_scans SOURCE OUT [--variant 2] [--count N] [--seed S]

``samples.wild --scans`` cycles through the variants, so a set of 36 holds six 1-bit
300 dpi pages (variant 2); here every document gets that variant. The files are named
``NAME_scanI.EXT`` beside their truth, as ``samples.wild`` names them, so ``bench.ocr
--scans OUT`` groups them as it groups its mixed scans (``LABEL-1bit-300dpi``).
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

import pypdfium2 as pdfium

from samples.degrade import MAX_PAGES, VARIANTS, write_scan


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("source", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--variant", type=int, default=2)
    parser.add_argument("--count", type=int, default=20)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    args.out.mkdir(parents=True, exist_ok=True)
    pdfs = sorted(args.source.glob("*.pdf"))
    rng.shuffle(pdfs)
    # an even share of each layout (the family is the name's first part)
    layouts = {p.stem.rsplit("_", 2)[0] for p in pdfs}
    per_layout = -(-args.count // max(1, len(layouts)))
    seen: dict[str, int] = {}
    written = 0
    for pdf in pdfs:
        layout = pdf.stem.rsplit("_", 2)[0]
        if written >= args.count or seen.get(layout, 0) >= per_layout:
            continue
        if len(pdfium.PdfDocument(pdf.read_bytes())) > MAX_PAGES:
            continue
        seen[layout] = seen.get(layout, 0) + 1
        name = f"{pdf.stem}_scan{args.variant}"
        write_scan(pdf, args.out, name, VARIANTS[args.variant], rng)
        written += 1
    print(f"{written} scans written to {args.out}")


if __name__ == "__main__":
    main()
