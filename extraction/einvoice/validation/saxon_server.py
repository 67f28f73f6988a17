"""The schematron engine's own process: ``python -m extraction.einvoice.validation.saxon_server``.

saxonche (SaxonC, a GraalVM native image) is known to crash when it runs inside a forked
worker, so it never runs in one: workers talk to this process over its stdin/stdout, one
JSON request per line (``{"stylesheet": path, "xml": text}``), one JSON answer per line
(``{"ok": true, "findings": [...]}`` or ``{"ok": false, "error": "..."}``). Stylesheets are
compiled once and kept. The process ends when its stdin closes (its worker is gone).
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

    from extraction.einvoice.validation.svrl import findings

    processor = PySaxonProcessor(license=False)
    xslt = processor.new_xslt30_processor()
    compiled: dict[str, Any] = {}
    for line in sys.stdin.buffer:
        if not line.strip():
            continue
        try:
            request = json.loads(line)
            sheet = request["stylesheet"]
            if sheet not in compiled:
                compiled[sheet] = xslt.compile_stylesheet(stylesheet_file=sheet)
            node = processor.parse_xml(xml_text=request["xml"])
            svrl = compiled[sheet].transform_to_string(xdm_node=node)
            if svrl is None:
                raise RuntimeError(f"the stylesheet {os.path.basename(sheet)} gave no report")
            answer: dict[str, Any] = {"ok": True, "findings": findings(svrl)}
        except Exception as exc:  # one bad request must not end the engine
            answer = {"ok": False, "error": f"{type(exc).__name__}: {exc}"}
        answers.write(json.dumps(answer).encode("utf-8") + b"\n")


if __name__ == "__main__":
    main()
