"""What orderdesk learned from its clerks (issue 24): the page words each document was read
from (so profiles can be rebuilt), sender profiles, which approved documents taught them,
and the fitted profile calibrations (the active one and those before it, to roll back)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, Boolean, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, OwnedByDocument, utcnow


class PageWords(Base):
    __tablename__ = "page_words"

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[OwnedByDocument]
    number: Mapped[int] = mapped_column(Integer)
    # the frame the words are in (the page set upright) and the words: text, box, confidence,
    # source
    width: Mapped[float] = mapped_column(default=0.0)
    height: Mapped[float] = mapped_column(default=0.0)
    words: Mapped[list[Any]] = mapped_column(JSON, default=list)


class SenderProfileRow(Base):
    __tablename__ = "sender_profiles"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(120), unique=True)
    name: Mapped[str] = mapped_column(String(300), default="")
    documents: Mapped[int] = mapped_column(Integer, default=0)
    data: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class TaughtDocument(Base):
    """An approved document whose values taught a profile (each teaches once)."""

    __tablename__ = "taught_documents"

    document_id: Mapped[int] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True
    )
    profile_key: Mapped[str | None] = mapped_column(String(120), index=True)
    taught_by: Mapped[str] = mapped_column(String(100))
    taught_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class LearnedModel(Base):
    """A fitted profile calibration; the latest active one is used, earlier ones are kept."""

    __tablename__ = "learned_models"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(40), default="profile_calibration")
    data: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    report: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    active: Mapped[bool] = mapped_column(Boolean, default=False)
    created_by: Mapped[str] = mapped_column(String(100))
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
