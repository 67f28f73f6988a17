"""In a real browser: a clerk picks the order of a document from link review, lands on the
order's timeline, accepts a discrepancy, and reaches the order in one click from the
document's own screen."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from models.settings import Settings
from tests.linking.story import follow_up, order_of, purchase_order, submit
from tests.support.live import chromium_page, serve_app
from tests.support.settings import data_settings


@pytest.fixture
def sqlite_settings(tmp_path: Path, sqlite_url: str) -> Settings:
    return data_settings(tmp_path, sqlite_url)


@pytest.mark.slow
def test_link_review_to_order_timeline_in_chromium(sqlite_settings: Settings) -> None:
    settings = sqlite_settings
    po = purchase_order(301, "fr", n_lines=2)
    order_of(settings, submit(settings, dataclasses.replace(po, number="BC-2026-0931")))
    chosen = order_of(settings, submit(settings, dataclasses.replace(po, number="BC-2026-0932")))
    inv = submit(settings, follow_up(po, "invoice", "F2026-0931", days=3), order_number=None)

    with serve_app(settings) as base, chromium_page() as page:
        page.goto(base + "/orders")
        page.click("text=1 document waiting")
        page.wait_for_selector("text=Link review")
        page.click("button:has-text('Link to BC-2026-0932')")
        page.wait_for_url(f"{base}/orders/{chosen.id}")
        assert page.inner_text("#order-status") == "invoiced"
        assert page.locator("text=F2026-0931").count() >= 1
        disc = page.locator(".od-disc").first
        assert "delivered so far" in disc.inner_text()
        disc.locator("input[name=note]").fill("goods collected by the customer")
        disc.locator("button[value=accept]").click()
        page.wait_for_selector("text=accepted by admin")

        page.goto(f"{base}/documents/{inv}")  # the document's own screen: one click away
        page.click(".order-link-target")
        page.wait_for_url(f"{base}/orders/{chosen.id}")
        assert "BC-2026-0932" in page.inner_text("h1")
