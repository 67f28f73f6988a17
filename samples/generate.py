"""Writes the sample documents and their ground truth.

``python -m samples.generate [--out DIR] [--no-scans]`` fills DIR (default: this folder):
``born_digital/`` (visible layouts), ``heldout/`` (held-out layouts, born-digital),
``scans/`` and ``heldout_scans/`` (degraded scans of some of them). Every document is
``NAME.pdf`` beside ``NAME.truth.json``; the output is reproducible byte for byte.
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

from samples.content import DOC_TYPES, Doc, make_doc
from samples.layouts import HELDOUT, VISIBLE
from samples.render import Layout, render

HERE = Path(__file__).resolve().parent


def _line_count(rng: random.Random) -> int:
    return rng.choice([1, 2, 3, 4, 5, 6, 8, 10, 12, 18, 25, 40])


def plan(
    layouts: list[Layout], seed: int, languages: tuple[str, ...] = ("fr", "en")
) -> list[tuple[str, Doc, Layout]]:
    """One document per layout x doc type, languages alternating, sizes varied."""
    rng = random.Random(seed)
    out: list[tuple[str, Doc, Layout]] = []
    for li, layout in enumerate(layouts):
        for ti, doc_type in enumerate(DOC_TYPES):
            language = languages[(li + ti) % len(languages)]
            n = _line_count(rng)
            if ti == li % len(DOC_TYPES):
                n = 40  # every layout has one long, multi-page document
            elif ti == (li + 3) % len(DOC_TYPES):
                n = 25
            doc = make_doc(seed * 1000 + li * 10 + ti, doc_type, language, n)
            out.append((f"{layout.name}_{doc_type}_{language}", doc, layout))
    return out


def write_doc(folder: Path, name: str, doc: Doc, layout: Layout) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    pdf = folder / f"{name}.pdf"
    pdf.write_bytes(render(doc, layout))
    truth = doc.truth()
    printed = set(layout.columns)
    truth["lines"] = [{k: v for k, v in li.items() if k in printed} for li in truth["lines"]]
    truth["layout"] = layout.name
    truth["kind"] = "born_digital"
    (folder / f"{name}.truth.json").write_text(
        json.dumps(truth, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    return pdf


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=HERE)
    parser.add_argument("--no-scans", action="store_true")
    args = parser.parse_args(argv)
    out: Path = args.out
    folders = ["born_digital", "heldout"] + ([] if args.no_scans else ["scans", "heldout_scans"])
    for folder in folders:
        for old in (out / folder).glob("*"):
            if old.suffix in (".pdf", ".tif", ".jpg", ".png", ".json"):
                old.unlink()  # stale documents from an earlier plan would skew eval
    visible = plan(VISIBLE, seed=7)
    heldout = plan(HELDOUT, seed=1009)
    for name, doc, layout in visible:
        write_doc(out / "born_digital", name, doc, layout)
    for name, doc, layout in heldout:
        write_doc(out / "heldout", name, doc, layout)
    if not args.no_scans:
        from samples.degrade import write_scans

        write_scans(out / "born_digital", out / "scans", seed=11)
        write_scans(out / "heldout", out / "heldout_scans", seed=13, limit=10)
    print(f"samples written to {out}")


if __name__ == "__main__":
    main()
