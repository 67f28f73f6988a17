"""The schematron engine's own process: ``python -m einvoice.validation.saxon_server``.

saxonche (SaxonC, a GraalVM native image) is known to crash when it runs inside a forked
worker, so it never runs in one: workers talk to this process over its stdin/stdout, one
JSON request per line (``{"id": n, "stylesheets": [path, ...], "xml": text}``: the document
is parsed once for all of them), one JSON answer per line (``{"id": n, "ok": true, "results":
[{"ok": true, "findings": [...]} | {"ok": false, "error": "..."}, ...]}``; the request's
``id`` comes back so that a late answer is never taken for the next request's). Stylesheets
are compiled once and kept. The process ends when its stdin closes (its worker is gone).
"""

from __future__ import annotations

import json
import os
import sys
from typing import Any


def main() -> None:
    # answers go to the real stdout; anything a library prints lands on stderr instead
    answers = os.fdopen(os.dup(1), "wb", buffering=0)
    os.dup2(2, 1)
    from saxonche import PySaxonProcessor

    from einvoice.validation.svrl import findings

    processor = PySaxonProcessor(license=False)
    xslt = processor.new_xslt30_processor()
    compiled: dict[str, Any] = {}
    for line in sys.stdin.buffer:
        if not line.strip():
            continue
        asked = None
        try:
            request = json.loads(line)
            asked = request.get("id")
            node = processor.parse_xml(xml_text=request["xml"])  # once for every stylesheet
            results = []
            for sheet in request["stylesheets"]:
                try:
                    if sheet not in compiled:
                        compiled[sheet] = xslt.compile_stylesheet(stylesheet_file=sheet)
                    svrl = compiled[sheet].transform_to_string(xdm_node=node)
                    if svrl is None:
                        raise RuntimeError(f"{os.path.basename(sheet)} gave no report")
                    results.append({"ok": True, "findings": findings(svrl)})
                except Exception as exc:  # one stylesheet failing leaves the others
                    results.append({"ok": False, "error": f"{type(exc).__name__}: {exc}"})
            answer: dict[str, Any] = {"ok": True, "results": results}
        except Exception as exc:  # one bad request must not end the engine
            answer = {"ok": False, "error": f"{type(exc).__name__}: {exc}"}
        answers.write(json.dumps({"id": asked, **answer}).encode("utf-8") + b"\n")


if __name__ == "__main__":
    main()
