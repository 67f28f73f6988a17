"""samples/templates: real-world open-source templates filled with wild content.

A few documents only (a browser prints each): the same seed gives the same files, every
template prints exactly its truth, and every template's source and licence are recorded.
The tests that start their own browser come before the module's shared one is started
(Playwright's sync API runs one at a time in a thread).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest

from samples.templates import build
from samples.templates.__main__ import main
from samples.wild.check import missing_values, page_text
from samples.wild.chromium import Printer

TEMPLATES = build.templates()
NAMES = [t.name for t in TEMPLATES]
COMMIT_HEX = 40


HALVES = ("tune", "report", "sealed")
# OSI licences an AGPL-3.0 project can carry (no Attribution Assurance, no Elastic)
COMPATIBLE = ("MIT", "BSD", "Apache", "LGPL", "GPL-2.0-or-later", "GPL-3.0", "AGPL-3.0")


def test_there_are_eighteen_to_thirty_templates_split_in_three_halves() -> None:
    assert 18 <= len(TEMPLATES) <= 30
    assert len(set(NAMES)) == len(NAMES)
    assert {t.half for t in TEMPLATES} == set(HALVES)
    assert sum(len(build.templates(h)) for h in HALVES) == len(TEMPLATES)
    # French and English both, each half printing more than one kind of document
    assert {lang for t in TEMPLATES for lang in t.languages} == {"en", "fr"}
    for half in HALVES:
        assert len({k for t in build.templates(half) for k in t.kinds}) >= 3


def test_the_sealed_half_comes_from_other_projects_and_covers_every_kind() -> None:
    sealed = build.templates("sealed")
    assert len(sealed) >= 6
    others = {t.entry["repo"] for t in TEMPLATES if t.half != "sealed"}
    assert not others & {t.entry["repo"] for t in sealed}
    assert len({t.entry["repo"] for t in sealed}) >= 2
    kinds = {k for t in sealed for k in t.kinds}
    for kind in ("purchase_order", "order_confirmation", "delivery_note", "invoice"):
        assert kind in kinds
    assert {"payment_advice", "quotation"} <= kinds
    assert {lang for t in sealed for lang in t.languages} == {"en", "fr"}


@pytest.mark.parametrize("name", NAMES)
def test_every_template_records_its_source_and_licence(name: str) -> None:
    entry = next(t.entry for t in TEMPLATES if t.name == name)
    assert "/" in entry["repo"] and entry["authors"] and entry["changes"]
    assert entry["files"] and all(len(f["commit"]) == COMMIT_HEX for f in entry["files"])
    assert any(word in entry["licence"] for word in COMPATIBLE)
    assert "Attribution Assurance" not in entry["licence"] and "Elastic" not in entry["licence"]
    licence = build.HERE / entry["licence_file"]
    assert licence.is_file() and len(licence.read_text(encoding="utf-8")) > 500
    tpl = next(t for t in TEMPLATES if t.name == name)
    for language in tpl.languages:
        assert (build.HERE / "html" / tpl.file_for(language)).is_file()


@pytest.mark.parametrize("names", [["oca_sale_order"], ["ledgersmb_payment", "kimai_invoice"]])
def test_a_seed_gives_the_same_files_byte_for_byte(tmp_path: Path, names: list[str]) -> None:
    for out in ("a", "b"):
        build.write_set(tmp_path / out, 7, 3, names=names, progress=False)
    files = sorted((tmp_path / "a").iterdir())
    assert len(files) == 6
    for pdf in files:
        assert pdf.read_bytes() == (tmp_path / "b" / pdf.name).read_bytes(), pdf.name


def test_the_cli_writes_the_sealed_half(tmp_path: Path) -> None:
    assert main([str(tmp_path), "--seed", "5", "--count", "2", "--half", "sealed"]) == 0
    truths = sorted(tmp_path.glob("*.truth.json"))
    assert len(truths) == 2
    for path in truths:
        truth = json.loads(path.read_text(encoding="utf-8"))
        pdf = path.with_name(path.name.replace(".truth.json", ".pdf"))
        text, _ = page_text(pdf.read_bytes())
        assert missing_values(truth, text) == []
        assert truth["template_half"] == "sealed" and truth["heldout"] is True


def test_the_cli_writes_documents_with_truths(tmp_path: Path) -> None:
    assert main([str(tmp_path), "--seed", "5", "--count", "2", "--half", "tune"]) == 0
    truths = sorted(tmp_path.glob("*.truth.json"))
    assert len(truths) == 2
    for path in truths:
        truth = json.loads(path.read_text(encoding="utf-8"))
        pdf = path.with_name(path.name.replace(".truth.json", ".pdf"))
        text, _ = page_text(pdf.read_bytes())
        assert missing_values(truth, text) == []
        assert truth["template_half"] == "tune"


@pytest.fixture(scope="module")
def printer() -> Iterator[Printer]:
    with Printer() as p:
        yield p


@pytest.mark.parametrize("name", NAMES)
def test_every_template_prints_exactly_its_truth(printer: Printer, name: str) -> None:
    pool = [t for t in TEMPLATES if t.name == name]
    _stem, pdf, truth = build.make_one(3, 0, pool, printer)
    text, pages = page_text(pdf)
    assert missing_values(truth, text) == []
    # the truth is what the page prints: a number, a party and some rows at least
    assert truth["pages"] == pages and truth["source"] == "templates"
    assert "document_number" in truth["fields"]
    # an advice lists the invoices it pays instead of lines
    assert truth["lines"] or (truth["doc_type"] == "payment_advice" and truth["references"])
    assert truth["template_half"] == pool[0].half
    assert truth["heldout"] == (pool[0].half != "tune")


@pytest.mark.parametrize("index", [0, 4])
def test_a_payment_advice_records_each_invoice_with_the_amount_paid(
    printer: Printer, index: int
) -> None:
    """Document 4 of seed 5 pays some invoices less a deduction: the amount paid is the
    reference's, not the invoice's."""
    pool = [t for t in TEMPLATES if t.name == "ledgersmb_payment"]
    _stem, _pdf, truth = build.make_one(5, index, pool, printer)
    _tpl, doc = build.draw(5, index, pool, truth["redrawn"])
    paid = [(r.number, str(r.paid.quantize(Decimal("0.01")))) for r in doc.references]
    assert [(r["number"], r["amount"]) for r in truth["references"]] == paid
    assert all(r["doc_type"] == "invoice" for r in truth["references"])
    total = sum(Decimal(a) for _n, a in paid)
    assert total == Decimal(truth["fields"]["total_gross"]["value"])
    assert truth["fields"]["payment_date"] == truth["fields"]["document_date"]


def test_a_purchase_order_ships_to_the_buyer_under_the_buyers_name(printer: Printer) -> None:
    """oca_purchase_order: the original prints the supplier's name over the delivery site;
    the filling prints the buyer's, the party the goods go to."""
    pool = [t for t in TEMPLATES if t.name == "oca_purchase_order"]
    for index in range(3):
        _stem, pdf, truth = build.make_one(3, index, pool, printer)
        text, _ = page_text(pdf)
        buyer = truth["fields"]["customer_name"]["value"]
        supplier = truth["fields"]["supplier_name"]["value"]
        assert "delivery_address" in truth["fields"]
        # the buyer's letterhead and its shipping block; the supplier's recipient block only
        assert text.count(buyer) == 2
        assert text.count(supplier) == 1


@pytest.mark.parametrize("name", [t.name for t in TEMPLATES if not t.entry.get("discounts", True)])
def test_a_template_without_discounts_prints_quantity_times_price(
    printer: Printer, name: str
) -> None:
    pool = [t for t in TEMPLATES if t.name == name]
    for index in range(2):
        _stem, _pdf, truth = build.make_one(9, index, pool, printer)
        priced = [r for r in truth["lines"] if "unit_price" in r and "line_total" in r]
        assert priced
        for row in priced:
            product = Decimal(row["quantity"]) * Decimal(row["unit_price"])
            assert abs(product - Decimal(row["line_total"])) <= Decimal("0.005"), row
