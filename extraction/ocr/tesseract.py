"""The one place orderdesk runs the ``tesseract`` program (through pytesseract).

One thread per call (``OMP_THREAD_LIMIT=1``): workers already run in parallel, and
tesseract's own threads only fight them for cores. Failures become typed errors.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PIL import Image

from extraction.errors import ExtractionError, OcrUnavailableError

os.environ.setdefault("OMP_THREAD_LIMIT", "1")

import pytesseract

TIMEOUT_SECONDS = 180


@dataclass(frozen=True)
class OcrWord:
    text: str
    left: int
    top: int
    width: int
    height: int
    confidence: float  # 0..1
    block: int
    line: int


class OcrFailedError(ExtractionError):
    code = "ocr_failed"
    retryable = True


def ensure_available() -> None:
    if shutil.which(pytesseract.pytesseract.tesseract_cmd) is None:
        raise OcrUnavailableError(
            "the tesseract program is not installed (apt-get install tesseract-ocr "
            "tesseract-ocr-fra) - scanned pages cannot be read"
        )


def _tmp_image(image: Image.Image | np.ndarray) -> str:
    """Write an uncompressed PGM (fast to write and read) for the tesseract process.

    The bytes go out as they are: Pillow's writer took twice as long for the same file."""
    pixels = np.asarray(image.convert("L") if isinstance(image, Image.Image) else image)
    if pixels.ndim != 2 or pixels.dtype != np.uint8:
        raise ValueError(f"expected a grey page image, got {pixels.dtype} {pixels.shape}")
    fd, name = tempfile.mkstemp(suffix=".pgm", prefix="orderdesk-ocr-")
    with os.fdopen(fd, "wb") as f:
        f.write(b"P5\n%d %d\n255\n" % (pixels.shape[1], pixels.shape[0]))
        f.write(np.ascontiguousarray(pixels).data)
    return name


# psm 11 (sparse text) keeps short isolated table cells ("5", "ea") and lone titles that
# the page-layout modes drop; reading order does not matter, positions are re-clustered
PSM = 11


def image_to_words(
    image: Image.Image | np.ndarray, languages: str = "fra+eng", psm: int = PSM
) -> list[OcrWord]:
    """Words with pixel boxes and confidences, via ``image_to_data``."""
    return images_to_words([image], languages, psm)[0]


def images_to_words(
    images: Sequence[Image.Image | np.ndarray], languages: str = "fra+eng", psm: int = PSM
) -> list[list[OcrWord]]:
    """The words of each image, from one ``tesseract`` run over them all.

    The program loads its models once per run (~150 ms for ``fra+eng``), so the pages of
    a document share one run: tesseract reads a file listing the images as a multi-page
    input. Its LSTM engine keeps no state from page to page, so every page's words are
    the same as from a run of its own.
    """
    ensure_available()
    if not images:
        return []
    names = [_tmp_image(image) for image in images]
    listing = ""
    try:
        if len(names) == 1:
            source = names[0]
        else:
            fd, listing = tempfile.mkstemp(suffix=".txt", prefix="orderdesk-ocr-")
            with os.fdopen(fd, "w") as f:
                f.write("\n".join(names) + "\n")
            source = listing
        timeout = TIMEOUT_SECONDS * len(names)
        try:
            data = pytesseract.image_to_data(
                source,
                lang=languages,
                config=f"--psm {psm}",
                output_type=pytesseract.Output.DICT,
                timeout=timeout,
            )
        except RuntimeError as exc:  # pytesseract raises RuntimeError on timeout
            raise OcrFailedError(
                f"tesseract took longer than {timeout}s on {len(names)} page(s)"
            ) from exc
        except pytesseract.TesseractNotFoundError as exc:
            raise OcrUnavailableError("the tesseract program is not installed") from exc
        except pytesseract.TesseractError as exc:
            raise OcrFailedError(f"tesseract failed: {exc.message}".strip()) from exc
    finally:
        for name in [*names, listing]:
            if name:
                Path(name).unlink(missing_ok=True)
    return _words_by_page(data, len(names))


def _words_by_page(data: dict[str, list[object]], pages: int) -> list[list[OcrWord]]:
    out: list[list[OcrWord]] = [[] for _ in range(pages)]
    for i, text in enumerate(data["text"]):
        conf = float(str(data["conf"][i]))
        if conf < 0 or not str(text).strip():
            continue
        page = int(str(data["page_num"][i])) - 1
        if not 0 <= page < pages:
            raise OcrFailedError(f"tesseract reported page {page + 1} of {pages}")
        out[page].append(
            OcrWord(
                text=str(text).strip(),
                left=int(str(data["left"][i])),
                top=int(str(data["top"][i])),
                width=int(str(data["width"][i])),
                height=int(str(data["height"][i])),
                confidence=conf / 100.0,
                block=int(str(data["block_num"][i])),
                line=int(str(data["line_num"][i])),
            )
        )
    return out


def orientation(image: Image.Image | np.ndarray) -> int:
    """Clockwise rotation (0/90/180/270) tesseract OSD reads on the page; 0 when unsure."""
    ensure_available()
    name = _tmp_image(image)
    try:
        osd = pytesseract.image_to_osd(
            name, config="--psm 0", output_type=pytesseract.Output.DICT, timeout=60
        )
    except (pytesseract.TesseractError, RuntimeError):
        return 0  # too little text to tell: leave the page as it is
    except pytesseract.TesseractNotFoundError as exc:
        raise OcrUnavailableError("the tesseract program is not installed") from exc
    finally:
        Path(name).unlink(missing_ok=True)
    # a low bar: the caller keeps the turned page only if it then reads better
    if float(osd.get("orientation_conf", 0)) < 0.5:
        return 0
    return int(osd.get("rotate", 0)) % 360
