"""``run --samples`` fills the inbox of an empty installation only."""

from __future__ import annotations

from archive.store import open_store
from ingest.intake import Intake
from ingest.seed import seed_inbox
from models.settings import Settings
from samples import BORN_DIGITAL


def test_the_bundled_pdfs_go_into_an_empty_inbox_once_nothing_was_received(
    lite: Settings,
) -> None:
    assert seed_inbox(lite, BORN_DIGITAL) == len(list(BORN_DIGITAL.glob("*.pdf"))) > 0
    assert sorted(p.name for p in lite.inbox_dir.iterdir()) == sorted(
        p.name for p in BORN_DIGITAL.glob("*.pdf")
    )
    for p in lite.inbox_dir.iterdir():
        p.unlink()
    pdf = sorted(BORN_DIGITAL.glob("*.pdf"))[0]
    Intake(lite, open_store(lite)).take_bytes(
        pdf.read_bytes(), original_name=pdf.name, channel="upload"
    )
    assert seed_inbox(lite, BORN_DIGITAL) == 0  # an installation with documents keeps its own
    assert list(lite.inbox_dir.iterdir()) == []
