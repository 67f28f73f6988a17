"""The three references under labels no listed wording holds, read by the concepts of the
label's words, in the places senders set them: a side column of captions over values, a
value before its label, a misspelt label beside its value. Such readings are offered,
never shown sure; a label of another matter gives no reference."""

from __future__ import annotations

from extraction.result import ExtractionResult
from tests.extraction.pages_for_tests import printed, read, value

ACCEPT = 0.9

HEAD = printed("""
    40  40  16b Moreau Outillage SARL
    40  62  10  18 rue des Lilas
    40  75  10  59000 Lille
    40  140 10b Ateliers Blanc
    40  154 10  37 avenue Jean Jaures
    40  168 10  69007 Lyon
    40  215 16b FACTURE
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


def _field(result: ExtractionResult, name: str) -> tuple[str | None, float]:
    fv = result.fields.get(name)
    return (None, 0.0) if fv is None else (fv.value, fv.confidence)


def _side_column(captions: list[tuple[str, str]]) -> ExtractionResult:
    """An invoice whose references stand in a column at the right, each caption in small
    capitals over its value."""
    side = []
    y = 120
    for caption, val in captions:
        side.append(f"440 {y} 7 {caption}")
        side.append(f"440 {y + 10} 10 {val}")
        y += 28
    return read(*HEAD, *printed("\n".join(side)), *TABLE)


def test_a_side_column_gives_the_order_and_the_account_under_unlisted_captions() -> None:
    result = _side_column(
        [
            ("PIECE N°", "F.25.6139"),
            ("EMIS LE", "06/05/2025"),
            ("VOTRE ORDRE N°", "PO-2025-1189"),
            ("TIERS #", "C-074166"),
        ]
    )
    assert value(result, "order_number") == "PO-2025-1189"
    assert value(result, "customer_number") == "C-074166"
    for name in ("order_number", "customer_number"):
        assert _field(result, name)[1] < ACCEPT  # a wording never listed: offered


def test_a_caption_of_another_matter_gives_no_reference() -> None:
    """'Accord-cadre n°' and 'Notre affaire' name an agreement and the sender's own matter: their
    numbers are none of the three references."""
    result = _side_column(
        [
            ("PIECE N°", "F.25.6139"),
            ("ACCORD-CADRE N°", "M254479"),
            ("NOTRE AFFAIRE", "DOS90494"),
        ]
    )
    for name in ("order_number", "customer_number"):
        assert value(result, name) not in ("M254479", "DOS90494")
    assert value(result, "document_number") not in ("M254479", "DOS90494")


def test_a_value_printed_before_its_label_is_read_for_the_label_s_field() -> None:
    lines = printed("""
        40  240 10 CMD-62888 (votre bon #)
        40  254 10 ATE922 (debtor no.)
        40  268 10 DOS94868 (notre affaire)
    """)
    result = read(*HEAD, *lines, *TABLE)
    assert value(result, "order_number") == "CMD-62888"
    assert value(result, "customer_number") == "ATE922"
    assert _field(result, "order_number")[1] < ACCEPT


def test_a_misspelt_account_label_is_read_as_the_word_it_misspells() -> None:
    lines = printed("""
        40  240 10 Custmer numbr : CL-18223
    """)
    result = read(*HEAD, *lines, *TABLE)
    assert value(result, "customer_number") == "CL-18223"
    assert _field(result, "customer_number")[1] < ACCEPT


def test_an_account_label_among_bank_details_is_no_customer_number() -> None:
    lines = printed("""
        40  700 9  Banque : Credit Agricole
        40  712 9  Custmer numbr : 00012345678
    """)
    result = read(*HEAD, *TABLE, *lines)
    assert value(result, "customer_number") != "00012345678"
