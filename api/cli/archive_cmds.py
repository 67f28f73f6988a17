"""``orderdesk archive …``: prove the archive is intact, seal the audit chain, export audit
bundles, put documents on legal hold and release them."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn

from api.cli.app import app
from api.cli.common import DataDir, echo_json, load_settings

archive_app = typer.Typer(help="The write-once archive.", no_args_is_help=True)
app.add_typer(archive_app, name="archive")


@archive_app.command("verify")
def verify(json_out: bool = typer.Option(False, "--json"), data_dir: Path | None = DataDir) -> None:
    """Re-hash every archived object, check every manifest and the audit chain against the
    sealed heads; exit 1 naming each thing altered, missing or inserted."""
    from archive.store import open_store
    from archive.verify import verify_archive
    from models.db import session_scope

    settings = load_settings(data_dir)
    store = open_store(settings)
    columns = (
        *Progress.get_default_columns()[:1],
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
    )
    with (
        session_scope(settings.db_url) as session,
        Progress(*columns, disable=json_out, transient=True) as progress,
    ):
        task = progress.add_task("verifying", total=None)
        report = verify_archive(
            session,
            store,
            progress=lambda done, total: progress.update(task, completed=done, total=total),
        )
    if json_out:
        echo_json(report.to_dict())
    else:
        for f in report.findings:
            typer.echo(f"{f.kind.upper()}: {f.key}: {f.detail}", err=True)
        typer.echo(
            f"{report.objects} objects ({report.bytes} bytes), {report.manifests} manifests, "
            f"{report.events} audit events, {report.seals} seals checked: "
            + ("all intact" if report.ok else f"{len(report.findings)} problem(s)")
        )
    raise typer.Exit(0 if report.ok else 1)


@archive_app.command("seal")
def seal(data_dir: Path | None = DataDir) -> None:
    """Seal the audit chain's head into the archive now, after queueing new manifest
    versions for documents that moved on (``run`` does both periodically; schedule this
    where only ``serve`` and ``worker`` run)."""
    from archive.periodic import refresh_now
    from archive.seal import seal_head
    from archive.store import open_store
    from models.db import session_scope

    settings = load_settings(data_dir)
    queued, _watermark = refresh_now(settings)
    if queued:
        typer.echo(f"queued new manifest versions for {queued} document(s)")
    with session_scope(settings.db_url) as session:
        sealed = seal_head(session, open_store(settings), settings.archive)
    typer.echo(f"sealed event {sealed.seq} as {sealed.key}" if sealed else "already sealed")


@archive_app.command("export")
def export(
    out: Path = typer.Option(..., "--out", "-o", help="The ZIP file to write."),
    order: int | None = typer.Option(None, "--order", help="An order id: it and its documents."),
    document: list[int] = typer.Option([], "--document", "-d", help="Document ids."),
    query: str | None = typer.Option(None, "--query", "-q", help="Documents a search finds."),
    actor: str = typer.Option("cli", "--as", help="Who exports (for the audit trail)."),
    data_dir: Path | None = DataDir,
) -> None:
    """Write an audit bundle: originals, data JSON, manifests, audit events, verification."""
    from archive.export import bundle_documents, export_bundle
    from archive.search import SearchQuery
    from archive.store import open_store
    from models.db import session_scope

    if order is None and not document and not query:
        raise typer.BadParameter("name --order, --document or --query")
    settings = load_settings(data_dir)
    with session_scope(settings.db_url) as session:
        ids, title = bundle_documents(
            session,
            settings.archive,
            order_id=order,
            document_ids=document,
            query=SearchQuery(q=query) if query else None,
        )
        if not ids:
            raise typer.BadParameter("nothing to export")
        data = export_bundle(session, open_store(settings), ids, actor=actor, title=title)
    out.write_bytes(data)
    typer.echo(f"{out}: {len(ids)} document(s), {len(data)} bytes")


def _hold(document: int, reason: str, actor: str, on: bool, data_dir: Path | None) -> None:
    from archive.holds import set_hold
    from archive.store import open_store
    from models.db import session_scope

    settings = load_settings(data_dir)
    with session_scope(settings.db_url) as session:
        n = set_hold(session, open_store(settings), document, on=on, actor=actor, reason=reason)
    typer.echo(f"document {document}: legal hold {'on' if on else 'released'} ({n} objects)")


@archive_app.command("hold")
def hold(
    document: int = typer.Argument(..., help="Document id."),
    reason: str = typer.Option(..., "--reason", help="Case number, authority, …"),
    actor: str = typer.Option("cli", "--as"),
    data_dir: Path | None = DataDir,
) -> None:
    """Put every archived version of a document on legal hold."""
    _hold(document, reason, actor, True, data_dir)


@archive_app.command("release")
def release(
    document: int = typer.Argument(..., help="Document id."),
    reason: str = typer.Option(..., "--reason"),
    actor: str = typer.Option("cli", "--as"),
    data_dir: Path | None = DataDir,
) -> None:
    """Release a document's legal hold (its retention still applies)."""
    _hold(document, reason, actor, False, data_dir)
