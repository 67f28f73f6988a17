"""samples/templates: real-world open-source templates filled with wild content.

A few documents only (a browser prints each): the same seed gives the same files, every
template prints exactly its truth, and every template's source and licence are recorded.
The tests that start their own browser come before the module's shared one is started
(Playwright's sync API runs one at a time in a thread).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from samples.templates import build
from samples.templates.__main__ import main
from samples.wild.check import missing_values, page_text
from samples.wild.chromium import Printer

TEMPLATES = build.templates()
NAMES = [t.name for t in TEMPLATES]
COMMIT_HEX = 40


def test_there_are_twelve_to_twenty_templates_split_in_two_halves() -> None:
    assert 12 <= len(TEMPLATES) <= 20
    assert len(set(NAMES)) == len(NAMES)
    halves = {t.half for t in TEMPLATES}
    assert halves == {"tune", "report"}
    assert len(build.templates("tune")) + len(build.templates("report")) == len(TEMPLATES)
    # French and English both, each half printing more than one kind of document
    assert {lang for t in TEMPLATES for lang in t.languages} == {"en", "fr"}
    for half in ("tune", "report"):
        assert len({k for t in build.templates(half) for k in t.kinds}) >= 3


@pytest.mark.parametrize("name", NAMES)
def test_every_template_records_its_source_and_licence(name: str) -> None:
    entry = next(t.entry for t in TEMPLATES if t.name == name)
    assert "/" in entry["repo"] and entry["authors"] and entry["changes"]
    assert entry["files"] and all(len(f["commit"]) == COMMIT_HEX for f in entry["files"])
    assert any(word in entry["licence"] for word in ("MIT", "BSD", "Apache", "LGPL", "GPL", "AGPL"))
    licence = build.HERE / entry["licence_file"]
    assert licence.is_file() and len(licence.read_text(encoding="utf-8")) > 500
    assert (build.HERE / "html" / entry["file"]).is_file()


def test_a_seed_gives_the_same_files_byte_for_byte(tmp_path: Path) -> None:
    for out in ("a", "b"):
        build.write_set(tmp_path / out, 7, 3, names=["oca_sale_order"], progress=False)
    for pdf in sorted((tmp_path / "a").iterdir()):
        assert pdf.read_bytes() == (tmp_path / "b" / pdf.name).read_bytes(), pdf.name


def test_the_cli_writes_documents_with_truths(tmp_path: Path) -> None:
    assert main([str(tmp_path), "--seed", "5", "--count", "2", "--half", "tune"]) == 0
    truths = sorted(tmp_path.glob("*.truth.json"))
    assert len(truths) == 2
    for path in truths:
        truth = json.loads(path.read_text(encoding="utf-8"))
        pdf = path.with_name(path.name.replace(".truth.json", ".pdf"))
        text, _ = page_text(pdf.read_bytes())
        assert missing_values(truth, text) == []
        assert truth["template_half"] == "tune"


@pytest.fixture(scope="module")
def printer() -> Iterator[Printer]:
    with Printer() as p:
        yield p


@pytest.mark.parametrize("name", NAMES)
def test_every_template_prints_exactly_its_truth(printer: Printer, name: str) -> None:
    pool = [t for t in TEMPLATES if t.name == name]
    _stem, pdf, truth = build.make_one(3, 0, pool, printer)
    text, pages = page_text(pdf)
    assert missing_values(truth, text) == []
    # the truth is what the page prints: a number, a party and some rows at least
    assert truth["pages"] == pages and truth["source"] == "templates"
    assert "document_number" in truth["fields"] and truth["lines"]
    assert truth["template_half"] == pool[0].half
    assert truth["heldout"] == (pool[0].half == "report")
