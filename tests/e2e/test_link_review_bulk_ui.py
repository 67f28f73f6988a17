"""Link review in bulk, in headless Chromium (issue 25, item 5): a clerk sorts the documents
waiting for their order, links the selected ones each to the order the page showed first
(never where two orders score alike: which is first is then chance, a person picks), and
says "none of these" for the rest with one reason; every document goes through the
single-document function with its own audit event. An auditor sees no selection at all."""

from __future__ import annotations

import dataclasses

import pytest
from sqlalchemy import select

from models.audit import AuditEvent
from models.db import session_factory
from models.enums import Role
from models.linking import DocumentLink
from models.settings import Settings
from tests.api.helpers import add_user
from tests.e2e.test_upload_and_quarantine import read
from tests.linking.story import follow_up, order_of, part, purchase_order, submit
from tests.support.live import log_in, signed_in

pytestmark = pytest.mark.slow


def test_link_review_in_bulk(app_settings: Settings) -> None:
    settings = app_settings
    po = purchase_order(404, "en", n_lines=2)
    for number in ("PO-2026-0941", "PO-2026-0942"):  # two alike: their invoices tie
        submit(settings, dataclasses.replace(po, number=number))
    tied = [
        submit(settings, follow_up(po, "invoice", f"INV-94{i}", days=3 + i), order_number=None)
        for i in range(2)
    ]
    # an invoice of part of another order: one candidate, not sure enough to link alone
    other_po = purchase_order(405, "en", n_lines=3)
    leader = order_of(settings, submit(settings, dataclasses.replace(other_po, number="PO-C")))
    partial = follow_up(other_po, "invoice", "INV-950", days=3, lines=[part(other_po.lines[0], 1)])
    single = submit(settings, partial, order_number=None)
    invoices = [*tied, single]
    db = session_factory(settings.db_url)()
    add_user(db, "clara", Role.CLERK)
    add_user(db, "aude", Role.AUDITOR)
    db.close()

    with signed_in(settings, "aude") as (base, page):
        page.goto(f"{base}/orders/link-review")
        assert page.locator(".link-item").count() == 3
        assert page.locator("input[name=pick]").count() == 0  # read-only
        assert page.locator("#bulk-link").count() == 0
        page.click("form.inline button")

        log_in(page, base, "clara")
        page.goto(f"{base}/orders/link-review")
        page.click("#sort-number")  # INV-940, INV-941, INV-950
        page.click("#sort-number")  # and reversed
        page.wait_for_url("**sort=-number")
        shown = page.locator(".link-item h2 a").all_inner_texts()
        assert shown == sorted(shown, reverse=True) and "INV-950" in shown[0]

        assert "PO-C" in page.inner_text(f"#bulk-choice-{single}")
        assert "score alike" in page.inner_text(f"#bulk-choice-{tied[0]}")
        page.check("#select-all-links")
        with page.expect_navigation():
            page.click("#bulk-link")
        flash = page.inner_text("#flash")
        assert flash.startswith("1 of 3 linked to the order shown first.")
        assert f"#{tied[0]}: no single order leads" in flash
        assert "sort=-number" in page.url  # the clerk's order is kept
        assert page.locator(".link-item").count() == 2

        links = read(settings, lambda s: set(s.execute(
            select(DocumentLink.document_id, DocumentLink.order_id)
            .where(DocumentLink.document_id.in_(invoices))
        ).tuples()))  # fmt: skip
        assert links == {(single, leader.id)}

        # "none of these" needs a reason; Enter in the reason field never links
        page.check("#select-all-links")
        with page.expect_navigation():
            page.click("#bulk-none")
        assert "Say why none of the orders fits" in page.inner_text("#flash")
        page.check("#select-all-links")
        page.fill("#bulk-reason", "a new order, the customer will send it")
        with page.expect_navigation():
            page.press("#bulk-reason", "Enter")
        assert "2 of 2 set to none of these" in page.inner_text("#flash")
        assert "Nothing waiting" in page.inner_text("main")

    refused = read(settings, lambda s: s.execute(
        select(AuditEvent.actor, AuditEvent.entity_id, AuditEvent.data)
        .where(AuditEvent.action == "link_candidates_refused")
    ).all())  # fmt: skip
    assert sorted((a, e) for a, e, _ in refused) == [("clara", str(d)) for d in sorted(tied)]
    assert all(data["reason"].startswith("a new order") for _, _, data in refused)
    assert read(settings, lambda s: s.execute(
        select(DocumentLink).where(DocumentLink.document_id.in_(tied))
    ).first()) is None  # fmt: skip
