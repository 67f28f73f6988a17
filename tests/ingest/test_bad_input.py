"""The bad-input corpus: each file gets the outcome an operator would expect, with a reason,
and nothing is lost (every input is a document row: received, duplicate or quarantined)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from ingest.intake import Intake
from models.db import session_scope
from models.documents import Check, Document
from models.enums import DocStatus
from models.ingest_quarantine import QuarantineCase
from tests.ingest import corpus

CASES = [
    # name, bytes factory, expected outcome, expected quarantine code
    ("empty.pdf", lambda: b"", "quarantined", "empty_file"),
    ("truncated.pdf", corpus.truncated_pdf, "quarantined", "truncated"),
    ("encrypted.pdf", corpus.encrypted_pdf, "quarantined", "encrypted"),
    ("permissions-only.pdf", corpus.owner_only_encrypted_pdf, "ingested", None),
    ("script.pdf", corpus.javascript_pdf, "ingested", None),
    ("10000-pages.pdf", lambda: corpus.many_pages_pdf(10_000), "quarantined", "too_many_pages"),
    ("huge.png", corpus.huge_png_header, "quarantined", "image_too_large"),
    ("really-a-png.pdf", corpus.png_bytes, "ingested", None),
    ("notes.txt", lambda: b"just some text\n", "quarantined", "unsupported_format"),
    ("bomb.zip", corpus.zip_bomb, "quarantined", "zip_bomb"),
    ("no-attachment.eml", lambda: corpus.mail(body="Thanks!"), "quarantined", "no_document"),
]


@pytest.mark.parametrize(("name", "make", "outcome", "code"), CASES, ids=[c[0] for c in CASES])
def test_bad_input_corpus(
    intake: Intake, tmp_path: Path, name: str, make: object, outcome: str, code: str | None
) -> None:
    data = make()  # type: ignore[operator]
    path = intake.settings.inbox_dir / name
    path.write_bytes(data)
    result = intake.take_file(path, channel="folder")
    assert result.outcome == outcome, result.reason
    assert not path.exists(), "the inbox copy is gone once the file is recorded"
    assert not any((intake.settings.data_dir / "intake").iterdir()), "nothing left staged"
    with session_scope(intake.settings.db_url) as session:
        doc = session.get(Document, result.document_id)
        assert doc is not None and doc.original_name == name
        if outcome == "quarantined":
            assert doc.status == DocStatus.QUARANTINED and doc.error_code == code
            case = session.execute(
                select(QuarantineCase).where(QuarantineCase.document_id == doc.id)
            ).scalar_one()
            assert case.state == "open" and case.file
            kept = intake.settings.quarantine_dir / case.file
            assert kept.read_bytes() == data, "the quarantined file is the original bytes"
            assert (
                (kept.parent / (kept.name + ".reason.txt")).read_text().startswith(doc.error or "?")
            )
        else:
            assert doc.status == DocStatus.RECEIVED


def test_png_named_pdf_is_taken_as_png(intake: Intake) -> None:
    result = intake.take_bytes(corpus.png_bytes(), original_name="scan.pdf", channel="upload")
    with session_scope(intake.settings.db_url) as session:
        doc = session.get(Document, result.document_id)
        assert doc is not None and doc.media_type == "image/png"


def test_javascript_is_flagged_not_run(intake: Intake) -> None:
    result = intake.take_bytes(corpus.javascript_pdf(), original_name="js.pdf")
    with session_scope(intake.settings.db_url) as session:
        checks = (
            session.execute(select(Check).where(Check.document_id == result.document_id))
            .scalars()
            .all()
        )
        assert [c.rule for c in checks] == ["pdf_javascript"]
        assert session.get(Document, result.document_id).meta["flags"] == ["pdf_javascript"]  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "name",
    [
        "../../etc/passwd.pdf",
        "..\\..\\windows\\order.pdf",
        "Bon de commande n°42 – Société Générale ✓ 注文.pdf",
        "A" * 251 + ".pdf",
    ],
    ids=["dotdot", "backslash", "unicode", "255-chars"],
)
def test_hostile_names_stay_inside_the_data_folder(intake: Intake, name: str) -> None:
    result = intake.take_bytes(corpus.tiny_pdf(name[:40]), original_name=name, channel="upload")
    assert result.outcome == "ingested"
    with session_scope(intake.settings.db_url) as session:
        doc = session.get(Document, result.document_id)
        assert doc is not None and doc.original_name == name  # kept as data, never as a path
    data = intake.settings.data_dir.resolve()
    for path in data.parent.rglob("*"):
        assert path.resolve().is_relative_to(data.parent)
    assert not (data.parent.parent / "etc").exists()


def test_255_char_name_on_disk(intake: Intake) -> None:
    name = "B" * 251 + ".pdf"
    path = intake.settings.inbox_dir / name
    path.write_bytes(corpus.tiny_pdf("long name"))
    assert intake.take_file(path).outcome == "ingested"


def test_too_large_file_is_quarantined_without_reading_it(tmp_path: Path, sqlite_url: str) -> None:
    from archive.store import open_store
    from tests.ingest.conftest import make_settings

    settings = make_settings(tmp_path, sqlite_url, max_file_mb=1)
    intake = Intake(settings, open_store(settings))
    path = settings.inbox_dir / "big.pdf"
    path.write_bytes(b"%PDF-1.4\n" + b"0" * (1024 * 1024 + 10))
    result = intake.take_file(path)
    assert result.outcome == "quarantined" and "1 MB limit" in (result.reason or "")


def test_exact_duplicate_is_flagged_and_kept(intake: Intake) -> None:
    data = corpus.tiny_pdf("PO-DUP")
    first = intake.take_bytes(data, original_name="a.pdf")
    second = intake.take_bytes(data, original_name="b.pdf")
    assert (first.outcome, second.outcome) == ("ingested", "duplicate")
    with session_scope(intake.settings.db_url) as session:
        dup = session.get(Document, second.document_id)
        assert dup is not None and dup.duplicate_of_id == first.document_id
        check = session.execute(select(Check).where(Check.document_id == dup.id)).scalar_one()
        assert check.rule == "duplicate" and f"document {first.document_id}" in check.message
