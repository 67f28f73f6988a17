"""An import of master data, wherever it comes from (web, REST, CLI, ``run --samples``):
the upsert, then the documents that waited on an unknown customer or product checked again,
and what follows a decision queued for those now approved."""

from __future__ import annotations

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
from models.db import session_scope
from models.settings import Settings


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
