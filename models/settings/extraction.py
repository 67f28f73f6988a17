"""Extraction settings (owned by ``extraction/``)."""

from pydantic import BaseModel, Field


class ExtractionSettings(BaseModel):
    ocr_languages: str = "fra+eng"
    ocr_dpi: int = Field(default=300, ge=72, le=600)
    max_pages: int = Field(
        default=40, gt=0, description="Longer files are batches to split, not one document."
    )
    max_image_pixels: int = Field(
        default=120_000_000, gt=0, description="Decompression-bomb guard (A3 at 600 dpi fits)."
    )
    use_embedded_xml: bool = True
