"""The real held-out set: every file has an origin and a permissive licence, and the truth
of every document is found on its page."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pdfplumber
import pytest

FOLDER = Path(__file__).resolve().parents[2] / "samples" / "realworld_heldout"
TRUTHS = sorted(FOLDER.glob("*.truth.json"))
CONTRACT_TYPES = {
    "purchase_order",
    "order_confirmation",
    "delivery_note",
    "invoice",
    "credit_note",
    "payment_advice",
    "other",
}


def compact(text: str) -> str:
    return re.sub(r"\s+", "", text).casefold()


def test_every_document_has_a_source_and_a_permissive_licence() -> None:
    sources = {s["name"]: s for s in json.loads((FOLDER / "SOURCES.json").read_text("utf-8"))}
    assert len(TRUTHS) >= 9
    for truth_path in TRUTHS:
        name = truth_path.name[: -len(".truth.json")]
        truth = json.loads(truth_path.read_text("utf-8"))
        assert (FOLDER / f"{name}.pdf").exists()
        assert sources[name]["licence"] in ("MIT", "Apache-2.0", "BSD-3-Clause", "BSD-2-Clause")
        assert truth["licence"] == sources[name]["licence"]
        assert truth["partial_fields"] is True and truth["truth_kind"] == "hand"
        assert truth["doc_type"] in CONTRACT_TYPES
        assert truth["heldout"] is True
    for scan in FOLDER.glob("*.scan.pdf"):
        assert (FOLDER / scan.name.replace(".scan.pdf", ".truth.json")).exists()


@pytest.mark.parametrize("truth_path", TRUTHS, ids=lambda p: p.name.split(".")[0])
def test_the_truth_is_on_the_page(truth_path: Path) -> None:
    truth = json.loads(truth_path.read_text("utf-8"))
    pdf = truth_path.with_name(truth_path.name.replace(".truth.json", ".pdf"))
    with pdfplumber.open(pdf) as doc:
        assert len(doc.pages) == truth["pages"]
        text = compact("\n".join(p.extract_text() or "" for p in doc.pages))
    for name, spec in truth["fields"].items():
        value = spec["value"]
        if name.endswith("_date") or name == "currency":
            continue  # printed in many forms; read by hand, see the truth's note
        if name.startswith("total_"):
            whole, _, cents = value.partition(".")
            forms = {f"{whole}.{cents}", f"{whole},{cents}", whole}
            assert any(compact(f) in text for f in forms), (name, value)
            continue
        parts = value.split(", ") if name.endswith("_address") else [value]
        for part in parts:
            if name in ("iban", "vat_id"):
                spaced = " ".join(part[i : i + 1] for i in range(len(part)))
                assert compact(spaced) in text, (name, part)
            else:
                assert compact(part) in text, (name, part)
