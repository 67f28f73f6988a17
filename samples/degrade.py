"""Degraded scans of born-digital samples: lower resolution, rotation up to ±3°, noise,
blur, JPEG artefacts, or a 1-bit fax look; saved as image-only PDF, TIFF or JPEG.

Every variant is seeded, so the files are reproducible; the truth is the born-digital
truth with ``kind: scan`` and the degradation recorded.

``VARIANTS`` are the mixed scans of ``samples/scans``; ``KINDS`` name one kind of scan
each (grey, colour, fax 204x98 dpi, 200 and 300 dpi, phone photo, noisy JPEG q20, faded),
which ``bench/ocr`` reads one kind at a time (``write_kind``). A variant is a plain dict;
keys beyond the original seven are optional, so older variants keep their meaning:
``dpi_y`` (non-square pixels), ``colour`` (paper tint and ink colour, kept in colour),
``fade`` (share of the ink's darkness kept), ``photo`` (perspective, shading, background),
``speckle`` (share of 1-bit pixels flipped), ``paper`` (grey level of the paper).
"""

from __future__ import annotations

import io
import json
import random
import time
from pathlib import Path

import cv2
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
KINDS: dict[str, dict[str, object]] = {
    # an office scanner, grey, JPEG in a PDF
    "grey": {"dpi": 300, "angle": 1.0, "noise": 3, "blur": 0.4, "jpeg": 60, "bits": 8, "as": "pdf"},
    # a colour scan: cream paper, blue-black ink, a JPEG file
    "colour": {
        "dpi": 300,
        "angle": -0.8,
        "noise": 3,
        "blur": 0.4,
        "jpeg": 70,
        "bits": 8,
        "colour": True,
        "as": "jpg",
    },
    # a fax: 1-bit, 204 x 98 dpi (fine horizontally, standard vertically), flipped bits
    "fax": {
        "dpi": 204,
        "dpi_y": 98,
        "angle": 0.6,
        "noise": 0,
        "blur": 0.0,
        "jpeg": 0,
        "bits": 1,
        "speckle": 0.002,
        "as": "tif",
    },
    "dpi200": {
        "dpi": 200,
        "angle": -1.5,
        "noise": 3,
        "blur": 0.5,
        "jpeg": 50,
        "bits": 8,
        "as": "pdf",
    },
    "dpi300": {
        "dpi": 300,
        "angle": 0.5,
        "noise": 2,
        "blur": 0.0,
        "jpeg": 75,
        "bits": 8,
        "as": "pdf",
    },
    # a phone photo: the page on a desk, seen at an angle, lit from one side
    "photo": {
        "dpi": 200,
        "angle": 0.0,
        "noise": 4,
        "blur": 0.8,
        "jpeg": 70,
        "bits": 8,
        "colour": True,
        "photo": True,
        "as": "jpg",
    },
    # a noisy scan saved as JPEG quality 20
    "noisy": {
        "dpi": 300,
        "angle": -1.0,
        "noise": 25,
        "paper": 215,
        "blur": 0.0,
        "jpeg": 20,
        "bits": 8,
        "as": "pdf",
    },
    # faded ink (a tired toner or a copy of a copy): ink at a third of its darkness
    "faded": {
        "dpi": 300,
        "angle": 0.7,
        "noise": 2,
        "blur": 0.6,
        "jpeg": 60,
        "bits": 8,
        "fade": 0.35,
        "as": "pdf",
    },
}
# the same fax received by a fax server that mails it on as a PDF (CCITT G4 inside)
KINDS["faxpdf"] = {**KINDS["fax"], "as": "pdf"}
MAX_PAGES = 2
FIXED_DATE = time.gmtime(1767225600)  # 2026-01-01: reproducible files, no "now" inside


def _pages(pdf_path: Path, dpi: int, colour: bool = False) -> list[Image.Image]:
    pdf = pdfium.PdfDocument(pdf_path.read_bytes())
    try:
        return [
            pdf[i]
            .render(scale=dpi / 72, grayscale=not colour)
            .to_pil()
            .convert("RGB" if colour else "L")
            for i in range(len(pdf))
        ]
    finally:
        pdf.close()


def render_pages(pdf_path: Path, variant: dict[str, object]) -> list[Image.Image]:
    """The born-digital pages as the scanner sees them: at the variant's resolution (its
    ``dpi_y`` too, for non-square fax pixels), in colour when the variant is."""
    dpi = int(variant["dpi"])  # type: ignore[call-overload]
    pages = _pages(pdf_path, dpi, bool(variant.get("colour")))
    dpi_y = int(variant.get("dpi_y", dpi))  # type: ignore[call-overload]
    if dpi_y != dpi:
        pages = [
            p.resize((p.width, round(p.height * dpi_y / dpi)), Image.Resampling.BOX) for p in pages
        ]
    return pages


