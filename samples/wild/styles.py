"""The per-document choices of a wild set, recovered without printing anything.

Every wild document derives from ``(seed, index)`` alone (``build.make_one``), so its page
choices (table rules, where the SKU goes, how the header fields are set out) and the label
wordings it drew can be replayed: the HTML is rendered again, nothing goes to Chromium.
Validation protocols that hold out a label wording or a table style along with a layout
family (``extraction.calibration.protocols``) read them.

``python -m samples.wild.styles DIR [--heldout] > styles.json``: one entry per document
stem, ``{"family", "table", "meta", "wordings": {key: wording}}``.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from samples.wild.build import draw_page
from samples.wild.families import DEV, HELDOUT


def style_of(
    seed: int, index: int, families: list[str], languages: tuple[str, ...] | None = None
) -> dict[str, Any]:
    """The choices ``make_one(seed, index, families, ...)`` printed, replayed."""
    page, _kind, _language = draw_page(seed, index, families, languages)
    fam = page.f
    rendered = page.render()
    o = rendered.options
    return {
        "family": fam.name,
        "table": f"{o.get('rules')}/{o.get('sku')}/{o.get('qty')}",
        "meta": str(o.get("meta")),
        "parties": str(o.get("parties")),
        "wordings": {k: v.casefold() for k, v in page._labels.items()},
    }


def styles(directory: Path, heldout: bool = False) -> dict[str, dict[str, Any]]:
    """Every wild truth of ``directory`` (not its scans' copies) with its choices; a truth
    whose replayed family is not its own is left out (a set made with ``--families``)."""
    families = sorted(HELDOUT) if heldout else list(DEV)
    out: dict[str, dict[str, Any]] = {}
    for path in sorted(directory.glob("*.truth.json")):
        truth = json.loads(path.read_text(encoding="utf-8"))
        if truth.get("source") != "wild":
            continue
        got = style_of(int(truth["seed"]), int(truth["index"]), families)
        if got["family"] == truth.get("layout"):
            out[path.name[: -len(".truth.json")]] = got
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("directory", type=Path)
    parser.add_argument("--heldout", action="store_true")
    args = parser.parse_args(argv)
    json.dump(styles(args.directory, args.heldout), sys.stdout, ensure_ascii=False, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
