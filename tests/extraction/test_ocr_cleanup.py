"""Page clean-up before OCR, through the real tesseract: pages that tesseract reads badly
as they come (a fax, a noisy scan, a phone photo, faded ink) come out readable."""

import io
import random
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pdfplumber
import pytest
from PIL import Image
from rapidfuzz.distance import Levenshtein

from extraction.ocr.tesseract import OcrWord
from extraction.pipeline import extract
from models.settings.extraction import ExtractionSettings
from samples.degrade import KINDS, degrade, render_pages
from tests.extraction.scans_for_tests import (
    SAMPLE,
    assert_reads_the_faxed_fields,
    fax_tiff,
    read_faxed,
)

# the clean-up as tesseract reads it: fax pages too (RapidOCR reads them whole by default)
CLEAN = ExtractionSettings(page_cleanup=True, second_engine="none", fax_engine="tesseract")
RAW = ExtractionSettings(page_cleanup=False, second_engine="none", fax_engine="tesseract")


def _printed() -> list[str]:
    with pdfplumber.open(SAMPLE) as pdf:
        return [w["text"] for w in pdf.pages[0].extract_words(x_tolerance=1.5, y_tolerance=2)]


def _cer(read: list[str]) -> float:
    """Order-free character error rate of the words read against the printed words."""
    want, got = Counter(_printed()), Counter(read)
    total = sum(len(w) * n for w, n in want.items())
    common = want & got
    rest_want, rest_got = sorted((want - common).elements()), sorted((got - common).elements())
    return Levenshtein.distance(" ".join(rest_want), " ".join(rest_got)) / total


def _scan(tmp_path: Path, variant: dict[str, object], fmt: str) -> Path:
    pages = [degrade(p, variant, random.Random(3)) for p in render_pages(SAMPLE, variant)][:1]
    dpi = (int(variant["dpi"]), int(variant.get("dpi_y", variant["dpi"])))  # type: ignore[call-overload]
    path = tmp_path / f"scan.{fmt}"
    if fmt == "tif":
        pages[0].save(path, format="TIFF", compression="group4", dpi=dpi)
    else:
        pages[0].save(path, format="JPEG", quality=int(variant["jpeg"]) or 60, dpi=dpi)  # type: ignore[call-overload]
    return path


def _words(path: Path, settings: ExtractionSettings) -> list[str]:
    result = extract(path, settings=settings)
    return [w.text for p in result.pages for w in p.words]


def test_a_fax_page_with_flipped_bits_is_read_after_clean_up(tmp_path: Path) -> None:
    fax = _scan(tmp_path, KINDS["fax"], "tif")
    assert Image.open(fax).info["dpi"] == (204, 98)
    raw, clean = _cer(_words(fax, RAW)), _cer(_words(fax, CLEAN))
    assert clean < 0.10, clean
    assert clean < raw * 0.7, (raw, clean)


def test_a_noisy_grey_scan_is_read_after_clean_up(tmp_path: Path) -> None:
    noisy = dict(KINDS["noisy"], noise=40, paper=200, jpeg=30)
    path = _scan(tmp_path, noisy, "jpg")
    raw, clean = _cer(_words(path, RAW)), _cer(_words(path, CLEAN))
    assert clean < 0.03, clean
    assert clean < raw, (raw, clean)


@pytest.mark.slow
def test_a_phone_photo_of_a_page_is_cut_out_flattened_and_read(tmp_path: Path) -> None:
    photo = _scan(tmp_path, KINDS["photo"], "jpg")
    result = extract(photo, settings=CLEAN)
    page = result.pages[0]
    # the sheet, cut out of the desk and taken for an A4 page
    assert 560 < page.width < 640 and 780 < page.height < 900
    assert _cer([w.text for w in page.words]) < 0.05


def test_a_faded_page_is_not_taken_for_a_blank_one(tmp_path: Path) -> None:
    faded = _scan(tmp_path, KINDS["faded"], "jpg")
    ink = np.asarray(Image.open(faded).convert("L"))
    assert ink.min() > 100  # no black left on the page
    assert _cer(_words(faded, CLEAN)) < 0.05


