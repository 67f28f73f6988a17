"""Document type of letters in prose (issue 20): the kind is said in sentences and subject
lines, other documents are named along the way, and a type read only from sentences is
never auto-accepted; the confidence comes from the fitted table."""

from __future__ import annotations

import random

import pytest
from reportlab.pdfbase.pdfmetrics import stringWidth

from extraction.calibration import doctype
from extraction.classify import classify
from extraction.layout import build_layout
from extraction.pages import read_pdf
from models.settings.extraction import ExtractionSettings
from tests.extraction import letters
from tests.extraction.pages_for_tests import Text, pdf, printed, rows

ACCEPT = 0.9


def kind_of(*items: Text) -> tuple[str, float]:
    pages = read_pdf(pdf(*items), ExtractionSettings())
    result = classify([build_layout(p.words, p.number, *p.frame) for p in pages])
    return result.doc_type, result.confidence


def letter(subject: str, *sentences: str) -> list[Text]:
    """A letter: letterhead, addressee, date, maybe a subject, salutation, sentences."""
    doc = [
        *printed("""
            50  40  16b Atelier Morel SARL
            50  62  8   12 rue des Forges, 69003 Lyon
            330 130 10  Kestrel Components Ltd
            330 143 10  14 Mill Lane
            330 156 10  Leeds LS1 4AB
            330 210 10  Lyon, le 12/03/2026
        """),
    ]
    y = 250
    if subject:
        doc.append(Text(50, y, subject, bold=True))
        y += 28
    doc.append(Text(50, y, "Madame, Monsieur,"))
    y += 22
    for sentence in sentences:
        doc.append(Text(50, y, sentence))
        y += 16
    doc.append(Text(50, y + 20, "Veuillez agréer nos salutations distinguées."))
    return doc


@pytest.mark.parametrize(
    ("subject", "sentence", "want"),
    [
        ("", "Please find enclosed our order for the goods listed below.", "purchase_order"),
        (
            "",
            "Nous vous confirmons votre commande du 02/03/2026 aux prix convenus.",
            "order_confirmation",
        ),
        (
            "",
            "Suite à votre commande, veuillez trouver ci-dessous notre facture.",
            "invoice",
        ),
        (
            "Objet : Votre commande n° 4521",
            "Nous vous en confirmons la bonne réception.",
            "order_confirmation",
        ),
        ("Objet : Relance – facture n° F123", "Notre facture reste impayée à ce jour.", "other"),
        (
            "Subject: Payment of invoice F123",
            "We have today transferred the amount below.",
            "payment_advice",
        ),
        (
            "Re: Correction of invoice F123",
            "We are crediting your account with £40.00.",
            "credit_note",
        ),
    ],
)
def test_a_letter_is_typed_by_what_it_says_not_by_the_documents_it_names(
    subject: str, sentence: str, want: str
) -> None:
    assert kind_of(*letter(subject, sentence))[0] == want


def test_a_column_of_invoice_numbers_is_what_a_payment_settles_not_a_title() -> None:
    doc = letter("", "Nous vous adressons le détail de notre virement pour les pièces listées.")
    doc += [
        Text(50 + 120 * i, 400, h, 9, bold=True)
        for i, h in enumerate(["Facture n°", "Date", "Montant"])
    ]
    doc += [Text(50 + 120 * i, 415, v, 9) for i, v in enumerate(["F6768", "12/02/2026", "302,90"])]
    assert kind_of(*doc)[0] == "payment_advice"


def test_a_type_read_only_from_sentences_is_not_auto_accepted() -> None:
    doc_type, confidence = kind_of(
        *letter("", "Nous vous livrons ce jour les articles ci-dessous.")
    )
    assert doc_type == "delivery_note"
    assert confidence < ACCEPT


def test_a_big_title_is_sure_once_the_table_is_fitted() -> None:
    doc = [
        *printed("""
            40  30  14b Packaging Direct Inc.
            320 44  18b INVOICE
            320 72  10  Invoice No. 3838942
            40  160 10  BILL TO
            40  174 10  Whitfield & Brooks Corp.
            40  187 10  460 Main Street
            40  200 10  Portland, OR 97204
        """),
    ]
    doc_type, confidence = kind_of(*doc)
    assert doc_type == "invoice"
    assert confidence >= ACCEPT


def test_the_fitted_table_is_monotone_and_nothing_is_sure_without_evidence() -> None:
    cal = doctype._load(doctype.ARTEFACT)
    assert cal is not None and cal.table
    confs = [c for _, c in cal.table]
    assert confs == sorted(confs)
    assert cal.meta["promise"] >= 0.995
    assert doctype.confidence({}) < ACCEPT


def test_generated_letters_of_every_kind_are_typed_right() -> None:
    rng = random.Random(7)
    wrong = []
    for k, kind in enumerate(letters.KINDS * 2):
        lang = ("fr", "en")[k % 2]
        items = letters.letter(kind, lang, "a", rng)
        pages = read_pdf(letters.render(items), ExtractionSettings())
        got = classify([build_layout(p.words, p.number, *p.frame) for p in pages]).doc_type
        if got != letters.TRUTH_TYPE.get(kind, kind):
            wrong.append((kind, lang, got))
    assert wrong == []


def test_a_subject_that_contradicts_the_sentences_leaves_the_type_unsure() -> None:
    doc_type, confidence = kind_of(
        *letter("Objet : Bon de commande n° 4521", "Nous vous confirmons votre commande du 02/03.")
    )
    assert doc_type in ("purchase_order", "order_confirmation")
    assert confidence < ACCEPT


def test_a_big_title_set_right_and_wrapped_beside_the_letterhead_is_read_whole() -> None:
    # "BORDEREAU DE" / "LIVRAISON" in large spaced type, set right, wrapping over two lines
    # while the letterhead's small rows run beside it; "FACTURÉ À" labels the customer
    doc = [
        Text(40, 35, "Ateliers Girard Sàrl", 9, bold=True),
        Text(556 - stringWidth("BORDEREAU DE", "Helvetica", 22), 39, "BORDEREAU DE", 22),
        *rows(40, 47, ["Rue du Rhône 86", "2000 Neuchâtel", "Suisse"], step=11),
        Text(556 - stringWidth("LIVRAISON", "Helvetica", 22), 67, "LIVRAISON", 22),
        *printed("""
            40 200 9b FACTURÉ À
            40 214 10 Ateliers Chevalier SA
            40 227 10 12 rue Pasteur
            40 240 10 69007 Lyon
        """),
    ]
    doc_type, _confidence = kind_of(*doc)
    assert doc_type == "delivery_note"
