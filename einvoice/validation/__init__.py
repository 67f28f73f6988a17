"""Validation of an e-invoice or e-order: its schema (lxml), then the EN 16931 rules and
the French BR-FR rules where they apply (the official compiled schematrons, run by the
schematron engine's own process, see ``runner``).

Which rules apply is decided from the document, and what was not checked is said
(``Validation.skipped``) so that a clerk or an auditor knows what "valid" covered.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from lxml import etree

from einvoice.model import EDocument, Finding, RuleFamily, Validation
from einvoice.profiles import BELOW_EN16931, is_french_billing_mode
from einvoice.validation import runner, xsd

ARTEFACTS = Path(__file__).resolve().parent.parent / "artefacts"
EN16931 = {
    "cii": ARTEFACTS / "en16931" / "cii" / "EN16931-CII-validation.xslt",
    "ubl": ARTEFACTS / "en16931" / "ubl" / "EN16931-UBL-validation.xslt",
}
BR_FR = {
    "cii": ARTEFACTS / "france-rfe" / "cii" / "BR-FR-Flux2-Schematron-CII.xslt",
    "ubl": ARTEFACTS / "france-rfe" / "ubl" / "BR-FR-Flux2-Schematron-UBL.xslt",
}
# France for VAT: the mainland and the overseas departments where VAT applies
FRENCH_VAT_TERRITORY = frozenset({"FR", "GP", "MQ", "RE"})
EN16931_VERSION = "EN 16931 rules 1.3.16"
BR_FR_VERSION = "BR-FR rules 1.4.0"
FrenchRules = Literal["auto", "always", "never"]  # models.settings.extraction


@dataclass(frozen=True)
class Step:
    label: str
    family: RuleFamily
    stylesheet: Path


def plan(doc: EDocument, french_rules: FrenchRules = "auto") -> tuple[list[Step], list[str]]:
    """(schematron steps to run, what is skipped and why)."""
    steps: list[Step] = []
    skipped: list[str] = []
    is_invoice = doc.kind in ("invoice", "credit_note")
    if not is_invoice:
        skipped.append(
            "EN 16931 and BR-FR rules: they are for invoices; an order, order response or "
            "despatch advice is checked against its schema only"
        )
        return steps, skipped
    if doc.syntax == "zugferd1":
        skipped.append(
            "EN 16931 and BR-FR rules: ZUGFeRD 1.0 predates EN 16931; schema checked only"
        )
        return steps, skipped
    syntax = "ubl" if doc.syntax == "ubl" else "cii"
    if doc.profile in BELOW_EN16931:
        skipped.append(
            f"EN 16931 rules: the {doc.profile.upper()} profile is below EN 16931 "
            "(not a complete invoice by itself)"
        )
    else:
        steps.append(Step(f"{EN16931_VERSION} ({syntax.upper()})", "en16931", EN16931[syntax]))
    reason = french_scope(doc, french_rules)
    if reason is None:
        steps.append(Step(f"{BR_FR_VERSION} ({syntax.upper()})", "br-fr", BR_FR[syntax]))
    else:
        skipped.append(f"BR-FR rules: {reason}")
    return steps, skipped


def french_scope(doc: EDocument, setting: FrenchRules) -> str | None:
    """None when the French rules apply, else why not. 'auto': an invoice from a French
    seller to a buyer not known to be abroad, or one that says it follows the French
    reform (a French billing mode in BT-23, the EXTENDED-CTC-FR profile)."""
    if setting == "always":
        return None
    if setting == "never":
        return "switched off (ORDERDESK_EXTRACTION__FRENCH_RULES=never)"
    if is_french_billing_mode(doc.business_process) or doc.profile == "extended-ctc-fr":
        return None
    seller, buyer = doc.party("seller"), doc.party("buyer")
    seller_country = _country(seller)
    if seller_country not in FRENCH_VAT_TERRITORY:
        return f"the seller is not French ({seller_country or 'country not given'})"
    buyer_country = _country(buyer)
    if buyer_country is not None and buyer_country not in FRENCH_VAT_TERRITORY:
        return f"the buyer is abroad ({buyer_country}): outside the French e-invoicing mandate"
    return None


def _country(party: Any) -> str | None:
    if party is None:
        return None
    if party.address is not None and party.address.country:
        return str(party.address.country).upper()
    if any(i.scheme in ("0002", "0009") for i in (*party.legal_ids, *party.ids)):
        return "FR"  # SIREN / SIRET
    vat = party.vat_id or ""
    return vat[:2].upper() if len(vat) > 2 and vat[:2].isalpha() else None


def validate(
    root: Any, doc: EDocument, *, french_rules: FrenchRules = "auto", timeout: float = 60.0
) -> Validation:
    result = Validation()
    label, findings = xsd.validate(root, doc)
    result.checked.append(f"schema {label}")
    result.findings.extend(findings)
    steps, result.skipped = plan(doc, french_rules)
    if not steps:
        return result
    text = etree.tostring(root, encoding="unicode")
    try:
        answers: list[Any] = runner.ENGINE.run(
            [step.stylesheet for step in steps], text, timeout=timeout
        )
    except runner.SchematronError as exc:
        answers = [exc] * len(steps)
    for step, answer in zip(steps, answers, strict=True):
        if isinstance(answer, runner.SchematronError):
            result.complete = False
            result.findings.append(Finding.not_checked(step.label, answer))
            continue
        result.checked.append(step.label)
        result.findings.extend(Finding(family=step.family, **f) for f in answer)
    return result
