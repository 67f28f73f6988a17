"""Validation through ``extract_bytes``: the schema (lxml), the EN 16931 rules and the French
BR-FR rules (the official compiled schematrons, run by saxonche in its own process)."""

from __future__ import annotations

import multiprocessing
import os
import signal
from dataclasses import replace
from pathlib import Path
from typing import Any

from lxml import etree

from einvoice.validation import runner
from extraction.pipeline import extract, extract_bytes
from extraction.result import ExtractionResult
from models.settings.extraction import ExtractionSettings
from samples.einvoices import (
    CAC,
    CBC,
    CII,
    Doc,
    cii_invoice,
    serialise,
    ubl_invoice,
    ubl_order,
)

# what the rules say, not how fast a loaded machine runs them: the cut itself is tested below
# (a hurried run), so these runs may take what they take
SETTINGS = ExtractionSettings(xml_validation_timeout_seconds=1800)
EXAMPLES = Path(__file__).resolve().parents[1] / "data" / "en16931-examples"


def _fatal(result: ExtractionResult) -> set[str]:
    assert result.validation is not None
    return {f.rule for f in result.validation.fatal}


def _edit(xml: bytes, path: str, ns: dict[str, str], text: str | None) -> bytes:
    """``xml`` with the element at ``path`` given ``text``, or removed when None."""
    root = etree.fromstring(xml)
    (el,) = root.xpath(path, namespaces=ns)
    if text is None:
        el.getparent().remove(el)
    else:
        el.text = text
    return serialise(root)


UBL = {"cac": CAC, "cbc": CBC, "inv": "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"}


def test_a_compliant_french_invoice_passes_every_family() -> None:
    for data in (cii_invoice(Doc()), ubl_invoice(Doc())):
        result = extract_bytes(data, settings=SETTINGS)
        assert result.validation is not None
        assert result.validation.passed, [f.model_dump() for f in result.validation.fatal]
        checked = " ".join(result.validation.checked)
        assert "schema" in checked and "EN 16931" in checked and "BR-FR" in checked
        contract = result.to_contract()
        assert contract["validation"]["passed"] is True


def test_schema_family_a_missing_buyer_party() -> None:
    """UBL requires the buyer (AccountingCustomerParty): without it the schema refuses the
    invoice, and the finding says where in words."""
    xml = _edit(ubl_invoice(Doc()), "/inv:Invoice/cac:AccountingCustomerParty", UBL, None)
    result = extract_bytes(xml, settings=SETTINGS)
    assert result.validation is not None
    xsd = [f for f in result.validation.fatal if f.family == "xsd"]
    assert xsd and xsd[0].rule == "XSD"
    assert "AccountingCustomerParty" in xsd[0].message and "{" not in xsd[0].message
    assert xsd[0].location and xsd[0].location.startswith("line ")
    assert not result.validation.passed


def test_en16931_family_a_wrong_vat_total() -> None:
    doc = Doc()
    path = "//ram:SpecifiedTradeSettlementHeaderMonetarySummation/ram:TaxTotalAmount"
    xml = _edit(cii_invoice(doc), path, CII, str(doc.tax_total + 10))
    result = extract_bytes(xml, settings=SETTINGS)
    assert "BR-CO-14" in _fatal(result)
    finding = next(f for f in result.validation.fatal if f.rule == "BR-CO-14")  # type: ignore[union-attr]
    assert finding.family == "en16931"
    assert "VAT" in finding.message and not finding.message.startswith("[")
    assert finding.location and "namespace-uri" not in finding.location
    # the same mistake in UBL
    ubl = _edit(ubl_invoice(doc), "/inv:Invoice/cac:TaxTotal/cbc:TaxAmount", UBL, "1.00")
    assert "BR-CO-14" in _fatal(extract_bytes(ubl, settings=SETTINGS))


def test_br_fr_family_a_bad_siren() -> None:
    doc = Doc()
    doc.seller.siren = "12345678"  # eight digits
    result = extract_bytes(cii_invoice(doc), settings=SETTINGS)
    assert "BR-FR-10_BT-30" in _fatal(result)
    assert {f.family for f in result.validation.fatal} == {"br-fr"}  # type: ignore[union-attr]
    assert "BR-FR-10_BT-30" in _fatal(extract_bytes(ubl_invoice(doc), settings=SETTINGS))


