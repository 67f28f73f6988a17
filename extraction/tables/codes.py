"""Each line's VAT rate from a VAT code printed on its row and the legend that maps the
codes to rates ("A = 20 %, B = 5,5 %", "Codes TVA : 1 = 20 % 2 = 10 %", "(A) VAT 20%",
"T1 = 20 %"), as accounting software prints them instead of the rate.

Structure, not wording: the codes are one short token per line, all in one column (their
right edges aligned within a few points), every code the lines print is in the legend,
and the legend names a tax (or its row prints nothing but code-rate pairs). A code read
into the unit cell is no unit. Nothing else about the line changes, and its confidence is
left as it is.
"""

from __future__ import annotations

import re
from decimal import Decimal
from statistics import median

from extraction.layout import PageLayout
from extraction.parse.amounts import number_str
from extraction.parse.rates import TAX_WORD
from extraction.parse.text import fold
from extraction.result import LineItem, Word

# "A = 20 %", "B: 5,5%", "1 = 10 %", "T1 = 20 %", "(A) VAT 20%", "C: VAT at 5%", "(2) TVA
# 10 %": a code of one letter or digit (a letter and a digit), set off by a sign or
# brackets, maybe the tax's name, then a rate
_TAX_NAME = r"(?i:tva|vat|tax|taxe|gst|mwst|iva|ust)"
_PAIR = re.compile(
    r"(?<![\w.,])(?:\(([A-Z]\d?|\d)\)|([A-Z]\d?|\d)\s?[=:])\s?"
    rf"(?:{_TAX_NAME}\.?\s?(?:(?i:at|à|a|de)\s)?)?"
    r"(\d{1,2}(?:[.,]\d{1,3})?)\s?%"
)
_ALIGN = 6.0  # points the right edges of one column's codes may differ by


# words a legend that names no tax may print beside its pairs ("Code A : 20 %")
_LEGEND_WORDS = frozenset({"code", "codes", "cat", "categorie", "categories", "category", "taux"})


def _only_pairs(text: str) -> bool:
    """Does ``text`` print nothing but code-rate pairs (and words that name codes)?"""
    rest = re.findall(r"\w+", fold(_PAIR.sub(" ", text)))
    return all(w in _LEGEND_WORDS for w in rest)


def legend(layouts: list[PageLayout]) -> dict[str, Decimal]:
    """code -> rate, from rows that map codes to rates and name a tax, or print nothing but
    such pairs ("1 = 20 %   2 = 5,5 %" under the table); empty when none do or when one
    code is given two rates."""
    found: dict[str, Decimal] = {}
    for layout in layouts:
        for row in layout.rows:
            text = row.text
            pairs = [(a or b, rate) for a, b, rate in _PAIR.findall(text)]
            if not pairs:
                continue
            if not TAX_WORD.search(fold(text)) and not _only_pairs(text):
                continue
            for code, rate_text in pairs:
                rate = Decimal(rate_text.replace(",", "."))
                if rate > 30 or found.get(code, rate) != rate:
                    return {}
                found[code] = rate
    return found


def _code_words(line: LineItem, layout: PageLayout, codes: dict[str, Decimal]) -> list[Word]:
    """Words of the line's first printed row that are a code of the legend."""
    if line.bbox is None:
        return []
    _x0, top, _x1, bottom = line.bbox
    for row in layout.rows:
        mid = (row.top + row.bottom) / 2
        if top - 1 <= mid <= bottom + 1:
            # never the row's first word: a line number is no code
            hits = [w for w in row.words[1:] if w.text in codes]
            if hits:
                return hits
    return []


def _one_column(hits: dict[int, list[Word]]) -> dict[int, Word] | None:
    """The code word of each line, where exactly one column holds one code on every line:
    digit codes ("1 = 20 %") are also quantities and line numbers, so a line may print
    several words that are codes, but only the VAT code column has one on each line."""
    columns: list[dict[int, Word]] = []
    for edge in sorted({w.bbox[2] for ws in hits.values() for w in ws}):
        pick = {i: [w for w in ws if abs(w.bbox[2] - edge) <= _ALIGN] for i, ws in hits.items()}
        if any(len(ws) != 1 for ws in pick.values()):
            continue
        column = {i: ws[0] for i, ws in pick.items()}
        right = median(w.bbox[2] for w in column.values())
        if any(abs(w.bbox[2] - right) > _ALIGN for w in column.values()):
            continue
        if not any(c == column for c in columns):
            columns.append(column)
    return columns[0] if len(columns) == 1 else None


def rates_from_codes(
    lines: list[LineItem], layouts: list[PageLayout], codes: dict[str, Decimal] | None = None
) -> list[LineItem]:
    """``lines`` with the rate of the code each prints, when every line without a rate
    prints exactly one code of the legend (``codes``, or the legend the page prints) and
    those codes stand in one column."""
    todo = [i for i, li in enumerate(lines) if li.tax_rate is None]
    if len(todo) < 2 or len(todo) != len(lines):
        return lines
    codes = legend(layouts) if codes is None else codes
    if not codes:
        return lines
    by_page = {layout.page: layout for layout in layouts}
    hits: dict[int, list[Word]] = {}
    for i in todo:
        layout = by_page.get(lines[i].page or 0)
        hits[i] = _code_words(lines[i], layout, codes) if layout is not None else []
        if not hits[i]:
            return lines
    found = _one_column(hits)
    if found is None:
        return lines
    out = list(lines)
    for i, w in found.items():
        li = out[i]
        update: dict[str, str | None] = {"tax_rate": number_str(codes[w.text])}
        if li.unit == w.text:
            update["unit"] = None
        # a code column read as the description's last word: the code, not the text
        desc = li.description or ""
        if desc.endswith(" " + w.text):
            update["description"] = desc[: -len(w.text)].rstrip()
        out[i] = li.model_copy(update=update)
    return out
