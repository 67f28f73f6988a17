"""The login wall stands wherever orderdesk listens beyond this machine: without an active
admin, ``serve`` and ``run`` on another address refuse to start and say how to add one; the
open mode (no users yet) answers on loopback only; the last active admin can be neither
disabled nor demoted."""

from __future__ import annotations

import os
import signal
import subprocess
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select
from sqlalchemy.orm import Session
from typer.testing import CliRunner

import api.cli.admin  # noqa: F401 - registers the verbs
from api.app import create_app
from api.cli.app import app
from models.enums import Role
from models.settings import Settings
from models.users import User
from tests.api.helpers import add_user, log_in
from tests.support.live import free_port, wait_http
from tests.support.procs import ORDERDESK, REPO, env_for, orderdesk


def _start(settings: Settings, verb: str, host: str) -> subprocess.CompletedProcess[str]:
    """Run ``orderdesk VERB --host HOST``; one that starts serving fails the test (its whole
    process group is killed, workers included)."""
    proc = subprocess.Popen(
        [*ORDERDESK, verb, "--host", host, "--port", str(free_port())],
        cwd=REPO,
        env=env_for(settings),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    try:
        out, err = proc.communicate(timeout=180)
    except subprocess.TimeoutExpired as exc:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.communicate()
        raise AssertionError(f"`orderdesk {verb} --host {host}` started serving") from exc
    return subprocess.CompletedProcess(proc.args, proc.returncode, out, err)


@pytest.mark.parametrize("verb", ["serve", "run"])
def test_no_active_admin_refuses_to_listen_beyond_loopback(
    settings: Settings, session: Session, verb: str
) -> None:
    add_user(session, "clara", Role.CLERK)  # users, but no admin
    add_user(session, "root", Role.ADMIN)
    session.execute(select(User).where(User.name == "root")).scalar_one().active = False
    session.commit()
    done = _start(settings, verb, "0.0.0.0")
    assert done.returncode == 2, done.stdout + done.stderr
    said = done.stderr
    assert "no active admin" in said and "orderdesk users add NAME --role admin" in said


def test_without_users_the_open_mode_stays_on_loopback(settings: Settings, tmp_path: Path) -> None:
    done = _start(settings, "serve", "0.0.0.0")
    assert done.returncode == 2 and "orderdesk users add" in done.stderr
    port = free_port()
    with orderdesk(settings, "serve", "--port", str(port), log=tmp_path / "serve.log"):
        wait_http(f"http://127.0.0.1:{port}/health")  # loopback: the two-command start


def test_an_app_served_beyond_loopback_never_answers_as_admin(settings: Settings) -> None:
    api = create_app(settings)
    api.state.open_access = False  # what `serve` sets when it listens beyond loopback
    with TestClient(api) as client:
        assert client.get("/api/documents").status_code == 401


def _env(settings: Settings) -> dict[str, str]:
    return {"ORDERDESK_DATA_DIR": str(settings.data_dir), "ORDERDESK_DATABASE_URL": settings.db_url}


def test_the_last_active_admin_is_neither_disabled_nor_demoted(
    settings: Settings, session: Session
) -> None:
    run = CliRunner().invoke
    env = _env(settings)
    assert run(app, ["users", "add", "root", "--role", "admin", "--password", "x" * 12], env=env)
    off = run(app, ["users", "disable", "root"], env=env)
    assert off.exit_code == 1 and "last active admin" in off.output, off.output
    down = run(app, ["users", "add", "root", "--role", "clerk"], env=env)
    assert down.exit_code == 1 and "last active admin" in down.output, down.output

    # on the admin screen too
    client = TestClient(create_app(settings), headers={"accept": "text/html"})
    token = log_in(client, "root", "x" * 12)
    page = client.post("/admin/users", data={"name": "root", "role": "clerk", "csrf_token": token})
    assert "last active admin" in page.text
    session.expire_all()
    root = session.execute(select(User).where(User.name == "root")).scalar_one()
    assert root.role == Role.ADMIN and root.active
    session.commit()

    # with a second admin, either may go
    assert run(app, ["users", "add", "ada", "--role", "admin", "--password", "y" * 12], env=env)
    assert run(app, ["users", "disable", "root"], env=env).exit_code == 0
