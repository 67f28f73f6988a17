"""A PDF page as the grey image that OCR reads.

A scanned page is most often one image covering the page. Rendering it with pdfium
costs about 100 ms at 300 dpi, almost all of it in pdfium's stretching; decoding the
image itself and resizing it with OpenCV costs about 15 ms and gives the same pixels
to within a grey level or two (both are bilinear). Anything else - several objects,
annotations, a turned or clipped image, bit-level images, which pdfium renders faster
than it decodes - is rendered as before. A scan whose pixels are not square (a fax sent
as PDF) is decoded at its own resolution for the clean-up (``non_square_scan``).
"""

from __future__ import annotations

import math
from typing import Any

import cv2
import numpy as np
import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from extraction.errors import TooLargeError

# the decoded image must match pdfium's own rendering of a patch of the page this well
# (mean grey-level difference): a soft mask or a decode quirk would not
_PATCH = 256
_PATCH_TOLERANCE = 8.0


def render_page(pdf: pdfium.PdfDocument, index: int, dpi: int, max_pixels: int) -> np.ndarray:
    page = pdf[index]
    w, h = page.get_size()
    scale = dpi / 72
    if w * h * scale * scale > max_pixels:
        scale = (max_pixels / (w * h)) ** 0.5
        if scale < 0.5:
            raise TooLargeError(f"page {index + 1} is too large to render ({w:.0f}x{h:.0f} pt)")
    image = _decoded_scan(page, scale, max_pixels)
    if image is not None:
        return image
    return np.asarray(page.render(scale=scale, grayscale=True).to_pil())


def scan_dpi(page: pdfium.PdfPage) -> float | None:
    """The resolution of a page that is one full-page scan (the lower of its two axes),
    None for any other page: the clean-up wants the scan as it was, not pdfium's stretch."""
    objects = list(page.get_objects(max_depth=1))
    if len(objects) != 1 or objects[0].type != pdfium_c.FPDF_PAGEOBJ_IMAGE:
        return None
    image = objects[0]
    assert isinstance(image, pdfium.PdfImage)
    x0, y0, x1, y1 = image.get_bounds()
    meta = image.get_metadata()
    if x1 - x0 < 0.9 * page.get_width() or y1 - y0 < 0.9 * page.get_height():
        return None
    dpi_x = meta.width / ((x1 - x0) / 72)
    dpi_y = meta.height / ((y1 - y0) / 72)
    return float(min(dpi_x, dpi_y))


def non_square_scan(
    page: pdfium.PdfPage, max_pixels: int
) -> tuple[np.ndarray, float, float] | None:
    """A page that is one full-page scan with non-square pixels (a fax: 204 x 98 dpi) as
    its own pixels and both resolutions, horizontal then vertical; None for any other page.

    Rendered, such a page comes out at one resolution for both axes: at the lower one, a
    fax loses half of its horizontal detail before OCR; at the higher, pdfium's stretch
    turns its 1-bit pixels grey, and the clean-up no longer sees a fax. Decoded, the
    clean-up gets the scan as it was sent and makes its pixels square itself."""
    found = _full_page_image(page)
    if found is None:
        return None
    image, meta = found
    x0, y0, x1, y1 = image.get_bounds()
    dpi_x = meta.width / ((x1 - x0) / 72)
    dpi_y = meta.height / ((y1 - y0) / 72)
    if abs(dpi_x - dpi_y) <= 0.01 * max(dpi_x, dpi_y) or meta.width * meta.height > max_pixels:
        return None
    try:
        gray = _to_gray(image.get_bitmap(render=False).to_numpy())
    except pdfium.PdfiumError:
        return None
    if gray is None or gray.shape != (meta.height, meta.width):
        return None
    # the decoded pixels must be what pdfium shows (a /Decode array or a mask would not):
    # compared on the canvas of a rendering at the finer resolution
    scale = max(dpi_x, dpi_y) / 72
    size = (math.ceil(page.get_width() * scale), math.ceil(page.get_height() * scale))
    canvas = cv2.resize(gray, size, interpolation=cv2.INTER_LINEAR)
    if not _matches_rendering(page, scale, np.asarray(canvas)):
        return None
    return gray, float(dpi_x), float(dpi_y)


