"""An import of master data, wherever it comes from (web, REST, CLI, ``run --samples``):
the upsert, then the documents that waited on an unknown customer or product checked again,
and what follows a decision queued for those now approved; and ``run --samples`` itself."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

import samples
from approvals.masterdata import (
    ImportReport,
    MasterDataIn,
    import_masterdata,
    masterdata_counts,
    parse_file,
)
from approvals.masterdata_changes import Rechecked, recheck_after_import
from flow.table import follow_decision
from ingest.seed import seed_inbox
from models.db import session_scope
from models.settings import Settings

log = logging.getLogger("orderdesk")


@dataclass
class Imported:
    report: ImportReport
    rechecked: list[Rechecked]

    @property
    def approved(self) -> int:
        return sum(1 for r in self.rechecked if r.decided)


def import_and_recheck(
    session: Session, data: MasterDataIn, *, actor: str, settings: Settings
) -> Imported:
    report = import_masterdata(session, data, actor=actor)
    rechecked = recheck_after_import(session, settings.approvals)
    for r in rechecked:
        if r.decided:
            follow_decision(session, r.document_id, settings)
    return Imported(report, rechecked)


def seed_masterdata(settings: Settings, source: Path = samples.MASTERDATA) -> int:
    """The bundled samples' customers and products, into an installation that has none, so
    the samples meet the master data a real desk has (and documents that already waited on
    it are checked again). Returns how many customers and products were added."""
    with session_scope(settings.db_url) as session:
        if any(masterdata_counts(session).values()):
            return 0
        done = import_and_recheck(
            session, parse_file(source), actor="system:samples", settings=settings
        )
    return done.report.customers_added + done.report.products_added


def seed_samples(settings: Settings) -> tuple[int, int]:
    """``run --samples``: the bundled master data, then the bundled born-digital documents
    into the inbox, each only into an installation that has none of its own. Returns the
    customers and products added and the documents copied."""
    added = seed_masterdata(settings)
    if added:
        log.info("loaded %d customers and products of the bundled samples", added)
    copied = seed_inbox(settings, samples.BORN_DIGITAL)
    if copied:
        log.info("copied %d bundled samples into %s", copied, settings.inbox_dir)
    return added, copied
