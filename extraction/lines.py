"""Line items by word position: find the header row, give each column a role from its
label (any order, French or English), then read the rows below it.

The same code reads text-layer and OCR pages, ruled or not: pdfplumber's table finder
needs ruling lines that many order forms do not draw, while word positions are always
there. Rows without numbers continue the previous description; subtotal, discount and
total rows end the table; a page without a header continues the previous page's table.
"""

from __future__ import annotations

import functools
import itertools
import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from extraction import repairs
from extraction.candidates.model import UNCONFIRMED_CAP
from extraction.geometry import boxes_overlap
from extraction.labels import match_label
from extraction.layout import PageLayout, Row, build_layout
from extraction.parse.amounts import (
    CURRENCY_CODES,
    CURRENCY_MARK,
    money_str,
    number_str,
    parse_amount,
)
from extraction.parse.rates import RATE_PERCENT_SPACED
from extraction.parse.text import fold, one_edit
from extraction.result import CENT, BBox, ExtractionResult, LineItem, Word

# page, regions (points), for each whether it holds only numbers, and the bands of rows
# (top, bottom in points) worth reading in them -> the words read
RegionReader = Callable[[int, list[BBox], list[bool], list[tuple[float, float]]], list[Word]]

ROLE_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    (role, re.compile(r"^(?:" + p + r")$"))
    for role, p in [
        (
            "sku",
            r"ref\.?|reference|code article|code|article no\.?|art\.? ?no\.?|sku|item code|item no\.?|item #|part no\.?|part number|product code|ref\. article",  # noqa: E501
        ),
        (
            "description",
            r"designation|description|libelle|item|product|produit|article|items?|details",
        ),
        (
            "quantity",
            r"qte|qte\.|quantite|qty|qty\.|quantity|qte cdee|qte commandee|qte livree|qty ordered|qty shipped|qty delivered|nombre|nb|quant\.",  # noqa: E501
        ),
        ("unit", r"unite|u\.|u|udm|unit|uom|u/m|um"),
        (
            "unit_price",
            r"p\.? ?u\.? ?(?:ht)?|prix unit\.? ht|prix unit\.|prix unitaire|prix unitaire ht|prix ht|prix|unit price|price|unit cost|price/unit|rate",  # noqa: E501
        ),
        (
            "tax_rate",
            r"tva|tva ?%|% ?tva|taux tva|taux|vat|vat ?%|vat rate|tax|tax ?%|tax rate|taxes|taxe",
        ),
        (
            "line_total",
            r"montant|montant ht|total ht|total|amount|line total|net amount|total price|total net|net",  # noqa: E501
        ),
        # a bar code's column (EAN, GTIN): the line's code when the table has no other,
        # a column of its own beside the supplier's article code (``header_columns``)
        ("bar_code", r"(?:code )?ean|ean code|gtin|code[- ]barres?|bar ?code|upc"),
        # a VAT category's column ("Cat. TVA", "Tax code": a letter a legend maps to a
        # rate): a column of its own, not text after the description
        (
            "other",
            r"(?:cat\.?|categ(?:orie|ory)|code|cd\.?) ?(?:tva|vat|tax)"
            r"|(?:tva|vat|tax) ?(?:cat\.?|categ(?:orie|ory)|code|cd\.?)",
        ),
        # a discount's column ("Rem. %"): a label of its own, not the rest of the unit
        # price's label set a word space after it (this reader keeps no discount)
        (
            "other",
            r"rem\.?|remise|remise ?%|rem\.? ?%|% ?rem\.?|disc\.?|disc\.? ?%|% ?disc\.?"
            r"|discount|discount ?%|rabais|escompte",
        ),
    ]
]
NUMERIC_ROLES = ("quantity", "unit_price", "tax_rate", "line_total", "gross")
TOTAL_FIELDS = {"total_net", "total_gross", "total_tax", "subtotal", "discount", "payment_terms"}
_CARRIED = re.compile(r"\b(report|a reporter|reporte|carried forward|brought forward|sous-total)\b")


@dataclass
class Column:
    role: str
    x0: float
    x1: float


@dataclass
class Table:
    columns: list[Column]
    bounds: list[tuple[float, float]]


# single-word column labels, for OCR misreads one letter off ("Quantitv", "Cade")
_LABEL_WORDS = {
    "reference": "sku",
    "code": "sku",
    "designation": "description",
    "description": "description",
    "libelle": "description",
    "product": "description",
    "produit": "description",
    "article": "description",
    "quantite": "quantity",
    "quantity": "quantity",
    "unite": "unit",
    "unit": "unit",
    "price": "unit_price",
    "prix": "unit_price",
    "montant": "line_total",
    "amount": "line_total",
    "total": "line_total",
}


_LABEL_PHRASES = {
    "item code": "sku",
    "code article": "sku",
    "product code": "sku",
    "unit price": "unit_price",
    "unit cost": "unit_price",
    "prix unitaire": "unit_price",
    "line total": "line_total",
    "net amount": "line_total",
    "montant ht": "line_total",
    "total ht": "line_total",
    "taux tva": "tax_rate",
    "vat rate": "tax_rate",
}


# the capital Q of a short label in a small header font, as tesseract may read it
# ("Qte" as "ate", "Qty" as "0ty"): too short for the one-letter-off rule
_MISREAD_Q = frozenset("ao0g")


def _close_words(a: str, b: str) -> bool:
    return a == b or (len(b) >= 4 and one_edit(a, b))


@functools.lru_cache(maxsize=8192)  # every row of every page is tried as a header
def _role_of(phrase: str, fuzzy: bool = False) -> str | None:
    for role, pattern in ROLE_PATTERNS:
        if pattern.match(phrase):
            return role
    if not fuzzy:
        return None
    words = phrase.split()
    if len(words) == 1 and phrase[:1] in _MISREAD_Q and _role_of("q" + phrase[1:]) == "quantity":
        return "quantity"
    if len(words) == 1 and len(phrase) >= 4:
        roles = {r for w, r in _LABEL_WORDS.items() if one_edit(phrase, w)}
    else:
        roles = {
            r
            for p, r in _LABEL_PHRASES.items()
            if len(p.split()) == len(words)
            and all(_close_words(a, b) for a, b in zip(words, p.split(), strict=True))
        }
    return roles.pop() if len(roles) == 1 else None


# words of one label sit closer than this (points); "Qté" and the next label may too, but
# only a word that names no column is taken as the rest of the label before it
LABEL_WORD_GAP = 10.0


_NET_LABEL = re.compile(r"\b(?:ht|hors taxes?|net|excl\.?)\b")


def _net_and_gross(cols: list[Column], phrases: list[str]) -> list[Column]:
    """Two amount columns, one labelled net ("Montant HT") and the other not ("Total TTC",
    "Total" over "TTC"): the net one is the line's amount, the other its amount with VAT,
    read as a column of its own ("gross") so that its numbers fall in no other cell."""
    totals = [k for k, c in enumerate(cols) if c.role == "line_total"]
    if len(totals) != 2 or len(phrases) != len(cols):
        return cols
    if not any(c.role in ("description", "quantity") for c in cols):
        return cols  # "Total HT | TVA | Total TTC" over the totals: no line table

    net = [k for k in totals if _NET_LABEL.search(phrases[k])]
    if len(net) != 1:
        return cols
    (gross,) = [k for k in totals if k != net[0]]
    return [Column("gross", c.x0, c.x1) if k == gross else c for k, c in enumerate(cols)]