def test_a_clean_scan_is_left_as_it_is(tmp_path: Path) -> None:
    """A clean 300 dpi page gets no step: what fixes a bad page would harm a good one."""
    from extraction.ocr import cleanup

    page = np.asarray(render_pages(SAMPLE, KINDS["dpi300"])[0])
    done = cleanup.clean_page(page, 300)
    assert done.steps == [] and done.image is page


def test_a_reverse_video_page_is_turned_to_dark_on_light() -> None:
    from extraction.ocr import cleanup

    page = 255 - np.asarray(render_pages(SAMPLE, KINDS["dpi300"])[0])
    done = cleanup.clean_page(page, 300)
    assert done.steps[0] == "invert"
    assert float(done.image.mean()) > 200


def test_image_file_buffers_are_read_as_pages(tmp_path: Path) -> None:
    """A fax TIFF arrives as bytes the same as a file: its page has the page's shape."""
    fax = _scan(tmp_path, KINDS["fax"], "tif")
    from extraction.pipeline import extract_bytes

    result = extract_bytes(io.BytesIO(fax.read_bytes()).getvalue(), settings=CLEAN)
    page = result.pages[0]
    assert abs(page.height / page.width - 842 / 595) < 0.03  # 98 dpi rows made square


def test_lines_struck_through_the_text_are_taken_out_and_the_text_read(tmp_path: Path) -> None:
    """A rule drawn through every text row (a form's lines, a strike-through): tesseract
    reads little of it as it comes; with the rules removed it reads the page."""
    page = np.asarray(render_pages(SAMPLE, KINDS["dpi300"])[0]).copy()
    for y in range(300, 3300, 47):
        page[y : y + 4, 150:2300] = 0
    path = tmp_path / "struck.png"
    Image.fromarray(page).save(path, dpi=(300, 300))
    raw, clean = _cer(_words(path, RAW)), _cer(_words(path, CLEAN))
    assert raw > 0.2, raw
    assert clean < 0.05, clean


def _boxed_table() -> np.ndarray:
    """A 300 dpi page with a table ruled as a grid, every cell boxed."""
    import cv2

    page = np.full((3300, 2550), 255, np.uint8)
    cv2.putText(page, "Purchase order 948284", (200, 300), cv2.FONT_HERSHEY_SIMPLEX, 2.2, 0, 4)
    rows = [
        ("Details", "Quantity", "Price", "Total"),
        ("Bindings", "20", "1.00", "20.00"),
        ("Covers", "40", "2.50", "100.00"),
        ("Bookmark", "30", "5.00", "150.00"),
        ("Marker", "12", "4.25", "51.00"),
        ("Ribbon", "15", "2.00", "30.00"),
    ]
    xs, top, step = [200, 1100, 1500, 1950, 2350], 800, 110
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            org = (xs[c] + 25, top + r * step + 78)
            cv2.putText(page, text, org, cv2.FONT_HERSHEY_SIMPLEX, 1.7, 0, 3)
    for r in range(len(rows) + 1):
        page[top + r * step : top + r * step + 4, xs[0] : xs[-1]] = 0
    for x in xs:
        page[top : top + len(rows) * step + 4, x : x + 4] = 0
    return page


def test_a_table_ruled_as_a_grid_is_read_cell_by_cell(tmp_path: Path) -> None:
    """Tesseract takes a ruled grid for a picture and reads none of its cells; the page's
    rules are taken out first, and every row is read."""
    path = tmp_path / "boxed.png"
    Image.fromarray(_boxed_table()).save(path, dpi=(300, 300))
    wanted = {"Bindings", "Ribbon", "20.00", "150.00", "4.25", "Quantity"}
    assert not wanted & set(_words(path, RAW))  # the failure this guards against
    assert wanted <= set(_words(path, CLEAN))


