"""The learning curve (issue 24): ``python -m bench.learning DIR [--json] [--held]``.

Replays DIR's documents per sender in arrival order (see ``learning.replay``); the same as
``orderdesk eval DIR --learn``. ``python -m bench.learning --why REPORT.json`` reads a saved
``--json`` report again and prints the curve and why documents from the 3rd on were not
touchless (``learning.replay.why_not_touchless``) without replaying anything.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from learning.replay import held_table, main, render, render_held, why_not_touchless


def why(path: Path) -> str:
    """The curve and the held-back counts of a saved report (older reports included)."""
    report = json.loads(path.read_text(encoding="utf-8"))
    held = report["held_values_from_3rd"]
    report["held_from_3rd"] = held_table(held)
    report["why_not_touchless_from_3rd"] = why_not_touchless(held)
    return render(report) + "\n" + render_held(report)


if __name__ == "__main__":
    if sys.argv[1:2] == ["--why"]:
        print(why(Path(sys.argv[2])))
        raise SystemExit(0)
    raise SystemExit(main())
