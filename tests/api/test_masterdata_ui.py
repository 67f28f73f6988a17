"""Master data in the UI: lists, an import previewed before it is confirmed, and documents
waiting on an unknown customer checked again once the import is in."""

from __future__ import annotations

from fastapi.testclient import TestClient
from httpx import Response
from sqlalchemy import select
from sqlalchemy.orm import Session

import samples
from api.app import create_app
from approvals import review
from flow.masterdata import seed_masterdata, seed_samples
from models.documents import Document
from models.enums import DocStatus, Role
from models.masterdata import Customer, Product
from models.settings import Settings
from tests.api.helpers import add_user, log_in
from tests.approvals.factory import MASTER, load_master, make_po

CUSTOMERS_CSV = (
    "number,name,vat_id,billing_address,credit_limit,currency,language,email\n"
    'C-100,Ateliers Durand SARL,FR40303265045,"12 rue des Lilas, 69007 Lyon",60000,EUR,fr,'
    "achats@durand.example\n"
    'C-300,Bluebell Office Supplies,,"York",1000,GBP,en,\n'
)


def upload(client: TestClient, token: str, csv: str, name: str = "customers.csv") -> Response:
    """A master-data file put on the import screen (previewed, not yet confirmed)."""
    return client.post(
        "/masterdata/import", files={"file": (name, csv, "text/csv")}, data={"csrf_token": token}
    )


def test_import_shows_what_changes_then_rechecks_waiting_documents(
    settings: Settings, session: Session
) -> None:
    # only the products are known: the order waits on an unknown customer
    load_master(session, {"products": MASTER["products"]})
    doc = make_po(session)
    routed = review.route(session, doc, settings=settings)
    assert routed.queue == "unknown_customer"
    held = make_po(session, name="held.pdf", fields={"document_number": "PO-HELD"})
    review.route(session, held, settings=settings)
    review.correct(session, held, actor="clara", fields={"delivery_date": "2099-01-01"})
    session.commit()
    add_user(session, "ada", Role.ADMIN)
    add_user(session, "clara", Role.CLERK)
    with TestClient(create_app(settings)) as client:
        token = log_in(client, "clara")
        assert "VIS-100" in client.get("/masterdata", params={"kind": "products"}).text
        # a clerk sees master data but may not import
        r = upload(client, token, CUSTOMERS_CSV)
        assert r.status_code == 403
        client.post("/logout", data={"csrf_token": token})
        token = log_in(client, "ada")
        html = upload(client, token, CUSTOMERS_CSV).text
        assert "Customers: <b>2</b> new" in html
        staged = html.split('name="staged" value="')[1].split('"')[0]
        session.expire_all()
        assert session.execute(select(Customer)).first() is None  # a preview writes nothing
        session.rollback()
        done = client.post(
            "/masterdata/import/confirm",
            data={"csrf_token": token, "staged": staged, "filename": "customers.csv"},
        ).text
        assert "2 document(s) waiting on master data checked again: 1 approved" in done
        # the same file again: nothing changes, and the preview says so
        html = upload(client, token, CUSTOMERS_CSV).text
        assert "Customers: <b>0</b> new, <b>0</b> changed, 2 the same" in html
        changed = CUSTOMERS_CSV.replace("60000", "75000")
        html = upload(client, token, changed).text
        assert "credit_limit" in html and "75000" in html
        bad = upload(client, token, "foo,bar\n1,2\n", name="x.csv")
        assert bad.status_code == 422 and "unknown CSV" in bad.text
        listed = client.get("/masterdata", params={"q": "bluebell"}).text
        assert "C-300" in listed and "C-100" not in listed
    session.expire_all()
    untouched = session.get(Document, doc.id)
    assert untouched is not None and untouched.status == DocStatus.APPROVED
    assert untouched.decided_by == review.TOUCHLESS_ACTOR
    person = session.get(Document, held.id)
    # a document a person worked on is never approved by an import: it only changes queue
    assert person is not None and person.status == DocStatus.IN_REVIEW


def test_run_with_samples_loads_their_master_data_once(
    settings: Settings, session: Session
) -> None:
    assert seed_masterdata(settings) > 0
    customers = session.execute(select(Customer)).scalars().all()
    assert len(customers) == 22 and session.execute(select(Product)).first() is not None
    session.rollback()
    assert seed_masterdata(settings) == 0  # an installation with master data keeps its own


def test_run_with_samples_seeds_master_data_and_inbox_of_a_new_installation_only(
    settings: Settings,
) -> None:
    settings.inbox_dir.mkdir(parents=True, exist_ok=True)
    added, copied = seed_samples(settings)
    assert added > 0 and copied == len(list(samples.BORN_DIGITAL.glob("*.pdf"))) > 0
    assert len(list(settings.inbox_dir.glob("*.pdf"))) == copied
    assert seed_samples(settings)[0] == 0  # its master data stays its own
