"""Sessions end on the server (logout, a new password, a disabled user): a cookie captured
before is worth nothing after. Password guessing is slowed per name and address with a
growing wait, never a lock anyone can put on someone else's account, and the write-once
audit chain gets a summary of failed logins, not one event per try."""

from __future__ import annotations

import datetime as dt

from fastapi.testclient import TestClient
from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from api.app import create_app
from models.audit import AuditEvent
from models.enums import Role
from models.settings import Settings
from tests.api.helpers import PASSWORD, add_user, csrf_of, log_in


def browser(settings: Settings, address: str = "10.0.0.2") -> TestClient:
    return TestClient(
        create_app(settings), headers={"accept": "text/html"}, client=(address, 50000)
    )


def replay(settings: Settings, cookie: str) -> int:
    """A stranger who captured the cookie asks for the queue with it."""
    thief = browser(settings, "10.6.6.6")
    thief.cookies.set("orderdesk_session", cookie)
    return thief.get("/queue", follow_redirects=False).status_code


def test_a_cookie_captured_before_logout_stops_working(
    settings: Settings, session: Session
) -> None:
    add_user(session, "alice", Role.CLERK)
    client = browser(settings)
    token = log_in(client, "alice")
    cookie = client.cookies["orderdesk_session"]
    assert replay(settings, cookie) == 200
    r = client.post("/logout", data={"csrf_token": token}, follow_redirects=False)
    assert r.status_code == 303
    assert replay(settings, cookie) == 303  # back to the login page


def test_a_new_password_ends_every_session_of_the_user(
    settings: Settings, session: Session
) -> None:
    add_user(session, "alice", Role.CLERK)
    add_user(session, "root", Role.ADMIN)
    alice = browser(settings)
    log_in(alice, "alice")
    cookie = alice.cookies["orderdesk_session"]
    admin = browser(settings, "10.0.0.9")
    token = log_in(admin, "root")
    r = admin.post(
        "/admin/users",
        data={"name": "alice", "role": "clerk", "password": "a new one, long", "csrf_token": token},
    )
    assert r.status_code == 200 and "alice" in r.text
    assert replay(settings, cookie) == 303
    # and disabling someone ends theirs
    log_in(alice, "alice", "a new one, long")
    cookie = alice.cookies["orderdesk_session"]
    admin.post(
        "/admin/users",
        data={"name": "alice", "role": "clerk", "active": "false", "csrf_token": token},
    )
    assert replay(settings, cookie) == 303


def _try(client: TestClient, name: str, password: str) -> int:
    token = csrf_of(client.get("/login").text)
    r = client.post(
        "/login",
        data={"name": name, "password": password, "csrf_token": token},
        follow_redirects=False,
    )
    return r.status_code


def _events(session: Session, action: str) -> int:
    session.expire_all()
    n = session.execute(
        select(func.count()).select_from(AuditEvent).where(AuditEvent.action == action)
    ).scalar_one()
    session.commit()
    return int(n)


def test_guessing_slows_the_guesser_only_and_the_audit_gets_a_summary(
    settings: Settings, session: Session
) -> None:
    add_user(session, "alice", Role.CLERK)
    settings.approvals.login_max_failures = 3
    attacker = browser(settings, "10.6.6.6")
    codes = [_try(attacker, "alice", f"guess {i}") for i in range(12)]
    assert codes[:3] == [401, 401, 401]
    assert set(codes[3:]) == {429}  # each try waits now (not checked, not counted)
    assert _try(attacker, "alice", PASSWORD) == 429  # even the right password waits

    # the account is not locked: alice logs in from her own machine
    assert _try(browser(settings, "10.0.0.2"), "alice", PASSWORD) == 303

    # the write-once chain: one event for the guesses so far, not one per try
    assert _events(session, "login_failed") == 1

    # the wait grows: 2 s after the third failure, 4 s after the fourth, ...
    from models.logins import LoginThrottle

    waits = []
    for _ in range(3):
        session.execute(
            update(LoginThrottle)
            .where(LoginThrottle.name == "alice", LoginThrottle.source == "10.6.6.6")
            .values(blocked_until=dt.datetime.now(dt.UTC) - dt.timedelta(seconds=1))
        )
        session.commit()  # as if the wait had passed
        assert _try(attacker, "alice", "another guess") == 401
        token = csrf_of(attacker.get("/login").text)
        r = attacker.post("/login", data={"name": "alice", "password": "x", "csrf_token": token})
        assert r.status_code == 429 and "try again in" in r.text
        waits.append(int(r.headers["retry-after"]))
    assert waits[0] < waits[1] < waits[2]
    assert _events(session, "login_failed") == 1  # still within the summary window


def test_many_names_from_one_address_write_few_audit_events(
    settings: Settings, session: Session
) -> None:
    sprayer = browser(settings, "10.6.6.7")
    for i in range(25):
        assert _try(sprayer, f"user{i}", "password1") == 401
    assert _events(session, "login_failed") <= settings.approvals.login_audit_names_per_address


def test_simultaneous_failures_share_one_count(settings: Settings, session: Session) -> None:
    from concurrent.futures import ThreadPoolExecutor

    from models.logins import LoginThrottle

    add_user(session, "alice", Role.CLERK)
    settings.approvals.login_max_failures = 50
    app = create_app(settings)

    def guess(i: int) -> int:
        client = TestClient(app, headers={"accept": "text/html"}, client=("10.6.6.8", 50000))
        return _try(client, "alice", f"guess {i}")

    with ThreadPoolExecutor(4) as pool:
        codes = list(pool.map(guess, range(8)))
    assert codes == [401] * 8  # none failed on the race for the first count
    session.expire_all()
    row = session.execute(select(LoginThrottle).where(LoginThrottle.name == "alice")).scalar_one()
    assert row.failures == 8
    session.commit()
