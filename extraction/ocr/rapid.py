"""The one place orderdesk runs RapidOCR, the second OCR engine (PP-OCR models on
onnxruntime, CPU), with the same word/box/confidence output as ``tesseract.py``.

Optional at install (``orderdesk[rapidocr]``; ``make deps`` installs it). Its wheel ships
the detection and recognition models, and they are named here by path: RapidOCR would
otherwise fetch a missing model from the network, and orderdesk never downloads at run
time. The models load lazily, once per process (a forked worker loads its own; onnxruntime
sessions do not survive a fork), and run on one thread: workers already run side by side
on the machine's cores.
"""

from __future__ import annotations

import importlib.util
import logging
import os
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import cv2
import numpy as np

from extraction.errors import OcrUnavailableError
from extraction.ocr.tesseract import OcrFailedError, OcrWord

log = logging.getLogger(__name__)

MODELS = {
    "Det": "PP-OCRv6_det_small.onnx",
    "Rec": "PP-OCRv6_rec_small.onnx",
    "Cls": "ch_ppocr_mobile_v2.0_cls_mobile.onnx",
}
INSTALL_HINT = "install the extra: pip install 'orderdesk[rapidocr]' (make deps does)"

_lock = threading.Lock()
# a call holds this while it may set the detector's size or the recogniser's narrowest
# width (``page_words``), which are the engine's, not the call's
_detect_lock = threading.Lock()
# RapidOCR pads every crop it recognises to at least its model's 320 x 48 pixels (PaddleOCR's
# shape): on a fax page, where detection finds many short cells ("20", "L", "19,96"), that
# padding was about 45 % of the columns recognised and recognition two thirds of the page's
# time. ``page_words(rec_width=...)`` lowers that floor; the model reads a narrower crop
# as well (it is convolutional along the line; bench/ocr --scans on the fax seed)
DEFAULT_REC_WIDTH = 320
_engine: Any = None
_owner = -1


def installed() -> bool:
    return all(importlib.util.find_spec(m) is not None for m in ("rapidocr", "onnxruntime"))


def model_paths() -> dict[str, Path]:
    """The models inside the installed wheel; an error, never a download, when missing."""
    if not installed():
        raise OcrUnavailableError(
            f"the second OCR engine (RapidOCR) is not installed; {INSTALL_HINT}"
        )
    spec = importlib.util.find_spec("rapidocr")
    assert spec is not None and spec.origin is not None
    folder = Path(spec.origin).parent / "models"
    paths = {task: folder / name for task, name in MODELS.items()}
    missing = [str(p) for p in paths.values() if not p.is_file()]
    if missing:
        raise OcrUnavailableError(
            f"RapidOCR's models are missing ({', '.join(missing)}); reinstall rapidocr "
            "(orderdesk never downloads models at run time)"
        )
    return paths


def _load() -> Any:
    """This process's engine, loaded on first use."""
    global _engine, _owner
    if _engine is not None and _owner == os.getpid():
        return _engine
    with _lock:
        if _engine is None or _owner != os.getpid():
            paths = model_paths()
            from rapidocr import RapidOCR

            params: dict[str, Any] = {
                "Global.log_level": "error",
                "Global.use_cls": False,  # page orientation is tesseract OSD's job
                "Global.return_word_box": True,
                "EngineConfig.onnxruntime.intra_op_num_threads": 1,
                "EngineConfig.onnxruntime.inter_op_num_threads": 1,
                # onnxruntime's memory arena: a page's line crops come in batches of
                # every width, and without it each batch allocates its tensors anew
                "EngineConfig.onnxruntime.enable_cpu_mem_arena": True,
            }
            params.update({f"{task}.model_path": str(p) for task, p in paths.items()})
            _engine = RapidOCR(params=params)
            _owner = os.getpid()
            # RapidOCR logs through its own handler; "text detection result is empty" is
            # an answer (a region with no text), not a warning a user can act on
            logging.getLogger("RapidOCR").setLevel(logging.ERROR)
    return _engine


def _bgr(gray: np.ndarray) -> np.ndarray:
    if gray.ndim != 2 or gray.dtype != np.uint8:
        raise ValueError(f"expected a grey page image, got {gray.dtype} {gray.shape}")
    return np.asarray(cv2.cvtColor(np.ascontiguousarray(gray), cv2.COLOR_GRAY2BGR))


