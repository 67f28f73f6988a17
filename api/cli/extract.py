"""``orderdesk extract FILE`` and ``orderdesk eval DIR``: the extraction stage by hand."""

from __future__ import annotations

import json
from pathlib import Path

import typer
from rich.console import Console
from rich.table import Table

from api.cli.app import app


@app.command()
def extract(
    file: Path = typer.Argument(..., exists=True, dir_okay=False, help="PDF or image."),
    as_json: bool = typer.Option(False, "--json", help="Print the JSON contract."),
    no_embedded_xml: bool = typer.Option(
        False, "--no-embedded-xml", help="Ignore Factur-X / ZUGFeRD XML inside the PDF."
    ),
) -> None:
    """Read one document and print what extraction found."""
    from extraction.pipeline import extract as run_extract
    from extraction.result import LINE_VALUES

    result = run_extract(file, use_embedded_xml=False if no_embedded_xml else None)
    contract = result.to_contract()
    if as_json:
        typer.echo(json.dumps(contract, indent=2, ensure_ascii=False))
        return
    console = Console()
    console.print(
        f"[bold]{contract['doc_type']}[/] ({contract['doc_type_confidence']:.2f}), "
        f"language {contract['language']}, {contract['pages']} page(s)"
    )
    table = Table("field", "value", "conf.", "page", "source")
    for name, fv in contract["fields"].items():
        table.add_row(name, fv["value"], f"{fv['confidence']:.2f}", str(fv["page"]), fv["source"])
    console.print(table)
    if contract["lines"]:
        lines = Table("sku", "description", "qty", "unit", "unit price", "total", "VAT", "conf.")
        for li in contract["lines"]:
            lines.add_row(
                *(li.get(k) or "" for k in LINE_VALUES),
                f"{li['confidence']:.2f}",
            )
        console.print(lines)
    for ref in contract["references"]:
        console.print(f"reference: {ref['doc_type']} {ref['number']} {ref.get('amount', '')}")
    for warning in contract["warnings"]:
        console.print(f"[yellow]warning:[/] {warning}")


@app.command(name="eval")
def eval_(
    directory: Path = typer.Argument(..., exists=True, file_okay=False, help="Samples folder."),
    as_json: bool = typer.Option(False, "--json", help="Print the report as JSON."),
    no_embedded_xml: bool = typer.Option(
        False,
        "--no-embedded-xml",
        help="Read Factur-X / ZUGFeRD PDFs from the page, ignoring their XML.",
    ),
    mistakes: int = typer.Option(
        0, "--mistakes", min=0, help="Print the first N mistakes of each group."
    ),
    learn: bool = typer.Option(
        False,
        "--learn",
        help="Replay the documents per sender in arrival order, each approved as its truth "
        "says before the next (learning/replay.py): figures per position in the stream.",
    ),
) -> None:
    """Measure extraction against NAME.truth.json files: doc type, fields, line rows, silent
    errors and a reliability table, for born-digital files and scans (NAME.scan.EXT shares
    NAME's truth), and per source (the truth's "layout" or "source")."""
    from extraction.evaluate import evaluate_folder, render_report

    if learn:
        from learning.replay import default_extract, render, replay, summary

        run = replay(directory, default_extract(False if no_embedded_xml else None))
        found = summary(run)
        found.pop("profile_calibration_fitted")
        typer.echo(json.dumps(found, indent=2) if as_json else render(found))
        return

    report = evaluate_folder(
        directory, progress=not as_json, use_embedded_xml=False if no_embedded_xml else None
    )
    if as_json:
        typer.echo(json.dumps(report, indent=2, ensure_ascii=False))
    else:
        render_report(report, Console(), mistakes=mistakes)
