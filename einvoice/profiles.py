"""The profile a guideline identifier (BT-24, UBL CustomizationID) names: which rules apply
and which schema is the strict one."""

from __future__ import annotations

import re

from einvoice.model import Syntax

_TOKENS = re.compile(r"[:#]")
# below EN 16931: a Factur-X MINIMUM or BASIC WL document is not a full invoice
BELOW_EN16931 = frozenset({"minimum", "basicwl"})


def profile_of(guideline: str | None, syntax: Syntax) -> str | None:
    g = (guideline or "").strip().lower()
    if not g:
        return None
    tokens = _TOKENS.split(g)
    if "xrechnung" in g:
        return "xrechnung"
    if "peppol" in g:
        return "peppol"
    if "extended-ctc-fr" in g:
        return "extended-ctc-fr"
    for name in ("minimum", "basicwl", "basic", "comfort", "extended"):
        if name in tokens:
            return name
    if g.startswith("urn:cen.eu:en16931:2017"):
        return "en16931"
    return None


def is_french_billing_mode(value: str | None) -> bool:
    """BT-23 as the French reform codes it (B1, S1, M1 … S9)."""
    return bool(value) and re.fullmatch(r"[BSM][1-9]", (value or "").strip().upper()) is not None
