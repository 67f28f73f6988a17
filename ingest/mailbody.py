"""An order written in a mail body, rendered as a PDF so it goes through extraction like any
attachment (the text layer is exact, so no OCR is needed)."""

from __future__ import annotations

import html
import io
import re
import textwrap
from functools import lru_cache
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

_FONTS = (
    Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
    Path("/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf"),
)
_TAGS = re.compile(r"<(script|style)\b.*?</\1>|<[^>]+>", re.IGNORECASE | re.DOTALL)
_BREAKS = re.compile(r"<\s*(br|/p|/div|/tr|/li|/h\d)\s*/?>", re.IGNORECASE)


@lru_cache(maxsize=1)
def _font() -> str:
    """A Unicode TrueType font when the system has one (accents, €), else Helvetica."""
    for path in _FONTS:
        if path.is_file():
            pdfmetrics.registerFont(TTFont("OrderdeskBody", str(path)))
            return "OrderdeskBody"
    return "Helvetica"


def html_to_text(markup: str) -> str:
    text = _BREAKS.sub("\n", markup)
    text = _TAGS.sub("", text)
    return html.unescape(text)


def render_text_pdf(header: list[str], body: str) -> bytes:
    """A4 pages of the message's header lines then its body, wrapped at 95 characters."""
    font = _font()
    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=A4, pageCompression=0)
    pdf.setTitle(header[0] if header else "mail body")
    _width, height = A4
    margin, leading = 50.0, 13.0
    lines: list[str] = []
    for raw in [*header, "", *body.replace("\r\n", "\n").split("\n")]:
        lines.extend(textwrap.wrap(raw.expandtabs(4), 95, replace_whitespace=False) or [""])
    y = height - margin
    pdf.setFont(font, 10)
    for line in lines:
        if y < margin:
            pdf.showPage()
            pdf.setFont(font, 10)
            y = height - margin
        pdf.drawString(margin, y, line)
        y -= leading
    pdf.save()
    return out.getvalue()
