"""``python -m bench.doctype_confusion DIR [DIR ...] [--cache D] [--show N]``

Document type alone, per set: share right, wrong at confidence >= 0.9 (silent), and which
type each truth came out as. Reads pages once through the calibration corpus cache, then
only runs the classifier, so a change to ``extraction.classify`` is measured in seconds
rather than with a whole ``orderdesk eval``.
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from extraction import classify
from extraction.calibration.corpus import find_cases, read_pages
from extraction.layout import build_layout

SURE = 0.9


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("dirs", nargs="+", type=Path)
    parser.add_argument("--cache", type=Path, default=None)
    parser.add_argument("--show", type=int, default=0, help="print this many mistakes a set")
    args = parser.parse_args(argv)
    for directory in args.dirs:
        confusion: Counter[tuple[str, str]] = Counter()
        right = silent = total = sure = 0
        shown = 0
        for case in find_cases(directory):
            pages, _ = read_pages(case.doc, args.cache)
            if not any(p.words for p in pages):
                continue
            layouts = [build_layout(p.words, p.number, *p.frame) for p in pages]
            got = classify.classify(layouts)
            want = str(case.truth["doc_type"])
            total += 1
            sure += got.confidence >= SURE
            if got.doc_type == want:
                right += 1
                continue
            confusion[(want, got.doc_type)] += 1
            silent += got.confidence >= SURE
            if shown < args.show:
                shown += 1
                print(f"  {case.doc.name}: {want} -> {got.doc_type} at {got.confidence}")
        share = right / total if total else 0.0
        print(
            f"{directory}: type {right}/{total} ({share:.1%}), at >=0.9 {sure}, "
            f"wrong at >=0.9 {silent}"
        )
        for (want, got_type), n in confusion.most_common():
            print(f"    {want} -> {got_type}: {n}")


if __name__ == "__main__":
    main()
