"""Reading XML safely and compactly: a hardened parser, ``{*}`` paths that ignore the
namespace version (CII :100, Order-X :128, ZUGFeRD :12 share element names), and the
value conversions every syntax needs (decimals, dates)."""

from __future__ import annotations

import functools
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from lxml import etree

from einvoice.model import Identifier
from models.errors import CorruptDocumentError, UnsupportedFormatError

Element = Any  # lxml's _Element (lxml ships no type stubs here)


class UnsupportedXmlError(UnsupportedFormatError):
    """Well-formed XML that is not an e-invoice or e-order orderdesk reads."""

    code = "unsupported_xml"


def _parser() -> Any:
    # no DTD, no entity expansion, no network: e-invoices never need them, attacks do
    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)


def parse(data: bytes) -> Element:
    """The root element, or a typed error that says what is wrong with the bytes."""
    try:
        tree = etree.fromstring(data, parser=_parser()).getroottree()
    except etree.XMLSyntaxError as exc:
        raise CorruptDocumentError(f"the XML is not well-formed: {exc}") from exc
    except ValueError as exc:  # e.g. a unicode string with an encoding declaration
        raise CorruptDocumentError(f"the XML cannot be read: {exc}") from exc
    if tree.docinfo.doctype:
        raise UnsupportedXmlError(
            "the XML declares a DOCTYPE; e-invoices and e-orders never do, so it is refused "
            "(entity declarations are a known way to attack XML readers)"
        )
    return tree.getroot()


@functools.cache
def path(spec: str) -> str:
    """``"A/B/C"`` -> ``"{*}A/{*}B/{*}C"`` (any namespace), ``@x`` and ``.`` kept."""
    return "/".join(
        step if step in (".", "..", "*") or step.startswith(("@", "{")) else "{*}" + step
        for step in spec.split("/")
    )


def find(node: Element | None, spec: str) -> Element | None:
    return None if node is None else node.find(path(spec))


def first(node: Element | None, *specs: str) -> Element | None:
    """The first of ``specs`` that is there (never ``a or b``: an lxml element without
    children is falsy)."""
    for spec in specs:
        el = find(node, spec)
        if el is not None:
            return el
    return None


def findall(node: Element | None, spec: str) -> list[Element]:
    return [] if node is None else node.findall(path(spec))


def text(node: Element | None, spec: str = ".") -> str | None:
    """Stripped text of the first match; None when absent or blank."""
    el = node if spec == "." else find(node, spec)
    if el is None or el.text is None:
        return None
    value = " ".join(el.text.split())
    return value or None


def texts(node: Element | None, spec: str) -> list[str]:
    return [t for t in (text(el) for el in findall(node, spec)) if t]


def identifier(el: Element | None) -> Identifier | None:
    """An id element's text with its ``schemeID``, as every syntax writes ids; None when
    absent or blank."""
    value = text(el)
    if el is None or value is None:
        return None
    return Identifier(value=value, scheme=el.get("schemeID"))


def identifiers(node: Element | None, *specs: str) -> list[Identifier]:
    """The ids of every element ``specs`` name, in that order, blank ones left out."""
    return [i for spec in specs for el in findall(node, spec) if (i := identifier(el))]


def in_currency(
    nodes: list[Element], currency: str | None
) -> tuple[Element | None, Element | None]:
    """(the amount in the document currency, the one in another currency) of a repeated
    total such as the tax total (BT-110 and BT-111), both syntaxes writing one per currency."""
    same = [n for n in nodes if currency is None or n.get("currencyID") in (None, currency)]
    other = [n for n in nodes if n not in same]
    return (same[0] if same else None), (other[0] if other else None)


def attr(node: Element | None, spec: str, name: str) -> str | None:
    el = node if spec == "." else find(node, spec)
    if el is None:
        return None
    value = el.get(name)
    return value.strip() if value and value.strip() else None


def dec(value: str | None) -> Decimal | None:
    if value is None:
        return None
    try:
        number = Decimal(value.strip())
    except InvalidOperation:
        return None
    return number if number.is_finite() else None


def number(node: Element | None, spec: str) -> Decimal | None:
    return dec(text(node, spec))


def iso_date(value: str | None) -> date | None:
    """UBL dates: ``2013-04-10``, possibly with a zone (``2013-04-10+01:00``, ``…Z``)."""
    if not value:
        return None
    try:
        return date.fromisoformat(value.strip()[:10])
    except ValueError:
        return None


def cii_date(node: Element | None) -> date | None:
    """A CII ``DateTimeString`` (format 102 ``YYYYMMDD``, 610 ``YYYYMM``, 616 week) or a
    ``DateString``; an ISO date is accepted too, as some senders write one."""
    if node is None:
        return None
    el = node.find("{*}DateTimeString")
    if el is None:
        el = node.find("{*}DateString")
    if el is None:
        el = node
    raw = (el.text or "").strip()
    if not raw:
        return None
    fmt = (el.get("format") or "102").strip()
    try:
        if fmt == "610":
            return datetime.strptime(raw[:6], "%Y%m").date()
        if fmt == "616":
            return datetime.strptime(raw[:6] + "1", "%Y%W%w").date()
        if "-" in raw:
            return date.fromisoformat(raw[:10])
        return datetime.strptime(raw[:8], "%Y%m%d").date()
    except ValueError:
        return None


def local_name(el: Element) -> str:
    return str(etree.QName(el).localname)


def namespace(el: Element) -> str:
    return str(etree.QName(el).namespace or "")
