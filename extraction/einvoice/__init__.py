"""Extraction's side of e-invoices and e-orders: what the top-level ``einvoice`` package reads
from the XML (bare or inside a PDF) becomes an ``ExtractionResult``.

- ``mapping``: ``EDocument`` -> the contract's fields, lines and references;
- ``document`` (bare XML) and ``embedded`` (XML in a PDF): -> ``ExtractionResult``;
- ``locate``: where on the page an XML value is printed;
- ``view``: a readable HTML page of a document that has no page.

The functions below import their module when called, so that importing the package loads
nothing heavy.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from einvoice.model import Validation
    from extraction.result import ExtractionResult
    from models.settings.extraction import ExtractionSettings


def extract_xml(data: bytes, settings: ExtractionSettings) -> ExtractionResult:
    from extraction.einvoice.document import extract_xml as run

    return run(data, settings)


def apply_embedded_xml(
    data: bytes, result: ExtractionResult, settings: ExtractionSettings | None = None
) -> bool:
    """Lay the e-invoice XML a PDF carries over what its pages say; False if it has none."""
    from extraction.einvoice.embedded import apply_embedded_xml as run

    return run(data, result, settings)


def render_xml_view(
    data: bytes, *, validation: Validation | None = None, fragment: bool = False
) -> str:
    """HTML a clerk (and the archive) can read for an e-invoice or e-order XML."""
    from extraction.einvoice.view import render_xml_view as run

    return run(data, validation=validation, fragment=fragment)


__all__ = ["apply_embedded_xml", "extract_xml", "render_xml_view"]
