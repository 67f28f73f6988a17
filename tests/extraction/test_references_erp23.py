"""References as ERP and office software print them (issue 20, session 23): a label that
carries the order's own date ("V/Cde du 13/04/2024 : 4500045968"), the number and the
date in the title line ("Facture F 24 2713 du 7 mai 2024"), a ruled band of captions
centred or flush right over one row of values with the document's kind among them
("Type | N° pièce | Client" over "FACTURE | 2412737 | K71259"). What no label names
surely stays under the auto-accept threshold."""

from __future__ import annotations

from tests.extraction.pages_for_tests import offered, printed, read, reads, value

HEAD = printed("""
    40  40  16b Moreau Outillage SARL
    40  62  10  18 rue des Lilas
    40  75  10  59000 Lille
    330 120 10b Ateliers Blanc
    330 134 10  37 avenue Jean Jaures
    330 148 10  69007 Lyon
""")
TABLE = printed("""
    40  300 9b Designation
    300 300 9b Qte
    360 300 9b PU HT
    480 300 9b Montant HT
    40  316 9  Gants nitrile taille M
    300 316 9  50
    360 316 9  17,22
    480 316 9  861,00
    40  332 9  Ruban adhesif PP brun
    300 332 9  48
    360 332 9  2,06
    480 332 9  98,88
    400 370 9  Total HT
    480 370 9  959,88
    400 384 9  TVA 20 %
    480 384 9  191,98
    400 398 9  Total TTC
    480 398 9  1 151,86
""")


def test_the_order_s_date_in_its_label_is_no_part_of_the_order_number() -> None:
    lines = printed("""
        40  215 14b Facture N° FAC-2024/7870 du 18 mai 2024
        360 240 9  V/Cde du 13/04/2024 : 4500045968
        360 253 9  Feuillet : 1/2
        360 266 9  Circuit : R53
    """)
    result = read(*HEAD, *lines, *TABLE)
    reads(result, document_number="FAC-2024/7870", order_number="4500045968")


def test_a_number_printed_in_groups_then_its_date_in_the_title() -> None:
    lines = printed("""
        40  215 14b Facture F 24 2713 du 7 mai 2024
        360 240 9  Code client : C-51134
    """)
    result = read(*HEAD, *lines, *TABLE)
    reads(result, document_number="F 24 2713", customer_number="C-51134")


def _band(captions: list[str], values: list[str], title: str = "Facture de vente") -> list:
    """A ruled band: captions flush right over one row of values, 70 pt a column."""
    cells = []
    for i, (cap, val) in enumerate(zip(captions, values, strict=True)):
        x = 100 + 70 * i
        cells.append(f"{x}r 232 7 {cap}")
        cells.append(f"{x}r 246 9 {val}")
    return [*printed(f"40 210 12b {title}"), *printed("\n".join(cells))]


def test_an_erp_band_with_the_kind_among_its_values_gives_the_customer_s_code() -> None:
    band = _band(
        ["Type", "N° pièce", "Date", "Client", "Dépôt", "Circuit"],
        ["FACTURE", "2412737", "11/12/2024", "K71259", "13", "R03"],
    )
    result = read(*HEAD, *band, *TABLE)
    assert value(result, "document_number") == "2412737"
    offered(result, "customer_number", "K71259")  # a bare "Client": offered, not sure


def test_the_kind_printed_as_a_value_gives_no_buyer_s_order() -> None:
    """'Sales order' is the band's kind of document: the number beside it is the
    confirmation's own, which 'Number' labels; no buyer's order is printed."""
    band = _band(
        ["Type", "Number", "Date", "Customer code", "Page"],
        ["Sales order", "9589126", "06/12/2024", "K95959", "1/1"],
        title="Order acknowledgement",
    )
    result = read(*HEAD, *band, *TABLE)
    reads(result, document_number="9589126", order_number=None, customer_number="K95959")
