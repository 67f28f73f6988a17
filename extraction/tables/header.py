"""Header rows of line tables: a row of short labels, two or more of which name a column
role, with the labels printed on two lines ("Prix / unitaire") gathered into one."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from extraction.layout import PageLayout, Row
from extraction.result import Word
from extraction.tables.cells import Cell, cells_of
from extraction.tables.vocabulary import confused_label_role, label_role

_AMOUNT_ROLES = {"quantity", "shipped", "ordered", "unit_price", "line_total"}


@dataclass
class Label:
    text: str
    x0: float
    x1: float
    role: str | None


@dataclass
class Header:
    page: int
    top: float
    bottom: float
    labels: list[Label]

    @property
    def roles(self) -> list[str]:
        return [lb.role for lb in self.labels if lb.role]


def _words(text: str) -> int:
    """Words of a label, a "/" or "-" between two of them not counted ("Désignation des
    fournitures / prestations" is four)."""
    return sum(1 for w in text.split() if any(ch.isalnum() for ch in w))


def _is_label_row(cells: list[Cell]) -> bool:
    return (
        bool(cells)
        and not any(c.numeric for c in cells)
        and all(_words(c.text) <= 4 for c in cells)
    )


def _labels_of(cell: Cell) -> list[Label]:
    """The cell as one label, or as two when it names no role but its words, cut in two,
    name one each ("Qty Shipped Product Code": two labels printed close together). The cut
    must be wider than a space ("Réf. commande" is one label)."""
    role = label_role(cell.text)
    words = cell.words
    if role is None and len(words) == 1 and cell.source == "ocr":
        role = confused_label_role(cell.text)
    if role is not None or len(words) < 2:
        return [Label(cell.text, cell.x0, cell.x1, role)]
    # several labels printed close ("Qté  Unité  Prix unitaire HT  Montant HT"): cut at
    # every gap wider than a space, taken when each piece names a column. A space is
    # measured against the cell's tallest word: OCR boxes hug the glyphs, so "HT" or
    # "unitaire" stand a third lower than "Qté" and a word space after them looks wide
    em = max(w.bbox[3] - w.bbox[1] for w in words)
    groups: list[list[Word]] = [[words[0]]]
    for prev, w in itertools.pairwise(words):
        if w.bbox[0] - prev.bbox[2] >= 0.6 * em:
            groups.append([w])
        else:
            groups[-1].append(w)
    if len(groups) > 2:
        texts = [" ".join(w.text for w in g) for g in groups]
        roles = [label_role(t) for t in texts]
        named = [r for r in roles if r is not None]
        # every piece names a column, or all but one (a label the vocabulary lacks stands
        # as a label naming none)
        if len(named) >= max(2, len(roles) - 1) and len(set(named)) == len(named):
            return [
                Label(t, g[0].bbox[0], max(w.bbox[2] for w in g), r)
                for t, g, r in zip(texts, groups, roles, strict=True)
            ]
    for at in range(1, len(words)):
        if words[at].bbox[0] - words[at - 1].bbox[2] < 0.6 * em:
            continue
        left = " ".join(w.text for w in words[:at])
        right = " ".join(w.text for w in words[at:])
        a, b = label_role(left), label_role(right)
        # two words set apart ("Prix   Montant") are two labels when each names a column
        # of its own; "Quantité U." set as one label stays one, its column often holds
        # both ("3 boîte")
        # a quantity delivered beside what is left to deliver ("Livré  Reste à livrer"):
        # a delivery note's two counts, the second named only as a column of its own
        counts = {a, b} - {"other"} <= {"shipped", "ordered", "quantity"}
        if a is not None and b is not None and a != b and ("other" not in (a, b) or counts):
            return [
                Label(left, cell.x0, max(w.bbox[2] for w in words[:at]), a),
                Label(right, words[at].bbox[0], cell.x1, b),
            ]
    return _cut_by_vocabulary(cell) or [Label(cell.text, cell.x0, cell.x1, role)]


def _cut_by_vocabulary(cell: Cell) -> list[Label] | None:
    """Labels set a word space apart, so one cell ("Qté Prix unitaire HT Montant HT TVA
    Total TTC"): cut into the fewest pieces that each name a column, or None when no such
    cut covers every word, or when it is fewer than three pieces (two words naming a column
    each are as often one label: "Commande N°"). A role named twice keeps it on its first
    piece only (the total with tax after the line's amount is no second amount column)."""
    words = cell.words
    n = len(words)
    if n < 2:
        return None
    # fewest[i]: the fewest pieces covering words[:i] (n + 1: no cover), back[i]: where
    # the last of them starts
    none = n + 1
    fewest = [0] + [none] * n
    back = [0] * (n + 1)
    for end in range(1, n + 1):
        for start in range(max(0, end - 4), end):
            if fewest[start] == none or fewest[start] + 1 >= fewest[end]:
                continue
            if label_role(" ".join(w.text for w in words[start:end])) is not None:
                fewest[end], back[end] = fewest[start] + 1, start
    if not 3 <= fewest[n] < none:
        return None
    cuts: list[tuple[int, int]] = []
    end = n
    while end > 0:
        cuts.append((back[end], end))
        end = back[end]
    out: list[Label] = []
    seen: set[str] = set()
    for start, end in reversed(cuts):
        ws = words[start:end]
        text = " ".join(w.text for w in ws)
        role = label_role(text)
        if role in seen and role != "other":
            role = None
        if role is not None:
            seen.add(role)
        out.append(Label(text, ws[0].bbox[0], max(w.bbox[2] for w in ws), role))
    if not _AMOUNT_ROLES & seen:
        return None
    return out


def _text_and_unknown(labels: list[Label]) -> bool:
    """A header whose only named columns are the item's text ("Produit/Service
    Description") followed by labels the vocabulary lacks ("Qté expédiée"): the columns
    of numbers under those are left to the rows' alignment and arithmetic. Two to five
    short labels, the description named, an unnamed one right of it."""
    if not 2 <= len(labels) <= 5 or any(_words(lb.text) > 3 for lb in labels):
        return False
    # a label naming a column of no line field ("Wt.", "Poids") says no more than one
    # the vocabulary lacks
    named = {lb.role for lb in labels if lb.role and lb.role != "other"}
    if "description" not in named or not named <= {"description", "sku", "line_no"}:
        return False
    desc = max(lb.x1 for lb in labels if lb.role == "description")
    return any(lb.role in (None, "other") and lb.x0 > desc for lb in labels)


def header_of(row: Row, language: str) -> Header | None:
    """The row as a table header, or None: at least two labels naming roles, one of them
    a quantity or an amount, and no number among them."""
    cells = cells_of(row, language)
    if not cells or any(c.numeric for c in cells):
        return None
    labels = [lb for c in cells for lb in _labels_of(c)]
    if any(_words(lb.text) > 4 for lb in labels):
        return None
    roles = [lb.role for lb in labels if lb.role and lb.role != "other"]
    if (len(roles) < 2 or not _AMOUNT_ROLES & set(roles)) and not _text_and_unknown(labels):
        return None
    # a label of a column no line keeps ("Packing", "Back order") names a column too
    named = sum(1 for lb in labels if lb.role)
    if named * 2 < len(labels) - 1:
        return None  # mostly words that name no column: a sentence or a field grid
    return Header(row.page, row.top, row.bottom, labels)


# a currency printed under or over a label: "(GBP)", "EUR", "(€)"
_CURRENCY = re.compile(r"^\(?(?:[A-Z]{3}|[€$£])\)?$")


def _stack(header: Header, extra: Row, language: str, above: bool) -> Header:
    """Labels printed over two lines: each piece joins the label it sits over or under,
    or stands as a label of its own."""
    labels = list(header.labels)
    # a currency under a label ("(GBP)" under "Unit Cost") leaves the label its role;
    # labels printed close ("Qty  Description") are cut apart first, as on one line
    kept: dict[int, str | None] = {}
    for piece in [lb for cell in cells_of(extra, language) for lb in _labels_of(cell)]:
        hit = max(
            labels,
            key=lambda lb: min(lb.x1, piece.x1) - max(lb.x0, piece.x0),
            default=None,
        )
        if hit is not None and min(hit.x1, piece.x1) - max(hit.x0, piece.x0) > 0:
            text = f"{piece.text} {hit.text}" if above else f"{hit.text} {piece.text}"
            idx = labels.index(hit)
            labels[idx] = Label(text, min(hit.x0, piece.x0), max(hit.x1, piece.x1), None)
            kept[idx] = hit.role if _CURRENCY.match(piece.text) else None
        else:
            labels.append(Label(piece.text, piece.x0, piece.x1, piece.role))
    for i, lb in enumerate(labels):
        if lb.role is None:
            labels[i] = Label(lb.text, lb.x0, lb.x1, label_role(lb.text) or kept.get(i))
    labels.sort(key=lambda lb: lb.x0)
    return Header(
        header.page,
        min(header.top, extra.top),
        max(header.bottom, extra.bottom),
        labels,
    )


def find_headers(layout: PageLayout, language: str) -> list[tuple[int, Header]]:
    """Every header on the page, with the index of its last row."""
    out: list[tuple[int, Header]] = []
    rows = layout.rows
    reach = 1.6 * layout.line_height
    for i, row in enumerate(rows):
        if out and out[-1][0] == i:
            continue  # the second line of the header above, already stacked under it
        header = header_of(row, language)
        if header is None:
            continue
        last = i
        centre = (row.top + row.bottom) / 2
        if i > 0:
            prev = rows[i - 1]
            if (
                centre - (prev.top + prev.bottom) / 2 <= reach
                and _is_label_row(cells_of(prev, language))
                and header_of(prev, language) is None
            ):
                header = _stack(header, prev, language, above=True)
        if i + 1 < len(rows):
            nxt = rows[i + 1]
            below = cells_of(nxt, language)
            step = (nxt.top + nxt.bottom) / 2 - centre
            # a second line of labels, close under the first, or a line further down
            # whose every cell names a column ("Article" over "Description" set a row
            # apart): no item row is words that all name columns
            if _is_label_row(below) and (
                step <= reach
                or (step <= 2.2 * layout.line_height and all(label_role(c.text) for c in below))
            ):
                stacked = _stack(header, nxt, language, above=False)
                # a second line of labels names as many columns as the first did (the
                # first line of a cell's text under its label makes it name fewer)
                named = all(label_role(c.text) for c in below)
                lower = header_of(nxt, language) if step <= reach else None
                if named or len(stacked.roles) >= len(header.roles):
                    header = stacked
                    last = i + 1
                elif lower is not None:
                    # a head cut over two rows, each naming columns of its own ("Unit" /
                    # "price"): one head, read by the row naming more; never two tables
                    header = header if len(header.roles) >= len(lower.roles) else lower
                    last = i + 1
        out.append((last, header))
    return out