def header_columns(row: Row) -> list[Column] | None:
    """Columns if ``row`` is a table header (three or more roles, one of them numeric)."""
    words = row.words
    folded = [fold(w.text).strip(".,:;'‘’()|[]_~—-") or fold(w.text) for w in words]
    fuzzy = any(w.source == "ocr" for w in words)  # OCR'd: allow one-letter misreads
    cols: list[Column] = []
    phrases: list[str] = []  # the label of each column, folded
    unknown = 0
    stray = words[0] if words else None
    i = label_end = 0
    while i < len(words):
        for n in (4, 3, 2, 1):
            if i + n > len(words):
                continue
            # a phrase must not jump a column gap
            if n > 1 and any(
                words[k + 1].bbox[0] - words[k].bbox[2] > 14 for k in range(i, i + n - 1)
            ):
                continue
            role = _role_of(" ".join(folded[i : i + n]), fuzzy and n <= 2)
            if role:
                cols.append(Column(role, words[i].bbox[0], words[i + n - 1].bbox[2]))
                phrases.append(" ".join(folded[i : i + n]))
                i += n
                label_end = i
                break
        else:
            if (
                cols
                and label_end == i
                and cols[-1].role == "description"
                and words[i].bbox[0] - words[i - 1].bbox[2] <= LABEL_WORD_GAP
            ):
                # the rest of a description's label ("Désignation des fournitures /
                # prestations"): text columns start under the label's start
                i += 1
                label_end = i
                continue
            if (
                cols
                and label_end == i
                and cols[-1].role in NUMERIC_ROLES
                and words[i].bbox[0] - words[i - 1].bbox[2] <= LABEL_WORD_GAP
            ):
                # the rest of a number column's label ("Prix unit. HT" with "unit." misread,
                # "Total (€)"): its values end under the label's end, not under "Prix"
                last = cols[-1]
                cols[-1] = Column(last.role, last.x0, words[i].bbox[2])
                i += 1
                label_end = i
                continue
            # the label's words: one, or a few set close that name no column ("Compte /",
            # its second line "Fonction" under it)
            end = i
            while (
                end + 1 < len(words)
                and end - i < 2
                and words[end + 1].bbox[0] - words[end].bbox[2] <= 6
                and _role_of(folded[end + 1]) is None
            ):
                end += 1
            if (
                not fuzzy
                and cols
                and (
                    (cols[-1].role in ("description", "sku", *NUMERIC_ROLES) and len(folded[i]) > 3)
                    or _names_other(" ".join(folded[i : end + 1]))
                )
                and not any(ch.isdigit() for ch in folded[i])  # an amount is no label
                and words[i].bbox[0] - words[i - 1].bbox[2] > LABEL_WORD_GAP
                and (end + 1 == len(words) or words[end + 1].bbox[0] - words[end].bbox[2] > 6)
            ):
                # a label of its own that names no known column, right of the text
                # ("Imputation") or of a number ("Reliquat" after "Qté livrée"): its
                # values must not run into the description or the next cell. A second
                # count after the first ("Qty Ordered  Delivered") leaves the table to the
                # structure reader, which knows which count the document means
                after_number = cols[-1].role in NUMERIC_ROLES
                if after_number and _another_count(" ".join(folded[i : end + 1])):
                    return None
                cols.append(Column("other", words[i].bbox[0], words[end].bbox[2]))
                phrases.append(" ".join(folded[i : end + 1]))
                i = end + 1
                label_end = i
                continue
            # OCR noise and stray marks are tolerated, a real sentence is not a header
            if len(folded[i]) > 2:
                unknown += 1
                if unknown > 1:
                    return None
                stray = words[i]
            i += 1
    # a bar code is the line's code unless an article code stands beside it
    bar = "other" if any(c.role == "sku" for c in cols) else "sku"
    cols = [Column(bar, c.x0, c.x1) if c.role == "bar_code" else c for c in cols]
    cols = _net_and_gross(cols, phrases)
    roles = [c.role for c in cols]
    named = [r for r in roles if r != "other"]  # several labels may name no known column
    if len(set(named)) != len(named):
        return None
    if fuzzy and stray and unknown == 1 and "description" not in roles and len(cols) >= 3:
        # every order line has a description: an unreadable header word names it
        cols.append(Column("description", stray.bbox[0], stray.bbox[2]))
        cols.sort(key=lambda c: c.x0)
        roles = [c.role for c in cols]
    # a two-column list (description and quantity: a delivery note) is a table only when
    # the row holds nothing but those two labels
    if len(cols) < 3 and not (sorted(roles) == ["description", "quantity"] and unknown == 0):
        return None
    if not any(r in roles for r in ("quantity", "line_total")):
        return None
    return cols


def _names_other(label: str) -> bool:
    """Does a short label name a column of no line field ("Wt kg", "UV" is a unit's)? Its
    values are a cell of their own, not the rest of the cell before them."""
    from extraction.tables.vocabulary import label_role

    return label_role(label) == "other"


def _another_count(label: str) -> bool:
    """Does a label this reader does not know name a quantity ("Commandé", "Delivered")?"""
    from extraction.tables.vocabulary import label_role

    return label_role(label) in ("quantity", "shipped", "ordered")


def _table(cols: list[Column], width: float) -> Table:
    """Column bounds from header positions: text columns are left-aligned (their values
    start under the header), numeric ones right-aligned (values end under the header)."""
    cols = sorted(cols, key=lambda c: c.x0)
    # an OCR box can run over the next labels ("Quantity" read 49-140 over "UoM Item"):
    # a label ends where the next one starts
    cols = [
        Column(c.role, c.x0, min(c.x1, nxt.x0 - 1)) if nxt.x0 > c.x0 else c
        for c, nxt in itertools.pairwise([*cols, Column("", math.inf, math.inf)])
    ]
    cuts: list[float] = []
    for cur, nxt in itertools.pairwise(cols):
        gap = max(0.0, nxt.x0 - cur.x1)
        cur_num, nxt_num = cur.role in NUMERIC_ROLES, nxt.role in NUMERIC_ROLES
        if not nxt_num:
            cut = nxt.x0 - min(3.0, gap / 2) if not cur_num else cur.x1 + 0.4 * gap
        elif cur_num:
            cut = cur.x1 + 0.3 * gap
        else:
            cut = nxt.x0 - min(12.0, 0.4 * gap)
        cuts.append(cut)
    bounds = []
    for i in range(len(cols)):
        left = 0.0 if i == 0 else cuts[i - 1]
        right = width + 1 if i == len(cols) - 1 else cuts[i]
        bounds.append((left, right))
    return Table(cols, bounds)


def _split_point(text: str, estimate: float) -> int | None:
    """Where a word glued across a column boundary splits: a lower-to-upper case or a
    letter/digit change near the estimated character position ("rouleauTube")."""
    best: int | None = None
    for i in range(1, len(text)):
        a, b = text[i - 1], text[i]
        change = (a.islower() and b.isupper()) or (
            a.isalpha() != b.isalpha() and a.isalnum() and not _one_code(text, i)
        )
        if (
            change
            and abs(i - estimate) <= 2.5
            and (best is None or abs(i - estimate) < abs(best - estimate))
        ):
            best = i
    return best


_CODE = re.compile(r"^[A-Z]{2,5}[-./]?\d{2,}[A-Z]?$")


def _one_code(text: str, at: int) -> bool:
    """Is ``text`` one article code ("PAP334B", "TUY-9801") that a letter/digit change at
    ``at`` would cut in two? Capitals then digits make one code; a description does not end in a
    fragment of capitals glued to a number."""
    return _CODE.match(text) is not None and text[:at].isupper()


def split_glued(table: Table, words: list[Word]) -> list[Word]:
    """Cut words that run across a column boundary where the text itself changes shape.

    A cell that overflows its column (a long unit printed into the description column)
    reaches the next cell with no space, and the PDF text layer then holds one word for
    two cells. Character widths are taken as even, which is close enough to find a case
    change within a couple of characters of the boundary.
    """
    cuts = [right for _left, right in table.bounds[:-1]]
    out: list[Word] = []
    for w in words:
        x0, y0, x1, y1 = w.bbox
        cut = next((c for c in cuts if x0 < c - 2 and x1 > c + 2), None)
        if cut is None or len(w.text) < 2:
            out.append(w)
            continue
        per_char = (x1 - x0) / len(w.text)
        at = _split_point(w.text, (cut - x0) / per_char)
        if at is None:
            out.append(w)
            continue
        mid = round(x0 + at * per_char, 2)
        out.append(
            Word(text=w.text[:at], bbox=(x0, y0, mid, y1), confidence=w.confidence, source=w.source)
        )
        out.append(
            Word(text=w.text[at:], bbox=(mid, y0, x1, y1), confidence=w.confidence, source=w.source)
        )
    return out


_SIGN = frozenset("%€$£")
_CURRENCY_SIGNS = frozenset("€$£")


def _cells(table: Table, words: list[Word]) -> dict[str, list[Word]]:
    cells: dict[str, list[Word]] = {}
    role_of: dict[int, str] = {}
    for w in sorted(words, key=lambda w: w.bbox[0]):
        role = _sign_owner(w, words, role_of)
        if role is None and (
            w.text in _CURRENCY_SIGNS or (w.text in CURRENCY_CODES and _before_amount(w, words))
        ):
            # a currency sign printed before its amount (a spreadsheet's accounting format
            # sets it at the cell's left edge): it belongs to no text cell
            continue
        if role is None:
            centre = (w.bbox[0] + w.bbox[2]) / 2
            role = next(
                (
                    col.role
                    for col, (left, right) in zip(table.columns, table.bounds, strict=True)
                    if left <= centre < right
                ),
                None,
            )
        if role is not None:
            role_of[id(w)] = role
            cells.setdefault(role, []).append(w)
    return cells


