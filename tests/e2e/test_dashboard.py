"""The dashboard in headless Chromium: a logged-in user sees the KPIs with their definitions
and SVG charts, filters them, and clicks a number through to the documents behind it."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy.orm import Session

from models.enums import Role
from models.settings import Settings
from tests.api.helpers import PASSWORD, add_user
from tests.reporting.kpi_fixture import FROM, TO, at, build_world, timed_doc
from tests.support.live import chromium_page, serve_app

XSS = "<script>window.__xss=1</script>"


def _log_in(page: Any, base: str, name: str, target: str) -> None:
    page.goto(f"{base}{target}")
    page.wait_for_url(f"{base}/login**")  # the gate sends a stranger to the login page
    page.fill("input[name=name]", name)
    page.fill("input[name=password]", PASSWORD)
    page.keyboard.press("Enter")
    page.wait_for_url(f"{base}/dashboard**")
    page.goto(f"{base}{target}")  # the login gate keeps the path, not the query string


@pytest.mark.slow
def test_dashboard_in_chromium(settings: Settings, session: Session) -> None:
    ids = build_world(session)
    xss = timed_doc(
        session,
        doc_type="purchase_order",
        channel="folder",
        customer=XSS,
        received=at(7, 10),
        extracted=at(7, 10, 1),
        decided=at(7, 10, 1),
        decided_by="system:approvals",
    )
    session.commit()
    add_user(session, "olga", Role.AUDITOR)  # read-only users may look at the figures

    with serve_app(settings) as base, chromium_page() as page:
        _log_in(page, base, "olga", f"/dashboard?from={FROM}&to={TO}")
        touchless = page.locator("#kpi-touchless_rate")
        assert touchless.locator(".num").inner_text() == "67 %"  # 4 of 6 approved
        assert "no human change" in touchless.locator(".definition").inner_text()
        assert page.locator("#kpi-documents_received .num").inner_text() == "10"
        # charts are inline SVG, drawn by the server, one linked bar per day and channel
        bars = page.locator("#chart-per-day svg a.bar rect")
        assert bars.count() == 8
        assert page.locator("#chart-touchless svg").count() == 3
        assert page.evaluate("window.__xss") is None
        assert "<script>window.__xss" in page.locator("#chart-touchless").inner_text()
        # nothing was fetched from anywhere but the app itself
        same_origin = "e => e.name.startsWith(location.origin)"
        assert page.evaluate(f"performance.getEntriesByType('resource').every({same_origin})")

        # a number clicks through to exactly the documents it counted
        touchless.locator(".num").click()
        page.wait_for_url("**/dashboard/documents?**")
        assert page.locator("#total").inner_text() == "4"
        listed = page.locator("#documents td:first-child a").all_inner_texts()
        assert sorted(int(i) for i in listed) == sorted([ids["d1"], ids["d3"], ids["d10"], xss.id])
        page.go_back()

        # a bar clicks through too: 3 March, a folder and a mail document
        page.locator("#chart-per-day svg a.bar").nth(3).click()
        page.wait_for_url("**kpi=documents_per_day**")
        assert page.locator("#total").inner_text() == "2"
        page.go_back()

        # filters: only mail documents
        page.select_option("select[name=channel]", "mail")
        page.click("form[aria-label=filters] button[type=submit]")
        page.wait_for_url("**channel=mail**")
        assert page.locator("#kpi-touchless_rate .num").inner_text() == "0 %"
        assert page.locator("#kpi-documents_received .num").inner_text() == "2"
        assert page.locator("select[name=channel]").input_value() == "mail"

        # a quick range keeps the other filters
        page.locator("#presets a", has_text="90 days").click()
        page.wait_for_url("**/dashboard?from=**")
        assert "channel=mail" in page.url
        assert page.locator("input[name=from]").input_value() != FROM
