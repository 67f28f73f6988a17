"""The one place orderdesk runs the ``tesseract`` program and the tools that ship with it.

Pages are read through pytesseract's ``image_to_data``; the many small regions of a
second look go to a tesseract process kept running per worker thread (``read_regions``).
One thread per call (``OMP_THREAD_LIMIT=1``): workers already run in parallel, and
tesseract's own threads only fight them for cores. Failures become typed errors.
``word_list`` reads a language's dictionary out of its ``.traineddata`` file with the
``combine_tessdata`` and ``dawg2wordlist`` programs of the same installation.
"""

from __future__ import annotations

import logging
import os
import re
import select
import shutil
import subprocess
import tempfile
import threading
import time
import weakref
from collections import deque
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO

import numpy as np
from PIL import Image

from extraction.errors import ExtractionError, OcrUnavailableError

os.environ.setdefault("OMP_THREAD_LIMIT", "1")

import pytesseract

TIMEOUT_SECONDS = 180
TOOL_TIMEOUT_SECONDS = 60

log = logging.getLogger(__name__)


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
    # other readings of the same box (by another engine), the likelier first
    alternatives: tuple[str, ...] = ()


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


# the columns of tesseract's TSV output, as pytesseract's ``image_to_data`` names them
_TSV_COLUMNS: tuple[str, ...] = ("level", "page_num", "block_num", "par_num", "line_num")
_TSV_COLUMNS += ("word_num", "left", "top", "width", "height", "conf", "text")


class _Session:
    """A tesseract process that stays running and reads the images named on its stdin
    (its ``stream_filelist`` mode), writing each one's TSV as soon as it is read.

    Loading the models is most of a small region's cost (about 85 ms of ``eng`` start-up
    against a few ms of recognition), so the regions of every page and document a worker
    re-reads share one load. After the images of a call comes a small blank one: its page
    row in the output says that every image before it is done. The LSTM engine keeps no
    state from image to image, so the words are those of a run of their own.
    """

    def __init__(self, languages: str, psm: int) -> None:
        ensure_available()
        fd, self._blank = tempfile.mkstemp(suffix=".pgm", prefix="orderdesk-ocr-end-")
        os.close(fd)
        self._write_blank()
        command = [pytesseract.pytesseract.tesseract_cmd, "stdin", "stdout", "-l", languages]
        command += ["--psm", str(psm), "-c", "stream_filelist=1", "tsv"]
        try:
            self._proc = subprocess.Popen(
                command,
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                env=dict(os.environ, OMP_THREAD_LIMIT="1"),
            )
        except OSError as exc:
            Path(self._blank).unlink(missing_ok=True)
            raise OcrUnavailableError(f"the tesseract program cannot be started: {exc}") from exc
        self.owner = os.getpid()
        self._read = 0  # images read so far: tesseract numbers pages across the stream
        self._pending = b""
        self._stderr: deque[str] = deque(maxlen=20)
        # drained all along, or tesseract would block on a full pipe of page notices
        self._drainer = threading.Thread(target=self._drain, args=(self._proc.stderr,), daemon=True)
        self._drainer.start()
        self._finalizer = weakref.finalize(self, _stop, self._proc, self._blank, self.owner)

    def _write_blank(self) -> None:
        Path(self._blank).write_bytes(b"P5\n40 40\n255\n" + b"\xff" * 1600)

    @property
    def pid(self) -> int:
        return self._proc.pid

    def alive(self) -> bool:
        return self._proc.poll() is None and self.owner == os.getpid()

    def close(self) -> None:
        self._finalizer()

    def _drain(self, stream: IO[bytes]) -> None:
        with stream:
            for line in iter(stream.readline, b""):
                self._stderr.append(line.decode("utf-8", "replace").rstrip())

    def read(self, names: list[str], timeout: float) -> dict[str, list[str]]:
        """TSV rows of the images ``names``, page numbers counted from 1 for this call."""
        first = self._read + 1
        end = first + len(names)  # the blank's page number
        self._read = end
        assert self._proc.stdin is not None and self._proc.stdout is not None
        if not os.path.exists(self._blank):
            self._write_blank()  # a clean-up of the temporary folder took it
        try:
            self._proc.stdin.write(("\n".join([*names, self._blank]) + "\n").encode())
            self._proc.stdin.flush()
        except OSError as exc:
            raise self._failed("tesseract stopped before it read the images") from exc
        rows: dict[str, list[str]] = {column: [] for column in _TSV_COLUMNS}
        deadline = time.monotonic() + timeout
        out = self._proc.stdout.fileno()
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise self._failed(f"tesseract took longer than {timeout:.0f}s")
            if not select.select([out], [], [], remaining)[0]:
                continue
            chunk = os.read(out, 1 << 16)
            if not chunk:
                raise self._failed("tesseract stopped while reading")
            *lines, self._pending = (self._pending + chunk).split(b"\n")
            for line in lines:
                cells = line.decode("utf-8", "replace").split("\t")
                if len(cells) != len(_TSV_COLUMNS) or not cells[1].isdigit():
                    continue  # the column titles
                page = int(cells[1])
                if page == end:
                    return rows
                if first <= page < end:  # earlier pages' rows were the blank's
                    cells[1] = str(page - first + 1)
                    # whole percents, as pytesseract gives them: the same words either way
                    cells[10] = str(int(float(cells[10])))
                    for column, cell in zip(_TSV_COLUMNS, cells, strict=True):
                        rows[column].append(cell)

    def _failed(self, what: str) -> OcrFailedError:
        self.close()
        self._drainer.join(timeout=1)  # the last of what tesseract said
        said = "; ".join(line for line in self._stderr if not line.startswith("Page "))
        return OcrFailedError(f"{what}{': ' + said if said else ''}")