def _before_amount(w: Word, words: list[Word]) -> bool:
    """Is a currency code printed right before a number on its line ("EUR 1 435,63")? It
    is the amount's, not the text of the cell before it ("forfait")."""
    height = max(1.0, w.bbox[3] - w.bbox[1])
    after = [
        x for x in words if x.bbox[0] > w.bbox[2] and abs(x.bbox[1] - w.bbox[1]) < 0.5 * height
    ]
    if not after:
        return False
    nxt = min(after, key=lambda x: x.bbox[0])
    return nxt.bbox[0] - w.bbox[2] <= height and bool(re.match(r"^-?\d", nxt.text))


def _sign_owner(w: Word, words: list[Word], role_of: dict[int, str]) -> str | None:
    """The cell of the number a lone "%" or "€" is printed after: OCR often splits "20 %"
    into two words, and the sign can fall past the column boundary into the description."""
    if w.text not in _SIGN:
        return None
    height = w.bbox[3] - w.bbox[1]
    left = [
        o
        for o in words
        if o.bbox[0] < w.bbox[0]
        and o.bbox[2] <= w.bbox[2]
        and w.bbox[0] - o.bbox[2] <= max(8.0, 1.5 * height)
        and o.text[-1:].isdigit()
        and id(o) in role_of
    ]
    if not left:
        return None
    role = role_of[id(max(left, key=lambda o: o.bbox[2]))]
    if w.text in _CURRENCY_SIGNS and role not in NUMERIC_ROLES:
        return None  # "4000 K €": the sign is the next amount's, not the description's
    return role


def _straddles(table: Table, words: list[Word]) -> bool:
    """Does a word run across a column boundary? Then its cell is a guess."""
    cuts = [right for _left, right in table.bounds[:-1]]
    return any(w.bbox[0] < cut - 2 and w.bbox[2] > cut + 2 for w in words for cut in cuts)


def _text(ws: list[Word] | None) -> str:
    return " ".join(w.text for w in ws) if ws else ""


def _is_stop(row: Row) -> bool:
    for i, seg in enumerate(row.segments):
        hit = match_label(seg.folded)
        if hit and hit.field in TOTAL_FIELDS:
            if i > 0 and hit.field == "total_tax" and rate_in_words(seg.text) is not None:
                continue  # "TVA 20%" inside an item row is its tax cell, not a totals line
            return True
    return False


@dataclass
class _Item:
    cells: dict[str, str]
    words: list[Word]
    page: int
    bottom: float
    doubtful: bool = False
    quantity_inferred: bool = False
    # the words of each cell, by role (an OCR'd number's other readings are on its words)
    cell_words: dict[str, list[Word]] = field(default_factory=dict)


_SPECK_DOT = re.compile(r"(?<=[^\W\d_])\.(?=\w)|(?<=\d)\.(?=[^\W\d_])")
_SQUARED = re.compile(r"(?<=\b[mckd]m)\?|(?<=\bm)\?(?=\s|$)")


def clean_ocr_text(text: str) -> str:
    """Undo what scanner specks and superscripts do to OCR'd cell text: a dust dot read
    between two words ("for.compressor", "10.L"), "mm?" for "mm²", a trailing ":" or "_"."""
    text = _SPECK_DOT.sub(" ", text)
    # a "." or ":" after a word is kept: pages are cleaned before OCR, and the ones read
    # there are printed ("Serial no. SN5075", "Colour: black", "long. 4 m")
    text = _SQUARED.sub("²", text)
    # a dimension's letter x read as the times sign ("63×75", RapidOCR on a fax): product
    # texts are typed, with the letter
    text = re.sub(r"(?<=\d)×(?=\d)", "x", text)
    # the narrow space between a number and its unit is often lost: "10L", "4m"
    text = re.sub(r"\s+", " ", text).strip(" _:;,'`|~-")
    return re.sub(r"\b(\d+(?:[.,]\d+)?)(mm|cm|m|kg|g|L|W)\b", r"\1 \2", text)


_LOST_POINT = re.compile(r"(?<=\d)(?: |[:;] ?)(?=\d{2}\s*" + CURRENCY_MARK + r"?\s*$)")


def _repair_ocr_numbers(cells: dict[str, str]) -> None:
    """Numbers as OCR loses them: a lone "1" read as l, I or |; a decimal point lost in
    blur or read as a colon ("293 04", "9:75"; money columns always print two decimals)."""
    if "quantity" in cells:
        cells["quantity"] = re.sub(r"(?<!\S)[lI|](?!\S)", "1", cells["quantity"])
    for key in ("unit_price", "line_total"):
        if key in cells and not re.search(r"[.,]\d{2}\b", cells[key]):
            cells[key] = _LOST_POINT.sub(".", cells[key].strip())


def clean_ocr_sku(text: str) -> str:
    """An OCR'd article code: a gap read beside its dash ("SRV- 986", "09987 -50"), a dash
    read as "~", a final "C" read as "¢"."""
    text = clean_ocr_text(text)
    text = re.sub(r"(?<=[A-Z0-9])[~—–] ?(?=[A-Z0-9])", "-", text)
    text = re.sub(r"(?<=[A-Z0-9])(?:- | -)(?=[A-Z0-9])", "-", text)
    return re.sub(r"(?<=\d)¢$", "C", text)


def clean_ocr_unit(text: str) -> str | None:
    """The unit cell of an OCR'd row: its first word ("m2" with its power); specks beside
    it are dropped."""
    m = re.search(r"[A-Za-zÀ-ÿ²³]+(?:[23](?![\d.,]))?\.?", text)
    return m.group(0) if m else None


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def arithmetic_repair(
    qty: Decimal, price: Decimal, total: Decimal, cells: dict[str, str]
) -> tuple[Decimal, Decimal, Decimal]:
    """OCR lost the leading digits of a price or an amount ("1.82" read "82"), or misread
    one digit of any of the three ("26.39" for "20.39", "109" for "100"): when exactly
    one of them, recomputed from the other two, is what was read but for that, the
    recomputed value is taken (the line keeps a low confidence). Lost digits are the
    likelier misreading, so they are tried first."""
    candidates = []  # (cell, value as printed, fixed triple)
    if qty:
        cand = (total / qty).quantize(Decimal("0.01"))
        if cand * qty == total:
            candidates.append(("unit_price", f"{cand:.2f}", (qty, cand, total)))
    cand = (qty * price).quantize(Decimal("0.01"), ROUND_HALF_UP)
    if abs(cand - qty * price) <= Decimal("0.005"):  # 41.5 x 78.99 is printed 3 278,09
        candidates.append(("line_total", f"{cand:.2f}", (qty, price, cand)))
    lost = [fix for cell, shown, fix in candidates if _lost_leading(cells.get(cell, ""), shown)]
    if len(lost) == 1:
        return lost[0]
    quotient = _quotient(total, price)
    if quotient is not None:
        candidates.append(("quantity", number_str(quotient), (quotient, price, total)))
    one = [fix for cell, shown, fix in candidates if one_digit_off(cells.get(cell, ""), shown)]
    return one[0] if len(one) == 1 and not lost else (qty, price, total)


def _lost_leading(read_text: str, value: str) -> bool:
    """Is what was read the tail of ``value`` ("82" of "1.82")?"""
    read = _digits(read_text).lstrip("0")
    return bool(read) and _digits(value).endswith(read)


def one_digit_off(read_text: str, value: str) -> bool:
    """Is what was read ``value`` with one digit misread ("26.39" for "20.39")?"""
    read, digits = _digits(read_text), _digits(value)
    return len(read) == len(digits) and sum(a != b for a, b in zip(read, digits, strict=True)) == 1


def _quotient(total: Decimal, price: Decimal) -> Decimal | None:
    """The quantity of at most two decimals that prices out at ``total`` to the cent."""
    if price <= 0 or total <= 0:
        return None
    for places in range(3):
        qty = (total / price).quantize(Decimal(1).scaleb(-places))
        if qty > 0 and (qty * price).quantize(Decimal("0.01"), ROUND_HALF_UP) == total:
            return qty
    return None


def exact_quotient(total: Decimal, price: Decimal) -> Decimal | None:
    """The quantity of at most two decimals whose product with ``price`` is ``total``
    exactly, not only once rounded to the cent: any quotient rounds to some amount (41.03
    / 21.04 gives 1.95, 1.95 x 21.04 = 41.028), so a rounded one says nothing of a
    quantity OCR lost (a "2" on a row with a discount)."""
    qty = _quotient(total, price)
    return qty if qty is not None and qty * price == total else None


_QTY_SUFFIX = re.compile(r"[A-Za-zÀ-ÿ.²]+\s*$")


def _quantity_parts(text: str) -> tuple[str, str]:
    """A quantity cell as (number, unit written after it): "5 kg" -> ("5", "kg")."""
    suffix = _QTY_SUFFIX.search(text)
    if suffix is None:
        return text.strip(), ""
    return text[: suffix.start()].strip(), suffix.group(0).strip()


