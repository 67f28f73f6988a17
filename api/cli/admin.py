"""Verbs for the database and users."""

from __future__ import annotations

from pathlib import Path

import typer

from api.cli.app import app
from api.cli.common import DataDir, echo_json, load_settings
from models.enums import Role

db_app = typer.Typer(help="Database schema.", no_args_is_help=True)
users_app = typer.Typer(help="People and integrations.", no_args_is_help=True)
app.add_typer(db_app, name="db")
app.add_typer(users_app, name="users")


@db_app.command("upgrade")
def db_upgrade(data_dir: Path | None = DataDir) -> None:
    """Apply every migration (run does this too)."""
    from models.migrate import upgrade

    settings = load_settings(data_dir)
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    upgrade(settings.db_url)
    typer.echo("database is up to date")


@users_app.command("add")
def users_add(
    name: str,
    role: Role = typer.Option(Role.CLERK, help="clerk, approver, auditor or admin."),
    token: bool = typer.Option(False, "--token", help="Print a new API token for this user."),
    password: str | None = typer.Option(
        None,
        help="Password for the web UI (asked for if omitted and no --token).",
    ),
    email: str | None = typer.Option(
        None, help="Where approval requests and escalations go (approvers, admins)."
    ),
    json_out: bool = typer.Option(False, "--json"),
    data_dir: Path | None = DataDir,
) -> None:
    """Add a user (or give an existing one a new role, password or token)."""
    from accounts.users import save_user, user_exists
    from models.db import session_scope
    from models.migrate import upgrade

    settings = load_settings(data_dir)
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    upgrade(settings.db_url)
    with session_scope(settings.db_url) as session:
        exists = user_exists(session, name)
    if password is None and not token and not exists:  # a role change keeps the password
        password = typer.prompt("password", hide_input=True, confirmation_prompt=True)
    with session_scope(settings.db_url) as session:  # an AccountError exits 1 (api.cli.app)
        saved = save_user(
            session,
            by="cli",
            name=name,
            role=role,
            password=password,
            token=token,
            email=email,
        )
    secret = saved.token
    if json_out:
        echo_json({"name": name, "role": role.value, "token": secret})
    elif secret:
        typer.echo(secret)
    else:
        typer.echo(f"user {name} saved as {role.value}")


@users_app.command("list")
def users_list(
    json_out: bool = typer.Option(False, "--json"), data_dir: Path | None = DataDir
) -> None:
    """Who may log in, with their role."""
    from accounts.users import all_users
    from models.db import session_scope

    settings = load_settings(data_dir)
    with session_scope(settings.db_url) as session:
        rows = [
            {
                "name": u.name,
                "role": u.role,
                "active": u.active,
                "password": bool(u.password_hash),
                "token": bool(u.token_hash),
            }
            for u in all_users(session)
        ]
    if json_out:
        echo_json(rows)
        return
    for r in rows:
        flags = ", ".join(k for k in ("password", "token") if r[k])
        state = "" if r["active"] else " (disabled)"
        typer.echo(f"{r['name']:20s} {r['role']:9s} {flags}{state}")


@users_app.command("disable")
def users_disable(name: str, data_dir: Path | None = DataDir) -> None:
    """Stop a user logging in or using their token (their history stays; their web
    sessions end). The last active admin cannot be disabled."""
    from accounts.users import disable_user
    from models.db import session_scope

    settings = load_settings(data_dir)
    with session_scope(settings.db_url) as session:
        disable_user(session, by="cli", name=name)
    typer.echo(f"user {name} disabled")
