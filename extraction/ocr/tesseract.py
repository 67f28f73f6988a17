"""The one place orderdesk runs the ``tesseract`` program (through pytesseract).

One thread per call (``OMP_THREAD_LIMIT=1``): workers already run in parallel, and
tesseract's own threads only fight them for cores. Failures become typed errors.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

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


def _tmp_image(image: Image.Image) -> str:
    """Write an uncompressed PNM (fast to write and read) for the tesseract process."""
    fd, name = tempfile.mkstemp(suffix=".pnm", prefix="orderdesk-ocr-")
    os.close(fd)
    img = image if image.mode in ("L", "RGB", "1") else image.convert("L")
    if img.mode == "1":
        img = img.convert("L")
    img.save(name, format="PPM")
    return name


# psm 11 (sparse text) keeps short isolated table cells ("5", "ea") and lone titles that
# the page-layout modes drop; reading order does not matter, positions are re-clustered
PSM = 11


def image_to_words(image: Image.Image, languages: str = "fra+eng", psm: int = PSM) -> list[OcrWord]:
    """Words with pixel boxes and confidences, via ``image_to_data``."""
    ensure_available()
    name = _tmp_image(image)
    try:
        data = pytesseract.image_to_data(
            name,
            lang=languages,
            config=f"--psm {psm}",
            output_type=pytesseract.Output.DICT,
            timeout=TIMEOUT_SECONDS,
        )
    except RuntimeError as exc:  # pytesseract raises RuntimeError on timeout
        raise OcrFailedError(f"tesseract took longer than {TIMEOUT_SECONDS}s on a page") from exc
    except pytesseract.TesseractNotFoundError as exc:
        raise OcrUnavailableError("the tesseract program is not installed") from exc
    except pytesseract.TesseractError as exc:
        raise OcrFailedError(f"tesseract failed: {exc.message}".strip()) from exc
    finally:
        Path(name).unlink(missing_ok=True)
    words: list[OcrWord] = []
    for i, text in enumerate(data["text"]):
        conf = float(data["conf"][i])
        if conf < 0 or not str(text).strip():
            continue
        words.append(
            OcrWord(
                text=str(text).strip(),
                left=int(data["left"][i]),
                top=int(data["top"][i]),
                width=int(data["width"][i]),
                height=int(data["height"][i]),
                confidence=conf / 100.0,
                block=int(data["block_num"][i]),
                line=int(data["line_num"][i]),
            )
        )
    return words


def orientation(image: Image.Image) -> int:
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