def test_white_text_on_a_coloured_band_is_read_dark_on_white(tmp_path: Path) -> None:
    """A table header printed white on a mid-blue bar (grey 118): turned and stretched to
    black on white before the page's shading is flattened, which would whiten it away."""
    import cv2

    page = _boxed_table()
    band = page[800:910, 200:2354]
    page[800:910, 200:2354] = np.where(band < 128, 255, 118).astype(np.uint8)
    page = page.copy()
    cv2.rectangle(page, (150, 2900), (2400, 3200), 200, -1)  # a light shaded box
    path = tmp_path / "band.png"
    Image.fromarray(page).save(path, dpi=(300, 300))
    assert {"Details", "Quantity", "Price", "Total"} <= set(_words(path, CLEAN))


def _as_fax(page: np.ndarray, path: Path) -> Path:
    """A 300 dpi page sent by fax: 204 x 98 dpi, 1-bit, flipped bits (samples/degrade.py)."""
    image = Image.fromarray(page).resize(
        (round(page.shape[1] * 204 / 300), round(page.shape[0] * 98 / 300)),
        Image.Resampling.BOX,
    )
    degrade(image, KINDS["fax"], random.Random(5)).save(
        path, format="TIFF", compression="group4", dpi=(204, 98)
    )
    return path


def test_a_faxed_table_ruled_as_a_grid_is_read_cell_by_cell(tmp_path: Path) -> None:
    """A fax's grid is one pixel row per rule at 98 dpi, too thin to measure before the page
    is upscaled; measured after, it is taken out and the cells are read."""
    fax = _as_fax(_boxed_table(), tmp_path / "boxed-fax.tif")
    wanted = {"Bindings", "Covers", "Bookmark", "Ribbon", "Quantity", "100.00", "150.00"}
    assert wanted <= set(_words(fax, CLEAN))


@pytest.mark.parametrize("name", ["boxed_invoice_en", "classic_invoice_en"])
def test_the_fields_of_a_faxed_invoice_are_read(tmp_path: Path, name: str) -> None:
    """The whole document, faxed (1-bit, 204 x 98 dpi, flipped bits), cleaned up and read
    by tesseract: its number, order number, VAT id and totals come out as printed."""
    import json

    from extraction.evaluate import same_value

    source = SAMPLE.with_name(f"{name}.pdf")
    truth = json.loads(SAMPLE.with_name(f"{name}.truth.json").read_text("utf-8"))["fields"]
    fax = fax_tiff(tmp_path, source)
    result = extract(fax, settings=CLEAN)
    for field in ("document_number", "order_number", "vat_id", "total_net", "total_gross"):
        got = result.fields.get(field)
        assert got is not None and same_value(field, got.value, truth[field]["value"]), (
            field,
            got and got.value,
        )


def test_a_fax_sent_as_pdf_keeps_its_horizontal_resolution(tmp_path: Path) -> None:
    """The same 204 x 98 dpi fax as a TIFF and as a PDF (a fax-to-mail gateway's): the PDF
    page is decoded at the fax's own pixels, not rendered at 98 dpi across as well."""
    fax = _scan(tmp_path, KINDS["fax"], "tif")
    pdf = tmp_path / "fax.pdf"
    Image.open(fax).save(pdf, format="PDF", dpi=(204, 98))
    import pypdfium2 as pdfium

    from extraction.ocr import page_image

    native = page_image.non_square_scan(pdfium.PdfDocument(pdf)[0], 60_000_000)
    assert native is not None
    gray, dpi_x, dpi_y = native
    assert (round(dpi_x), round(dpi_y)) == (204, 98)
    assert gray.shape == (Image.open(fax).height, Image.open(fax).width)
    from_pdf, from_tif = _cer(_words(pdf, CLEAN)), _cer(_words(fax, CLEAN))
    assert from_pdf < 0.10, from_pdf
    assert abs(from_pdf - from_tif) < 0.01, (from_pdf, from_tif)