def degrade(image: Image.Image, variant: dict[str, object], rng: random.Random) -> Image.Image:
    """One page through the variant's scanner; grey ("L") or colour images alike."""
    fade = float(variant.get("fade", 0) or 0)  # type: ignore[arg-type]
    if fade:
        # ink keeps ``fade`` of its darkness: black becomes a light grey
        image = image.point(lambda v: round(255 - (255 - v) * fade))
    paper = int(variant.get("paper", 255) or 255)  # type: ignore[call-overload]
    if paper < 255:
        # greyish paper: the scanner's noise is no longer clipped at white
        image = image.point(lambda v: round(v * paper / 255))
    if variant.get("colour"):
        image = _tint(image.convert("RGB"), rng)
    white = (255, 255, 255) if image.mode == "RGB" else 255
    angle = float(variant["angle"]) + rng.uniform(-0.2, 0.2)  # type: ignore[arg-type]
    img = image.rotate(angle, resample=Image.Resampling.BICUBIC, expand=False, fillcolor=white)
    if variant.get("photo"):
        img = _photograph(img, rng)
    blur = float(variant["blur"])  # type: ignore[arg-type]
    if blur:
        img = img.filter(ImageFilter.GaussianBlur(blur))
    noise = float(variant["noise"])  # type: ignore[arg-type]
    if noise:
        gen = np.random.default_rng(rng.randint(0, 2**31))
        arr = np.asarray(img, dtype=np.float64)
        noisy = arr + gen.normal(0, noise, arr.shape)
        img = Image.fromarray(np.clip(noisy, 0, 255).astype(np.uint8))
    if variant["bits"] == 1:
        arr = np.asarray(img.convert("L"), dtype=np.int16)
        gen = np.random.default_rng(rng.randint(0, 2**31))
        speckle = gen.random(arr.shape) < float(variant.get("speckle", 0.0015))  # type: ignore[arg-type]
        bw = (arr > 150) ^ speckle
        img = Image.fromarray((bw * 255).astype(np.uint8)).convert("1")
    elif variant["jpeg"]:
        buf = io.BytesIO()
        img.save(buf, format="JPEG", quality=int(variant["jpeg"]))  # type: ignore[call-overload]
        img = Image.open(io.BytesIO(buf.getvalue())).convert(img.mode)
    return img


def _tint(image: Image.Image, rng: random.Random) -> Image.Image:
    """Cream paper and blue-black ink: each channel mapped from (ink, paper) levels."""
    arr = np.asarray(image, dtype=np.float64) / 255.0
    paper = np.array([248, 242, 226]) + rng.uniform(-6, 4)
    ink = np.array([30, 35, 80]) + rng.uniform(-10, 10)
    out = ink + (paper - ink) * arr
    return Image.fromarray(np.clip(out, 0, 255).astype(np.uint8), "RGB")


def _photograph(page: Image.Image, rng: random.Random) -> Image.Image:
    """The page lying on a desk, photographed from above and to one side: a perspective
    view on a darker background, with light falling off across the sheet."""
    rgb = page.convert("RGB")
    w, h = rgb.size
    margin = round(0.08 * max(w, h))
    cw, ch = w + 2 * margin, h + 2 * margin
    desk = np.array([95, 80, 65]) + rng.uniform(-15, 15)
    canvas = np.empty((ch, cw, 3), dtype=np.float64)
    canvas[:] = desk
    gen = np.random.default_rng(rng.randint(0, 2**31))
    canvas += gen.normal(0, 6, canvas.shape)  # the desk's grain
    src = np.array([[0, 0], [w, 0], [w, h], [0, h]], dtype=np.float32)

    def jitter(x: float, y: float) -> list[float]:
        d = 0.045 * w
        return [x + rng.uniform(-d, d), y + rng.uniform(-d, d)]

    # the far edge (top) narrower than the near one: seen from the bottom
    squeeze = rng.uniform(0.02, 0.06) * w
    dst = np.array(
        [
            jitter(margin + squeeze, margin),
            jitter(margin + w - squeeze, margin),
            jitter(margin + w, margin + h),
            jitter(margin, margin + h),
        ],
        dtype=np.float32,
    )
    matrix = cv2.getPerspectiveTransform(src, dst)
    sheet = cv2.warpPerspective(np.asarray(rgb), matrix, (cw, ch), flags=cv2.INTER_LINEAR)
    inside = (
        cv2.warpPerspective(
            np.full((h, w), 255, np.uint8), matrix, (cw, ch), flags=cv2.INTER_LINEAR
        ).astype(np.float64)[:, :, None]
        / 255.0
    )
    # light from one side: a linear fall-off across the sheet, plus a soft vignette
    yy, xx = np.mgrid[0:ch, 0:cw].astype(np.float64)
    theta = rng.uniform(0, 2 * np.pi)
    ramp = (np.cos(theta) * (xx / cw - 0.5) + np.sin(theta) * (yy / ch - 0.5)) * 0.5
    vignette = ((xx / cw - 0.5) ** 2 + (yy / ch - 0.5) ** 2) * 0.5
    light = np.clip(0.92 - rng.uniform(0.25, 0.4) * (ramp + 0.25) - vignette, 0.45, 1.0)
    out = (sheet * inside + canvas * (1 - inside)) * light[:, :, None]
    return Image.fromarray(np.clip(out, 0, 255).astype(np.uint8), "RGB")


