"""``orderdesk ingest``: bulk import through the same intake as the watched folders."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.progress import Progress

from api.cli.app import app
from api.cli.common import DataDir, echo_json, load_settings


@app.command()
def ingest(
    paths: list[Path] = typer.Argument(..., exists=True, help="Files or folders to import."),
    channel: str = typer.Option("import", help="Channel name recorded on each document."),
    json_out: bool = typer.Option(False, "--json"),
    data_dir: Path | None = DataDir,
) -> None:
    """Import files (copied, never moved); workers then extract them."""
    import getpass

    from archive.store import open_store
    from flow.processes import prepare
    from ingest.bulk_import import files_under, take_files
    from ingest.import_runs import start_run

    settings = load_settings(data_dir)
    prepare(settings)
    files = files_under(paths)
    try:
        actor = f"cli:{getpass.getuser()}"
    except (KeyError, OSError):  # no user name in a bare container
        actor = "cli"
    label = ", ".join(p.name or str(p) for p in paths)
    run_id = start_run(settings.db_url, files=len(files), actor=actor, label=label, channel=channel)
    if not json_out:
        typer.echo(f"import {run_id}: follow it in the web UI at /imports/{run_id}")
    store = open_store(settings)
    with Progress(disable=json_out) as progress:
        task = progress.add_task("ingesting", total=len(files))
        done = take_files(
            settings,
            store,
            run_id,
            files,
            channel=channel,
            actor=actor,
            advance=lambda: progress.advance(task),
        )
    counts, results = done.counts, done.results
    if json_out:
        echo_json({"run": run_id, "summary": dict(counts), "files": results})
    else:
        typer.echo(
            f"ingested {counts['ingested']}, duplicates {counts['duplicate']}, "
            f"quarantined {counts['quarantined']}"
        )
        for r in results:
            if r["outcome"] == "quarantined":
                typer.echo(f"  quarantined {r['file']}: {r['reason']}")


quarantine_app = typer.Typer(help="Documents put aside: list, retry after a fix, release.")
app.add_typer(quarantine_app, name="quarantine")


@quarantine_app.command("list")
def quarantine_list(
    all_states: bool = typer.Option(False, "--all", help="Also retried and released ones."),
    json_out: bool = typer.Option(False, "--json"),
    data_dir: Path | None = DataDir,
) -> None:
    """Quarantined documents with the reason and where the file is."""
    from flow.processes import prepare
    from ingest.quarantine_cases import list_cases

    settings = load_settings(data_dir)
    prepare(settings)
    cases = list_cases(settings.db_url, state=None if all_states else "open")
    if json_out:
        echo_json([c.__dict__ for c in cases])
        return
    if not cases:
        typer.echo("quarantine is empty")
    for c in cases:
        where = settings.quarantine_dir / c.file if c.file else "(archived original)"
        typer.echo(f"{c.document_id:>6}  {c.state:<8} {c.code:<16} {c.original_name}")
        typer.echo(f"        {c.reason}\n        file: {where}")


@quarantine_app.command("retry")
def quarantine_retry(
    document_id: int,
    file: Path | None = typer.Option(None, "--file", exists=True, help="A fixed copy."),
    actor: str = typer.Option("operator", "--as", help="Who does it (audit trail)."),
    data_dir: Path | None = DataDir,
) -> None:
    """Send a quarantined document through the normal path again."""
    from archive.store import open_store
    from flow.processes import prepare
    from ingest.intake import Intake
    from ingest.quarantine_cases import retry

    settings = load_settings(data_dir)
    prepare(settings)
    typer.echo(retry(Intake(settings, open_store(settings)), document_id, actor=actor, file=file))


@quarantine_app.command("release")
def quarantine_release(
    document_id: int,
    reason: str = typer.Option(..., "--reason", help="Why it will not be processed."),
    actor: str = typer.Option("operator", "--as", help="Who does it (audit trail)."),
    data_dir: Path | None = DataDir,
) -> None:
    """Close a quarantine case without processing (the document stays on record)."""
    from flow.processes import prepare
    from ingest.quarantine_cases import release

    settings = load_settings(data_dir)
    prepare(settings)
    typer.echo(release(settings.db_url, document_id, actor=actor, note=reason))
