"""``orderdesk masterdata import FILE…``: customers and products from CSV or JSON."""

from __future__ import annotations

from pathlib import Path

import typer

from api.cli.app import app
from api.cli.common import DataDir, echo_json, load_settings

masterdata_app = typer.Typer(help="Customers, products and price lists.", no_args_is_help=True)
app.add_typer(masterdata_app, name="masterdata")


@masterdata_app.command("import")
def masterdata_import(
    files: list[Path] = typer.Argument(..., help="CSV or JSON files (see approvals/masterdata)."),
    json_out: bool = typer.Option(False, "--json"),
    data_dir: Path | None = DataDir,
) -> None:
    """Add or update customers (by number) and products (by SKU); files are read in order, so
    give customers before the products whose prices name them."""
    from approvals.masterdata import MasterDataError, parse_file
    from flow.masterdata import import_and_recheck
    from models.db import session_scope
    from models.migrate import upgrade

    settings = load_settings(data_dir)
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    upgrade(settings.db_url)
    reports = []
    for path in files:
        try:
            data = parse_file(path)
        except MasterDataError as exc:
            typer.echo(f"{path}: {exc}", err=True)
            raise typer.Exit(2) from exc
        with session_scope(settings.db_url) as session:
            done = import_and_recheck(session, data, actor="cli", settings=settings)
        reports.append(
            {
                "file": str(path),
                **done.report.as_dict(),
                "rechecked": len(done.rechecked),
                "approved": done.approved,
            }
        )
    if json_out:
        echo_json(reports)
        return
    for r in reports:
        typer.echo(
            f"{r['file']}: customers +{r['customers_added']} ~{r['customers_updated']}, "
            f"products +{r['products_added']} ~{r['products_updated']}, {r['prices']} prices; "
            f"{r['rechecked']} waiting document(s) checked again, {r['approved']} approved"
        )
        for note in r["notes"]:
            typer.echo(f"  note: {note}")
