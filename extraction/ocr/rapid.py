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
from extraction.ocr.glyphs import latin
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
    pack: int | None = None,
    bands: bool = False,
    read_side: int | None = None,
    unclip: float | None = None,
) -> list[OcrWord]:
    """The words of a page: RapidOCR finds text lines and reads them; each line is split
    into its words, each with its own box and score. ``block`` numbers the lines.
    ``detect_side``: lines are found on a copy of the page at most this many pixels a side
    (the lines are still read from the page itself); None: RapidOCR's own sizes.
    ``rec_width``: the narrowest a line is padded to for recognition (pixels at the
    model's 48 px height); None: the model's 320. ``rec_batch``: lines recognised in one
    run of the model (each padded to the widest of its run, the lines sorted by width);
    None: RapidOCR's 6. ``pack``: the lines narrower than that padding are read side by
    side, several in one strip of at most this many pixels (``_Packed``); None: each alone.
    ``bands``: lines are found only in the bands of the page that have ink (``_Banded``).
    ``read_side``: the page is brought to at most this many pixels a side before its lines
    are cut out and read (None: RapidOCR's own 2000). ``unclip``: how much the detector
    grows a line's region around its core (None: the model's 1.6)."""
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
            if pack:
                real = engine._load_rec_model()
                engine.text_rec = _Packed(real, pack)
            if bands:
                finder = engine._load_det_model()
                engine.text_det = _Banded(finder)
            sides = engine.max_side_len
            post = engine._load_det_model().postprocess_op
            grown = post.unclip_ratio
            if read_side:
                engine.max_side_len = read_side
            if unclip:
                post.unclip_ratio = unclip
            try:
                result = engine(_bgr(gray))
            finally:
                if pack:
                    engine.text_rec = real
                if bands:
                    engine.text_det = finder
                engine.max_side_len, post.unclip_ratio = sides, grown
                if detector and saved:
                    detector.limit_type, detector.limit_side_len = saved
                if recogniser and shape:
                    recogniser.rec_image_shape = shape
                    recogniser.rec_batch_num = batch
    except Exception as exc:  # onnxruntime raises its own types; a page must not kill a worker
        raise OcrFailedError(f"RapidOCR failed: {exc}") from exc
    if result is None or getattr(result, "txts", None) is None:
        return []
    lines: list[list[OcrWord]] = []
    details = result.word_results or ()
    for number, (box, text, score) in enumerate(
        zip(result.boxes, result.txts, result.scores, strict=True), start=1
    ):
        parts = details[number - 1] if number - 1 < len(details) else ()
        if parts and " ".join(p[0] for p in parts) == text:
            line = []
            for part_text, part_score, part_box in parts:
                xs = [pt[0] for pt in part_box]
                ys = [pt[1] for pt in part_box]
                line.append(_word(part_text, xs, ys, float(part_score), number))
        else:
            line = _split_line(text, np.asarray(box), float(score), number)
        lines.append(line)
    return [w for line in lines for w in line]


