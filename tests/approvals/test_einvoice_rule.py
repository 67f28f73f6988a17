"""The e-invoice validation rule: fatal findings fail with their rule ids, a validation that
could not run is a warning for a person, warnings of the rules alone route nothing."""

from __future__ import annotations

import datetime as dt
from typing import Any

from approvals.rules import RuleContext, evaluate
from models.documents import Document
from models.enums import CheckOutcome
from models.settings.approvals import ApprovalSettings


def _verdicts(validation: dict[str, Any] | None) -> list[Any]:
    doc = Document(doc_type="invoice", extraction={"validation": validation} if validation else {})
    settings = ApprovalSettings()
    for name in type(settings.rules).model_fields:
        getattr(settings.rules, name).enabled = name == "einvoice_validation"
    ctx = RuleContext(None, doc, None, settings, dt.date(2026, 9, 20))  # type: ignore[arg-type]
    return evaluate(ctx)


def _finding(rule: str, flag: str, family: str = "en16931", **extra: str) -> dict[str, str]:
    return {"rule": rule, "flag": flag, "message": f"{rule} is broken", "family": family} | extra


def test_fatal_findings_fail_with_their_rule_ids_and_where() -> None:
    verdicts = _verdicts(
        {
            "checked": ["schema CII D16B", "EN 16931 rules 1.3.16 (CII)"],
            "findings": [
                _finding("BR-CO-14", "fatal", location="/CrossIndustryInvoice/A/B/TaxTotalAmount"),
                _finding("CII-SR-450", "warning"),
                _finding("BR-FR-10_BT-30", "fatal", "br-fr", location="/CrossIndustryInvoice"),
            ],
            "complete": True,
        }
    )
    assert [(v.outcome, v.queue) for v in verdicts] == [(CheckOutcome.FAIL, "needs_review")] * 2
    assert verdicts[0].message == "BR-CO-14: BR-CO-14 is broken (at …/A/B/TaxTotalAmount)"
    assert (
        verdicts[1].message == "BR-FR-10_BT-30: BR-FR-10_BT-30 is broken (at /CrossIndustryInvoice)"
    )


def test_warnings_alone_pass_and_a_plain_document_is_not_judged() -> None:
    only_warnings = _verdicts(
        {"checked": ["schema UBL 2.1 Invoice"], "findings": [_finding("X", "warning")]}
    )
    assert [v.outcome for v in only_warnings] == [CheckOutcome.PASS]
    assert "schema UBL 2.1 Invoice" in only_warnings[0].message
    assert _verdicts(None) == []


def test_rules_that_could_not_run_need_a_person() -> None:
    verdicts = _verdicts(
        {
            "checked": ["schema CII D16B"],
            "findings": [
                {
                    "rule": "NOT-CHECKED",
                    "flag": "warning",
                    "family": "runtime",
                    "message": "The EN 16931 rules 1.3.16 (CII) could not be checked: timeout.",
                }
            ],
            "complete": False,
        }
    )
    assert [(v.outcome, v.queue) for v in verdicts] == [(CheckOutcome.WARN, "needs_review")]
    assert "could not be checked" in verdicts[0].message


def test_an_e_invoice_with_a_document_level_allowance_adds_up(session: Any) -> None:
    """Its lines sum to more than its net: the allowance printed apart makes the difference,
    so neither the arithmetic rule nor the approval's totals check complains."""
    from decimal import Decimal

    from approvals.receive import save_extraction
    from approvals.review import totals_problems
    from extraction.pipeline import extract_bytes
    from samples.einvoices import Doc, cii_invoice

    invoice = Doc()
    assert invoice.allowance == Decimal("50.00")
    result = extract_bytes(cii_invoice(invoice))
    doc = Document(sha256="a" * 64, original_name="facture.xml")
    session.add(doc)
    save_extraction(session, doc, result)
    session.flush()
    settings = ApprovalSettings()
    for name in type(settings.rules).model_fields:
        getattr(settings.rules, name).enabled = name == "arithmetic"
    ctx = RuleContext(session, doc, None, settings, dt.date(2026, 9, 20))
    assert [v.message for v in evaluate(ctx) if v.outcome == CheckOutcome.FAIL] == []
    assert totals_problems(doc, settings) == []
    # the same lines against a net the allowance does not explain still fail
    net = doc.field("total_net")
    assert net is not None
    net.value = str(Decimal(net.value) + 10)
    verdicts = [v for v in evaluate(ctx) if v.outcome == CheckOutcome.FAIL]
    assert any("charges and allowances" in v.message for v in verdicts)
