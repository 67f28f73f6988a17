"""The quarantine folder: a file that cannot be processed is put here with a ``.reason.txt``
beside it, so an operator sees what was wrong and can fix and retry it
(``orderdesk quarantine list | retry | release``, see ``ingest.quarantine_cases``)."""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import uuid
from pathlib import Path

from models.files import write_atomically

_UNSAFE = re.compile(r"[^\w.\- ]+", re.UNICODE)


def safe_name(name: str, *, limit: int = 120) -> str:
    """A file name that cannot climb out of a folder or hide itself, kept readable."""
    base = name.replace("\\", "/").rsplit("/", 1)[-1]
    base = _UNSAFE.sub("_", base).strip(" .") or "unnamed"
    if len(base) > limit:
        stem, dot, ext = base.rpartition(".")
        ext = ext[:10] if dot else ""
        base = (stem if dot else base)[: limit - len(ext) - 1] + ("." + ext if ext else "")
    return base


def quarantine_file(
    source: Path,
    quarantine_dir: Path,
    reason: str,
    *,
    original_name: str,
    move: bool = True,
    target_name: str | None = None,
) -> Path:
    """Move (or copy) ``source`` into quarantine and write why; returns the quarantined path.
    A fixed ``target_name`` makes a repeat after a crash overwrite instead of piling up."""
    quarantine_dir.mkdir(parents=True, exist_ok=True)
    if target_name is None:
        stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
        target_name = f"{stamp}-{uuid.uuid4().hex[:8]}-{safe_name(original_name)}"
    target = quarantine_dir / target_name
    if move:
        shutil.move(os.fspath(source), target)
    else:
        shutil.copyfile(source, target)
    write_reason(target, reason, original_name=original_name)
    return target


def quarantine_bytes(
    data: bytes, quarantine_dir: Path, reason: str, *, original_name: str, target_name: str
) -> Path:
    """Write bytes (a mail part, a zip member) into quarantine, atomically, with the reason."""
    quarantine_dir.mkdir(parents=True, exist_ok=True)
    target = quarantine_dir / target_name
    write_atomically(target, data, part=target.with_name(".part-" + target.name))
    write_reason(target, reason, original_name=original_name)
    return target


def write_reason(target: Path, reason: str, *, original_name: str) -> None:
    reason_file = target.with_name(target.name + ".reason.txt")
    reason_file.write_text(
        f"{reason}\n\noriginal name: {original_name}\n"
        f"quarantined at: {dt.datetime.now(dt.UTC).isoformat(timespec='seconds')}\n"
        "to retry: fix the file and run `orderdesk quarantine retry ID --file FIXED`, or drop "
        "it into the inbox again and `orderdesk quarantine release ID`\n",
        encoding="utf-8",
    )
