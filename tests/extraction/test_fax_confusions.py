"""A fax's misread glyphs undone from the one confusion table (candidates/confusions.py):
labels whose small capitals lost their bars ("VOTRL BON UL COMMANDL"), and identifiers
whose check digits choose among the look-alikes of one misread glyph. What is read only
so is offered to a clerk, never shown sure; and where two look-alikes pass, none is taken."""

from __future__ import annotations

import pytest

from extraction import crosscheck, labels
from extraction.assemble import build_result
from extraction.candidates import confusions
from extraction.layout import build_layout
from extraction.parse import identifiers
from extraction.result import ExtractionResult, FieldValue, PageResult, Word

ACCEPT = 0.9


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        ("VOTRL BON UL COMMANDL : PO-2024-118", "order_number", "PO-2024-118"),
        ("NUMLRO UL CLILNT C-1234", "customer_number", "C-1234"),
        ("BON UL LIVRAISON N° BL-1", "docnum:delivery_note", "BL-1"),
        ("C0MMANDL N° 55", "docnum:purchase_order", "55"),
        ("Votre cod lient 001834", "customer_number", "001834"),  # thin glyphs lost
        ('N" de facure ACH/2026/989', "docnum:invoice", "ACH/2026/989"),  # and a mark
    ],
)
def test_a_label_with_several_glyphs_misread_is_read_and_trusted_as_a_foreign_one(
    text: str, field: str, value: str
) -> None:
    assert labels.match_label(labels.fold(text), foreign=True) is None
    assert labels.confused_label(labels.fold(text)) is None  # more than one glyph off
    found = labels.confused_words_label(text)
    assert found is not None
    hit, cost = found
    assert (hit.field, hit.foreign, hit.confused) == (field, True, True)
    assert text[hit.end :].strip() == value
    assert 0 < cost <= labels.CONFUSED_WORDS_BUDGET


@pytest.mark.parametrize(
    "text",
    [
        "RUE DE LA PAIX",  # words of no label
        "Jean Dupont",
        "DATL 12/03/2025",  # one short word: as likely another word as the label
        "Dale",
        "votrl bon ul commandl",  # small letters: "l" for "e" is a capital's confusion
    ],
)
def test_words_that_only_resemble_a_label_are_no_label(text: str) -> None:
    assert labels.confused_words_label(text) is None


def test_a_capitals_confusions_are_not_a_small_letters() -> None:
    swaps = confusions.glyph_swaps(labels.CONFUSED_WORD_COST)
    assert ("e", 0.5) in swaps["L"]
    assert all(printed != "e" for printed, _ in swaps.get("l", []))


def _line(y: float, parts: list[tuple[str, float]], conf: float = 0.8) -> list[Word]:
    return [
        Word(text=t, bbox=(x, y, x + 6 * len(t), y + 9), confidence=conf, source="ocr")
        for t, x in parts
    ]


def _page(words: list[Word]) -> ExtractionResult:
    page = PageResult(number=1, text="", source="ocr", width=595, height=842, words=words)  # type: ignore[arg-type]
    return build_result([page], [build_layout(words, 1, 595, 842)])


def test_a_value_under_a_label_read_with_confusions_is_offered_not_accepted() -> None:
    words = [
        *_line(40, [("Atelier", 40), ("Marchand", 90)]),
        *_line(40, [("FACTURE", 420)]),
        *_line(80, [("Facture", 40), ("n°", 90), ("F-2024-118", 120)]),
        *_line(100, [("VOTRL", 40), ("BON", 76), ("UL", 100), ("COMMANDL", 118)]),
        *_line(100, [("PO-77812", 230)]),
    ]
    result = _page(words)
    order = result.fields.get("order_number")
    assert order is not None and order.value == "PO-77812"
    assert order.confidence < ACCEPT


