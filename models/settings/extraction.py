"""Extraction settings (owned by ``extraction/``)."""

from typing import Literal

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
    validate_xml: bool = Field(
        default=True,
        description="Check e-invoice XML against its schema and the EN 16931 / BR-FR rules.",
    )
    xml_validation_timeout_seconds: float = Field(
        default=60.0, gt=0, description="Longest one schematron run may take before it is cut."
    )
    french_rules: Literal["auto", "always", "never"] = Field(
        default="auto",
        description="BR-FR rules: 'auto' applies them to invoices from a French seller to a "
        "buyer not known to be abroad (the scope of the French e-invoicing mandate).",
    )
