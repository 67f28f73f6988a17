"""How far to trust a line read by structure. A row whose quantity x price is its amount
has its numbers confirmed by the page itself; its text is not, and a row read by OCR or
with no header above it is less sure still."""

from __future__ import annotations

from extraction.candidates.model import UNCONFIRMED_CAP


def line_confidence(
    *,
    source: str,
    ocr_conf: float,
    header: bool,
    labelled: bool,
    arithmetic: bool | None,
    conflicts: int,
    wrapped: int,
    has_description: bool,
) -> float:
    if arithmetic is False:
        conf = 0.4
    elif arithmetic is True:
        conf = 0.95 if header else 0.85 if labelled else 0.8
    else:
        conf = 0.8 if header else 0.6
    if conflicts:
        conf = min(conf, 0.8)
    if not has_description:
        conf = min(conf, 0.7)
    if wrapped > 1:
        conf = min(conf, UNCONFIRMED_CAP)
    if source == "ocr":
        conf = min(conf, 0.5 + 0.4 * ocr_conf, 0.88)
    return round(conf, 3)