def page_words(
    gray: np.ndarray,
    detect_side: int | None = None,
    rec_width: int | None = None,
    rec_batch: int | None = None,
) -> list[OcrWord]:
    """The words of a page: RapidOCR finds text lines and reads them; each line is split
    into its words, each with its own box and score. ``block`` numbers the lines.
    ``detect_side``: lines are found on a copy of the page at most this many pixels a side
    (the lines are still read from the page itself); None: RapidOCR's own sizes.
    ``rec_width``: the narrowest a line is padded to for recognition (pixels at the
    model's 48 px height); None: the model's 320. ``rec_batch``: lines recognised in one
    run of the model (each padded to the widest of its run, the lines sorted by width);
    None: RapidOCR's 6."""
    engine = _load()
    try:
        with _detect_lock:  # the detector's size is the engine's, set for one call
            detector = engine._load_det_model() if detect_side else None
            saved = (detector.limit_type, detector.limit_side_len) if detector else None
            recogniser = engine._load_rec_model() if rec_width or rec_batch else None
            shape = list(recogniser.rec_image_shape) if recogniser else None
            batch = recogniser.rec_batch_num if recogniser else None
            if detector:
                detector.limit_type, detector.limit_side_len = "max", detect_side
            if recogniser and shape and rec_width:
                recogniser.rec_image_shape = [*shape[:2], rec_width]
            if recogniser and rec_batch:
                recogniser.rec_batch_num = rec_batch
            try:
                result = engine(_bgr(gray))
            finally:
                if detector and saved:
                    detector.limit_type, detector.limit_side_len = saved
                if recogniser and shape:
                    recogniser.rec_image_shape = shape
                    recogniser.rec_batch_num = batch
    except Exception as exc:  # onnxruntime raises its own types; a page must not kill a worker
        raise OcrFailedError(f"RapidOCR failed: {exc}") from exc
    if result is None or getattr(result, "txts", None) is None:
        return []
    words: list[OcrWord] = []
    details = result.word_results or ()
    for number, (box, text, score) in enumerate(
        zip(result.boxes, result.txts, result.scores, strict=True), start=1
    ):
        parts = details[number - 1] if number - 1 < len(details) else ()
        if parts and " ".join(p[0] for p in parts) == text:
            for part_text, part_score, part_box in parts:
                xs = [pt[0] for pt in part_box]
                ys = [pt[1] for pt in part_box]
                words.append(_word(part_text, xs, ys, float(part_score), number))
        else:
            words.extend(_split_line(text, np.asarray(box), float(score), number))
    return words


def _word(text: str, xs: Sequence[float], ys: Sequence[float], score: float, line: int) -> OcrWord:
    left, top = round(min(xs)), round(min(ys))
    return OcrWord(
        text=text,
        left=left,
        top=top,
        width=max(1, round(max(xs)) - left),
        height=max(1, round(max(ys)) - top),
        confidence=score,
        block=line,
        line=1,
    )


def _split_line(text: str, box: np.ndarray, score: float, line: int) -> list[OcrWord]:
    """A line's words with boxes shared out by character count (when RapidOCR gave no
    word boxes)."""
    x0, x1 = float(box[:, 0].min()), float(box[:, 0].max())
    y0, y1 = float(box[:, 1].min()), float(box[:, 1].max())
    per_char = (x1 - x0) / max(1, len(text))
    out = []
    start = 0
    for part in text.split(" "):
        if part:
            a, b = x0 + start * per_char, x0 + (start + len(part)) * per_char
            out.append(_word(part, (a, b), (y0, y1), score, line))
        start += len(part) + 1
    return out


REC_HEIGHT = 48  # the recogniser's input height: a crop is scaled to it


def recognition_columns(crop: np.ndarray) -> float:
    """The columns the recogniser reads for ``crop`` in ``read_crops``: its width at the
    model's height, padded to at least the model's 320 px. Its cost goes with them."""
    height, width = crop.shape[:2]
    return max(float(DEFAULT_REC_WIDTH), REC_HEIGHT * width / max(1, height))


def read_crops(crops: Sequence[np.ndarray]) -> list[tuple[str, float]]:
    """Text and score of each crop (a word or a line), recognition only: the regions a
    page's first reading was unsure of, read again. One batch, sorted by width inside."""
    if not crops:
        return []
    engine = _load()
    from rapidocr.ch_ppocr_rec import TextRecInput

    try:
        with _detect_lock:  # not while a page's call has changed the recogniser's width
            recogniser = engine._load_rec_model()  # RapidOCR's own lazily-built recogniser
            out = recogniser(TextRecInput(img=[_bgr(c) for c in crops], return_word_box=False))
    except Exception as exc:
        raise OcrFailedError(f"RapidOCR failed: {exc}") from exc
    return [(str(t).strip(), float(s)) for t, s in zip(out.txts, out.scores, strict=True)]
