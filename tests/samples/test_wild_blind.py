"""The blind held-out set of the wild generator (samples/wild/blind_families.py): drawn only
with --heldout and --heldout-set blind, its truth is what the PDF shows and adds up, its
wordings are sealed and written nowhere else (product code, other families), and the sets
made before it still draw the same documents.

No assertion message here prints a wording of a held-out set: on a failure they say how
many, not which."""

from __future__ import annotations

import hashlib
import io
import re
import subprocess
import sys
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any, get_args

import pdfplumber
import pytest

from extraction.result import DocType
from samples.wild import streams
from samples.wild.blind_families import BLIND_KIND_WEIGHTS
from samples.wild.build import FamilyError, draw_page, make_one, select_families
from samples.wild.check import page_text
from samples.wild.chromium import Printer
from samples.wild.families import (
    BLIND,
    DEV,
    FAMILIES,
    FRESH,
    HELDOUT,
    NAMED,
    is_heldout,
)
from samples.wild.page import Page
from samples.wild.vocab import BLIND_ONLY, FRESH_ONLY, HELDOUT_ONLY
from tests.samples.test_wild import ROOT, assert_truth_is_printed, run_cli
from tests.samples.test_wild_fresh import _development_wordings, recipe_digest

BLIND_NAMES = sorted(BLIND)
PRODUCT = ("extraction", "learning", "approvals", "ingest", "api", "linking")
KINDS = tuple(kind for kind in get_args(DocType) if kind != "other")


@pytest.fixture(scope="module")
def printer() -> Iterator[Printer]:
    with Printer() as p:
        yield p


def _unprinted(page: Page, printer: Any, name: str, kind: str, *args: Any, **extra: Any) -> Any:
    rendered = page.render()
    truth = rendered.printed.truth(layout=page.f.name, heldout=page.heldout, subtype=kind)
    return rendered.html.encode(), {**truth, **extra}


