"""Writing a file so that whoever reads it sees all of it or none of it.

An ERP polling the export folder, a peppol access point picking up the outbox, a recovery
after a crash walking the staging or quarantine folder: none of them may see half a file. Every
stage that hands a file to someone else writes it the same way, here.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def write_atomically(path: Path, data: bytes, *, part: Path | None = None) -> None:
    """Write ``data`` beside ``path`` (``part``; by default a unique ``.….part`` in the same
    folder, so the rename cannot cross file systems), make it durable, then rename it over
    ``path``. On failure the part file is removed and the error raised.

    A caller names ``part`` when its recovery must recognise a write a crash interrupted
    (the intake's ``.part-<staged name>``)."""
    if part is None:
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".", suffix=".part")
        os.close(fd)
        part = Path(tmp)
    try:
        with open(part, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(part, path)
    except BaseException:
        part.unlink(missing_ok=True)
        raise
