"""The browser test harness itself works: the app is served and Chromium renders it."""

from models.settings import Settings
from tests.support.live import chromium_page, serve_app


def test_chromium_renders_the_openapi_page(settings: Settings) -> None:
    with serve_app(settings) as base, chromium_page() as page:
        page.goto(base + "/docs")
        page.wait_for_selector("text=orderdesk", timeout=15000)
        assert "orderdesk" in page.title() or page.locator("text=orderdesk").count() > 0
