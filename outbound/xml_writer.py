"""One small lxml element writer for the XML messages orderdesk builds (CDAR lifecycle
statuses, UBL order responses), so each builder reads as the nested tree it writes."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from lxml import etree


class ElementWriter:
    """``w("ram:ID", "42", schemeID="0002")``: an element of the prefix's namespace (no
    prefix: the default one, ``None`` in ``nsmap``). A ``None`` child or attribute is left
    out, so optional parts can be written inline; a string (or number) child is the
    element's text, a list child stands for its items. With ``declare`` off, elements do not
    declare ``nsmap`` themselves: the root the caller builds does."""

    def __init__(self, nsmap: Mapping[str | None, str], declare: bool = True) -> None:
        self.nsmap = dict(nsmap)
        self.declare = declare

    def __call__(self, tag: str, *children: Any, **attrs: str | None) -> Any:
        prefix, _, local = tag.rpartition(":")
        name = f"{{{self.nsmap[prefix or None]}}}{local}"
        el = etree.Element(name, nsmap=self.nsmap) if self.declare else etree.Element(name)
        for key, value in attrs.items():
            if value is not None:
                el.set(key, value)
        for child in children:
            if child is None:
                continue
            if isinstance(child, list):
                el.extend(c for c in child if c is not None)
            elif isinstance(child, str | Decimal | int):
                el.text = str(child)
            else:
                el.append(child)
        return el


def amount_text(value: Decimal) -> str:
    """An amount as the XML messages write it: two decimals, rounded half up, no grouping."""
    return format(value.quantize(Decimal("0.01"), ROUND_HALF_UP), "f")
