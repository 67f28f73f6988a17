"""The learning curve (issue 24): ``python -m bench.learning DIR [--json] [--no-embedded-xml]``.

Replays DIR's documents per sender in arrival order (see ``learning.replay``); the same as
``orderdesk eval DIR --learn``.
"""

from __future__ import annotations

from learning.replay import main

if __name__ == "__main__":
    raise SystemExit(main())