def _quantity_from_amounts(cells: dict[str, str], roles: list[str], language: str) -> bool:
    """A quantity OCR lost or misread ("$" for "5") while the row's unit price and amount
    both read: their quotient, when a quantity of at most two decimals gives the amount
    to the cent. Fills the cell and says so; the line then asks a clerk."""
    if "quantity" not in roles:
        return False
    number, unit = _quantity_parts(cells.get("quantity", ""))
    if parse_amount(number, language) is not None:
        return False
    price = parse_amount(cells.get("unit_price", ""), language)
    total = parse_amount(cells.get("line_total", ""), language)
    qty = _quotient(total, price) if price is not None and total is not None else None
    if qty is None:
        return False
    cells["quantity"] = f"{qty} {unit}".strip()
    return True


# a row whose numbers are read otherwise than OCR first read them, the arithmetic saying
# which reading: a clerk sees it
CHOSEN_READING_CONFIDENCE = 0.75


def _prices_out(qty: Decimal, price: Decimal, total: Decimal) -> bool:
    return abs(qty * price - total) <= CENT


def _read_by_arithmetic(
    item: _Item, qty_text: str, language: str
) -> tuple[Decimal, Decimal, Decimal] | None:
    """The row's quantity, price and amount among the readings OCR allows for each
    (``extraction.tables.readings``), when exactly one combination of them prices out and
    the first reading does not."""
    from extraction.constraints import row_reading
    from extraction.tables.readings import readings

    def parse(text: str) -> Decimal | None:
        return parse_amount(text, language)

    words = item.cell_words
    options = [
        readings(qty_text, words.get("quantity", []), parse, money=False),
        readings(item.cells.get("unit_price", ""), words.get("unit_price", []), parse, True),
        readings(item.cells.get("line_total", ""), words.get("line_total", []), parse, True),
    ]
    return row_reading(options[0], options[1], options[2], _prices_out)


def as_magnitudes(items: list[LineItem]) -> None:
    """A credit note's line amounts as the contract gives them, positive (the doc type says
    it is a credit): a credit memo prints its lines as an accountant's negatives, "(31.86)",
    and the sum of its lines must meet its totals, which are read positive."""
    for line in items:
        for name in ("quantity", "unit_price", "line_total"):
            amount = getattr(line, name)
            if amount is not None and amount.startswith("-"):
                setattr(line, name, amount[1:])


def _parse_item(item: _Item, language: str, source: str) -> LineItem:
    c = item.cells
    mended = None
    if source == "ocr":
        if c.get("description"):
            c["description"] = clean_ocr_text(c["description"])
        if c.get("sku"):
            c["sku"] = clean_ocr_sku(c["sku"])
        if c.get("unit"):
            c["unit"] = clean_ocr_unit(c["unit"]) or ""
            from extraction.tables.unit_mend import mend_unit

            mended = mend_unit(c["unit"])
            c["unit"] = mended or c["unit"]
    qty_text = c.get("quantity", "")
    unit = c.get("unit", "").strip() or None
    times = re.match(r"^\s*(\d{1,6}(?:[.,]\d{1,3})?)[x×]\s*$", qty_text)
    if times:  # "24x": a count with the times sign glued to it, no unit
        qty_text = times.group(1)
    m = re.match(r"^\s*([\d\s.,]+?)\s*([A-Za-zÀ-ÿ.²]+)\s*$", qty_text)
    if m and unit is None and "unit" not in c:
        qty_text, unit = m.group(1), m.group(2)
    qty = parse_amount(qty_text, language)
    price = parse_amount(c.get("unit_price", ""), language)
    total = parse_amount(c.get("line_total", ""), language)
    rate = tax_rate_of(c.get("tax_rate", ""), language)
    conf = (
        0.96 if source == "text" else min(0.93, 0.5 + 0.45 * min(w.confidence for w in item.words))
    )
    if item.doubtful:
        conf = min(conf, 0.7)  # a cell guessed across a column boundary needs a look
    if item.quantity_inferred:
        conf = min(conf, 0.6)
    if source == "ocr" and mended:
        conf = min(conf, UNCONFIRMED_CAP)  # the unit mended: a guess at a glyph (tables.unit_mend)
    chosen = None
    if source == "ocr" and "quantity" in c and "unit_price" in c and "line_total" in c:
        chosen = _read_by_arithmetic(item, qty_text, language)
        if chosen is not None:
            qty, price, total = chosen
            conf = min(conf, CHOSEN_READING_CONFIDENCE)
    if qty is not None and price is not None and total is not None:
        read = (qty, price, total)
        if abs(qty * price - total) > CENT and source == "ocr":
            qty, price, total = arithmetic_repair(qty, price, total, c)
        if abs(qty * price - total) > CENT:
            conf = min(conf, 0.5)
        elif (qty, price, total) != read:
            conf = min(conf, 0.6)  # repaired from the arithmetic: a clerk confirms
    elif "line_total" in c and total is None:
        conf = min(conf, 0.6)
    xs = [w.bbox for w in item.words]
    read_total = parse_amount(c.get("line_total", ""), language)
    return LineItem(
        sku=c.get("sku", "").strip() or None,
        description=c.get("description", "").strip() or None,
        quantity=number_str(qty) if qty is not None else None,
        unit=unit,
        unit_price=money_str(price) if price is not None else None,
        line_total=money_str(total) if total is not None else None,
        tax_rate=number_str(rate) if rate is not None else None,
        confidence=round(conf, 3),
        page=item.page,
        bbox=(
            round(min(b[0] for b in xs), 2),
            round(min(b[1] for b in xs), 2),
            round(max(b[2] for b in xs), 2),
            round(max(b[3] for b in xs), 2),
        ),
        source="ocr" if source == "ocr" else "text",
    ).worked_out(money_str(read_total) if read_total is not None else None)


# a rate printed with words around it, as accounting software names its taxes:
# "TVA 20%", "20% G", "VAT 5.5 %", "Tax 15%"
_RATE_IN_TEXT = RATE_PERCENT_SPACED


def tax_rate_of(text: str, language: str) -> Decimal | None:
    """The VAT rate a tax cell gives: a bare number ("20", "20 %"), or the one percentage
    of a tax named in words ("TVA 20%"); None when the cell gives no single rate."""
    plain = parse_amount(text.replace("%", ""), language)
    return plain if plain is not None else rate_in_words(text)


def rate_in_words(text: str) -> Decimal | None:
    """The one percentage of a tax named in words ("TVA 20%" -> 20), else None."""
    found = {m.group(1).replace(",", ".") for m in _RATE_IN_TEXT.finditer(text)}
    return Decimal(found.pop()) if len(found) == 1 else None


def _looks_like_item(cells: dict[str, str], roles: list[str], language: str) -> bool:
    number, _unit = _quantity_parts(cells.get("quantity", ""))
    if "quantity" in roles and parse_amount(number, language) is None:
        return False
    if "line_total" in roles and parse_amount(cells.get("line_total", ""), language) is None:
        return False
    return any(cells.get(r) for r in NUMERIC_ROLES)


def _reread_short_cells(
    layout: PageLayout,
    table: Table | None,
    reread: RegionReader,
    language: str,
    doc_type: str | None = None,
) -> PageLayout:
    """Read the quantity and unit columns of an OCR'd table again, each as its own block,
    and add the words the page pass missed; short cells like "1" or "m" are the usual
    losses. The amount column comes along: the regions share one tesseract run.

    Only the rows a second look could mend are read (see ``_rows_to_reread``): the
    others are blanked out of the regions, as tesseract's time goes with the text."""
    top = 0.0
    for row in layout.rows:
        cols = header_columns(row)
        if cols:
            if table is not None:
                cols = _complete(cols, table)
            cols = _unlabelled_columns(cols, layout, row)
            table, top = _table(cols, layout.width), row.bottom
            break
    by_structure = False
    if table is None:
        found = _labelled_by_structure(layout, language, doc_type)
        if found is None:
            return layout
        table, top = _table(found[0], layout.width), found[1]
        by_structure = True
    roles = [c.role for c in table.columns]
    if "quantity" not in roles:
        return layout
    i = roles.index("quantity")
    left, right = table.bounds[i]
    regions: list[tuple[tuple[float, float], bool]] = [((left, right), True)]
    if "unit" in roles:
        # one-letter units ("m", "h") on their own: beside the quantities, or beside the
        # "%" ending the rate column before, tesseract reads them as one doubtful word
        j = roles.index("unit")
        unit_left, unit_right = table.bounds[j]
        regions.append(((max(unit_left, table.columns[j].x0 - 4), unit_right), False))
    if "line_total" in roles:  # the "1 " of "1 518,12" is as short a cell as a quantity
        regions.append((table.bounds[roles.index("line_total")], True))
    if "other_quantity" in roles:  # "Ordered" beside "Shipped": as short, read with it
        regions.append((table.bounds[roles.index("other_quantity")], True))
    bottom = layout.height - 30
    for row in layout.rows:
        if row.top > top and (_is_stop(row) or (by_structure and _closes(row))):
            bottom = row.top
            break
    if bottom - top < 10:
        return layout
    rows = [r for r in layout.rows if top < r.top < bottom]
    cells = [_item_cells(table, r) for r in rows]
    if not _cells_missing(table, cells):
        return layout  # the page pass read every quantity and unit: no second look
    bands = _rows_to_reread(table, rows, cells, language)
    words = [w for r in layout.rows for w in r.words]
    boxes = [(x0, top + 1, x1, bottom) for (x0, x1), _numeric in regions]
    numeric = [n for _span, n in regions]
    extra = [
        w
        for w in reread(layout.page, boxes, numeric, bands)
        if not any(boxes_overlap(w.bbox, e.bbox) for e in words)
    ]
    if not extra:
        return layout
    return build_layout(words + extra, layout.page, layout.width, layout.height)


