"""Importing many files at once (``orderdesk ingest``): every file under the paths given,
copied (never moved) and taken through the same intake as the watched folders, as one
import run whose progress the web UI follows (``ingest.import_runs``)."""

from __future__ import annotations

import shutil
import tempfile
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ingest.import_runs import finish_run
from ingest.intake import Intake
from models.settings import Settings
from models.storage import ObjectStore


@dataclass
class Imported:
    """What a bulk import did: documents by outcome, and one row per document taken (a
    mail or zip gives one per document it held)."""

    counts: Counter[str] = field(default_factory=Counter)
    results: list[dict[str, Any]] = field(default_factory=list)


def files_under(paths: list[Path]) -> list[Path]:
    """The files ``paths`` name: a file itself, a folder every file below it, sorted."""
    found = [p for path in paths for p in ([path] if path.is_file() else sorted(path.rglob("*")))]
    return [f for f in found if f.is_file()]


def take_files(
    settings: Settings,
    store: ObjectStore,
    run_id: str,
    files: list[Path],
    *,
    channel: str,
    actor: str,
    advance: Callable[[], None] = lambda: None,
) -> Imported:
    """Take each of ``files`` (a copy) into import run ``run_id`` (``advance`` after each),
    then close the run with its counts."""
    intake = Intake(settings, store, run_id=run_id)
    done = Imported()
    for file in files:
        with tempfile.TemporaryDirectory() as tmp:
            copy = Path(tmp) / file.name
            shutil.copyfile(file, copy)
            result = intake.take_file(copy, channel=channel, original_name=file.name)
        for part in result.all:  # a mail or zip counts each document it held
            done.counts[part.outcome] += 1
            done.results.append(
                {
                    "file": str(file) + ("" if part is result else f"!{part.original_name}"),
                    "outcome": part.outcome,
                    "id": part.document_id,
                    "reason": part.reason,
                }
            )
        advance()
    finish_run(settings.db_url, run_id, actor=actor, counts=dict(done.counts))
    return done
