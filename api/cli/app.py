"""The root Typer app every verb module registers on (kept apart so modules import it cheaply)."""

import typer

app = typer.Typer(
    name="orderdesk",
    help="orderdesk: purchase orders, invoices and their follow-ups, from paper to data.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_show_locals=False,
)
