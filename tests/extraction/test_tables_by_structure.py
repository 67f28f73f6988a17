"""Line tables found by structure alone (``extraction.tables.structure``): no header row, or
one whose words no vocabulary holds, the rows told by their alignment (text from one x,
numbers ending at one x) and their columns' roles by content. Such lines are never shown
as sure (0.85 at most): nothing printed says which column is which."""

from __future__ import annotations

from tests.extraction.pages_for_tests import RightAt, Text, cells_at, printed, read_pages

HEAD = printed("""
    43  50  12b Ateliers Roux SARL
    43  66  10  8 avenue Foch, 75016 Paris
    400 50  12b BON DE LIVRAISON
    400 70  10  N° BL-2026-0311
    400 84  10  Date : 12/03/2026
    43  120 10  Livré à : Quincaillerie Dumas, 14 rue des Forges, 69003 Lyon
""")


def _table(rows: list[list[str]], columns: list[float | RightAt], top: float = 220) -> list[Text]:
    out: list[Text] = []
    for k, cells in enumerate(rows):
        out += cells_at(top + 16 * k, columns, cells)
    return out


def test_a_discount_under_words_no_vocabulary_holds_is_no_vat_rate() -> None:
    """A header of words that name no column ("Combien", "Chaque", "Somme") over a
    line number, a code, the text, the count, the price, a discount on some rows and the
    amount: the column of rates is the discount where quantity x price less it is the
    amount on every row (read as a VAT rate, no row with one adds up)."""
    rows = [
        ["1", "TUY-3507", "Tuyau PER nu 16 mm couronne 100 m", "24", "77,91", "", "1 869,84"],
        ["2", "ETA-2618", "Étagère métallique galvanisée", "20", "157,50", "5 %", "2 992,50"],
        ["3", "LED-7380", "Tube LED T8 18 W 120 cm 4000 K", "250", "13,43", "", "3 357,50"],
        ["4", "MNT-4546", "Intervention technicien sur site", "25", "56,33", "2,5 %", "1 373,04"],
    ]
    cols: list[float | RightAt] = [
        RightAt(52),
        60,
        130,
        RightAt(380),
        RightAt(430),
        RightAt(475),
        RightAt(553),
    ]
    page = [
        *HEAD,
        *printed("""
            60  200 10b Modèle
            130 200 10b Objet
            350 200 10b Combien
            400 200 10b Chaque
            500 200 10b Somme
        """),
        *_table(rows, cols),
        Text(400, 300, "Total HT"),
    ]
    lines = read_pages(page).lines
    assert [(li.sku, li.quantity, li.unit_price, li.line_total) for li in lines] == [
        ("TUY-3507", "24", "77.91", "1869.84"),
        ("ETA-2618", "20", "157.50", "2992.50"),
        ("LED-7380", "250", "13.43", "3357.50"),
        ("MNT-4546", "25", "56.33", "1373.04"),
    ]
    assert [li.tax_rate for li in lines] == [None] * 4
    assert all(li.confidence < 0.9 for li in lines)


def test_a_delivery_notes_counts_with_no_header_are_its_lines() -> None:
    """No header at all, no price: a code, the text and a count on each row, the counts
    ending at one x. Two rows or more so aligned are a table; the lone column of numbers
    is the count."""
    rows = [
        ["03534-52", "Papier reprographie A4 80 g (ramette 500 f.)", "48"],
        ["03750-56", "Tuyau PER nu 16 mm couronne 100 m", "4"],
        ["01766-92", "Étagère métallique galvanisée 5 plateaux", "6"],
    ]
    page = [*HEAD, *_table(rows, [43, 110, RightAt(480)])]
    lines = read_pages(page).lines
    assert [(li.sku, li.description, li.quantity) for li in lines] == [
        ("03534-52", "Papier reprographie A4 80 g (ramette 500 f.)", "48"),
        ("03750-56", "Tuyau PER nu 16 mm couronne 100 m", "4"),
        ("01766-92", "Étagère métallique galvanisée 5 plateaux", "6"),
    ]
    assert all(li.confidence <= 0.85 for li in lines)


def test_a_count_printed_with_its_sign_before_the_text_is_the_count() -> None:
    """Counts only, each printed before its text with a multiplication sign ("12 ×
    Huile ..."), under no header: the sign says the number is the count."""
    rows = [
        ["4008687600211", "12 × Huile de coupe soluble bidon 20 L"],
        ["4004142742781", "6 × Sable de Loire 0/4 lavé"],
        ["4005018139621", "3 × Peinture glycéro satinée blanche 2,5 L"],
    ]
    page = [*HEAD, *_table(rows, [43, 160])]
    lines = read_pages(page).lines
    assert [(li.sku, li.description, li.quantity) for li in lines] == [
        ("4008687600211", "Huile de coupe soluble bidon 20 L", "12"),
        ("4004142742781", "Sable de Loire 0/4 lavé", "6"),
        ("4005018139621", "Peinture glycéro satinée blanche 2,5 L", "3"),
    ]


def test_rows_that_do_not_line_up_are_no_table() -> None:
    """An address block and a note with numbers in them, the numbers ending nowhere in
    common: no line is made up."""
    page = [
        *HEAD,
        *printed("""
            43  220 10  Accès livraison : portail n° 2, 71 rue des Entrepôts
            43  236 10  Colis : 7 – Poids total : 14 kg
            300 252 10  Horaires 8 h - 12 h
        """),
    ]
    assert read_pages(page).lines == []
