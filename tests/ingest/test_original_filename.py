"""A download of an original is called by the name it came with, made safe, with an
extension the person's computer can open it by."""

from __future__ import annotations

from ingest.origins import original_filename
from models.documents import Document


def test_the_name_it_came_with_made_safe_and_given_an_extension() -> None:
    assert original_filename(Document(id=7, original_name="../PO 12.pdf")) == "PO 12.pdf"
    named = Document(id=7, original_name="scan", media_type="application/pdf")
    assert original_filename(named) == "scan.pdf"
    nameless = Document(id=7, original_name=None, media_type="image/png; q=1")
    assert original_filename(nameless) == "document-7.png"
    assert original_filename(Document(id=8, original_name="note", media_type=None)) == "note"
