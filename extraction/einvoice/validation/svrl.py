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
_FLAGS = {"fatal": "fatal", "error": "fatal", "warning": "warning", "information": "information"}


def findings(svrl: str) -> list[dict[str, Any]]:
    root = etree.fromstring(svrl.encode("utf-8"), parser=etree.XMLParser(resolve_entities=False))
    out = []
    for el in root.iter(f"{{{SVRL}}}failed-assert", f"{{{SVRL}}}successful-report"):
        text_el = el.find(f"{{{SVRL}}}text")
        raw = " ".join("".join(text_el.itertext()).split()) if text_el is not None else ""
        out.append(
            {
                "rule": el.get("id") or _rule_in(raw) or "?",
                "flag": _FLAGS.get((el.get("flag") or "fatal").lower(), "fatal"),
                "message": _ID_PREFIX.sub("", raw) or raw,
                "location": readable_location(el.get("location") or ""),
            }
        )
    return out


def _rule_in(text: str) -> str | None:
    m = re.match(r"\s*\[([^\]]+)\]", text)
    return m.group(1) if m else None


def readable_location(location: str) -> str:
    path = _STEP_NS.sub(lambda m: m.group(1) or m.group(2), location)
    return re.sub(r"^(/[\w.-]+)\[1\]", r"\1", path)
