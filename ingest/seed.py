"""Files for an empty installation's inbox (``orderdesk run --samples``)."""

from __future__ import annotations

import shutil
from pathlib import Path

from sqlalchemy import func, select

from models.db import session_scope
from models.documents import Document
from models.settings import Settings


def seed_inbox(settings: Settings, folder: Path) -> int:
    """Copy the PDFs of ``folder`` into the inbox when no document was ever received;
    returns how many were copied (0 for an installation that has documents)."""
    with session_scope(settings.db_url) as session:
        if session.execute(select(func.count(Document.id))).scalar_one():
            return 0
    count = 0
    for pdf in sorted(folder.glob("*.pdf")):
        shutil.copyfile(pdf, settings.inbox_dir / pdf.name)
        count += 1
    return count
