"""Parsers read what French and English documents print."""

from datetime import date
from decimal import Decimal

import pytest

from extraction.labels import match_label, resolve_docnum
from extraction.layout import build_layout
from extraction.lines import header_columns
from extraction.parse.amounts import currency_in, money_str, parse_amount
from extraction.parse.dates import parse_date
from extraction.parse.identifiers import check_iban, check_vat, find_ibans, siren_valid
from extraction.result import Word


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12/03/2026", date(2026, 3, 12)),
        ("12.03.26", date(2026, 3, 12)),
        ("2026-03-12", date(2026, 3, 12)),
        ("12 mars 2026", date(2026, 3, 12)),
        ("1er février 2026", date(2026, 2, 1)),
        ("Lyon, le 3 août 2026", date(2026, 8, 3)),
        ("March 12, 2026", date(2026, 3, 12)),
        ("12 March 2026", date(2026, 3, 12)),
        ("Dec. 5 2026", date(2026, 12, 5)),
        ("03/25/2026", date(2026, 3, 25)),  # month first only when the day cannot be first
    ],
)
def test_dates_fr_en(text: str, expected: date) -> None:
    assert parse_date(text) == expected


def test_impossible_date_is_not_a_date() -> None:
    assert parse_date("31/02/2026") is None


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("1 234,56 €", "fr", "1234.56"),
        ("1.234,56 EUR", "fr", "1234.56"),
        ("€1,234.56", "en", "1234.56"),
        ("1,234.56 GBP", "en", "1234.56"),
        ("$12.50", "en", "12.50"),
        ("12,5", "fr", "12.5"),
        ("1.500", "fr", "1500"),
        ("1,500", "en", "1500"),
        ("154 510,02", "fr", "154510.02"),
        ("-12,00 €", "fr", "-12.00"),
    ],
)
def test_amounts_fr_en(text: str, language: str, expected: str) -> None:
    assert parse_amount(text, language) == Decimal(expected)


def test_amount_rejects_words_and_rates() -> None:
    assert parse_amount("20 %", "fr") is None
    assert parse_amount("page 2 of 3", "en") is None
    assert money_str(Decimal("54")) == "54.00"


def test_currency_signs() -> None:
    assert currency_in("1 234,56 €") == "EUR"
    assert currency_in("£10.00") == "GBP"
    assert currency_in("12.00 USD") == "USD"


def test_iban_checked_and_ocr_misread_repaired_with_less_trust() -> None:
    good = "FR7630006000011234567890189"
    assert check_iban("FR76 3000 6000 0112 3456 7890 189") == (good, 1.0)
    misread = good[:10] + "O" + good[11:]  # OCR read a zero as the letter O
    value, trust = check_iban(misread)  # type: ignore[misc]
    assert value == good and trust < 1.0
    wrong = good[:-1] + "8"  # a wrong digit: not valid, low trust
    assert check_iban(wrong)[1] < 0.5  # type: ignore[index]
    assert find_ibans("IBAN : FR76 3000 6000 0112 3456 7890 189 BIC XXX")[0][0] == good


def test_vat_and_siren_check_digits() -> None:
    assert check_vat("FR 40 303 265 045") == ("FR40303265045", 1.0)
    assert check_vat("FR41303265045")[1] < 0.5  # type: ignore[index]
    assert siren_valid("303 265 045")
    assert not siren_valid("303 265 046")
    assert check_vat("GB 980 7806 84")[1] == 1.0  # type: ignore[index]


@pytest.mark.parametrize(
    ("label", "doc_type", "field"),
    [
        ("facture n° f-1", "invoice", "document_number"),
        ("invoice # 12", "invoice", "document_number"),
        ("n° de commande : po-1", "purchase_order", "document_number"),
        ("n° de commande : po-1", "invoice", "order_number"),
        ("your order: po-1", "invoice", "order_number"),
        ("date de livraison : 12/03/2026", "invoice", "delivery_date"),
        ("due date: 12/03/2026", "invoice", "due_date"),
        ("total ht", "invoice", "total_net"),
        ("net a payer", "invoice", "total_gross"),
        ("tva 5,5 %", "invoice", "total_tax"),
        ("n° fournisseur", "purchase_order", "ignore"),
    ],
)
def test_labels_resolve_by_doc_type(label: str, doc_type: str, field: str) -> None:
    hit = match_label(label)
    assert hit is not None
    assert resolve_docnum(hit.field, doc_type) == field


def _row(*cells: tuple[str, float]) -> list[Word]:
    words = []
    for text, x in cells:
        for i, part in enumerate(text.split()):
            x0 = x + i * 30
            words.append(Word(text=part, bbox=(x0, 100, x0 + 5 * len(part), 109)))
    return words


@pytest.mark.parametrize(
    ("cells", "roles"),
    [
        (
            [
                ("Réf.", 40),
                ("Désignation", 100),
                ("Qté", 300),
                ("P.U. HT", 350),
                ("Montant HT", 450),
            ],
            ["sku", "description", "quantity", "unit_price", "line_total"],
        ),
        (
            [
                ("Description", 40),
                ("Qty", 300),
                ("Unit", 340),
                ("Unit Price", 380),
                ("VAT", 460),
                ("Amount", 500),
            ],
            ["description", "quantity", "unit", "unit_price", "tax_rate", "line_total"],
        ),
        (
            [
                ("Quantité", 40),
                ("Code article", 100),
                ("Libellé", 200),
                ("Prix unitaire", 380),
                ("Montant", 480),
            ],
            ["quantity", "sku", "description", "unit_price", "line_total"],
        ),
    ],
)
def test_column_roles_from_header_in_any_order(
    cells: list[tuple[str, float]], roles: list[str]
) -> None:
    layout = build_layout(_row(*cells), 1, 595, 842)
    cols = header_columns(layout.rows[0])
    assert cols is not None
    assert [c.role for c in sorted(cols, key=lambda c: c.x0)] == roles


def test_a_sentence_is_not_a_table_header() -> None:
    layout = build_layout(_row(("Merci pour votre commande", 40)), 1, 595, 842)
    assert header_columns(layout.rows[0]) is None


def test_organisation_names_by_legal_form_and_spacy() -> None:
    from extraction.nlp import organisations

    lines = ["12 rue des Lilas", "Ateliers Durand SARL", "Harbour Foods plc", "69007 Lyon"]
    assert organisations(lines) == ["Ateliers Durand SARL", "Harbour Foods plc"]