def _stop(proc: subprocess.Popen[bytes], blank: str, owner: int) -> None:
    if owner != os.getpid():
        return  # a forked child: the process is its parent's
    if proc.poll() is None:
        proc.kill()
    proc.wait()
    for stream in (proc.stdin, proc.stdout):
        if stream is not None:
            stream.close()
    Path(blank).unlink(missing_ok=True)


_sessions = threading.local()


def _session(languages: str, psm: int) -> _Session:
    """This thread's running tesseract for ``languages`` and ``psm``, started if need be."""
    held: dict[tuple[str, int], _Session] = _sessions.__dict__.setdefault("held", {})
    session = held.get((languages, psm))
    if session is None or not session.alive():
        session = held[languages, psm] = _Session(languages, psm)
    return session


def read_regions(
    images: Sequence[Image.Image | np.ndarray], languages: str = "eng", psm: int = 6
) -> list[list[OcrWord]]:
    """The words of each image, like ``images_to_words``, from this thread's running
    tesseract: for the small regions of a second look, where start-up outweighs reading."""
    if not images:
        return []
    session = _session(languages, psm)
    names = [_tmp_image(image) for image in images]
    try:
        data = session.read(names, TIMEOUT_SECONDS * len(names))
    finally:
        for name in names:
            Path(name).unlink(missing_ok=True)
    return _words_by_page(data, len(names))


def _words_by_page(data: Mapping[str, Sequence[object]], pages: int) -> list[list[OcrWord]]:
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


def tessdata_dir() -> Path | None:
    """The folder of tesseract's ``.traineddata`` files, as the program reports it; None
    when the program is missing or says nothing usable."""
    try:
        out = subprocess.run(
            [pytesseract.pytesseract.tesseract_cmd, "--list-langs"],
            capture_output=True,
            text=True,
            timeout=TOOL_TIMEOUT_SECONDS,
            check=False,
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    m = re.search(r'"([^"]+)"', out.splitlines()[0] if out else "")
    return Path(m.group(1)) if m else None


def word_list(language: str) -> list[str] | None:
    """The words of tesseract's dictionary for ``language`` (its LSTM word DAWG), None when
    they cannot be read: no such language, or ``combine_tessdata``/``dawg2wordlist``
    (Debian's tesseract-ocr package ships both) missing or failing."""
    tools = [shutil.which("combine_tessdata"), shutil.which("dawg2wordlist")]
    folder = tessdata_dir()
    if None in tools or folder is None or not (folder / f"{language}.traineddata").is_file():
        log.info("tesseract's word list for %s is not available", language)
        return None
    combine, dawg2wordlist = (str(t) for t in tools)
    with tempfile.TemporaryDirectory(prefix="orderdesk-words-") as tmp:
        base = Path(tmp) / language
        try:
            for part in ("lstm-unicharset", "lstm-word-dawg"):
                subprocess.run(
                    [combine, "-e", str(folder / f"{language}.traineddata"), f"{base}.{part}"],
                    capture_output=True,
                    timeout=TOOL_TIMEOUT_SECONDS,
                    check=True,
                )
            subprocess.run(
                [dawg2wordlist, f"{base}.lstm-unicharset", f"{base}.lstm-word-dawg", f"{base}.txt"],
                capture_output=True,
                timeout=TOOL_TIMEOUT_SECONDS,
                check=True,
            )
            text = Path(f"{base}.txt").read_text("utf-8", errors="replace")
        except (OSError, subprocess.SubprocessError) as exc:
            log.info("tesseract's word list for %s cannot be read (%s)", language, exc)
            return None
    return text.split()
