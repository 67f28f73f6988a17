"""Extraction settings (owned by ``extraction/``)."""

from pydantic import BaseModel, Field


class ExtractionSettings(BaseModel):
    ocr_languages: str = "fra+eng"
    ocr_dpi: int = Field(default=300, ge=72, le=600)
    max_pages: int = Field(
        default=500,
        gt=0,
        description="Same limit as intake (ingest.max_pages): a 50-page order is one document.",
    )
    max_image_pixels: int = Field(
        default=120_000_000, gt=0, description="Decompression-bomb guard (A3 at 600 dpi fits)."
    )
    use_embedded_xml: bool = True
