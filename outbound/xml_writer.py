"""One small lxml element writer for the XML messages orderdesk builds (CDAR lifecycle
statuses, UBL order responses), so each builder reads as the nested tree it writes."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from lxml import etree


class ElementWriter:
    """``w("ram:ID", "42", schemeID="0002")``: an element of the prefix's namespace (no
    prefix: the default one, ``None`` in ``nsmap``). A ``None`` child or attribute is left
    out, so optional parts can be written inline; a string child is the element's text."""

    def __init__(self, nsmap: Mapping[str | None, str]) -> None:
        self.nsmap = dict(nsmap)

    def __call__(self, tag: str, *children: Any, **attrs: str | None) -> Any:
        prefix, _, local = tag.rpartition(":")
        el = etree.Element(f"{{{self.nsmap[prefix or None]}}}{local}", nsmap=self.nsmap)
        for key, value in attrs.items():
            if value is not None:
                el.set(key, value)
        for child in children:
            if child is None:
                continue
            if isinstance(child, str):
                el.text = child
            else:
                el.append(child)
        return el
