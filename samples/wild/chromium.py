"""HTML to PDF with Debian's headless Chromium, driven by Playwright: the one place the
wild generator talks to a browser.

One browser serves a whole run (starting Chromium costs about a second, a page a tenth of
one). Chromium stamps the PDF with the time it was made; those two dates are overwritten
in place (same length, so the cross-reference table stays valid) with a fixed date, which
makes the files reproducible byte for byte on the same Chromium and fonts.
"""

from __future__ import annotations

import re
import shutil
from types import TracebackType
from typing import Any

CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
]
_PDF_DATE = re.compile(rb"\((D:\d{14}[^)]*)\)")
FIXED = b"D:20260101000000"


class ChromiumMissing(RuntimeError):
    """No Chromium at /usr/bin/chromium: install Debian's chromium (make deps does)."""


def fixed_dates(pdf: bytes) -> bytes:
    """Replace every PDF date string with 2026-01-01, keeping each one's length."""

    def repl(m: re.Match[bytes]) -> bytes:
        body = m.group(1)
        return b"(" + (FIXED + b"+00'00'")[: len(body)].ljust(len(body), b"0") + b")"

    return _PDF_DATE.sub(repl, pdf)


class Printer:
    """``with Printer() as p: p.pdf(html, ...)``; one Chromium for many documents."""

    def __init__(self) -> None:
        self._pw: Any = None
        self._browser: Any = None
        self._page: Any = None

    def __enter__(self) -> Printer:
        if not shutil.which(CHROMIUM):
            raise ChromiumMissing(f"{CHROMIUM} not found: install Debian's chromium package")
        from playwright.sync_api import sync_playwright

        self._pw = sync_playwright().start()
        self._browser = self._pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        self._page = self._browser.new_page()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        try:
            if self._browser is not None:
                self._browser.close()
        finally:
            if self._pw is not None:
                self._pw.stop()

    def pdf(
        self,
        html: str,
        margins: dict[str, str],
        header: str | None = None,
        footer: str | None = None,
        landscape: bool = False,
    ) -> bytes:
        self._page.set_content(html, wait_until="load")
        show = header is not None or footer is not None
        data: bytes = self._page.pdf(
            format="A4",
            landscape=landscape,
            print_background=True,
            margin=margins,
            display_header_footer=show,
            header_template=header or "<span></span>",
            footer_template=footer or "<span></span>",
        )
        return fixed_dates(data)
