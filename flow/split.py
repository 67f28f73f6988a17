"""The ``split_batch`` job: a multi-page PDF from an inbox marked ``split_batches`` is cut into
its documents before extraction (see ``ingest.batches`` for the rules).

Pages are rendered small to find separator sheets (blank, or a barcode/QR patch sheet), and
each other page is read by extraction to see its document type and number. The parts are
stored first; the transaction completing the job creates one child document per part
(``parent_id`` = the batch) with its ``extract`` job, and marks the batch ``split``. A
batch of one document is simply extracted as it is.

It lives in the flow, like ``flow.extract``, because it joins three stages: the original
from the archive, extraction to read each page, and ingest's intake for the parts.
"""

from __future__ import annotations

import io
import logging

from PIL import Image
from sqlalchemy.orm import Session

from archive.originals import original_bytes
from archive.store import open_store
from extraction.errors import ExtractionError
from extraction.pipeline import extract_bytes, render_png
from ingest.batches import PageInfo, cut_pdf, ink_ratio, is_separator, read_codes, split_points
from ingest.intake import EXTRACT_JOB, Arrival, Intake, prepared_part
from jobs.queue import ClaimedJob, enqueue_document
from jobs.worker import Apply
from models.audit import document_event
from models.db import session_scope
from models.documents import Document
from models.enums import DocStatus
from models.settings import Settings

log = logging.getLogger("orderdesk.batches")


def read_pages(data: bytes, pages: int, settings: Settings) -> list[PageInfo]:
    cfg = settings.ingest
    infos = []
    singles = cut_pdf(data, [[n] for n in range(1, pages + 1)])
    for number in range(1, pages + 1):
        image = Image.open(io.BytesIO(render_png(data, number, dpi=cfg.batch_render_dpi)))
        info = PageInfo(number, ink_ratio(image), read_codes(image))
        if not is_separator(info, cfg):
            try:
                result = extract_bytes(singles[number - 1], settings=settings.extraction)
                found = result.fields.get("document_number")
                info = PageInfo(
                    number,
                    info.ink,
                    info.codes,
                    result.doc_type,
                    found.value if found else None,
                )
            except ExtractionError as exc:
                log.info("batch page %s unreadable for splitting: %s", number, exc)
        infos.append(info)
    return infos


def handle_split(job: ClaimedJob, settings: Settings) -> Apply:
    assert job.document_id is not None
    with session_scope(settings.db_url) as session:
        doc = session.get(Document, job.document_id)
        if doc is None or doc.status != DocStatus.RECEIVED:
            return lambda _s: None
        data = original_bytes(session, settings, doc.id)
        pages, name = doc.page_count or 1, doc.original_name
    infos = read_pages(data, pages, settings)
    groups = split_points(infos, settings.ingest)
    if len(groups) == 1 and len(groups[0]) == pages:
        return _extract_whole(job.document_id, settings)
    intake = Intake(settings, open_store(settings))
    stem = name.rsplit(".", 1)[0]
    parts = [
        prepared_part(intake, part, f"{stem}-part{i}.pdf", f"pages {g[0]}-{g[-1]}")
        for i, (part, g) in enumerate(zip(cut_pdf(data, groups), groups, strict=True), 1)
    ]

    def apply(session: Session) -> None:
        batch = session.get(Document, job.document_id)
        if batch is None or batch.status != DocStatus.RECEIVED:
            return
        children = []
        for prep, group in zip(parts, groups, strict=True):
            arrival = Arrival(
                batch.channel, f"batch:{batch.id}", {"batch": batch.id, "pages": group}, batch.id
            )
            result = intake.record_piece(session, prep, arrival)
            children.append(result.document_id)
        batch.status = DocStatus.SPLIT
        document_event(
            session,
            batch.id,
            actor="system:ingest",
            action="batch_split",
            data={"parts": children, "pages": groups},
        )

    return apply


def _extract_whole(document_id: int, settings: Settings) -> Apply:
    def apply(session: Session) -> None:
        enqueue_document(session, EXTRACT_JOB, document_id, settings)

    return apply
