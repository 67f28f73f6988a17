"""A sender's learned cells move with their column titles (issue 24): a delivery note that
prints a column on some documents only ("Reliquat", what is still to deliver) pushes the
columns after it aside, where the cells learned without it read the ordered quantity as
the delivered one and the back-order as the unit's. Each cell keeps the title printed over
it where it was learned (``CellHint.title``) and is moved by as much as that title moved
(``profile_columns.anchored``)."""

from __future__ import annotations

from extraction.profile_columns import read_columns
from extraction.profiles import Learned, SenderProfile
from extraction.result import PageResult, Word
from tests.learning.stream import layouts_of, page_of, taught
from tests.learning.stream import words_at as _words
from tests.learning.test_row_fit import _extract, _right

ITEMS = [
    ("BOI-7035", "Tasseau sapin 63x75", "100", "90"),
    ("LED-3599", "Tube LED T8 18 W", "48", "48"),
    ("PNT-4316", "Peinture satinée 2,5 L", "20", "15"),
    ("CAF-4644", "Café grains 1 kg", "6", "6"),
    ("RUB-5286", "Ruban adhésif 48 mm", "12", "10"),
]


def _note(i: int, back: bool) -> tuple[list[PageResult], list[dict[str, str]], dict[str, str]]:
    """Note ``i``: code, description, quantity ordered and delivered, the unit; ``back``
    prints the quantity still to deliver between the delivered one and the unit."""
    words: list[Word] = _words("Transports Morel SAS", 40, 40)
    words += _words("TVA FR61453982117", 40, 52) + _words("BON DE LIVRAISON", 240, 110)
    words += _words(f"BL N° LIV-{4400 + 7 * i}", 40, 160)
    at = (330, 400, 470, 520) if back else (400, 470, 0, 520)
    words += _words("Référence", 40, 260) + _words("Désignation", 130, 260)
    words += _words("Commandé", at[0], 260) + _words("Livré", at[1], 260)
    if back:
        words += _words("Reliquat", at[2], 260)
    words += _words("Unité", at[3], 260)
    lines, y = [], 275.0
    for k in range(4):
        sku, desc, ordered, delivered = ITEMS[(i + k) % 5]
        # on the notes without a back-order column everything ordered was delivered
        delivered = delivered if back else ordered
        words += _words(sku, 40, y) + _words(desc, 130, y)
        words += _words(ordered, at[0] + 40, y, right=True)
        words += _words(delivered, at[1] + 25, y, right=True)
        if back:
            words += _words(str(int(ordered) - int(delivered)), at[2] + 35, y, right=True)
        words += _words("pce", at[3], y)
        lines.append({"sku": sku, "description": desc, "quantity": delivered, "unit": "pce"})
        y += 14
    approved = {"document_number": f"LIV-{4400 + 7 * i}", "vat_id": "FR61453982117"}
    return [page_of(words)], lines, approved


def _taught() -> SenderProfile:
    profile = taught((_note(i, back=False) for i in (1, 2)), "delivery_note", scored=True)
    assert profile.table_hint is not None
    return profile


def test_cells_learned_under_their_titles_follow_them_to_a_new_column() -> None:
    profile = _taught()
    hint = profile.table_hint
    assert hint is not None
    titles = {c.title for c in hint.cells if c.roles == ["quantity"]}
    assert titles == {"livre"}
    pages, lines, _approved = _note(3, back=True)
    read = read_columns(hint, layouts_of(pages), {})
    assert [li.quantity for li in read] == [li["quantity"] for li in lines]
    assert [li.unit for li in read] == ["pce"] * len(lines)
    result = _extract(pages, Learned(profiles=[profile]))
    assert _right(result, lines) == len(lines) == len(result.lines)


def test_cells_stay_where_learned_when_the_titles_did_not_move() -> None:
    profile = _taught()
    assert profile.table_hint is not None
    pages, lines, _approved = _note(4, back=False)
    read = read_columns(profile.table_hint, layouts_of(pages), {})
    assert [li.quantity for li in read] == [li["quantity"] for li in lines]
