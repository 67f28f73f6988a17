"""Through the real pipeline: a sample purchase order that passes every check is approved
touchless by the extract job, and what follows a decision (archive, confirmation, ...) is
queued."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from sqlalchemy import select

from approvals.masterdata import MasterDataIn, import_masterdata
from archive.store import open_store
from flow.extract import handle_extract
from ingest.intake import Intake
from jobs.queue import ClaimedJob
from models.db import session_scope
from models.documents import Document
from models.enums import DocStatus
from models.jobs import Job
from models.settings import Settings
from samples.generate import plan, write_doc
from samples.layouts import VISIBLE
from samples.masterdata.build import build


def test_sample_order_goes_through_touchless(settings: Settings, tmp_path: Path) -> None:
    # judged today, the samples' 2026 delivery dates have passed and most orders are large:
    # switch those two rules off to see the rest of the chain decide alone
    settings.approvals.rules.delivery_date.enabled = False
    settings.approvals.high_value = Decimal("1000000")
    # the buyer's name on a purchase order is read from its letterhead, which extraction's
    # calibration does not yet promise at 99.5 % (too few real letterheads with truth): a
    # clerk confirms it, so the confidence rule is switched off here too
    settings.approvals.rules.confidence.enabled = False
    name, sample, layout = next(
        p
        for p in plan(VISIBLE, seed=7)
        if p[1].doc_type == "purchase_order" and "sku" in p[2].columns
    )
    pdf = write_doc(tmp_path, name, sample, layout)
    with session_scope(settings.db_url) as session:
        import_masterdata(session, MasterDataIn.model_validate(build()), actor="test")
    taken = Intake(settings, open_store(settings)).take_bytes(
        pdf.read_bytes(), original_name=pdf.name, channel="upload"
    )
    job = ClaimedJob(
        id=0, kind="extract", document_id=taken.document_id, payload={}, attempts=1,
        max_attempts=1, worker_id="test",
    )  # fmt: skip
    apply = handle_extract(job, settings)
    with session_scope(settings.db_url) as session:
        apply(session)
    with session_scope(settings.db_url) as session:
        doc = session.get(Document, taken.document_id)
        assert doc is not None
        assert doc.status == DocStatus.APPROVED, doc.status
        assert doc.decided_by == "system:touchless"
        kinds = set(session.execute(select(Job.kind).where(Job.document_id == doc.id)).scalars())
        assert {"archive", "confirmation", "webhook", "export"} <= kinds
