"""Times the pipeline against the raw engines on the same inputs, in the same run.

born-digital: ``extract()`` vs pdfplumber text extraction alone (open + extract_words),
the raw engine extraction used to read pages with. The pipeline now reads the words with
pdfium's text page (extraction/text_layer.py; pdfplumber only where that does not cover a
page), so on browser-printed pages, where pdfminer's parse of the drawn paths dominates, the
whole pipeline takes less CPU than pdfplumber alone (ratio under 1); ``python -m
bench.text_layer`` checks that the words are pdfplumber's.
scans: ``extract()`` vs the ``tesseract`` command alone on the very page images the
pipeline OCRs (rendered at the OCR resolution), ``fra+eng``, one thread; in wall time and
in CPU time (this process and its tesseract children, which is steadier on a shared
machine). The raw engine is timed twice: started once per page image, and once per
document over a list of its page images (models loaded once, as the pipeline's page pass
does). Like a worker, the pipeline keeps its second-look tesseract running between
documents.

    python -m bench.extraction [--born DIR] [--scans DIR] [--repeat N] [--scan-repeat N]
                               [--skip-born] [--skip-scans]

The scans' figures are also given per kind of scan (``samples.wild``'s ``NAME_KIND.EXT``:
grey, colour, fax, dpi200, dpi300, photo; other names count as "scan"), CPU time only.

Each figure is the best of its runs. On a shared machine a run can take a fifth longer
than the one before it; ``--scan-repeat 3`` steadies the scan ratio.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import statistics
import subprocess
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

import pdfplumber
import pypdfium2 as pdfium
from PIL import Image, ImageSequence

from extraction import memos
from extraction.ocr.page_image import render_page
from extraction.pages import frame_image
from extraction.pipeline import extract
from models.settings.extraction import ExtractionSettings

ROOT = Path(__file__).resolve().parents[2]


def _timed(fn: Callable[[], object], repeat: int) -> float:
    best = []
    for _ in range(repeat):
        memos.forget()  # each run reads the document as the first time
        t = time.perf_counter()
        fn()
        best.append(time.perf_counter() - t)
    return min(best)


def _cpu_seconds() -> float:
    """CPU time of this process and its children, the finished ones and those still
    running (the second look's tesseract stays running, so ``os.times`` misses it)."""
    t = os.times()
    total = t.user + t.system + t.children_user + t.children_system
    tick = os.sysconf("SC_CLK_TCK")
    me = os.getpid()
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue  # ended meanwhile: its time is in children_* once reaped
        if int(fields[1]) == me:  # ppid; then utime and stime, in clock ticks
            total += (int(fields[11]) + int(fields[12])) / tick
    return total


def _wall_and_cpu(fn: Callable[[], object]) -> tuple[float, float]:
    wall, cpu = time.perf_counter(), _cpu_seconds()
    fn()
    return time.perf_counter() - wall, _cpu_seconds() - cpu


def _raw_plumber(path: Path) -> None:
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            page.extract_words()


def _page_images(path: Path, settings: ExtractionSettings) -> list[Image.Image]:
    """The page images the pipeline OCRs (before it straightens them)."""
    dpi = settings.ocr_dpi
    data = path.read_bytes()
    if data.startswith(b"%PDF") or b"%PDF-" in data[:1024]:
        pdf = pdfium.PdfDocument(data)
        return [
            Image.fromarray(render_page(pdf, i, dpi, settings.max_image_pixels))
            for i in range(len(pdf))
        ]
    img = Image.open(io.BytesIO(data))
    return [
        Image.fromarray(frame_image(frame, settings.max_image_pixels)[0])
        for frame in ImageSequence.Iterator(img)
    ]


def _raw_tesseract(images: list[Path]) -> None:
    """The ``tesseract`` command once per page image."""
    for img in images:
        _tesseract(str(img))


def _raw_tesseract_document(images: list[Path], listing: Path) -> None:
    """The ``tesseract`` command once for a document's page images (a list file), so its
    models load once, as the pipeline's page pass does."""
    listing.write_text("".join(f"{img}\n" for img in images))
    _tesseract(str(listing))


def _tesseract(source: str) -> None:
    subprocess.run(
        ["tesseract", source, "-", "-l", "fra+eng", "--psm", "11", "tsv"],
        check=True,
        capture_output=True,
        env=dict(os.environ, OMP_THREAD_LIMIT="1"),
    )


def _cpu_timed(fn: Callable[[], object], repeat: int) -> float:
    """The least CPU time of ``repeat`` runs: on a loaded machine the wall clock counts the
    other programs' turns, the CPU time only this one's work."""
    runs = []
    for _ in range(repeat):
        # no answer kept from an earlier run (``extraction.memos``): a document read again
        # would find its labels, amounts and dates already worked out
        memos.forget()
        runs.append(_wall_and_cpu(fn)[1])
    return min(runs)


def born_layout(path: Path) -> str:
    """A born-digital sample's layout, from its truth (``layout`` or ``source``), else the
    first part of its name."""
    truth = path.with_suffix(".truth.json")
    if truth.exists():
        data = json.loads(truth.read_text())
        if data.get("layout") or data.get("source"):
            return str(data.get("layout") or data.get("source"))
    return path.stem.split("_")[0]


def bench_born(folder: Path, repeat: int, settings: ExtractionSettings) -> dict[str, float]:
    """Wall time against pdfplumber alone, and CPU time a page (all, the slowest layout's,
    the slowest document's): issue 20 wants born-digital under 100 ms a page."""
    files = sorted(folder.glob("*.pdf"))
    pages = {f: len(pdfium.PdfDocument(f.read_bytes())) for f in files}
    one_page = [f for f in files if pages[f] == 1]
    pipe = sum(_timed(partial(extract, f, settings=settings), repeat) for f in files)
    raw = sum(_timed(partial(_raw_plumber, f), repeat) for f in files)
    one = [_timed(partial(extract, f, settings=settings), repeat) for f in one_page]
    cpu = {f: _cpu_timed(partial(extract, f, settings=settings), repeat) for f in files}
    out = {
        "documents": len(files),
        "pages": sum(pages.values()),
        "pipeline_s": pipe,
        "pdfplumber_s": raw,
        "ratio": pipe / raw,
        "ms_per_1page_doc_median": 1000 * statistics.median(one) if one else float("nan"),
        "cpu_ms_per_page": 1000 * sum(cpu.values()) / sum(pages.values()),
    }
    slowest = max(files, key=lambda f: cpu[f] / pages[f])
    out["cpu_ms_per_page_slowest_doc"] = 1000 * cpu[slowest] / pages[slowest]
    layouts: dict[str, list[Path]] = {}
    for f in files:
        layouts.setdefault(born_layout(f), []).append(f)
    for layout, group in layouts.items():
        n = sum(pages[f] for f in group)
        out[f"layout:{layout}:pages"] = n
        out[f"layout:{layout}:cpu_ms_per_page"] = 1000 * sum(cpu[f] for f in group) / n
    return out


def scan_kind(path: Path) -> str:
    """The kind of a scan by its name: ``samples.wild``'s ``NAME_KIND.EXT`` (grey, fax,
    dpi200, ...), ``NAME.scan.EXT`` of a real-world folder ("scan"), else "scan"."""
    from samples.degrade import KINDS

    last = path.stem.rsplit("_", 1)[-1]
    return last if last in KINDS else "scan"


def bench_scans(folder: Path, repeat: int, settings: ExtractionSettings) -> dict[str, float]:
    """The figures of all the scans in ``folder``, and per kind of scan (``kind:NAME:...``
    keys: pages, CPU seconds of the pipeline and of raw tesseract run per page and per
    document)."""
    files = sorted(p for p in folder.iterdir() if p.suffix in (".pdf", ".tif", ".jpg", ".png"))
    best: dict[str, list[float]] = {}  # contender -> [wall s, CPU s], best runs summed
    kinds: dict[str, dict[str, float]] = {}  # kind -> pages and each contender's CPU s
    pages = 0
    with tempfile.TemporaryDirectory() as tmp:
        for f in files:
            paths = []
            for i, im in enumerate(_page_images(f, settings)):
                p = Path(tmp) / f"{f.stem}_{i}.pnm"
                im.save(p)
                paths.append(p)
            pages += len(paths)
            listing = Path(tmp) / f"{f.stem}.txt"
            contenders: dict[str, Callable[[], object]] = {
                "tesseract": partial(_raw_tesseract, paths),
                "tesseract_doc": partial(_raw_tesseract_document, paths, listing),
                "pipeline": partial(extract, f, settings=settings),
            }
            # they take turns, so a slow spell of a shared machine hits all alike
            runs: dict[str, list[tuple[float, float]]] = {name: [] for name in contenders}
            for _ in range(repeat):
                for name, fn in contenders.items():
                    runs[name].append(_wall_and_cpu(fn))
            kind = kinds.setdefault(scan_kind(f), {"pages": 0.0})
            kind["pages"] += len(paths)
            for name, measured in runs.items():
                total = best.setdefault(name, [0.0, 0.0])
                total[0] += min(w for w, _ in measured)
                total[1] += min(c for _, c in measured)
                kind[name] = kind.get(name, 0.0) + min(c for _, c in measured)
    out: dict[str, float] = {"documents": len(files), "pages": pages}
    for kind_name, figures in kinds.items():
        for name, value in figures.items():
            out[f"kind:{kind_name}:{name}"] = value
    for name, (wall, cpu) in best.items():
        out[f"{name}_s"], out[f"{name}_cpu_s"] = wall, cpu
    for raw in ("tesseract", "tesseract_doc"):
        out[f"ratio_{raw}"] = best["pipeline"][0] / best[raw][0]
        out[f"cpu_ratio_{raw}"] = best["pipeline"][1] / best[raw][1]
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--born", type=Path, default=ROOT / "samples" / "born_digital")
    parser.add_argument("--scans", type=Path, default=ROOT / "samples" / "scans")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument(
        "--scan-repeat", type=int, default=1, help="runs per scanned document (best kept)"
    )
    parser.add_argument("--skip-scans", action="store_true")
    parser.add_argument("--skip-born", action="store_true")
    args = parser.parse_args()
    settings = ExtractionSettings(use_embedded_xml=True)
    # a worker loads its models once: warm imports and spaCy before timing anything
    extract(next(iter(sorted(args.born.glob("*.pdf")))), settings=settings)
    from extraction.nlp import _model

    _model()
    if not args.skip_born:
        b = bench_born(args.born, args.repeat, settings)
        print(
            f"born-digital: {b['documents']} docs, pipeline {b['pipeline_s']:.2f}s vs "
            f"pdfplumber {b['pdfplumber_s']:.2f}s -> ratio {b['ratio']:.2f}; "
            f"1-page doc median {b['ms_per_1page_doc_median']:.0f} ms"
        )
        print(
            f"  CPU: {b['cpu_ms_per_page']:.0f} ms per page over {b['pages']:.0f} pages; "
            f"slowest document {b['cpu_ms_per_page_slowest_doc']:.0f} ms per page"
        )
        print("  per layout (CPU ms per page, pages):")
        for key in sorted(k for k in b if k.endswith(":cpu_ms_per_page")):
            layout = key.split(":")[1]
            print(f"    {layout:18s} {b[key]:6.0f} {b[f'layout:{layout}:pages']:4.0f}")
    if not args.skip_scans:
        s = bench_scans(args.scans, args.scan_repeat, settings)
        n = s["pages"]
        print(
            f"scans: {s['documents']:.0f} docs / {n:.0f} pages, pipeline {s['pipeline_s']:.1f}s "
            f"({1000 * s['pipeline_s'] / n:.0f} ms per page), CPU {s['pipeline_cpu_s']:.1f}s"
        )
        for raw, how in (("tesseract", "a run per page"), ("tesseract_doc", "a run per doc")):
            print(
                f"  vs raw tesseract, {how}: {s[raw + '_s']:.1f}s "
                f"({1000 * s[raw + '_s'] / n:.0f} ms per page) -> ratio {s['ratio_' + raw]:.2f}; "
                f"CPU {s[raw + '_cpu_s']:.1f}s -> ratio {s['cpu_ratio_' + raw]:.2f}"
            )
        print_kinds(s)


def print_kinds(s: dict[str, float]) -> None:
    """CPU time a page and the ratio to raw tesseract (a run per page, a run per
    document) for each kind of scan."""
    print("  per kind (CPU, one thread): kind pages s/page x_page x_doc")
    for kind in sorted({k.split(":")[1] for k in s if k.startswith("kind:")}):
        f = {k.split(":")[2]: v for k, v in s.items() if k.startswith(f"kind:{kind}:")}
        print(
            f"    {kind:8s} {f['pages']:4.0f} {f['pipeline'] / f['pages']:6.2f} "
            f"{f['pipeline'] / f['tesseract']:6.2f} {f['pipeline'] / f['tesseract_doc']:6.2f}"
        )


if __name__ == "__main__":
    main()