@pytest.mark.parametrize(
    ("read", "printed"),
    [
        ("ES8097366624105790641668", "ES8097366824105790641668"),  # 8 read 6
        ("CB20EZLD75046778287034", "GB20EZLD75046778287034"),  # the country's G read C
        ("GB80RYKN19778984991449", "GB86RYKN19778984991449"),  # a check digit's 6 read 0
    ],
)
def test_an_iban_one_glyph_off_is_the_one_look_alike_its_check_digits_accept(
    read: str, printed: str
) -> None:
    assert not identifiers.iban_valid(read)
    value, trust = identifiers.check_iban(read) or ("", 0.0)
    assert value == printed
    assert identifiers.guessed(trust) and trust >= 0.75  # valid, but a guess


def test_no_look_alike_is_taken_when_several_pass_their_check_digits() -> None:
    # every variant of one glyph of this id that holds its check digits
    read = "FR40303265048"
    valid = [v for v, _ in confusions.one_glyph_variants(read) if identifiers.vat_valid(v)]
    assert len(valid) != 1
    assert identifiers.check_vat(read) == (read, 0.3)


def test_an_identifier_read_as_printed_is_not_a_guess() -> None:
    assert identifiers.check_vat("FR40303265045") == ("FR40303265045", 1.0)
    assert not identifiers.guessed(1.0) and not identifiers.guessed(identifiers.REPAIRED)


@pytest.mark.parametrize(
    ("text", "vat"),
    [
        ("RCS Dijon B 223 997 164 - TVA intracommunautaire 1 R 45 223 997 164", "FR45223997164"),
        ("Registered in England No. 08045127 - VAI NO. ;B623612130 Page 1/1", "GB623612130"),
    ],
)
def test_a_vat_id_with_its_country_code_damaged_is_read_after_its_label(
    text: str, vat: str
) -> None:
    found = identifiers.find_vats(text)
    assert [v for v, *_ in found] == [vat]
    assert identifiers.guessed(found[0][1])


def test_a_number_with_a_damaged_prefix_and_no_vat_label_is_no_vat_id() -> None:
    assert identifiers.find_vats("RCS Dijon B 223 997 164 - SIRET 223 997 164 27703") == []
    assert identifiers.find_vats("Commande 1 R 45 223 997 164") == []


def _totals(net: str, tax: str, gross: str, source: str = "ocr") -> ExtractionResult:
    result = ExtractionResult(doc_type="invoice")
    for name, value in (("total_net", net), ("total_tax", tax), ("total_gross", gross)):
        result.fields[name] = FieldValue(value=value, confidence=0.93, source=source)  # type: ignore[arg-type]
    return result


@pytest.mark.parametrize(
    ("net", "tax", "gross", "field", "value"),
    [
        ("7250385.00", "14500.77", "87004.62", "total_net", "72503.85"),  # separator lost
        ("1665.20", "333.04", "1996.24", "total_gross", "1998.24"),  # its 8 read 6
        ("1685.20", "333.04", "1998.24", "total_net", "1665.20"),  # its 6 read 8
    ],
)
def test_a_total_misread_by_a_glyph_is_what_the_other_two_imply_for_a_look(
    net: str, tax: str, gross: str, field: str, value: str
) -> None:
    result = _totals(net, tax, gross)
    crosscheck.restore_misread_total(result)
    assert result.fields[field].value == value
    assert result.fields[field].confidence < ACCEPT


@pytest.mark.parametrize(
    ("net", "tax", "gross"),
    [
        ("1675.20", "333.04", "1998.24"),  # 7 for 6: no look-alike, left as read
        ("1685.20", "333.04", "1988.24"),  # two totals off: nothing decides
    ],
)
def test_totals_that_disagree_otherwise_are_left_as_read(net: str, tax: str, gross: str) -> None:
    result = _totals(net, tax, gross)
    crosscheck.restore_misread_total(result)
    assert [result.fields[n].value for n in ("total_net", "total_tax", "total_gross")] == [
        net,
        tax,
        gross,
    ]
