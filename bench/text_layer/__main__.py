"""Compares the words of born-digital pages read by pdfium (extraction.text_layer) with
pdfplumber's ``extract_words`` at the tolerances extraction uses: the share of pages whose
word lists are identical (same texts in the same order, every box within 0.5 pt), the pages
left to pdfplumber (not covered), and the first differences of each differing page.

    python -m bench.text_layer DIR [DIR ...] [--show N]
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path
from typing import Any

import pdfplumber
import pypdfium2 as pdfium

from extraction import text_layer

TOLERANCE = 0.5  # points


def _key(w: dict[str, Any]) -> tuple[str, float, float, float, float]:
    return (w["text"], float(w["x0"]), float(w["top"]), float(w["x1"]), float(w["bottom"]))


Key = tuple[str, float, float, float, float]


def _close(x: Key, y: Key) -> bool:
    return x[1:] == y[1:] or all(
        abs(float(p) - float(q)) <= TOLERANCE for p, q in zip(x[1:], y[1:], strict=True)
    )


def differences(ours: list[dict[str, Any]], theirs: list[dict[str, Any]]) -> list[str]:
    """What differs between two word lists ([] when identical): the words in order when
    the lists differ only in boxes, else the words of each that the other lacks."""
    a, b = list(map(_key, ours)), list(map(_key, theirs))
    if [k[0] for k in a] == [k[0] for k in b]:
        return [
            f"{x[0]!r}: pdfium {[round(v, 2) for v in x[1:]]} / "
            f"pdfplumber {[round(v, 2) for v in y[1:]]}"
            for x, y in zip(a, b, strict=True)
            if not _close(x, y)
        ]
    left = list(b)
    only_ours = []
    for x in a:
        match = next((y for y in left if y[0] == x[0] and _close(x, y)), None)
        if match is None:
            only_ours.append(x)
        else:
            left.remove(match)
    out = [f"only pdfium {x[0]!r} {[round(v, 2) for v in x[1:]]}" for x in only_ours]
    out += [f"only pdfplumber {y[0]!r} {[round(v, 2) for v in y[1:]]}" for y in left]
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("dirs", nargs="+", type=Path)
    parser.add_argument("--show", type=int, default=3)
    args = parser.parse_args()
    for folder in args.dirs:
        pages = same = uncovered = 0
        t_ours = t_theirs = 0.0
        for path in sorted(folder.glob("*.pdf")):
            data = path.read_bytes()
            doc = pdfium.PdfDocument(data)
            with pdfplumber.open(path) as plumber:
                for index, page in enumerate(plumber.pages):
                    pages += 1
                    t = time.process_time()
                    theirs = page.extract_words(
                        x_tolerance=text_layer.X_TOLERANCE,
                        y_tolerance=text_layer.Y_TOLERANCE,
                        keep_blank_chars=False,
                    )
                    t_theirs += time.process_time() - t
                    t = time.process_time()
                    type3 = (
                        text_layer.type3_descent(page.page_obj.resources)
                        if b"/Type3" in data
                        else 0.0
                    )
                    read = (
                        text_layer.page_chars(doc[index], type3)
                        if text_layer.document_covered(data)
                        else None
                    )
                    ours = text_layer.words(read[0]) if read else None
                    t_ours += time.process_time() - t
                    if ours is None:
                        uncovered += 1
                        print(f"  {path.name} p{index + 1}: not covered (pdfplumber reads it)")
                        continue
                    diff = differences(ours, theirs)
                    if not diff:
                        same += 1
                        continue
                    print(f"  {path.name} p{index + 1}: {len(diff)} differences")
                    for line in diff[: args.show]:
                        print(f"      {line}")
            doc.close()
        covered = pages - uncovered
        print(
            f"{folder}: {pages} pages, {uncovered} left to pdfplumber; of the {covered} read "
            f"by pdfium, {same} identical ({100 * same / max(covered, 1):.1f} %); CPU a page: "
            f"pdfium {1000 * t_ours / max(pages, 1):.1f} ms, pdfplumber "
            f"{1000 * t_theirs / max(pages, 1):.1f} ms"
        )


if __name__ == "__main__":
    main()
