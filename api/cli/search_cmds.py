"""``orderdesk search QUERY``: the auditor search from a terminal; ``search reindex``
rebuilds the full-text index from the database."""

from __future__ import annotations

import html
import re
import sys
from pathlib import Path

import typer

from api.cli.app import app
from api.cli.common import DataDir, echo_json, load_settings

REINDEX = "reindex"


@app.command("search")
def search_cmd(
    query: str = typer.Argument("", help='words, "phrases", prefix*, -excluded, a OR b'),
    doc_type: str | None = typer.Option(None, "--doc-type"),
    customer: str | None = typer.Option(None, "--customer"),
    date_from: str | None = typer.Option(None, "--from", help="YYYY-MM-DD"),
    date_to: str | None = typer.Option(None, "--to", help="YYYY-MM-DD"),
    amount_min: str | None = typer.Option(None, "--amount-min"),
    amount_max: str | None = typer.Option(None, "--amount-max"),
    order_number: str | None = typer.Option(None, "--order-number"),
    status: str | None = typer.Option(None, "--status"),
    channel: str | None = typer.Option(None, "--channel"),
    limit: int = typer.Option(20, "--limit"),
    json_out: bool = typer.Option(False, "--json"),
    data_dir: Path | None = DataDir,
) -> None:
    """Search archived documents: words, "phrases", prefix*, -excluded, a OR b, with facets.

    ``orderdesk search reindex`` rebuilds the full-text index from the database instead."""
    if query == REINDEX:
        reindex_cmd(data_dir)
        return
    from archive.search import SearchQuery, configure, search
    from models.db import session_scope
    from models.parsing import date_or_refuse, decimal_or_refuse

    settings = load_settings(data_dir)
    configure(settings)
    # a date or an amount that does not parse is an InvalidInput: exit 2 (api.cli.app)
    q = SearchQuery(
        q=query,
        doc_type=doc_type,
        customer=customer,
        date_from=date_or_refuse(date_from, "--from"),
        date_to=date_or_refuse(date_to, "--to"),
        amount_min=decimal_or_refuse(amount_min, "--amount-min"),
        amount_max=decimal_or_refuse(amount_max, "--amount-max"),
        order_number=order_number,
        status=status,
        channel=channel,
        limit=limit,
    )
    with session_scope(settings.db_url) as session:
        result = search(session, q)  # a query it cannot read: models.errors, mapped by the CLI
    if json_out:
        echo_json(
            {
                "items": [h.model_dump() for h in result.items],
                "total": result.total,
                "facets": result.facets,
            }
        )
        return
    for h in result.items:
        amount = f"{h.total_gross} {h.currency or ''}".strip() if h.total_gross is not None else ""
        typer.echo(
            f"#{h.id:<7} {h.doc_type or '?':<18} {h.document_number or '':<16} "
            f"{h.document_date or ''!s:<10}  {h.customer_name or '':<30.30} {amount}"
        )
        if h.snippet:
            typer.echo("         " + _terminal(h.snippet))
    typer.echo(f"{result.total} document(s)")


def _terminal(snippet: str) -> str:
    marked = re.sub(r"<mark>(.*?)</mark>", lambda m: f"\x1b[1m{m.group(1)}\x1b[0m", snippet)
    return html.unescape(marked)


def reindex_cmd(data_dir: Path | None) -> None:
    """Rebuild the configured engine's full-text index from documents and pages (the
    tantivy index folder may be missing: it is created)."""
    from archive.search import configure, reindex
    from models.db import session_scope

    settings = load_settings(data_dir)
    configure(settings)
    engine = settings.archive.search_engine
    with session_scope(settings.db_url) as session:
        if engine == "tantivy" and sys.stderr.isatty():  # scripts get the count line only
            with typer.progressbar(length=1, label="indexing", file=sys.stderr) as bar:

                def progress(done: int, total: int) -> None:
                    bar.length = max(total, 1)
                    bar.update(done - bar.pos)

                n = reindex(session, progress)
        else:
            n = reindex(session)
    typer.echo(f"{n} documents indexed ({engine} engine)")
