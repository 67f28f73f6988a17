"""Where a scanned page's CPU goes: per stage CPU seconds of ``extract()`` on each scan.

    python -m bench.ocr.stages DIR [--config combined] [--only SUBSTRING] [--json FILE]

Each stage's function is wrapped for the run, and the CPU time (this process, its
finished children and the ones still running, such as the tesseract kept for region
reads) between its entry and its exit is put to it, less what the stages called inside
it took (each second is counted once, to the innermost stage). ``extraction`` is what
is left of ``extract()``: labels, tables, candidates, spaCy. ``raw`` is the ``tesseract``
command alone on the pipeline's page images (as ``bench.ocr``'s ratio has it); ``tess
words`` the number of words the page pass returned.
"""

from __future__ import annotations

import argparse
import json
import os
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench.ocr.__main__ import _raw_cpu, _settings, warm_models
from extraction import pages
from extraction.ocr import (
    cleanup,
    code_column,
    dashes,
    gaps,
    group_codes,
    preprocess,
    short_cells,
    stretched,
    tesseract,
    vocabulary,
    vote,
)
from extraction.pipeline import extract
from models.settings.extraction import ExtractionSettings

_TICK = os.sysconf("SC_CLK_TCK")


def _cpu() -> float:
    """CPU seconds of this process, its reaped children and its running ones."""
    t = os.times()
    total = t.user + t.system + t.children_user + t.children_system
    for listing in Path("/proc/self/task").glob("*/children"):
        for pid in listing.read_text().split():
            try:
                fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            total += (int(fields[11]) + int(fields[12])) / _TICK
    return total


# (module, function name, stage): the name the callers look the function up by
STAGES: list[tuple[Any, str, str]] = [
    (cleanup, "clean_page", "cleanup other"),
    (cleanup, "measure", "cleanup measure"),
    (cleanup, "_ruling", "cleanup ruling"),
    (cleanup, "despeckle", "cleanup despeckle"),
    (cleanup, "remove_lines", "cleanup unline"),
    (cleanup, "rotate", "cleanup rotate"),
    (cleanup, "skew_angle", "cleanup skew"),
    (dashes, "remove", "cleanup undash"),
    (preprocess, "deskew", "deskew"),
    (preprocess, "invert_bands", "deskew"),
    (tesseract, "images_to_words", "tesseract page"),
    (tesseract, "orientation", "orientation"),
    (vote, "reread", "reread"),
    (gaps, "fill", "gaps"),
    (stretched, "glued_numbers", "short cells"),
    (stretched, "mend", "short cells"),
    (short_cells, "read", "short cells"),
    (vocabulary, "mend_words", "vocabulary"),
    (code_column, "mend_codes", "codes"),
    (group_codes, "mend", "codes"),
    (vote, "close_rows", "close rows"),
    (tesseract, "read_regions", "region reads"),
]


class Meter:
    def __init__(self) -> None:
        self.spent: dict[str, float] = {}
        self.stack: list[list[float]] = []  # [start, time of inner stages]
        self.words = 0

    def wrap(self, fn: Callable[..., Any], stage: str) -> Callable[..., Any]:
        def timed(*args: Any, **kwargs: Any) -> Any:
            self.stack.append([_cpu(), 0.0])
            try:
                out = fn(*args, **kwargs)
            finally:
                start, inner = self.stack.pop()
                took = _cpu() - start
                self.spent[stage] = self.spent.get(stage, 0.0) + took - inner
                if self.stack:
                    self.stack[-1][1] += took
            if fn is _ORIGINAL.get("images_to_words"):
                self.words += sum(len(w) for w in out)
            return out

        return timed


_ORIGINAL: dict[str, Callable[..., Any]] = {}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("folder", type=Path)
    parser.add_argument("--config", default="combined")
    parser.add_argument("--only", default="")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    base = ExtractionSettings(use_embedded_xml=False)
    scans = sorted(
        p
        for p in args.folder.iterdir()
        if p.suffix.lower() in (".tif", ".tiff", ".png", ".jpg", ".pdf")
        and args.only in p.name
        and not p.name.endswith(".truth.json")
    )
    meter = Meter()
    for module, name, stage in STAGES:
        fn = getattr(module, name)
        _ORIGINAL.setdefault(name, fn)
        setattr(module, name, meter.wrap(fn, stage))
    settings = _settings(base, args.config)
    extract(scans[0], settings=settings)  # models loaded before timing
    warm_models()
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for scan in scans:
            raw, _n = _raw_cpu(scan, Path(tmp), base)
            meter.spent, meter.words = {}, 0
            start, wall = _cpu(), time.monotonic()
            extract(scan, settings=settings)
            total = _cpu() - start
            staged = sum(meter.spent.values())
            row = {
                "file": scan.name,
                "raw": round(raw, 2),
                "total": round(total, 2),
                "ratio": round(total / raw, 2) if raw else None,
                "tess words": meter.words,
                "wall": round(time.monotonic() - wall, 1),
                **{k: round(v, 2) for k, v in sorted(meter.spent.items())},
                "extraction": round(total - staged, 2),
            }
            rows.append(row)
            print(json.dumps(row), flush=True)
    keys = sorted({k for r in rows for k in r} - {"file"})
    print("\nsum over", len(rows), "scans:")
    for k in keys:
        values = [r[k] for r in rows if isinstance(r.get(k), (int, float))]
        print(f"  {k:18s} {sum(values):9.2f}")
    if args.json:
        args.json.write_text(json.dumps(rows, indent=1))


if __name__ == "__main__":
    _ = pages  # the page routing calls the wrapped functions through their modules
    main()
