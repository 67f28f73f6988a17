"""Verbs that start orderdesk's processes."""

from __future__ import annotations

from pathlib import Path

import typer

from api.cli.app import app
from api.cli.common import DataDir, load_settings


@app.command()
def run(
    host: str = typer.Option("127.0.0.1", help="Address the web UI and API listen on."),
    port: int = typer.Option(8000, help="Port of the web UI and API."),
    workers: int = typer.Option(2, min=1, help="Worker processes (OCR is CPU bound)."),
    samples: bool = typer.Option(
        False, "--samples", help="Copy the bundled samples into the inbox of an empty install."
    ),
    data_dir: Path | None = DataDir,
) -> None:
    """API, inbox watcher and workers in one process tree, on the embedded default.

    On any address but loopback it starts only once an active admin exists."""
    from api.process import run_all

    run_all(load_settings(data_dir), host=host, port=port, workers=workers, samples=samples)


@app.command()
def serve(
    host: str = typer.Option("127.0.0.1"),
    port: int = typer.Option(8000),
    data_dir: Path | None = DataDir,
) -> None:
    """The web UI and REST API only (it also seals the audit chain head periodically).

    On any address but loopback it starts only once an active admin exists."""
    from api.process import (
        announce_when_ready,
        check_login_wall,
        check_port_free,
        serve_api,
    )
    from flow.processes import Companions, prepare, start_process

    settings = load_settings(data_dir)
    start_process(settings)
    prepare(settings)
    check_login_wall(settings, host)  # LoginWallDown exits 2 (api.cli.app)
    check_port_free(host, port)
    import threading

    announce_when_ready(host, port, threading.Event())
    # where only `serve` and `worker` run, the API process keeps the seals, the manifest
    # refresh and approvers' mail going, as `run` does; on stop it seals the final head
    companions = Companions(settings).start()
    try:
        serve_api(settings, host, port)
    finally:
        companions.close()


@app.command()
def worker(
    concurrency: int = typer.Option(2, "--concurrency", "-c", min=1, help="Worker processes."),
    data_dir: Path | None = DataDir,
) -> None:
    """Process jobs from the queue (start as many as you like, on any machine)."""
    from flow.processes import run_worker_pool

    run_worker_pool(load_settings(data_dir), concurrency)


@app.command()
def watch(data_dir: Path | None = DataDir) -> None:
    """Watch the inbox folder and take in what arrives."""
    from flow.processes import run_watcher

    run_watcher(load_settings(data_dir))
