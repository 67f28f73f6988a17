"""Degraded scans of born-digital samples: lower resolution, rotation up to ±3°, noise,
blur, JPEG artefacts, or a 1-bit fax look; saved as image-only PDF, TIFF or JPEG.

Every variant is seeded, so the files are reproducible; the truth is the born-digital
truth with ``kind: scan`` and the degradation recorded.
"""

from __future__ import annotations

import io
import json
import random
import time
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
from PIL import Image, ImageFilter

VARIANTS = [
    {"dpi": 300, "angle": 1.5, "noise": 3, "blur": 0.0, "jpeg": 35, "bits": 8, "as": "pdf"},
    {"dpi": 200, "angle": -2.5, "noise": 3, "blur": 0.7, "jpeg": 40, "bits": 8, "as": "pdf"},
    {"dpi": 300, "angle": 0.8, "noise": 0, "blur": 0.0, "jpeg": 0, "bits": 1, "as": "tif"},
    {"dpi": 240, "angle": -3.0, "noise": 4, "blur": 0.0, "jpeg": 35, "bits": 8, "as": "jpg"},
    {"dpi": 250, "angle": 2.8, "noise": 3, "blur": 0.9, "jpeg": 40, "bits": 8, "as": "pdf"},
    {"dpi": 200, "angle": -1.2, "noise": 0, "blur": 0.0, "jpeg": 0, "bits": 1, "as": "pdf"},
]
MAX_PAGES = 2
FIXED_DATE = time.gmtime(1767225600)  # 2026-01-01: reproducible files, no "now" inside


def _pages(pdf_path: Path, dpi: int) -> list[Image.Image]:
    pdf = pdfium.PdfDocument(pdf_path.read_bytes())
    try:
        return [
            pdf[i].render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
            for i in range(len(pdf))
        ]
    finally:
        pdf.close()


def degrade(image: Image.Image, variant: dict[str, object], rng: random.Random) -> Image.Image:
    angle = float(variant["angle"]) + rng.uniform(-0.2, 0.2)  # type: ignore[arg-type]
    img = image.rotate(angle, resample=Image.Resampling.BICUBIC, expand=False, fillcolor=255)
    blur = float(variant["blur"])  # type: ignore[arg-type]
    if blur:
        img = img.filter(ImageFilter.GaussianBlur(blur))
    noise = float(variant["noise"])  # type: ignore[arg-type]
    if noise:
        gen = np.random.default_rng(rng.randint(0, 2**31))
        noisy = np.asarray(img, dtype=np.float64) + gen.normal(0, noise, (img.height, img.width))
        img = Image.fromarray(np.clip(noisy, 0, 255).astype(np.uint8))
    if variant["bits"] == 1:
        arr = np.asarray(img, dtype=np.int16)
        gen = np.random.default_rng(rng.randint(0, 2**31))
        speckle = gen.random(arr.shape) < 0.0015
        bw = (arr > 150) ^ speckle
        img = Image.fromarray((bw * 255).astype(np.uint8)).convert("1")
    elif variant["jpeg"]:
        buf = io.BytesIO()
        img.save(buf, format="JPEG", quality=int(variant["jpeg"]))  # type: ignore[call-overload]
        img = Image.open(io.BytesIO(buf.getvalue())).convert("L")
    return img


def _save(images: list[Image.Image], base: Path, variant: dict[str, object]) -> Path:
    dpi = int(variant["dpi"])  # type: ignore[call-overload]
    kind = str(variant["as"])
    if kind == "jpg" and len(images) == 1:
        path = base.with_suffix(".jpg")
        images[0].save(path, format="JPEG", quality=int(variant["jpeg"]) or 60, dpi=(dpi, dpi))  # type: ignore[call-overload]
    elif kind == "tif":
        path = base.with_suffix(".tif")
        comp = "group4" if images[0].mode == "1" else "jpeg"
        images[0].save(
            path,
            format="TIFF",
            save_all=True,
            append_images=images[1:],
            compression=comp,
            dpi=(dpi, dpi),
        )
    else:
        path = base.with_suffix(".pdf")
        if images[0].mode == "1":
            # CCITT G4 inside the PDF keeps a fax page around 30 kB
            images[0].save(
                path,
                format="PDF",
                creationDate=FIXED_DATE,
                modDate=FIXED_DATE,
                save_all=True,
                append_images=images[1:],
                resolution=float(dpi),
            )
        else:
            images[0].save(
                path,
                format="PDF",
                creationDate=FIXED_DATE,
                modDate=FIXED_DATE,
                save_all=True,
                append_images=images[1:],
                resolution=float(dpi),
                quality=int(str(variant["jpeg"])) or 60,
            )
    return path


def write_scans(source: Path, out: Path, seed: int, limit: int = 12) -> list[Path]:
    """Scan variants of up to ``limit`` documents of ``source`` (short ones, every type)."""
    rng = random.Random(seed)
    out.mkdir(parents=True, exist_ok=True)
    chosen: list[Path] = []
    seen_types: dict[str, int] = {}
    seen_layouts: dict[str, int] = {}
    candidates = sorted(source.glob("*.pdf"))
    layouts = {
        json.loads((p.parent / (p.stem + ".truth.json")).read_text("utf-8")).get("layout")
        for p in candidates
    }
    per_layout = max(2, -(-limit // max(1, len(layouts))))
    rng.shuffle(candidates)
    for pdf in candidates:
        truth = json.loads((pdf.parent / (pdf.stem + ".truth.json")).read_text("utf-8"))
        n = len(pdfium.PdfDocument(pdf.read_bytes()))
        kind, layout = truth["doc_type"], truth.get("layout", "")
        if (
            n > MAX_PAGES
            or seen_types.get(kind, 0) >= 2
            or seen_layouts.get(layout, 0) >= per_layout
        ):
            continue
        seen_types[kind] = seen_types.get(kind, 0) + 1
        seen_layouts[layout] = seen_layouts.get(layout, 0) + 1
        chosen.append(pdf)
        if len(chosen) >= limit:
            break
    written = []
    for i, pdf in enumerate(chosen):
        variant = VARIANTS[i % len(VARIANTS)]
        images = [degrade(p, variant, rng) for p in _pages(pdf, int(variant["dpi"]))]  # type: ignore[call-overload]
        base = out / f"{pdf.stem}_scan{i % len(VARIANTS)}"
        path = _save(images, base, variant)
        truth = json.loads((pdf.parent / (pdf.stem + ".truth.json")).read_text("utf-8"))
        truth["kind"] = "scan"
        truth["degradation"] = variant
        (out / f"{base.name}.truth.json").write_text(
            json.dumps(truth, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
        )
        written.append(path)
    return written
