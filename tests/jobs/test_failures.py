"""What a handler's failure means is read from the error root, in the worker: a retryable
error is retried with backoff, a deliberate one that is not goes to the dead letters at once
(and to the give-up hook, which quarantines its document), and anything unexpected gets its
remaining attempts."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from jobs import queue
from jobs.queue import ClaimedJob
from jobs.worker import Apply, HandlerSet, Worker
from models.db import session_scope
from models.enums import JobStatus
from models.errors import InvalidInput, Unavailable
from models.jobs import Job
from models.settings import Settings


class Refused(InvalidInput):
    code = "refused"


def _run(tmp_path: Path, url: str, error: Exception) -> tuple[Job, list[str]]:
    settings = Settings(
        data_dir=tmp_path,
        database_url=url,
        ingest={"job_retry_base_seconds": 60.0},
        _env_file=None,  # type: ignore[call-arg]
    )
    given_up: list[str] = []

    def handler(_job: ClaimedJob, _settings: Settings) -> Apply | None:
        raise error

    def on_give_up(_session: Session, _job: ClaimedJob, message: str) -> None:
        given_up.append(message)

    with session_scope(url) as session:
        job_id = queue.enqueue(session, "work", max_attempts=5).id
    Worker(settings, HandlerSet({"work": handler}, on_give_up=on_give_up)).run_once()
    with session_scope(url) as session:
        job = session.get(Job, job_id)
        assert job is not None
        return job, given_up


@pytest.mark.parametrize(
    "error", [Unavailable("the store is down"), RuntimeError("deadlock detected")]
)
def test_retryable_and_unexpected_failures_are_retried_with_backoff(
    tmp_path: Path, db_url: str, error: Exception
) -> None:
    job, given_up = _run(tmp_path, db_url, error)
    assert job.status == JobStatus.QUEUED and job.attempts == 1 and not given_up
    assert job.run_after > dt.datetime.now(dt.UTC) + dt.timedelta(seconds=50)
    assert str(error) in (job.last_error or "")


def test_an_error_not_worth_a_retry_goes_to_the_dead_letters_at_once(
    tmp_path: Path, db_url: str
) -> None:
    job, given_up = _run(tmp_path, db_url, Refused("the file is not an order"))
    assert job.status == JobStatus.FAILED and job.attempts == 1
    assert given_up == ["Refused: the file is not an order"]
