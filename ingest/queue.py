"""Compatibility re-export: the queue lives in ``jobs.queue``.

Kept only for modules being edited in parallel (api/pipeline.py, api/jobs/outbound.py,
ingest/intake.py and their tests); wave 2 of issue 21 points them at ``jobs`` and deletes this.
"""

from jobs.queue import ClaimedJob, enqueue

__all__ = ["ClaimedJob", "enqueue"]
