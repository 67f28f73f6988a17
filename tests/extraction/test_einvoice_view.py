"""The readable view of an e-document without a page: everything a clerk needs, escaped."""

from __future__ import annotations

import pytest

from einvoice.xmlread import UnsupportedXmlError
from extraction.einvoice import render_xml_view
from extraction.pipeline import extract_bytes
from models.settings.extraction import ExtractionSettings
from samples.einvoices import Doc, cii_invoice, ubl_order, zugferd1_invoice


def test_the_view_shows_the_invoice() -> None:
    doc = Doc()
    html = render_xml_view(cii_invoice(doc))
    assert html.lstrip().startswith("<!DOCTYPE html>")
    for text in (
        doc.number,
        doc.seller.name,
        doc.buyer.name,
        doc.seller.vat,
        "SIREN",
        doc.seller.siren,
        "Fourneau à sole 60 cm",
        "1\u202f250.00",  # a unit price, grouped
        "3\u202f494.52",  # the total with VAT
        doc.iban,
        "SEPA credit transfer",
        doc.order_ref,
        "Remise fidélité",
        "Pénalités de retard",
    ):
        assert text in html, text


def test_the_view_names_a_tax_number_as_such() -> None:
    doc = Doc()
    doc.seller.tax_number, doc.seller.vat = "201/113/40209", None
    html = render_xml_view(zugferd1_invoice(doc))
    assert 'tax number</dt><dd class="ev-id">201/113/40209' in html
    assert 'VAT id</dt><dd class="ev-id">201/113/40209' not in html


def test_values_are_escaped_and_the_fragment_embeds() -> None:
    doc = Doc(number="PO-<script>alert(1)</script>")
    fragment = render_xml_view(ubl_order(doc), fragment=True)
    assert "<script>alert" not in fragment and "&lt;script&gt;" in fragment
    assert fragment.lstrip().startswith("<style>") and "<html" not in fragment
    assert "Purchase order" in fragment


def test_the_view_lists_the_findings_it_is_given() -> None:
    doc = Doc()
    doc.seller.siren = "12345678"
    data = cii_invoice(doc)
    result = extract_bytes(data, settings=ExtractionSettings(xml_validation_timeout_seconds=1800))
    html = render_xml_view(data, validation=result.validation)
    assert "BR-FR-10_BT-30" in html and "ev-fatal" in html


def test_xml_of_another_kind_has_no_view() -> None:
    with pytest.raises(UnsupportedXmlError):
        render_xml_view(b"<note xmlns='urn:x'/>")
