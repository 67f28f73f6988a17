"""Orders over REST and on the web: the timeline, a document's links, link review, and
resolving a discrepancy, as a clerk would with a token or a browser session."""

from __future__ import annotations

import dataclasses
from decimal import Decimal
from typing import Any

from fastapi.testclient import TestClient
from sqlalchemy.orm import Session

from api.app import create_app
from models.enums import Role
from models.settings import Settings
from tests.api.helpers import add_user, log_in
from tests.linking.story import follow_up, order_of, over_delivered, purchase_order, submit


def test_rest_order_timeline_links_and_resolution(settings: Settings, session: Session) -> None:
    token = add_user(session, "clara", Role.CLERK, token=True)
    po, order, line, dn = over_delivered(settings, 201, "BL-201", days=2, extra=1)
    # no order number on the invoice, but one open order matches it closely: linked by score
    inv = submit(settings, follow_up(po, "invoice", "F-201", days=3), order_number=None)
    twin = order_of(settings, submit(settings, dataclasses.replace(po, number="PO-2026-0202")))
    # a second invoice like it now fits both orders equally: it waits for a person
    inv2 = submit(settings, follow_up(po, "invoice", "F-202", days=4), order_number=None)

    with TestClient(create_app(settings), headers={"authorization": f"Bearer {token}"}) as api:
        body = api.get(f"/api/orders/{order.id}").json()
        assert body["status"] == "invoiced"
        assert [d["document_number"] for d in body["documents"]] == [po.number, "BL-201", "F-201"]
        assert body["documents"][2]["link"]["method"] == "scored"
        [disc] = [d for d in body["discrepancies"] if d["kind"] == "over_delivery"]
        assert disc["document_id"] == dn and disc["status"] == "open"
        assert Decimal(body["lines"][0]["delivered"]) == line.quantity + 1

        links = api.get(f"/api/documents/{dn}").json()["links"]
        assert [(x["kind"], x["order_id"]) for x in links] == [("order", order.id)]
        assert api.get(f"/api/documents/{inv}").json()["links"][0]["method"] == "scored"

        review = api.get("/api/links/review").json()
        assert [it["document_id"] for it in review["items"]] == [inv2]
        assert {c["order_id"] for c in review["items"][0]["candidates"]} == {order.id, twin.id}
        assert api.get(f"/api/documents/{inv2}").json()["queue"] == "link_review"
        r = api.post(f"/api/documents/{inv2}/link", json={"order_id": twin.id})
        assert r.status_code == 200, r.text
        assert [x["order_id"] for x in r.json()] == [twin.id]
        assert api.get("/api/links/review").json()["total"] == 0
        wrong = api.post(f"/api/documents/{inv2}/link", json={"order_id": 999999})
        assert wrong.status_code == 404

        bad = api.post(
            f"/api/discrepancies/{disc['id']}/resolve", json={"action": "accept", "note": " "}
        )
        assert bad.status_code == 422
        ok = api.post(
            f"/api/discrepancies/{disc['id']}/resolve",
            json={"action": "accept", "note": "customer keeps the extra box"},
        )
        assert ok.status_code == 200 and ok.json()["resolution"] == "accepted"
        again = api.post(
            f"/api/discrepancies/{disc['id']}/resolve", json={"action": "accept", "note": "x"}
        )
        assert again.status_code == 409
        assert api.get("/api/discrepancies?status=open&kind=over_delivery").json()["total"] == 0
        assert api.get("/api/orders/999999").status_code == 404


