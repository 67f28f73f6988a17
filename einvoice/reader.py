"""Bytes to ``EDocument``: parse safely, recognise the syntax, hand over to its module."""

from __future__ import annotations

from einvoice import cii, orderx, ubl, zugferd1
from einvoice.detect import detect
from einvoice.model import EDocument
from einvoice.profiles import profile_of
from einvoice.xmlread import Element, parse


def read_root(root: Element) -> EDocument:
    found = detect(root)
    if found.syntax == "ubl":
        doc = ubl.read(root, found.root)
    elif found.syntax == "zugferd1":
        doc = zugferd1.read(root, found.root)
    elif found.syntax == "order-x":
        doc = orderx.read(root, found.root)
    else:
        doc = cii.read(root, found.root)
    doc.profile = profile_of(doc.guideline, doc.syntax)
    return doc


def read_xml(data: bytes) -> tuple[Element, EDocument]:
    """The parsed root and its document; ``ExtractionError`` subclasses for bad input."""
    root = parse(data)
    return root, read_root(root)