# the quantity a table of each kind of document means when it prints two
_QUANTITY_OF = {"purchase_order": "ordered", "order_confirmation": "ordered"}


def _labelled_by_structure(
    layout: PageLayout, language: str, doc_type: str | None
) -> tuple[list[Column], float] | None:
    """The columns of the page's first table header as the structure reader names them
    (any of its languages, "Ordered" and "Shipped"), and the header's bottom: a table whose
    labels the header-word reader does not know has short cells to read again too. Of two
    quantity columns, the one the document means is the quantity; the other is read again
    with it."""
    from extraction.tables.header import find_headers

    headers = find_headers(layout, language)
    if not headers:
        return None
    _last, header = headers[0]
    labelled = [lb for lb in header.labels if lb.role]
    roles = {lb.role for lb in labelled}
    want = "quantity" if "quantity" in roles else _QUANTITY_OF.get(doc_type or "", "shipped")
    if want not in roles:
        want = "ordered" if "ordered" in roles else want
    cols = []
    for lb in labelled:
        role = lb.role or ""
        if role in ("shipped", "ordered"):
            role = "quantity" if role == want else "other_quantity"
        cols.append(Column(role, lb.x0, lb.x1))
    if "quantity" not in {c.role for c in cols}:
        return None
    return cols, header.bottom


def _closes(row: Row) -> bool:
    """A totals or tax row in any language the structure reader reads ("Totale", "MwSt")."""
    from extraction.tables.read import _closes as closes

    return closes(row)


def _rows_to_reread(
    table: Table, rows: list[Row], cells: list[dict[str, str] | None], language: str
) -> list[tuple[float, float]]:
    """The bands (top, bottom) of the item rows that lack a quantity, a unit, a price or
    an amount, or whose quantity times price is not their amount: the "1" of a quantity
    or the "1 " of "1 518,12" lost. Each band reaches halfway to the rows beside it.
    ``cells`` are the rows' cell texts, None for a row that is not an item."""
    roles = [c.role for c in table.columns]
    bands = []
    for k, (row, read) in enumerate(zip(rows, cells, strict=True)):
        if read is None:
            continue
        row_cells = dict(read)
        _repair_ocr_numbers(row_cells)
        qty = parse_amount(_quantity_parts(row_cells.get("quantity", ""))[0], language)
        if (
            qty is not None
            and ("unit" not in roles or row_cells.get("unit"))
            and _priced_out(qty, row_cells, roles, language)
        ):
            continue
        above = rows[k - 1].bottom if k else row.top - 8
        below = rows[k + 1].top if k + 1 < len(rows) else row.bottom + 8
        bands.append(
            (max((above + row.top) / 2, row.top - 4), min((row.bottom + below) / 2, row.bottom + 4))
        )
    return bands


def _priced_out(qty: Decimal, cells: dict[str, str], roles: list[str], language: str) -> bool:
    """Does the row check out: no money columns, or its quantity times its price is its
    amount? An amount with no price beside it cannot be checked ("518,12" read for
    "1 518,12"), so it does not."""
    if "line_total" not in roles and "unit_price" not in roles:
        return True
    price = parse_amount(cells.get("unit_price", ""), language)
    total = parse_amount(cells.get("line_total", ""), language)
    return total is not None and price is not None and abs(qty * price - total) <= CENT


def _item_cells(table: Table, row: Row) -> dict[str, str] | None:
    """The row's cell texts, or None when a table with money columns has no amount in
    them on this row: a wrapped description or a note, not an item."""
    cells = {k: _text(v) for k, v in _cells(table, row.words).items()}
    money = [c.role for c in table.columns if c.role in ("line_total", "unit_price")]
    if money and not any(parse_amount(cells.get(r, "").replace(" ", ""), "en") for r in money):
        return None
    return cells


def _cells_missing(table: Table, cells: list[dict[str, str] | None]) -> bool:
    """Does an item row lack its quantity or unit?"""
    roles = [c.role for c in table.columns]
    for read in cells:
        if read is None:
            continue
        qty = _quantity_parts(read.get("quantity", ""))[0]
        if parse_amount(qty, "en") is None or ("unit" in roles and not read.get("unit")):
            return True
    return False


