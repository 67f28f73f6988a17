"""The tesseract process kept running for second looks at regions, through the real
tesseract: the same words as a run of their own, one model load for many calls, and a
process that dies or hangs is replaced, with a typed error for the call it failed."""

import io
import os
import threading

import numpy as np
import pypdfium2 as pdfium
import pytest
from PIL import Image
from reportlab.pdfgen.canvas import Canvas

from extraction.ocr import tesseract

CELLS = [
    [(40, 40, "12"), (40, 80, "1"), (40, 120, "250"), (40, 160, "7")],
    [(40, 40, "pce"), (40, 80, "m"), (40, 120, "kg"), (40, 160, "boite")],
    [(40, 40, "1 518,12"), (40, 80, "9.75"), (40, 120, "104,03"), (40, 160, "3 278,09")],
]


def _regions() -> list[np.ndarray]:
    """Column crops like a second look's: a few short cells each, 300 dpi."""
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=(150, 200), invariant=1)
    for cells in CELLS:
        c.setFont("Times-Roman", 10)
        for x, y, text in cells:
            c.drawString(x, 200 - y, text)
        c.showPage()
    c.save()
    pdf = pdfium.PdfDocument(buf.getvalue())
    return [np.asarray(page.render(scale=300 / 72, grayscale=True).to_pil()) for page in pdf]


def _texts(found: list[list[tesseract.OcrWord]]) -> list[str]:
    return [" ".join(w.text for w in words) for words in found]


def _pid() -> int:
    return tesseract._session("eng", 6).pid


def test_a_running_tesseract_reads_regions_as_runs_of_their_own_would() -> None:
    regions = _regions()
    alone = tesseract.images_to_words(regions, "eng", psm=6)
    first = tesseract.read_regions(regions)
    pid = _pid()
    # later calls, in another order, come from the same process and read the same
    again = tesseract.read_regions(regions[::-1])[::-1]
    one = tesseract.read_regions(regions[1:2])
    assert first == alone and again == alone and one == alone[1:2]
    assert _pid() == pid
    assert _texts(alone)[1] == "pce m kg boite"
    assert "104,03" in _texts(alone)[2].split()


def test_a_tesseract_that_died_is_started_again() -> None:
    regions = _regions()
    want = tesseract.images_to_words(regions[:1], "eng", psm=6)
    tesseract.read_regions(regions[:1])
    session = tesseract._session("eng", 6)
    session._proc.kill()
    session._proc.wait()
    assert tesseract.read_regions(regions[:1]) == want
    assert _pid() != session.pid


def test_a_call_that_runs_out_of_time_fails_and_the_next_one_reads(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    regions = _regions()
    tesseract.read_regions(regions[:1])
    stuck = tesseract._session("eng", 6)
    monkeypatch.setattr(tesseract, "TIMEOUT_SECONDS", 0.001)
    with pytest.raises(tesseract.OcrFailedError, match="took longer than"):
        tesseract.read_regions(regions)
    assert stuck._proc.poll() is not None  # killed, not left reading
    monkeypatch.undo()
    assert _texts(tesseract.read_regions(regions[1:2])) == ["pce m kg boite"]


def test_each_worker_thread_has_its_own_tesseract() -> None:
    regions = _regions()
    want = tesseract.images_to_words(regions, "eng", psm=6)
    got: dict[int, object] = {}
    pids: dict[int, int] = {}

    def work(k: int) -> None:
        order = regions if k % 2 else regions[::-1]
        found = [tesseract.read_regions(order) for _ in range(2)][-1]
        got[k] = found if k % 2 else found[::-1]
        pids[k] = _pid()

    threads = [threading.Thread(target=work, args=(k,)) for k in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert all(got[k] == want for k in range(3))
    assert len(set(pids.values())) == 3


def test_a_blank_region_reads_as_no_words() -> None:
    blank = Image.new("L", (200, 120), 255)
    assert tesseract.read_regions([blank, _regions()[0]])[0] == []


def test_a_temporary_folder_clean_up_between_calls_does_not_stop_the_reading() -> None:
    """The blank image that ends each call lives in the temporary folder for as long as the
    process runs; a clean-up that deletes it must not cost the next call."""
    regions = _regions()
    tesseract.read_regions(regions[:1])
    session = tesseract._session("eng", 6)
    os.unlink(session._blank)
    assert _texts(tesseract.read_regions(regions[1:2])) == ["pce m kg boite"]
    assert _pid() == session.pid
