"""Work for people: a document waiting in a queue, claimed by one clerk at a time."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, utcnow
from models.enums import TaskStatus


class ReviewTask(Base):
    __tablename__ = "review_tasks"

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"))
    queue: Mapped[str] = mapped_column(String(60), default="needs_review")
    status: Mapped[str] = mapped_column(String(10), default=TaskStatus.OPEN)
    reason: Mapped[str | None] = mapped_column(Text)
    claimed_by: Mapped[str | None] = mapped_column(String(100))
    assigned_to: Mapped[str | None] = mapped_column(
        String(100), comment="the person this work is given to (bulk assign)"
    )
    claimed_until: Mapped[dt.datetime | None]
    due_at: Mapped[dt.datetime | None]
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    closed_at: Mapped[dt.datetime | None]

    __table_args__ = (Index("ix_review_tasks_queue_status", "queue", "status"),)
