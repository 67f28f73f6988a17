"""Extraction settings (owned by ``extraction/``)."""

from typing import Literal

from pydantic import BaseModel, Field

from models.settings.bounds import NonNegative, Positive, PositiveInt


class ExtractionSettings(BaseModel):
    ocr_languages: str = "fra+eng"
    ocr_dpi: int = Field(default=300, ge=72, le=600)
    max_pages: PositiveInt = Field(
        default=500,
        description="Same limit as intake (ingest.max_pages): a 50-page order is one document.",
    )
    max_image_pixels: PositiveInt = Field(
        default=120_000_000, description="Decompression-bomb guard (A3 at 600 dpi fits)."
    )
    use_embedded_xml: bool = True
    validate_xml: bool = Field(
        default=True,
        description="Check e-invoice XML against its schema and the EN 16931 / BR-FR rules.",
    )
    xml_validation_timeout_seconds: Positive = Field(
        default=60.0, description="Longest one schematron run may take before it is cut."
    )
    french_rules: Literal["auto", "always", "never"] = Field(
        default="auto",
        description="BR-FR rules: 'auto' applies them to invoices from a French seller to a "
        "buyer not known to be abroad (the scope of the French e-invoicing mandate).",
    )
    page_cleanup: bool = Field(
        default=True,
        description="Clean each scanned page before OCR, as the page needs it: despeckle, "
        "flatten shading, stretch faded ink, upscale low resolution and fax pages, remove "
        "lines through text, binarise noisy pages.",
    )
    ocr_engine: Literal["tesseract", "rapidocr"] = Field(
        default="tesseract",
        description="The engine that reads whole pages. rapidocr needs the extra "
        "`orderdesk[rapidocr]`; it is slower on CPU (bench/ocr).",
    )
    fax_engine: Literal["auto", "rapidocr", "tesseract"] = Field(
        default="auto",
        description="The engine that reads fax pages (1-bit, under 250 dpi) whole, when "
        "ocr_engine is tesseract. auto: RapidOCR when installed (extra "
        "`orderdesk[rapidocr]`), else tesseract (bench/ocr --scans).",
    )
    second_engine: Literal["auto", "rapidocr", "none"] = Field(
        default="auto",
        description="The engine that re-reads what tesseract read unsure, and votes with it, "
        "and reads the text tesseract skipped (a ruled grid, a shaded header). "
        "auto: RapidOCR when installed (extra `orderdesk[rapidocr]`), else none.",
    )
    second_engine_budget: NonNegative = Field(
        default=1.0,
        description="Most work per page the second engine may spend re-reading, and as much "
        "again reading what tesseract skipped, on pages that have such text; in nominal CPU "
        "seconds (tesseract's own page time is about 1 s at 300 dpi), counted from the "
        "pixels to read, never timed, so a page reads the same on any machine.",
    )
