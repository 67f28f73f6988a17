"""The schematron report (SVRL) as plain findings: rule id, flag, message, location.

Runs in the schematron subprocess, so it depends on lxml only."""

from __future__ import annotations

import re
from typing import Any

from lxml import etree

SVRL = "http://purl.oclc.org/dsdl/svrl"
_ID_PREFIX = re.compile(r"^\s*\[[^\]]+\]\s*[-:–]?\s*")
# "*:Invoice[namespace-uri()='urn:…'][1]" and "Q{urn:…}Invoice[1]" -> "Invoice[1]"
_STEP_NS = re.compile(r"\*:([\w.-]+)\[namespace-uri\(\)='[^']*'\]|Q\{[^}]*\}([\w.-]+)")
_LEADING_ID = re.compile(r"^\s*([A-Z][A-Z0-9]*(?:[-_/][A-Z0-9]+)+)\s*[:–-]\s*")
_FLAGS = {"fatal": "fatal", "error": "fatal", "warning": "warning", "information": "information"}


def findings(svrl: str) -> list[dict[str, Any]]:
    root = etree.fromstring(svrl.encode("utf-8"), parser=etree.XMLParser(resolve_entities=False))
    out = []
    for el in root.iter(f"{{{SVRL}}}failed-assert", f"{{{SVRL}}}successful-report"):
        text_el = el.find(f"{{{SVRL}}}text")
        raw = " ".join("".join(text_el.itertext()).split()) if text_el is not None else ""
        rule = el.get("id") or _rule_in(raw) or "?"
        out.append(
            {
                "rule": rule,
                "flag": _FLAGS.get((el.get("flag") or "fatal").lower(), "fatal"),
                "message": _without_rule(_ID_PREFIX.sub("", raw) or raw, rule),
                "location": readable_location(el.get("location") or ""),
            }
        )
    return out


def _squash(rule: str) -> str:
    return re.sub(r"[-_/\s]", "", rule).upper()


def _without_rule(message: str, rule: str) -> str:
    """ "BR-FR-09/BT-29 : Le SIRET …" -> "Le SIRET …": the id is said once, by ``rule``."""
    m = _LEADING_ID.match(message)
    if m and _squash(m.group(1)) == _squash(rule):
        return message[m.end() :] or message
    return message


def _rule_in(text: str) -> str | None:
    m = re.match(r"\s*\[([^\]]+)\]", text)
    return m.group(1) if m else None


def readable_location(location: str) -> str:
    """``/Invoice/cac:TaxTotal[1]/…`` as element names, first occurrences unnumbered."""
    path = _STEP_NS.sub(lambda m: m.group(1) or m.group(2), location)
    return re.sub(r"\[1\](?=/|$)", "", path)
