"""``orderdesk eval`` scores what the truth says and nothing else, and its confidence bands
show whether a confidence keeps its promise."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from api.cli.main import app
from extraction.evaluate import Case, evaluate_cases, find_cases
from extraction.result import ExtractionResult, FieldValue, LineItem


def _truth(path: Path, **extra: object) -> Path:
    truth = {
        "doc_type": "invoice",
        "language": "en",
        "fields": {
            "document_number": {"value": "INV-1"},
            "customer_name": {"value": "Microsoft Corporation", "alt": ["Microsoft Corp"]},
            "total_gross": {"value": "110.00"},
        },
        "lines": [{"sku": "A1", "quantity": "2", "line_total": "110.00"}],
        **extra,
    }
    path.write_text(json.dumps(truth), encoding="utf-8")
    return path


def _result(**fields: tuple[str, float]) -> ExtractionResult:
    return ExtractionResult(
        doc_type="invoice",
        language="en",
        fields={k: FieldValue(value=v, confidence=c) for k, (v, c) in fields.items()},
        lines=[
            LineItem(
                sku="A1", description="Widget", quantity="2.000", line_total="110", confidence=0.95
            )
        ],
    )


def test_scan_copies_share_the_truth_of_their_document(tmp_path: Path) -> None:
    _truth(tmp_path / "inv.truth.json")
    (tmp_path / "inv.pdf").write_bytes(b"%PDF")
    (tmp_path / "inv.scan.jpg").write_bytes(b"jpg")
    cases = find_cases(tmp_path)
    assert [(c.doc.name, c.scan_copy) for c in cases] == [
        ("inv.pdf", False),
        ("inv.scan.jpg", True),
    ]


def test_partial_truth_scores_only_its_fields_and_line_keys(tmp_path: Path) -> None:
    truth = _truth(tmp_path / "inv.truth.json", partial_fields=True, layout="rw")
    result = _result(
        document_number=("INV-1", 0.97),
        customer_name=("MICROSOFT CORP", 0.95),  # an accepted alternative, case aside
        total_gross=("100.00", 0.93),  # wrong and sure: a silent error
        iban=("FR7630006000011234567890189", 0.99),  # not in the truth: not scored
    )
    case = Case(tmp_path / "inv.pdf", truth, False)
    report = evaluate_cases([case], lambda _: result, accept=0.9)
    group = report["groups"]["born_digital"]
    assert group["header_fields_exact"] == round(100 * 2 / 3, 2)
    assert "iban" not in group["fields"]
    assert group["line_rows"] == {"truth": 1, "right": 1, "predicted": 1}
    assert (group["auto_accepted_values"], group["auto_accepted_wrong"]) == (4, 1)
    bands = {b["band"]: b for b in group["reliability"]["fields"]}
    assert bands["0.90-0.95"] == {"band": "0.90-0.95", "values": 1, "right": 0, "share_right": 0.0}
    assert bands["0.95-0.99"]["values"] == 2 and bands["0.95-0.99"]["right"] == 2
    assert list(report["sources"]) == ["rw / born_digital"]


def test_complete_truth_counts_an_invented_field_and_every_line_key(tmp_path: Path) -> None:
    truth = _truth(tmp_path / "inv.truth.json")
    result = _result(
        document_number=("INV-1", 0.97),
        customer_name=("Microsoft Corporation", 0.97),
        total_gross=("110.00", 0.97),
        iban=("FR7630006000011234567890189", 0.99),
    )
    report = evaluate_cases([Case(tmp_path / "inv.pdf", truth, False)], lambda _: result, 0.9)
    group = report["groups"]["born_digital"]
    assert group["fields"]["iban"]["fp"] == 1
    # the truth line has no description, the predicted one does: not the same line
    assert group["line_rows"]["right"] == 0
    assert group["auto_accepted_wrong"] == 2


def test_eval_command_prints_reliability_and_sources(tmp_path: Path) -> None:
    samples = Path(__file__).resolve().parents[2] / "samples" / "born_digital"
    for name in ("classic_invoice_en", "modern_invoice_fr"):
        for suffix in (".pdf", ".truth.json"):
            (tmp_path / (name + suffix)).write_bytes((samples / (name + suffix)).read_bytes())
    out = CliRunner().invoke(app, ["eval", str(tmp_path), "--no-embedded-xml"])
    assert out.exit_code == 0, out.output
    assert "reliability" in out.output
    assert "per source" in out.output
    assert "classic / born_digital" in out.output


def test_credit_note_amounts_count_positive_and_names_with_or_without_legal_form(
    tmp_path: Path,
) -> None:
    truth = tmp_path / "avoir.truth.json"
    truth.write_text(
        json.dumps(
            {
                "doc_type": "credit_note",
                "partial_fields": True,
                "fields": {
                    "total_gross": {"value": "-233.47"},
                    "supplier_name": {"value": "Au bon moulin"},
                    "customer_name": {"value": "Acme Ltd"},
                },
                "lines": [{"quantity": "-5.000", "line_total": "-20.48"}],
            }
        ),
        encoding="utf-8",
    )
    result = ExtractionResult(
        doc_type="credit_note",
        fields={
            "total_gross": FieldValue(value="233.47", confidence=0.97),
            "supplier_name": FieldValue(value="AU BON MOULIN SARL", confidence=0.97),
            "customer_name": FieldValue(value="Acme Widgets Ltd", confidence=0.97),
        },
        lines=[LineItem(quantity="5", line_total="20.48", confidence=0.97)],
    )
    report = evaluate_cases([Case(tmp_path / "avoir.pdf", truth, False)], lambda _: result, 0.9)
    group = report["groups"]["born_digital"]
    assert {f: s["tp"] for f, s in group["fields"].items()} == {
        "customer_name": 0,  # another name, not another legal form
        "supplier_name": 1,
        "total_gross": 1,
    }
    assert group["line_rows"]["right"] == 1
