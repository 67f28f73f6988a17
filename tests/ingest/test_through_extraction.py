"""Bad inputs that pass the door go through the real ``extract`` job handler: they end
extracted or quarantined with extraction's reason, never a crashed worker. The quarantine
case then shows up in ``orderdesk quarantine list`` like any other."""

from __future__ import annotations

from sqlalchemy import select

from flow.extract import handle_extract
from ingest.intake import Intake
from ingest.quarantine_cases import list_cases
from jobs.queue import ClaimedJob
from models.db import session_scope
from models.documents import Document
from models.enums import DocStatus
from models.jobs import Job
from tests.ingest import corpus


def _run_extract(intake: Intake, document_id: int) -> Document:
    with session_scope(intake.settings.db_url) as session:
        job = session.execute(select(Job).where(Job.document_id == document_id)).scalar_one()
        claimed = ClaimedJob(job.id, job.kind, job.document_id, {}, 1, 5, "w")
    apply = handle_extract(claimed, intake.settings)
    with session_scope(intake.settings.db_url) as session:
        apply(session)
    with session_scope(intake.settings.db_url) as session:
        doc = session.get(Document, document_id)
        assert doc is not None
        return doc


def test_pdf_with_javascript_is_extracted_and_keeps_its_warning(intake: Intake) -> None:
    taken = intake.take_bytes(corpus.javascript_pdf(), original_name="js.pdf")
    doc = _run_extract(intake, taken.document_id)
    assert doc.status not in (DocStatus.RECEIVED, DocStatus.QUARANTINED)
    assert doc.page_count == 1 and doc.meta["flags"] == ["pdf_javascript"]


def test_blank_image_is_quarantined_by_extraction(intake: Intake) -> None:
    blank = corpus.png_bytes((600, 400), noise=False)  # a blank scan, named like a PDF
    taken = intake.take_bytes(blank, original_name="blank.pdf")
    doc = _run_extract(intake, taken.document_id)
    assert doc.status == DocStatus.QUARANTINED and doc.error_code == "empty_document"
    cases = list_cases(intake.settings.db_url)
    assert [(c.document_id, c.code) for c in cases] == [(doc.id, "empty_document")]
