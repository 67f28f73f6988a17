"""Labelled documents for tuning and fitting: every ``NAME.truth.json`` with its document
(``NAME.pdf``, ``NAME.png`` ...) and the scans or photos that share it (``NAME.scan.EXT``).

Reading a page (text layer or OCR) is the slow part and is not what calibration studies, so
pages can be kept in a disk cache keyed by the file's bytes and the page reader's source code.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from extraction.result import PageResult

DOC_SUFFIXES = (".pdf", ".png", ".jpg", ".jpeg", ".tif", ".tiff")


@dataclass(frozen=True)
class Case:
    doc: Path
    truth: dict[str, Any]
    set_name: str

    @property
    def kind(self) -> str:
        kind = self.truth.get("kind")
        if kind in ("scan", "born_digital"):
            return str(kind)
        scanned = ".scan." in self.doc.name or any("scan" in p for p in self.doc.parent.parts)
        return "scan" if scanned else "born_digital"

    @property
    def partial(self) -> bool:
        return bool(self.truth.get("partial_fields"))

    @property
    def use_xml(self) -> bool:
        """Factur-X samples are read from the page: with their XML the page is never read."""
        return not self.doc.name.startswith("fnfe_")


def find_cases(directory: Path, set_name: str | None = None) -> list[Case]:
    cases: list[Case] = []
    name = set_name or directory.name
    for truth_path in sorted(directory.rglob("*.truth.json")):
        stem = truth_path.name[: -len(".truth.json")]
        truth = json.loads(truth_path.read_text(encoding="utf-8"))
        for suffix in DOC_SUFFIXES:
            for doc in (
                truth_path.with_name(stem + suffix),
                truth_path.with_name(stem + ".scan" + suffix),
            ):
                if doc.exists():
                    cases.append(Case(doc, truth, name))
    return cases


def _reader_version() -> str:
    root = Path(__file__).resolve().parents[1]
    digest = hashlib.sha256()
    for path in sorted([root / "pages.py", *(root / "ocr").glob("*.py")]):
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def read_pages(doc: Path, cache: Path | None) -> tuple[list[PageResult], bytes]:
    """The document's pages as the pipeline reads them, from the cache when it has them."""
    from extraction.pages import read_image, read_pdf
    from extraction.pipeline import _settings
    from extraction.sniff import sniff

    data = doc.read_bytes()
    key = hashlib.sha256(data).hexdigest()[:24] + "-" + _reader_version()
    hit = cache / f"{key}.json" if cache else None
    if hit is not None and hit.exists():
        raw = json.loads(hit.read_text(encoding="utf-8"))
        return [PageResult.model_validate(p) for p in raw], data
    cfg = _settings(None)
    fmt = sniff(data)
    pages = read_pdf(data, cfg) if fmt == "pdf" else read_image(data, fmt, cfg)
    if hit is not None:
        hit.parent.mkdir(parents=True, exist_ok=True)
        hit.write_text(json.dumps([p.model_dump(mode="json") for p in pages]), encoding="utf-8")
    return pages, data


def iter_cases(directories: list[Path]) -> Iterator[Case]:
    for directory in directories:
        yield from find_cases(directory)