def test_web_link_review_timeline_and_one_click_to_the_order(
    settings: Settings, session: Session
) -> None:
    add_user(session, "clara", Role.CLERK)
    po = purchase_order(202, "en", n_lines=2)
    first = order_of(settings, submit(settings, dataclasses.replace(po, number="PO-2026-0921")))
    second = order_of(settings, submit(settings, dataclasses.replace(po, number="PO-2026-0922")))
    inv = submit(settings, follow_up(po, "invoice", "INV-202", days=3), order_number=None)

    client = TestClient(create_app(settings), headers={"accept": "text/html"})
    csrf = log_in(client, "clara")
    listing = client.get("/orders")
    assert "PO-2026-0921" in listing.text and "1 document waiting" in listing.text

    review = client.get("/orders/link-review")
    assert review.status_code == 200 and "INV-202" in review.text
    assert f'action="/orders/documents/{inv}/link"' in review.text

    r = client.post(
        f"/orders/documents/{inv}/link",
        data={"order_id": str(second.id), "csrf_token": csrf},
        follow_redirects=False,
    )
    assert r.status_code == 303 and r.headers["location"] == f"/orders/{second.id}"
    page = client.get(f"/orders/{second.id}")
    assert "INV-202" in page.text and "linked manual by clara" in page.text
    assert "delivered so far" in page.text  # the invoice came before any delivery note
    assert 'action="/orders/discrepancies/' in page.text

    fragment = client.get(f"/orders/for-document/{inv}")
    assert f'href="/orders/{second.id}"' in fragment.text
    assert "PO-2026-0922" in fragment.text and "PO-2026-0921" not in fragment.text
    assert client.get(f"/orders/{first.id}").status_code == 200
    assert client.get("/orders/999999").status_code == 404

    no_csrf = client.post(
        f"/orders/{second.id}/cancel", data={"reason": "x"}, follow_redirects=False
    )
    assert no_csrf.status_code == 403
    cancel = client.post(
        f"/orders/{second.id}/cancel",
        data={"reason": "customer withdrew", "csrf_token": csrf},
        follow_redirects=False,
    )
    assert cancel.status_code == 403  # it is invoiced: not a clerk's decision alone
    add_user(session, "arno", Role.APPROVER)
    approver = TestClient(create_app(settings), headers={"accept": "text/html"})
    csrf = log_in(approver, "arno")
    cancel = approver.post(
        f"/orders/{second.id}/cancel",
        data={"reason": "customer withdrew", "csrf_token": csrf},
        follow_redirects=False,
    )
    assert cancel.status_code == 303
    assert "cancelled" in approver.get(f"/orders/{second.id}").text


def test_openapi_shows_the_fields_of_an_order_and_of_a_documents_links(
    settings: Settings,
) -> None:
    """The order detail and the links routes answer with schemas (``api.schemas``), so an
    integrator reads their fields at /docs instead of 'an object'."""
    with TestClient(create_app(settings)) as api:
        spec = api.get("/openapi.json").json()
    schemas = spec["components"]["schemas"]

    def answer(path: str, method: str = "get") -> dict[str, Any]:
        found: dict[str, Any] = spec["paths"][path][method]["responses"]["200"]["content"]
        return found["application/json"]["schema"]

    def fields(ref: dict[str, Any]) -> set[str]:
        return set(schemas[ref["$ref"].rsplit("/", 1)[1]]["properties"])

    order = fields(answer("/api/orders/{order_id}"))
    assert {"order_number", "lines", "documents", "invoices", "payments", "totals"} <= order
    assert fields(answer("/api/orders/{order_id}/cancel", "post")) == order
    assert {"ordered", "delivered", "invoiced", "backorder"} <= fields(
        schemas["OrderDetail"]["properties"]["lines"]["items"]
    )
    links = answer("/api/documents/{document_id}/links")
    kinds = {item["$ref"].rsplit("/", 1)[1] for item in links["items"]["oneOf"]}
    assert kinds == {"OrderLinkOut", "CandidateOut", "PaymentLinkOut"}
    assert links["items"] == answer("/api/documents/{document_id}/link", "post")["items"]
    assert "reasons" in schemas["CandidateOut"]["properties"]
    assert schemas["DocumentDetail"]["properties"]["links"]["items"] == links["items"]
    review = fields(answer("/api/links/review"))
    assert review == {"items", "total"}
    assert "candidates" in fields(schemas["LinkReviewPage"]["properties"]["items"]["items"])
