"""Order and invoice numbers compare equal however people print them; payment terms give
their early-payment discount."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy.orm import Session

from linking.finder import orders_by_number
from linking.payments import DiscountTerms, discount_terms
from models.documents import Document
from models.enums import DocStatus
from models.numbers import find_invoice, invoice_key, order_key
from models.orders import Order


@pytest.mark.parametrize(
    "printed",
    [
        "PO-2026-0042",
        "po 2026/0042",
        "Cde n° PO-2026-0042",
        "Commande N°2026-0042",
        "Order #2026-0042",
        "ORDER NO. PO20260042",
        "P.O. 2026-0042",
        "Votre commande : PO 2026 0042",
        "Bon de commande n° 2026-0042",
    ],
)
def test_order_numbers_normalise_to_one_key(printed: str) -> None:
    assert order_key(printed) == "20260042"


def test_prefix_only_stripped_before_a_non_letter() -> None:
    assert order_key("POLY-12") == "POLY12"
    assert order_key("BC26-00042") == order_key("Cde BC 26-00042") == "2600042"
    assert order_key("NORD-7") == "NORD7"
    assert order_key("4500001234") == "4500001234"
    assert order_key("") == ""


def test_invoice_numbers() -> None:
    assert invoice_key("Facture n° F2026-00012") == invoice_key("F2026-00012") == "F202600012"
    assert invoice_key("Invoice #INV-00012") == invoice_key("inv 00012")
    assert invoice_key("F-5") != invoice_key("F-6")


@pytest.mark.parametrize(
    "terms,expected",
    [
        ("Escompte 2 % à 10 jours, 30 jours net", DiscountTerms(Decimal(2), 10)),
        ("2% 10 days, net 30", DiscountTerms(Decimal(2), 10)),
        ("1,5 % si paiement sous 8 jours", DiscountTerms(Decimal("1.5"), 8)),
        ("2/10 net 30", DiscountTerms(Decimal(2), 10)),
        ("30 jours fin de mois", None),
        ("Net 30", None),
        (None, None),
    ],
)
def test_discount_terms(terms: str | None, expected: DiscountTerms | None) -> None:
    assert discount_terms(terms) == expected


def test_stored_numbers_are_found_however_they_are_quoted(session: Session) -> None:
    """The database pre-filter must let every spelling through, whatever separators the
    stored number has ("BC26-07218-2" quoted as "Cde n° BC 26 07218/2")."""
    stored = ["BC26-07218-2", "PO-2026-0042", "4500001234", "BC26-07218"]
    ids = {}
    for i, number in enumerate(stored):
        doc = Document(sha256=f"{i:064d}", original_name=f"{i}.pdf", status=DocStatus.APPROVED)
        doc.doc_type, doc.document_number = "invoice", "FA-26-" + number
        session.add(doc)
        session.flush()
        order = Order(document_id=doc.id, order_number=number)
        session.add(order)
        session.flush()
        ids[number] = order.id
    for quoted, number in [
        ("Cde n° BC 26 07218/2", "BC26-07218-2"),
        ("bc26072182", "BC26-07218-2"),
        ("Order #BC26-07218", "BC26-07218"),
        ("P.O. 2026.0042", "PO-2026-0042"),
        ("Commande : 45000 01234", "4500001234"),
    ]:
        assert [o.id for o in orders_by_number(session, order_key(quoted))] == [ids[number]]
    assert orders_by_number(session, order_key("BC26-07218-3")) == []
    found = find_invoice(session, "Facture n° FA 26 BC26 07218 2", None)
    assert found is not None and found.document_number == "FA-26-BC26-07218-2"
