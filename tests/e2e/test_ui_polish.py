"""Polish and errors as a person meets them in headless Chromium (issue 25, items 6 and 10):
the lines table fits a 1440 px screen, amounts and times follow the browser's language and
zone, no page breaks its content-security policy, and errors are pages, not JSON."""

from __future__ import annotations

import datetime as dt
import os
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from approvals import review
from models.db import session_factory
from models.enums import Role
from models.settings import Settings
from tests.api.helpers import add_user
from tests.approvals.factory import load_master, make_po
from tests.support.live import chromium_page, live_settings, log_in, serve_app

pytestmark = pytest.mark.slow
SHOTS = Path(os.environ["UIA_SHOTS"]) if os.environ.get("UIA_SHOTS") else None
LONG_SKU = "HX-4471-220-BLK-XL"
LONG_TEXT = "Vis à tête fraisée inox A4, empreinte Torx, filetage partiel, boîte de 200 pièces"


@pytest.fixture
def app_settings(tmp_path: Path, sqlite_url: str) -> Settings:
    s = live_settings(tmp_path, sqlite_url)
    s.approvals.high_value = Decimal("100000")
    return s


def test_screens_fit_speak_the_locale_and_keep_their_policy(app_settings: Settings) -> None:
    db = session_factory(app_settings.db_url)()
    load_master(db)
    doc = make_po(
        db,
        confidence=0.5,
        fields={"total_net": "1671.00", "total_tax": "334.20", "total_gross": "2005.20"},
        lines=[
            {
                "sku": LONG_SKU,
                "description": LONG_TEXT,
                "quantity": "120",
                "unit": "box",
                "unit_price": "12.50",
                "line_total": "1500.00",
                "tax_rate": "20",
            },
            {
                "sku": "PAP-200",
                "description": "Ramette papier A4",
                "quantity": "30",
                "unit": "ramette",
                "unit_price": "5.70",
                "line_total": "171.00",
                "tax_rate": "20",
            },
        ],
    )
    review.route(db, doc, settings=app_settings)
    db.commit()
    add_user(db, "clara", Role.CLERK)
    doc_id = doc.id
    db.close()

    violations: list[str] = []
    with (
        serve_app(app_settings) as base,
        chromium_page(
            viewport={"width": 1440, "height": 900}, locale="fr-FR", timezone_id="Europe/Paris"
        ) as page,
    ):
        page.on(
            "console",
            lambda m: violations.append(m.text) if "Content Security Policy" in m.text else None,
        )
        log_in(page, base, "clara")
        # amounts in the reader's language, two decimals: French here
        total = page.locator("table.queue tbody tr", has_text="PO-2026-0042").locator("td.num")
        assert total.inner_text() == "2\u202f005,20\u00a0€"
        assert page.locator("link[rel=icon]").get_attribute("href") == "/static/favicon.svg"
        assert page.request.get(f"{base}/favicon.ico").status == 200

        page.goto(f"{base}/documents/{doc_id}")
        page.wait_for_selector("#review-form")
        # the lines table fits its card: no sideways scroll, the whole SKU in view
        fits = page.evaluate(
            """() => {
                const card = document.querySelector('fieldset.lines');
                const sku = document.getElementById('l-1-sku');
                const text = document.getElementById('l-1-description');
                const unit = document.getElementById('l-2-unit');
                return {card: card.scrollWidth <= card.clientWidth,
                        page: document.documentElement.scrollWidth <= window.innerWidth,
                        sku: sku.scrollWidth <= sku.clientWidth,
                        text: text.scrollWidth <= text.clientWidth,
                        unit: unit.scrollWidth <= unit.clientWidth};
            }"""
        )
        if SHOTS:
            page.locator("fieldset.lines").screenshot(path=str(SHOTS / "lines-1440.png"))
        assert fits == {"card": True, "page": True, "sku": True, "text": True, "unit": True}
        assert "2\u202f005,20\u00a0€" in page.locator("#total-total_gross").inner_text()
        # times in the browser's zone, to the minute, never UTC text
        shown = page.locator(".history time.local").first
        iso = shown.get_attribute("datetime")
        assert iso
        utc = dt.datetime.fromisoformat(iso.replace("Z", "+00:00"))
        paris = utc.astimezone(ZoneInfo("Europe/Paris"))
        assert paris.strftime("%H:%M") in shown.inner_text() and "UTC" not in shown.inner_text()

        # errors are pages in the product's look
        page.goto(f"{base}/documents/999999")
        assert page.locator("h1").inner_text() == "Not found"
        assert page.locator("header.topbar .who").inner_text().startswith("clara")
        response = page.goto(f"{base}/documents/not-a-number")
        assert response is not None and response.status == 422
        assert "cannot be used" in page.locator("h1").inner_text()

        # a form from before logging in again has expired: said so, with the way back
        page.goto(f"{base}/documents/{doc_id}")
        other = page.context.new_page()
        other.goto(f"{base}/queue")
        other.click("form.inline button")  # log out ...
        log_in(other, base, "clara")  # ... and in again: a new form token
        other.close()
        page.fill("#f-delivery_date", "2031-01-31")
        with page.expect_navigation():
            page.keyboard.press("Alt+S")
        assert page.locator("h1").inner_text() == "This form has expired"
        page.click("text=Reload the form")
        page.wait_for_selector("#review-form")
        assert page.input_value("#f-delivery_date") != "2031-01-31"  # nothing was saved

        # no screen breaks its content-security policy (all scripts are files)
        for path in ("/queue", "/orders", "/search?q=PO", "/dashboard", "/docs"):
            page.goto(f"{base}{path}")
            page.wait_for_load_state("networkidle")
        assert page.locator(".swagger-ui").count() == 1  # the API docs still start
        assert violations == []