@pytest.mark.parametrize("engine", ["rapidocr", "auto"])
def test_a_fax_page_can_be_read_whole_by_rapidocr(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, engine: str
) -> None:
    """With ``fax_engine=rapidocr``, or ``auto`` (the default) with RapidOCR installed, a
    fax page (1-bit, under 250 dpi) is read by RapidOCR, its lines found on a smaller
    copy; a 300 dpi grey scan stays tesseract's."""
    from extraction.ocr import rapid

    calls: list[int | None] = []
    page_words = rapid.page_words

    def spy(
        gray: np.ndarray, detect_side: int | None = None, *rest: int | None, **options: bool
    ) -> list[object]:
        calls.append(detect_side)
        return page_words(gray, detect_side, *rest, **options)  # type: ignore[return-value, arg-type]

    monkeypatch.setattr(rapid, "page_words", spy)
    assert ExtractionSettings().fax_engine == "auto"
    settings = CLEAN.model_copy(update={"fax_engine": engine})
    fax = _scan(tmp_path, KINDS["fax"], "tif")
    assert _cer(_words(fax, settings)) < 0.10
    assert calls and all(side is not None for side in calls)
    calls.clear()
    grey = _scan(tmp_path, KINDS["dpi300"], "jpg")
    _words(grey, settings)
    assert calls == []


def test_a_grey_hairline_rule_goes_whole_with_its_soft_edges() -> None:
    """A scan's hairline rule is grey, partly darker and partly lighter than the ink
    threshold, with soft edges: taken out only where it is dark, it left dashes and edge
    hairlines that tesseract read as 'ee' or '-' at the end of the row above. All of it
    goes; the text beside it stays."""
    import cv2

    from extraction.ocr.cleanup import remove_lines

    page = np.full((600, 2400), 245, np.uint8)
    cv2.putText(page, "Powder-free nitrile gloves", (100, 250), cv2.FONT_HERSHEY_SIMPLEX, 2, 0, 5)
    levels = np.where((np.arange(2200) // 60) % 2 == 0, 90, 170).astype(np.uint8)
    page[300:303, 100:2300] = levels  # the rule: dark and light stretches
    page[299, 100:2300] = page[303, 100:2300] = 215  # its soft edges
    out = remove_lines(page, 300.0)
    assert int(out[296:307, 105:2295].min()) >= 215 - 30  # no dash, no edge left
    text = (page[150:280] < 128).sum()
    assert (out[150:280] < 128).sum() >= 0.98 * text


def test_the_second_engine_spends_a_share_of_its_budget_on_a_fax_page(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A fax is mostly unsure words: the second engine would spend its whole budget on
    every fax page, past the 2x tesseract time a scanned page may take."""
    from extraction import pages
    from extraction.ocr import gaps, vote

    budgets: list[tuple[str, float]] = []

    def spend(step: str) -> Callable[..., list[OcrWord]]:
        def record(
            _image: object, words: list[OcrWord], budget: float, *_: object
        ) -> list[OcrWord]:
            budgets.append((step, budget))
            return words

        return record

    monkeypatch.setattr(vote, "reread", spend("v"))
    monkeypatch.setattr(gaps, "fill", spend("g"))
    settings = ExtractionSettings(
        page_cleanup=True, second_engine="rapidocr", fax_engine="tesseract"
    )
    extract(_scan(tmp_path, KINDS["fax"], "tif"), settings=settings)
    share = settings.second_engine_budget * pages.FAX_SHARE
    assert budgets == [("v", share), ("g", share * pages.GAPS_SHARE)]
    budgets.clear()
    extract(_scan(tmp_path, KINDS["grey"], "jpg"), settings=settings)
    assert budgets[0] == ("v", settings.second_engine_budget)


def test_a_faxed_invoice_is_read_by_rapidocr_with_its_memory_arena_and_keeps_its_fields(
    tmp_path: Path,
) -> None:
    """A faxed invoice (two pages, 204 x 98 dpi) through the default route, RapidOCR reading
    its pages whole: its onnxruntime sessions keep a memory arena (a fax's line crops come
    in batches of every width, and allocating each batch's tensors anew cost about 15 % of
    the recognition's CPU time), and its number, order number, VAT id and totals come out
    as printed."""
    from extraction.ocr import rapid

    if not rapid.installed():
        pytest.fail("RapidOCR is part of the default install (make deps)")
    result = read_faxed(tmp_path)
    engine = rapid._load()
    for model in (engine._load_det_model(), engine._load_rec_model()):
        assert model.session.session.get_session_options().enable_cpu_mem_arena
    assert_reads_the_faxed_fields(result)
