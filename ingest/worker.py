"""Compatibility re-export: the worker loop lives in ``jobs.worker``.

Kept only for modules being edited in parallel (api/pipeline.py, api/jobs/outbound.py);
wave 2 of issue 21 points them at ``jobs`` and deletes this.
"""

from jobs.worker import Apply, Handler, HandlerSet

__all__ = ["Apply", "Handler", "HandlerSet"]
