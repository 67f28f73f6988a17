"""The page image OCR reads: a full-page scan decoded directly must look as pdfium renders it."""

import io

import numpy as np
import pypdfium2 as pdfium
from PIL import Image, ImageDraw
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from extraction.ocr import page_image

A4 = (595.0, 842.0)
DPI = 300
LIMIT = 60_000_000


def _scan(dpi: int = 200) -> Image.Image:
    """A grey 'scan' with ruled lines and blocks, at ``dpi``."""
    w, h = round(A4[0] / 72 * dpi), round(A4[1] / 72 * dpi)
    img = Image.new("L", (w, h), 235)
    draw = ImageDraw.Draw(img)
    for y in range(100, h - 100, 37):
        draw.line((80, y, w - 80, y + 3), fill=20, width=3)
    draw.rectangle((w // 3, h // 3, w // 2, h // 2), fill=90)
    return img


def _pdf(image: Image.Image, *, jpeg: bool = True, text: str | None = None) -> pdfium.PdfDocument:
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=A4, invariant=1)
    data = io.BytesIO()
    if jpeg:
        image.save(data, format="JPEG", quality=90)
        data.seek(0)
        c.drawImage(ImageReader(data), 0, 0, *A4)
    else:
        c.drawImage(ImageReader(image), 0, 0, *A4, mask="auto")
    if text:
        c.drawString(100, 400, text)
    c.showPage()
    c.save()
    return pdfium.PdfDocument(buf.getvalue())


def _rendered(pdf: pdfium.PdfDocument) -> np.ndarray:
    return np.asarray(pdf[0].render(scale=DPI / 72, grayscale=True).to_pil(), dtype=np.int16)


def test_a_full_page_scan_is_decoded_with_the_pixels_pdfium_would_render() -> None:
    for dpi in (200, 300):
        pdf = _pdf(_scan(dpi))
        decoded = page_image._decoded_scan(pdf[0], DPI / 72, LIMIT)
        assert decoded is not None, "a lone full-page JPEG is decoded, not rendered"
        ours = np.asarray(decoded, dtype=np.int16)
        theirs = _rendered(pdf)
        assert ours.shape == theirs.shape
        assert float(np.abs(ours - theirs).mean()) < 1.0


def test_a_page_with_more_than_its_scan_is_rendered() -> None:
    pdf = _pdf(_scan(), text="stamped APPROVED")
    assert page_image._decoded_scan(pdf[0], DPI / 72, LIMIT) is None
    image = page_image.render_page(pdf, 0, DPI, LIMIT)
    assert np.array_equal(np.asarray(image, dtype=np.int16), _rendered(pdf))


def test_a_scan_under_a_soft_mask_is_rendered_as_pdfium_shows_it() -> None:
    # black pixels, fully transparent: the page shows white, the raw image data is black
    clear = Image.new("RGBA", (400, 566), (0, 0, 0, 0))
    pdf = _pdf(clear, jpeg=False)
    image = page_image.render_page(pdf, 0, DPI, LIMIT)
    assert float(np.asarray(image).mean()) > 250


def test_a_scan_with_more_pixels_than_the_limit_is_rendered_within_it() -> None:
    pdf = _pdf(_scan(300))
    limit = 2_000_000
    assert page_image._decoded_scan(pdf[0], DPI / 72, limit) is None
    image = page_image.render_page(pdf, 0, DPI, limit)
    assert image.size <= limit * 1.01
