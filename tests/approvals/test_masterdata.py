"""Master data import (CSV and JSON) and matching of customers, lines and units."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from approvals.masterdata import MasterDataError, import_masterdata, parse_file
from approvals.matching import match_customer, match_line
from approvals.normalize import unit_factor
from models.documents import DocumentLine
from models.masterdata import Customer, Product
from models.settings.approvals import ApprovalSettings
from tests.approvals.factory import load_master

CFG = ApprovalSettings()


def test_csv_import_is_an_upsert(tmp_path: Path, session: Session) -> None:
    customers = tmp_path / "customers.csv"
    customers.write_text(
        "number;name;aliases;vat_id;credit_limit;language\n"
        "C-1;Brasserie du Château;Brasserie Chateau|BDC;FR 12 345 678 901;1000.50;fr\n",
        encoding="utf-8",
    )
    products = tmp_path / "products.csv"
    products.write_text(
        "sku,description,unit,pack_size,pack_unit,part_numbers,price,currency,valid_from\n"
        "GAN-1,Nitrile gloves L,pce,100,box,C-1:BDC-77,0.12,EUR,2026-01-01\n"
        "GAN-1,Nitrile gloves L,pce,100,box,,0.10,EUR,2025-01-01\n",
        encoding="utf-8",
    )
    report = import_masterdata(session, parse_file(customers), actor="t")
    assert report.customers_added == 1
    report = import_masterdata(session, parse_file(products), actor="t")
    assert report.products_added == 1 and report.prices == 2
    again = import_masterdata(session, parse_file(customers), actor="t")
    assert again.customers_updated == 1 and again.customers_added == 0
    cust = session.execute(select(Customer)).scalar_one()
    assert cust.vat_id == "FR12345678901" and cust.credit_limit == Decimal("1000.50")
    assert sorted(a.alias for a in cust.aliases) == ["BDC", "Brasserie Chateau"]
    prod = session.execute(select(Product)).scalar_one()
    assert prod.pack_size == Decimal(100) and len(prod.prices) == 2
    assert [c.code for c in prod.codes] == ["BDC-77"]


def test_bad_files_say_what_is_wrong(tmp_path: Path) -> None:
    bad = tmp_path / "m.json"
    bad.write_text('{"customers": [{"number": "C-1"}]}')
    with pytest.raises(MasterDataError, match=r"customers\.0\.name: Field required"):
        parse_file(bad)
    odd = tmp_path / "x.csv"
    odd.write_text("foo,bar\n1,2\n")
    with pytest.raises(MasterDataError, match="needs a 'sku' column"):
        parse_file(odd)


def test_customer_matching_order(session: Session) -> None:
    load_master(session)
    by_vat = match_customer(
        session, {"vat_id": "FR40303265045", "customer_name": "x"}, "purchase_order", CFG
    )
    assert by_vat.customer and by_vat.customer.number == "C-100" and by_vat.method == "vat_id"
    by_number = match_customer(session, {"customer_number": "C-200"}, "invoice", CFG)
    assert by_number.method == "number"
    alias = match_customer(session, {"customer_name": "Durand Ateliers"}, "purchase_order", CFG)
    assert alias.method == "alias"
    fuzzy = match_customer(
        session,
        {"customer_name": "Northwind Traders Limited", "billing_address": "4 King St, Leeds"},
        "purchase_order",
        CFG,
    )
    assert fuzzy.customer and fuzzy.customer.number == "C-200" and fuzzy.method == "fuzzy"
    assert 88 <= fuzzy.score < 100
    nobody = match_customer(session, {"customer_name": "Zeta Widgets"}, "purchase_order", CFG)
    assert nobody.customer is None


def test_line_matching_and_units(session: Session) -> None:
    load_master(session)
    cust_id = session.execute(select(Customer.id).where(Customer.number == "C-100")).scalar()

    def line(**kw: str) -> DocumentLine:
        return DocumentLine(position=1, **kw)

    assert match_line(session, line(sku="VIS 100"), None, CFG).method == "sku"
    part = match_line(session, line(sku="DUR-4711", unit="box"), cust_id, CFG)
    assert part.method == "part_number" and part.factor == Decimal(12)
    assert match_line(session, line(sku="DUR-4711"), None, CFG).product is None  # C-100's code
    fuzzy = match_line(session, line(description="Ramette de papier A4 80g blanc"), None, CFG)
    assert fuzzy.product and fuzzy.product.sku == "PAP-200" and fuzzy.method == "fuzzy"


def test_unit_factor() -> None:
    assert unit_factor("boîte", "pce", Decimal(12), "box") == Decimal(12)
    assert unit_factor("pièces", "pce", Decimal(12), "box") == Decimal(1)
    assert unit_factor("ea", "pce", None, None) == Decimal(1)
    assert unit_factor("kg", "pce", None, None) is None


def test_products_that_read_alike_are_left_to_a_person(session: Session) -> None:
    same = "Pure arabica coffee beans 1 kg"
    load_master(
        session,
        {
            "products": [
                {"sku": "CAF-1", "description": same, "prices": []},
                {"sku": "CAF-2", "description": same, "prices": []},
            ]
        },
    )
    m = match_line(session, DocumentLine(position=1, description=same), None, CFG)
    assert m.product is None and m.best_guess is not None
