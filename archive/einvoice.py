"""What the archive keeps of an e-document beside its original XML: the validation report,
as a part of its own (what was checked with which artefacts, what was not and why, each
finding), so that an auditor finds it without reading the extracted data.

Pure: works from the stored extraction (the ``orderdesk extract`` contract), so the
archive needs nothing of ``extraction`` to write it.
"""

from __future__ import annotations

from typing import Any

from archive.manifest import json_bytes

VALIDATION = "validation"
IDENTITY = ("syntax", "root", "version", "kind", "guideline", "profile", "number", "issue_date")


def einvoice_parts(extraction: dict[str, Any] | None) -> dict[str, bytes]:
    """{part kind: bytes} for an e-invoice, e-order or lifecycle status; {} for others."""
    report = (extraction or {}).get("validation")
    if not report:
        return {}
    assert extraction is not None
    einvoice = extraction.get("einvoice") or {}
    lifecycle = extraction.get("lifecycle") or {}
    about: dict[str, Any] = {k: einvoice[k] for k in IDENTITY if einvoice.get(k) is not None}
    if lifecycle:
        about = {
            "syntax": "cdar",
            "message_id": lifecycle.get("message_id"),
            "guideline": lifecycle.get("guideline"),
        }
    return {VALIDATION: json_bytes({"document": about, "validation": report})}