def _save(images: list[Image.Image], base: Path, variant: dict[str, object]) -> Path:
    dpi = int(variant["dpi"])  # type: ignore[call-overload]
    dpi_y = int(variant.get("dpi_y", dpi))  # type: ignore[call-overload]
    kind = str(variant["as"])
    if kind == "jpg" and len(images) == 1:
        path = base.with_suffix(".jpg")
        # a phone writes no scanning resolution (72 dpi at most): the reader must guess
        density = (72, 72) if variant.get("photo") else (dpi, dpi_y)
        images[0].save(path, format="JPEG", quality=int(variant["jpeg"]) or 60, dpi=density)  # type: ignore[call-overload]
    elif kind == "tif" or (kind == "jpg" and variant.get("photo")):
        # several photos of a document travel as a multi-page TIFF
        path = base.with_suffix(".tif")
        comp = "group4" if images[0].mode == "1" else "jpeg"
        images[0].save(
            path,
            format="TIFF",
            save_all=True,
            append_images=images[1:],
            compression=comp,
            dpi=(dpi, dpi_y),
        )
    else:
        path = base.with_suffix(".pdf")
        # a bilevel page goes in as CCITT G4, which keeps a fax page around 30 kB; others JPEG
        jpeg = {} if images[0].mode == "1" else {"quality": int(str(variant["jpeg"])) or 60}
        images[0].save(
            path,
            format="PDF",
            creationDate=FIXED_DATE,
            modDate=FIXED_DATE,
            save_all=True,
            append_images=images[1:],
            dpi=(float(dpi), float(dpi_y)),
            **jpeg,
        )
    return path


def choose_documents(
    source: Path, rng: random.Random, limit: int, taken: frozenset[str] = frozenset()
) -> list[Path]:
    """Up to ``limit`` short documents of ``source`` (those named in ``taken`` aside), at
    most two of each type and an even share of each layout."""
    chosen: list[Path] = []
    seen_types: dict[str, int] = {}
    seen_layouts: dict[str, int] = {}
    candidates = sorted(p for p in source.glob("*.pdf") if p.name not in taken)
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
    return chosen


def write_scan(
    pdf: Path, out: Path, name: str, variant: dict[str, object], rng: random.Random
) -> Path:
    """One scan of ``pdf`` as ``out/name.EXT`` beside its truth (``kind: scan``)."""
    images = [degrade(p, variant, rng) for p in render_pages(pdf, variant)]
    path = _save(images, out / name, variant)
    truth = json.loads((pdf.parent / (pdf.stem + ".truth.json")).read_text("utf-8"))
    truth["kind"] = "scan"
    truth["degradation"] = variant
    (out / f"{name}.truth.json").write_text(
        json.dumps(truth, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    return path


def write_scans(source: Path, out: Path, seed: int, limit: int = 12) -> list[Path]:
    """Scan variants of up to ``limit`` documents of ``source`` (short ones, every type)."""
    rng = random.Random(seed)
    out.mkdir(parents=True, exist_ok=True)
    chosen = choose_documents(source, rng, limit)
    written = []
    for i, pdf in enumerate(chosen):
        variant = VARIANTS[i % len(VARIANTS)]
        written.append(write_scan(pdf, out, f"{pdf.stem}_scan{i % len(VARIANTS)}", variant, rng))
    return written


def write_kind(source: Path, out: Path, kind: str, seed: int, limit: int = 8) -> list[Path]:
    """Scans of one kind (a key of ``KINDS``) of up to ``limit`` documents of ``source``,
    named ``NAME_KIND.EXT``; the same documents for every kind with the same seed."""
    if kind not in KINDS:
        raise ValueError(f"unknown scan kind {kind!r}; known: {', '.join(KINDS)}")
    out.mkdir(parents=True, exist_ok=True)
    # one pass takes at most two documents of each type: passes over what is left follow
    # until ``limit`` (the first pass's choice is the one of a single pass, as before)
    chosen: list[Path] = []
    rng = random.Random(seed)
    while len(chosen) < limit:
        taken = frozenset(p.name for p in chosen)
        more = choose_documents(source, rng, limit - len(chosen), taken)
        if not more:
            break
        chosen += more
    rng = random.Random(f"{seed}-{kind}")
    return [write_scan(pdf, out, f"{pdf.stem}_{kind}", KINDS[kind], rng) for pdf in chosen]