def _word(text: str, xs: Sequence[float], ys: Sequence[float], score: float, line: int) -> OcrWord:
    left, top = round(min(xs)), round(min(ys))
    return OcrWord(
        text=latin(text),  # "Moulın": the letter it stands for (glyphs.py)
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
# the narrowest a re-read word crop is padded to (``read_crops``): the model's 320 px.
# Most word crops are 100-250 columns at 48 px high, so the padding is about half of what
# the re-read recognises; at 240 px, 140 word crops of 10 scans (samples.wild seed 9101,
# families A) took 2.15 s instead of 2.94 with one reading different (a speck), but on
# seed 9202 (families B) a customer name's "S.r.l." was read "S.r.I.": one field lost for
# ~0.08 s a page. Kept at 320 (bench/ocr config ``reread240``)
REREAD_REC_WIDTH = 320


def recognition_columns(crop: np.ndarray) -> float:
    """The columns the recogniser reads for ``crop`` in ``read_crops``: its width at the
    model's height, padded to at least ``REREAD_REC_WIDTH``. Its cost goes with them."""
    height, width = crop.shape[:2]
    return max(float(REREAD_REC_WIDTH), REC_HEIGHT * width / max(1, height))


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
            shape = list(recogniser.rec_image_shape)
            recogniser.rec_image_shape = [*shape[:2], REREAD_REC_WIDTH]
            try:
                images = [_bgr(c) for c in crops]
                out = recogniser(TextRecInput(img=images, return_word_box=False))
            finally:
                recogniser.rec_image_shape = shape
    except Exception as exc:
        raise OcrFailedError(f"RapidOCR failed: {exc}") from exc
    return [(latin(str(t).strip()), float(s)) for t, s in zip(out.txts, out.scores, strict=True)]


def read_packed(crops: Sequence[np.ndarray], width: int = 640) -> list[tuple[str, float]]:
    """Text and score of each crop, recognition only, the crops narrower than the
    recogniser's padding read side by side in strips of at most ``width`` columns
    (``_Packed``): a page's short cells cost a few runs, not one padded run each."""
    if not crops:
        return []
    engine = _load()
    from rapidocr.ch_ppocr_rec import TextRecInput

    try:
        with _detect_lock:
            packed = _Packed(engine._load_rec_model(), width)
            out = packed(TextRecInput(img=[_bgr(c) for c in crops], return_word_box=True))
    except Exception as exc:
        raise OcrFailedError(f"RapidOCR failed: {exc}") from exc
    return [(latin(str(t).strip()), float(s)) for t, s in zip(out.txts, out.scores, strict=True)]


# white columns (at the recogniser's 48 px height) between two lines packed in one strip:
# wider than a space between words, so a reading never joins the two
PACK_GAP = 24


class _Packed:
    """RapidOCR's recogniser, reading the lines narrower than its padding side by side.

    The recogniser pads every line to its input width (``rec_image_shape``): a fax's
    short cells ("20", "pce", "19,96") cost that whole width each, and the padding was
    about a third of the columns a fax page's recognition read. Here such lines are laid
    left to right, ``PACK_GAP`` white columns apart, in strips of at most ``width``
    columns, each strip read once; each character is given back to the line its column
    falls in, with its column counted from that line's start, so RapidOCR computes the
    words' boxes as if the line had been read alone. Lines as wide as the padding or
    wider are read as before."""

    def __init__(self, recogniser: Any, width: int) -> None:
        self.recogniser, self.width = recogniser, width

    def __getattr__(self, name: str) -> Any:
        return getattr(self.recogniser, name)

    def __call__(self, args: Any) -> Any:
        from rapidocr.ch_ppocr_rec import TextRecInput, TextRecOutput

        crops = [args.img] if isinstance(args.img, np.ndarray) else list(args.img)
        height = int(self.recogniser.rec_image_shape[1])
        floor = int(self.recogniser.rec_image_shape[2])
        wide = [max(1, round(height * c.shape[1] / max(1, c.shape[0]))) for c in crops]
        short = [i for i, w in enumerate(wide) if w + PACK_GAP < floor]
        alone = [i for i in range(len(crops)) if i not in set(short)]
        txts: list[str] = [""] * len(crops)
        scores: list[float] = [0.0] * len(crops)
        infos: list[Any] = [None] * len(crops)
        if alone:
            out = self.recogniser(
                TextRecInput(img=[crops[i] for i in alone], return_word_box=args.return_word_box)
            )
            for k, i in enumerate(alone):
                txts[i], scores[i] = out.txts[k], out.scores[k]
                infos[i] = out.word_results[k]
        strips: list[list[int]] = []
        used = self.width
        for i in short:
            if used + wide[i] + PACK_GAP > self.width:
                strips.append([])
                used = PACK_GAP // 2
            strips[-1].append(i)
            used += wide[i] + PACK_GAP
        images, places = [], []
        for strip in strips:
            image, place = _strip([crops[i] for i in strip], [wide[i] for i in strip], height)
            images.append(image)
            places.append(place)
        if images:
            out = self.recogniser(TextRecInput(img=images, return_word_box=True))
            for strip, image, place, text, info in zip(
                strips, images, places, out.txts, out.word_results, strict=True
            ):
                shared = _share_out(text, info, image.shape[1], place)
                for i, (text, score, part) in zip(strip, shared, strict=True):
                    txts[i], scores[i], infos[i] = text, score, part
        read: Any = tuple(txts)  # RapidOCR types its texts as a tuple of one
        return TextRecOutput(
            imgs=crops, txts=read, scores=scores, word_results=tuple(infos), elapse=0.0
        )


def _strip(
    crops: list[np.ndarray], widths: list[int], height: int
) -> tuple[np.ndarray, list[tuple[int, int]]]:
    """Crops scaled to ``height`` and laid side by side on white, ``PACK_GAP`` apart; with
    each crop's first and last column in the strip."""
    total = sum(widths) + PACK_GAP * len(crops)
    strip = np.full((height, total, 3), 255, dtype=np.uint8)
    place = []
    x = PACK_GAP // 2
    for crop, width in zip(crops, widths, strict=True):
        strip[:, x : x + width] = cv2.resize(crop, (width, height))
        place.append((x, x + width))
        x += width + PACK_GAP
    return strip, place


def _share_out(
    read: str, info: Any, width: int, place: list[tuple[int, int]]
) -> list[tuple[str, float, Any]]:
    """A strip's reading shared out among its crops: text, score and RapidOCR's word
    information (characters, their columns from the crop's start, their scores), each
    character to the crop nearest its column."""
    from rapidocr.ch_ppocr_rec.typings import WordInfo, WordType

    step = width / info.line_txt_len if info.line_txt_len else 1.0
    words: list[list[tuple[list[str], list[float]]]] = [[] for _ in place]
    confs: list[list[float]] = [[] for _ in place]
    chars = iter(c for ch, c in zip(read, info.confs, strict=False) if not ch.isspace())
    for word, cols in zip(info.words, info.word_cols, strict=True):
        last = -1
        for char, col in zip(word, cols, strict=True):
            x = (col + 0.5) * step
            k = _nearest(place, x)
            if k != last:
                words[k].append(([], []))
                last = k
            words[k][-1][0].append(char)
            words[k][-1][1].append(max(0.0, x / step - place[k][0] / step - 0.5))
            confs[k].append(float(next(chars, 0.0)))
    out = []
    for (x0, x1), parts, conf in zip(place, words, confs, strict=True):
        text = " ".join("".join(p[0]) for p in parts)
        part = WordInfo(
            words=[p[0] for p in parts],
            word_cols=[[round(c) for c in p[1]] for p in parts],
            word_types=[WordType.EN_NUM for _ in parts],
            line_txt_len=(x1 - x0) / step,
            confs=conf,
        )
        out.append((text, float(np.mean(conf)) if conf else 0.0, part))
    return out


def _nearest(place: list[tuple[int, int]], x: float) -> int:
    """The index of the span in ``place`` holding column ``x``, or the nearest to it."""

    def away(span: tuple[int, int]) -> float:
        return 0.0 if span[0] <= x < span[1] else min(abs(x - span[0]), abs(x - span[1]))

    return min(range(len(place)), key=lambda j: away(place[j]))


# the white rows (and columns) kept around a band's ink, at the detector's scale: more than
# a line's height (about 15 px on a fax), so the detector sees each line's surroundings as
# it does on the whole page, and a box grown by its unclip stays inside the band
BAND_MARGIN = 32
# the detector's input is cut in multiples of this (its network's stride)
BAND_STRIDE = 32
# a page whose inked bands cover more than this share of it is detected whole
BAND_MAX_SHARE = 0.9


class _Banded:
    """RapidOCR's text detector, run only where the page has ink.

    A page's white margins and the gaps between its blocks cost the detector as much as
    its text (its network's time goes with the pixels): here the page is shrunk once to
    the detector's size, as the detector would, and the detector's network and box
    finding run on each band of rows holding ink (with ``BAND_MARGIN`` of white around,
    cut at its stride, the columns likewise), the boxes put back in the page's place."""

    def __init__(self, detector: Any) -> None:
        self.detector = detector

    def __getattr__(self, name: str) -> Any:
        return getattr(self.detector, name)

    def __call__(self, img: np.ndarray) -> Any:
        from rapidocr.ch_ppocr_det.utils import TextDetOutput

        pre = self.detector.get_preprocess()
        small = pre.resize(img)
        if small is None:
            return self.detector(img)
        spans = ink_spans(small[:, :, 0] if small.ndim == 3 else small)
        area = sum((y1 - y0) * (x1 - x0) for y0, y1, x0, x1 in spans)
        if not spans or area > BAND_MAX_SHARE * small.shape[0] * small.shape[1]:
            return self.detector(img)
        ry, rx = small.shape[0] / img.shape[0], small.shape[1] / img.shape[1]
        found, scores = [], []
        for y0, y1, x0, x1 in spans:
            band = pre.permute(pre.normalize(small[y0:y1, x0:x1]))
            preds = self.detector.session(np.expand_dims(band, axis=0).astype(np.float32))
            boxes, band_scores = self.detector.postprocess_op(
                preds, ((y1 - y0) / ry, (x1 - x0) / rx)
            )
            if len(boxes):
                at = np.asarray(boxes, dtype=np.float64) + np.array([x0 / rx, y0 / ry])
                found.append(np.round(at).astype(np.float32))
                scores.extend(band_scores)
        if not found:
            return TextDetOutput()
        every = np.concatenate(found)
        order = np.lexsort((every[:, 0, 0], every[:, 0, 1]))
        boxes = self.detector.sorted_boxes(every[order])
        return TextDetOutput(img, boxes, [scores[i] for i in order])


def ink_spans(gray: np.ndarray) -> list[tuple[int, int, int, int]]:
    """The bands of ``gray`` that hold ink, as (top, bottom, left, right): rows with two
    dark pixels or more, grown by ``BAND_MARGIN`` and cut at ``BAND_STRIDE``, bands that
    touch merged; each band's columns its ink's, grown and cut the same way."""
    height, width = gray.shape
    dark = gray < 160
    inked = np.flatnonzero(np.count_nonzero(dark, axis=1) >= 2)
    if inked.size == 0:
        return []
    runs = np.split(inked, np.flatnonzero(np.diff(inked) > 2 * BAND_MARGIN) + 1)
    rows: list[list[int]] = []
    for run in runs:
        top = max(0, int(run[0]) - BAND_MARGIN) // BAND_STRIDE * BAND_STRIDE
        bottom = min(height, -(-(int(run[-1]) + 1 + BAND_MARGIN) // BAND_STRIDE) * BAND_STRIDE)
        if rows and top <= rows[-1][1]:
            rows[-1][1] = bottom
        else:
            rows.append([top, bottom])
    spans = []
    for top, bottom in rows:
        cols = np.flatnonzero(dark[top:bottom].any(axis=0))
        left = max(0, int(cols[0]) - BAND_MARGIN) // BAND_STRIDE * BAND_STRIDE
        right = min(width, -(-(int(cols[-1]) + 1 + BAND_MARGIN) // BAND_STRIDE) * BAND_STRIDE)
        spans.append((top, bottom, left, right))
    return spans
