"""Validation of a lifecycle status message (CDAR): its schema (the CDAR D22B XSD the
FNFE-MPE publishes) and the French BR-FR-CDV rules (their compiled schematron, run by the
schematron engine's own process like the invoice rules, see ``runner``).

The same check runs on what orderdesk writes (a status that fails it is never sent) and on
what it receives (a received status that fails it is still attached, with its findings).
"""

from __future__ import annotations

import functools
import threading
from pathlib import Path
from typing import Any

from lxml import etree

from einvoice.model import Finding, Validation
from einvoice.validation import runner
from einvoice.validation.xsd import _finding

ARTEFACTS = Path(__file__).resolve().parent.parent / "artefacts" / "france-rfe" / "cdar"
SCHEMA = ARTEFACTS / "xsd" / "CrossDomainAcknowledgementAndResponse_100pD22B.xsd"
RULES = ARTEFACTS / "BR-FR-CDV-Schematron-CDAR.xslt"
SCHEMA_LABEL = "CDAR D22B"
RULES_LABEL = "BR-FR-CDV rules 1.4.0 (CDAR)"
_LOCK = threading.Lock()


@functools.cache
def _schema() -> Any:
    return etree.XMLSchema(etree.parse(str(SCHEMA)))


def validate_cdar(root: Any, *, timeout: float = 60.0) -> Validation:
    """Schema, then the BR-FR-CDV rules; ``complete`` is False when the rules could not run."""
    result = Validation()
    with _LOCK:
        schema = _schema()
        ok = schema.validate(root)
        errors = [] if ok else [_finding(e) for e in schema.error_log]
    result.checked.append(f"schema {SCHEMA_LABEL}")
    result.findings.extend(errors)
    text = etree.tostring(root, encoding="unicode")
    try:
        answer = runner.ENGINE.run([RULES], text, timeout=timeout)[0]
    except runner.SchematronError as exc:
        answer = exc
    if isinstance(answer, runner.SchematronError):
        result.complete = False
        result.findings.append(Finding.not_checked(RULES_LABEL, answer))
        return result
    result.checked.append(RULES_LABEL)
    result.findings.extend(Finding(family="br-fr", **f) for f in answer)
    return result


def validate_cdar_bytes(data: bytes, *, timeout: float = 60.0) -> Validation:
    from einvoice.xmlread import parse

    return validate_cdar(parse(data), timeout=timeout)
