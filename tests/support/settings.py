"""Settings over a test's own data folder (inbox and quarantine made) and a given database."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from models.settings import Settings


def data_settings(tmp_path: Path, database_url: str, **overrides: Any) -> Settings:
    """Settings whose data folder is ``tmp_path / "data"`` (with ``inbox/`` and
    ``quarantine/``), on ``database_url``, no ``.env`` read; ``overrides`` as Settings takes
    them (``ingest={...}``)."""
    data = tmp_path / "data"
    for sub in ("", "inbox", "quarantine"):
        (data / sub).mkdir(parents=True, exist_ok=True)
    return Settings(data_dir=data, database_url=database_url, _env_file=None, **overrides)
