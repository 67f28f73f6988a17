"""A stand-in for the schematron engine's process, for tests of the runner's pipe handling.

It speaks the engine's protocol (one JSON request, one JSON answer a line) without saxonche:
each stylesheet's findings name the sheet. A sheet named ``slow*`` makes it sleep two
seconds before answering; one named ``echo*`` makes it first send a late answer to the
previous request (two results, with that request's number), as an engine that missed its
deadline would.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path


def main() -> None:
    for line in sys.stdin:
        request = json.loads(line)
        names = [Path(s).name for s in request["stylesheets"]]
        if any(n.startswith("slow") for n in names):
            time.sleep(2)
        if any(n.startswith("echo") for n in names):
            late = {
                "id": (request.get("id") or 1) - 1,
                "ok": True,
                "results": [_result("x"), _result("y")],
            }
            sys.stdout.write(json.dumps(late) + "\n")
        answer = {"id": request.get("id"), "ok": True, "results": [_result(n) for n in names]}
        sys.stdout.write(json.dumps(answer) + "\n")
        sys.stdout.flush()


def _result(name: str) -> dict[str, object]:
    return {"ok": True, "findings": [{"sheet": name}]}


if __name__ == "__main__":
    main()
