"""Takes the dashboard's screenshot (``docs/screenshots/dashboard.png``) over the KPI test
world (documents with known timings, corrections, checks, queues and orders).

    .venv/bin/python -m docs.dashboard_screenshot

Uses Debian's headless Chromium through Playwright (``tests/support/live.py``); never a
downloaded browser.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from models.db import session_factory
from models.migrate import upgrade
from models.settings import Settings
from tests.reporting.kpi_fixture import FROM, TO, build_world
from tests.support.live import chromium_page, serve_app

OUT = Path(__file__).resolve().parent / "screenshots" / "dashboard.png"


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(data_dir=Path(tmp), _env_file=None)
        upgrade(settings.db_url)
        session = session_factory(settings.db_url)()
        try:
            build_world(session)
        finally:
            session.close()
        with (
            serve_app(settings) as base,
            chromium_page(viewport={"width": 1280, "height": 900}) as page,
        ):
            page.goto(f"{base}/dashboard?from={FROM}&to={TO}")
            page.screenshot(path=str(OUT), full_page=True)
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