def _amounts_right(items: list[_Item]) -> float | None:
    edges = sorted(max(w.bbox[2] for w in it.words) for it in items if it.words)
    return edges[len(edges) // 2] if edges else None


def _shifted(table: Table, layout: PageLayout, ref_right: float, language: str) -> Table:
    """The previous page's columns moved to where this page's rows sit: a scanner puts
    each sheet a little to the side, and a page without a header has no labels to say."""
    edges = sorted(
        row.words[-1].bbox[2]
        for row in layout.rows
        if len(row.segments) >= 3 and parse_amount(row.words[-1].text, language) is not None
    )
    if len(edges) < 2:
        return table
    dx = edges[len(edges) // 2] - ref_right
    if not 1.5 <= abs(dx) <= 40:
        return table
    cols = [Column(c.role, c.x0 + dx, c.x1 + dx) for c in table.columns]
    return _table(cols, layout.width)


_PLAIN_NUMBER = re.compile(r"^\d{1,5}(?:[.,]\d{1,3})?$")


_SHORT_WORD = re.compile(r"^[A-Za-zÀ-ÿ]{1,6}\.?$")
_ARTICLE_CODE = re.compile(r"^[A-Z]{2,5}-[0-9][0-9A-Z]{1,8}$")  # "CHA-596", "FAR-825B"


_RATE_CELL = re.compile(r"^\d{1,2}(?:[.,]\d{1,2})?%?$")
# the VAT rates in use in France, the UK and their neighbours: a column of only these
# numbers beside the quantities is a rate column whose label OCR lost
VAT_RATES = {
    Decimal(r)
    for r in ("0", "2.1", "5", "5.5", "6", "7", "8.5", "9", "10", "12", "13", "19", "20", "21")
}


def _is_vat_rate(text: str) -> bool:
    value = parse_amount(text.rstrip("%"), "fr")
    return value is not None and value in VAT_RATES


def _unlabelled_columns(cols: list[Column], layout: PageLayout, header: Row) -> list[Column]:
    """Columns whose label OCR lost ("Qty", "UdM", "TVA", "SKU"): plain numbers
    (quantities), short words (units), VAT rates or article codes ("CHA-596") that line
    up, row after row."""
    for role, shape in (("quantity", _PLAIN_NUMBER), ("unit", _SHORT_WORD)):
        if role not in {c.role for c in cols}:
            cols = _unlabelled(cols, layout, header, role, shape)
    if "tax_rate" not in {c.role for c in cols}:
        cols = _unlabelled(cols, layout, header, "tax_rate", _RATE_CELL, _is_vat_rate)
    if "sku" not in {c.role for c in cols}:
        cols = _unlabelled(cols, layout, header, "sku", _ARTICLE_CODE)
    return cols


def _unlabelled(
    cols: list[Column],
    layout: PageLayout,
    header: Row,
    role: str,
    shape: re.Pattern[str],
    accept: Callable[[str], bool] | None = None,
) -> list[Column]:
    cols = sorted(cols, key=lambda c: c.x0)
    below = [r for r in layout.rows if r.top > header.bottom][:40]
    best: tuple[int, float, float] | None = None
    start, edge = Column("", 0.0, 0.0), Column("", layout.width, layout.width)
    for left, right in itertools.pairwise([start, *cols, edge]):
        if right.x0 - left.x1 < 12 or left.role == "sku":
            continue
        # text runs on past its label, and nothing bounds the first and last columns:
        # there only one-word cells in line with those of the other rows make a column
        apart = left.role == "description" or left is start or right is edge
        hits = [
            w
            for r in below
            for w in _candidates(r, apart)
            if shape.match(w.text)
            and left.x1 + 1 < (w.bbox[0] + w.bbox[2]) / 2 < right.x0 - 1
            and w.bbox[2] <= right.x0 + 1
        ]
        if apart:
            hits = _aligned(hits)
        if accept is not None and not all(accept(w.text) for w in hits):
            continue
        if role == "quantity" and _counts_up([w.text for w in hits]):
            continue  # "1, 2, 3 ...": position numbers, not quantities
        rows_hit = len({round(w.bbox[1]) for w in hits})
        if rows_hit >= max(2, len(below) // 4) and (best is None or rows_hit > best[0]):
            best = (rows_hit, min(w.bbox[0] for w in hits), max(w.bbox[2] for w in hits))
    if best is None:
        return cols
    return sorted([*cols, Column(role, best[1], best[2])], key=lambda c: c.x0)


def _counts_up(texts: list[str]) -> bool:
    return len(texts) >= 2 and texts == [str(i) for i in range(1, len(texts) + 1)]


def _candidates(row: Row, apart: bool) -> list[Word]:
    """The words of a row that may be a cell: any, or only one-word segments."""
    if not apart:
        return row.words
    return [s.words[0] for s in row.segments if len(s.words) == 1]


def _aligned(words: list[Word], tolerance: float = 6.0) -> list[Word]:
    """The largest set of ``words`` sharing a left edge, a right edge or a centre, as the
    cells of one column do (a one-word description among them is left out)."""
    best: list[Word] = []
    for edge in (
        lambda b: b[0],
        lambda b: b[2],
        lambda b: (b[0] + b[2]) / 2,
    ):
        for ref in words:
            group = [w for w in words if abs(edge(w.bbox) - edge(ref.bbox)) <= tolerance]
            if len(group) > len(best):
                best = group
    return best


def _complete(cols: list[Column], previous: Table) -> list[Column]:
    """A header repeated on a later page names the same columns: one OCR could not read
    there ("ate" for "Qté") is taken from the previous page, moved by the same offset."""
    prev = {c.role: c for c in previous.columns}
    roles = {c.role for c in cols}
    if not roles < set(prev):
        return cols
    shifts = sorted(c.x0 - prev[c.role].x0 for c in cols)
    dx = shifts[len(shifts) // 2]
    missing = [
        Column(c.role, c.x0 + dx, c.x1 + dx) for c in previous.columns if c.role not in roles
    ]
    return sorted(cols + missing, key=lambda c: c.x0)


@dataclass
class _Pending:
    """A row of text only (a wrapped description, a detail line) inside the table."""

    row: Row
    cells: dict[str, str]
    cells_w: dict[str, list[Word]]
    words: list[Word]


def _desc_x(table: Table, words: list[Word]) -> float | None:
    desc = _cells(table, words).get("description") or []
    return min((w.bbox[0] for w in desc), default=None)


def _settle_pending(
    table: Table,
    items: list[_Item],
    pending: list[_Pending],
    gap_before: float,
    following: tuple[Row, _Item] | None,
    over: bool = False,
) -> bool:
    """Give the text rows read since the last item row to the item above them or to the
    item row that follows them (``following``), then empty ``pending``; True when some
    went to the item that follows.

    Where the rows go is where the vertical gaps split them: a cell's wrapped lines are set
    closer together than two cells are. A table whose cells hold their text at the bottom
    (a spreadsheet's default) prints a wrapped description's first lines above the row's
    numbers, and those lines then sit closer to the row below than to the one above. The
    split is at the widest gap; where gaps are even, the rows stay with the item above,
    as a top-aligned table prints them, or go to the item below in a table that printed
    its first item's text over its numbers (``over``), a guess shown as one."""
    if not pending:
        return False
    gaps = [gap_before]
    gaps += [b.row.top - a.row.bottom for a, b in itertools.pairwise(pending)]
    if following is not None:
        gaps.append(following[0].top - pending[-1].row.bottom)
    widest = max(gaps)
    even = [i for i, g in enumerate(gaps) if g >= widest - 1.5]
    split = max(even)
    if over and following is not None and len(even) > 1:
        split = min(even)
        following[1].doubtful = True
    above, below = pending[:split], pending[split:]
    if following is None or split == len(gaps) - 1:
        above, below = pending, []
    if above and items:
        prev = items[-1]
        for p in above:
            _continue_item(table, prev, p, after=True)
    if below and following is not None:
        item = following[1]
        for p in reversed(below):
            _continue_item(table, item, p, after=False)
    pending.clear()
    return bool(below) and following is not None


def _runs_into_description(row: Row, items: list[_Item], page: int) -> bool:
    """Does one run of words of a text row start left of where the item rows' descriptions
    start and run on past it, its first word no code ("Remarque : livraison ..." from the
    table's left edge)? A note across the table, which no item's cell is: a wrapped cell
    stays inside its column."""
    starts = [
        it.cell_words["description"][0].bbox[0]
        for it in items
        if it.page == page and it.cell_words.get("description")
    ]
    if not starts:
        return False
    x = min(starts)
    return any(
        seg.x0 < x - 4 and seg.x1 > x + 4 and not any(ch.isdigit() for ch in seg.words[0].text)
        for seg in row.segments
    )


def _marked_note(
    items: list[_Item], pending: list[_Pending], words: list[Word], gap: float, page: int
) -> bool:
    """Is a row of text under the last item a note on a row of its own, by the evidence
    the structure reader weighs (``desc_rows.marked_apart``): a marker, the items' pitch,
    room for its first word at the end of the line above? The column's edge is the
    furthest the page's item rows run their descriptions; the items' pitch, the median
    gap between two item rows one right under the other."""
    from extraction.tables.desc_rows import note_apart

    mine = [it for it in items if it.page == page]
    ends = [w.bbox[2] for it in mine for w in it.cell_words.get("description", [])]
    if len(mine) < 2 or not ends or any(w.source == "ocr" for w in words):
        return False
    above = pending[-1].cells_w.get("description") if pending else None
    above = above or mine[-1].cell_words.get("description") or []
    if not above:
        return False
    last = [w for w in above if abs(w.bbox[1] - above[-1].bbox[1]) < 1.0]
    gaps = sorted(b.words[0].bbox[1] - a.bottom for a, b in itertools.pairwise(mine) if b.words)
    plain = gaps[len(gaps) // 2]
    return note_apart(words, last, gap, plain, max(ends))


def _noted(items: list[_Item], words: list[Word], page: int) -> bool:
    """Is a row of text under the last item a note on it (``row_notes.note_words``): only
    a date, or a lone identifier in smaller type?"""
    from extraction.tables.row_notes import note_words

    if not items or items[-1].page != page:
        return False
    item = items[-1]
    return note_words(words, item.cell_words.get("description", []), item.cells.get("sku"))


def join_wrapped(a: str | None, b: str) -> str:
    """A wrapped line joins the text above it; a line broken after a hyphen ("40-" over
    "200 Nm", "porte-" over "clés") joins it with no space: the hyphen is the word's own."""
    if not a:
        return b
    if not b:
        return a
    if len(a) >= 2 and a.endswith("-") and a[-2].isalnum() and b[:1].isalnum():
        return a + b
    return f"{a} {b}".strip()


def _continue_item(table: Table, item: _Item, p: _Pending, after: bool) -> None:
    """Add a text row to ``item``'s description (and code), after or before its own."""
    first_desc = p.cells_w.get("description") or []
    item_x = _desc_x(table, item.words)
    if (
        _straddles(table, p.words)
        or item_x is None
        or not first_desc
        or abs(first_desc[0].bbox[0] - item_x) > 4
    ):
        item.doubtful = True  # a continuation that is not aligned may belong elsewhere
    own = item.cells.get("description", "")
    text = p.cells["description"]
    item.cells["description"] = join_wrapped(own, text) if after else join_wrapped(text, own)
    if p.cells.get("sku"):
        sku = item.cells.get("sku", "")
        item.cells["sku"] = (sku + p.cells["sku"] if after else p.cells["sku"] + sku).strip()
    item.words = item.words + p.words if after else p.words + item.words


def extract_lines(
    result: ExtractionResult, layouts: list[PageLayout], reread: RegionReader | None = None
) -> None:
    if result.doc_type == "payment_advice":
        _references(result, layouts)
        return
    from extraction.tables.row_notes import without_leaders

    language = result.language
    layouts = without_leaders(layouts)
    table: Table | None = None
    items: list[_Item] = []
    done = False
    ref_right: float | None = None  # where the amounts end on the page with the header
    header_table: Table | None = None
    header_page = 0
    items_since_header = 0
    over = False  # the table prints each item's text over its numbers (``_settle_pending``)
    read_layouts: list[PageLayout] = []
    for layout in layouts:
        if ref_right is None and items:
            ref_right = _amounts_right([it for it in items if it.page == header_page])
        if done:
            break
        source = next(p.source for p in result.pages if p.number == layout.page)
        has_header = any(header_columns(r) for r in layout.rows)
        if source == "ocr" and header_table is not None and not has_header and ref_right:
            table = _shifted(header_table, layout, ref_right, language)
        if source == "ocr" and reread is not None:
            layout = _reread_short_cells(
                layout, header_table if has_header else table, reread, language, result.doc_type
            )
        read_layouts.append(layout)  # the structure reader sees the cells read again too
        in_table = False
        last_bottom = 0.0
        pending: list[_Pending] = []  # text rows not yet given to the item above or below
        pending_gap = 0.0
        for row in layout.rows:
            cols = header_columns(row)
            if cols:
                if header_table is not None:
                    cols = _complete(cols, header_table)
                if source == "ocr":
                    cols = _unlabelled_columns(cols, layout, row)
                if table is not None:
                    _settle_pending(table, items, pending, pending_gap, None)
                table = header_table = _table(cols, layout.width)
                ref_right, header_page = None, layout.page
                items_since_header = 0
                over = False
                in_table = True
                last_bottom = row.bottom
                continue
            if table is None:
                continue
            if _is_stop(row):
                _settle_pending(table, items, pending, pending_gap, None)
                if in_table or items:
                    done = True
                    break
                continue
            row_words = split_glued(table, row.words)
            cells_w = _cells(table, row_words)
            cells = {k: _text(v) for k, v in cells_w.items()}
            roles = [c.role for c in table.columns]
            inferred = False
            if source == "ocr":
                _repair_ocr_numbers(cells)
                inferred = _quantity_from_amounts(cells, roles, language)
            if _CARRIED.search(fold(row.text)):
                continue
            if _looks_like_item(cells, roles, language):
                item = _Item(
                    cells,
                    row_words,
                    layout.page,
                    row.bottom,
                    _straddles(table, row_words),
                    inferred,
                    cells_w,
                )
                gave = _settle_pending(table, items, pending, pending_gap, (row, item), over)
                # the first item's text printed over its numbers: the table's way (``over``)
                over = over or (gave and not items_since_header)
                items.append(item)
                items_since_header += 1
                items[-1].cells["_source"] = source
                in_table = True
                last_bottom = row.bottom
                continue
            if not in_table:
                continue
            gap = row.top - last_bottom
            # a wrapped code of a column of no line field ("011-6059-" over "933") may share
            # the line of a wrapped description
            only_text = all(k in ("description", "sku", "other") for k in cells) and cells.get(
                "description"
            )
            # text starting left of every item row on the page is set outside the table (a
            # shipment's details under it), no item's wrapped text
            lefts = [it.words[0].bbox[0] for it in items if it.page == layout.page and it.words]
            outside = bool(lefts) and bool(row_words) and row_words[0].bbox[0] < min(lefts) - 2
            if (
                only_text
                and not outside
                and (
                    _runs_into_description(row, items, layout.page)
                    or _marked_note(items, pending, row_words, gap, layout.page)
                    or _noted(items, row_words, layout.page)
                )
            ):
                # a note across the table ends the item above; the text under it is measured
                # from it, as the next item's first lines may be
                _settle_pending(table, items, pending, pending_gap, None)
                last_bottom = row.bottom
                continue
            if (
                only_text
                and not outside
                and gap <= layout.line_height * 1.2
                and (
                    (items and items[-1].page == layout.page)
                    or (header_page == layout.page and not items_since_header)
                )
            ):
                if not pending:
                    pending_gap = gap
                pending.append(_Pending(row, cells, cells_w, row_words))
                last_bottom = row.bottom
                continue
            _settle_pending(table, items, pending, pending_gap, None)
            if gap > layout.line_height * 2.5:
                in_table = False
        if table is not None:
            _settle_pending(table, items, pending, pending_gap, None)
    parsed = []
    for item in items:
        item_source = item.cells.pop("_source", "text")
        parsed.append(_parse_item(item, language, item_source))
    from extraction.tables.codes import rates_from_codes
    from extraction.tables.date_cells import dates_off_descriptions
    from extraction.tables.grid_reading import grid_if_better
    from extraction.tables.grouped_codes import grouped_codes
    from extraction.tables.line_vat import rates_from_columns
    from extraction.tables.section_rows import section_rows
    from extraction.tables.unit_between import units_between_numbers
    from extraction.tables.vat import rates_from_breakdown

    read_layouts += layouts[len(read_layouts) :]  # the pages after the table's end
    chosen = _better_reading(_dash_like_the_others(parsed), result, read_layouts)
    chosen = grid_if_better(chosen, result, read_layouts)  # tables found by geometry alone
    chosen = _cards_if_better(chosen, result, read_layouts)
    chosen = section_rows(chosen, read_layouts, language)
    chosen = _rates_like_the_others(_codes_like_the_others(chosen))
    chosen = rates_from_codes(chosen, read_layouts)
    chosen = grouped_codes(chosen, read_layouts)
    chosen = rates_from_columns(chosen, read_layouts)
    chosen = units_between_numbers(chosen, read_layouts)
    chosen = dates_off_descriptions(chosen, read_layouts)
    if repairs.on("quantity_priced_out"):
        chosen = _quantities_priced_out(chosen)
    result.lines.extend(rates_from_breakdown(chosen, layouts, language))


def _cards_if_better(
    chosen: list[LineItem], result: ExtractionResult, layouts: list[PageLayout]
) -> list[LineItem]:
    """The items read as cards (``tables.cards``) where the pages print them so: as many
    rows as the table reading checks by their arithmetic, and as many checked."""
    from extraction.tables.cards import read_cards
    from extraction.tables.content import split_cells

    sources = {p.number: p.source for p in result.pages}
    cards = read_cards(layouts, result.language, sources)
    # a row the table reading read twice (the captions' grid taken for a table, its
    # rows for continuations) counts once
    checked = len({(li.quantity, li.unit_price, li.line_total) for li in chosen if _checked([li])})
    if not cards or len(cards) < checked or _checked(cards) < min(checked, len(cards)):
        return chosen
    return split_cells(cards)


def _checked(lines: list[LineItem]) -> int:
    """Lines whose quantity times unit price is their amount."""
    n = 0
    for li in lines:
        if li.quantity and li.unit_price and li.line_total:
            qty, price = Decimal(li.quantity), Decimal(li.unit_price)
            n += abs(qty * price - Decimal(li.line_total)) <= CENT
    return n


_LEADING_INT = re.compile(r"^(\d{1,3})\s+\S")


def _numbered_descriptions(lines: list[LineItem]) -> set[int]:
    """The lines whose description starts with a whole number when those numbers count up
    by one down the rows (three or more): positions glued to the text, not its words."""
    found = [
        (i, int(m.group(1)))
        for i, li in enumerate(lines)
        if li.description and (m := _LEADING_INT.match(li.description))
    ]
    if len(found) < 3:
        return set()
    rising = sum(1 for (_a, x), (_b, y) in itertools.pairwise(found) if y == x + 1)
    if rising * 4 < 3 * (len(found) - 1):
        return set()
    return {i for i, _n in found}


def _glued_code(sku: str) -> bool:
    """A code with a space in it: two cells read as one ("1 CAB8505B": the line number
    glued to the code), unless it is one code printed in groups ("SG 765 96")."""
    from extraction.tables.desc_codes import code_kind

    words = sku.split()
    if len(words) < 2:
        return False
    grouped = all(len(w) <= 5 and w.isalnum() for w in words) and code_kind(words) is not None
    return (words[0].isdigit() and len(words[0]) <= 3) or not grouped


def _better_reading(
    by_header: list[LineItem], result: ExtractionResult, layouts: list[PageLayout]
) -> list[LineItem]:
    """The header-word reading or the reading by structure (``extraction.tables``),
    whichever the arithmetic confirms on more rows; on a tie, the one that finds more rows,
    then the one that fills more cells, then the one with fewer rows in doubt."""
    from extraction.tables import read_tables
    from extraction.tables.content import split_cells

    old = _no_lone_signs(split_cells(by_header))
    reading = read_tables(result, layouts)
    new = _no_lone_signs(split_cells(reading.lines))
    if not new or not old:
        return new or old

    def rank(lines: list[LineItem]) -> tuple[int, int, int, int]:
        # a code with a space in it is two cells read as one ("1 CAB8505B": the line
        # number glued to the code), not a cell filled; nor is a description that starts
        # with the row's position (1, 2, 3 ... down the rows: the line number glued to it)
        numbered = _numbered_descriptions(lines)
        filled = sum(
            1
            for i, li in enumerate(lines)
            for k, v in li.model_dump(include=set(_LINE_KEYS)).items()
            if v
            and not (k == "sku" and _glued_code(v))
            and not (k == "description" and i in numbered)
        )
        # the structure reader checks each row with the discount the table prints for it,
        # which a line does not keep
        checked = max(_checked(lines), reading.checked) if lines is new else _checked(lines)
        return (checked, len(lines), filled, -sum(li.confidence < 0.9 for li in lines))

    if rank(new) >= rank(old):
        return new
    return _quantity_out_of_descriptions(old, new) if repairs.on("quantity_in_description") else old


def _quantity_out_of_descriptions(chosen: list[LineItem], other: list[LineItem]) -> list[LineItem]:
    """``chosen`` with a row's quantity taken back out of its description where the other
    reading of the same row (same price and amount) reads the description without it: an
    OCR'd quantity set left of its column ("20 L 25 | 25 bidon") read into both cells."""
    by_amounts: dict[tuple[str | None, str | None], LineItem] = {
        (li.unit_price, li.line_total): li for li in other if li.line_total
    }
    out = []
    for li in chosen:
        twin = by_amounts.get((li.unit_price, li.line_total))
        if (
            li.source == "ocr"
            and twin is not None
            and li.quantity is not None
            and twin.quantity == li.quantity
            and li.description
            and twin.description
            and li.description.startswith(twin.description + " ")
        ):
            rest = li.description[len(twin.description) :].strip()
            amount = parse_amount(rest, "fr")
            if amount is not None and number_str(amount) == li.quantity:
                li = li.model_copy(update={"description": twin.description})
        out.append(li)
    return out


def _quantities_priced_out(lines: list[LineItem]) -> list[LineItem]:
    """An OCR'd row's quantity OCR lost, in a table whose other rows have theirs: the
    quotient of its amount by its unit price, when a quantity of at most two decimals gives
    the amount to the cent (``_quotient``) and is whole. A clerk confirms it
    (``INFERRED_QUANTITY``)."""
    priced = [li for li in lines if li.unit_price and li.line_total]
    if not priced or 2 * sum(li.quantity is not None for li in priced) < len(priced):
        return lines  # a table without a quantity column: none to fill
    out = []
    for li in lines:
        if li.source == "ocr" and li.quantity is None and li.unit_price and li.line_total:
            qty = _quotient(Decimal(li.line_total), Decimal(li.unit_price))
            # a whole number only: the cells OCR loses are the short ones ("5", "1"), and a
            # fraction is as often a row's discount ("4.75" of 5 less 5 %)
            if qty is not None and qty == qty.to_integral_value():
                li = li.model_copy(
                    update={
                        "quantity": number_str(qty),
                        "confidence": min(li.confidence, INFERRED_QUANTITY),
                    }
                )
        out.append(li)
    return out


# the most a row whose quantity was worked out from its price and amount may be trusted
INFERRED_QUANTITY = 0.6


_LINE_KEYS = ("sku", "description", "quantity", "unit", "unit_price", "line_total", "tax_rate")


def _no_lone_signs(lines: list[LineItem]) -> list[LineItem]:
    """A currency sign standing alone at the end or start of a description or unit: the
    next amount's, set at its cell's left edge by a spreadsheet's accounting format ("€
    1 234,50" with the sign flush left), never part of the text."""
    for li in lines:
        for key in ("description", "unit"):
            text = getattr(li, key)
            if not text:
                continue
            words = text.split()
            while words and words[-1] in _CURRENCY_SIGNS:
                words.pop()
            while words and words[0] in _CURRENCY_SIGNS:
                words.pop(0)
            if len(words) != len(text.split()):
                setattr(li, key, " ".join(words) or None)
    return lines


_UNDASHED_SKU = re.compile(r"^([A-Z]{2,5}) ([0-9][0-9A-Z]{1,8})$")


def _dash_like_the_others(lines: list[LineItem]) -> list[LineItem]:
    """An OCR'd code whose dash was lost ("FIL 594B") when most codes of the document's
    lines are "FIL-594B"-shaped: the dash is put back, and a clerk confirms the row."""
    skus = [li.sku for li in lines if li.sku]
    dashed = sum(1 for s in skus if _ARTICLE_CODE.match(s))
    if dashed < 3 or dashed * 2 <= len(skus):
        return lines
    out = []
    for li in lines:
        m = _UNDASHED_SKU.match(li.sku or "")
        if m and li.source == "ocr":
            li = li.model_copy(
                update={"sku": f"{m.group(1)}-{m.group(2)}", "confidence": min(li.confidence, 0.7)}
            )
        out.append(li)
    return out


def _shape(code: str) -> str:
    """A code's shape: "9" for a digit, "A" for a letter, its punctuation as printed."""
    return "".join("9" if c.isdigit() else "A" if c.isalpha() else c for c in code)


def _codes_like_the_others(lines: list[LineItem]) -> list[LineItem]:
    """An OCR'd code that lost or garbled the punctuation most of the document's codes
    print in one shape ("0142164" or "014;21-64" among "05134-67"-shaped codes), or took a
    speck or the next cell's first word after it ("01896-71 If"): read in that shape when
    its letters and digits fit it, the word after it given back to the description. The
    row then asks a clerk."""
    shapes = [_shape(li.sku) for li in lines if li.sku]
    if len(shapes) < 3:
        return lines
    shape, count = max(((s, shapes.count(s)) for s in set(shapes)), key=lambda sc: sc[1])
    if count * 2 <= len(shapes) or not any(not c.isalnum() for c in shape):
        return lines
    classes = "".join(c for c in shape if c in "9A")
    out = []
    for li in lines:
        sku, desc = li.sku or "", li.description
        if li.source != "ocr" or not sku or _shape(sku) == shape:
            out.append(li)
            continue
        first, _, rest = sku.partition(" ")
        if _shape(first) == shape and rest:
            # the code as printed, then a word of the description or a speck
            if len(rest) >= 3 and rest.isalpha() and not (desc or "").startswith(rest):
                desc = f"{rest} {desc}".strip() if desc else rest
            sku = first
        else:
            alnum = "".join(c for c in sku if c.isalnum())
            if len(alnum) != len(classes) or _shape(alnum) != classes:
                out.append(li)
                continue
            it = iter(alnum)
            sku = "".join(next(it) if c in "9A" else c for c in shape)
        out.append(
            li.model_copy(
                update={"sku": sku, "description": desc, "confidence": min(li.confidence, 0.7)}
            )
        )
    return out


def _rates_like_the_others(lines: list[LineItem]) -> list[LineItem]:
    """An OCR'd rate no VAT is charged at ("81"): its decimal point lost, when the
    document's other lines print the rate with it ("8.1"); the row then asks a clerk."""
    printed = [li.tax_rate for li in lines if li.tax_rate and "." in li.tax_rate]
    out = []
    for li in lines:
        rate = li.tax_rate or ""
        if li.source == "ocr" and rate.isdigit() and int(rate) > MAX_VAT_RATE:
            same = [r for r in printed if r.replace(".", "") == rate]
            if len(same) >= 2:
                li = li.model_copy(
                    update={"tax_rate": same[0], "confidence": min(li.confidence, 0.7)}
                )
        out.append(li)
    return out


# no VAT or sales tax of the documents' countries is higher (Hungary's 27 % is the top)
MAX_VAT_RATE = 30


_REF_NUMBER = re.compile(r"^[A-Z0-9][A-Z0-9\-/_.]*\d[A-Z0-9\-/_.]*$", re.IGNORECASE)


def _references(result: ExtractionResult, layouts: list[PageLayout]) -> None:
    """Invoices paid by a payment advice: rows starting with an invoice number and ending
    with an amount, under a header naming invoices."""
    from extraction.parse.dates import find_dates

    language = result.language
    started = False
    for layout in layouts:
        for row in layout.rows:
            folded = fold(row.text)
            if not started:
                if re.search(r"\b(facture|invoice)\b", folded) and re.search(
                    r"\b(montant|amount|paye|regle|paid)\b", folded
                ):
                    started = True
                continue
            if _is_stop(row):
                return
            segs = row.segments
            if len(segs) < 2:
                continue
            number = segs[0].text.split()[0] if segs[0].text.split() else ""
            amount = parse_amount(segs[-1].text, language)
            if amount is None:
                amount = parse_amount(segs[-1].text.split()[-1], language)
            if not _REF_NUMBER.match(number) or find_dates(number) or amount is None:
                continue
            from extraction.result import Reference

            result.references.append(
                Reference(doc_type="invoice", number=number, amount=money_str(amount))
            )
