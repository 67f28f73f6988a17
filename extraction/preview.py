"""Page images for people: the review screen's page and the quarantine's preview.

Rendered from the file's own bytes (pdfium for a PDF, Pillow for an image) by
``extraction.pipeline.render_png``; the review screen's pages are kept by content (the
original's sha256 and the page number) in a cache folder, so a page is rendered once.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path

from extraction.pipeline import render_png


def page_png(data: bytes, number: int) -> bytes:
    """Page ``number`` (from 1) of a PDF or image, as PNG; ``ExtractionError`` when the file
    has no such page or cannot be read."""
    return render_png(data, number)


def cached_page_png(
    cache_dir: Path, sha256: str, number: int, original: Callable[[], bytes]
) -> bytes:
    """Page ``number`` of the file whose content is ``sha256``, from ``cache_dir`` or else
    rendered from ``original()`` and kept there. What ``original`` raises goes through, so
    does the ``ExtractionError`` of a page that does not render; nothing is cached then."""
    cache = cache_dir / f"{sha256}-{number}.png"
    if not cache.exists():
        png = page_png(original(), number)
        cache.parent.mkdir(parents=True, exist_ok=True)
        tmp_path = cache.with_suffix(f".{hashlib.sha256(png).hexdigest()[:8]}.tmp")
        tmp_path.write_bytes(png)
        tmp_path.replace(cache)
    return cache.read_bytes()
