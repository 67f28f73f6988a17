"""What the readers of a document's unlabelled places are handed: the pages' layouts, where
each page came from, the line items read and what the document is. One value, so that each
reader (a date by its place, a reference in a sentence, a column of the line table) says
what it reads in one parameter, and all of them read the same document."""

from __future__ import annotations

from dataclasses import dataclass

from extraction.layout import PageLayout
from extraction.result import LineItem, Source


@dataclass(frozen=True)
class Reading:
    layouts: list[PageLayout]
    sources: dict[int, Source]  # page number -> where the page came from
    lines: list[LineItem]  # the items read: no header field is looked for inside their rows
    doc_type: str
    language: str
