"""Writes ``orderdesk extract --json``'s object for every PDF of a folder to one JSON file,
so that two checkouts' extractions can be compared document by document:

    PYTHONPATH=<checkout> <checkout>/.venv/bin/python <this file> DIR OUT.json
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from extraction.errors import ExtractionError
from extraction.pipeline import extract


def main() -> None:
    folder, out = Path(sys.argv[1]), Path(sys.argv[2])
    results: dict[str, object] = {}
    for path in sorted(folder.glob("*.pdf")):
        try:
            results[path.name] = extract(path).to_contract()
        except ExtractionError as exc:
            results[path.name] = {"error": str(exc)}
    out.write_text(json.dumps(results, indent=1, sort_keys=True, ensure_ascii=False))


if __name__ == "__main__":
    main()
