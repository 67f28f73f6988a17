"""``orderdesk learn``: teach sender profiles from approved documents and refit their
calibration; ``learn profiles``, ``learn reset KEY``, ``learn rollback``."""

from __future__ import annotations

from pathlib import Path

import typer

from api.cli.app import app
from api.cli.common import DataDir, echo_json, load_settings

learn_app = typer.Typer(
    help="Learn from approved documents (sender profiles, their calibration).",
    invoke_without_command=True,
)
app.add_typer(learn_app, name="learn")


@learn_app.callback()
def learn(
    ctx: typer.Context,
    json_out: bool = typer.Option(False, "--json"),
    data_dir: Path | None = DataDir,
) -> None:
    """Teach what was approved since, refit the profile calibration (the previous one is
    kept: ``orderdesk learn rollback``), and print per field the accuracy before and after."""
    if ctx.invoked_subcommand is not None:
        return
    from learning import store
    from models.db import session_scope
    from models.migrate import upgrade

    settings = load_settings(data_dir)
    upgrade(settings.db_url)
    with session_scope(settings.db_url) as session:
        report = store.refit(session, actor="cli", accept=settings.approvals.auto_accept_confidence)
    if json_out:
        echo_json(report)
        return
    if report["model_id"] is None:
        typer.echo("no approved document to learn from yet: the calibration in use stays")
        return
    typer.echo(f"model {report['model_id']}: {report['observations']} values observed")
    for part in ("fitted", "held_back"):
        typer.echo(f"{part.replace('_', '-')}:")
        before, after = report[part]["before"], report[part]["after"]
        for name in sorted(set(before) | set(after)):
            b, a = before.get(name, {}), after.get(name, {})
            typer.echo(
                f"  {name:18s} values {a.get('values', 0):4d}  right {a.get('right')}%  "
                f"sure {b.get('shown_sure', 0)} -> {a.get('shown_sure', 0)}  "
                f"sure right {b.get('sure_right')}% -> {a.get('sure_right')}%"
            )


@learn_app.command("profiles")
def list_profiles(
    json_out: bool = typer.Option(False, "--json"), data_dir: Path | None = DataDir
) -> None:
    """The senders orderdesk knows and what it learned about each."""
    from learning import store
    from models.db import session_scope
    from models.migrate import upgrade

    settings = load_settings(data_dir)
    upgrade(settings.db_url)
    with session_scope(settings.db_url) as session:
        found = [p.model_dump(mode="json") for p in store.profiles(session)]
    if json_out:
        echo_json(found)
        return
    for p in found:
        typer.echo(f"{p['key']}  {p['name']}  documents {p['documents']}")
        for name, hints in sorted(p["hints"].items()):
            for h in hints:
                where = h["label"] or h["value"] or ""
                typer.echo(
                    f"    {name:18s} {h['placement']:8s} right {h['hits']:.1f} "
                    f"wrong {h['misses']:.1f}  {where[:40]}  taught by {','.join(h['taught_by'])}"
                )


@learn_app.command("reset")
def reset_profile(key: str, data_dir: Path | None = DataDir) -> None:
    """Forget a sender's profile (after it changed its layout for good, say)."""
    from learning import store
    from models.db import session_scope

    settings = load_settings(data_dir)
    with session_scope(settings.db_url) as session:
        if not store.reset(session, key, actor="cli"):
            typer.echo(f"no profile {key}", err=True)
            raise typer.Exit(1)
    typer.echo(f"profile {key} reset")


@learn_app.command("rollback")
def rollback(data_dir: Path | None = DataDir) -> None:
    """Use the profile calibration before the current one again."""
    from learning import store
    from models.db import session_scope

    settings = load_settings(data_dir)
    with session_scope(settings.db_url) as session:
        now = store.rollback(session, actor="cli")
    typer.echo(f"active calibration: {now if now is not None else 'the shipped default'}")
