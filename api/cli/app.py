"""The root Typer app every verb module registers on (kept apart so modules import it cheaply)."""

from typing import Any

import typer
from typer.core import TyperGroup

from models.errors import OrderdeskError


class OrderdeskGroup(TyperGroup):
    """Maps every ``OrderdeskError`` a verb lets through, in one place: its code and message
    on stderr, its exit code (``models.errors.ExitCode``)."""

    def invoke(self, ctx: Any) -> Any:  # typer vendors its own click: its Context type
        try:
            return super().invoke(ctx)
        except OrderdeskError as exc:
            typer.echo(f"error: {exc.code}: {exc}", err=True)
            raise typer.Exit(exc.exit_code) from exc


app = typer.Typer(
    cls=OrderdeskGroup,
    name="orderdesk",
    help="orderdesk: purchase orders, invoices and their follow-ups, from paper to data.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_show_locals=False,
)
