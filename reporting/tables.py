"""Lists as files people open in a spreadsheet: CSV (UTF-8 with a BOM, so Excel reads
accents right) and a minimal Office Open XML workbook (.xlsx), written with the standard
library: one sheet, a bold header, numbers as numbers, dates as ISO text.

Values that a spreadsheet would run as a formula (``=``, ``+``, ``-``, ``@`` first) are
written as text with a leading apostrophe in CSV, and always as inline strings in .xlsx, so
an exported customer name can never become a formula (CSV injection)."""

from __future__ import annotations

import csv
import datetime as dt
import io
import zipfile
from collections.abc import Iterable, Sequence
from decimal import Decimal
from typing import Any
from xml.sax.saxutils import escape

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
OOXML = "http://schemas.openxmlformats.org"
MAIN = f"{OOXML}/spreadsheetml/2006/main"
REL = f"{OOXML}/officeDocument/2006/relationships"
PKG_REL = f"{OOXML}/package/2006/relationships"
SHEET_CT = "application/vnd.openxmlformats-officedocument.spreadsheetml"


def _rels(items: list[tuple[str, str, str]]) -> str:
    body = "".join(
        f'<Relationship Id="{rid}" Type="{REL}/{kind}" Target="{target}"/>'
        for rid, kind, target in items
    )
    return f'{XML}<Relationships xmlns="{PKG_REL}">{body}</Relationships>'


def _content_types() -> str:
    parts = (
        ("/xl/workbook.xml", f"{SHEET_CT}.sheet.main+xml"),
        ("/xl/worksheets/sheet1.xml", f"{SHEET_CT}.worksheet+xml"),
        ("/xl/styles.xml", f"{SHEET_CT}.styles+xml"),
    )
    overrides = "".join(f'<Override PartName="{n}" ContentType="{t}"/>' for n, t in parts)
    rels = "application/vnd.openxmlformats-package.relationships+xml"
    return (
        f'{XML}<Types xmlns="{OOXML}/package/2006/content-types">'
        f'<Default Extension="rels" ContentType="{rels}"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        f"{overrides}</Types>"
    )


def _cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def to_csv(headers: Sequence[str], rows: Iterable[Sequence[Any]]) -> bytes:
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(headers)
    for row in rows:
        out = []
        for value in row:
            text = _cell_text(value)
            if isinstance(value, str) and text.startswith(FORMULA_START):
                text = "'" + text
            out.append(text)
        writer.writerow(out)
    return ("\ufeff" + buf.getvalue()).encode("utf-8")


def _col(index: int) -> str:
    name = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        name = chr(65 + rest) + name
    return name


def _xlsx_cell(ref: str, value: Any, bold: bool = False) -> str:
    style = ' s="1"' if bold else ""
    if isinstance(value, bool) or value is None:
        value = _cell_text(value) if value is not None else ""
    if isinstance(value, int | float | Decimal) and not isinstance(value, bool):
        return f'<c r="{ref}"{style}><v>{value}</v></c>'
    text = escape(_cell_text(value))
    return f'<c r="{ref}" t="inlineStr"{style}><is><t xml:space="preserve">{text}</t></is></c>'


def to_xlsx(
    headers: Sequence[str], rows: Iterable[Sequence[Any]], sheet: str = "orderdesk"
) -> bytes:
    lines = [
        '<row r="1">'
        + "".join(_xlsx_cell(f"{_col(i)}1", h, True) for i, h in enumerate(headers))
        + "</row>"
    ]
    for r, row in enumerate(rows, 2):
        cells = "".join(_xlsx_cell(f"{_col(i)}{r}", v) for i, v in enumerate(row))
        lines.append(f'<row r="{r}">{cells}</row>')
    sheet_xml = (
        f'{XML}<worksheet xmlns="{MAIN}"><sheetData>{"".join(lines)}</sheetData></worksheet>'
    )
    files = {
        "[Content_Types].xml": _content_types(),
        "_rels/.rels": _rels([("rId1", "officeDocument", "xl/workbook.xml")]),
        "xl/workbook.xml": (
            f'{XML}<workbook xmlns="{MAIN}" xmlns:r="{REL}">'
            f'<sheets><sheet name="{escape(sheet[:31])}" sheetId="1" r:id="rId1"/></sheets>'
            "</workbook>"
        ),
        "xl/_rels/workbook.xml.rels": _rels(
            [("rId1", "worksheet", "worksheets/sheet1.xml"), ("rId2", "styles", "styles.xml")]
        ),
        "xl/styles.xml": (
            f'{XML}<styleSheet xmlns="{MAIN}">'
            '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font>'
            '<font><b/><sz val="11"/><name val="Calibri"/></font></fonts>'
            '<fills count="2"><fill><patternFill patternType="none"/></fill>'
            '<fill><patternFill patternType="gray125"/></fill></fills>'
            '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border>'
            "</borders>"
            '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>'
            "</cellStyleXfs>"
            '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
            '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>'
            "</cellXfs>"
            "</styleSheet>"
        ),
        "xl/worksheets/sheet1.xml": sheet_xml,
    }
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, text in files.items():
            info = zipfile.ZipInfo(name, date_time=(2000, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, text)
    return buf.getvalue()