def _full_page_image(page: pdfium.PdfPage) -> tuple[pdfium.PdfImage, Any] | None:
    """The page's one image object and its metadata, when it covers the whole upright,
    unannotated page."""
    if page.get_rotation() or pdfium_c.FPDFPage_GetAnnotCount(page) > 0:
        return None
    objects = list(page.get_objects(max_depth=1))
    if len(objects) != 1 or objects[0].type != pdfium_c.FPDF_PAGEOBJ_IMAGE:
        return None
    image = objects[0]
    assert isinstance(image, pdfium.PdfImage)
    m = image.get_matrix()
    if m.b or m.c or m.a <= 0 or m.d <= 0:
        return None  # turned or mirrored
    left, bottom, right, top = page.get_cropbox()
    x0, y0, x1, y1 = image.get_bounds()
    if max(abs(x0 - left), abs(y0 - bottom), abs(x1 - right), abs(y1 - top)) > 1:
        return None  # not the whole page
    return image, image.get_metadata()


def _decoded_scan(page: pdfium.PdfPage, scale: float, max_pixels: int) -> np.ndarray | None:
    """The page's one full-page image, decoded and resized to the rendering's size; None
    when the page is anything else or the result would differ from pdfium's rendering."""
    found = _full_page_image(page)
    if found is None:
        return None
    image, meta = found
    if meta.bits_per_pixel not in (8, 24) or meta.width * meta.height > max_pixels:
        return None
    try:
        decoded = image.get_bitmap(render=False).to_numpy()
    except pdfium.PdfiumError:
        return None
    gray = _to_gray(decoded)
    if gray is None:
        return None
    # the canvas pypdfium2's render() would make: pdfium stretches the image onto all of it
    size = (math.ceil(page.get_width() * scale), math.ceil(page.get_height() * scale))
    if (gray.shape[1], gray.shape[0]) != size:
        gray = cv2.resize(gray, size, interpolation=cv2.INTER_LINEAR)
    if not _matches_rendering(page, scale, gray):
        return None
    return gray


def _to_gray(pixels: np.ndarray) -> np.ndarray | None:
    if pixels.ndim == 2:
        return np.ascontiguousarray(pixels)
    if pixels.ndim == 3 and pixels.shape[2] == 1:
        return np.ascontiguousarray(pixels[:, :, 0])
    if pixels.ndim == 3 and pixels.shape[2] in (3, 4):
        # pdfium's bitmaps are BGR(x)
        return np.asarray(cv2.cvtColor(pixels[:, :, :3], cv2.COLOR_BGR2GRAY))
    return None


def _matches_rendering(page: pdfium.PdfPage, scale: float, gray: np.ndarray) -> bool:
    """pdfium renders a patch from the middle of the page; the decoded image must agree."""
    h, w = gray.shape
    side = min(_PATCH, w, h)
    px0, py0 = (w - side) // 2, (h - side) // 2
    width, height = page.get_width() * scale, page.get_height() * scale
    # render()'s crop is in points, from each edge, rounded up to pixels by pypdfium2
    crop = (px0 / scale, (height - py0 - side) / scale, (width - px0 - side) / scale, py0 / scale)
    patch = page.render(scale=scale, grayscale=True, crop=crop).to_numpy()
    if patch.ndim == 3:
        patch = patch[:, :, 0]
    ph, pw = patch.shape
    ours = gray[py0 : py0 + ph, px0 : px0 + pw]
    if ours.shape != patch.shape:
        return False
    return float(np.abs(ours.astype(np.int16) - patch.astype(np.int16)).mean()) <= _PATCH_TOLERANCE