def test_the_fresh_set_draws_the_same_documents_and_senders(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Measured on main before the blind set existed (5fa867f)."""
    fresh = sorted(FRESH)
    assert recipe_digest(fresh, 6001, 40) == "66ba46e080c1"
    monkeypatch.setattr(streams, "print_page", _unprinted)
    digest = hashlib.sha256()
    for sender in range(4):
        for name, html, _truth in streams.make_stream(1, sender, 2, fresh, None):  # type: ignore[arg-type]
            digest.update(name.encode() + html)
    assert digest.hexdigest()[:12] == "b36f637f9231"


def test_the_blind_families_are_drawn_only_with_heldout_and_their_set() -> None:
    assert len(BLIND) >= 8 and sorted(BLIND_KIND_WEIGHTS) == BLIND_NAMES
    assert not BLIND & (set(FAMILIES) | set(DEV) | HELDOUT | FRESH | NAMED)
    assert all(is_heldout(n) for n in BLIND)
    assert {k for w in BLIND_KIND_WEIGHTS.values() for k in w} == set(KINDS)
    assert select_families(None, heldout=True, heldout_set="blind") == BLIND_NAMES
    with pytest.raises(FamilyError, match="--heldout"):
        select_families(None, heldout=False, heldout_set="blind")
    with pytest.raises(FamilyError, match="--heldout"):
        select_families(["bx_cards"], heldout=False)
    with pytest.raises(FamilyError, match="--heldout-set blind"):
        select_families(["bx_cards"], heldout=True, heldout_set="fresh")
    for i in range(200):  # development and named draws never reach them
        page, _kind, _lang = draw_page(9, i, [*DEV, *sorted(NAMED)])
        assert page.f.name not in BLIND


def test_the_command_lines_refuse_the_blind_set_without_heldout(tmp_path: Path) -> None:
    refused = run_cli(str(tmp_path), "--heldout-set", "blind")
    assert refused.returncode == 2 and "--heldout" in refused.stderr
    done = subprocess.run(
        [sys.executable, "-m", "samples.wild.streams", str(tmp_path), "--heldout-set", "blind"],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
    )
    assert done.returncode == 2 and "--heldout" in done.stderr
    assert not list(tmp_path.iterdir())


def test_blind_documents_print_exactly_their_truth(printer: Printer) -> None:
    """A few documents printed: the landscape form on a sideways sheet, the long one on
    several pages, every value of the truth found in the PDF's text."""
    for family, index in (("bx_landscape", 0), ("bx_pages", 1), ("bx_letter", 2)):
        _name, pdf, truth = make_one(47, index, [family], printer)
        text, pages = page_text(pdf)
        assert truth["layout"] == family and truth["heldout"] is True
        assert_truth_is_printed(truth, text)
        if family == "bx_pages":
            assert pages >= 2
        if family == "bx_landscape":
            with pdfplumber.open(io.BytesIO(pdf)) as sheet:
                assert all(page.width > page.height for page in sheet.pages)
    stream = streams.make_stream(48, 0, 2, BLIND_NAMES, printer)
    for _name, pdf, truth in stream:
        assert_truth_is_printed(truth, page_text(pdf)[0])
        assert truth["layout"] in BLIND and truth["heldout"] is True
    assert len({t["layout"] for _n, _p, t in stream}) == 1


def _sum(values: list[str]) -> Decimal:
    return sum((Decimal(v) for v in values), Decimal(0))


def test_blind_truth_adds_up_over_many_documents_without_printing() -> None:
    """Lines sum to the net, net and tax to the total, settled invoices to the sum paid;
    every header field and line key turns up; every family and kind is drawn."""
    fields: set[str] = set()
    keys: set[str] = set()
    drawn: set[tuple[str, str]] = set()
    for i in range(160):
        page, kind, _lang = draw_page(49, i, BLIND_NAMES)
        truth = page.render().printed.truth()
        got = {k: v["value"] for k, v in truth["fields"].items()}
        fields |= set(got)
        drawn.add((page.f.name, kind))
        assert {"document_number", "document_date", "supplier_name", "customer_name"} <= set(got)
        for row in truth["lines"]:
            keys |= set(row)
        if kind == "payment_advice":
            assert truth["references"] and not truth["lines"]
            paid = _sum([r["amount"] for r in truth["references"]])
            assert paid == Decimal(got["total_gross"]) and "payment_date" in got
            continue
        assert truth["lines"] and all({"description", "quantity"} <= set(r) for r in truth["lines"])
        for row in truth["lines"]:  # quantity x unit price = line total, to the cent
            if "unit_price" in row:
                product = Decimal(row["quantity"]) * Decimal(row["unit_price"])
                assert abs(product - Decimal(row["line_total"])) <= Decimal("0.005")
        if "total_gross" in got:
            assert _sum([r["line_total"] for r in truth["lines"]]) == Decimal(got["total_net"])
            net_tax = Decimal(got["total_net"]) + Decimal(got["total_tax"])
            assert net_tax == Decimal(got["total_gross"]) == page.d.total_gross
    assert {f for f, _k in drawn} == set(BLIND_NAMES)
    assert {k for _f, k in drawn} == set(KINDS)
    assert {
        "order_number",
        "customer_number",
        "delivery_date",
        "due_date",
        "payment_terms",
        "billing_address",
        "delivery_address",
        "iban",
        "vat_id",
        "currency",
        "total_tax",
    } <= fields
    assert {"sku", "unit", "unit_price", "line_total", "tax_rate"} <= keys


def _texts(paths: list[Path]) -> list[str]:
    return [p.read_text("utf-8", errors="ignore").casefold() for p in paths]


def _pieces(wording: str) -> list[str]:
    """A wording's fixed parts (placeholders such as ``{r}`` cut out)."""
    return [p.strip(" :").casefold() for p in re.split(r"\{\w\}", wording) if p.strip(" :")]


def test_blind_wordings_are_sealed_and_written_nowhere_else() -> None:
    assert set(BLIND_ONLY) == {"fr", "en"}
    for kind in KINDS:  # their own titles, a dozen or more per type and language
        assert all(len(BLIND_ONLY[lang][f"t_{kind}"]) >= 12 for lang in BLIND_ONLY), kind
    wordings = {w for lang in BLIND_ONLY.values() for ws in lang.values() for w in ws}
    long = {p for w in wordings for p in _pieces(w) if len(p) >= 6}
    assert len(long) > 300
    product = _texts([p for d in PRODUCT for p in (ROOT / d).rglob("*.py")])
    found = sum(1 for w in long if any(w in t for t in product))
    assert found == 0, f"{found} blind wordings appear in product code"
    generator = [p for p in (ROOT / "samples").rglob("*.py") if "realworld_heldout" not in p.parts]
    others = _texts([*generator, ROOT / "samples" / "wild" / "README.md"])
    found = sum(1 for w in long if any(w in t for t in others))
    assert found == 0, f"{found} blind wordings written in plain text in the generator"
    found = sum(1 for w in long if any(w in s for s in _held_out_wordings()))
    assert found == 0, f"{found} blind wordings are wordings of another held-out set"


def _held_out_wordings() -> set[str]:
    """The wordings of the other held-out sets that no development pool has."""
    return {
        w.casefold()
        for pool in (FRESH_ONLY, HELDOUT_ONLY)
        for lang in pool.values()
        for ws in lang.values()
        for w in ws
    } - _development_wordings()


def test_blind_pages_print_no_other_held_out_wording() -> None:
    others = {w for w in _held_out_wordings() if len(w) >= 8 and "{" not in w}
    for i in range(24):
        page, _kind, _lang = draw_page(50, i, BLIND_NAMES)
        text = re.sub(r"<[^>]+>", " ", page.render().html).casefold()
        assert sum(1 for w in others if w in text) == 0, (page.f.name, i)
