"""The ``link`` job: after a document is decided, link it to its order(s) and move them on.

Runs on approval rather than right after extraction: links move order statuses and raise
tasks, so they are built from data a person (or touchless policy) has accepted. It is also
enqueued on rejection, which takes back whatever the document had linked.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from jobs.queue import ClaimedJob
from jobs.worker import Apply
from linking.service import link_document
from models.settings import Settings

LINK_JOB = "link"


def handle_link(job: ClaimedJob, settings: Settings) -> Apply:
    document_id = job.document_id

    def apply(session: Session) -> None:
        if document_id is not None:
            link_document(session, document_id, settings.linking)

    return apply
