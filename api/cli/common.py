"""Helpers shared by the verb modules: settings with command-line overrides, JSON output."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import typer

from models.settings import Settings

DataDir = typer.Option(None, "--data-dir", envvar="ORDERDESK_DATA_DIR", help="Data folder.")


def load_settings(data_dir: Path | None = None) -> Settings:
    """Settings for a verb; its searches (export --query, search) use the configured engine."""
    from archive.search import configure

    settings = Settings(data_dir=data_dir) if data_dir else Settings()
    configure(settings)
    return settings


def echo_json(value: Any) -> None:
    typer.echo(json.dumps(value, indent=2, ensure_ascii=False, default=str))