def test_br_fr_family_a_missing_buyer_electronic_address() -> None:
    """The buyer's reference for routing (its electronic address, BT-49) is mandatory in
    France. The buyer reference BT-10 is optional in EN 16931 and BR-FR (mandatory only in
    XRechnung, BR-DE-15, whose rules are not among the official artefacts shipped), so its
    absence alone breaks no rule here."""
    doc = Doc()
    doc.buyer.endpoint = None
    assert "BR-FR-12_BT-49" in _fatal(extract_bytes(cii_invoice(doc), settings=SETTINGS))
    no_bt10 = extract_bytes(cii_invoice(replace(Doc(), buyer_reference=None)), settings=SETTINGS)
    assert no_bt10.validation is not None and no_bt10.validation.passed


def test_french_rules_only_where_the_mandate_applies() -> None:
    doc = Doc(billing_mode=None)  # no French billing mode (BT-23): the parties decide
    doc.buyer.country = "BE"
    doc.buyer.siren = doc.buyer.siret = doc.buyer.endpoint = None  # a Belgian buyer
    result = extract_bytes(cii_invoice(doc), settings=SETTINGS)
    assert result.validation is not None
    assert not any("BR-FR" in c for c in result.validation.checked)
    assert any("buyer is abroad" in s for s in result.validation.skipped)
    forced = SETTINGS.model_copy(update={"french_rules": "always"})
    assert "BR-FR-12_BT-49" in _fatal(extract_bytes(cii_invoice(doc), settings=forced))


def test_orders_are_checked_against_their_schema_only() -> None:
    result = extract_bytes(ubl_order(Doc()), settings=SETTINGS)
    assert result.validation is not None and result.validation.passed
    assert result.validation.checked == ["schema UBL 2.1 Order"]
    assert result.validation.skipped


def test_official_examples_pass_schema_and_en16931() -> None:
    files = sorted(p for p in EXAMPLES.glob("*/*") if p.suffix.lower() == ".xml")
    for path in files:
        result = extract(path, settings=SETTINGS)
        assert result.validation is not None
        assert result.validation.complete, path.name
        assert not result.validation.fatal, (path.name, result.validation.fatal[:3])
        assert any("EN 16931" in c for c in result.validation.checked), path.name


def test_a_timeout_is_reported_and_the_engine_comes_back() -> None:
    xml = cii_invoice(Doc())
    hurried = ExtractionSettings(xml_validation_timeout_seconds=0.001)
    result = extract_bytes(xml, settings=hurried)
    assert result.validation is not None and not result.validation.complete
    assert not result.validation.passed
    assert any(
        f.rule == "NOT-CHECKED" and "longer than" in f.message for f in result.validation.findings
    )
    again = extract_bytes(xml, settings=SETTINGS)
    assert again.validation is not None and again.validation.passed


def test_a_dead_engine_is_replaced() -> None:
    xml = cii_invoice(Doc())
    extract_bytes(xml, settings=SETTINGS)
    pid = runner.ENGINE.pid
    assert pid is not None and pid != os.getpid()
    os.kill(pid, signal.SIGKILL)
    # the request that meets the dying engine either starts a new one or says it stopped
    first = extract_bytes(xml, settings=SETTINGS).validation
    assert first is not None
    assert first.passed or any("engine stopped" in f.message for f in first.findings)
    result = extract_bytes(xml, settings=SETTINGS)
    assert result.validation is not None and result.validation.passed
    assert runner.ENGINE.pid not in (None, pid)


def _validate_in_child(xml: bytes, queue: Any) -> None:
    result = extract_bytes(xml, settings=SETTINGS)
    assert result.validation is not None
    queue.put(
        (
            sorted(_fatal(result)),
            result.validation.complete,
            runner.ENGINE.pid,
            os.getpid(),
        )
    )


def test_schematron_runs_from_a_forked_worker() -> None:
    """saxonche crashes inside forked workers: it runs in its own process, so a worker
    forked from a process that already uses the engine validates all the same."""
    doc = Doc()
    doc.seller.siren = "12345678"
    bad = cii_invoice(doc)
    extract_bytes(bad, settings=SETTINGS)  # the parent has an engine before the fork
    parent_engine = runner.ENGINE.pid
    ctx = multiprocessing.get_context("fork")
    queue = ctx.Queue()
    children = [ctx.Process(target=_validate_in_child, args=(bad, queue)) for _ in range(2)]
    for child in children:
        child.start()
    answers = [queue.get(timeout=120) for _ in children]
    for child in children:
        child.join(timeout=180)
        assert child.exitcode == 0
    for fatal, complete, engine, child_pid in answers:
        assert complete and "BR-FR-10_BT-30" in fatal
        assert engine not in (None, parent_engine, child_pid)
    # the parent's engine was left alone and still answers
    assert "BR-FR-10_BT-30" in _fatal(extract_bytes(bad, settings=SETTINGS))
    assert runner.ENGINE.pid == parent_engine
